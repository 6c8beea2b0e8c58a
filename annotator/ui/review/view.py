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
from annotator.ui.review.model import CandidateListModel
from annotator.ui.text_view import TextView

GOLD_COLOR = "#b8860b"


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
        self.list = QTableView()
        self.list.setObjectName("reviewList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)
        self.list.setItemDelegateForColumn(3, RightToLeftDelegate(self.list))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        metrics = self.list.fontMetrics()
        for col, sample in ((0, "000"), (1, "in gold (unanimous)"), (2, "ARMED_GROUP event"),
                            (4, "amina, badr, chadi"), (5, "[00000, 00000)")):
            header.resizeSection(col, metrics.horizontalAdvance(sample) + 28)
        legend = QLabel("Solid gold boxes: the gold layer.  Coloured marks: every annotator's "
                        "candidates (hover for who marked them).  F8/J next, Shift+F8 "
                        "previous, Return accept, X reject, E set boundary to the selected "
                        "text, a label key relabels the selected gold span.")
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
