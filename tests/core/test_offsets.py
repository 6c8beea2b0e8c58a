"""Code points and UTF-16 units: the one conversion the text view and Label Studio use."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map

TEXTS = st.text(alphabet=st.sampled_from("ab إيران\n📍🇮🇶𝕏"), max_size=40)


def units_before(text: str, offset: int) -> int:
    """What a browser or Qt counts: the UTF-16 length of the text before the offset."""
    return len(text[:offset].encode("utf-16-le")) // 2


@given(TEXTS)
def test_every_code_point_offset_maps_to_its_utf16_position_and_back(text: str) -> None:
    units = Utf16Map(text)
    for offset in range(len(text) + 1):
        unit = units_before(text, offset)
        assert units.to_utf16(offset) == unit
        assert units.from_utf16(unit) == offset
        assert units.exact_from_utf16(unit) == offset


@given(TEXTS)
def test_a_position_inside_a_surrogate_pair_is_refused_or_rounded_down(text: str) -> None:
    units = Utf16Map(text)
    boundaries = {units_before(text, i): i for i in range(len(text) + 1)}
    total = units_before(text, len(text))
    for unit in range(total + 1):
        if unit not in boundaries:  # the second unit of a character
            assert units.exact_from_utf16(unit) is None
            assert units.from_utf16(unit) == boundaries[unit - 1]
    if total > len(text):  # with astral characters, past the end is refused too
        assert units.exact_from_utf16(total + 1) is None


def test_plain_arabic_needs_no_table_and_keeps_offsets_as_they_are() -> None:
    units = Utf16Map("قصف في بغداد")
    assert units.to_utf16(5) == 5 and units.from_utf16(5) == 5
    # Past the end stays as given: the span check names it out of range.
    assert units.exact_from_utf16(99) == 99
    emoji = Utf16Map("📍 بغداد")
    assert emoji.to_utf16(2) == 3 and emoji.exact_from_utf16(1) is None
    assert emoji.exact_from_utf16(99) is None and emoji.exact_from_utf16(-1) is None
