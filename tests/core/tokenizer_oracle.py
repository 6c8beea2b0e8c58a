"""Today's tokenizer and sentence splitter (before issue 13), frozen: the oracle of
test_tokenizer_oracle.py.

A copy on purpose, not an import: `annotator.core.arabic.tokens_with_offsets` was made
fast (a regular expression over the usual characters, this algorithm only around the
unusual ones), and the tokens of every export and of agreement must stay exactly what
this code gives. Do not change it; if the tokens are ever meant to change, that is a
new decision (docs/decisions/0010), and this file changes with it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache

from pyarabic import araby

from annotator.core.arabic import trim_proclitic

_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")
_QUOTE_SYMBOLS = frozenset("`\u00b4")
_NUMBER_SEPARATORS = frozenset(".,\u066b\u066c")
_TERMINALS = frozenset(".!?؟۔\u2026")
_CLOSERS = frozenset("\"'»”’›)]}")
Range = tuple[int, int]


@cache
def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


@cache
def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" and ch not in _VISIBLE_FORMAT


@cache
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "P" or ch in _QUOTE_SYMBOLS


@cache
def _is_trimmable(ch: str) -> bool:
    return ch.isspace() or _is_punct(ch) or _is_format(ch)


@cache
def _is_symbolish(ch: str) -> bool:
    return not (ch.isspace() or _is_format(ch) or _is_punct(ch))


def _glued(text: str, left_end: int, right_start: int) -> bool:
    gap = text[left_end:right_start]
    if gap.isspace():
        return False
    if all(_is_mark(c) or _is_format(c) for c in gap):
        return True
    return (
        len(gap) == 1
        and gap in _NUMBER_SEPARATORS
        and text[left_end - 1].isdecimal()
        and text[right_start].isdecimal()
    )


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e:
        ch = text[s]
        if ch.isspace():
            s += 1
        elif _is_trimmable(ch):
            s += 1
            while s < e and _is_mark(text[s]):
                s += 1
        else:
            break
    while e > s:
        base = e - 1
        while base > s and _is_mark(text[base]):
            base -= 1
        ch = text[base]
        if ch.isspace() and base == e - 1:
            e -= 1
        elif _is_trimmable(ch) and not ch.isspace():
            e = base
        else:
            break
    return s, e


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    units: list[list[int]] = []
    for token in araby.tokenize_with_location(text[lo:hi]):
        a = token["start"] + lo
        b = token["end"] + lo
        if units and _glued(text, units[-1][1], a):
            units[-1][1] = b
        else:
            units.append([a, b])
        end = units[-1][1]
        while end < hi and _is_mark(text[end]):
            end += 1
        units[-1][1] = end
    words: list[tuple[int, int]] = []
    for a, b in units:
        a, b = _strip(text, a, b)
        while a < b and _is_mark(text[a]) and a > 0 and not text[a - 1].isspace():
            a += 1
        a, b = _strip(text, a, b)
        if a < b:
            words.append((a, b))
    return words


def _other_tokens(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    i = a
    while i < b:
        ch = text[i]
        if ch.isspace() or _is_format(ch):
            i += 1
            continue
        j = i + 1
        if _is_punct(ch):
            while j < b and text[j] == ch:
                j += 1
        else:
            while j < b:
                c = text[j]
                if c in "\u200c\u200d" and j + 1 < b and _is_symbolish(text[j + 1]):
                    j += 2
                elif _is_symbolish(c):
                    j += 1
                else:
                    break
        while j < b and _is_mark(text[j]):
            j += 1
        out.append((i, j))
        i = j


def tokens_with_offsets(text: str) -> list[tuple[int, int]]:
    """The tokens of `text` exactly as annotator 0.1.0 (issue 12) tokenized it."""
    out: list[tuple[int, int]] = []
    pos = 0
    for a, b in _words(text, 0, len(text)):
        _other_tokens(text, pos, a, out)
        out.append((a, b))
        pos = b
    _other_tokens(text, pos, len(text), out)
    return out


def sentences(text: str, tokens: list[Range], keep: Iterable[Range] = ()) -> list[Range]:
    """Sentence token ranges [first, last): a break after . ! ? ؟ … (plus any closing
    quote or bracket glued to it) and at every line break.

    ``keep`` holds token ranges (the spans) that must not be cut: a break inside one
    is dropped, so an entity never straddles two sentences. pyarabic's
    sentence_tokenize is not used: it loses offsets (FACTS.md).
    """
    breaks: set[int] = set()
    n = len(tokens)
    ending = False  # token k ends a sentence unless more closing marks touch it
    for k in range(n - 1):
        ending = _is_terminal(text, tokens[k]) or ending and _glued_end(text, tokens, k)
        if "\n" in text[tokens[k][1]:tokens[k + 1][0]]:
            breaks.add(k + 1)
        elif ending and not _glued_end(text, tokens, k + 1):
            breaks.add(k + 1)
    for first, last in keep:
        breaks.difference_update(range(first + 1, last))
    cuts = [0, *sorted(breaks), n] if n else []
    return list(zip(cuts, cuts[1:], strict=False))


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


def tokenize(text: str, span_starts: Iterable[int] = ()) -> list[Range]:
    tokens = tokens_with_offsets(text)
    starts = sorted(set(span_starts))
    if not starts:
        return tokens
    out: list[Range] = []
    for a, b in tokens:
        cut = _proclitic_cut(text, a, b, starts)
        if cut is None:
            out.append((a, b))
        else:
            out.extend(((a, cut), (cut, b)))
    return out


def _proclitic_cut(text: str, a: int, b: int, starts: list[int]) -> int | None:
    i = bisect_right(starts, a)
    if i == len(starts) or starts[i] >= b:
        return None
    pos = a
    for _ in range(2):
        trimmed = trim_proclitic(text, pos, b)
        if trimmed is None:
            return None
        pos = trimmed[0]
        if pos in starts[i:bisect_left(starts, b)]:
            return pos
    return None
