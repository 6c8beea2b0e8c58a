"""The compare toggle: another annotator's layer drawn read-only over the user's own.

The other layer's spans are an Overlay (dashed outlines), never the view's own spans,
so clicks and label keys cannot reach them. The choice stays on across documents.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annotator.core.changes import Change
from annotator.core.types import Span
from annotator.ui.bidi import LRM, isolate
from annotator.ui.overlay import Overlay
from annotator.ui.session import Session
from annotator.ui.text_view import TextView

ShowMessage = Callable[[str, int], None]


class CompareController(QObject):
    """Draws the compared layer over `view` when a document opens, when the choice
    changes, and when work from outside (a merge) changed the layers; the user's own
    edits never touch another layer, so they never redraw it."""

    def __init__(self, session: Session, view: TextView, toggle: QAction,
                 show_message: ShowMessage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.view = session, view
        self.repo, self.document = session.repo, session.document
        self.show_message = show_message
        self.layer: str | None = None
        self.toggle = toggle
        self.menu = QMenu(self.tr("Co&mpare with"), view)
        self.menu.setObjectName("compareMenu")
        self.menu.aboutToShow.connect(self._fill)
        self._fill()
        self.toggle.toggled.connect(self._toggled)
        self.document.opened.connect(lambda _doc: self.reload())
        session.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.ok and (change.documents or (change.layer == self.layer
                                               and change.document_id == self.document.id)):
            self.reload()

    def others(self) -> list[str]:
        return [name for name in self.repo.layers() if name != self.session.layer]

    def _fill(self) -> None:
        """One checkable entry per other layer, then the on/off toggle."""
        self.menu.clear()
        for name in self.others():
            action = self.menu.addAction(name)
            action.setObjectName(f"compareWith_{name}")
            action.setCheckable(True)
            action.setChecked(self.toggle.isChecked() and name == self.layer)
            action.triggered.connect(lambda _=False, n=name: self.choose(n))
        self.menu.addSeparator()
        self.menu.addAction(self.toggle)

    def choose(self, layer: str) -> None:
        self.layer = layer
        if self.toggle.isChecked():
            self.reload()
        else:
            self.toggle.setChecked(True)

    def _toggled(self, on: bool) -> None:
        if on and self.layer is None:
            self.layer = self._default_layer()
            if self.layer is None:
                self.show_message(self.tr("No other layer to compare with yet."), 5000)
                self.toggle.setChecked(False)
                return
        if on:
            self.show_message(self.tr("Comparing with {0}: dashed boxes, read-only "
                                      "(Ctrl+Shift+C hides them).").format(self.layer), 6000)
        self.reload()

    def _default_layer(self) -> str | None:
        """The first other layer with spans on this document, else the first other."""
        others = self.others()
        doc = self.document.id
        with_spans = [n for n in others if doc is not None and self.repo.spans(doc, n)]
        return (with_spans or others)[0] if with_spans or others else None

    def reload(self) -> None:
        """Redraw the compared layer for the current document (or nothing when off)."""
        view, doc, layer = self.view, self.document.id, self.layer
        if not self.toggle.isChecked() or doc is None or layer is None:
            view.set_overlays([])
            return

        def describe(s: Span) -> str:
            return LRM + self.tr("{0} (read-only): {1} «{2}» [{3}, {4})").format(
                layer, s.label, isolate(s.text), s.start, s.end)

        view.set_overlays([Overlay(self.repo.spans(doc, layer), describe)])
