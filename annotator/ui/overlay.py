"""Spans drawn over a TextView as outlines: another annotator's layer, gold in review.

They are not the view's own spans, so a click never selects them and no key edits
them: the compare toggle and review mode show layers the user must not change there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from annotator.core.spans import text_order
from annotator.core.types import Span


class SpanCanvas(Protocol):
    """What an overlay paints on (a TextView): no import of the view, so no cycle."""

    colors: dict[str, QColor]

    def visible_range(self) -> tuple[int, int]: ...
    def span_rects(self, span: Span) -> list[QRectF]: ...
    def ranges_rects(self, ranges: Sequence[tuple[int, int]]) -> list[list[QRectF]]: ...


class Overlay:
    """Outlined boxes around spans; `color` None takes each label's colour."""

    def __init__(self, spans: Sequence[Span], describe: Callable[[Span], str],
                 style: Qt.PenStyle = Qt.PenStyle.DashLine, width: float = 1.5,
                 color: QColor | None = None, grow: float = 2.0) -> None:
        self.spans = sorted(spans, key=text_order)
        self.describe = describe
        self.style, self.width, self.color, self.grow = style, width, color, grow

    def paint(self, view: SpanCanvas, painter: QPainter) -> None:
        lo, hi = view.visible_range()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        g = self.grow
        for span in self.spans:
            if span.start >= hi:
                break
            if span.end <= lo:
                continue
            color = self.color or view.colors.get(span.label, QColor("#888888")).darker(140)
            pen = QPen(color, self.width, self.style)
            painter.setPen(pen)
            for rect in view.span_rects(span):
                painter.drawRect(rect.adjusted(-g, -g, g, g))

    def tooltip_at(self, offset: int) -> list[str]:
        return [self.describe(s) for s in self.spans if s.start <= offset < s.end]
