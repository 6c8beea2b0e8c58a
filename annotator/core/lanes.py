"""Nesting levels: nested and overlapping ranges go to different levels.

One rule for the text view's underline lanes and the token exports' tag columns
(docs/decisions/0010-token-exports.md, Nesting): ranges are visited outside-in (by
start, longer first; equal ranges in the order given), each on the lowest level where
it overlaps nothing, so an enclosing span is on level 0, a span inside it on level 1,
and crossing spans also go to a further level.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import pairwise

from annotator.core.types import Span


def nesting_levels(ranges: Sequence[tuple[int, int]]) -> list[int]:
    """A level per [start, end) range (same order as given), 0 = outermost."""
    if all(a[0] < a[1] <= b[0] for a, b in pairwise(ranges)):
        return [0] * len(ranges)  # in text order and none overlapping: all outermost (common)
    order = sorted(range(len(ranges)), key=lambda i: (ranges[i][0], -ranges[i][1]))
    levels = [0] * len(ranges)
    busy: list[tuple[int, int]] = []  # (end, level) of ranges still open
    free: list[int] = []
    next_level = 0
    for i in order:
        start, end = ranges[i]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            level = heapq.heappop(free)
        else:
            level = next_level
            next_level += 1
        levels[i] = level
        heapq.heappush(busy, (end, level))
    return levels


def nesting_depth(ranges: Sequence[tuple[int, int]]) -> int:
    """How many levels ``nesting_levels`` uses (0 for no ranges).

    That is the most ranges covering one point: placing ranges from the left on the
    lowest free level never needs more. Counted by a sweep sorted in C, without placing
    each range (the CoNLL export asks this of every document before its first line).
    An empty range takes a level without covering a point: those go the long way.
    """
    if any(start >= end for start, end in ranges):
        return max(nesting_levels(ranges), default=-1) + 1
    # A start at x sorts as 2x + 1, an end as 2x: at one position the ends come first,
    # so ranges that only touch do not count as overlapping.
    depth = deepest = 0
    for edge in sorted([2 * start + 1 for start, _ in ranges] + [2 * end for _, end in ranges]):
        if edge & 1:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def assign_lanes(spans: Sequence[Span]) -> list[int]:
    """The underline lane of each span (same order as given): its nesting level."""
    return nesting_levels([(s.start, s.end) for s in spans])
