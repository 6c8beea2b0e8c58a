"""Review decisions as undo commands on the session's stack.

Like every other edit, each is committed by the store before the review redraws it
(Session.gold_done), and undo and redo replay it under the same ids.
"""

from __future__ import annotations

from annotator.core.adjudication import Provenance
from annotator.store.gold import GoldWrite
from annotator.ui.session import Command, Session


class GoldWriteCommand(Command):
    """Accept, reject, accept unanimous or a manual gold span: whatever a GoldWrite holds."""

    def __init__(self, session: Session, write: GoldWrite, text: str) -> None:
        super().__init__(session, text)
        self.write = write

    def do(self) -> None:
        self.session.repo.redo_gold_write(self.write)
        self.session.gold_done(self.write.document_id, f"redone: {self.text()}")

    def undo_it(self) -> None:
        self.session.repo.undo_gold_write(self.write)
        self.session.gold_done(self.write.document_id, f"undone: {self.text()}")


class GoldEditCommand(Command):
    """A new boundary or label of a gold span; undo restores its old provenance too."""

    def __init__(self, session: Session, document_id: int, span_id: int,
                 before: tuple[int, int, str], after: tuple[int, int, str],
                 provenance: Provenance | None, text: str) -> None:
        super().__init__(session, text)
        self.document_id, self.span_id = document_id, span_id
        self.before, self.after, self.provenance = before, after, provenance

    def do(self) -> None:
        self.session.repo.edit_gold_span(self.span_id, *self.after)
        self.session.gold_done(self.document_id, f"redone: {self.text()}")

    def undo_it(self) -> None:
        self.session.repo.revert_gold_span(self.span_id, *self.before, self.provenance)
        self.session.gold_done(self.document_id, f"undone: {self.text()}")
