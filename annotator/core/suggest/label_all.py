"""Label all occurrences: the other places a span's name occurs, as spans to add.

The annotator labels "إيران" once and the tool offers every other "إيران", "لإيران"
(the span on "إيران") and "إِيران" of the document, then of the project after a
confirmation. Only whole words count and the guideline's boundaries are kept
(``words``); a place already labelled is not offered again.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.arabic import normalize_for_search
from annotator.core.suggest.matcher import NameMatch, NameMatcher
from annotator.core.suggest.offers import Labelled
from annotator.core.suggest.words import ARTICLE, WordView, canonical_name, name_key

__all__ = ["LabelAll"]


class LabelAll:
    """Finds a name's occurrences, one document at a time (so a project-wide run can
    report progress and stop), with a cheap test to skip documents without it.

    ``name`` is the selected span's text. A leading proclitic is dropped from it
    when certain (``words.canonical_name``: "والعراق" looks for "العراق"), so every
    form of the name is found. ``proclitic_inside`` as in ``NameMatcher``.
    """

    def __init__(self, name: str, label: str, proclitic_inside: bool = False) -> None:
        self.label = label
        self.key = canonical_name(name_key(name))
        self._matcher = NameMatcher({self.key: label}, proclitic_inside)
        # The longest piece of the key without spaces (punctuation may be glued to a
        # word in the text), minus a leading article, which "للعراق" lacks.
        pieces = sorted(self.key.split(" "), key=len, reverse=True)
        needle = pieces[0] if pieces else ""
        if needle.startswith(ARTICLE) and needle == self.key.split(" ")[0]:
            needle = needle[len(ARTICLE):]
        self._needle = needle

    def may_occur(self, text: str) -> bool:
        """False only when the name certainly does not occur: one C-speed pass over the
        normalized text, to skip most documents of a project without tokenizing them."""
        return bool(self._needle) and self._needle in normalize_for_search(text)

    def find(self, text: str | WordView,
             existing: Iterable[tuple[int, int, str]] = ()) -> list[NameMatch]:
        """The occurrences to label in this document, in text order.

        ``existing`` holds the layer's spans (start, end, label), the selected span
        among them. An occurrence is left out when a span already has its exact
        offsets (whatever its label: the place is labelled), or when a span of the same
        label overlaps it (the name is labelled there with other boundaries). It is
        kept inside a span of another label: names nest ("العراق" inside "المقاومة
        الإسلامية في العراق").
        """
        raw = text.text if isinstance(text, WordView) else text
        if not self.may_occur(raw):
            return []
        labelled = Labelled(existing)
        return [match for match in self._matcher.find(text)
                if not labelled.covers(match.start, match.end, match.label)]
