"""The document list: lazy, so 100,000 documents open and scroll without loading texts.

The model holds only the ordered ids; titles, statuses and span counts are fetched a
page at a time when a row is first shown, and a page is dropped when it is edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.store.repository import Repository
from annotator.ui.bidi import plain_tooltip
from annotator.ui.models.table_model import ColumnsModel, Index

PAGE = 200
STATUS_TEXT = {"new": "new", "in_progress": "in progress", "done": "done", "skipped": "skipped"}
STATUS_COLOR = {"done": "#2e7d32", "in_progress": "#ef6c00", "skipped": "#757575"}


class DocumentListModel(ColumnsModel):
    COLUMNS = ("Title", "Status", "Spans")

    def __init__(self, repo: Repository, layer: str) -> None:
        super().__init__()
        self.repo = repo
        self.layer = layer
        self.query = ""
        self.ids: list[int] = []
        self._pages: dict[int, dict[int, tuple[str, str, int]]] = {}
        self.reload()

    def reload(self, query: str | None = None) -> None:
        self.beginResetModel()
        if query is not None:
            self.query = query
        self.ids = self.repo.find_document_ids(self.query)
        self._pages.clear()
        self.endResetModel()

    def refresh_document(self, document_id: int) -> None:
        """Re-read one row (status or span count changed)."""
        try:
            row = self.ids.index(document_id)
        except ValueError:
            return
        self._pages.pop(row // PAGE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, document_id: int) -> int:
        try:
            return self.ids.index(document_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> tuple[str, str, int]:
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            ids = self.ids[page * PAGE:(page + 1) * PAGE]
            cached = self.repo.document_rows(ids, self.layer)
            if len(self._pages) > 50:
                self._pages.clear()
            self._pages[page] = cached
        return cached.get(self.ids[row], ("", "new", 0))

    def row_total(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[row]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        title, status, count = self._row(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOR[status]) if col == 1 and status in STATUS_COLOR else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return plain_tooltip(title)
        if col == 0:
            return title
        if col == 1:
            return STATUS_TEXT.get(status, status)
        return count
