"""Nesting levels: one rule for the text view's lanes and the token exports' columns."""

from __future__ import annotations

from annotator.core.lanes import assign_lanes, nesting_levels
from annotator.core.types import Span


def test_nesting_levels_put_nested_and_crossing_ranges_on_further_levels() -> None:
    # outer (0,4) holds (3,4); (5,6) twice (two labels); (1,2) inside the outer too
    assert nesting_levels([(0, 4), (3, 4), (5, 6), (5, 6), (1, 2)]) == [0, 1, 0, 1, 1]
    assert nesting_levels([(0, 3), (2, 5)]) == [0, 1]  # crossing
    assert nesting_levels([(0, 2), (2, 4)]) == [0, 0]  # touching: one level
    assert nesting_levels([]) == []


def test_a_lane_is_the_nesting_level_of_the_span() -> None:
    text = "جيش العراق في بغداد"
    spans = [Span(4, 10, "GPE", text[4:10]), Span(0, 10, "ARMED_GROUP", text[0:10]),
             Span(14, 19, "GPE", text[14:19])]
    assert assign_lanes(spans) == [1, 0, 0]
