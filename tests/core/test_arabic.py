"""Tests for annotator.core.arabic: search view, snapping, proclitics, tokens."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyarabic import araby

from annotator.core.arabic import (
    FORMAT_CHARS,
    TASHKEEL,
    TATWEEL,
    auto_trim_proclitic,
    find_all,
    matches,
    matching_view,
    normalize_for_search,
    snap_to_words,
    strip_outer,
    tokens_with_offsets,
    trim_proclitic,
    word_at,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def cut(text: str, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else text[rng[0] : rng[1]]


def select(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


# Independent of the module on purpose: what a span may never start or end with.
def trimmable(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (
        ch.isspace()
        or cat[0] == "P"
        or ch in "`\u00b4"
        or (
            cat == "Cf"
            and ch not in "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
        )
    )


def is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def cluster_trimmable(text: str, i: int) -> bool:
    """Trimmable, or a combining mark riding on a trimmable non-space character."""
    if trimmable(text[i]):
        return True
    j = i
    while j > 0 and is_mark(text[j]):
        j -= 1
    return j < i and trimmable(text[j]) and not text[j].isspace()


# --- alphabets for hypothesis ----------------------------------------------------

ARABIC_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئ" + "یک"
LATIN = "abcXYZßİé"
DIGITS = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳"
SPACES = " \u00a0\n\t"
PUNCT = "،؛؟.,:;!?-“”\"«»'‘’()[]_`…"
NOISE = "".join(sorted(TASHKEEL)) + TATWEEL + "".join(sorted(FORMAT_CHARS)) + "\u00ad"
OTHER = ["😀", "❤", "\ufe0f", "$", "%", "\u0301", "\u200d"]

letters_text = st.text(
    alphabet=st.sampled_from(list(ARABIC_LETTERS + LATIN + DIGITS + " \u00a0\n")),
    min_size=1,
    max_size=40,
)
any_text = st.text(
    alphabet=st.sampled_from(
        list(ARABIC_LETTERS + LATIN + DIGITS + SPACES + PUNCT + NOISE) + OTHER
    ),
    max_size=50,
)


# --- matching view and search ----------------------------------------------------


def test_view_drops_and_maps_characters() -> None:
    assert normalize_for_search("إِيـــرَانُ") == "ايران"
    assert normalize_for_search("أإآٱ") == "اااا"
    assert normalize_for_search("ىی") == "يي"
    assert normalize_for_search("کة") == "كه"
    assert normalize_for_search("٢٠٢٣ ۱۲") == "2023 12"
    assert normalize_for_search("CNN Reuters") == "cnn reuters"
    assert normalize_for_search("ا\u200c\u200d\u200e\u200f\u061c\ufeff\u202b\u2067ب") == "اب"
    assert normalize_for_search("\u0653\u0654\u0655\u0670\u0651") == ""
    # one view character per kept stored character, never an expansion
    assert normalize_for_search("ßİ") == "ßİ"
    # whitespace of any kind, in runs, is one space
    assert normalize_for_search("أعلن\u00a0 \n\u200fفيها") == "اعلن فيها"


def test_matching_view_back_pointers() -> None:
    text = "لإِيـران  \u200fCNN"
    view, orig = matching_view(text)
    assert view == normalize_for_search(text) == "لايران cnn"
    assert len(orig) == len(view)
    assert orig == sorted(set(orig))
    for v, i in zip(view, orig, strict=True):
        assert normalize_for_search(text[i]) == v or text[i].isspace()


def test_search_seed_finds_iran_with_and_without_proclitic() -> None:
    text = seed("000")
    sentence = "تواصل الولايات المتحدة إرسال رسائل تحذير لإيران"
    assert sentence in text
    hits = find_all(text, "ايران")
    assert hits
    assert all(text[s:e] == "إيران" for s, e in hits)
    li_iran = text.index("لإيران")
    assert (li_iran + 1, li_iran + 6) in hits  # inside "لإيران", as a substring
    standalone = text.index("نفوذ إيران") + len("نفوذ ")
    assert (standalone, standalone + 5) in hits
    assert matches(text, "ايران") and matches(text, "إيـــران") and matches(text, "إِيرَان")
    assert find_all(text, "إِيرَان") == hits == find_all(text, "إيـــران")
    assert not matches(text, "طوكيو")


def test_search_ignores_diacritics_and_tatweel_in_text() -> None:
    text = "هدد إيـــران ثم إِيرَانُ و لإيران."
    hits = find_all(text, "ايران")
    assert [text[s:e] for s, e in hits] == ["إيـــران", "إِيرَانُ", "إيران"]
    # the final damma goes with its letter instead of being cut off
    s, e = hits[1]
    assert text[e - 1] == "\u064f"


def test_search_phrase_across_nbsp_and_case() -> None:
    text = seed("003")
    hits = find_all(text, "اقرأ أيضاً: المليشيات")
    assert len(hits) == 1
    s, e = hits[0]
    assert "\u00a0" in text[s:e]
    assert matches("Reuters said", "REUTERS") and find_all("Reuters said", "REUTERS") == [(0, 7)]


def test_search_edge_cases() -> None:
    assert find_all("نص", "") == []
    assert find_all("نص", "\u064e") == []
    assert matches("نص", "")  # an empty filter keeps every document
    assert find_all("", "ا") == []
    assert find_all("ااا", "اا") == [(0, 2)]  # non-overlapping
    assert find_all("١٢٣ و 123", "123") == [(0, 3), (6, 9)]
    assert find_all("ن😀ص", "😀") == [(1, 2)]
    assert find_all("إيران ًب", "ايران ") == [(0, 6)]  # a mark after a space is not taken


@SETTINGS
@given(
    base=letters_text,
    data=st.data(),
    noise=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(list(NOISE))),
        max_size=12,
    ),
)
def test_find_all_back_pointers(base: str, data: st.DataObject, noise: list) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(base) - 1))
    j = data.draw(st.integers(min_value=i + 1, max_value=len(base)))
    query = base[i:j]
    chars = list(base)
    for pos, ch in sorted(noise, reverse=True):
        chars.insert(pos % (len(chars) + 1), ch)
    text = "".join(chars)
    needle = normalize_for_search(query)
    hits = find_all(text, query)
    if needle:
        assert hits, (text, query)
    previous_end = 0
    for s, e in hits:
        assert previous_end <= s < e <= len(text)
        assert normalize_for_search(text[s:e]) == needle
        assert normalize_for_search(text[s]) != ""  # never starts on a dropped character
        # a letter keeps its harakat; marks after a space belong to the next word
        dropped_mark_next = e < len(text) and is_mark(text[e]) and not normalize_for_search(text[e])
        assert not dropped_mark_next or text[e - 1].isspace()
        previous_end = e
    assert matches(text, query) == bool(hits)


def mapped_hits(text: str, query: str) -> list[tuple[int, int]]:
    """find_all's hits through the back pointers alone, end marks included."""
    view, orig = matching_view(text)
    needle = normalize_for_search(query)
    hits, i = [], view.find(needle) if needle else -1
    while i >= 0:
        end = orig[i + len(needle) - 1] + 1
        if not text[end - 1].isspace():
            while end < len(text) and is_mark(text[end]) and not normalize_for_search(text[end]):
                end += 1
        hits.append((orig[i], end))
        i = view.find(needle, i + len(needle))
    return hits


