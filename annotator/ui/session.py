"""The editing session: one user's layer in one project, the open document, the undo stack.

Every edit is ONE store action (`repo.actions`, one transaction) that returns a
`Change`. The session applies it to the open document's state (`core.document_state`)
and then emits ONE signal, `changed(Change)`, from which every view updates; a refused
edit publishes a failed Change instead (nothing written, nothing on the undo stack).
Whatever the window shows is therefore already on disk. Commands remember their
document, so undo and redo work after switching documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.core.changes import Change
from annotator.core.document_state import OpenDocument
from annotator.core.errors import UserError
from annotator.core.schema import Schema
from annotator.core.span_index import SpanIndex
from annotator.core.suggest.offers import Suggested
from annotator.core.types import GOLD, Span
from annotator.store.gold import GoldWrite
from annotator.store.repository import Repository
from annotator.store.schema_edit import SchemaEdit
from annotator.ui.commands import (
    AddCommand,
    ArgumentCommand,
    AttributesCommand,
    Command,
    DeleteSpanCommand,
    DocLabelsCommand,
    GoldEditCommand,
    GoldWriteCommand,
    MoveSpanCommand,
    RejectSuggestionsCommand,
    RelabelCommand,
    SchemaEditCommand,
    SpanBatchCommand,
    StatusCommand,
    lower_first,
)
from annotator.ui.i18n.messages import status_name
from annotator.ui.names import shown_code, shown_name, shown_role

# Characters from the top whose spans are read before a document is first shown (far
# more than a screen holds); the others are read right after the first paint.
FIRST_READ = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class Session(QObject):
    changed = Signal(object)  # Change: one committed action, or a refused one (ok False)

    def __init__(self, repo: Repository, user: str) -> None:
        super().__init__()
        self.repo = repo
        self.actions = repo.actions
        self.user = user
        self.layer = user
        self.document = OpenDocument()
        self.undo_stack = QUndoStack(self)

    # -------------------------------------------------------------- documents
    def open_document(self, document_id: int) -> None:
        """Read a document of the user's layer into the open document (tells `opened`)."""
        repo = self.repo
        doc = repo.document(document_id)
        text = doc.text or ""
        # Columns, not a Span per span: a document may hold 50,000. Only the spans of
        # the first screens now; the rest when needed (core/span_index.py).
        layer = self.layer
        spans = SpanIndex.partial(
            text, repo.span_rows(document_id, layer, FIRST_READ), FIRST_READ,
            lambda: repo.span_rows(document_id, layer), layer, document_id)
        self.document.open(document_id, text, self.layer, spans,
                           repo.events(document_id, self.layer), title=doc.title,
                           status=repo.status(document_id, self.layer),
                           doc_labels=repo.doc_labels(document_id, self.layer))

    def reload_document(self) -> None:
        """Read the open document again (work from outside: a merge, an import)."""
        if self.document.id is not None:
            selected = self.document.selected
            self.open_document(self.document.id)
            self.document.select(selected)

    # ---------------------------------------------------------------- notices
    def publish(self, change: Change) -> Change:
        """Tell everyone about one action: the open document's state first, then the
        `changed` signal (the views that do not observe the document, the status bar)."""
        self.document.apply(change)
        self.changed.emit(change)
        return change

    def commit(self, action: Callable[[], Change],
               command: Callable[[Change], Command] | None = None) -> Change:
        """Run one store action and publish its Change; push its undo command (already
        applied) only when it succeeded. A refusal publishes a failed Change."""
        try:
            change = action()
        except UserError as exc:
            return self.publish(Change.failed(str(exc), self.document.id))
        self.publish(change)
        if command is not None:
            self.undo_stack.push(command(change))
        return change

    # ------------------------------------------------------------ undoable API
    # Each push_* runs its action first, so a refused edit (duplicate span, unknown
    # label) is published as failed and leaves nothing on the undo stack.
    def push_add(self, document_id: int, start: int, end: int, label: str) -> Change:
        return self.commit(
            lambda: self.actions.add_span(document_id, self.layer, start, end, label),
            lambda ch: AddCommand(self.actions, self.publish, ch, _tr("Add {0}").format(label)))

    def push_delete(self, span: Span) -> Change:
        """Delete a span with the events it triggers and the arguments it fills; undo
        restores all of it (`lost_with` says what went with it)."""
        assert span.id is not None
        span_id = span.id
        return self.commit(
            lambda: self.actions.delete_span(span_id),
            lambda ch: DeleteSpanCommand(self.actions, self.publish, ch,
                                         _tr("Delete {0}").format(span.label)))

    def push_restore(self, span: Span) -> Change:
        """Bring back a span deleted earlier (from the change log), under its old id and
        identity, as an undoable edit."""
        return self.commit(
            lambda: self.actions.restore((span,)),
            lambda ch: AddCommand(self.actions, self.publish, ch,
                                  _tr("Restore {0}").format(span.label)))

    def push_add_event(self, document_id: int, start: int, end: int,
                       event_type: str) -> Change:
        return self.commit(
            lambda: self.actions.add_event(document_id, self.layer, start, end, event_type),
            lambda ch: AddCommand(self.actions, self.publish, ch,
                                  _tr("Add {0} event").format(event_type)))

    def push_argument(self, event_id: int, role: str, span_id: int,
                      add: bool = True) -> Change:
        act = self.actions.add_argument if add else self.actions.remove_argument
        event = self.document.event(event_id)
        shown = shown_role(self.repo.schema(), event.type, role) if event is not None else role
        return self.commit(
            lambda: act(event_id, role, span_id),
            lambda ch: ArgumentCommand(self.actions, self.publish, event_id, role, span_id,
                                       add, (_tr("Add {0}") if add
                                             else _tr("Remove {0}")).format(shown)))

    def push_attributes(self, event_id: int, attributes: dict[str, Any]) -> Change | None:
        """None when the attributes are already these (nothing to do)."""
        event = self.document.event(event_id) or self.repo.event(event_id)
        if event.attributes == attributes:
            return None
        return self.commit(
            lambda: self.actions.set_attributes(event_id, attributes),
            lambda ch: AttributesCommand(self.actions, self.publish, event, attributes,
                                         _tr("Edit attributes")))

    def push_relabel(self, span: Span, label: str) -> Change:
        assert span.id is not None
        span_id, before = span.id, span.label
        return self.commit(
            lambda: self.actions.relabel_span(span_id, label),
            lambda ch: RelabelCommand(self.actions, self.publish, span_id, before, label,
                                      _tr("Relabel {0} as {1}").format(before, label)))

    def push_move(self, span: Span, start: int, end: int, what: str = "") -> Change:
        assert span.id is not None
        span_id, before = span.id, (span.start, span.end)
        return self.commit(
            lambda: self.actions.move_span(span_id, start, end),
            lambda ch: MoveSpanCommand(self.actions, self.publish, span_id, before,
                                       (start, end),
                                       (what or _tr("Trim")) + f" «{span.text}»"))

    def push_status(self, document_id: int, status: str,
                    layer: str | None = None) -> Change | None:
        """Set the status of a document in the user's layer, or in `layer` (gold).
        None when it has that status already."""
        layer = layer or self.layer
        before = self.repo.status(document_id, layer)
        if before == status:
            return None
        return self.commit(
            lambda: self.actions.set_status(document_id, layer, status),
            lambda ch: StatusCommand(self.actions, self.publish, document_id, layer, before,
                                     status, _tr("Mark {0}").format(status_name(status))))

    def push_doc_labels(self, document_id: int, values: dict[str, Any],
                        layer: str | None = None) -> Change:
        """Set (None: clear) document fields in the user's layer, or in `layer` (gold)."""
        layer = layer or self.layer
        before: list[dict[str, Any]] = []

        def action() -> Change:
            change, old = self.actions.set_doc_labels(document_id, layer, values)
            before.append(old)
            return change

        return self.commit(action, lambda ch: DocLabelsCommand(
            self.actions, self.publish, document_id, layer, before[0],
            {name: value for name, value in ch.doc_labels},
            _tr("Document labels") if len(ch.doc_labels) > 1 else
            _tr("Set {0}").format(self._field_name(ch.doc_labels[0][0]))))

    def _field_name(self, name: str) -> str:
        """A document field as the Document panel names it (Edit → Undo's text)."""
        fld = self.repo.schema().document_field(name)
        return shown_name(fld) if fld is not None else name

    def push_accept_agreed_doc_labels(self, document_id: int) -> Change:
        """Review: gold takes the document labels all annotators agree on."""
        before: list[dict[str, Any]] = []

        def action() -> Change:
            change, old = self.actions.accept_agreed_doc_labels(document_id)
            before.append(old)
            return change

        return self.commit(action, lambda ch: DocLabelsCommand(
            self.actions, self.publish, document_id, GOLD, before[0],
            {name: value for name, value in ch.doc_labels},
            _tr("Accept agreed document labels")))

    def push_schema_edit(self, edit: SchemaEdit) -> Change:
        """Save an edited label schema (one undo step, renames and removals included)."""
        done: list[SchemaEdit] = []

        def action() -> Change:
            change, filled = self.actions.edit_schema(edit)
            done.append(filled)
            return change

        return self.commit(action, lambda ch: SchemaEditCommand(
            self.actions, self.publish, done[0], _tr("Edit label schema")))

    # ------------------------------------------------------------- suggestions
    def push_accept_suggestions(self, document_id: int, suggestions: list[Suggested],
                                label: str | None = None) -> Change:
        """Suggestions become spans of the user's layer (`label` overrides theirs):
        one undo step, however many."""
        def command(change: Change) -> Command:
            if len(change.spans_added) == 1:
                return AddCommand(self.actions, self.publish, change,
                                  _tr("Accept {0}").format(change.spans_added[0].label))
            return SpanBatchCommand(self.actions, self.publish, change.spans_added,
                                    lambda: self.document.id,
                                    _tr("Accept {0} suggestions").format(
                                        len(change.spans_added)))

        return self.commit(lambda: self.actions.accept_suggestions(
            document_id, self.layer, suggestions, label), command)

    def push_reject_suggestions(self, document_id: int,
                                keys: list[tuple[int, int, str]]) -> Change:
        """Never offer these suggestions in this document to this layer again."""
        return self.commit(
            lambda: self.actions.reject_suggestions(document_id, self.layer, keys),
            lambda ch: RejectSuggestionsCommand(self.actions, self.publish, document_id,
                                                self.layer, keys, _tr("Reject suggestion")))

    def push_label_all(self, occurrences: list[tuple[int, int, int, str]]) -> Change:
        """Label the occurrences (document, start, end, label) as one undo step."""
        added: list[Span] = []

        def action() -> Change:
            change, spans = self.actions.label_all(self.layer, occurrences, self.document.id)
            added.extend(spans)
            return change

        return self.commit(action, lambda ch: SpanBatchCommand(
            self.actions, self.publish, added, lambda: self.document.id,
            _tr("Label all {0}").format(added[0].label)))

    # -------------------------------------------------------- review decisions
    def push_gold(self, decide: Callable[[], tuple[Change, GoldWrite]], text: str,
                  note: Callable[[GoldWrite], str] | None = None) -> Change:
        """A review decision (`decide` calls one gold action of `repo.actions`): `text`
        is its undo text; the status bar says `note(write)` if given, else `text`."""
        writes: list[GoldWrite] = []

        def action() -> Change:
            change, write = decide()
            writes.append(write)
            return change.with_message(lower_first(note(write) if note else text))

        return self.commit(action, lambda ch: GoldWriteCommand(self.actions, self.publish,
                                                               writes[0], text))

    def push_gold_edit(self, span: Span, start: int, end: int, label: str,
                       text: str) -> Change:
        """A new boundary or label of a gold span (provenance becomes 'edited')."""
        assert span.id is not None
        span_id = span.id
        provenance: list[Any] = []

        def action() -> Change:
            change, before = self.actions.edit_gold_span(span_id, start, end, label)
            provenance.append(before)
            return change.with_message(lower_first(text))

        return self.commit(action, lambda ch: GoldEditCommand(
            self.actions, self.publish, span, (start, end, label), provenance[0], text))


def lost_with(change: Change, schema: Schema) -> list[str]:
    """What a delete took with the span (events it triggered, roles it filled), for the
    warning that Undo restores them; event types and roles named as the panel names
    them."""
    types = {e.id: e.type for e in (*change.events_modified, *change.events_removed)}
    lost = [_tr("the {0} event it triggers").format(shown_code(schema, e.type))
            for e in change.events_removed]
    lost += [_tr("its role {0} in {1}").format(
        shown_role(schema, types.get(event_id, "?"), role),
        shown_code(schema, types.get(event_id, "?")))
        for event_id, role, _ in change.arguments_removed]
    return lost
