"""The open document as plain data: what the window shows, kept by the session.

Qt-free (like napari's evented models): the session owns one `OpenDocument`, fills it
when a document is opened and applies each committed `Change` to it; the views and
controllers observe it instead of re-reading the store or reaching into the window.

Three kinds of notice, each a list of plain callables:
- `opened(document)`: another document (or the same one afresh) is shown; everything
  was replaced.
- `changed(change)` (also `subscribe` / `unsubscribe`): one committed action was
  applied; the change says what, so an observer updates only that.
- `selection(span_id)`: the selected span changed (None: nothing selected).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from annotator.core.changes import Change
from annotator.core.document_fields import DocLabels
from annotator.core.span_index import SpanIndex
from annotator.core.types import Event, Span

T = TypeVar("T")


class Observers(Generic[T]):
    """Callables told about one kind of notice, in the order they subscribed."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], object]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        # A copy: an observer may subscribe or unsubscribe while being told.
        for callback in list(self._callbacks):
            callback(value)

    def __len__(self) -> int:
        return len(self._callbacks)


class OpenDocument:
    """One document in one layer as shown: text, spans and events by id, selection.

    `spans` is a `SpanIndex` (read as a mapping from id to span): a document with
    50,000 spans opens without building a Span object for each (issue 13).
    """

    def __init__(self) -> None:
        self.id: int | None = None
        self.layer = ""
        self.text = ""
        self.title = ""
        self.status = "new"
        self.spans = SpanIndex()
        self.events: dict[int, Event] = {}
        self.selected: int | None = None
        self.doc_labels: DocLabels = {}  # the layer's document labels (set fields only)
        self.opened: Observers[OpenDocument] = Observers()
        self.changed: Observers[Change] = Observers()
        self.selection: Observers[int | None] = Observers()

    # ------------------------------------------------------------ observers
    def subscribe(self, callback: Callable[[Change], object]) -> None:
        """Be told each applied change (after the state holds it)."""
        self.changed.connect(callback)

    def unsubscribe(self, callback: Callable[[Change], object]) -> None:
        self.changed.disconnect(callback)

    # ---------------------------------------------------------------- state
    def open(self, document_id: int, text: str, layer: str,
             spans: Iterable[Span] | SpanIndex, events: Iterable[Event], title: str = "",
             status: str = "new", doc_labels: DocLabels | None = None) -> None:
        """Show a document: replaces everything, then tells `opened`. `spans` may be an
        index the store's rows were read into (`SpanIndex.from_rows`)."""
        self.id, self.text, self.layer = document_id, text, layer
        self.title, self.status = title, status
        self.doc_labels = dict(doc_labels or {})
        self.spans = spans if isinstance(spans, SpanIndex) else SpanIndex.of(
            [s for s in spans if s.id is not None], text, layer, document_id)
        self.events = {e.id: e for e in events if e.id is not None}
        self.selected = None
        self.opened.emit(self)

    def close(self) -> None:
        """No document (the project has none any more)."""
        self.id, self.text, self.title, self.status = None, "", "", "new"
        self.spans, self.events, self.selected = SpanIndex(), {}, None
        self.doc_labels = {}
        self.opened.emit(self)

    def concerns(self, change: Change) -> bool:
        """Whether a committed change is about this document's layer."""
        return (change.ok and self.id is not None and change.document_id == self.id
                and change.layer == self.layer)

    def apply(self, change: Change) -> None:
        """Take in one committed action, then tell `changed` (and `selection` when the
        selected span went away or the change selects another).

        A change of another document or layer (undo after switching, a review decision
        in gold) or a failed one leaves the state alone and tells nobody.
        """
        if not self.concerns(change):
            return
        for span in change.spans_removed:
            if span.id is not None:
                self.spans.remove(span.id)
        for span in (*change.spans_added, *change.spans_modified):
            if span.id is not None:
                self.spans.replace(span)
        for event in change.events_removed:
            if event.id is not None:
                self.events.pop(event.id, None)
        for event in (*change.events_added, *change.events_modified):
            if event.id is not None:
                self.events[event.id] = event
        if change.status is not None:
            self.status = change.status
        for name, value in change.doc_labels:
            if value is None:
                self.doc_labels.pop(name, None)
            else:
                self.doc_labels[name] = value
        selected = self.selected
        if change.select is not None and change.select in self.spans:
            selected = change.select
        elif selected is not None and selected not in self.spans:
            selected = None
        self.changed.emit(change)
        self.select(selected)

    def select(self, span_id: int | None) -> None:
        """Select a span of this document (None: nothing); tells `selection` if new."""
        if span_id is not None and span_id not in self.spans:
            span_id = None
        if span_id != self.selected:
            self.selected = span_id
            self.selection.emit(span_id)

    # ---------------------------------------------------------------- reads
    def span(self, span_id: int | None) -> Span | None:
        return self.spans.get(span_id) if span_id is not None else None

    def selected_span(self) -> Span | None:
        return self.span(self.selected)

    def span_list(self) -> list[Span]:
        """The spans in text order (builds every Span: not for a view of a big document)."""
        return self.spans.values()

    def event_list(self) -> list[Event]:
        """The events in the order they were made (by id)."""
        return [self.events[k] for k in sorted(self.events)]

    def event(self, event_id: int | None) -> Event | None:
        return self.events.get(event_id) if event_id is not None else None

    def events_triggered_by(self, span_id: int) -> list[Event]:
        return [e for e in self.event_list() if e.trigger == span_id]

    def roles_of(self, span_id: int) -> list[tuple[Event, str]]:
        """The (event, role) pairs the span fills."""
        return [(e, a.role) for e in self.event_list() for a in e.arguments
                if a.span == span_id]
