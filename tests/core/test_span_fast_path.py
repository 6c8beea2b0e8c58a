"""The importer's fast path for a native span accepts only what the careful path accepts,
and reads it the same (issue 13: most of an import's reading time is spent on spans)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.importers.jsonl import _native_span, _usual_span
from annotator.core.schema import load_schema
from annotator.core.types import Span

SCHEMA = load_schema()
TEXT = "قصفت المقاومة قاعدة حرير"
value = st.one_of(st.none(), st.booleans(), st.integers(-3, 30), st.just(2**63),
                  st.floats(allow_nan=False), st.sampled_from(["GPE", "FAC", "BASE", "", "حرير"]),
                  st.lists(st.integers(0, 3), max_size=2))
span_dicts = st.fixed_dictionaries({}, optional={
    "start": value, "end": value, "label": value, "text": value, "id": value,
    "origin": st.one_of(value, st.sampled_from(["manual", "suggestion", "imported", "x"]))})


@settings(max_examples=500, deadline=None)
@given(it=st.one_of(span_dicts, value), taken=st.sets(st.integers(0, 5), max_size=3))
def test_the_fast_path_reads_a_span_as_the_careful_path_does(it: Any, taken: set[int]) -> None:
    ids = {i: Span(0, 1, "GPE", TEXT[0]) for i in taken}
    fast = _usual_span(it, TEXT, len(TEXT), SCHEMA.label_names(), ids)
    try:
        careful: Span | Exception = _native_span(it, TEXT, SCHEMA, ids)
    except Exception as exc:  # noqa: BLE001 (the careful path's refusal)
        careful = exc
    if fast is not None:
        assert fast == careful


@given(start=st.integers(0, len(TEXT) - 1), data=st.data())
def test_the_fast_path_takes_the_usual_spans(start: int, data: st.DataObject) -> None:
    end = data.draw(st.integers(start + 1, len(TEXT)))
    it = {"id": 3, "start": start, "end": end, "label": "FAC", "text": TEXT[start:end]}
    assert _usual_span(it, TEXT, len(TEXT), SCHEMA.label_names(), {}) == Span(
        start, end, "FAC", TEXT[start:end], 3)
