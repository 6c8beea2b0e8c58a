"""The editing session: one user's layer in one project, and the edits as undo commands.

Each command writes to SQLite first (the repository commits) and only then tells the
view to repaint, so whatever the window shows is already on disk. Commands remember
their document, so undo and redo work after switching documents.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.errors import UserError
from annotator.core.types import Event, Span
from annotator.store.repository import Repository


def lower_first(text: str) -> str:
    """An undo text inside a status sentence: "Accept GPE «x»" -> "accept GPE «x»".

    Only the first letter: labels keep the case the schema gives them.
    """
    return text[:1].lower() + text[1:]


class Session(QObject):
    documentChanged = Signal(int)  # spans or status of this document changed
    # One span added or deleted and nothing else: (document id, Span or None, Span or
    # None). Emitted instead of documentChanged so the window need not re-read them all.
    spanEdited = Signal(int, object, object)
    saved = Signal(str)  # what was saved
    spanTouched = Signal(int, object)  # document id, span id (or None) to select
    goldChanged = Signal(int)  # a review decision on this document was made or undone

    def __init__(self, repo: Repository, user: str) -> None:
        super().__init__()
        self.repo = repo
        self.user = user
        self.layer = user
        self.undo_stack = QUndoStack(self)

    def _done(self, document_id: int, what: str, span_id: int | None = None,
              added: Span | None = None, deleted: Span | None = None) -> None:
        if added is not None or deleted is not None:
            self.spanEdited.emit(document_id, added, deleted)
        else:
            self.documentChanged.emit(document_id)
        self.spanTouched.emit(document_id, span_id)
        self.saved.emit(what)

    # The commands call these; the UI calls the push_* methods.
    def add_span(self, document_id: int, start: int, end: int, label: str,
                 span_id: int | None = None) -> Span:
        span = self.repo.add_span(document_id, self.layer, start, end, label, span_id=span_id)
        self._done(document_id, f"added {label} «{span.text}»", span.id, added=span)
        return span

    def delete_span(self, span_id: int) -> Span:
        span = self.repo.delete_span(span_id)
        assert span.document_id is not None
        self._done(span.document_id, f"deleted {span.label} «{span.text}»", deleted=span)
        return span

    def relabel(self, span_id: int, label: str) -> Span:
        span = self.repo.relabel_span(span_id, label)
        assert span.document_id is not None
        self._done(span.document_id, f"relabelled «{span.text}» as {label}", span_id)
        return span

    def move(self, span_id: int, start: int, end: int) -> Span:
        span = self.repo.move_span(span_id, start, end)
        assert span.document_id is not None
        self._done(span.document_id, f"span is now «{span.text}»", span_id)
        return span

    def restore_event(self, ev: Event) -> Event:
        assert ev.document_id is not None
        out = self.repo.add_event(ev.trigger, ev.type, ev.attributes, ev.arguments, ev.id)
        self._done(ev.document_id, f"added {ev.type} event", ev.trigger)
        return out

    def delete_event(self, event_id: int) -> Event:
        ev = self.repo.delete_event(event_id)
        assert ev.document_id is not None
        self._done(ev.document_id, f"deleted {ev.type} event")
        return ev

    def add_argument(self, event_id: int, role: str, span_id: int) -> None:
        ev = self.repo.add_argument(event_id, role, span_id)
        assert ev.document_id is not None
        self._done(ev.document_id, f"{role} of {ev.type} added", span_id)

    def remove_argument(self, event_id: int, role: str, span_id: int) -> None:
        ev = self.repo.remove_argument(event_id, role, span_id)
        assert ev.document_id is not None
        self._done(ev.document_id, f"{role} of {ev.type} removed")

    def set_attributes(self, event_id: int, attributes: dict) -> None:
        ev = self.repo.set_event_attributes(event_id, attributes)
        assert ev.document_id is not None
        self._done(ev.document_id, f"{ev.type} attributes saved")

    def set_status(self, document_id: int, status: str, layer: str | None = None) -> None:
        self.repo.set_status(document_id, layer or self.layer, status)
        self._done(document_id, f"marked {status.replace('_', ' ')}")

    def gold_done(self, document_id: int, what: str) -> None:
        """A gold edit is committed: the review redraws it, the document list its status."""
        self.goldChanged.emit(document_id)
        self.documentChanged.emit(document_id)
        self.saved.emit(what)

    # ------------------------------------------------------------ undoable API
    # Each push_* applies the edit first, so a refused edit (duplicate span, unknown
    # label) raises to the caller and leaves nothing on the undo stack.
    def push_add(self, document_id: int, start: int, end: int, label: str) -> Span:
        span = self.add_span(document_id, start, end, label)
        self.push_applied(AddSpanCommand(self, document_id, start, end, label, span.id))
        return span

    def push_delete(self, span: Span) -> list[str]:
        """Delete a span with the events it triggers and the arguments it fills.

        Returns what went with it (for a warning); undo restores all of it.
        """
        assert span.id is not None
        events = [self.repo.event(e) for e in self.repo.events_triggered_by(span.id)]
        filled = self.repo.arguments_filled_by(span.id)
        lost = [f"the {ev.type} event it triggers" for ev in events]
        lost += [f"its role {role} in {self.repo.event(e).type}" for e, role in filled
                 if all(e != ev.id for ev in events)]
        for ev in events:
            assert ev.id is not None
            self.repo.delete_event(ev.id)
        self.delete_span(span.id)
        self.push_applied(DeleteSpanCommand(self, span, events, filled))
        return lost

    def push_restore(self, span: Span) -> Span:
        """Bring back a span deleted earlier (from the change log), under its old id and
        identity, as an undoable edit."""
        assert span.document_id is not None and span.id is not None
        back = self.add_span(span.document_id, span.start, span.end, span.label, span.id)
        command = AddSpanCommand(self, span.document_id, span.start, span.end, span.label,
                                 back.id)
        command.setText(f"Restore {span.label}")
        self.push_applied(command)
        return back

    def push_add_event(self, document_id: int, start: int, end: int, event_type: str) -> Event:
        span = self.repo.add_span(document_id, self.layer, start, end, event_type)
        assert span.id is not None
        try:
            ev = self.repo.add_event(span.id, event_type)
        except UserError:
            self.repo.delete_span(span.id)
            raise
        self._done(document_id, f"added {event_type} event «{span.text}»", span.id)
        self.push_applied(AddEventCommand(self, span, ev))
        return ev

    def push_argument(self, event_id: int, role: str, span_id: int, add: bool = True) -> None:
        if add:
            self.add_argument(event_id, role, span_id)
        else:
            self.remove_argument(event_id, role, span_id)
        self.push_applied(ArgumentCommand(self, event_id, role, span_id, add))

    def push_attributes(self, event_id: int, attributes: dict) -> None:
        before = self.repo.event(event_id).attributes
        if before != attributes:
            self.set_attributes(event_id, attributes)
            self.push_applied(AttributesCommand(self, event_id, before, attributes))

    def push_relabel(self, span: Span, label: str) -> None:
        assert span.id is not None
        self.relabel(span.id, label)
        self.push_applied(RelabelCommand(self, span, label))

    def push_move(self, span: Span, start: int, end: int, what: str = "Trim") -> None:
        assert span.id is not None
        self.move(span.id, start, end)
        self.push_applied(MoveSpanCommand(self, span, start, end, what))

    def push_status(self, document_id: int, status: str, layer: str | None = None) -> None:
        """Set the status of a document in the user's layer, or in `layer` (gold)."""
        layer = layer or self.layer
        before = self.repo.status(document_id, layer)
        if before != status:
            self.set_status(document_id, status, layer)
            self.push_applied(StatusCommand(self, document_id, layer, before, status))

    def push_applied(self, command: Command) -> None:
        """Put an edit that is already applied and committed on the undo stack."""
        command.applied = True
        self.undo_stack.push(command)


