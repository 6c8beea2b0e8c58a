"""Find known names in a text: whole words, matching view, proclitic rule, longest first.

One automaton (pyahocorasick, Aho–Corasick) holds every name key, so a text is scanned
once however many names there are: a project gazetteer of thousands of names costs the
same per document as one name. Label-all (one name) and gazetteers (many) both use it,
so the two can never disagree on what counts as an occurrence.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Mapping
from dataclasses import dataclass

import ahocorasick

from annotator.core.suggest.words import (
    ARTICLE,
    LAM_PREFIXES,
    PROCLITIC_PREFIXES,
    WordView,
)

__all__ = ["NameMatch", "NameMatcher"]


@dataclass(frozen=True, slots=True)
class NameMatch:
    """One occurrence: stored offsets [start, end), the label, the stored text and the
    name key it matched (see ``words.name_key``)."""

    start: int
    end: int
    label: str
    text: str
    name: str


# What the automaton holds for one string: (name key, label, contracted) per name that
# the string stands for. "contracted" marks the form a name with the article takes
# after the preposition ل ("لعراق" in "للعراق" stands for "العراق").
_Value = tuple[tuple[str, str, bool], ...]


class NameMatcher:
    """Name keys (``words.name_key``) with their labels, compiled for scanning.

    ``proclitic_inside`` chooses the span boundary at a proclitic: False (the
    guideline, default) puts the span after it ("لإيران" -> "إيران"); True takes the
    whole word, as corpora such as Wojood do ("لإيران").
    """

    def __init__(self, names: Mapping[str, str], proclitic_inside: bool = False) -> None:
        self.names = dict(names)
        self.proclitic_inside = proclitic_inside
        forms: dict[str, list[tuple[str, str, bool]]] = {}
        for key, label in self.names.items():
            if not key:
                continue
            forms.setdefault(key, []).append((key, label, False))
            if key.startswith(ARTICLE) and len(key) > len(ARTICLE) + 1:
                forms.setdefault("ل" + key[len(ARTICLE):], []).append((key, label, True))
        self._automaton: ahocorasick.Automaton | None = None
        if forms:
            automaton = ahocorasick.Automaton()
            for form, values in forms.items():
                automaton.add_word(form, tuple(values))
            automaton.make_automaton()
            self._automaton = automaton

    def __len__(self) -> int:
        return len(self.names)

    def find(self, text: str | WordView) -> list[NameMatch]:
        """Every occurrence of a name in ``text``, in text order.

        Whole words only; a hit may start after a proclitic inside a word only when the
        rest of that word is the name. Where hits overlap, the longest name wins (then
        the leftmost), and the shorter hits are dropped, so the result never overlaps.
        """
        view = text if isinstance(text, WordView) else WordView.of(text)
        if self._automaton is None:
            return []
        scan, visible, starts = view.scan()
        candidates: list[tuple[int, int, int, str, str]] = []  # -len, start, end, ...
        for last, values in self._automaton.iter(scan):
            if last + 1 < len(scan) and scan[last + 1] != " ":
                continue  # ends inside a word
            for key, label, contracted in values:
                width = len(key) - 1 if contracted else len(key)
                first = last - width + 1
                hit = self._stored(view, visible, starts, first, last, key, contracted)
                if hit is not None:
                    candidates.append((-width, hit[0], hit[1], key, label))
        candidates.sort()
        taken: list[tuple[int, int]] = []
        out: list[NameMatch] = []
        for _, start, end, key, label in candidates:
            i = bisect_right(taken, (start, end))
            if i and taken[i - 1][1] > start or i < len(taken) and taken[i][0] < end:
                continue
            insort(taken, (start, end))
            out.append(NameMatch(start, end, label, view.text[start:end], key))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def _stored(self, view: WordView, visible: list[int], starts: list[int], first: int,
                last: int, key: str, contracted: bool) -> tuple[int, int] | None:
        """Stored [start, end) of a scan hit, or None where the proclitic rule refuses it."""
        k = bisect_right(starts, first) - 1
        offset = first - starts[k]
        token = visible[k]
        if offset:
            prefix = view.norms[token][:offset]
            allowed = LAM_PREFIXES if contracted else PROCLITIC_PREFIXES
            if prefix not in allowed:
                return None
        elif contracted:
            return None  # "لعراق" standing alone is not "العراق"
        end_token = visible[bisect_right(starts, last) - 1]
        start = view.tokens[token][0] if self.proclitic_inside else view.stored_offset(
            token, offset)
        return start, view.tokens[end_token][1]
