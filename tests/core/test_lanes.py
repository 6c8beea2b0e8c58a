"""Nesting levels: one rule for the text view's lanes and the token exports' columns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.lanes import assign_lanes, nesting_depth, nesting_levels
from annotator.core.types import Span


def test_nesting_levels_put_nested_and_crossing_ranges_on_further_levels() -> None:
    # outer (0,4) holds (3,4); (5,6) twice (two labels); (1,2) inside the outer too
    assert nesting_levels([(0, 4), (3, 4), (5, 6), (5, 6), (1, 2)]) == [0, 1, 0, 1, 1]
    assert nesting_levels([(0, 3), (2, 5)]) == [0, 1]  # crossing
    assert nesting_levels([(0, 2), (2, 4)]) == [0, 0]  # touching: one level
    assert nesting_levels([]) == []


_RANGES = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)).map(
    lambda r: (r[0], r[0] + r[1])), unique=True, max_size=12)


@given(_RANGES)
def test_nesting_levels_do_not_depend_on_the_order_ranges_are_given_in(
        ranges: list[tuple[int, int]]) -> None:
    # Ranges in text order that do not overlap (most documents' spans) take a short
    # cut; the same ranges given in another order go the long way. Both must agree,
    # for any ranges (distinct ones: equal ranges are placed in the order given).
    in_order = sorted(ranges, key=lambda r: (r[0], -r[1]))
    levels = dict(zip(in_order, nesting_levels(in_order), strict=True))
    backwards = in_order[::-1]
    assert dict(zip(backwards, nesting_levels(backwards), strict=True)) == levels
    # The ranges that end before the next one starts: the short cut's case.
    disjoint = [a for a, b in zip(in_order, [*in_order[1:], (99, 99)], strict=False)
                if a[0] < a[1] <= b[0]]
    assert nesting_levels(disjoint) == nesting_levels(disjoint[::-1])[::-1]


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)).map(
    lambda r: (r[0], r[0] + r[1])), max_size=12))
def test_nesting_depth_is_the_number_of_levels_the_ranges_take(
        ranges: list[tuple[int, int]]) -> None:
    # Counted by a sweep (the empty ranges by placing them): the same number as placing.
    assert nesting_depth(ranges) == len(set(nesting_levels(ranges)))
    nonempty = [(a, b) for a, b in ranges if a < b]
    assert nesting_depth(nonempty) == len(set(nesting_levels(nonempty)))


def test_a_lane_is_the_nesting_level_of_the_span() -> None:
    text = "جيش العراق في بغداد"
    spans = [Span(4, 10, "GPE", text[4:10]), Span(0, 10, "ARMED_GROUP", text[0:10]),
             Span(14, 19, "GPE", text[14:19])]
    assert assign_lanes(spans) == [1, 0, 0]
