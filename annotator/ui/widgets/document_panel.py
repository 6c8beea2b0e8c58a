"""The document list with its filter box and the "only my assigned documents" switch.

The filter waits for a pause in typing (FILTER_DELAY_MS) and then asks the store, which
matches the normalized titles in SQL (store/search.py): a five-letter word typed into a
list of 100,000 documents runs one query, not five reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
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
from annotator.ui.i18n.messages import STATUS_NAMES, status_name
from annotator.ui.models.document_model import REVIEW_COLUMN, DocumentListModel

FILTER_DELAY_MS = 150


class DocumentPanel(QWidget):
    documentActivated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setObjectName("documentFilter")
        self.filter.setPlaceholderText(self.tr(
            "Filter titles (ignores diacritics, tatweel, أ/إ/ا, ى/ي)"))
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
        # Widths from the font, not ResizeToContents: that measured 1,000 rows (each a
        # page read from the project) after every reload, i.e. after every keystroke in
        # the filter.
        metrics = self.view.fontMetrics()
        statuses = max(metrics.horizontalAdvance(status_name(t)) for t in STATUS_NAMES) + 24
        widths = {1: statuses, 2: metrics.horizontalAdvance("000000") + 16,
                  REVIEW_COLUMN: statuses}
        for col, width in widths.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.assigned_only)
        layout.addWidget(self.view)
        self._current_before_reset: int | None = None
        self._quiet = False  # select_document(emit=False) is moving the current row
        # Typing restarts the wait; Return or an emptied box filters at once.
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_edited)
        self.filter.returnPressed.connect(self.apply_filter)
        self.assigned_only.toggled.connect(self.model.set_assigned_only)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._sync_with_model)
        self._sync_with_model()

    def _filter_edited(self, text: str) -> None:
        if text:
            self.filter_timer.start()
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        """List the documents matching the box now (unless they are listed already)."""
        self.filter_timer.stop()
        if self.filter.text() != self.model.query:
            self.model.reload(self.filter.text())

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
