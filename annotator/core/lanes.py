"""Underline lanes: nested and overlapping spans get different lanes so they stay visible."""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from annotator.core.types import Span


def assign_lanes(spans: Sequence[Span]) -> list[int]:
    """Lane per span (same order as given): the lowest lane free at the span's start.

    Spans are visited outside-in (start, longer first), so an enclosing span keeps lane 0
    and each nesting level below it takes the next lane.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    lanes = [0] * len(spans)
    busy: list[tuple[int, int]] = []  # (end, lane) of spans still open
    free: list[int] = []
    next_lane = 0
    for i in order:
        s = spans[i]
        while busy and busy[0][0] <= s.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane = next_lane
            next_lane += 1
        lanes[i] = lane
        heapq.heappush(busy, (s.end, lane))
    return lanes
