"""Tokens, sentences and span-to-token alignment for the token-based exports.

Every token is an exact [start, end) range of the stored text: the words of
``arabic.tokens_with_offsets`` (pyarabic words, with its quirks repaired) plus each
punctuation run, symbol and emoji as its own token. Whitespace (NBSP included) and
invisible format characters outside words are in no token, so a tag never sits on
something a reader cannot see. See docs/decisions/0010-token-exports.md.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from annotator.core.arabic import token_columns, trim_proclitic

__all__ = ["Aligned", "Aligner", "Cover", "Range", "Tokens", "cover", "gap_tokens",
           "sentences", "tokenize", "tokenize_table"]

Range = tuple[int, int]

# A sentence ends after one of these (or a run of them: "..." "؟!"), and at a line break.
_TERMINALS = frozenset(".!?؟۔\u2026")
# Closing marks glued to a terminal stay in its sentence: «...قال.» ends after the ».
_CLOSERS = frozenset("\"'»”’›)]}")
_MAX_PROCLITICS = 2  # "وب" in "وبغداد": conjunction plus preposition


def tokenize(text: str, span_starts: Iterable[int] = ()) -> list[Range]:
    """The export tokens of ``text``; a proclitic is split off where a span starts after it.

    Only a leading و ف ب ل ك (one or two, with their harakat or tatweel) is split,
    and only when a span starts exactly after it: "لإيران" with a span on "إيران"
    gives "ل" + "إيران". Any other span boundary inside a token stays inside it and
    the caller widens (or reports) that span.
    """
    return tokenize_table(text, span_starts).ranges


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text's tokens as ranges and as columns (starts, ends, texts).

    Why: aligning spans, cutting sentences and covering the text each look tokens up by
    their starts or ends; the tokenizer's own pass gives those columns, so a document's
    tokens are not taken apart again by each step (three zips a document, about a
    twentieth of an export).
    """

    ranges: list[Range]
    starts: Sequence[int]
    ends: Sequence[int]
    texts: list[str]


def tokenize_table(text: str, span_starts: Iterable[int] = ()) -> Tokens:
    """`tokenize`, with each token's text, as a `Tokens` table."""
    ranges, firsts, lasts, words = token_columns(text)
    starts = sorted(set(span_starts))
    if not starts:
        return Tokens(ranges, firsts, lasts, words)
    cuts: dict[int, int | None] = {}  # token index -> where its proclitic ends, if it has one
    for start in starts:  # only a token with a span starting inside it can be cut
        k = bisect_right(firsts, start) - 1
        if k >= 0 and firsts[k] < start < lasts[k] and k not in cuts:
            cuts[k] = _proclitic_cut(text, firsts[k], lasts[k], starts)
    if not any(cut is not None for cut in cuts.values()):
        return Tokens(ranges, firsts, lasts, words)
    out: list[Range] = []
    for k, (a, b) in enumerate(ranges):
        cut = cuts.get(k)
        if cut is None:
            out.append((a, b))
        else:
            out.extend(((a, cut), (cut, b)))
    return Tokens(out, *_edges(out), [text[a:b] for a, b in out])


def _proclitic_cut(text: str, a: int, b: int, starts: list[int]) -> int | None:
    i = bisect_right(starts, a)
    if i == len(starts) or starts[i] >= b:
        return None  # no span starts strictly inside this token
    pos = a
    for _ in range(_MAX_PROCLITICS):
        trimmed = trim_proclitic(text, pos, b)
        if trimmed is None:
            return None
        pos = trimmed[0]
        if pos in starts[i:bisect_left(starts, b)]:
            return pos
    return None


class Aligned(NamedTuple):
    """A span's token range [first, last) and whether its offsets were token boundaries.
    (A tuple: made for every exported span, and a frozen dataclass costs three times
    as much to make.)"""

    first: int
    last: int
    exact: bool


class Aligner:
    """Finds the tokens a character span touches, in log time per span."""

    def __init__(self, tokens: list[Range] | Tokens) -> None:
        self._starts, self._ends = _edges(tokens)

    def align(self, start: int, end: int) -> Aligned | None:
        """None when the span touches no token (whitespace only).

        A span that starts or ends inside a token (or in the gap beside one) is not
        moved here: ``exact`` is False and each writer decides to widen or to report.
        """
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        if first >= last:
            return None
        exact = self._starts[first] == start and self._ends[last - 1] == end
        return Aligned(first, last, exact)


def _edges(tokens: list[Range] | Tokens) -> tuple[Sequence[int], Sequence[int]]:
    """The tokens' starts and their ends (one zip in C, not a Python step per token)."""
    if isinstance(tokens, Tokens):
        return tokens.starts, tokens.ends
    if not tokens:
        return (), ()
    starts, ends = zip(*tokens, strict=True)
    return starts, ends


def _ranges(tokens: list[Range] | Tokens) -> list[Range]:
    return tokens.ranges if isinstance(tokens, Tokens) else tokens


