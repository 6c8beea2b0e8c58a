"""How suggestions are drawn: so that nobody can take one for a span.

A span is a translucent fill with an underline; a compared layer is a dashed box close
around the words. A suggestion is neither: a dotted outline without fill, a few pixels
further out on both sides of the words and just inside the line's height (its own
lane, clear of both and of the boxes on the lines above and below), in its label's
colour. The current
suggestion (Tab) gets a solid outline and a small tag with its label and a question
mark above it. Painted after the text, like the other overlays; a click never selects
it, only the suggestion keys act on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from annotator.core.suggest.offers import Suggested
from annotator.ui.bidi import LRM, isolate
from annotator.ui.overlay import Overlay, SpanCanvas
from annotator.ui.role_tags import tag_font

GROW = 4.0  # pixels beside the words: outside the compared layer's box (2 px)
INSET = 1.0  # pixels inside the line's top and bottom: boxes of stacked lines never touch
WIDTH = 1.5
CURRENT_WIDTH = 2.5


def describe(s: Suggested) -> str:
    """The tooltip line: what is suggested, by what and how sure, and the keys."""
    return QCoreApplication.translate(
        "SuggestionLane", "{0}Suggestion: {1} «{2}» ({3}). Return accepts, X rejects, "
        "Tab goes to the next").format(LRM, s.label, isolate(s.text), s.describe())


class SuggestionLane(Overlay):
    """The open document's suggestions; ``current`` is the index of the one Tab is on."""

    def __init__(self, suggestions: Sequence[Suggested], current: int | None = None) -> None:
        super().__init__([], lambda _span: "")
        self.suggestions = list(suggestions)
        self.current = current

    def paint(self, view: SpanCanvas, painter: QPainter) -> None:
        lo, hi = view.visible_range()
        shown = [k for k, s in enumerate(self.suggestions) if s.start < hi and s.end > lo]
        if not shown:
            return
        rects = view.ranges_rects([(self.suggestions[k].start, self.suggestions[k].end)
                                   for k in shown])
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        current_rects: list[QRectF] = []
        for k, boxes in zip(shown, rects, strict=True):
            s = self.suggestions[k]
            color = view.colors.get(s.label, QColor("#888888")).darker(120)
            is_current = k == self.current
            painter.setPen(QPen(color, CURRENT_WIDTH if is_current else WIDTH,
                                Qt.PenStyle.SolidLine if is_current else Qt.PenStyle.DotLine))
            for rect in boxes:
                painter.drawRect(rect.adjusted(-GROW, INSET, GROW, -INSET))
            if is_current:
                current_rects = boxes
        if current_rects and self.current is not None:
            self._tag(painter, current_rects[0], self.suggestions[self.current], view)
        painter.restore()

    def _tag(self, painter: QPainter, rect: QRectF, s: Suggested, view: SpanCanvas) -> None:
        """"GPE?" above the current suggestion's first line, at its logical start."""
        text = f"{s.label}?"
        height = max(9.0, rect.height() * 0.44)
        painter.setFont(tag_font(height))
        width = painter.fontMetrics().horizontalAdvance(text) + 6
        box = QRectF(rect.right() + GROW - width, rect.top() - height / 2, width, height)
        color = view.colors.get(s.label, QColor("#888888"))
        painter.fillRect(box, QColor("white"))
        painter.setPen(QPen(color.darker(150), 1.0))
        painter.drawRect(box)
        painter.setPen(color.darker(200))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def tooltip_at(self, offset: int) -> list[str]:
        return [describe(s) for s in self.suggestions if s.start <= offset < s.end]

    def index_at(self, offset: int) -> int | None:
        """The innermost suggestion over a character, or None."""
        hits = [(s.end - s.start, k) for k, s in enumerate(self.suggestions)
                if s.start <= offset < s.end]
        return min(hits)[1] if hits else None
