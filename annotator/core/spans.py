"""Span arithmetic and the checks that keep offsets exact."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotator.core.errors import SpanError
from annotator.core.textio import normalize_text
from annotator.core.types import Span


def check_span(text: str, start: int, end: int, expected: str | None = None) -> str:
    """Return text[start:end] after checking the offsets (and the span text, if given)."""
    check_offsets(len(text), start, end)
    actual = text[start:end]
    if expected is not None and actual != expected:
        raise SpanError(
            f"span [{start}, {end}) text {expected!r} does not match the document ({actual!r})"
        )
    return actual


def check_offsets(length: int, start: int, end: int) -> None:
    """Refuse offsets that are not integers or not a non-empty range of a text of
    `length` characters (the store checks a span this way without reading the text)."""
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise SpanError(f"span offsets must be integers, got {start!r}, {end!r}")
    if not 0 <= start < end <= length:
        raise SpanError(
            f"span [{start}, {end}) is out of range for a text of {length} characters"
        )


def text_order(span: Span) -> tuple[int, int, str]:
    """The order spans are listed, exported and drawn in: by start, longer first, then
    label, so nesting reads outside-in. The sort key of every span list."""
    return (span.start, -span.end, span.label)


def sorted_spans(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=text_order)


def normalize_with_offsets(
    text: str, boundaries: Sequence[int]
) -> tuple[str, dict[int, int]]:
    """Normalize `text` for storage and map each boundary offset into the result.

    The text is cut at every boundary and each piece is normalized alone, so offsets
    move with their characters. If that differs from normalizing the whole (a boundary
    splits "\\r\\n" or a base letter from its combining mark), the offsets cannot be
    kept and SpanError is raised.
    """
    cuts = sorted({0, len(text), *boundaries})
    out: list[str] = []
    mapping: dict[int, int] = {}
    pos = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        mapping[a] = pos
        piece = normalize_text(text[a:b])
        out.append(piece)
        pos += len(piece)
    mapping[cuts[-1]] = pos
    result = "".join(out)
    if result != normalize_text(text):
        raise SpanError(
            "a span boundary splits a line ending or a letter from its combining mark, "
            "so its offsets cannot survive normalization"
        )
    return result, mapping
