"""The span table of the current document: text, label, start, end in text order.

The label column is editable; an edit is not applied here but handed to the window
as a relabel request, so it goes through the undo stack like every other edit.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from annotator.core.changes import Change
from annotator.core.spans import text_order
from annotator.core.types import Span
from annotator.ui.bidi import plain_tooltip
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.models.table_model import ColumnsModel, Index


class SpanTableModel(ColumnsModel):
    COLUMNS = (QT_TRANSLATE_NOOP("SpanTableModel", "Text"),
               QT_TRANSLATE_NOOP("SpanTableModel", "Label"),
               QT_TRANSLATE_NOOP("SpanTableModel", "Start"),
               QT_TRANSLATE_NOOP("SpanTableModel", "End"))
    relabelRequested = Signal(int, str)  # span id, label

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[Span] = []
        self.colors: dict[str, str] = {}
        self.label_names: list[str] = []
        self.shown_labels: dict[str, str] = {}  # code -> name shown (ui/names.py)

    def set_spans(self, spans: list[Span]) -> None:
        self.beginResetModel()
        self.spans = sorted(spans, key=text_order)
        self.endResetModel()

    def add_span(self, span: Span) -> None:
        row = bisect_right(self.spans, text_order(span), key=text_order)
        self.beginInsertRows(QModelIndex(), row, row)
        self.spans.insert(row, span)
        self.endInsertRows()

    def remove_span(self, span_id: int) -> None:
        row = self.row_of(span_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.spans[row]
            self.endRemoveRows()

    def update_span(self, span: Span) -> None:
        """A relabelled or moved span: its row in place, or moved if its order changed."""
        row = self.row_of(span.id)
        if row < 0:
            self.add_span(span)
            return
        neighbours = self.spans[:row] + self.spans[row + 1:]
        if bisect_right(neighbours, text_order(span), key=text_order) == row:
            self.spans[row] = span
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        else:
            assert span.id is not None
            self.remove_span(span.id)
            self.add_span(span)

    def apply(self, change: Change) -> None:
        """Rows inserted, removed and updated for one committed action."""
        for span in change.spans_removed:
            if span.id is not None:
                self.remove_span(span.id)
        for span in change.spans_modified:
            self.update_span(span)
        for span in change.spans_added:
            self.add_span(span)

    def row_of(self, span_id: int | None) -> int:
        return next((i for i, s in enumerate(self.spans) if s.id == span_id), -1)

    def row_total(self) -> int:
        return len(self.spans)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        span = self.spans[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return span.id
        if role == Qt.ItemDataRole.DisplayRole and col == 1:
            return self.shown_labels.get(span.label, span.label)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (span.text, span.label, span.start, span.end)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"«{span.text}» {span.label} [{span.start}, {span.end})")
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(self.colors.get(span.label, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        span = self.spans[index.row()]
        if value == span.label or value not in self.label_names or span.id is None:
            return False
        self.relabelRequested.emit(span.id, str(value))
        return True
