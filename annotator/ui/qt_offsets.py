"""The one place where code-point offsets meet Qt's UTF-16 positions.

Stored offsets are Python code points; Qt counts UTF-16 code units. The conversion is
core's (annotator.core.offsets, shared with the Label Studio format); this module only
names it in Qt's terms for the text view.
"""

from __future__ import annotations

from annotator.core.offsets import Utf16Map


class PositionMap(Utf16Map):
    """Converts between code-point offsets and Qt positions for one stored text."""

    __slots__ = ()

    to_qt = Utf16Map.to_utf16
    # A Qt position inside a surrogate pair rounds down to the character's start.
    from_qt = Utf16Map.from_utf16
