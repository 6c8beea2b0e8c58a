"""The document list with its filter box and the "only my assigned documents" switch."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.bidi import RightToLeftDelegate
from annotator.ui.models.document_model import REVIEW_COLUMN, DocumentListModel


class DocumentPanel(QWidget):
    documentActivated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setObjectName("documentFilter")
        self.filter.setPlaceholderText(self.tr("Filter titles (ignores diacritics, tatweel, "
                                                "أ/إ/ا, ى/ي)"))
        self.filter.setClearButtonEnabled(True)
        self.assigned_only = QCheckBox()
        self.assigned_only.setObjectName("assignedOnlyToggle")
        self.assigned_only.setToolTip(self.tr("Show only the documents assigned to you; "
                                              "untick to see every document in the project"))
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
        header.setSectionResizeMode(REVIEW_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.assigned_only)
        layout.addWidget(self.view)
        self._current_before_reset: int | None = None
        self._quiet = False  # select_document(emit=False) is moving the current row
        self.filter.textChanged.connect(self.model.reload)
        self.assigned_only.toggled.connect(self.model.set_assigned_only)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._sync_with_model)
        self._sync_with_model()

    def _remember_current(self) -> None:
        self._current_before_reset = self.current_id()

    def _sync_with_model(self) -> None:
        """After the list changed: the open document stays selected if still listed; the
        switch exists only for an annotator with assignments; the Review column only once
        the project has a gold layer."""
        current, self._current_before_reset = self._current_before_reset, None
        if current is not None:
            self.select_document(current, emit=False)
        count = len(self.model.assigned)
        self.assigned_only.setVisible(count > 0)
        self.assigned_only.setText(self.tr("Only my assigned documents ({0})").format(count))
        self.assigned_only.blockSignals(True)
        self.assigned_only.setChecked(self.model.assigned_only)
        self.assigned_only.blockSignals(False)
        self.view.setColumnHidden(REVIEW_COLUMN, not self.model.has_review)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet:
            self.documentActivated.emit(self.model.ids[current.row()])

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.ids[index.row()] if index.isValid() else None

    def select_document(self, document_id: int, emit: bool = True) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        # Not by blocking the selection model's signals: the view repaints the rows
        # whose selection changed on those signals, so the old row stayed highlighted.
        self._quiet = not emit
        try:
            # setCurrentIndex selects the row; selectRow is not used: in a right-to-left
            # layout it finds no column and makes the current index invalid.
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))  # the row (see above)
