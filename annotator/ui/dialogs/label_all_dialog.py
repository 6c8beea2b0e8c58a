"""The confirmation before label-all reaches other documents: every occurrence, listed.

The user sees each document and the words around each occurrence, then labels them in
this document only, or everywhere (one undo step either way), or cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.bidi import isolate

MAX_ROWS = 500  # listed; the rest are counted
CONTEXT = 30  # characters shown on each side of an occurrence


def context(text: str, start: int, end: int) -> str:
    """"…words before «name» words after…" on one line."""
    before = text[max(0, start - CONTEXT):start].replace("\n", " ")
    after = text[end:end + CONTEXT].replace("\n", " ")
    return f"…{before}«{text[start:end]}»{after}…"


class LabelAllDialog(QDialog):
    """`rows` are (document title, context) for the occurrences in other documents;
    `here` and `elsewhere` count the occurrences here and in `documents` others.
    After exec: `everywhere` says which button was pressed."""

    def __init__(self, name: str, label: str, here: int, elsewhere: int, documents: int,
                 rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelAllDialog")
        self.setWindowTitle(self.tr("Label all occurrences"))
        self.everywhere = False
        intro = QLabel(self.tr(
            "«{0}» ({1}) occurs, unlabelled, {2} more time(s) in this document and {3} "
            "time(s) in {4} other document(s) (not those you marked done):").format(
                isolate(name), label, here, elsewhere, documents))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        table = QTableWidget(min(len(rows), MAX_ROWS), 2)
        table.setObjectName("labelAllOccurrences")
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Occurrence")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (title, ctx) in enumerate(rows[:MAX_ROWS]):
            for c, value in enumerate((title, ctx)):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        if len(rows) > MAX_ROWS:
            more = QLabel(self.tr("… and {0} more.").format(len(rows) - MAX_ROWS))
            layout.addWidget(more)
        buttons = QDialogButtonBox()
        self.all_button = QPushButton(self.tr("Label all {0}").format(here + elsewhere))
        self.all_button.setObjectName("labelAllEverywhere")
        self.here_button = QPushButton(self.tr("Only this document ({0})").format(here))
        self.here_button.setObjectName("labelAllHere")
        self.here_button.setEnabled(here > 0)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.here_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_button.clicked.connect(lambda: self._choose(True))
        self.here_button.clicked.connect(lambda: self._choose(False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.all_button.setDefault(True)
        self.resize(760, 460)

    def _choose(self, everywhere: bool) -> None:
        self.everywhere = everywhere
        self.accept()