def sentences(text: str, tokens: list[Range] | Tokens,
              keep: Iterable[Range] = ()) -> list[Range]:
    """Sentence token ranges [first, last): a break after . ! ? ؟ … (plus any closing
    quote or bracket glued to it) and at every line break.

    ``keep`` holds token ranges (the spans) that must not be cut: a break inside one
    is dropped, so an entity never straddles two sentences. pyarabic's
    sentence_tokenize is not used: it loses offsets (FACTS.md).

    Only the tokens that can end a sentence are looked at (found by a regular
    expression over the tokens' first characters), not every token in turn.
    """
    starts = _edges(tokens)[0]
    tokens = _ranges(tokens)
    n = len(tokens)
    if not n:
        return []
    breaks: set[int] = set()
    line_break = text.find("\n")
    while line_break >= 0:
        k = bisect_left(starts, line_break)  # tokens hold no whitespace: k follows the break
        if 0 < k < n:
            breaks.add(k)
        line_break = text.find("\n", line_break + 1)
    firsts = "".join(itemgetter(*starts)(text)) if n > 1 else text[starts[0]]
    chained = -1  # the last token of the latest terminal run and what is glued to it
    for hit in _terminal_start().finditer(firsts):
        k = hit.start()
        if k <= chained or not _is_terminal(text, tokens[k]):
            continue
        while k + 1 < n and _glued_end(text, tokens, k + 1):
            k += 1
        chained = k
        if k < n - 1:
            breaks.add(k + 1)
    for first, last in keep:
        breaks.difference_update(range(first + 1, last))
    cuts = [0, *sorted(breaks), n]
    return list(zip(cuts, cuts[1:], strict=False))


@cache
def _terminal_start() -> re.Pattern[str]:
    """A character a sentence-ending token can start with: a terminal or a combining mark
    (any character outside the Basic Multilingual Plane, which _is_terminal then checks)."""
    marks = "".join(re.escape(chr(c)) for c in range(0x10000)
                    if unicodedata.category(chr(c))[0] == "M")
    terminals = re.escape("".join(sorted(_TERMINALS)))
    return re.compile(f"[{terminals}{marks}\U00010000-\U0010ffff]")


def _is_terminal(text: str, token: Range) -> bool:
    first = text[token[0]]
    if first not in _TERMINALS and unicodedata.category(first)[0] != "M":
        return False  # a word: asked of every token, so answered from its first character
    piece = text[token[0]:token[1]]
    return all(ch in _TERMINALS or unicodedata.category(ch)[0] == "M" for ch in piece)


def _glued_end(text: str, tokens: list[Range], k: int) -> bool:
    """Whether token k still belongs to the sentence ending just before it: a closing
    mark or another terminal touching it ("!؟", ".»")."""
    if tokens[k][0] != tokens[k - 1][1]:
        return False
    return _is_terminal(text, tokens[k]) or text[tokens[k][0]] in _CLOSERS


def gap_tokens(text: str, tokens: list[Range]) -> list[tuple[int, int, bool]]:
    """Tokens that cover the whole text, as spaCy wants them: (start, end, space_after).

    spaCy rebuilds a text from words and a "followed by one space" flag, so the
    characters between our tokens (NBSP, line breaks, double spaces, invisible
    marks) become tokens of their own, except one plain space, which becomes the
    flag of the token before it. The words joined this way equal ``text`` exactly.
    """
    out: list[tuple[int, int, bool]] = []
    pos = 0
    for a, b in [*tokens, (len(text), len(text))]:
        if pos < a:
            if out and text[pos] == " ":
                s, e, _ = out[-1]
                out[-1] = (s, e, True)
                pos += 1
            if pos < a:
                trailing = a - pos > 1 and text[a - 1] == " "
                out.append((pos, a - 1 if trailing else a, trailing))
        if a < b:
            out.append((a, b, False))
        pos = b
    return out


@dataclass(frozen=True, slots=True)
class Cover:
    """`gap_tokens` as columns (starts, ends, texts, space-after flags), what the spaCy
    export writes: one list per field, so its lines and Docs are built without a Python
    step per token."""

    starts: list[int]
    ends: list[int]
    texts: list[str]
    spaces: list[bool]


_PLAIN_GAPS = frozenset(("", " "))


def cover(text: str, tokens: list[Range] | Tokens, texts: list[str]) -> Cover:
    """The same tokens as ``gap_tokens(text, tokens)`` (a test holds them equal), given
    each token's text. Most gaps between tokens are one space or none: those only set a
    flag, so only the other gaps (line breaks, NBSP, several spaces) are looked at."""
    if not _ranges(tokens):
        whole = gap_tokens(text, [])
        return Cover([a for a, _, _ in whole], [b for _, b, _ in whole],
                     [text[a:b] for a, b, _ in whole], [ws for _, _, ws in whole])
    starts, ends = _edges(tokens)
    nexts = (*starts[1:], len(text))
    gaps = list(map(text.__getitem__, map(slice, ends, nexts)))  # the gap after each token
    spaces = [gap[:1] == " " for gap in gaps]
    odd = [k for k, gap in enumerate(gaps) if gap not in _PLAIN_GAPS]
    out = Cover([], [], [], [])
    if starts[0]:  # characters before the first token
        _gap_token(text, 0, starts[0], out)
    done = 0
    for k in odd:
        out.starts.extend(starts[done:k + 1])
        out.ends.extend(ends[done:k + 1])
        out.texts.extend(texts[done:k + 1])
        out.spaces.extend(spaces[done:k + 1])
        _gap_token(text, ends[k] + spaces[k], nexts[k], out)
        done = k + 1
    out.starts.extend(starts[done:])
    out.ends.extend(ends[done:])
    out.texts.extend(texts[done:])
    out.spaces.extend(spaces[done:])
    return out


def _gap_token(text: str, pos: int, stop: int, out: Cover) -> None:
    """text[pos:stop] (not empty) as a token, its last plain space as its flag."""
    if pos >= stop:
        return
    trailing = stop - pos > 1 and text[stop - 1] == " "
    end = stop - trailing
    out.starts.append(pos)
    out.ends.append(end)
    out.texts.append(text[pos:end])
    out.spaces.append(trailing)
