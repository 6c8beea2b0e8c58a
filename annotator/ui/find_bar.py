"""Find in the document (Ctrl+F): a bar above the text, every hit highlighted.

Matching goes through the normalized Arabic view of core.arabic.find_all (hamza forms,
ى/ي, ة/ه, tashkeel and tatweel ignored), which gives the stored offsets of each hit.
F3 / Shift+F3 (or Return / Shift+Return in the field) step through the hits; the
current hit is selected exactly, character for character, so a label key labels
precisely those characters. Escape closes the bar and returns to the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from annotator.core.arabic import find_all
from annotator.ui.text_view import TextView


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class _Field(QLineEdit):
    """The query: Return steps forward, Shift+Return back, Escape closes the bar."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        if ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.step(-1 if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif ev.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
        else:
            super().keyPressEvent(ev)


class FindBar(QToolBar):
    """`shown()` is the text view on screen (the review page has its own)."""

    def __init__(self, shown: Callable[[], TextView], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Find"), parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.shown = shown
        self.view = shown()
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.field = _Field(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(_tr("Find in this document (hamza, ى/ي, ة/ه and "
                                          "diacritics ignored)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.search())
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(QLabel(_tr("Find:")))
        self.addWidget(self.field)
        self.addWidget(self.count)
        for name, text, delta in (("findPrevious", _tr("Previous"), -1),
                                  ("findNext", _tr("Next"), 1)):
            button = QToolButton()
            button.setObjectName(name)
            button.setText(text)
            button.clicked.connect(lambda _=False, d=delta: self.step(d))
            self.addWidget(button)
        close = QToolButton()
        close.setObjectName("findClose")
        close.setText(_tr("Close"))
        close.clicked.connect(self.close_bar)
        self.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        """Ctrl+F: show the bar with the query selected, searching the open document."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.view.find_hits.set([])
        self.view.viewport().update()
        self.view.setFocus()

    def search(self) -> None:
        """Find the query again (typing, another document opened, review toggled)."""
        if self.isHidden():
            return
        if self.view is not self.shown():
            self.view.find_hits.set([])
            self.view.viewport().update()
            self.view = self.shown()
        self.hits = find_all(self.view.text, self.field.text())
        start = self.view.textCursor().selectionStart()
        here = self.view.positions.from_qt(start)
        self.current = next((i for i, h in enumerate(self.hits) if h[0] >= here),
                            0 if self.hits else -1)
        self._show_current()

    def step(self, delta: int) -> None:
        """F3 / Shift+F3: the next or previous hit, wrapping around."""
        if self.isHidden():
            self.open_bar()
            return
        if not self.hits:
            self.search()
            return
        self.current = (self.current + delta) % len(self.hits)
        self._show_current()

    def _show_current(self) -> None:
        view = self.view
        view.find_hits.set(self.hits, self.current)
        if self.current < 0:
            self.count.setText(_tr("no match") if self.field.text() else "")
        else:
            self.count.setText(_tr("{0} of {1}").format(self.current + 1, len(self.hits)))
            start, end = self.hits[self.current]
            view.select_span(None)
            view.set_selection(start, end)
            view.exact_selection = True  # the stored characters of the hit, not snapped
            view.ensureCursorVisible()
        view.viewport().update()
