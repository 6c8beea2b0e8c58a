"""Edit → Find in project (Ctrl+Shift+F): every document's text, through the matching view.

The query ignores what the Arabic text may vary in (hamza forms, ى/ي, ة/ه, tashkeel,
tatweel, invisible characters: core.arabic). Hits are listed with the line around them
(user text as plain text, right to left, the hit highlighted); activating one
(double-click, Return) asks the window to open its document with exactly the hit's
stored characters selected. The search itself is the store's
(`Repository.find_in_project`): candidates from the project's trigram index, hits found
in the stored texts, a page at a time ("Show more hits").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.project_search import SearchHit, SearchPage
from annotator.ui.bidi import RightToLeftDelegate, plain_tooltip
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.models.table_model import ColumnsModel, Index

Search = Callable[[str, int, int], SearchPage]  # (query, after document, limit)
PAGE = 200  # hits asked for at a time
DEBOUNCE_MS = 300  # typing pauses this long before the search runs by itself
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_HIT = QColor(255, 213, 79)


class HitModel(ColumnsModel):
    """The hits found so far: document title, and the hit in its line."""

    COLUMNS = (QT_TRANSLATE_NOOP("HitModel", "Document"), QT_TRANSLATE_NOOP("HitModel", "Text"))

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def add_hits(self, hits: tuple[SearchHit, ...]) -> None:
        if hits:
            first = len(self.hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self.hits.extend(hits)
            self.endInsertRows()

    def row_total(self) -> int:
        return len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return hit
        line = hit.before + hit.text + hit.after
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title if index.column() == 0 else line
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{hit.title}\n{line}\n[{hit.start}, {hit.end})")
        return None


class HitDelegate(QStyledItemDelegate):
    """The Text column: the line right to left as plain text, the hit highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Index) -> None:
        hit = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the row's background and selection only
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        line = hit.before + hit.text + hit.after
        layout = QTextLayout(line, QFont(opt.font))
        text_option = QTextOption(Qt.AlignmentFlag.AlignRight)
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        marked = QTextCharFormat()
        marked.setBackground(_HIT)
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(QColor("black"))
        span = QTextLayout.FormatRange()
        span.start, span.length, span.format = len(hit.before), len(hit.text), marked
        layout.setFormats([span])
        rect = QRectF(opt.rect).adjusted(4, 0, -4, 0)
        layout.beginLayout()
        text_line = layout.createLine()
        text_line.setLineWidth(rect.width())
        layout.endLayout()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        top = rect.top() + (rect.height() - text_line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()


class FindPanel(QWidget):
    """The query box, the hits, and a line saying how many (and whether there are more)."""

    hitActivated = Signal(int, int, int)  # document id, start, end (stored offsets)

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findInProjectPanel")
        self._search = search
        self.query = QLineEdit()
        self.query.setObjectName("findInProjectQuery")
        self.query.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr(
            "Find in the text of every document (ignores diacritics, tatweel, أ/إ/ا, "
            "ى/ي, ة/ه)"))
        self.model = HitModel()
        self.results = QTableView()
        self.results.setObjectName("findInProjectResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(26)
        self.results.setWordWrap(False)
        self.results.setItemDelegateForColumn(0, RightToLeftDelegate(self.results))
        self.results.setItemDelegateForColumn(1, HitDelegate(self.results))
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("findInProjectSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QPushButton(self.tr("Show more hits"))
        self.more.setObjectName("findInProjectMore")
        self.more.setVisible(False)
        self.indexing = QLabel()
        self.indexing.setObjectName("findInProjectIndexing")
        self.indexing.setTextFormat(Qt.TextFormat.PlainText)
        self.indexing.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.indexing)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._search_typed)
        self.query.textChanged.connect(lambda _: self.timer.start())
        self.query.returnPressed.connect(self._return_pressed)
        self.query.installEventFilter(self)
        self.more.clicked.connect(self.show_more)
        self.results.activated.connect(self._activated)
        self._shown_query = ""
        self._after: int | None = None

    # ----------------------------------------------------------------- search
    def search(self, query: str) -> None:
        """Show the first hits of `query` (the box shows it too)."""
        self.timer.stop()
        if self.query.text() != query:
            self.query.blockSignals(True)
            self.query.setText(query)
            self.query.blockSignals(False)
        self._shown_query = query
        page = self._search(query, 0, PAGE) if query.strip() else SearchPage((), None)
        self.model.set_hits(page.hits)
        self._after = page.next_after
        self._summarize()
        if page.hits:
            self.results.selectRow(0)

    def _search_typed(self) -> None:
        self.timer.stop()
        if self.query.text() != self._shown_query:
            self.search(self.query.text())

    def _return_pressed(self) -> None:
        """Return searches a changed query; on the hits of the query shown, it opens the
        selected hit (type, Down, Down, Return: as in a browser's address bar)."""
        if self.query.text() != self._shown_query:
            self._search_typed()
        elif self.results.currentIndex().isValid():
            self._activated(self.results.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up, Down, Page Up and Page Down in the query box move through the hits."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _MOVES and self.model.rowCount():
                QApplication.sendEvent(self.results, QKeyEvent(
                    event.type(), event.key(), event.modifiers()))
                return True
        return super().eventFilter(watched, event)

    def show_more(self) -> None:
        if self._after is None:
            return
        page = self._search(self._shown_query, self._after, PAGE)
        self.model.add_hits(page.hits)
        self._after = page.next_after
        self._summarize()

    def hit_count(self) -> int:
        return len(self.model.hits)

    def _summarize(self) -> None:
        hits = self.model.hits
        if not self._shown_query.strip():
            text = ""
        elif not hits:
            text = self.tr("No hits")
        else:
            documents = len({h.document_id for h in hits})
            text = self.tr("{0} hits in {1} documents").format(len(hits), documents)
            if self._after is not None:
                text += self.tr(" (more in later documents)")
        self.summary.setText(text)
        self.more.setVisible(self._after is not None)

    def set_indexing(self, left: int) -> None:
        """How many documents the search index still lacks (they are searched all the
        same, only more slowly); 0 hides the note."""
        self.indexing.setVisible(left > 0)
        self.indexing.setText(self.tr("Indexing: {0} documents left").format(left))

    # ------------------------------------------------------------- activation
    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.data(index, Qt.ItemDataRole.UserRole)
        if isinstance(hit, SearchHit):
            self.hitActivated.emit(hit.document_id, hit.start, hit.end)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()