@SETTINGS
@given(text=any_text, data=st.data())
def test_find_all_equals_the_back_pointers_with_or_without_dropped_characters(
        text: str, data: st.DataObject) -> None:
    """A text whose view has its own length is searched without building the map (the
    offsets are the same): the hits are those the map gives, and so are they in a text
    with characters the view drops or merges."""
    plain = "".join(ch for ch in text if len(normalize_for_search(ch)) == 1).replace("  ", " ")
    for t in (text, plain):
        i = data.draw(st.integers(min_value=0, max_value=max(len(t) - 1, 0)))
        j = data.draw(st.integers(min_value=i, max_value=len(t)))
        for query in (t[i:j], data.draw(any_text)):
            assert find_all(t, query) == mapped_hits(t, query), (t, query)


@SETTINGS
@given(text=any_text, query=any_text)
def test_find_all_hits_always_normalise_to_query(text: str, query: str) -> None:
    view, orig = matching_view(text)
    assert view == normalize_for_search(text)
    assert len(orig) == len(view)
    needle = normalize_for_search(query)
    for s, e in find_all(text, query):
        assert normalize_for_search(text[s:e]) == needle
    if needle:
        assert matches(text, query) == bool(find_all(text, query))


# --- strip_outer -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“المقاومة الإسلامية في العراق”", "المقاومة الإسلامية في العراق"),
        ("«حرير»،", "حرير"),
        (' "رويترز". ', "رويترز"),
        ("(البنتاغون)؛", "البنتاغون"),
        ("\u200fإيران\u200e", "إيران"),
        ("‘بايدن’؟!", "بايدن"),
        ("- قاعدة حرير -", "قاعدة حرير"),
        ("البرج 22", "البرج 22"),
    ],
)
def test_strip_outer(text: str, expected: str) -> None:
    assert cut(text, strip_outer(text, 0, len(text))) == expected


