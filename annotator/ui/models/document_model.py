"""The document list: lazy, so 100,000 documents open and scroll without loading texts.

The model holds only the ordered ids; titles, statuses and span counts are fetched a
page at a time when a row is first shown, and a page is dropped when it is edited.
With "only my assigned documents" on, the ids are those of the annotator's assignments
(still in import order and still filtered by the search text).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from annotator.core.types import GOLD
from annotator.store.repository import Repository
from annotator.ui.bidi import plain_tooltip
from annotator.ui.i18n.messages import status_name
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.models.table_model import ColumnsModel, Index

PAGE = 200
STATUS_COLOR = {"done": "#2e7d32", "in_progress": "#ef6c00", "skipped": "#757575"}
STATUS_COLUMN, REVIEW_COLUMN = 1, 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status code of a status column

Row = tuple[str, str, int, str]  # title, own status, own span count, review status


class DocumentListModel(ColumnsModel):
    # MainWindow reads the status (or, reviewing, the review) column to find the next
    # document not done.
    COLUMNS = (QT_TRANSLATE_NOOP("DocumentListModel", "Title"),
               QT_TRANSLATE_NOOP("DocumentListModel", "Status"),
               QT_TRANSLATE_NOOP("DocumentListModel", "Spans"),
               QT_TRANSLATE_NOOP("DocumentListModel", "Review"))

    def __init__(self, repo: Repository, layer: str, annotator: str | None = None,
                 load: bool = True) -> None:
        super().__init__()
        self.repo = repo
        self.layer = layer
        self.annotator = annotator or layer
        self.query = ""
        self.ids: list[int] = []
        self.assigned: set[int] = set()
        self.assigned_only = False
        self.has_review = False
        # Another order of the listed ids (least certain first, ui/suggestion_project.py);
        # None: import order. Next document follows the list, so it follows the order.
        self.order: Callable[[list[int]], list[int]] | None = None
        self._pages: dict[int, dict[int, Row]] = {}
        self._positions: dict[int, int] | None = None  # row_of in another order
        if load:  # the window loads it itself, once, when it is assembled
            self.reload()

    def reload(self, query: str | None = None) -> None:
        """Re-read the ids; assignments and the gold layer may have changed since.

        The queries run before the reset, so the view is told once, with the answer."""
        if query is not None:
            self.query = query
        self._read_assignments()
        has_review = self.layer != GOLD and GOLD in self.repo.layers()
        ids = self.repo.find_document_ids(self.query)
        if self.assigned_only:
            ids = [i for i in ids if i in self.assigned]
        if self.order is not None:
            ids = self.order(ids)
        self.beginResetModel()
        self.has_review = has_review
        self.ids = ids
        self._positions = None
        self._pages.clear()
        self.endResetModel()

    def _read_assignments(self) -> None:
        """The first assignments switch the filter on; later ones keep the user's choice."""
        had = bool(self.assigned)
        self.assigned = set(self.repo.assigned_document_ids(self.annotator))
        if not self.assigned:
            self.assigned_only = False
        elif not had:
            self.assigned_only = True

    def set_assigned_only(self, on: bool) -> None:
        if on != self.assigned_only:
            self.assigned_only = on and bool(self.assigned)
            self.reload()

    def refresh_document(self, document_id: int, spans: int | None = None) -> None:
        """Re-read one row (status or span count changed). `spans`: its count in the
        list's layer when the caller knows it (the open document's), so that a label key
        in a document of 50,000 spans does not count them all in SQL again."""
        row = self.row_of(document_id)
        if row < 0:
            return
        page = self._pages.get(row // PAGE)
        if page is not None and document_id in page:
            own = self.repo.document_rows([document_id], self.layer, counts=spans is None)
            gold = self.repo.document_rows([document_id], GOLD, counts=False) \
                if self.has_review else {}
            if document_id in own:
                title, status, count = own[document_id]
                review = gold[document_id][1] if document_id in gold else "new"
                page[document_id] = (title, status, count if spans is None else spans, review)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, document_id: int) -> int:
        """The row of a document, or -1. In import order the ids ascend (a binary
        search); in another order (`order`) a position map is built once per reload."""
        if self.order is None:
            row = bisect_left(self.ids, document_id)
            return row if row < len(self.ids) and self.ids[row] == document_id else -1
        if self._positions is None:
            self._positions = {doc: row for row, doc in enumerate(self.ids)}
        return self._positions.get(document_id, -1)

    def _row(self, row: int) -> Row:
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            ids = self.ids[page * PAGE:(page + 1) * PAGE]
            own = self.repo.document_rows(ids, self.layer)
            gold = self.repo.document_rows(ids, GOLD, counts=False) if self.has_review else {}
            cached = {i: (*own[i], gold[i][1] if i in gold else "new") for i in own}
            if len(self._pages) > 50:
                self._pages.clear()
            self._pages[page] = cached
        return cached.get(self.ids[row], ("", "new", 0, "new"))

    def row_total(self) -> int:
        return len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[row]
        if role == STATUS_ROLE:
            return {STATUS_COLUMN: self._row(row)[1], REVIEW_COLUMN: self._row(row)[3]}.get(col)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        title, status, count, review = self._row(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == 0:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        shown = {STATUS_COLUMN: status, REVIEW_COLUMN: review}.get(col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOR[shown]) if shown in STATUS_COLOR else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return plain_tooltip(title)
        if role == Qt.ItemDataRole.ToolTipRole and col == REVIEW_COLUMN:
            return self.tr("Adjudication (gold layer): {0}").format(status_name(review))
        if col == 0:
            return title
        if shown is not None:
            return status_name(shown)
        return count
