"""Arabic-aware search, word snapping, proclitics and tokens over stored text.

Every function works on offsets into the stored text (Python code points,
end-exclusive) and never changes that text. Normalisation only ever happens in a
separate "matching view" whose characters point back at stored offsets, so a hit
found in the view is still a span on the original characters (FACTS.md, pyarabic).

Word boundaries come from ``pyarabic.araby.tokenize_with_location``, with three
repairs for its quirks: it drops punctuation (we add punctuation tokens
ourselves), it splits words at ZWNJ/ZWJ and other invisible format characters and
at combining marks outside its own tashkeel range (we glue those pieces back), and
it counts the ASCII apostrophe and underscore as word characters, so "'إيران'"
would be one word (we trim them from word edges).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import accumulate, chain

from pyarabic import araby

__all__ = [
    "FORMAT_CHARS",
    "PROCLITICS",
    "TASHKEEL",
    "TATWEEL",
    "auto_trim_proclitic",
    "find_all",
    "matches",
    "matching_view",
    "normalize_for_search",
    "snap_to_words",
    "strip_outer",
    "token_columns",
    "tokens_with_offsets",
    "trim_proclitic",
    "word_at",
]

TASHKEEL = frozenset(chr(c) for c in (*range(0x064B, 0x0656), 0x0670))
TATWEEL = "\u0640"
FORMAT_CHARS = frozenset(
    "\u200c\u200d\u200e\u200f\u061c\ufeff"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
PROCLITICS = frozenset("وفبلك")

_LETTER_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh U+06CC
    "ک": "ك",  # keheh U+06A9
    "ة": "ه",
}
# Format characters (category Cf) that are visible: Arabic number signs and other
# prepended concatenation marks. All other Cf characters are invisible.
_VISIBLE_FORMAT = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2")
# Grave and acute accents are category Sk but get typed as quotation marks.
_QUOTE_SYMBOLS = frozenset("`\u00b4")
# Between two digits these keep a number such as 3.5 or ١٬٠٠٠ one word.
_NUMBER_SEPARATORS = frozenset(".,\u066b\u066c")
_SPACE_RUN = re.compile("  +")  # two or more: "  +" runs several times faster than " {2,}"


# The character classes below are asked about every character of every document that
# is tokenized for export; a text uses a few hundred distinct characters, so each
# answer is cached (a dict lookup in C instead of a category lookup and a comparison).
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
    """Characters a span must never start or end with: nobody can see or means them."""
    return ch.isspace() or _is_punct(ch) or _is_format(ch)


def _view_char(ch: str) -> str | None:
    """One stored character in the matching view: None when dropped, else one character.

    Never more than one character, so every view character has exactly one source
    offset and a hit maps back without ever landing inside an expansion (this is why
    "ß" stays "ß" instead of casefolding to "ss").
    """
    mapped = _LETTER_MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch in TASHKEEL or ch == TATWEEL or ch in FORMAT_CHARS:
        return None
    category = unicodedata.category(ch)
    if category == "Cf" and ch not in _VISIBLE_FORMAT:
        return None
    if category == "Mn" and "\u0600" <= ch <= "\u08ff":
        return None  # the rarer Arabic marks (Quranic annotation, extended tashkeel)
    if ch.isspace():
        return " "  # NBSP in the stored text must match the space typed in a search box
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    folded = ch.casefold()
    if len(folded) == 1:
        return folded
    lowered = ch.lower()
    return lowered if len(lowered) == 1 else ch


class _ViewTable(dict[int, str | None]):
    """Code point -> view character, filled lazily so ``str.translate`` runs in C."""

    def __missing__(self, codepoint: int) -> str | None:
        value = _view_char(chr(codepoint))
        self[codepoint] = value
        return value


_VIEW = _ViewTable()


@cache
def _changing() -> re.Pattern[str]:
    """A character the view may change: anything but the common characters that it keeps
    as they are (checked one by one with _view_char: Latin-1, the Arabic block, general
    punctuation). In Arabic news about one character in fifteen matches."""
    ranges = (range(0x20, 0x7F), range(0xA0, 0x100), range(0x600, 0x700),
              range(0x2000, 0x2070))
    kept = "".join(re.escape(ch) for r in ranges for ch in map(chr, r) if _view_char(ch) == ch)
    return re.compile(f"[^{kept}]")


class _KindTable(dict[int, str]):
    """Code point -> its kind in the view: "d" dropped, "s" a space, "k" one character
    kept; filled lazily so ``str.translate`` writes a text's kinds in C."""

    def __missing__(self, codepoint: int) -> str:
        mapped = _VIEW[codepoint]
        kind = self[codepoint] = "d" if mapped is None else "s" if mapped == " " else "k"
        return kind


