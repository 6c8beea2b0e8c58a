"""The document list with its filter box."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.bidi import RightToLeftDelegate
from annotator.ui.models.document_model import DocumentListModel


class DocumentPanel(QWidget):
    documentActivated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setObjectName("documentFilter")
        self.filter.setPlaceholderText("Filter titles (ignores diacritics, tatweel, أ/إ/ا, ى/ي)")
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView()
        self.view.setObjectName("documentList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(0, RightToLeftDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.filter.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def _filter(self, text: str) -> None:
        current = self.current_id()
        self.model.reload(text)
        if current is not None and self.model.row_of(current) >= 0:
            self.select_document(current, emit=False)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.documentActivated.emit(self.model.ids[current.row()])

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.ids[index.row()] if index.isValid() else None

    def select_document(self, document_id: int, emit: bool = True) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        if not emit:
            self.view.selectionModel().blockSignals(True)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        if not emit:
            self.view.selectionModel().blockSignals(False)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)
