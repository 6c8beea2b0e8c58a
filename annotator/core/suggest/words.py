"""Whole words of a text in the matching view, and the guideline's proclitic rule.

Suggestions match names word by word, never inside a word: "العراق" must not be found
in "العراقيين". Each word is one token of ``arabic.tokens_with_offsets`` (the tokens the
exports and agreement use), seen through the matching view of ``arabic`` (hamza forms,
ى/ي, ة/ه, tashkeel, tatweel, invisible characters: ``normalize_for_search``), and every
view character maps back to one stored character, so a hit is always a span on the
stored characters.

The guideline keeps a leading proclitic و ف ب ل ك outside a name and the article ال
inside ("لإيران" -> "إيران", "والعراق" -> "العراق"). A word is cut only when what
follows the proclitic IS the name: "بغداد" is never cut, because "غداد" is no name.
The lam of "للعراق" (ل + العراق, the article's alef dropped) is matched too: the span
then starts at the article's lam, the only part of the article left in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from annotator.core.arabic import normalize_for_search, tokens_with_offsets

__all__ = [
    "ARTICLE",
    "PROCLITIC_PREFIXES",
    "WordView",
    "canonical_name",
    "name_key",
    "proclitic_splits",
]

Range = tuple[int, int]

ARTICLE = "ال"
# A conjunction (و ف), a preposition (ب ل ك), or a conjunction then a preposition:
# the sequences Arabic attaches before a noun (the same letters as arabic.PROCLITICS).
PROCLITIC_PREFIXES = frozenset(
    {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
)
# Prefixes whose last letter is the preposition ل, which swallows the article's alef.
LAM_PREFIXES = frozenset({"ل", "ول", "فل"})
_MIN_REST = 2  # letters left after a proclitic (arabic.trim_proclitic's rule)


def proclitic_splits(word: str) -> list[tuple[str, str]]:
    """Ways to read a normalized word as proclitics + rest, the whole word first.

    Returns (prefix, rest) pairs: ("", word), then each proclitic prefix whose rest
    keeps at least two letters, and for "لل..." also ("ل", "ال...") — the rest
    rebuilt with the article's alef, to look the name up. Which reading is right is
    for the caller to decide by looking the rest up; this only lists them.
    """
    out = [("", word)]
    for cut in (1, 2):
        prefix = word[:cut]
        rest = word[cut:]
        if prefix in PROCLITIC_PREFIXES and len(rest) >= _MIN_REST:
            out.append((prefix, rest))
            if prefix in LAM_PREFIXES and rest.startswith("ل") and len(rest) > _MIN_REST:
                out.append((prefix, ARTICLE + rest[1:]))
    return out


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The matching form of a name: its tokens in the matching view, one space apart.

    Names are compared token by token, so "حزب الله-النجباء" and "حزب الله - النجباء"
    have the same key, and a comma glued to a name in an article does not hide it.
    Cached: training asks for the same span texts once per fold.
    """
    view = WordView.of(name)
    return " ".join(n for n in view.norms if n)


def canonical_name(key: str, known: frozenset[str] | set[str] = frozenset()) -> str:
    """A name key without a leading proclitic, where that is certain.

    Corpora such as Wojood keep proclitics inside names ("للأمم المتحدة"), and a
    project's spans may too; a gazetteer built from them must hold the name itself,
    or it would only find the name after the same proclitic. The proclitic is dropped
    when the rest starts with the article ("والعراق", "للأمم" -> "الأمم") or is itself
    in ``known`` (another name key); otherwise the key stays as it is ("بغداد").
    """
    first, sep, tail = key.partition(" ")
    for prefix, rest in proclitic_splits(first)[1:]:
        if prefix and (rest.startswith(ARTICLE) and len(rest) > len(ARTICLE) + 1
                       or (rest + sep + tail) in known):
            return rest + sep + tail
    return key


@dataclass(slots=True)
class WordView:
    """The tokens of a text with their matching-view forms.

    ``norms[k]`` is token k in the matching view (``arabic.normalize_for_search``;
    "" when nothing of it is visible, e.g. a lone tatweel). Each view character comes
    from one stored character, so ``stored_offset`` maps a position back.
    """

    text: str
    tokens: list[Range]
    norms: list[str]
    _scan: tuple[str, list[int], list[int]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str, tokens: list[Range] | None = None) -> WordView:
        """Build the view; ``tokens`` may be passed when the caller already has them.

        Tokens never hold whitespace, so normalizing each token alone gives exactly
        its part of ``arabic.matching_view(text)``, at C speed.
        """
        if tokens is None:
            tokens = tokens_with_offsets(text)
        return cls(text, tokens, [normalize_for_search(text[a:b]) for a, b in tokens])

    def slice(self, first: int, last: int) -> WordView:
        """The view of tokens [first, last) only (a sentence), with the same stored
        offsets: matching in it never crosses the sentence's edges."""
        return WordView(self.text, self.tokens[first:last], self.norms[first:last])

    def stored_offset(self, token: int, char: int) -> int:
        """Stored offset of character ``char`` of ``norms[token]``."""
        a, b = self.tokens[token]
        seen = 0
        for i in range(a, b):
            if normalize_for_search(self.text[i]):
                if seen == char:
                    return i
                seen += 1
        raise IndexError(f"token {token} has {seen} visible characters, not {char + 1}")

    def scan(self) -> tuple[str, list[int], list[int]]:
        """The visible tokens joined by one space, which of the tokens they are, and
        where each begins in the string.

        Tokens with nothing visible are left out. A name key (``name_key``) found in
        this string at a token start and ending at a token end is a whole-word
        occurrence: keys have a space exactly where the string has one.
        """
        if self._scan is None:
            parts: list[str] = []
            visible: list[int] = []
            starts: list[int] = []
            pos = 0
            for k, norm in enumerate(self.norms):
                if not norm:
                    continue
                if parts:
                    parts.append(" ")
                    pos += 1
                visible.append(k)
                starts.append(pos)
                parts.append(norm)
                pos += len(norm)
            self._scan = ("".join(parts), visible, starts)
        return self._scan