def test_strip_outer_keeps_inner_and_collapses_empty() -> None:
    text = "قال: «نعم»"
    assert strip_outer(text, 3, 5) == (3, 3)
    assert strip_outer(text, 6, 3) == (3, 3)
    assert strip_outer(text, -5, 100) == (0, len(text) - 1)
    assert cut(text, strip_outer(text, 0, len(text))) == "قال: «نعم"  # interior kept


# --- snapping --------------------------------------------------------------------


def test_snap_seed_mid_word_and_proclitic() -> None:
    text = seed("000")
    s, e = select(text, "لإيران")
    assert snap_to_words(text, s + 2, s + 3) == (s, e)  # mid-word
    assert snap_to_words(text, s, e) == (s, e)  # exactly on the edges
    assert snap_to_words(text, e, s) == (s, e)  # backwards drag
    assert cut(text, trim_proclitic(text, *snap_to_words(text, s + 3, s + 4))) == "إيران"


def test_snap_seed_quotes_stay_outside() -> None:
    text = seed("002")
    s, e = select(text, "“المقاومة الإسلامية في العراق”")
    name = "المقاومة الإسلامية في العراق"
    assert cut(text, snap_to_words(text, s, e)) == name
    assert cut(text, snap_to_words(text, s - 1, e + 1)) == name  # space before, "”" and " "
    assert cut(text, snap_to_words(text, s + 3, e - 3)) == name  # inside first and last word
    assert cut(text, snap_to_words(text, s + 12, s + 14)) == "الإسلامية"


def test_snap_several_words_latin_digits_and_edges() -> None:
    text = "CNN: هاجمت 3 طائرات قاعدة البرج 22 يوم 28 كانون الثاني 2024"
    assert cut(text, snap_to_words(text, 1, 2)) == "CNN"  # text start
    assert cut(text, snap_to_words(text, 0, 4)) == "CNN"
    s, e = select(text, "البرج 22")
    assert cut(text, snap_to_words(text, s + 2, e - 1)) == "البرج 22"
    assert cut(text, snap_to_words(text, len(text) - 2, len(text))) == "2024"  # text end
    assert cut(text, snap_to_words(text, len(text) - 1, len(text) + 5)) == "2024"
    price = "سعر 3.5 دولار"
    assert cut(price, snap_to_words(price, 4, 5)) == "3.5"


def test_snap_empty_or_only_punctuation() -> None:
    text = "قال: «نعم» ."
    s = text.index("«")
    assert snap_to_words(text, s, s + 1) == (s, s)  # only a quotation mark
    assert snap_to_words(text, 3, 5) == (3, 3)  # ": "
    assert snap_to_words(text, len(text) - 1, len(text)) == (len(text) - 1, len(text) - 1)
    assert snap_to_words("", 0, 0) == (0, 0)
    assert snap_to_words(text, 1, 1) == (0, 3)  # a caret inside a word: that word
    assert snap_to_words(text, 4, 4) == (4, 4)


