"""The hits of Find in the document, painted under the text of the text view.

Only the hits on screen are painted (found by bisection in the sorted hits), so a
search that matches a long document thousands of times repaints as fast as one hit.
The current hit is painted stronger.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter


class HitCanvas(Protocol):
    """What the hits are painted on (a TextView): no import of the view, so no cycle."""

    def visible_range(self) -> tuple[int, int]: ...
    def range_rects(self, start: int, end: int) -> list[QRectF]: ...

HIT = QColor(255, 215, 0, 90)
CURRENT = QColor(255, 140, 0, 150)


class FindHits:
    def __init__(self) -> None:
        self.hits: list[tuple[int, int]] = []  # stored offsets, in text order
        self.current = -1  # index of the current hit, -1 for none
        self._starts: list[int] = []

    def set(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        self.hits, self.current = sorted(hits), current
        self._starts = [h[0] for h in self.hits]

    def paint(self, view: HitCanvas, painter: QPainter) -> None:
        first, last = view.visible_range()
        # Hits never overlap (find_all), so the one before `first` may reach into view.
        i = max(bisect_left(self._starts, first) - 1, 0)
        while i < len(self.hits) and self.hits[i][0] < last:
            start, end = self.hits[i]
            if end > first:
                colour = CURRENT if i == self.current else HIT
                for rect in view.range_rects(start, end):
                    painter.fillRect(rect, colour)
            i += 1