_KIND = _KindTable()
_KIND_PATTERNS = (re.compile("d+"), re.compile("s(?:d*s)+"))
# Latin-1, the Arabic block, general punctuation: nearly every character of the news.
_COMMON = (range(0x0, 0x100), range(0x600, 0x700), range(0x2000, 0x2070))


@cache
def _common_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For a text of common characters only: a character that is not one, a run of
    dropped characters, a run of spaces with only dropped characters between."""
    chars = [chr(c) for r in _COMMON for c in r]
    dropped = "".join(re.escape(ch) for ch in chars if _view_char(ch) is None)
    spaces = "".join(re.escape(ch) for ch in chars if _view_char(ch) == " ")
    common = "".join(f"{re.escape(chr(r.start))}-{re.escape(chr(r.stop - 1))}"
                     for r in _COMMON)
    return (re.compile(f"[^{common}]"), re.compile(f"[{dropped}]+"),
            re.compile(f"[{spaces}](?:[{dropped}]*[{spaces}])+"))


def _dropped(text: str) -> list[int]:
    """The stored offsets that the view leaves out, ascending (what `matching_view`
    skips): dropped characters, and every space of a run but its first. Found by
    regular expressions, not a Python step per character: over the text itself when
    it holds common characters only, else over its kinds (`_KIND`)."""
    uncommon, dropped_run, space_run = _common_patterns()
    if uncommon.search(text):
        text = text.translate(_KIND)
        dropped_run, space_run = _KIND_PATTERNS
    out: list[int] = []
    for match in dropped_run.finditer(text):
        out.extend(range(match.start(), match.end()))
    table = _VIEW
    runs = [i for match in space_run.finditer(text)
            for i in range(match.start() + 1, match.end())
            if text[i] == "s" or table[ord(text[i])] == " "]
    if runs:
        out = sorted(out + runs)
    return out


def _stored_offset(dropped: list[int], v: int) -> int:
    """The stored offset of view character `v`: the v-th offset not in `dropped`."""
    s = v
    while True:
        nxt = v + bisect_right(dropped, s)
        if nxt == s:
            return s
        s = nxt


def normalize_for_search(s: str) -> str:
    """The matching-view string alone, for queries and for cheap containment tests.

    Runs of whitespace (after dropping invisible characters) count as one space, so
    a double space or a line break in an article does not hide a phrase.

    Same result as ``s.translate`` through the view table, five times faster on an
    article (the search index normalizes every stored text): only the distinct
    characters the view changes are replaced, each with one ``str.replace`` in C.
    """
    if len(s) < 64:
        return _SPACE_RUN.sub(" ", s.translate(_VIEW))
    found = set(_changing().findall(s))
    pairs = [(ch, _VIEW[ord(ch)]) for ch in found]
    if any(v is not None and v in found for _, v in pairs):
        s = s.translate(_VIEW)  # a replacement would be replaced again: one pass instead
    else:
        for ch, v in pairs:
            s = s.replace(ch, v or "")
    return _SPACE_RUN.sub(" ", s)


def matching_view(text: str) -> tuple[str, list[int]]:
    """Normalised view of ``text`` plus, for each view index, its stored offset.

    Built one character at a time because normalising the whole string would shift
    offsets (tashkeel and tatweel are dropped) and spans must point at stored text.
    The view always equals ``normalize_for_search(text)``.
    """
    table = _VIEW
    chars: list[str] = []
    orig: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        mapped = table[ord(ch)]
        if mapped is None:
            continue
        if mapped == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        chars.append(mapped)
        orig.append(i)
    return "".join(chars), orig


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every non-overlapping hit of ``query`` in ``text``, as stored offsets, left to right.

    A view hit [s, e) maps to [orig[s], orig[e-1] + 1), then the end also takes the
    diacritics that follow the last letter: otherwise a hit in vocalised text would
    leave the final letter's harakat outside the span and split a letter from its
    combining mark. An empty (or all-diacritic) query has no hits.
    """
    needle = normalize_for_search(query)
    if not needle:
        return []
    # The view string alone first (replacements in C): most texts Find in project reads
    # hold no hit, and one that holds no character the view drops or merges has a view
    # of its own length, whose offsets are the stored offsets (no map to build).
    view = normalize_for_search(text)
    if needle not in view:
        return []
    width = len(needle)
    hits: list[tuple[int, int]] = []
    if len(view) == len(text):
        i = view.find(needle)
        while i >= 0:
            hits.append((i, i + width))
            i = view.find(needle, i + width)
        return hits
    # Otherwise the offsets the view drops, and each hit's ends found among them (as
    # `matching_view` would map them, without a Python step per character).
    dropped = _dropped(text)
    n = len(text)
    i = view.find(needle)
    while i >= 0:
        start = _stored_offset(dropped, i)
        end = _stored_offset(dropped, i + width - 1) + 1
        if not text[end - 1].isspace():  # marks after a space start the next word
            while end < n and _is_mark(text[end]) and _VIEW[ord(text[end])] is None:
                end += 1
        hits.append((start, end))
        i = view.find(needle, i + width)
    return hits


