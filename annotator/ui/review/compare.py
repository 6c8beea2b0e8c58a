"""The compare toggle: another annotator's layer drawn read-only over the user's own.

The other layer's spans are an Overlay (dashed outlines), never the view's own spans,
so clicks and label keys cannot reach them. The choice stays on across documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from annotator.core.types import Span
from annotator.ui.bidi import LRM, isolate
from annotator.ui.overlay import Overlay

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class CompareController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.layer: str | None = None
        self.toggle = win.actions.compare_layer
        self.menu = QMenu("Co&mpare with", win)
        self.menu.setObjectName("compareMenu")
        self.menu.aboutToShow.connect(self._fill)
        self._fill()
        self.toggle.toggled.connect(self._toggled)

    def others(self) -> list[str]:
        return [name for name in self.win.repo.layers() if name != self.win.session.layer]

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
                self.win.statusBar().showMessage("No other layer to compare with yet.", 5000)
                self.toggle.setChecked(False)
                return
        if on:
            self.win.statusBar().showMessage(
                f"Comparing with {self.layer}: dashed boxes, read-only "
                "(Ctrl+Shift+C hides them).", 6000)
        self.reload()

    def _default_layer(self) -> str | None:
        """The first other layer with spans on this document, else the first other."""
        others = self.others()
        doc = self.win.document_id
        with_spans = [n for n in others if doc is not None and self.win.repo.spans(doc, n)]
        return (with_spans or others or [None])[0]

    def reload(self) -> None:
        """Redraw the compared layer for the current document (or nothing when off)."""
        view, doc, layer = self.win.text_view, self.win.document_id, self.layer
        if not self.toggle.isChecked() or doc is None or layer is None:
            view.set_overlays([])
            return

        def describe(s: Span) -> str:
            return f"{LRM}{layer} (read-only): {s.label} «{isolate(s.text)}» [{s.start}, {s.end})"

        view.set_overlays([Overlay(self.win.repo.spans(doc, layer), describe)])