class Command(QUndoCommand):
    """An edit already applied when pushed: the stack's first redo() does nothing."""

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.applied = False

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, fn) -> None:
        # An exception cannot cross back into Qt: report it and drop the command.
        try:
            fn()
        except UserError as exc:
            self.session.saved.emit(f"could not {lower_first(self.text())}: {exc}")
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddSpanCommand(Command):
    def __init__(self, session: Session, document_id: int, start: int, end: int,
                 label: str, span_id: int | None) -> None:
        super().__init__(session, f"Add {label}")
        self.document_id, self.start, self.end, self.label = document_id, start, end, label
        self.span_id = span_id

    def do(self) -> None:
        span = self.session.add_span(self.document_id, self.start, self.end, self.label,
                                     self.span_id)
        self.span_id = span.id

    def undo_it(self) -> None:
        assert self.span_id is not None
        self.session.delete_span(self.span_id)


class DeleteSpanCommand(Command):
    def __init__(self, session: Session, span: Span, events: list[Event],
                 filled: list[tuple[int, str]]) -> None:
        super().__init__(session, f"Delete {span.label}")
        self.span, self.events = span, events
        own = {ev.id for ev in events}
        self.filled = [(e, role) for e, role in filled if e not in own]

    def do(self) -> None:
        assert self.span.id is not None
        for ev in self.events:
            assert ev.id is not None
            self.session.delete_event(ev.id)
        self.session.delete_span(self.span.id)

    def undo_it(self) -> None:
        s = self.span
        assert s.document_id is not None and s.id is not None
        self.session.add_span(s.document_id, s.start, s.end, s.label, span_id=s.id)
        for ev in self.events:
            self.session.restore_event(ev)
        for event_id, role in self.filled:
            self.session.add_argument(event_id, role, s.id)


