"""Label all occurrences: whole words, the matching view, the guideline's proclitic rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest.label_all import LabelAll
from annotator.core.suggest.matcher import NameMatcher
from annotator.core.suggest.words import WordView, canonical_name, name_key


def found(name: str, text: str, label: str = "GPE", **kw) -> list[str]:
    return [m.text for m in LabelAll(name, label, **kw).find(text)]


def test_proclitic_stays_outside_the_span() -> None:
    text = "قال المتحدث لإيران إن الاتفاق مع إيران قائم"
    matches = LabelAll("إيران", "GPE").find(text)
    assert [(m.start, m.end, m.text) for m in matches] == [
        (text.index("إيران"), text.index("إيران") + 5, "إيران"),
        (text.rindex("إيران"), text.rindex("إيران") + 5, "إيران"),
    ]
    assert text[matches[0].start - 1] == "ل"  # the first one came out of "لإيران"


def test_article_stays_inside_and_two_proclitics_go() -> None:
    text = "والعراق وبالعراق فالعراق العراق"
    assert found("العراق", text) == ["العراق"] * 4
    starts = [m.start for m in LabelAll("العراق", "GPE").find(text)]
    assert [text[s - 1] for s in starts] == ["و", "ب", "ف", " "]


def test_lam_before_the_article_keeps_the_article_lam() -> None:
    # ل + العراق is written للعراق: the span starts at the article's lam.
    text = "زيارة للعراق وللعراق"
    matches = LabelAll("العراق", "GPE").find(text)
    assert [m.text for m in matches] == ["لعراق", "لعراق"]
    assert [text[m.start - 1] for m in matches] == ["ل", "ل"]


def test_spelling_variants_match() -> None:
    text = "إيران ايران إِيرَانُ إيـــران آيران"
    assert found("إيران", text) == ["إيران", "ايران", "إِيرَانُ", "إيـــران", "آيران"]
    assert found("مصطفى", "مصطفي ومصطفى") == ["مصطفي", "مصطفى"]
    assert found("الضفة الغربية", "في الضفه الغربيه والضفة الغربية") == [
        "الضفه الغربيه", "الضفة الغربية"]
    # the name may itself carry tashkeel; the text may have a different one
    assert found("بَغْدَاد", "في بغداد") == ["بغداد"]


def test_only_whole_words() -> None:
    assert found("العراق", "العراقيين والعراقي عراق") == []
    assert found("إيران", "الإيرانية إيرانيون") == []
    # a word that merely starts with a proclitic letter is not cut...
    assert found("بغداد", "في بغداد وببغداد") == ["بغداد", "بغداد"]
    assert [m.text for m in NameMatcher({name_key("لبنان"): "GPE"}).find("للبنان لبنان")
            ] == ["لبنان", "لبنان"]
    # ...unless the rest of it is the name: then the word is read as proclitic + name
    assert found("غداد", "في بغداد") == ["غداد"]


def test_punctuation_and_quotes_around_a_name() -> None:
    text = "«إيران»، و(إيران) ثم إيران."
    assert found("إيران", text) == ["إيران"] * 3
    assert found("الأمم المتحدة", "قالت الأمم المتحدة، وللأمم المتحدة") == [
        "الأمم المتحدة", "لأمم المتحدة"]


def test_proclitic_inside_convention_takes_the_whole_word() -> None:
    text = "لإيران والعراق وللعراق"
    assert found("إيران", text, proclitic_inside=True) == ["لإيران"]
    assert found("العراق", text, proclitic_inside=True) == ["والعراق", "وللعراق"]


def test_span_itself_and_existing_spans_are_left_out() -> None:
    text = "إيران وإيران والمقاومة في إيران"
    first = (0, 5, "GPE")
    second = (7, 12, "ORG")  # already labelled, another label: still left out
    group = (13, len(text), "ARMED_GROUP")  # a name around an occurrence: nested, kept
    matches = LabelAll("إيران", "GPE").find(text, [first, second, group])
    assert [(m.start, m.end) for m in matches] == [(text.rindex("إيران"), len(text))]
    # a same-label span with other boundaries already covers the name
    assert LabelAll("إيران", "GPE").find("وإيران", [(0, 6, "GPE")]) == []


def test_label_all_from_a_span_that_kept_its_proclitic() -> None:
    # A span "والعراق" (made before the guideline, or imported) looks for "العراق".
    assert canonical_name(name_key("والعراق")) == name_key("العراق")
    assert canonical_name(name_key("بغداد")) == name_key("بغداد")
    assert found("والعراق", "العراق وللعراق") == ["العراق", "لعراق"]


def test_quick_test_never_rejects_a_document_with_the_name() -> None:
    finder = LabelAll("العراق", "GPE")
    assert finder.may_occur("زيارة للعراق")
    assert finder.may_occur("العِراق")
    assert not finder.may_occur("زيارة لإيران")


def test_offsets_come_from_the_stored_text_with_invisible_characters() -> None:
    text = "\u200fإيران\u200f و\u0640إيران"  # RLM around a name, tatweel after و
    matches = LabelAll("إيران", "GPE").find(text)
    assert [text[m.start:m.end] for m in matches] == ["إيران", "إيران"]
    assert all(m.text == text[m.start:m.end] for m in matches)


def test_word_view_back_pointers() -> None:
    text = "قالَ «الحرس» لإيران"
    view = WordView.of(text)
    assert view.norms == ["قال", "«", "الحرس", "»", "لايران"]
    k = view.norms.index("لايران")
    assert view.stored_offset(k, 1) == text.index("إيران")


NAMES = ["إيران", "العراق", "الحرس الثوري", "بغداد"]
OTHERS = ["قال", "في", "بيان", "الإيرانية", "عراقي", "الثورة", "الحرس", "ثوري"]
PREFIXES = ["", "", "و", "ب", "ل", "وب"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3), st.integers(0, 7),
                          st.sampled_from(PREFIXES), st.sampled_from([" ", "، ", " «"])),
                min_size=1, max_size=12))
def test_every_inserted_name_is_found_exactly(pieces) -> None:
    """Texts made of names (with proclitics) and look-alike words: label-all finds
    exactly the inserted names, at the inserted offsets."""
    for name in NAMES:
        text = ""
        expected: list[tuple[int, int]] = []
        for is_name, which, other, prefix, sep in pieces:
            word = NAMES[which] if is_name else OTHERS[other]
            text += sep if text else ""
            if prefix.endswith("ل") and word.startswith("ال"):
                word = word[1:]  # ل + العراق is written للعراق
            start = len(text) + len(prefix)
            text += prefix + word
            if is_name and NAMES[which] == name:
                expected.append((start, len(text)))
        got = [(m.start, m.end) for m in LabelAll(name, "X").find(text)]
        assert got == expected, (name, text)
