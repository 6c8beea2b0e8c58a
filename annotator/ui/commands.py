"""Edits as undo commands: their redo and undo each call ONE store action.

A command is pushed already applied (the session ran the action and published its
Change first), so a refused edit never reaches the undo stack and the stack's first
redo() does nothing. Later undo and redo run a store action (`store/actions.py`) and
publish the Change it returns, the same way; one that fails publishes a failed Change
(the status bar shows the error, never "Saved") and drops the command.

Commands know the store actions and the session's `publish`, not the session itself,
so this module imports nothing of the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.core.adjudication import Provenance
from annotator.core.changes import Change
from annotator.core.errors import UserError
from annotator.core.types import Event, Span
from annotator.store.actions import UserActions
from annotator.store.gold import GoldWrite
from annotator.store.schema_edit import SchemaEdit

Publish = Callable[[Change], object]


def lower_first(text: str) -> str:
    """An undo text inside a status sentence: "Accept GPE «x»" -> "accept GPE «x»".

    Only the first letter: labels keep the case the schema gives them.
    """
    return text[:1].lower() + text[1:]


class Command(QUndoCommand):
    """An edit already applied when pushed: the stack's first redo() does nothing."""

    def __init__(self, actions: UserActions, publish: Publish, text: str) -> None:
        super().__init__(text)
        self.actions, self.publish = actions, publish
        self.applied = True

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn: Callable[[], Change]) -> None:
        # An exception cannot cross back into Qt: publish the failure, drop the command.
        try:
            change = fn()
        except UserError as exc:
            self.publish(Change.failed(QCoreApplication.translate(
                "Command", "Could not {0}: {1}").format(lower_first(self.text()), exc)))
            self.setObsolete(True)
            return
        self.publish(change)

    def do(self) -> Change:
        raise NotImplementedError

    def undo_it(self) -> Change:
        raise NotImplementedError


class AddCommand(Command):
    """A span added, with the event it triggers if any (a label key, an event key,
    Restore deleted): undo deletes the span (and so its event), redo puts both back
    under the same ids."""

    def __init__(self, actions: UserActions, publish: Publish, change: Change,
                 text: str) -> None:
        super().__init__(actions, publish, text)
        (self.span,) = change.spans_added
        self.events = change.events_added

    def do(self) -> Change:
        return self.actions.restore((self.span,), self.events)

    def undo_it(self) -> Change:
        assert self.span.id is not None
        return self.actions.delete_span(self.span.id)


class DeleteSpanCommand(Command):
    """A span deleted with the events it triggered and the roles it filled."""

    def __init__(self, actions: UserActions, publish: Publish, change: Change,
                 text: str) -> None:
        super().__init__(actions, publish, text)
        self.removed = change

    def do(self) -> Change:
        span_id = self.removed.spans_removed[0].id
        assert span_id is not None
        self.removed = self.actions.delete_span(span_id)
        return self.removed

    def undo_it(self) -> Change:
        r = self.removed
        return self.actions.restore(r.spans_removed, r.events_removed, r.arguments_removed)


class RelabelCommand(Command):
    def __init__(self, actions: UserActions, publish: Publish, span_id: int, before: str,
                 after: str, text: str) -> None:
        super().__init__(actions, publish, text)
        self.span_id, self.before, self.after = span_id, before, after

    def do(self) -> Change:
        return self.actions.relabel_span(self.span_id, self.after)

    def undo_it(self) -> Change:
        return self.actions.relabel_span(self.span_id, self.before)


class MoveSpanCommand(Command):
    def __init__(self, actions: UserActions, publish: Publish, span_id: int,
                 before: tuple[int, int], after: tuple[int, int], text: str) -> None:
        super().__init__(actions, publish, text)
        self.span_id, self.before, self.after = span_id, before, after

    def do(self) -> Change:
        return self.actions.move_span(self.span_id, *self.after)

    def undo_it(self) -> Change:
        return self.actions.move_span(self.span_id, *self.before)


class StatusCommand(Command):
    def __init__(self, actions: UserActions, publish: Publish, document_id: int, layer: str,
                 before: str, after: str, text: str) -> None:
        super().__init__(actions, publish, text)
        self.document_id, self.layer, self.before, self.after = document_id, layer, before, after

    def do(self) -> Change:
        return self.actions.set_status(self.document_id, self.layer, self.after)

    def undo_it(self) -> Change:
        return self.actions.set_status(self.document_id, self.layer, self.before)


class ArgumentCommand(Command):
    def __init__(self, actions: UserActions, publish: Publish, event_id: int, role: str,
                 span_id: int, add: bool, text: str) -> None:
        super().__init__(actions, publish, text)
        self.args = (event_id, role, span_id)
        self.add = add

    def _run(self, add: bool) -> Change:
        act = self.actions.add_argument if add else self.actions.remove_argument
        return act(*self.args)

    def do(self) -> Change:
        return self._run(self.add)

    def undo_it(self) -> Change:
        return self._run(not self.add)


