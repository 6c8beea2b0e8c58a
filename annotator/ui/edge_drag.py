"""Dragging an edge of the selected span with the mouse (boundary editing).

Near the caret of the selected span's start or end the mouse pointer becomes a
horizontal resize arrow; pressing there and dragging moves that edge (to a word edge,
or with Alt to the exact character), with a dashed outline of the new extent and the
text view's `edgeDragging` signal while it moves; releasing emits `edgeDragged` once,
which the window makes one undoable move. Edges are in reading order, whatever the
screen direction: in Arabic the start is the right edge.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPalette, QPen, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from annotator.core.boundaries import END, START, Edge, snap_edge
from annotator.core.types import Span
from annotator.ui.qt_offsets import PositionMap


class EdgeCanvas(Protocol):
    """What an edge is dragged on (a TextView): no import of the view, so no cycle."""

    positions: PositionMap
    text: str
    snap: bool
    edgeDragged: Any  # Signal(int, int, int): span id, start, end
    edgeDragging: Any

    @property
    def selected_span_id(self) -> int | None: ...
    def span_by_id(self, span_id: int) -> Span | None: ...
    def range_rects(self, start: int, end: int) -> list[QRectF]: ...
    def document(self) -> QTextDocument: ...
    def cursorRect(self, cursor: QTextCursor) -> QRect: ...  # noqa: N802 (Qt's name)
    def cursorForPosition(self, pos: QPoint) -> QTextCursor: ...  # noqa: N802
    def viewport(self) -> QWidget: ...
    def palette(self) -> QPalette: ...


GRAB = 4.0  # pixels either side of an edge's caret where a press takes the edge


class EdgeDrag:
    def __init__(self, view: EdgeCanvas) -> None:
        self.view = view
        self.grab: tuple[int, Edge] | None = None  # (span id, edge) being dragged
        self.preview: tuple[int, int] | None = None  # the extent if released now

    def edge_at(self, point: QPointF) -> tuple[int, Edge] | None:
        """The edge of the selected span under `point`: within GRAB pixels of the caret
        at its start or end offset, on that caret's line."""
        view = self.view
        selected = view.selected_span_id
        span = view.span_by_id(selected) if selected is not None else None
        if span is None or span.id is None:
            return None
        for edge, offset in ((START, span.start), (END, span.end)):
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.positions.to_qt(offset))
            rect = QRectF(view.cursorRect(cursor))
            if (abs(point.x() - rect.center().x()) <= GRAB
                    and rect.top() - 2 <= point.y() <= rect.bottom() + 2):
                return span.id, edge
        return None

    # ------------------------------------------------------------------ events
    def press(self, ev: QMouseEvent) -> bool:
        """A left press on an edge starts a drag (True: the view does nothing else)."""
        if ev.button() != Qt.MouseButton.LeftButton:
            return False
        grab = self.edge_at(ev.position())
        span = self.view.span_by_id(grab[0]) if grab is not None else None
        if grab is None or span is None:
            return False
        self.grab, self.preview = grab, (span.start, span.end)
        return True

    def move(self, ev: QMouseEvent) -> bool:
        """While dragging: the new extent. Otherwise the pointer shape on an edge."""
        view = self.view
        if self.grab is None:
            on_edge = ev.buttons() == Qt.MouseButton.NoButton and \
                self.edge_at(ev.position()) is not None
            shape = Qt.CursorShape.SizeHorCursor if on_edge else Qt.CursorShape.IBeamCursor
            if view.viewport().cursor().shape() != shape:
                view.viewport().setCursor(shape)
            return False
        new = self._landing(ev)
        if new is not None and new != self.preview:
            self.preview = new
            view.edgeDragging.emit(self.grab[0], *new)
            view.viewport().update()
        return True

    def release(self, ev: QMouseEvent) -> bool:
        if self.grab is None:
            return False
        self.move(ev)
        span_id, new = self.grab[0], self.preview
        self.grab, self.preview = None, None
        self.view.viewport().update()
        span = self.view.span_by_id(span_id)
        if span is not None and new is not None and new != (span.start, span.end):
            self.view.edgeDragged.emit(span_id, *new)
        return True

    def _landing(self, ev: QMouseEvent) -> tuple[int, int] | None:
        """Where the dragged edge lands: a word edge or (Alt, or snapping off) exactly;
        None while it would empty the span."""
        assert self.grab is not None
        view = self.view
        span = view.span_by_id(self.grab[0])
        if span is None:
            return None
        edge = self.grab[1]
        qt = view.cursorForPosition(ev.position().toPoint()).position()
        pos = view.positions.from_qt(qt)
        if view.snap and not ev.modifiers() & Qt.KeyboardModifier.AltModifier:
            pos = snap_edge(view.text, pos, edge)
        new = (pos, span.end) if edge == START else (span.start, pos)
        return new if new[0] < new[1] else None

    # ---------------------------------------------------------------- painting
    def paint(self) -> None:
        """The extent the span would have: a dashed outline in the highlight colour."""
        if self.preview is None:
            return
        view = self.view
        painter = QPainter(view.viewport())
        painter.setPen(QPen(view.palette().color(QPalette.ColorRole.Highlight), 2.0,
                            Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in view.range_rects(*self.preview):
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
