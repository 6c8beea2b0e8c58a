"""Token features for the CRF tagger: what a word looks like, what it is known to be,
and what surrounds it.

Arabic glues proclitics and the article to the word ("وبالعراق"), so a word seen once
as "العراق" would be a stranger as "والعراق". Each word is therefore also described by
its stem (proclitics and article stripped) and by every proclitic reading of it
(``words.proclitic_splits``), and looked up in the lexicon under each reading. Words
are read in the matching view, so spelling variants (أ/ا, ى/ي, ة/ه, tashkeel) share
their features. Changing what is computed here changes what a stored model means:
bump ``FEATURE_VERSION`` then, and older models are retrained instead of misread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotator.core.suggest.lexicon import DictionaryEntry, dictionary_entry, word_classes
from annotator.core.suggest.words import ARTICLE, proclitic_splits

__all__ = ["FEATURE_VERSION", "sentence_features", "shape", "stem", "stem_key"]

# 2: the memory of a word's stem ("mst="); 3: the dictionary ("dict=", "freq=") and the
# words three places away ("w-3=", "w3=")
FEATURE_VERSION = 3
_CONTEXT = (-3, -2, -1, 1, 2, 3)  # where a word's neighbours are looked at
_OPENING = frozenset("([{«“")
_CLOSING = frozenset(")]}»”")
_STEM_MARK = "\x00"  # stems in the word memory: a character no word holds


def stem(word: str) -> tuple[str, str]:
    """(proclitics + article, stem) of a normalized word: "وبالعراق" -> ("وبال",
    "عراق"). Only a prefix followed by the article is taken off, because only then is
    it certainly a prefix; "بغداد" stays whole."""
    for prefix, rest in proclitic_splits(word):
        if rest.startswith(ARTICLE) and len(rest) > len(ARTICLE) + 1:
            return prefix + ARTICLE, rest[len(ARTICLE):]
    return "", word


def stem_key(norm: str) -> str:
    """The key of a word's stem in a model's word memory (apart from the words': a
    control character no word holds)."""
    return _STEM_MARK + stem(norm)[1]


def shape(word: str) -> str:
    """Digits, Latin letters, punctuation, Arabic letters, or a mix."""
    if not word:
        return "empty"
    if word.isdigit():
        return "digits"
    if word.isascii() and word.isalpha():
        return "latin"
    if not any(ch.isalnum() for ch in word):
        return "punct"
    if any(ch.isdigit() for ch in word):
        return "mixed-digits"
    if any(ch.isascii() and ch.isalpha() for ch in word):
        return "mixed-latin"
    return "arabic"


_NISBA_ENDINGS = ("يين", "يون", "يات", "يه", "ي")
_PLACES = frozenset({"country", "capital", "city", "region"})


def _is_nisba_of_place(base: str) -> bool:
    """Whether a word is an adjective of origin made from a known place: "عراقي"
    (العراق), "سوريون" (سوريا), "الفلسطينية" (فلسطين) — how NORP names are formed."""
    for ending in _NISBA_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= 2:
            rest = base[: -len(ending)]
            for place in (rest, rest + "ا", ARTICLE + rest, rest + "ه"):
                if _PLACES.intersection(word_classes(place)):
                    return True
    return False


class _Word:
    """The features of one word that do not depend on its neighbours, and the ones it
    gives its neighbours, as ready strings (cached: built once per distinct word)."""

    __slots__ = ("context", "features", "norm", "prefix", "shape", "stem", "stem_key")

    def __init__(self, norm: str) -> None:
        self.norm = norm
        prefix, base = stem(norm)
        self.prefix = prefix
        self.stem = base
        self.stem_key = _STEM_MARK + base
        self.shape = shape(norm)
        f = ["w=" + norm, "sh=" + self.shape, f"len={min(len(base), 8)}"]
        for k in (1, 2, 3):
            f += (f"p{k}=" + norm[:k], f"s{k}=" + norm[-k:])
        if prefix:  # the stem's own features only where they differ from the word's
            f += ["st=" + base, "pre=" + prefix]
            for k in (1, 2, 3):
                f += (f"sp{k}=" + base[:k], f"ss{k}=" + base[-k:])
        readings = [rest for _, rest in proclitic_splits(norm)]
        f += ["v=" + rest for rest in readings[1:]]
        classes: set[str] = set()
        for rest in readings:
            classes.update(word_classes(rest))
            if rest.startswith(ARTICLE):
                classes.update(word_classes(rest[len(ARTICLE):]))
            else:
                classes.update(word_classes(ARTICLE + rest))
        f += ["lex=" + c for c in sorted(classes)]
        entry = _dictionary_reading(readings)
        if entry is None:
            f.append("dict=none")
        else:
            f += ["dict=" + kind for kind in entry[0]]
            f.append("freq=" + entry[1])
        if _is_nisba_of_place(base):
            f.append("nisba-of-place")
        if self.shape == "digits":
            f.append(f"digits={min(len(norm), 5)}")
            value = int(norm) if len(norm) <= 4 else 0
            if 1000 <= value <= 2100:
                f.append("year")
            elif 1 <= value <= 31:
                f.append("day-number")
        self.features = f
        # What this word tells a word d places away (d = -2, -1, 1, 2 from that word).
        self.context = {
            d: [f"w{d}=" + norm, f"st{d}=" + base, f"sh{d}=" + self.shape,
                *((f"pre{d}=" + prefix,) if d in (-1, 1) else ())]
            for d in (-2, -1, 1, 2)
        }
        self.context.update({d: [f"w{d}=" + norm] for d in (-3, 3)})  # the word alone

    def only(self, known: frozenset[str]) -> _Word:
        """Keep only the features in ``known`` (a model's attributes): the model gives
        the others no weight, so leaving them out changes no prediction, and crfsuite
        no longer converts and looks up strings it would ignore (a quarter of them)."""
        self.features = [a for a in self.features if a in known]
        self.context = {d: [a for a in c if a in known] for d, c in self.context.items()}
        return self


class FeatureCache:
    """Per-word features, computed once per distinct word (a corpus repeats its words:
    20,000 tokens have about 6,000 distinct ones). Emptied when it reaches ``limit``
    words, so a model suggesting all day does not grow without bound.

    ``known`` (a model's attributes, for prediction) keeps each word's features to those
    (``_Word.only``); None (training) keeps them all.
    """

    def __init__(self, limit: int = 100_000, known: frozenset[str] | None = None) -> None:
        self._words: dict[str, _Word] = {}
        self._limit = limit
        self.known = known

    def word(self, norm: str) -> _Word:
        w = self._words.get(norm)
        if w is None:
            if len(self._words) >= self._limit:
                self._words.clear()
            w = _Word(norm)
            self._words[norm] = w if self.known is None else w.only(self.known)
        return w


def _dictionary_reading(readings: list[str]) -> DictionaryEntry | None:
    """The dictionary entry of the first reading of a word (itself, then without its
    proclitics) found there, with or without the article."""
    for rest in readings:
        entry = dictionary_entry(rest)
        if entry is None and rest.startswith(ARTICLE):
            entry = dictionary_entry(rest[len(ARTICLE):])
        if entry is not None:
            return entry
    return None


_EDGE = {d: [f"w{d}=<edge>"] for d in _CONTEXT}


def sentence_features(norms: Sequence[str], gazetteer_tags: Sequence[str] | None = None,
                      cache: FeatureCache | None = None,
                      memory: Mapping[str, str] | None = None) -> list[list[str]]:
    """Features of each token of one sentence, given the tokens in the matching view.

    ``gazetteer_tags`` holds, per token, "" or the tag a gazetteer gives it ("B-GPE",
    "I-GPE", "B-GPE|1" for a name after a proclitic); see ``tagging.gazetteer_tags``.
    ``memory`` maps a word to the label it mostly had in training ("O" if none), and a
    stem (``stem_key``) to the label its forms mostly had; a word or stem it lacks is
    "unseen", which tells the model how far to trust the word itself.
    """
    cache = cache or FeatureCache()
    known = cache.known
    words = [cache.word(n) for n in norms]
    n = len(words)
    out: list[list[str]] = []
    depth = 0
    for i, w in enumerate(words):
        f = list(w.features)
        for d in _CONTEXT:
            j = i + d
            f += words[j].context[d] if 0 <= j < n else _EDGE[d]
        if i:
            pair = "w-1|w=" + words[i - 1].norm + "|" + w.norm
            if known is None or pair in known:
                f.append(pair)
        if i + 1 < n:
            pair = "w|w+1=" + w.norm + "|" + words[i + 1].norm
            if known is None or pair in known:
                f.append(pair)
        if depth:
            f.append("in-brackets")
        if w.norm in _OPENING:
            depth += 1
        elif w.norm in _CLOSING and depth:
            depth -= 1
        if memory is not None:
            f.append("mem=" + memory.get(w.norm, "unseen"))
            f.append("mst=" + memory.get(w.stem_key, "unseen"))
        if gazetteer_tags is not None and gazetteer_tags[i]:
            f.append("gz=" + gazetteer_tags[i])
        out.append(f)
    return out