class AttributesCommand(Command):
    def __init__(self, actions: UserActions, publish: Publish, event: Event,
                 after: dict[str, Any], text: str) -> None:
        super().__init__(actions, publish, text)
        assert event.id is not None
        self.event_id, self.before, self.after = event.id, dict(event.attributes), after

    def do(self) -> Change:
        return self.actions.set_attributes(self.event_id, self.after)

    def undo_it(self) -> Change:
        return self.actions.set_attributes(self.event_id, self.before)


class GoldWriteCommand(Command):
    """Accept, reject, accept unanimous or a manual gold span: whatever a GoldWrite holds."""

    def __init__(self, actions: UserActions, publish: Publish, write: GoldWrite,
                 text: str) -> None:
        super().__init__(actions, publish, text)
        self.write = write

    def do(self) -> Change:
        return self.actions.redo_gold(self.write).with_message(
            QCoreApplication.translate("Command", "redone: {0}").format(self.text()))

    def undo_it(self) -> Change:
        return self.actions.undo_gold(self.write).with_message(
            QCoreApplication.translate("Command", "undone: {0}").format(self.text()))


class GoldEditCommand(Command):
    """A new boundary or label of a gold span; undo restores its old provenance too."""

    def __init__(self, actions: UserActions, publish: Publish, span: Span,
                 after: tuple[int, int, str], provenance: Provenance | None,
                 text: str) -> None:
        super().__init__(actions, publish, text)
        assert span.id is not None
        self.span_id = span.id
        self.before = (span.start, span.end, span.label)
        self.after, self.provenance = after, provenance

    def do(self) -> Change:
        change, _ = self.actions.edit_gold_span(self.span_id, *self.after)
        return change.with_message(
            QCoreApplication.translate("Command", "redone: {0}").format(self.text()))

    def undo_it(self) -> Change:
        return self.actions.revert_gold_span(self.span_id, *self.before,
                                             self.provenance).with_message(
            QCoreApplication.translate("Command", "undone: {0}").format(self.text()))


class DocLabelsCommand(Command):
    """Document labels of one layer set or cleared; undo sets the fields back."""

    def __init__(self, actions: UserActions, publish: Publish, document_id: int, layer: str,
                 before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(actions, publish, text)
        self.document_id, self.layer = document_id, layer
        self.before, self.after = dict(before), dict(after)

    def do(self) -> Change:
        return self.actions.set_doc_labels(self.document_id, self.layer, self.after)[0]

    def undo_it(self) -> Change:
        return self.actions.set_doc_labels(self.document_id, self.layer, self.before)[0]


class SchemaEditCommand(Command):
    """A save of the schema editor: undo puts the old schema, names and spans back."""

    def __init__(self, actions: UserActions, publish: Publish, edit: SchemaEdit,
                 text: str) -> None:
        super().__init__(actions, publish, text)
        self.edit = edit

    def do(self) -> Change:
        change, self.edit = self.actions.edit_schema(self.edit)
        return change

    def undo_it(self) -> Change:
        return self.actions.undo_schema_edit(self.edit)


class SpanBatchCommand(Command):
    """Spans added together by one action (accept all suggestions, label all), maybe in
    several documents: undo removes them all, redo puts them back under their ids.
    `open_document()` is the document the window shows when it runs: its view updates
    in place, the other documents' rows refresh."""

    def __init__(self, actions: UserActions, publish: Publish, spans: Sequence[Span],
                 open_document: Callable[[], int | None], text: str) -> None:
        super().__init__(actions, publish, text)
        self.spans = tuple(spans)
        self.open_document = open_document

    def _current(self) -> int | None:
        docs = [s.document_id for s in self.spans]
        shown = self.open_document()
        return shown if shown in docs else docs[0]

    def do(self) -> Change:
        return self.actions.restore_spans(self.spans, self._current())

    def undo_it(self) -> Change:
        return self.actions.remove_spans(self.spans, self._current())


class RejectSuggestionsCommand(Command):
    """Suggestions rejected in a document: undo offers them again."""

    def __init__(self, actions: UserActions, publish: Publish, document_id: int, layer: str,
                 keys: Sequence[tuple[int, int, str]], text: str) -> None:
        super().__init__(actions, publish, text)
        self.document_id, self.layer, self.keys = document_id, layer, tuple(keys)

    def do(self) -> Change:
        return self.actions.reject_suggestions(self.document_id, self.layer, self.keys)

    def undo_it(self) -> Change:
        return self.actions.restore_suggestions(self.document_id, self.layer, self.keys)
