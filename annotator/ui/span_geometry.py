"""Where the text view draws spans: rectangles per block, merged per screenful.

A block's rectangles are computed once per layout of the block (`BlockPaint`); a
repaint merges the visible blocks' rectangles into one list per colour
(`ScreenPaint`) so it costs one drawRects call per colour for the whole viewport,
not one per colour and block (a page holds about 150 such groups).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextLayout, QTextLine

from annotator.core.types import Span

LANE_STEP = 3.0  # pixels between the underlines of nested spans
LTR = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9]")


@dataclass(slots=True)
class Painted:
    span: Span
    rect: QRectF  # block-local
    lane: int


@dataclass(slots=True)
class BlockPaint:
    """One block's span rectangles, grouped for drawing, valid while `key` matches."""

    key: tuple[int, float, float] | None  # the layout's line count, line width, x
    items: list[Painted]
    fills: dict[tuple[int, str], list[QRectF]]  # (lane, label): translucent, under the text
    lines: dict[str, list[QRectF]]  # label: underlines


def block_paint(key: tuple[int, float, float] | None, items: list[Painted]) -> BlockPaint:
    fills: dict[tuple[int, str], list[QRectF]] = {}
    lines: dict[str, list[QRectF]] = {}
    for it in items:
        r, label = it.rect, it.span.label
        fills.setdefault((it.lane, label), []).append(r)
        # The pixels of a 2 px line from (left, y) to (right, y) with square caps, as a
        # rectangle: filling it skips the wide-pen stroker.
        y, left = int(r.bottom() - 1.0 - it.lane * LANE_STEP), int(r.left())
        lines.setdefault(label, []).append(QRectF(left - 1, y - 1, int(r.right()) - left + 2, 2))
    return BlockPaint(key, items, fills, lines)


@dataclass(slots=True)
class _Moved:
    paint: BlockPaint  # keeps id(paint) from being reused while this is kept
    fills: dict[tuple[int, str], list[QRectF]]
    lines: dict[str, list[QRectF]]


class ScreenPaint:
    """The visible blocks' rectangles in viewport coordinates, one list per colour.

    Kept while the same block paints sit at the same origins, which is every repaint
    that follows no scroll and no edit.
    """

    def __init__(self) -> None:
        self._ids: list[int] = []
        self._origins: list[QPointF] = []
        self._paints: list[BlockPaint] = []  # keeps the ids above from being reused
        # Each block's rectangles moved to its origin, kept while it stays there: after
        # an edit only the blocks it changed are moved again (issue 13: a label key).
        self._moved: dict[tuple[int, float, float], _Moved] = {}
        self.fills: list[tuple[QColor, list[QRectF]]] = []
        self.lines: list[tuple[QColor, list[QRectF]]] = []

    def update(self, blocks: list[tuple[QPointF, BlockPaint]], fill: Callable[[str], QColor],
               solid: Callable[[str], QColor], line: Callable[[str], QColor]) -> None:
        """`fill` is a label's translucent fill, `solid` the same over the empty background."""
        ids = [id(paint) for _, paint in blocks]
        origins = [origin for origin, _ in blocks]
        if ids == self._ids and origins == self._origins:
            return
        fills: dict[tuple[int, str], list[QRectF]] = {}
        lines: dict[str, list[QRectF]] = {}
        moved: dict[tuple[int, float, float], _Moved] = {}
        for origin, paint in blocks:
            key = (id(paint), origin.x(), origin.y())
            done = self._moved.get(key)
            if done is None:
                done = _Moved(paint, {g: [r.translated(origin) for r in rects]
                                      for g, rects in paint.fills.items()},
                              {lb: [r.translated(origin) for r in rects]
                               for lb, rects in paint.lines.items()})
            moved[key] = done
            for group, rects in done.fills.items():
                fills.setdefault(group, []).extend(rects)
            for label, rects in done.lines.items():
                lines.setdefault(label, []).extend(rects)
        self._moved = moved
        # Fills by lane, then label: nested spans blend outer first, as when painted one
        # by one. Spans of lane 0 never overlap one another and lie on the bare
        # background, so they are painted opaque in the colour the translucent fill
        # would give there: a plain fill costs about half a blended one.
        self.fills = [(fill(label) if lane else solid(label), rects)
                      for (lane, label), rects in sorted(fills.items())]
        self.lines = [(line(label), rects) for label, rects in lines.items()]
        self._ids, self._origins, self._paints = ids, origins, [p for _, p in blocks]

    def draw(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in (*self.fills, *self.lines):
            painter.setBrush(color)
            painter.drawRects(rects)


def layout_lines(layout: QTextLayout) -> list[tuple[int, int, QTextLine]]:
    """(start, end, line) of each line of a block's layout."""
    out = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        start = line.textStart()
        out.append((start, start + line.textLength(), line))
    return out


def line_rects(layout: QTextLayout | None, a: int, b: int, mixed: str | None = None,
               lines: list[tuple[int, int, QTextLine]] | None = None) -> list[QRectF]:
    """Block-local rectangles covering positions [a, b) of one block, line by line.

    `mixed` is the block's text when it may hold left-to-right characters; `lines` is
    `layout_lines(layout)` when the caller already has it.
    """
    rects: list[QRectF] = []
    if layout is None or a >= b:
        return rects
    if lines is None:
        lines = layout_lines(layout)
    base = layout.position()
    first = max(0, bisect_right(lines, a, key=lambda t: t[0]) - 1)
    for ls, le, line in lines[first:]:
        if ls >= b:
            break
        lo, hi = max(a, ls), min(b, le)
        if lo >= hi:
            continue
        if mixed is not None and LTR.search(mixed, lo, hi):
            # A left-to-right run (Latin, digits) inside the range: its logical ends are
            # not its visual edges, so take the extent over every position.
            xs = [line.cursorToX(p)[0] for p in range(lo, hi + 1)]  # type: ignore[index]
        else:
            # PySide6's stubs type cursorToX's (x, position) tuple as object.
            xs = [line.cursorToX(lo)[0], line.cursorToX(hi)[0]]  # type: ignore[index]
        left, right = min(xs), max(xs)
        if right - left < 1:
            continue
        rects.append(QRectF(base.x() + left, base.y() + line.y(), right - left, line.height()))
    return rects
