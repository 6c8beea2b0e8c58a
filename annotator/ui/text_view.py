"""The read-only right-to-left text view that paints spans itself.

Highlights never touch the QTextDocument (no char formats, no ExtraSelections): only
the spans that intersect the visible blocks are painted, from geometry cached per block,
so a document with thousands of spans repaints about as fast as a plain one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.arabic import snap_to_words
from annotator.core.changes import Change
from annotator.core.schema import SHIFT, canonical_hotkey
from annotator.core.span_index import SpanIndex, SpanSequence
from annotator.core.types import Span
from annotator.ui.bidi import LRM, isolate
from annotator.ui.edge_drag import EdgeDrag
from annotator.ui.find_hits import FindHits
from annotator.ui.overlay import Overlay
from annotator.ui.qt_offsets import PositionMap
from annotator.ui.role_tags import paint_tags
from annotator.ui.span_geometry import (
    LTR,
    BlockPaint,
    Painted,
    ScreenPaint,
    block_paint,
    layout_lines,
    line_rects,
)

FILL_ALPHA = 70
# Blocks whose span geometry is kept: those nearest the screen. Keeping every block of a
# 570,000-character document made Python's collector scan ~300,000 objects, 100 ms.
CACHED_BLOCKS = 400
_GREY = QColor("#888888")
_ARABIC_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
# Shift+digit hotkeys: what Shift makes of the digit keys on a US (and Arabic) layout.
_SHIFTED_DIGITS = dict(zip("!@#$%^&*()", "1234567890", strict=True))

# Keys the window's actions own even while the text has focus.
_WINDOW_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
# With Shift, these extend the selection (then shown snapped to words, like a drag).
_MOVE_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
              Qt.Key.Key_Home, Qt.Key.Key_End}


class TextView(QPlainTextEdit):
    """Shows one document; reports label keys, span clicks and selections in code points."""

    labelKeyPressed = Signal(str)
    spanSelected = Signal(object)  # span id or None
    edgeDragged = Signal(int, int, int)  # span id, new start, new end (on release)
    edgeDragging = Signal(int, int, int)  # the same while the mouse moves
    contextMenuRequestedAt = Signal(QPoint)  # viewport position, after selecting the span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setMouseTracking(True)
        self.setUndoRedoEnabled(False)
        self.text = ""
        self.positions = PositionMap("")
        # The spans as columns in text order; Span objects and lanes only for what is
        # painted or asked for (core/span_index.py): 50,000 spans open and edit fast.
        self.span_index = SpanIndex()
        self.hotkeys: dict[str, str] = {}
        self.colors: dict[str, QColor] = {}
        self.snap = True
        self.exact_selection = False
        self._cache: dict[int, BlockPaint] = {}
        self._generation = 0  # counts forgotten geometry: keys the visible blocks below
        self._visible_key: tuple | None = None
        self._visible: list[tuple[QPointF, BlockPaint]] = []
        self._screen = ScreenPaint()
        # Laying out and measuring the next and previous pages while idle (see _prefetch).
        self.prefetch = True
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._fills: dict[str, QColor] = {}
        self._solids: dict[str, QColor] = {}
        self._selected: int | None = None
        self._emphasis: dict[int, str] = {}
        # Span id -> more tooltip lines (the event a trigger starts, who marked a candidate).
        self.trigger_info: dict[int, str] = {}
        self.overlays: list[Overlay] = []  # read-only spans drawn over the text
        # Suggestions (ui/suggestion_lane.py): drawn like an overlay, in a lane of their
        # own, and kept apart from `overlays`, which the compare toggle replaces.
        self.suggestion_lane: Overlay | None = None
        # Shift+arrows: the selection as the keys made it, and its snapped form as shown
        # (anchor, position); the next key moves on from the former.
        self._keyed: QTextCursor | None = None
        self._keyed_shown: tuple[int, int] | None = None
        self.edges = EdgeDrag(self)  # dragging an edge of the selected span
        self.find_hits = FindHits()  # Find in the document (Ctrl+F): every hit, painted

    # ----------------------------------------------------------------- content
    def set_labels(self, colors: dict[str, str], hotkeys: dict[str, str]) -> None:
        self.colors = {name: QColor(c) for name, c in colors.items()}
        self.hotkeys = {(canonical_hotkey(k) or k.upper()): name
                        for k, name in hotkeys.items() if k}
        self._fills.clear()
        self._solids.clear()
        self._forget_geometry()  # the cached blocks hold the old colours

    def _fill(self, label: str) -> QColor:
        fill = self._fills.get(label)
        if fill is None:
            fill = QColor(self._color(label))
            fill.setAlpha(FILL_ALPHA)
            self._fills[label] = fill
        return fill

    def _solid_fill(self, label: str) -> QColor:
        """The colour of a label's fill over the bare background, as an opaque colour."""
        solid = self._solids.get(label)
        if solid is None:
            base = self.viewport().palette().color(QPalette.ColorRole.Base)
            fill, a = self._fill(label), FILL_ALPHA / 255.0
            solid = self._solids[label] = QColor(
                *(round(f * a + b * (1.0 - a)) for f, b in zip(
                    (fill.red(), fill.green(), fill.blue()),
                    (base.red(), base.green(), base.blue()), strict=True)))
        return solid

    def _color(self, label: str) -> QColor:
        return self.colors.get(label, _GREY)

    def set_text(self, text: str) -> None:
        self.text = text
        self.positions = PositionMap(text)
        self.setPlainText(text)
        self._apply_direction()
        self._apply_margin()
        self._selected = None
        self.set_index(SpanIndex(text))

    def _apply_direction(self) -> None:
        """Force right-to-left on the document: a paragraph starting with Latin stays RTL."""
        opt = QTextOption(self.document().defaultTextOption())
        opt.setTextDirection(Qt.LayoutDirection.RightToLeft)
        opt.setAlignment(Qt.AlignmentFlag.AlignRight)
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(opt)

    @property
    def spans(self) -> SpanSequence:
        """The spans in text order, as a read-only list (built when read)."""
        return SpanSequence(self.span_index)

    def set_spans(self, spans: Sequence[Span]) -> None:
        self.set_index(SpanIndex.of(spans, self.text))

    def set_index(self, index: SpanIndex) -> None:
        """Show these spans (the view keeps the index: give it its own copy)."""
        self.span_index = index
        if self._selected is not None and self._selected not in index:
            self._selected = None
        self._forget_geometry()

    def add_span(self, span: Span) -> None:
        """Show one more span: relanes only its overlapping neighbours and forgets only
        their blocks' geometry (set_spans re-sorts everything and forgets all of it)."""
        self._relane(*self.span_index.insert(span))

    def remove_span(self, span_id: int) -> None:
        removed = self.span_index.remove(span_id)
        if removed is None:
            return
        if self._selected == span_id:
            self._selected = None
        self._relane(*removed[1])

    def update_span(self, span: Span) -> None:
        """A span relabelled or moved: re-lanes only the stretch it covered and covers,
        and forgets only those blocks (the new colour or extent is painted from them)."""
        assert span.id is not None
        self._relane(*self.span_index.replace(span))

    def apply(self, change: Change) -> None:
        """Show what one committed action did to this view's spans, in place."""
        for span in change.spans_removed:
            if span.id is not None:
                self.remove_span(span.id)
        for span in change.spans_modified:
            self.update_span(span)
        for span in change.spans_added:
            self.add_span(span)

    def _relane(self, first: int, last: int) -> None:
        """Forget the blocks of [first, last], whose spans' lanes the index has just
        forgotten (an edit's overlapping neighbours): the next paint recomputes them."""
        doc = self.document()
        a = doc.findBlock(self.positions.to_qt(first)).blockNumber()
        b = doc.findBlock(self.positions.to_qt(last)).blockNumber()
        for number in range(a, (b if b >= 0 else doc.blockCount() - 1) + 1):
            self._cache.pop(number, None)
        self._generation += 1
        self.viewport().update()

    def set_emphasis(self, roles: dict[int, str]) -> None:
        """Spans to mark with a tag (span id -> text), e.g. an event's roles."""
        self._emphasis = dict(roles)
        self.viewport().update()

    def set_overlays(self, overlays: list[Overlay]) -> None:
        self.overlays = overlays
        self.viewport().update()

    def set_suggestion_lane(self, lane: Overlay | None) -> None:
        self.suggestion_lane = lane
        self.viewport().update()

    def _overlays(self) -> list[Overlay]:
        lane = self.suggestion_lane
        return self.overlays if lane is None else [*self.overlays, lane]

    def visible_range(self) -> tuple[int, int]:
        """Code points [start, end) of the blocks on screen (for painting overlays)."""
        blocks = [block for block, _ in self._on_screen()]
        if not blocks:
            return (0, 0)
        last = blocks[-1]
        return (self.positions.from_qt(blocks[0].position()),
                self.positions.from_qt(last.position() + last.length() - 1) + 1)

    def set_font_size(self, points: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.setFont(font)
        self._apply_margin()
        self._forget_geometry()

    def _tag_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.6))
        return font

    def _apply_margin(self) -> None:
        """Room above the first line for role tags."""
        height = QFontMetrics(self._tag_font()).height()
        if self.document().documentMargin() != height:
            self.document().setDocumentMargin(height)

    def _forget_geometry(self, *_: object) -> None:
        self._cache.clear()
        self._generation += 1
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._forget_geometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._forget_geometry()
        elif event.type() == QEvent.Type.PaletteChange:
            self._solids.clear()
            self._forget_geometry()

    # --------------------------------------------------------------- selection
    @property
    def selected_span_id(self) -> int | None:
        return self._selected

    def select_span(self, span_id: int | None, scroll: bool = False) -> None:
        self._selected = span_id
        if span_id is not None and scroll:
            span = self.span_by_id(span_id)
            if span is not None:
                self.scroll_to(span.start, span.end)
        self.viewport().update()
        self.spanSelected.emit(span_id)

    def span_by_id(self, span_id: int) -> Span | None:
        return self.span_index.get(span_id)

    def scroll_to(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.positions.to_qt(end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.clear_selection()

    def selection(self) -> tuple[int, int] | None:
        """The selected range in code points, snapped to words unless exact."""
        cur = self.textCursor()
        if not cur.hasSelection():
            return None
        start = self.positions.from_qt(cur.selectionStart())
        end = self.positions.from_qt(cur.selectionEnd())
        if self.snap and not self.exact_selection:
            start, end = snap_to_words(self.text, start, end)
        return (start, end) if start < end else None

    def set_selection(self, start: int, end: int, backwards: bool = False) -> None:
        """Select [start, end); `backwards` leaves the cursor at the start."""
        cursor = QTextCursor(self.document())
        first, last = (end, start) if backwards else (start, end)
        cursor.setPosition(self.positions.to_qt(first))
        cursor.setPosition(self.positions.to_qt(last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)
        self.exact_selection = False

    def spans_at(self, offset: int) -> list[Span]:
        """Spans containing `offset`, innermost first."""
        hits = [s for s in self._candidates(offset, offset + 1) if s.start <= offset < s.end]
        return sorted(hits, key=lambda s: s.end - s.start)

    def offset_at(self, point: QPoint) -> int | None:
        cursor = self.cursorForPosition(point)
        pos = cursor.position()
        block = cursor.block()
        layout = block.layout()
        # cursorForPosition gives the nearest gap; check the point is on a character.
        rel = pos - block.position()
        line = layout.lineForTextPosition(rel) if layout else None
        if line is None or not line.isValid():
            return None
        offset = self.positions.from_qt(pos)
        for cand in (offset, offset - 1):
            if 0 <= cand < len(self.text) and self._point_on_char(cand, point):
                return cand
        return None

    def _point_on_char(self, offset: int, point: QPoint) -> bool:
        rects = self._range_rects(self.positions.to_qt(offset), self.positions.to_qt(offset + 1))
        return any(r.adjusted(-1, 0, 1, 0).contains(point.toPointF()) for r in rects)

    # ------------------------------------------------------------------ events
    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ShortcutOverride and isinstance(ev, QKeyEvent):
            read_only_text = ev.text().isprintable() and ev.text() and not (
                ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ev.key() in _WINDOW_KEYS or self._hotkey_label(ev) or read_only_text:
                ev.ignore()
                return False
        return super().event(ev)

    def _hotkey_label(self, ev: QKeyEvent) -> str | None:
        mods = ev.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return None
        key = ev.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or Qt.Key.Key_A <= key <= Qt.Key.Key_Z:
            char = chr(key)
        else:
            char = _ARABIC_DIGITS.get(ev.text(), ev.text().upper())
        if mods == Qt.KeyboardModifier.ShiftModifier:  # only Shift+digit hotkeys
            digit = char if char.isdigit() else _SHIFTED_DIGITS.get(ev.text(), "")
            return self.hotkeys.get(SHIFT + digit) if digit else None
        return self.hotkeys.get(char)

    def keyPressEvent(self, ev: QKeyEvent) -> None:  # noqa: N802
        label = self._hotkey_label(ev)
        if label is not None:
            self.labelKeyPressed.emit(label)
            return
        if ev.key() == Qt.Key.Key_Escape:
            self.clear_selection()
            self.select_span(None)
            return
        extend = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier) and \
            ev.key() in _MOVE_KEYS
        if extend and self._keyed is not None and self._cursor_ends() == self._keyed_shown:
            self.setTextCursor(self._keyed)  # move on from where the keys were, not the snap
        super().keyPressEvent(ev)
        if ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.exact_selection = False
        self._text_selection_replaces_span()
        if extend:
            self._show_keyed_snapped()

    def _cursor_ends(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return (cursor.anchor(), cursor.position())

    def _show_keyed_snapped(self) -> None:
        """Shift+arrows: show what a label key would store (the whole words), as a drag
        does on release, and keep the exact keyed selection for the next key, so the
        selection can still shrink a character at a time."""
        keyed = QTextCursor(self.textCursor())
        sel = self.selection()
        backwards = keyed.position() < keyed.anchor()
        if sel is None:
            cursor = QTextCursor(keyed)
            cursor.clearSelection()  # only spaces or punctuation: nothing to label
            self.setTextCursor(cursor)
        else:
            self.set_selection(*sel, backwards=backwards)
        self._keyed, self._keyed_shown = keyed, self._cursor_ends()

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if self.edges.press(ev):
            return
        self.exact_selection = bool(ev.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._keyed = None
        super().mousePressEvent(ev)

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if self.edges.release(ev):
            return
        super().mouseReleaseEvent(ev)
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        if ev.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.exact_selection = True
        if self.textCursor().hasSelection():
            self._text_selection_replaces_span()
            self._show_snapped()
            return
        offset = self.offset_at(ev.position().toPoint())
        hits = self.spans_at(offset) if offset is not None else []
        self.select_span(hits[0].id if hits else None)

    def contextMenuEvent(self, ev) -> None:  # noqa: N802
        """Right-click on a span selects it and asks the window for the role menu."""
        offset = self.offset_at(ev.pos())
        hits = self.spans_at(offset) if offset is not None else []
        if hits:
            self.select_span(hits[0].id)
            self.contextMenuRequestedAt.emit(ev.pos())
        else:
            super().contextMenuEvent(ev)

    def span_rects(self, span: Span) -> list[QRectF]:
        """Where a span is drawn now (viewport coordinates; empty if scrolled away)."""
        return self.range_rects(span.start, span.end)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Where code points [start, end) are on screen (visible blocks only)."""
        return self._range_rects(self.positions.to_qt(start), self.positions.to_qt(end))

    def ranges_rects(self, ranges: Sequence[tuple[int, int]]) -> list[list[QRectF]]:
        """`span_rects` of many code-point ranges in text order (viewport coordinates;
        empty lists for ranges scrolled away), with one walk over the visible blocks
        instead of one per range (the suggestion lane paints dozens per frame)."""
        out: list[list[QRectF]] = [[] for _ in ranges]
        if not ranges:
            return out
        to_qt = self.positions.to_qt
        qt = [(to_qt(a), to_qt(b)) for a, b in ranges]
        starts = [a for a, _ in qt]
        longest = max(b - a for a, b in qt)
        for block, origin in self._on_screen():
            b_start = block.position()
            b_end = b_start + block.length() - 1
            lo = bisect_left(starts, b_start - longest)
            hi = bisect_right(starts, b_end)
            layout, text = block.layout(), block.text()
            for k in range(lo, hi):
                qs, qe = qt[k]
                if qs < b_end + 1 and qe > b_start:
                    a, b = max(qs, b_start) - b_start, min(qe, b_end) - b_start
                    out[k].extend(r.translated(origin) for r in line_rects(layout, a, b, text))
        return out

    def mouseDoubleClickEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        super().mouseDoubleClickEvent(ev)
        self.exact_selection = False
        self._text_selection_replaces_span()
        self._show_snapped()

    def _text_selection_replaces_span(self) -> None:
        """Selecting text deselects the span: a label key must then label the new
        selection, or do nothing, never relabel a span the user has moved away from
        (a drag over only spaces snaps to nothing)."""
        if self._selected is not None and self.textCursor().hasSelection():
            self.select_span(None)

    def _show_snapped(self) -> None:
        """Make the visible selection exactly what a label key would store."""
        sel = self.selection()
        if sel is not None and not self.exact_selection:
            self.set_selection(*sel)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if self.edges.move(ev):
            return
        super().mouseMoveEvent(ev)
        if ev.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self.offset_at(ev.position().toPoint())
        hits = self.spans_at(offset) if offset is not None else []
        extra = [line for ov in self._overlays() for line in ov.tooltip_at(offset)] \
            if offset is not None else []
        if hits or extra:
            tip = "\n".join([f"{LRM}{s.label}: «{isolate(s.text)}» [{s.start}, {s.end})"
                             + (f"\n{self.trigger_info[s.id]}" if s.id in self.trigger_info
                                else "")
                             for s in hits] + extra)
            # Escaped HTML: a tooltip guesses rich text from a tag-like start, so a span
            # text such as "<b>x</b>" would otherwise show as markup.
            html = QtGui.Qt.convertFromPlainText(tip, Qt.WhiteSpaceMode.WhiteSpacePre)
            QToolTip.showText(ev.globalPosition().toPoint(), html, self.viewport())
        else:
            QToolTip.hideText()

    # ---------------------------------------------------------------- painting
    def _candidates(self, start: int, end: int) -> list[Span]:
        index = self.span_index
        return [index.span_at(i) for i in index.overlapping(start, end)]

    def _block_paint(self, block: QTextBlock) -> BlockPaint:
        # Lazy layout of other blocks (scrolling) leaves this one's geometry valid; a
        # relayout of this block (new wrap width or margin) changes its key.
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        key = (count, layout.lineAt(0).width(), layout.position().x()) if count else None
        number = block.blockNumber()
        cached = self._cache.get(number)
        if cached is not None and cached.key == key:
            return cached
        items: list[Painted] = []
        b_start = block.position()
        b_end = b_start + block.length() - 1
        cp_start = self.positions.from_qt(b_start)
        cp_end = self.positions.from_qt(b_end)
        index, to_qt = self.span_index, self.positions.to_qt
        here = index.overlapping(cp_start, cp_end + 1)
        if here:
            index.lanes_over(cp_start, cp_end + 1)  # the block's lanes in one pass
        text = block.text() if here else ""
        block_text = text if LTR.search(text) else None
        lines = layout_lines(layout) if layout is not None and here else []
        for i in here:
            qs, qe = to_qt(index.start_at(i)), to_qt(index.end_at(i))
            if qe <= b_start or qs >= b_end and not (qs == qe == b_end):
                continue
            a, b = max(qs, b_start) - b_start, min(qe, b_end) - b_start
            span, lane = index.span_at(i), index.lane(i)
            for rect in line_rects(layout, a, b, block_text, lines):
                items.append(Painted(span, rect, lane))
        paint = self._cache[number] = block_paint(key, items)
        return paint

    def _range_rects(self, qs: int, qe: int) -> list[QRectF]:
        """Viewport rectangles of a Qt position range (visible blocks only)."""
        out: list[QRectF] = []
        for block, origin in self._on_screen():
            b_start = block.position()
            b_end = b_start + block.length() - 1
            if qs < b_end + 1 and qe > b_start:
                a, b = max(qs, b_start) - b_start, min(qe, b_end) - b_start
                rects = line_rects(block.layout(), a, b, block.text())
                out.extend(r.translated(origin) for r in rects)
        return out

    def _on_screen(self) -> Iterator[tuple[QTextBlock, QPointF]]:
        """The blocks in the viewport, top to bottom, with their viewport origins."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return
        # Each block's top is the previous one's bottom: blockBoundingGeometry walks from
        # the first visible block on every call, so calling it per block is quadratic.
        layout = self.document().documentLayout()
        origin = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        x, top = origin.x(), origin.y()
        height = self.viewport().height()
        while block.isValid() and top <= height:
            rect = layout.blockBoundingRect(block)
            if block.isVisible():
                yield block, QPointF(x, top)
            top += rect.height()
            block = block.next()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        blocks = self._visible_blocks()
        marked = self._emphasis
        tagged = [(it.span, it.rect.translated(origin)) for origin, paint in blocks
                  for it in paint.items if it.span.id in marked] if marked else []
        if blocks or self.find_hits.hits:
            # Fills, underline lanes, Find's hits and role tags all go under the text, in
            # one painter: every QPainter on the viewport costs a measurable share of a
            # 3 ms frame. The hits go over the fills (those of unnested spans are opaque).
            painter = QPainter(self.viewport())
            if blocks:
                self._screen.update(blocks, self._fill, self._solid_fill, self._color)
                self._screen.draw(painter)
            if self.find_hits.hits:
                self.find_hits.paint(self, painter)
            if tagged:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for span, rect in tagged:
                    painter.setPen(QPen(self._color(span.label).darker(130), 2.0))
                    painter.drawRect(rect)
                paint_tags(painter, marked, tagged, self.colors)
            painter.end()
        super().paintEvent(event)
        if self.edges.preview is not None:
            self.edges.paint()
        overlays = self._overlays()
        if not overlays and not (blocks and self._selected is not None):
            return
        painter = QPainter(self.viewport())
        for overlay in overlays:
            overlay.paint(self, painter)
        if blocks and self._selected is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for origin, paint in blocks:
                for it in paint.items:
                    if it.span.id == self._selected:
                        painter.setPen(QPen(self._color(it.span.label).darker(160), 2.0))
                        painter.drawRect(it.rect.translated(origin).adjusted(0.5, 0.5, -0.5,
                                                                             -0.5))
        painter.end()

    def _visible_blocks(self) -> list[tuple[QPointF, BlockPaint]]:
        """The visible blocks that hold spans, with their viewport origins.

        Kept until the view scrolls, resizes or forgets geometry: a repaint in place
        (hover, selection, a dialog closing) then skips asking Qt about every block.
        """
        if self.span_index.empty:
            return []
        offset, viewport = self.contentOffset(), self.viewport()
        key = (self._generation, self.firstVisibleBlock().blockNumber(), offset.x(),
               offset.y(), viewport.width(), viewport.height())
        if key == self._visible_key:
            return self._visible
        out = []
        for block, origin in self._on_screen():
            paint = self._block_paint(block)
            if paint.items:
                out.append((origin, paint))
        self._visible_key, self._visible = key, out
        self._trim_cache(key[1])
        if self.prefetch:
            self._prefetch_timer.start(0)
        return out

    def _trim_cache(self, near: int) -> None:
        """Forget the geometry of the blocks farthest from block `near` once more than
        CACHED_BLOCKS are kept (half of them go, so this runs seldom)."""
        if len(self._cache) > CACHED_BLOCKS:
            keep = sorted(self._cache, key=lambda number: abs(number - near))
            for number in keep[CACHED_BLOCKS // 2:]:
                del self._cache[number]

    def _prefetch(self) -> None:
        """Lay out and measure the pages above and below the screen while idle.

        A page step then paints blocks whose layout and span rectangles are ready,
        instead of doing both inside the frame; the work is the same, done earlier.
        """
        shown = [block for block, _ in self._on_screen()]
        if not shown or self.span_index.empty:
            return
        layout = self.document().documentLayout()
        height = self.viewport().height()
        for block, step in ((shown[-1].next(), QTextBlock.next),
                            (shown[0].previous(), QTextBlock.previous)):
            covered = 0.0
            while block.isValid() and covered <= height:
                covered += layout.blockBoundingRect(block).height()  # lays it out
                self._block_paint(block)
                block = step(block)
