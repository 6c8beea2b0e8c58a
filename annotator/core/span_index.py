"""The spans of one open document in one layer, in text order, held as columns.

A document may hold 50,000 spans. Opening it must not build 50,000 `Span` objects, sort
them and lane them all (issue 13: 1.4 s for a 570,000-character document), and a label
key must not look a span up by walking a list. So the index keeps plain columns
(start, end, label, id, origin) in text order (`spans.text_order`), builds a `Span` only
when someone asks for one (what is on screen, the selected span, a table row), keeps at
most BUILT_SPANS of them, and computes underline lanes (`lanes.nesting_levels`) only for
the stretches of overlapping spans it is asked about.

Lanes restart from 0 wherever no span is open, so the lanes of one such stretch
("cluster") computed alone are exactly those of the whole document: an edit forgets the
lanes of its cluster only, and the next paint recomputes them.

An index may start with only the spans that begin before some offset (`partial`): what
the first screen of a document shows, read in a millisecond. Whatever needs more (a
span further on, the count, an edit, a lookup that the first part cannot answer) reads
the rest first, once, through the `SpanSource` that the index and its copies share; the
window also asks for it right after the first paint. Everything committed before that
read is in it, and adding a span that is already there replaces it, so a change applied
before and again after the read is applied once.

It reads as a mapping from span id to `Span` (`index[id]`, `id in index`, `get`,
iteration over the ids in text order), so the open document's spans keep the interface
they had as a dict; `SpanSequence` reads it as the list of spans in text order.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import overload

from annotator.core.lanes import nesting_levels
from annotator.core.spans import text_order
from annotator.core.types import Span

__all__ = ["BUILT_SPANS", "SpanIndex", "SpanRow", "SpanSequence", "SpanSource"]

# (id, start, end, label, origin): one stored span as the store reads it.
SpanRow = tuple[int, int, int, str, str]
_UNKNOWN = -1
_EVERYTHING = 1 << 62
NO_ID = 0  # the id column's value for a span without one (stored ids start at 1)
BUILT_SPANS = 8192  # Span objects kept at most (they are rebuilt from the columns)


class SpanSource:
    """The rest of a partly read index: read once, for the index and all its copies."""

    def __init__(self, read: Callable[[], Sequence[SpanRow]]) -> None:
        self._read: Callable[[], Sequence[SpanRow]] | None = read
        self._members: list[weakref.ref[SpanIndex]] = []  # an index dropped is let go

    def add(self, index: SpanIndex) -> None:
        self._members.append(weakref.ref(index))

    def complete(self) -> None:
        read, self._read = self._read, None
        if read is None:
            return
        rows = read()
        members, self._members = self._members, []
        first: SpanIndex | None = None
        for ref in members:
            index = ref()
            if index is None:
                continue
            if first is None:
                index._load(rows)
                first = index
            else:
                index._copy_from(first)


class SpanIndex(Mapping[int, Span]):
    """Spans in text order as columns; `Span` objects and lanes made on demand.

    The columns are arrays of machine integers (labels and origins as small codes), not
    lists of Python objects: Python's collector does not walk them, so 50,000 spans add
    nothing to its pauses (a full collection walked 1,000,000 list items, 50 ms, in the
    middle of a page step).
    """

    __slots__ = ("__weakref__", "_built", "_codes", "_ends", "_ids", "_labels", "_lanes",
                 "_longest", "_names", "_objs", "_origins", "_source", "_starts", "_where",
                 "document_id", "layer", "loaded_to", "text")

    def __init__(self, text: str = "", layer: str | None = None,
                 document_id: int | None = None) -> None:
        self.text = text  # the stored text: a span's text is text[start:end]
        self.layer = layer
        self.document_id = document_id
        self._starts = array("q")
        self._ends = array("q")
        self._ids = array("q")  # NO_ID for a span without one
        self._labels = array("H")  # codes into _names
        self._origins = array("H")
        self._names: list[str] = []  # label and origin names, by code
        self._codes: dict[str, int] = {}
        self._lanes = array("h")  # _UNKNOWN until asked for
        self._longest = 0  # no span is longer (may be too big after a removal)
        # Built Span objects by id (at most BUILT_SPANS), or, for an index made from Span
        # objects (which may lack ids), the list of them by position.
        self._built: dict[int, Span] = {}
        self._objs: list[Span] | None = None
        self._where: dict[int, int] = {}  # id -> start: where to look for a span
        # Every span starting before this offset is here; the rest comes from _source.
        self.loaded_to = _EVERYTHING
        self._source: SpanSource | None = None

    # --------------------------------------------------------------- building
    @classmethod
    def from_rows(cls, text: str, rows: Sequence[SpanRow], layer: str | None = None,
                  document_id: int | None = None, ordered: bool = False) -> SpanIndex:
        """From stored rows; `ordered`: already in text order (the store sorts them)."""
        index = cls(text, layer, document_id)
        index._load(rows if ordered else sorted(rows, key=lambda r: (r[1], -r[2], r[3])))
        return index

    @classmethod
    def partial(cls, text: str, rows: Sequence[SpanRow], loaded_to: int,
                read_all: Callable[[], Sequence[SpanRow]], layer: str | None = None,
                document_id: int | None = None) -> SpanIndex:
        """From the rows (in text order) of the spans that start before `loaded_to`;
        `read_all()` gives every row, in text order, when more is needed."""
        index = cls(text, layer, document_id)
        index._load(rows)
        if loaded_to < len(text):
            index.loaded_to = loaded_to
            index._source = SpanSource(read_all)
            index._source.add(index)
        return index

    @classmethod
    def of(cls, spans: Iterable[Span], text: str = "", layer: str | None = None,
           document_id: int | None = None) -> SpanIndex:
        """From Span objects (kept as they are; `text` may be empty then)."""
        index = cls(text, layer, document_id)
        ordered = sorted(spans, key=text_order)
        index._load([(s.id or NO_ID, s.start, s.end, s.label, s.origin) for s in ordered])
        index._objs = ordered
        return index

    def _code(self, name: str) -> int:
        code = self._codes.get(name)
        if code is None:
            code = self._codes[name] = len(self._names)
            self._names.append(name)
        return code

    def _load(self, rows: Sequence[SpanRow]) -> None:
        """Take these rows (text order) as the whole content."""
        if rows:
            ids, starts, ends, labels, origins = zip(*rows, strict=True)
        else:
            ids = starts = ends = labels = origins = ()
        for name in {*labels, *origins}:
            self._code(name)
        code = self._codes.__getitem__
        self._ids, self._starts, self._ends = array("q", ids), array("q", starts), \
            array("q", ends)
        self._labels = array("H", map(code, labels))
        self._origins = array("H", map(code, origins))
        self._lanes = array("h", [_UNKNOWN]) * len(ids)
        self._longest = max(map(int.__sub__, ends, starts), default=0)
        self._where = dict(zip(ids, starts, strict=True))
        self._where.pop(NO_ID, None)
        self._built, self._objs = {}, None
        self.loaded_to, self._source = _EVERYTHING, None

    def copy(self) -> SpanIndex:
        """An independent index with the same spans (columns copied, Spans shared); a
        copy of a partial index is completed together with it."""
        other = SpanIndex(self.text, self.layer, self.document_id)
        other._copy_from(self)
        if self._source is not None:
            self._source.add(other)
        return other

    def _copy_from(self, other: SpanIndex) -> None:
        self._starts, self._ends, self._ids = other._starts[:], other._ends[:], \
            other._ids[:]
        self._labels, self._origins = other._labels[:], other._origins[:]
        self._names, self._codes = other._names[:], dict(other._codes)
        self._lanes, self._longest = other._lanes[:], other._longest
        self._built = dict(other._built)
        self._objs = None if other._objs is None else other._objs[:]
        self._where = dict(other._where)
        self.loaded_to, self._source = other.loaded_to, other._source

    @property
    def complete(self) -> bool:
        return self._source is None

    def read_all(self) -> None:
        """Read the spans not read yet (this index's and its copies'); no-op if none."""
        if self._source is not None:
            self._source.complete()

    @property
    def empty(self) -> bool:
        """No span at all (a partial index that holds none yet may still get some)."""
        return not self._ids and self.complete

    # -------------------------------------------------------------- positions
    def __len__(self) -> int:
        self.read_all()
        return len(self._ids)

    def span_at(self, i: int) -> Span:
        """The span at position `i` in text order (built when asked for)."""
        if self._objs is not None:
            return self._objs[i]
        sid = self._ids[i]
        span = self._built.get(sid)
        if span is None:
            if len(self._built) >= BUILT_SPANS:
                self._built.clear()  # rebuilt as they are asked for
            start, end = self._starts[i], self._ends[i]
            span = self._built[sid] = Span(
                start, end, self._names[self._labels[i]], self.text[start:end],
                sid if sid != NO_ID else None, self.layer, self.document_id,
                self._names[self._origins[i]])
        return span

    def position(self, span_id: int | None) -> int | None:
        """Where the span with this id is in text order (None: not here): its start
        from a dictionary, then a binary search among the spans starting there."""
        if span_id is None:
            return None
        start = self._where.get(span_id)
        if start is None:
            if self.complete:
                return None
            self.read_all()
            return self.position(span_id)
        ids = self._ids
        i = bisect_left(self._starts, start)
        while ids[i] != span_id:
            i += 1
        return i

    def start_at(self, i: int) -> int:
        return self._starts[i]

    def end_at(self, i: int) -> int:
        return self._ends[i]

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions of the spans that intersect [start, end), in text order."""
        if end > self.loaded_to:
            self.read_all()
        starts, ends = self._starts, self._ends
        lo = bisect_left(starts, start - self._longest)
        hi = bisect_left(starts, end)
        return [i for i in range(lo, hi) if ends[i] > start]

    def triples(self, start: int = 0, end: int = _EVERYTHING) -> list[tuple[int, int, str]]:
        """(start, end, label) of the spans with an id that intersect [start, end) (all
        by default), in text order, from the columns: no `Span` is built."""
        if start <= 0 and end >= _EVERYTHING:
            self.read_all()
            positions: Iterable[int] = range(len(self._ids))
        else:
            positions = self.overlapping(start, end)
        starts, ends, labels, ids, names = (self._starts, self._ends, self._labels,
                                            self._ids, self._names)
        return [(starts[i], ends[i], names[labels[i]]) for i in positions if ids[i] != NO_ID]

    def in_order(self) -> list[Span]:
        """Every span in text order (builds them all: for small documents and tests)."""
        self.read_all()
        return [self.span_at(i) for i in range(len(self._ids))]

    # ---------------------------------------------------------------- mapping
    def __getitem__(self, span_id: int) -> Span:
        i = self.position(span_id)
        if i is None:
            raise KeyError(span_id)
        return self.span_at(i)

    def __contains__(self, span_id: object) -> bool:
        return isinstance(span_id, int) and self.position(span_id) is not None

    def __iter__(self) -> Iterator[int]:
        """The ids in text order (spans without an id are left out)."""
        self.read_all()
        return (i for i in self._ids.tolist() if i != NO_ID)

    def values(self) -> list[Span]:  # type: ignore[override]
        """The spans with an id, in text order (builds them all)."""
        self.read_all()
        return [self.span_at(i) for i, sid in enumerate(self._ids) if sid != NO_ID]

    def items(self) -> list[tuple[int, Span]]:  # type: ignore[override]
        self.read_all()
        return [(sid, self.span_at(i)) for i, sid in enumerate(self._ids) if sid != NO_ID]

    # ------------------------------------------------------------------ lanes
    def lane(self, i: int) -> int:
        """The underline lane of the span at position `i` (its nesting level)."""
        if self._lanes[i] == _UNKNOWN:
            self.lanes_over(self._starts[i], self._ends[i])
        return self._lanes[i]

    def lanes_over(self, start: int, end: int) -> None:
        """Compute the lanes of every span overlapping [start, end) not known yet, in
        one pass over their clusters (a block's spans before it is painted)."""
        lo, hi, _, last = self._cluster(start, end)
        if last > self.loaded_to:
            self.read_all()
            lo, hi, _, last = self._cluster(start, end)
        lanes = self._lanes
        if _UNKNOWN in lanes[lo:hi]:
            lanes[lo:hi] = array("h", nesting_levels(
                list(zip(self._starts[lo:hi], self._ends[lo:hi], strict=True))))

    def _cluster(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Positions [lo, hi) and offsets [first, last) of the spans overlapping
        [start, end), transitively: no span outside them is open at their edges."""
        starts, ends = self._starts, self._ends
        lo = bisect_left(starts, start)
        first = start
        k = lo - 1
        while k >= 0 and starts[k] > first - self._longest:
            if ends[k] > first:
                first, lo = starts[k], k
            k -= 1
        hi, last = lo, end
        while hi < len(starts) and starts[hi] < last:
            last = max(last, ends[hi])
            hi += 1
        return lo, hi, first, last

    def _forget_lanes(self, start: int, end: int) -> tuple[int, int]:
        """Forget the lanes of the cluster around [start, end); its offsets."""
        lo, hi, first, last = self._cluster(start, end)
        self._lanes[lo:hi] = array("h", [_UNKNOWN]) * (hi - lo)
        return first, last

    # ------------------------------------------------------------------ edits
    def insertion_point(self, span: Span) -> int:
        """The position `insert(span)` would give the span (after an equal one)."""
        self.read_all()
        key = text_order(span)
        i = bisect_left(self._starts, span.start)
        while i < len(self._ids) and self._key(i) <= key:
            i += 1  # after the spans that come first, and after an equal one
        return i

    def insert(self, span: Span) -> tuple[int, int]:
        """Add a span (replacing the one with its id, if any); returns the offsets whose
        lanes may have changed."""
        if span.id is not None and self.position(span.id) is not None:
            return self.replace(span)
        i = self.insertion_point(span)
        sid = span.id if span.id is not None else NO_ID
        self._starts.insert(i, span.start)
        self._ends.insert(i, span.end)
        self._ids.insert(i, sid)
        self._labels.insert(i, self._code(span.label))
        self._origins.insert(i, self._code(span.origin))
        self._lanes.insert(i, _UNKNOWN)
        if self._objs is not None:
            self._objs.insert(i, span)
        elif sid != NO_ID:
            self._built[sid] = span
        if sid != NO_ID:
            self._where[sid] = span.start
        self._longest = max(self._longest, span.end - span.start)
        return self._forget_lanes(span.start, span.end)

    def _key(self, i: int) -> tuple[int, int, str]:
        return (self._starts[i], -self._ends[i], self._names[self._labels[i]])

    def remove(self, span_id: int) -> tuple[Span, tuple[int, int]] | None:
        """Take a span out; returns it and the offsets whose lanes may have changed
        (None when it is not here)."""
        self.read_all()
        i = self.position(span_id)
        if i is None:
            return None
        span = self.span_at(i)
        for column in (self._starts, self._ends, self._labels, self._ids, self._origins,
                       self._lanes):
            del column[i]
        if self._objs is not None:
            del self._objs[i]
        self._built.pop(span_id, None)
        del self._where[span_id]
        return span, self._forget_lanes(span.start, span.end)

    def replace(self, span: Span) -> tuple[int, int]:
        """A span relabelled or moved (added if it was not here); the offsets whose lanes
        may have changed: what it covered and what it covers."""
        assert span.id is not None
        old = self.remove(span.id)
        first, last = self.insert(span)
        if old is not None:
            first, last = min(first, old[1][0]), max(last, old[1][1])
        return first, last


class SpanSequence(Sequence[Span]):
    """A read-only list view of an index: the spans in text order, built when read.

    Equal to a list of the same spans, so `view.spans == []` still reads as before.
    """

    __slots__ = ("_index",)

    def __init__(self, index: SpanIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, i: int) -> Span: ...

    @overload
    def __getitem__(self, i: slice) -> list[Span]: ...

    def __getitem__(self, i: int | slice) -> Span | list[Span]:
        n = len(self._index)
        if isinstance(i, slice):
            return [self._index.span_at(k) for k in range(n)[i]]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._index.span_at(i)

    def __iter__(self) -> Iterator[Span]:
        index = self._index
        return (index.span_at(k) for k in range(len(index)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SpanSequence | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                          strict=False))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpanSequence({list(self)!r})"
