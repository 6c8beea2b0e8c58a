"""The review page: the document with every layer's candidates and gold, and the list of
disagreements to decide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.bidi import RightToLeftDelegate
from annotator.ui.review.model import TEXT, CandidateListModel
from annotator.ui.text_view import TextView

GOLD_COLOR = "#b8860b"
TEXT_SHARE = 0.35  # the Text column never gets less of the list's width


class CandidateTable(QTableView):
    """The candidate list. The other columns take what their contents need; the Text
    column takes the rest, but never less than TEXT_SHARE of the width (a narrow window
    then scrolls sideways rather than squeeze the text to nothing)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        others = 0
        for col in range(model.columnCount()):
            if col != TEXT:
                width = max(self.sizeHintForColumn(col), header.sectionSizeHint(col))
                header.resizeSection(col, width)
                others += width
        available = self.viewport().width()
        header.resizeSection(TEXT, max(int(available * TEXT_SHARE), available - others))


class ReviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.text = TextView()
        self.text.setObjectName("reviewText")
        self.model = CandidateListModel()
        self.list = CandidateTable()
        self.list.setObjectName("reviewList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)
        self.list.setItemDelegateForColumn(TEXT, RightToLeftDelegate(self.list))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.model.modelReset.connect(self.list.fit_columns)
        legend = QLabel(self.tr(
            "Solid gold boxes: the gold layer.  Coloured marks: every annotator's "
            "candidates (hover for who marked them).  F8/J next, Shift+F8 previous, Return "
            "accept (rejects the other versions of the same place), Shift+Return accept "
            "also (keeps both), X reject, E set boundary to the selected text, a label key "
            "relabels the selected gold span."))
        legend.setObjectName("reviewLegend")
        legend.setWordWrap(True)
        legend.setTextFormat(Qt.TextFormat.PlainText)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.text)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(legend)

    def select_row(self, row: int) -> None:
        if row < 0:
            self.list.clearSelection()
            return
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
