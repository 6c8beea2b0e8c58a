"""The span table of the current document: text, label, start, end in text order.

The label column is editable; an edit is not applied here but handed to the window
as a relabel request, so it goes through the undo stack like every other edit.

Rows come from a `SpanIndex` of the model's own: a row's Span is built when the table
shows it, so a document with 50,000 spans fills the table without 50,000 objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from annotator.core.changes import Change
from annotator.core.span_index import SpanIndex, SpanSequence
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
        self.span_index = SpanIndex()
        self.colors: dict[str, str] = {}
        self.label_names: list[str] = []
        self.shown_labels: dict[str, str] = {}  # code -> name shown (ui/names.py)

    @property
    def spans(self) -> SpanSequence:
        """The rows' spans in text order, as a read-only list (built when read)."""
        return SpanSequence(self.span_index)

    def set_spans(self, spans: Sequence[Span]) -> None:
        self.set_index(SpanIndex.of(spans))

    def set_index(self, index: SpanIndex) -> None:
        """Show these spans (the model keeps the index: give it its own copy)."""
        self.beginResetModel()
        self.span_index = index
        self.endResetModel()

    def add_span(self, span: Span) -> None:
        if self.row_of(span.id) >= 0:  # already here (read with the rest of the spans)
            self.update_span(span)
            return
        row = self.span_index.insertion_point(span)
        self.beginInsertRows(QModelIndex(), row, row)
        self.span_index.insert(span)
        self.endInsertRows()

    def remove_span(self, span_id: int) -> None:
        row = self.row_of(span_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            self.span_index.remove(span_id)
            self.endRemoveRows()

    def update_span(self, span: Span) -> None:
        """A relabelled or moved span: its row in place, or moved if its order changed."""
        assert span.id is not None
        row = self.row_of(span.id)
        if row < 0:
            row = self.span_index.insertion_point(span)
            self.beginInsertRows(QModelIndex(), row, row)
            self.span_index.insert(span)
            self.endInsertRows()
        elif self.span_index.insertion_point(span) in (row, row + 1):  # the same place
            self.span_index.replace(span)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        else:
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
        row = self.span_index.position(span_id)
        return -1 if row is None else row

    def row_total(self) -> int:
        return len(self.span_index)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        span = self.span_index.span_at(index.row())
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
        span = self.span_index.span_at(index.row())
        if value == span.label or value not in self.label_names or span.id is None:
            return False
        self.relabelRequested.emit(span.id, str(value))
        return True
