"""Code-point offsets and UTF-16 code units: the one conversion, for Qt and Label Studio.

Stored offsets are Python code points. Qt's text positions and Label Studio's offsets
(its browser editor, HumanSignal/label-studio issue 1347) count UTF-16 code units, in
which every character outside the Basic Multilingual Plane (an emoji, some symbols)
counts twice. Plain Arabic text has none, and then both counts are the same and no
table is built.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Converts between code-point offsets and UTF-16 code units for one text."""

    __slots__ = ("_astral", "_astral_units", "_length")

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point indices of astral characters (two UTF-16 units each); the regex scan
        # runs in C (a Python loop over 57,000 characters takes several milliseconds).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Their UTF-16 positions, for the reverse direction.
        self._astral_units = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 position of a code-point offset (0..len(text))."""
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def from_utf16(self, unit: int) -> int:
        """The code-point offset of a UTF-16 position; inside a surrogate pair it rounds
        down to the character's start (a Qt cursor never stops there)."""
        if not self._astral:
            return unit
        return unit - bisect_right(self._astral_units, unit - 1)

    def exact_from_utf16(self, unit: int) -> int | None:
        """The code-point offset of a UTF-16 position read from a file, or None when it
        falls inside a surrogate pair or outside the text.

        Without astral characters the units are the code points and are returned as
        they are: the caller's span check then names an offset out of range.
        """
        if not self._astral:
            return unit
        offset = self.from_utf16(unit)
        if not 0 <= offset <= self._length or self.to_utf16(offset) != unit:
            return None
        return offset