def test_snap_with_emoji_nbsp_and_joiners() -> None:
    text = "قال بايدن\u00a0😀 إيران\u200cية “حرير” ❤\ufe0f"
    s = text.index("دن")
    assert cut(text, snap_to_words(text, s, s + 3)) == "بايدن"  # NBSP is a space
    s = text.index("😀")
    assert cut(text, snap_to_words(text, s, s + 1)) == "😀"  # emoji kept, not a word
    assert cut(text, snap_to_words(text, s - 2, s + 3)) == "بايدن\u00a0😀 إيران\u200cية"
    s = text.index("ية")
    assert cut(text, snap_to_words(text, s, s + 1)) == "إيران\u200cية"  # ZWNJ joins
    s = text.index("❤")
    assert cut(text, snap_to_words(text, s, s + 1)) == "❤\ufe0f"  # variation selector kept
    vocal = "نحو إِيرَانُ غداً"
    s = vocal.index("ن", 4)
    assert cut(vocal, snap_to_words(vocal, s, s + 1)) == "إِيرَانُ"


def test_word_at() -> None:
    text = "تحذير لإيران، و“حماس”"
    assert cut(text, word_at(text, 0)) == "تحذير"
    assert cut(text, word_at(text, 5)) == "تحذير"  # just after the word
    assert cut(text, word_at(text, 8)) == "لإيران"
    assert cut(text, word_at(text, text.index("حماس") + 4)) == "حماس"
    assert word_at(text, text.index("،") + 1) is None
    assert word_at(text, -1) is None and word_at(text, len(text) + 1) is None
    assert word_at("it's 'x'", 6) == (6, 7)  # pyarabic keeps ' in words; we trim it


def raw_tokens(text: str) -> list[tuple[int, int]]:
    """pyarabic's words, less leading marks that sit on the character before the word."""
    out = []
    for t in araby.tokenize_with_location(text):
        a, b = t["start"], t["end"]
        while a < b and is_mark(text[a]) and a > 0 and not text[a - 1].isspace():
            a += 1
        out.append((a, b))
    return out


@SETTINGS
@given(text=any_text, data=st.data())
def test_snap_property(text: str, data: st.DataObject) -> None:
    n = len(text)
    start = data.draw(st.integers(min_value=0, max_value=n))
    end = data.draw(st.integers(min_value=start, max_value=n))
    rs, re_ = snap_to_words(text, start, end)
    assert 0 <= rs <= re_ <= n
    kept = [i for i in range(start, end) if not cluster_trimmable(text, i)]
    if rs == re_:
        assert rs == start
        assert not kept or start == end
        return
    assert snap_to_words(text, rs, re_) == (rs, re_)  # idempotent
    for i in kept:
        assert rs <= i < re_
    assert not cluster_trimmable(text, rs)
    assert not cluster_trimmable(text, re_ - 1) and not text[re_ - 1].isspace()
    assert re_ == n or not is_mark(text[re_])  # no letter cut from its marks
    assert rs == 0 or not is_mark(text[rs]) or text[rs - 1].isspace()
    for a, b in raw_tokens(text):  # never inside a pyarabic word, except trimmed ' and _
        if a < rs < b:
            assert all(cluster_trimmable(text, i) for i in range(a, rs))
        if a < re_ < b:
            assert all(cluster_trimmable(text, i) for i in range(re_, b))


# --- proclitics ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("لإيران", "إيران"),  # lam-alef: two code points, one glyph
        ("والعراق", "العراق"),
        ("بغداد", "غداد"),  # allowed: the user asked
        ("فالمقاومة الإسلامية", "المقاومة الإسلامية"),
        ("كالعادة", "العادة"),
        ("وبالعراق", "بالعراق"),  # one letter per call
        ("وَالعراق", "العراق"),  # harakat go with the proclitic
        ("لـطهران", "طهران"),  # so does tatweel
        ("لـ طهران", "طهران"),  # seed title: "واشنطن لـ طهران"
        ("ولي", "لي"),
    ],
)
def test_trim_proclitic(span: str, expected: str) -> None:
    text = f"قال {span}، ثم"
    s, e = select(text, span)
    assert cut(text, trim_proclitic(text, s, e)) == expected


