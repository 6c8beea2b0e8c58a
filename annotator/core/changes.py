"""What one committed user action changed: the value every view updates from.

Like Anki's `OpChanges`: each user action is one store operation in one transaction,
and it returns one `Change`. The session publishes it; the text view, span table, events
panel, document list, status bar, review and compare views look at it and redraw only
what concerns them. Qt-free, so the store can build it and the CLI can print it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotator.core.document_fields import DocLabelValue
from annotator.core.types import Event, Span


@dataclass(frozen=True, slots=True)
class Change:
    """One committed action, or (ok False) one refused action that wrote nothing.

    Spans and events are given in their new state (removed ones in their last state);
    their `id` says which one. `status` is the new status of (document_id, layer) when
    the action set it. `gold` marks review decisions and gold edits; `documents` marks
    work that added documents or layers (import, merge), after which lists reload.
    """

    document_id: int | None = None
    layer: str | None = None
    spans_added: tuple[Span, ...] = ()
    spans_removed: tuple[Span, ...] = ()
    spans_modified: tuple[Span, ...] = ()
    events_added: tuple[Event, ...] = ()
    events_removed: tuple[Event, ...] = ()
    events_modified: tuple[Event, ...] = ()
    # (event id, role, span id) of arguments removed from events that stay (a deleted
    # span's roles): with spans_removed and events_removed, what an undo puts back.
    arguments_removed: tuple[tuple[int, str, int], ...] = ()
    status: str | None = None
    gold: bool = False
    documents: bool = False
    # Suggestions of (document_id, layer) rejected by the action, and rejections it took
    # back (its undo), as (start, end, label): the suggestion lane updates from them.
    suggestions_rejected: tuple[tuple[int, int, str], ...] = ()
    suggestions_restored: tuple[tuple[int, int, str], ...] = ()
    # Other documents the same action changed (label all in the project): their rows in
    # the document list are refreshed; the open document ignores them.
    other_documents: tuple[int, ...] = ()
    select: int | None = None  # the span to select afterwards
    message: str = ""  # what was done, for the status bar ("added GPE «إيران»")
    ok: bool = True
    # (field, new value or None when cleared) of the document labels the action set.
    doc_labels: tuple[tuple[str, DocLabelValue | None], ...] = ()
    # The project's label schema changed (the schema editor): palettes and colours reload.
    schema: bool = False

    @classmethod
    def failed(cls, message: str, document_id: int | None = None) -> Change:
        """A refused or failed action: nothing was written, never shown as saved."""
        return cls(document_id=document_id, message=message, ok=False)

    @property
    def spans_changed(self) -> bool:
        return bool(self.spans_added or self.spans_removed or self.spans_modified)

    @property
    def events_changed(self) -> bool:
        return bool(self.events_added or self.events_removed or self.events_modified)

    def with_message(self, message: str) -> Change:
        return replace(self, message=message)
