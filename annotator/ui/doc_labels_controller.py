"""Document labels in the window: the Document panel wired to the session.

Each edit in the panel is one undoable session action (one store transaction, logged);
the panel is redrawn from the open document's state when the Change arrives. In review
mode the panel edits gold's document labels and shows what each annotator chose.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from annotator.core.changes import Change
from annotator.core.document_state import OpenDocument
from annotator.core.types import GOLD
from annotator.ui.session import Session
from annotator.ui.widgets.doc_labels_panel import DocumentLabelsPanel


class DocLabelsController(QObject):
    def __init__(self, session: Session, panel: DocumentLabelsPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.panel = session, panel
        self.document = session.document
        self.review = False
        self.document.opened.connect(self._opened)
        self.document.subscribe(self._changed)
        session.changed.connect(self._session_changed)
        panel.valuesEdited.connect(self.edit)
        panel.acceptAgreedRequested.connect(self.accept_agreed)
        self.refresh()

    @property
    def layer(self) -> str:
        return GOLD if self.review else self.session.layer

    def set_review(self, on: bool) -> None:
        """Review mode: gold's document labels, with each annotator's beside them."""
        self.review = on
        self.panel.set_review(on)
        self.refresh()

    def refresh(self) -> None:
        doc = self.document.id
        self.panel.setEnabled(doc is not None)
        if doc is None:
            self.panel.show_values({})
        elif self.review:
            votes = self.session.repo.doc_label_votes(doc)
            self.panel.show_values(votes.gold, votes.values)
        else:
            self.panel.show_values(self.document.doc_labels)

    def edit(self, values: dict[str, Any]) -> None:
        doc = self.document.id
        if doc is not None:
            self.session.push_doc_labels(doc, values, self.layer)
        self.refresh()  # also after a refusal: the buttons show what is stored

    def accept_agreed(self) -> None:
        doc = self.document.id
        if doc is not None and self.review:
            self.session.push_accept_agreed_doc_labels(doc)
            self.refresh()

    def _opened(self, _doc: OpenDocument) -> None:
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.doc_labels and not self.review:
            self.refresh()

    def _session_changed(self, change: Change) -> None:
        if self.review and change.ok and change.document_id == self.document.id and (
                change.gold or change.doc_labels):
            self.refresh()