@pytest.mark.parametrize("span", ["لي", "ل", "وَ", "ب2023", "إيران", "و،", "لـ", "ك ي", ""])
def test_trim_proclitic_refuses(span: str) -> None:
    text = f"قال {span} ثم"
    s = 4
    assert trim_proclitic(text, s, s + len(span)) is None


def test_trim_proclitic_twice_and_bad_range() -> None:
    text = "وبالعراق"
    first = trim_proclitic(text, 0, len(text))
    assert first is not None and cut(text, trim_proclitic(text, *first)) == "العراق"
    with pytest.raises(ValueError):
        trim_proclitic(text, 3, 2)
    with pytest.raises(ValueError):
        trim_proclitic(text, 0, len(text) + 1)


def test_trim_proclitic_seed_title() -> None:
    text = seed("000")
    s, e = select(text, "لـ طهران")
    assert cut(text, trim_proclitic(text, s, e)) == "طهران"


def test_auto_trim_proclitic() -> None:
    text = "تحذير لإيران وبغداد والعراق"
    known = {"إيران", "بغداد", "العراق"}
    assert cut(text, auto_trim_proclitic(text, *select(text, "لإيران"), known)) == "إيران"
    assert cut(text, auto_trim_proclitic(text, *select(text, "والعراق"), known)) == "العراق"
    baghdad = select(text, "بغداد")
    assert auto_trim_proclitic(text, *baghdad, known) == baghdad  # "غداد" is not known
    wbaghdad = select(text, "وبغداد")
    assert cut(text, auto_trim_proclitic(text, *wbaghdad, known)) == "بغداد"
    assert auto_trim_proclitic(text, *select(text, "لإيران"), set()) == select(text, "لإيران")
    # known texts also match after search normalisation
    assert cut(text, auto_trim_proclitic(text, *select(text, "لإيران"), {"ايران"})) == "إيران"
    tahdhir = select(text, "تحذير")
    assert auto_trim_proclitic(text, *tahdhir, known) == tahdhir  # no proclitic at all


# --- tokens ----------------------------------------------------------------------


def test_tokens_seed_sentence() -> None:
    text = seed("002")
    s, e = select(text, "أعلنت “المقاومة الإسلامية في العراق” عن")
    part = text[s:e]
    tokens = [part[a:b] for a, b in tokens_with_offsets(part)]
    assert tokens == ["أعلنت", "“", "المقاومة", "الإسلامية", "في", "العراق", "”", "عن"]


def test_tokens_mixed() -> None:
    text = "قال: «نعم»... 3.5% 'إيران' ٢٠٢٤، 😀\u200d😀 ab\u200ccd\u200f!!"
    tokens = [text[a:b] for a, b in tokens_with_offsets(text)]
    assert tokens == [
        "قال",
        ":",
        "«",
        "نعم",
        "»",
        "...",
        "3.5",
        "%",
        "'",
        "إيران",
        "'",
        "٢٠٢٤",
        "،",
        "😀\u200d😀",
        "ab\u200ccd",
        "!!",
    ]
    assert tokens_with_offsets("") == []
    assert tokens_with_offsets(" \n\u200f ") == []


def test_tokens_cover_whole_seeds() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _check_cover(text, tokens_with_offsets(text))


def _check_cover(text: str, tokens: list[tuple[int, int]]) -> None:
    owner = [0] * len(text)
    previous_end = 0
    for a, b in tokens:
        assert previous_end <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        for i in range(a, b):
            owner[i] += 1
        previous_end = b
    for i, ch in enumerate(text):
        if ch.isspace():
            assert owner[i] == 0
        elif unicodedata.category(ch) == "Cf" and trimmable(ch):
            assert owner[i] <= 1  # invisible: inside a word, or in no token
        else:
            assert owner[i] == 1, (i, ch)


@SETTINGS
@given(text=any_text)
def test_tokens_cover_every_visible_character_once(text: str) -> None:
    tokens = tokens_with_offsets(text)
    _check_cover(text, tokens)
    # the word tokens are exactly the words snapping and double-click use
    for a, b in tokens:
        w = word_at(text, a)
        if any(unicodedata.category(c)[0] in "LN" for c in text[a:b]):
            assert w == (a, b)
        else:
            assert w is None or w == (a, b) or w[1] == a  # a lone haraka is a word too
