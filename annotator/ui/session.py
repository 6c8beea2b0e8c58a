"""The editing session: one user's layer in one project, and the edits as undo commands.

Each command writes to SQLite first (the repository commits) and only then tells the
view to repaint, so whatever the window shows is already on disk. Commands remember
their document, so undo and redo work after switching documents.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.errors import UserError
from annotator.core.types import Span
from annotator.store.repository import Repository


class Session(QObject):
    documentChanged = Signal(int)  # spans or status of this document changed
    saved = Signal(str)  # what was saved
    spanTouched = Signal(int, object)  # document id, span id (or None) to select

    def __init__(self, repo: Repository, user: str) -> None:
        super().__init__()
        self.repo = repo
        self.user = user
        self.layer = user
        self.undo_stack = QUndoStack(self)

    def _done(self, document_id: int, what: str, span_id: int | None = None) -> None:
        self.documentChanged.emit(document_id)
        self.spanTouched.emit(document_id, span_id)
        self.saved.emit(what)

    # The commands call these; the UI calls the push_* methods.
    def add_span(self, document_id: int, start: int, end: int, label: str,
                 span_id: int | None = None) -> Span:
        span = self.repo.add_span(document_id, self.layer, start, end, label, span_id=span_id)
        self._done(document_id, f"added {label} «{span.text}»", span.id)
        return span

    def delete_span(self, span_id: int) -> Span:
        span = self.repo.delete_span(span_id)
        assert span.document_id is not None
        self._done(span.document_id, f"deleted {span.label} «{span.text}»")
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

    def set_status(self, document_id: int, status: str) -> None:
        self.repo.set_status(document_id, self.layer, status)
        self._done(document_id, f"marked {status.replace('_', ' ')}")

    # ------------------------------------------------------------ undoable API
    # Each push_* applies the edit first, so a refused edit (duplicate span, unknown
    # label) raises to the caller and leaves nothing on the undo stack.
    def push_add(self, document_id: int, start: int, end: int, label: str) -> Span:
        span = self.add_span(document_id, start, end, label)
        self._push(AddSpanCommand(self, document_id, start, end, label, span.id))
        return span

    def push_delete(self, span: Span) -> None:
        assert span.id is not None
        self.delete_span(span.id)
        self._push(DeleteSpanCommand(self, span))

    def push_relabel(self, span: Span, label: str) -> None:
        assert span.id is not None
        self.relabel(span.id, label)
        self._push(RelabelCommand(self, span, label))

    def push_move(self, span: Span, start: int, end: int, what: str = "Trim") -> None:
        assert span.id is not None
        self.move(span.id, start, end)
        self._push(MoveSpanCommand(self, span, start, end, what))

    def push_status(self, document_id: int, status: str) -> None:
        before = self.repo.status(document_id, self.layer)
        if before != status:
            self.set_status(document_id, status)
            self._push(StatusCommand(self, document_id, before, status))

    def _push(self, command: _Command) -> None:
        command.applied = True
        self.undo_stack.push(command)


class _Command(QUndoCommand):
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
            self.session.saved.emit(f"could not {self.text().lower()}: {exc}")
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddSpanCommand(_Command):
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


class DeleteSpanCommand(_Command):
    def __init__(self, session: Session, span: Span) -> None:
        super().__init__(session, f"Delete {span.label}")
        self.span = span

    def do(self) -> None:
        assert self.span.id is not None
        self.session.delete_span(self.span.id)

    def undo_it(self) -> None:
        s = self.span
        assert s.document_id is not None
        self.session.add_span(s.document_id, s.start, s.end, s.label, span_id=s.id)


class RelabelCommand(_Command):
    def __init__(self, session: Session, span: Span, label: str) -> None:
        super().__init__(session, f"Relabel {span.label} as {label}")
        self.span_id, self.before, self.after = span.id, span.label, label

    def do(self) -> None:
        assert self.span_id is not None
        self.session.relabel(self.span_id, self.after)

    def undo_it(self) -> None:
        assert self.span_id is not None
        self.session.relabel(self.span_id, self.before)


class MoveSpanCommand(_Command):
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


class StatusCommand(_Command):
    def __init__(self, session: Session, document_id: int, before: str, after: str) -> None:
        super().__init__(session, f"Mark {after.replace('_', ' ')}")
        self.document_id, self.before, self.after = document_id, before, after

    def do(self) -> None:
        self.session.set_status(self.document_id, self.after)

    def undo_it(self) -> None:
        self.session.set_status(self.document_id, self.before)
