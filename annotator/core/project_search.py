"""Find in project: what a hit is, and how a query narrows the documents to read.

The search looks through the matching view of core.arabic (hamza forms, ى/ي, ة/ه,
tashkeel, tatweel and invisible characters ignored). The project keeps every text's view
as trigrams (SQLite FTS5, store/search.py) only to pick candidate documents; the hits
themselves are found in each candidate's stored text with ``arabic.find_all``, so their
offsets are always exact stored offsets (code points, end-exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CONTEXT_CHARS", "SearchHit", "SearchPage", "context", "trigram_query"]

CONTEXT_CHARS = 40  # characters of context shown on each side of a hit
MOST_TRIGRAMS = 16  # a long query is narrowed by this many of its trigrams


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One occurrence: [start, end) in the stored text of a document, with its line's
    text before and after it (at most CONTEXT_CHARS each)."""

    document_id: int
    title: str
    start: int
    end: int
    before: str
    text: str
    after: str


@dataclass(frozen=True, slots=True)
class SearchPage:
    """Hits in document order. `next_after` is the last document read when the page is
    full (ask again from there for more), None when every document was read."""

    hits: tuple[SearchHit, ...]
    next_after: int | None

    @property
    def documents(self) -> int:
        return len({h.document_id for h in self.hits})


def trigram_query(needle: str) -> str | None:
    """An FTS5 query for documents whose view holds every trigram of ``needle`` (already
    in the matching view), or None when it is shorter than three characters.

    Each trigram is a quoted string (a double quote doubled), joined by AND: the index
    keeps no positions, so this finds a superset of the documents that hold the needle.
    A long needle is narrowed by MOST_TRIGRAMS of its trigrams, spread over it.
    """
    grams = list(dict.fromkeys(needle[i:i + 3] for i in range(len(needle) - 2)))
    if not grams:
        return None
    if len(grams) > MOST_TRIGRAMS:
        step = (len(grams) - 1) / (MOST_TRIGRAMS - 1)
        grams = [grams[round(k * step)] for k in range(MOST_TRIGRAMS)]
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


def context(text: str, start: int, end: int,
            width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, hit, after): the hit's text and up to `width` characters of its line on
    each side."""
    lo = max(0, start - width)
    line_start = text.rfind("\n", lo, start)
    lo = line_start + 1 if line_start >= 0 else lo
    hi = min(len(text), end + width)
    line_end = text.find("\n", end, hi)
    hi = line_end if line_end >= 0 else hi
    return text[lo:start], text[start:end], text[end:hi]
