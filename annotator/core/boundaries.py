"""Moving one edge of a span by a word or a character, in reading order.

The start is the first character read and the end is just after the last, whatever
the screen direction (in Arabic the start is the right edge). "Earlier" and "later"
are in reading order too. A word step goes to the next word edge (the words snapping
uses, `arabic.word_at`); a character step moves one code point, and never leaves a
combining mark (a haraka) apart from its letter. A step that would empty the span or
leave the text gives None: nothing to do.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from annotator.core.arabic import tokens_with_offsets, word_at

Edge = Literal["start", "end"]
Unit = Literal["word", "char"]
START: Edge = "start"
END: Edge = "end"
WORD: Unit = "word"
CHAR: Unit = "char"


def _mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


_WINDOW = 200  # characters tokenized around the edge at first (doubled if needed)


def _to_space(text: str, i: int, direction: int) -> int:
    """`i` moved (in `direction`) to a whitespace or an end of the text: no word
    crosses whitespace, so the words of a window between two such places are the
    document's own words there."""
    n = len(text)
    i = min(max(i, 0), n)
    if direction < 0:
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    else:
        while i < n and not text[i].isspace():
            i += 1
    return i


def _word_edges(text: str, pos: int, direction: int, edge: Edge) -> int | None:
    """The nearest word start (edge "start") or word end (edge "end") strictly before
    (direction -1) or after (+1) `pos`."""
    n = len(text)
    reach = _WINDOW
    while True:
        lo = _to_space(text, pos - (reach if direction < 0 else 1), -1)
        hi = _to_space(text, pos + (reach if direction > 0 else 1), 1)
        words = [(a + lo, b + lo) for a, b in tokens_with_offsets(text[lo:hi])
                 if any(c.isalnum() for c in text[lo + a:lo + b])]
        edges = [a if edge == START else b for a, b in words]
        found = [x for x in edges if (x - pos) * direction > 0]
        if found:
            return min(found) if direction > 0 else max(found)
        if (lo == 0 and direction < 0) or (hi == n and direction > 0):
            return None
        reach *= 2


def move_edge(text: str, start: int, end: int, edge: Edge, direction: int,
              unit: Unit) -> tuple[int, int] | None:
    """[start, end) with `edge` moved one `unit` earlier (direction -1) or later (+1).

    None when the move is impossible: the span would become empty, or the edge is
    already at the beginning or end of the text (or there is no word further on).
    """
    if direction not in (-1, 1):
        raise ValueError("direction is -1 (earlier) or +1 (later)")
    if not 0 <= start < end <= len(text):
        raise ValueError(f"[{start}, {end}) is not a span of a text of {len(text)} characters")
    pos = start if edge == START else end
    if unit == WORD:
        target = _word_edges(text, pos, direction, edge)
    else:
        target = _char_step(text, pos, direction)
    if target is None:
        return None
    new = (target, end) if edge == START else (start, target)
    return new if 0 <= new[0] < new[1] <= len(text) else None


def _char_step(text: str, pos: int, direction: int) -> int | None:
    """One character on: past the letter and the marks that belong to it."""
    n = len(text)
    i = pos + direction
    if not 0 <= i <= n:
        return None
    if direction > 0:
        while i < n and _mark(text[i]):
            i += 1
    else:
        while i > 0 and _mark(text[i]) and not text[i - 1].isspace():
            i -= 1
    return i


def snap_edge(text: str, pos: int, edge: Edge) -> int:
    """Where a dragged edge lands with snapping on: inside a word, that word's start
    (a start) or end (an end); between words, where it is."""
    pos = min(max(pos, 0), len(text))
    word = word_at(text, pos if edge == START else max(pos - 1, 0))
    if word is None or not word[0] < pos < word[1]:
        return pos
    return word[0] if edge == START else word[1]
