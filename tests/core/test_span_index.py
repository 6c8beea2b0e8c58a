"""The span index of an open document (core/span_index.py): text order, lookups by id,
lanes computed on demand and equal to laning the whole document, after any edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.lanes import assign_lanes
from annotator.core.span_index import SpanIndex, SpanSequence
from annotator.core.spans import text_order
from annotator.core.types import Span

TEXT = "قصفت المقاومة قاعدة حرير في أربيل وبغداد يوم الأحد " * 4
LABELS = ("PER", "GPE", "ORG")


def make(start: int, end: int, label: str, sid: int) -> Span:
    return Span(start, end, label, TEXT[start:end], sid, "amina", 1, "manual")


def row(span: Span) -> tuple[int, int, int, str, str]:
    assert span.id is not None
    return (span.id, span.start, span.end, span.label, span.origin)


def all_lanes(index: SpanIndex) -> list[int]:
    return [index.lane(i) for i in range(len(index))]


def test_rows_are_read_in_text_order_and_spans_built_only_when_asked() -> None:
    spans = [make(5, 13, "ORG", 1), make(0, 4, "PER", 2), make(5, 8, "GPE", 3)]
    index = SpanIndex.from_rows(TEXT, [row(s) for s in spans], "amina", 1)
    assert list(index) == [2, 1, 3]  # ids in text order: by start, longer first
    assert index._built == {}  # nothing built yet
    assert index[3] == spans[2] and index[3].text == TEXT[5:8]
    assert list(index._built) == [3]  # only the one asked for
    assert 3 in index and 9 not in index and index.get(9) is None
    assert [s.id for s in SpanSequence(index)] == [2, 1, 3]
    assert SpanSequence(index) == [spans[1], spans[0], spans[2]]
    assert SpanSequence(SpanIndex()) == []


def test_lanes_of_one_stretch_are_those_of_the_whole_document() -> None:
    spans = [make(0, 13, "ORG", 1), make(5, 13, "GPE", 2), make(5, 8, "PER", 3),
             make(14, 19, "GPE", 4), make(20, 24, "PER", 5)]
    index = SpanIndex.of(spans, TEXT)
    assert index.lane(2) == 2  # asking for one computes its stretch only
    assert list(index._lanes[3:]) == [-1, -1]
    assert all_lanes(index) == assign_lanes(sorted(spans, key=text_order)) == [0, 1, 2, 0, 0]


def test_an_edit_forgets_the_lanes_of_its_stretch_only() -> None:
    spans = [make(0, 13, "ORG", 1), make(5, 13, "GPE", 2), make(14, 19, "GPE", 3)]
    index = SpanIndex.of(spans, TEXT)
    all_lanes(index)
    first, last = index.insert(make(5, 8, "PER", 4))
    assert (first, last) == (0, 13)
    assert index._lanes[-1] == 0  # the span at 14 kept its lane
    assert all_lanes(index) == [0, 1, 2, 0]
    removed = index.remove(1)
    assert removed is not None and removed[0].id == 1 and removed[1] == (0, 13)
    assert all_lanes(index) == [0, 1, 0]
    assert index.remove(1) is None
    assert index.replace(make(15, 19, "ORG", 3)) == (14, 19)
    assert index[3].label == "ORG" and index[3].start == 15


edit = st.tuples(st.sampled_from(("add", "remove", "move")), st.integers(0, 190),
                 st.integers(1, 25), st.sampled_from(LABELS), st.integers(0, 40))


@settings(max_examples=150, deadline=None)
@given(st.lists(edit, max_size=40))
def test_any_edits_keep_text_order_ids_and_lanes_exact(edits: list) -> None:
    index = SpanIndex(TEXT, "amina", 1)
    model: dict[int, Span] = {}
    next_id = 1
    for kind, start, length, label, pick in edits:
        end = min(start + length, len(TEXT))
        if start >= end:
            continue
        span = make(start, end, label, next_id)
        if any(text_order(s) == text_order(span) for s in model.values()):
            continue  # the store refuses an exact duplicate
        ids = sorted(model)
        if kind == "add" or not ids:
            index.insert(span)
            model[next_id] = span
            next_id += 1
        elif kind == "remove":
            victim = ids[pick % len(ids)]
            index.remove(victim)
            del model[victim]
        else:
            moved = make(start, end, label, ids[pick % len(ids)])
            index.replace(moved)
            model[moved.id] = moved  # type: ignore[index]
        if kind != "remove":
            all_lanes(index) if pick % 3 == 0 else None  # some lanes known, some not
    expected = sorted(model.values(), key=text_order)
    assert SpanSequence(index) == expected
    assert all_lanes(index) == assign_lanes(expected)
    assert all(index[sid] == s for sid, s in model.items())
    copy = index.copy()
    assert SpanSequence(copy) == expected and copy._starts is not index._starts


def test_a_partial_index_reads_the_rest_once_for_itself_and_its_copies() -> None:
    """The first screen's spans first; the rest when something needs it, one read for
    the index and its copies; an edit made before that read is not applied twice."""
    stored = [make(0, 4, "PER", 1), make(5, 13, "ORG", 2), make(34, 40, "GPE", 3),
              make(150, 160, "GPE", 4)]
    reads: list[int] = []

    def read_all() -> list[tuple[int, int, int, str, str]]:
        reads.append(1)
        return [row(s) for s in sorted(stored, key=text_order)]

    first = [row(s) for s in stored if s.start < 30]
    index = SpanIndex.partial(TEXT, first, 30, read_all, "amina", 1)
    view = index.copy()
    assert not index.complete and index.overlapping(0, 30) == [0, 1]
    assert index.lane(1) == 0 and index.get(2) == stored[1] and 1 in index
    assert reads == []  # all of that was in the first part

    added = make(20, 25, "LOC", 5)  # committed, then applied to the index
    stored.append(added)
    index.insert(added)  # an edit needs every span: the rest is read (with the new one)
    assert reads == [1] and index.complete and view.complete
    assert [s.id for s in SpanSequence(index)] == [1, 2, 5, 3, 4]
    view.insert(added)  # the view is told of the same change: still once
    assert [s.id for s in SpanSequence(view)] == [1, 2, 5, 3, 4] and reads == [1]


def test_a_partial_index_reads_the_rest_for_what_it_lacks() -> None:
    stored = [make(0, 4, "PER", 1), make(150, 160, "GPE", 2)]
    index = SpanIndex.partial(TEXT, [row(stored[0])], 30,
                              lambda: [row(s) for s in stored], "amina", 1)
    assert 2 in index and index.complete  # an id it did not have: read, then found
    index = SpanIndex.partial(TEXT, [row(stored[0])], 30,
                              lambda: [row(s) for s in stored], "amina", 1)
    assert index.overlapping(100, 200) == [1] and index.complete
    assert not SpanIndex.partial(TEXT, [], 30, lambda: [], "amina", 1).empty
    whole = SpanIndex.partial("short", [], 30, lambda: [], "amina", 1)
    assert whole.complete and whole.empty  # the first part was all of it


def test_triples_read_start_end_label_from_the_columns_without_building_spans() -> None:
    spans = [make(5, 13, "ORG", 1), make(0, 4, "PER", 2), make(5, 8, "GPE", 3),
             make(20, 24, "PER", 4)]
    rows = [row(s) for s in spans]
    index = SpanIndex.partial(TEXT, sorted(rows, key=lambda r: (r[1], -r[2], r[3]))[:1], 5,
                              lambda: sorted(rows, key=lambda r: (r[1], -r[2], r[3])),
                              "amina", 1)
    assert index.triples(6, 7) == [(5, 13, "ORG"), (5, 8, "GPE")]  # reads the rest
    assert index.triples() == [(0, 4, "PER"), (5, 13, "ORG"), (5, 8, "GPE"), (20, 24, "PER")]
    assert index.triples(13, 20) == []
    assert index._built == {}
