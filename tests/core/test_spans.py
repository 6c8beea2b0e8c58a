"""Span checks and carrying offsets through normalisation."""

from __future__ import annotations

import pytest

from annotator.core.errors import SpanError
from annotator.core.spans import check_span, normalize_with_offsets, sorted_spans
from annotator.core.types import Span

TEXT = "قال الرئيس الأميركي جو بايدن في واشنطن"


def test_check_span_returns_the_slice() -> None:
    start = TEXT.index("جو بايدن")
    assert check_span(TEXT, start, start + 8) == "جو بايدن"
    assert check_span(TEXT, start, start + 8, "جو بايدن") == "جو بايدن"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_check_span_out_of_range(start: int, end: int) -> None:
    with pytest.raises(SpanError, match="out of range for a text of 38 characters"):
        check_span(TEXT, start, end)


@pytest.mark.parametrize(("start", "end"), [(0.0, 3), ("0", 3), (True, 3), (0, None)])
def test_check_span_offsets_must_be_integers(start: object, end: object) -> None:
    with pytest.raises(SpanError, match="must be integers"):
        check_span(TEXT, start, end)  # type: ignore[arg-type]


def test_check_span_text_mismatch_shows_both() -> None:
    with pytest.raises(SpanError) as info:
        check_span(TEXT, 0, 3, "قول")
    assert "'قول'" in str(info.value) and "'قال'" in str(info.value)


def test_sorted_spans_text_order_longest_first() -> None:
    spans = [Span(4, 10, "PER", "x"), Span(0, 3, "ORG", "x"), Span(4, 20, "ORG", "x"),
             Span(4, 20, "GPE", "x")]
    assert [(s.start, s.end, s.label) for s in sorted_spans(spans)] == [
        (0, 3, "ORG"), (4, 20, "GPE"), (4, 20, "ORG"), (4, 10, "PER"),
    ]


def test_offsets_follow_crlf_and_nfc() -> None:
    raw = "e\u0301t\u00e9\r\nطهران\r\nx"
    start = raw.index("طهران")
    text, where = normalize_with_offsets(raw, [start, start + 5, 0, 2])
    assert text == "\u00e9t\u00e9\nطهران\nx"
    assert text[where[start]:where[start + 5]] == "طهران"
    assert (where[0], where[2]) == (0, 1)


@pytest.mark.parametrize(
    ("raw", "boundary"),
    [("ab\r\ncd", 3), ("cafe\u0301 noir", 4)],
    ids=["splits-crlf", "splits-combining-mark"],
)
def test_boundary_inside_a_normalised_unit_is_refused(raw: str, boundary: int) -> None:
    with pytest.raises(SpanError, match="splits a line ending or a letter from its combining"):
        normalize_with_offsets(raw, [boundary])
