"""Export tokens: exact offsets, punctuation and emoji tokens, proclitic split, sentences."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from annotator.core.tokens import Aligner, gap_tokens, sentences, tokenize


def words(text: str, tokens: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in tokens]


def test_punctuation_quotes_and_emoji_are_tokens_and_nbsp_is_in_none() -> None:
    text = "🔴 قال: «المقاومة»، ثم\u00a0ذهب؟ 📍عين"
    assert words(text, tokenize(text)) == [
        "🔴", "قال", ":", "«", "المقاومة", "»", "،", "ثم", "ذهب", "؟", "📍", "عين",
    ]


@pytest.mark.parametrize("seed", sorted((Path(__file__).parents[2] / "seeds").glob("*.txt")),
                         ids=lambda p: p.stem[:3])
def test_every_visible_character_of_a_seed_is_in_exactly_one_token(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    tokens = tokenize(text)
    covered = [0] * len(text)
    for a, b in tokens:
        assert a < b
        for i in range(a, b):
            covered[i] += 1
        assert not any(ch.isspace() for ch in text[a:b]), text[a:b]
    for i, ch in enumerate(text):
        if ch.isspace():
            assert covered[i] == 0, i  # NBSP and line breaks included
        elif unicodedata.category(ch) == "Cf":
            assert covered[i] <= 1, i  # ZWNJ inside a word belongs to it, LRM between to none
        else:
            assert covered[i] == 1, (i, ch)
    assert tokens == sorted(tokens)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("رسائل لإيران", "إيران", ["رسائل", "ل", "إيران"]),
    ("أعلنت بـالمقاومة", "المقاومة", ["أعلنت", "بـ", "المقاومة"]),  # tatweel goes with ب
    ("ووبغداد", "بغداد", ["وو", "بغداد"]),  # two proclitics
    ("الإيرانية", "إيرانية", ["الإيرانية"]),  # ال is not a proclitic: no split
    ("إيرانية", "رانية", ["إيرانية"]),  # a span inside a word that is not after a clitic
])
def test_split_puts_a_leading_proclitic_in_its_own_token_only_before_a_span(
        text: str, span: str, expected: list[str]) -> None:
    start = text.rindex(span)
    assert words(text, tokenize(text, [start])) == expected
    assert words(text, tokenize(text)) == text.split()  # nothing split without a span


def test_align_reports_boundaries_inside_tokens() -> None:
    text = "رسائل لإيران وحلفائها"
    aligner = Aligner(tokenize(text))
    start = text.index("إيران")
    inside = aligner.align(start, start + 5)
    assert inside is not None and (inside.first, inside.last, inside.exact) == (1, 2, False)
    whole = aligner.align(0, text.index(" و"))
    assert whole is not None and (whole.first, whole.last, whole.exact) == (0, 2, True)
    assert aligner.align(5, 6) is None  # only the space


def test_sentences_break_after_terminals_and_line_breaks_keeping_closing_quotes() -> None:
    text = "قال: «انتهى.» ثم ذهب؟ بعد 3.5 ساعة\nسطر آخر"
    tokens = tokenize(text)
    got = [" ".join(words(text, tokens[a:b])) for a, b in sentences(text, tokens)]
    assert got == ["قال : « انتهى . »", "ثم ذهب ؟", "بعد 3.5 ساعة", "سطر آخر"]


def test_a_sentence_break_inside_a_span_is_dropped() -> None:
    text = "وصل م. علي اليوم. ثم ذهب"
    tokens = tokenize(text)
    # the span "م. علي" covers tokens 1..3 (م . علي) across the "." break
    got = [" ".join(words(text, tokens[a:b])) for a, b in sentences(text, tokens, [(1, 4)])]
    assert got == ["وصل م . علي اليوم .", "ثم ذهب"]


@pytest.mark.parametrize("text", [
    "  a  b\u200f c \n", "كلمة\u00a0كلمة،\n\nسطر", "📍عين الأسد.", "x",
    *[p.read_text(encoding="utf-8") for p in
      sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))],
])
def test_gap_tokens_rebuild_the_text_exactly_as_spacy_joins_words(text: str) -> None:
    cover = gap_tokens(text, tokenize(text))
    assert "".join(text[a:b] + (" " if ws else "") for a, b, ws in cover) == text
    for (_, end, ws), (start, _, _) in zip(cover, cover[1:], strict=False):
        assert start == end + (1 if ws else 0)