class RelabelCommand(Command):
    def __init__(self, session: Session, span: Span, label: str) -> None:
        super().__init__(session, f"Relabel {span.label} as {label}")
        self.span_id, self.before, self.after = span.id, span.label, label

    def do(self) -> None:
        assert self.span_id is not None
        self.session.relabel(self.span_id, self.after)

    def undo_it(self) -> None:
        assert self.span_id is not None
        self.session.relabel(self.span_id, self.before)


class MoveSpanCommand(Command):
    def __init__(self, session: Session, span: Span, start: int, end: int, what: str) -> None:
        super().__init__(session, f"{what} «{span.text}»")
        self.span_id = span.id
        self.before = (span.start, span.end)
        self.after = (start, end)

    def do(self) -> None:
        assert self.span_id is not None
        self.session.move(self.span_id, *self.after)

    def undo_it(self) -> None:
        assert self.span_id is not None
        self.session.move(self.span_id, *self.before)


class StatusCommand(Command):
    def __init__(self, session: Session, document_id: int, layer: str, before: str,
                 after: str) -> None:
        super().__init__(session, f"Mark {after.replace('_', ' ')}")
        self.document_id, self.layer, self.before, self.after = document_id, layer, before, after

    def do(self) -> None:
        self.session.set_status(self.document_id, self.after, self.layer)

    def undo_it(self) -> None:
        self.session.set_status(self.document_id, self.before, self.layer)


class AddEventCommand(Command):
    """A trigger span and its event, created and undone together."""

    def __init__(self, session: Session, span: Span, event: Event) -> None:
        super().__init__(session, f"Add {event.type} event")
        self.span, self.event = span, event

    def do(self) -> None:
        s, ev = self.span, self.event
        assert s.document_id is not None and ev.id is not None
        self.session.add_span(s.document_id, s.start, s.end, s.label, span_id=s.id)
        self.session.restore_event(ev)

    def undo_it(self) -> None:
        assert self.event.id is not None and self.span.id is not None
        self.session.delete_event(self.event.id)
        self.session.delete_span(self.span.id)


class ArgumentCommand(Command):
    def __init__(self, session: Session, event_id: int, role: str, span_id: int,
                 add: bool) -> None:
        super().__init__(session, f"{'Add' if add else 'Remove'} {role}")
        self.args = (event_id, role, span_id)
        self.add = add

    def do(self) -> None:
        (self.session.add_argument if self.add else self.session.remove_argument)(*self.args)

    def undo_it(self) -> None:
        (self.session.remove_argument if self.add else self.session.add_argument)(*self.args)


class AttributesCommand(Command):
    def __init__(self, session: Session, event_id: int, before: dict, after: dict) -> None:
        super().__init__(session, "Edit attributes")
        self.event_id, self.before, self.after = event_id, before, after

    def do(self) -> None:
        self.session.set_attributes(self.event_id, self.after)

    def undo_it(self) -> None:
        self.session.set_attributes(self.event_id, self.before)
