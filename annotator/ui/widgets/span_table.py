"""The span table view with a label chooser for the label column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from annotator.ui.bidi import RightToLeftDelegate
from annotator.ui.models.span_model import SpanTableModel


class LabelDelegate(QStyledItemDelegate):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        box.addItems(self.names)
        return box

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class SpanTable(QTableView):
    def __init__(self, model: SpanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spanTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegateForColumn(1, LabelDelegate(model.label_names, self))
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setItemDelegateForColumn(0, RightToLeftDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not ResizeToContents: that measures up to 1,000 rows
        # (about 24,000 data() calls) after every model reset, i.e. after every edit.
        # The text is what the table is read for: the label column takes a usual label
        # (a longer one is elided; its colour says it too) and the offsets take the digits
        # of the open document's length, so that Text keeps some room in a narrow dock.
        metrics = self.fontMetrics()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, metrics.horizontalAdvance("MILITARY") + 44)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._fit_offsets()
        model.modelReset.connect(self._fit_offsets)

    def _fit_offsets(self) -> None:
        """Start and End as wide as the open document's largest offset (3 digits at least)."""
        model = self.model()
        assert isinstance(model, SpanTableModel)
        digits = max(3, len(str(len(model.span_index.text or ""))))
        header = self.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance("0" * digits) + 14
        for col in (2, 3):
            header.resizeSection(col, max(width, header.sectionSizeHint(col)))

    def select_span(self, span_id: int | None) -> None:
        model = self.model()
        assert isinstance(model, SpanTableModel)
        row = model.row_of(span_id)
        if row < 0:
            self.clearSelection()
            return
        index: QModelIndex = model.index(row, 0)
        # Not selectRow: in a right-to-left layout it asks the header for the column at
        # the viewport's width, finds none when the columns are wider, and selects nothing.
        self.setCurrentIndex(index)
        self.scrollTo(index)