def matches(text: str, query: str) -> bool:
    """Whether ``find_all`` would find ``query``; cheap enough to filter a document list.

    An empty (or all-diacritic) query matches everything, as an empty filter should.
    """
    return normalize_for_search(query) in normalize_for_search(text)


# --- word units -----------------------------------------------------------------


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    """A UI selection may run backwards (right-to-left drags) or past the text."""
    n = len(text)
    lo, hi = (start, end) if start <= end else (end, start)
    return min(max(lo, 0), n), min(max(hi, 0), n)


def _check_range(text: str, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range [{start}, {end}) is outside a text of {len(text)} characters")


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whitespace: no word crosses whitespace, so words found in
    the window are exactly the document's words, without tokenizing the whole text."""
    n = len(text)
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < n and not text[hi].isspace():
        hi += 1
    return lo, hi


def _glued(text: str, left_end: int, right_start: int) -> bool:
    """Whether two pyarabic tokens are really one word split by one of its quirks."""
    gap = text[left_end:right_start]
    if gap.isspace():
        return False  # the usual gap, one space
    if all(_is_mark(c) or _is_format(c) for c in gap):
        return True  # ZWNJ, soft hyphen, U+0653-0655 hamza/madda, Latin accents...
    return (
        len(gap) == 1
        and gap in _NUMBER_SEPARATORS
        and text[left_end - 1].isdecimal()
        and text[right_start].isdecimal()
    )


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Word units inside text[lo:hi], which must start and end at whitespace or text edges."""
    units: list[list[int]] = []
    for token in araby.tokenize_with_location(text[lo:hi]):
        a = token["start"] + lo
        b = token["end"] + lo
        if units and _glued(text, units[-1][1], a):
            units[-1][1] = b
        else:
            units.append([a, b])
        end = units[-1][1]
        while end < hi and _is_mark(text[end]):  # marks belong to the letter before them
            end += 1
        units[-1][1] = end
    words: list[tuple[int, int]] = []
    for a, b in units:
        a, b = _strip(text, a, b)  # pyarabic keeps ' and _ in words
        while a < b and _is_mark(text[a]) and a > 0 and not text[a - 1].isspace():
            a += 1  # a mark after punctuation is that punctuation's, not the next word's
        a, b = _strip(text, a, b)
        if a < b:
            words.append((a, b))
    return words


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim [s, e) by whole characters-with-marks: a quotation mark or comma that
    carries a stray haraka goes as one piece, and no letter loses its marks.
    Combining marks after whitespace are kept, as pyarabic starts a word with them."""
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


def strip_outer(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, punctuation, quotation marks and invisible format characters
    from both ends, because the guideline keeps quotes outside names and a stray
    space or comma in a span is never intended. Interior characters stay.

    The range is clamped and ordered first; a range with nothing else in it becomes
    the empty range at its start.
    """
    start, end = _clamp(text, start, end)
    s, e = _strip(text, start, end)
    if s == e:
        return start, start
    return s, e


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word under a double-click at cursor position ``pos``.

    A cursor position sits between characters: prefer the word that starts at or
    contains ``pos``, else the word that ends exactly there (a click on the last
    half of a word's last letter). None when ``pos`` touches no word or lies
    outside the text.
    """
    if not 0 <= pos <= len(text):
        return None
    lo, hi = _window(text, pos, pos)
    words = _words(text, lo, hi)
    for a, b in words:
        if a <= pos < b:
            return a, b
    for a, b in words:
        if b == pos:
            return a, b
    return None


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a rough mouse selection to whole words, then drop outer quotes/punctuation.

    Selecting Arabic with a mouse rarely lands on letter boundaries (joined glyphs,
    lam-alef), so any word the selection touches is taken whole; a base letter is
    never split from its combining marks. The range is clamped and ordered first.
    An empty selection snaps to ``word_at(text, start)`` if there is one. A selection
    of only whitespace, punctuation or format characters returns the EMPTY range
    (start, start): the caller should treat start == end as "nothing to mark".
    """
    start, end = _clamp(text, start, end)
    if start == end:
        return word_at(text, start) or (start, start)
    n = len(text)
    lo, hi = _window(text, start, end)
    s, e = start, end
    for a, b in _words(text, lo, hi):
        if a < end and b > start:
            s = min(s, a)
            e = max(e, b)
    while 0 < s < n and _is_mark(text[s]) and not text[s - 1].isspace():
        s -= 1  # a mark belongs to the character before it, unless that is a space
    while e < n and _is_mark(text[e]) and not text[e - 1].isspace():
        e += 1
    s, e = strip_outer(text, s, e)
    if s == e:
        return start, start
    return s, e


# --- proclitics -----------------------------------------------------------------


def trim_proclitic(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop ONE leading proclitic و ف ب ل ك from a span, as the guideline asks
    ("لإيران" -> "إيران"); call again for a second one.

    Harakat, tatweel and invisible characters after the letter go with it ("لـطهران"
    -> "طهران"), and so does whitespace ("لـ طهران"). The rest must start with a letter
    and keep at least two letters, else None ("لي", "ل2023"). The caller asked
    explicitly, so "بغداد" -> "غداد" is allowed here; see ``auto_trim_proclitic``.
    Raises ValueError for a range outside the text.
    """
    _check_range(text, start, end)
    if start == end or text[start] not in PROCLITICS:
        return None
    i = start + 1
    while i < end and (
        _is_mark(text[i]) or text[i] == TATWEEL or _is_format(text[i]) or text[i].isspace()
    ):
        i += 1
    if i == end or not _is_letter(text[i]):
        return None
    if sum(1 for ch in text[i:end] if _is_letter(ch)) < 2:
        return None
    return i, end


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and ch != TATWEEL  # tatweel is category Lm, so isalpha() is True


def auto_trim_proclitic(
    text: str, start: int, end: int, known_texts: AbstractSet[str]
) -> tuple[int, int]:
    """Trim a proclitic only when the rest is already a span text in the project.

    A letter such as ب may be a proclitic or the name's own first letter ("بغداد"),
    and only the project's earlier spans can tell which without a lexicon. The rest
    is compared exactly and also after search normalisation, so "ايران" as a known
    text accepts "لإيران". Otherwise the span comes back unchanged.
    """
    trimmed = trim_proclitic(text, start, end)
    if trimmed is None:
        return start, end
    rest = text[trimmed[0] : trimmed[1]]
    if rest in known_texts:
        return trimmed
    key = normalize_for_search(rest)
    if any(normalize_for_search(known) == key for known in known_texts):
        return trimmed
    return start, end


# --- tokens ---------------------------------------------------------------------


@cache
def _is_symbolish(ch: str) -> bool:
    return not (ch.isspace() or _is_format(ch) or _is_punct(ch))


def _other_tokens(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """Tokens between two words: what pyarabic drops."""
    i = a
    while i < b:
        ch = text[i]
        if ch.isspace() or _is_format(ch):
            i += 1
            continue
        j = i + 1
        if _is_punct(ch):
            while j < b and text[j] == ch:  # "..." and "!!" stay one token
                j += 1
        else:  # symbols and emoji: one run, ZWJ sequences and variation selectors kept
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
    """Word tokens plus the punctuation and symbol tokens pyarabic drops, in text order.

    CoNLL export and token-level agreement need every visible character in exactly
    one token. Each token is a word (the same words snapping uses, so "3.5" and
    words joined by ZWNJ are one token), a run of one repeated punctuation character
    ("،", "“", "..."), or a run of symbols/emoji. Whitespace and invisible format
    characters (LRM, RLM, ZWNJ, BOM...) outside words belong to no token, because an
    invisible token would be useless in training data.

    No token crosses whitespace, so the text is tokenized chunk by chunk: one regular
    expression takes the chunks of the usual characters (letters, digits, tashkeel,
    punctuation), and the careful algorithm (pyarabic's words repaired, then the
    tokens between them) only the chunks around anything else. Both give the same
    tokens (tests/core/test_tokenizer_oracle.py); the expression is about 20 times
    faster, which is what the token exports and agreement spend most of their time on.
    """
    return token_columns(text)[0]


def token_columns(text: str) -> tuple[list[tuple[int, int]], Sequence[int], Sequence[int],
                                      list[str]]:
    """`tokens_with_offsets`, then the tokens' starts, their ends and their texts, as
    columns (what the token exports align spans by, cut sentences by and write).

    A text of usual characters only (most news) is cut by one `re.split`, whose pieces
    alternate between the gaps and the tokens: their lengths summed give the offsets,
    and the tokens' texts come for free, all without a Python step per token. Whether
    the text was usual is read from those pieces too (`_all_usual`); a text that was
    not (an emoji, a symbol) is tokenized again, the careful way around what is unusual.
    """
    usual, unusual, splitter = _token_patterns()
    pieces = splitter.split(text)
    gaps = pieces[0::3]  # gap, token, the token's repeated punctuation (or None), ...
    if _all_usual(text, gaps, unusual):
        words = pieces[1::3]
        edges = list(accumulate(map(len, chain.from_iterable(zip(gaps, words, strict=False)))))
        starts, ends = edges[0::2], edges[1::2]  # gaps has one more: the text's end
        return list(zip(starts, ends, strict=True)), starts, ends, words
    hit = unusual.search(text)
    out: list[tuple[int, int]] = []
    pos = 0
    while hit is not None:
        lo, hi = _window(text, hit.start(), hit.end())
        out.extend(map(_span, usual.finditer(text, pos, lo)))
        _careful_tokens(text, lo, hi, out)
        pos = hi
        hit = unusual.search(text, pos)
    out.extend(map(_span, usual.finditer(text, pos)))
    firsts, lasts = zip(*out, strict=True) if out else ((), ())
    return out, firsts, lasts, [text[a:b] for a, b in out]


def _all_usual(text: str, gaps: list[str], unusual: re.Pattern[str]) -> bool:
    """Whether ``text``, split with ``gaps`` between its tokens, holds nothing the
    ``unusual`` pattern finds, told mostly from the gaps (asking that pattern of every
    character was a fifth of the tokenizer's time). An unusual character is in no
    token, so it is in a gap, where only whitespace may be. The other unusual thing is
    a haraka right after punctuation: harakat are few in most news, so each is looked
    at; a vocalized text is asked of the pattern."""
    between = "".join(gaps)
    if between and not between.isspace():
        return False
    seen = 0
    for mark in _PYARABIC_MARKS:
        at = text.find(mark, 1)
        while at > 0:
            if _is_punct(text[at - 1]):
                return False
            seen += 1
            if seen > _FEW_MARKS:  # a vocalized text: one pass of the pattern is quicker
                return unusual.search(text) is None
            at = text.find(mark, at + 1)
    return True


_FEW_MARKS = 50


def _careful_tokens(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    """The tokens of text[lo:hi] (edges at whitespace or text ends), character by character."""
    pos = lo
    for a, b in _words(text, lo, hi):
        _other_tokens(text, pos, a, out)
        out.append((a, b))
        pos = b
    _other_tokens(text, pos, hi, out)


_span = re.Match.span
_IN_PYARABIC_WORDS = "\u064b-\u0652\u0670"  # tashkeel pyarabic counts as word characters
_PYARABIC_MARKS = "".join(map(chr, (*range(0x064B, 0x0653), 0x0670)))  # as the class above


@cache
def _token_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the tokens of a chunk of usual characters, a character that makes a chunk unusual,
    the first with the whole token as a group: what splits a usual text into its pieces).

    Usual: letters and digits (\\w without "_"), the tashkeel pyarabic keeps in words,
    and punctuation, all of the Basic Multilingual Plane, without "'" and "_" (pyarabic
    counts those two as word characters). There a token is a run of word characters, several
    joined by one of . , ٫ ٬ between two digits ("3.5"), or a run of one repeated
    punctuation character. Anything else (symbols, emoji, other combining marks, format
    characters, "'", "_", a haraka right after punctuation, anything outside the BMP)
    makes its chunk unusual.
    Built on first use (a pass over 65,536 characters, about 10 ms).
    """
    chars = (chr(c) for c in range(0x10000))
    punct = "".join(re.escape(ch) for ch in chars if ch not in "'_" and (
        unicodedata.category(ch)[0] == "P" or ch in _QUOTE_SYMBOLS))  # as _is_punct
    marks = _IN_PYARABIC_WORDS
    # A word is a run of the BMP's letters and digits (\\w without "_" is str.isalnum())
    # and those marks, as one class, which re matches in a tight loop. Characters outside
    # the BMP make a chunk unusual, so no second branch is tried at every character
    # (before: about 1.5 times slower). The separator is asked for before looking back
    # for a digit: after most words comes a space, which fails it at once. The runs are
    # possessive (++, *+): nothing after a token can fail, so giving characters back is
    # never needed, and not keeping the places to give them back made `split` a fifth
    # faster.
    bmp = _ranges(c for c in range(0x10000) if chr(c).isalnum())
    word = f"[{bmp}{marks}]++"
    separators = re.escape("".join(sorted(_NUMBER_SEPARATORS)))
    # Ends with the back reference to the repeated punctuation character, by number.
    token = f"{word}(?:[{separators}](?<=\\d[{separators}])(?=\\d){word})*+|([{punct}])\\"
    usual = re.compile(f"{token}1*+")
    # "'" and "_" are outside `punct` and not alphanumeric, so the first class takes them.
    # Anything else: one class of the usual characters, spelled out, so each character
    # costs one table lookup (\\w and \\s in a class are asked of the Unicode database).
    spaces = _ranges(c for c in range(0x10000) if chr(c).isspace())
    unusual = re.compile(f"[^{bmp}{spaces}{punct}{marks}]|[{punct}][{marks}]")
    splitter = re.compile(f"({token}2*+)")
    return usual, unusual, splitter


def _ranges(codes: Iterable[int]) -> str:
    """Ascending code points as the inside of a character class ("a-z0-9")."""
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in runs)
