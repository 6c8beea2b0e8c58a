"""normalize_for_search's fast path (only the characters the view changes are replaced)
gives exactly the one-pass translation through the view, for any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.arabic import _SPACE_RUN, _VIEW, matching_view, normalize_for_search

ARABIC = "".join(chr(c) for c in range(0x0600, 0x0700)) + "\u0640\u200c\u200d\u200f  \n\t"


def reference(s: str) -> str:
    return _SPACE_RUN.sub(" ", s.translate(_VIEW))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ARABIC), min_size=60, max_size=400)
       | st.text(min_size=60, max_size=400))
def test_the_fast_path_equals_the_translation(s: str) -> None:
    assert normalize_for_search(s) == reference(s) == matching_view(s)[0]


def test_what_the_view_makes_of_a_character_it_keeps_as_it_is() -> None:
    """Why one replacement per character is enough: no character's view is changed
    again by the view (every code point checked)."""
    from annotator.core.arabic import _view_char

    for code in (*range(0xD800), *range(0xE000, 0x110000)):
        v = _view_char(chr(code))
        assert v is None or _view_char(v) == v, hex(code)
    s = "قالت الحكومةُ إنّ إيـــران ٣ مرّات على " * 3
    assert normalize_for_search(s).startswith("قالت الحكومه ان ايران 3 مرات علي ")
