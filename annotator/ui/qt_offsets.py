"""The one place where code-point offsets meet Qt's UTF-16 positions.

Stored offsets are Python code points; Qt counts UTF-16 code units, so every character
outside the BMP (emoji, some symbols) shifts Qt positions by one. Plain Arabic text has
none, and then the mapping is the identity with no tables built.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class PositionMap:
    """Converts between code-point offsets and Qt positions for one stored text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code-point indices of astral characters (two UTF-16 units each); the regex scan
        # runs in C (a Python loop over 57,000 characters takes several milliseconds).
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Their Qt positions, for the reverse direction.
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, position: int) -> int:
        """Qt position to code point; a position inside a surrogate pair rounds down."""
        if not self._astral:
            return position
        return position - bisect_right(self._astral_qt, position - 1)

    @property
    def qt_length(self) -> int:
        return self.length + len(self._astral)
