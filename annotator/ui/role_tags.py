"""The role tags of the current event ("ATTACK", "Target"), drawn between the lines.

A QPlainTextEdit cannot make room between lines (its layout ignores a block's line
height), so a tag sits in the band where one line's descenders end and the next line's
letters begin, centred on the top edge of its span's first line, and is painted before
the text: the words of both lines are drawn over it and stay readable.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen

from annotator.core.types import Span

BAND = 0.44  # a tag's height as a share of the line height (the gap between the ink)
_MIN_HEIGHT = 9.0
_GAP = 3.0  # between two tags that would overlap on one line


def tag_boxes(tags: dict[int, str], spans: Iterable[tuple[Span, QRectF]],
              width_of) -> list[tuple[Span, str, QRectF]]:
    """(span, tag, box) for each tagged span: over the right (logical start) end of its
    first rectangle, pushed left where it would overlap the tag before it on the line."""
    out: list[tuple[Span, str, QRectF]] = []
    seen: set[int] = set()
    for span, rect in spans:
        if span.id is None or span.id not in tags or span.id in seen:
            continue
        seen.add(span.id)
        h = max(_MIN_HEIGHT, rect.height() * BAND)
        w = width_of(tags[span.id], h) + 6
        out.append((span, tags[span.id], QRectF(rect.right() - w, rect.top() - h / 2, w, h)))
    out.sort(key=lambda t: (t[2].top(), -t[2].right()))
    for i in range(1, len(out)):
        box, before = out[i][2], out[i - 1][2]
        if box.top() == before.top() and box.right() > before.left() - _GAP:
            box.moveRight(before.left() - _GAP)
    return out


def tag_font(height: float) -> QFont:
    """The interface font (role names may be Latin or Arabic) sized to fit a tag of this
    height."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(7, round(height) - 3))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def paint_tags(painter: QPainter, tags: dict[int, str], spans: Iterable[tuple[Span, QRectF]],
               colors: dict[str, QColor]) -> None:
    """Paint the tags (call before the text is drawn): a light box in the label's colour
    with the role name in a dark shade of it."""

    def width_of(text: str, height: float) -> float:
        painter.setFont(tag_font(height))
        return painter.fontMetrics().horizontalAdvance(text)

    painter.save()
    for span, tag, box in tag_boxes(tags, spans, width_of):
        color = colors.get(span.label, QColor("#444444"))
        fill = QColor(color)
        fill.setAlpha(60)
        painter.fillRect(box, QColor("white"))
        painter.fillRect(box, fill)
        painter.setPen(QPen(color.darker(130), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.setFont(tag_font(box.height()))
        painter.setPen(color.darker(200))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag)
    painter.restore()
