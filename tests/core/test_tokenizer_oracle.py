"""The fast tokenizer and sentence splitter give exactly what the ones they replaced gave.

`tokenizer_oracle` is a frozen copy of both as they were before issue 13. Every token
export and the agreement figures are computed on these tokens and sentences, so any
difference, on any text, would change an export or a figure.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.arabic import tokens_with_offsets
from annotator.core.tokens import (
    cover,
    gap_tokens,
    sentences,
    tokenize,
    tokenize_table,
)
from tests.core.tokenizer_oracle import sentences as oracle_sentences
from tests.core.tokenizer_oracle import tokenize as oracle_tokenize
from tests.core.tokenizer_oracle import tokens_with_offsets as oracle

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ARABIC = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىوفبلكوفبلك"  # proclitics twice as often
# Everything the careful algorithm treats specially, next to what the fast one takes.
TRICKY = (
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"  # tashkeel pyarabic keeps in words
    "\u0653\u0654\u0655\u0300\u0301\u06ea"  # other combining marks
    "\u0640"  # tatweel
    "\u200c\u200d\u200e\u200f\u061c\ufeff\u2066\u2069\u00ad"  # invisible format characters
    "\u0600\u06dd"  # visible format characters (number signs)
    "0123456789٠١٢٣٤٥٦٧٨٩۴"  # digits
    ".,\u066b\u066c"  # number separators
    "،؛؟!?:;«»\"“”‘’()[]-–…۔›/%*&@#"  # punctuation, terminals and closers
    "'_`\u00b4"  # apostrophe and underscore (pyarabic word characters), quote symbols
    "$+=<>|~^©°€"  # symbols
    "😀❤\ufe0f👍\U0001f3fd"  # emoji, variation selector, skin tone
    "abcXYZéß"  # Latin
    "ⅷ²½"  # letter-like numbers (\\w but not decimal)
    "\x00\x07\x1b"  # controls
    "\U00010100\U0001d7ce"  # punctuation and a digit outside the BMP
)
SPACES = "  \n\t\u00a0\u2009\u3000\r\x1c"

random_text = st.text(alphabet=st.sampled_from(list(ARABIC + TRICKY + SPACES)), max_size=80)
# Mostly Arabic words with a few of the tricky characters, as in real articles.
arabic_words = st.lists(
    st.tuples(st.text(alphabet=st.sampled_from(list(ARABIC)), min_size=1, max_size=7),
              st.text(alphabet=st.sampled_from(list(TRICKY)), max_size=2),
              st.sampled_from([" ", " ", " ", "\n", "\u00a0", ""])),
    max_size=30,
).map(lambda parts: "".join(w + x + s if i % 2 else x + w + s
                            for i, (w, x, s) in enumerate(parts)))
# Only what the fast path takes (letters, digits, the harakat pyarabic keeps in words,
# punctuation, whitespace), harakat often: whether a text is all of this is read from
# the split's pieces, and a haraka right after punctuation is the one catch.
USUAL = "\u064b\u064e\u0650\u0651\u0670" * 3 + "0123456789٠١.,\u066b،؛؟!?:«»()-…"
usual_text = st.text(alphabet=st.sampled_from(list(ARABIC + USUAL + "  \n\u00a0")), max_size=80)
SETTINGS = settings(max_examples=400, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=random_text)
def test_same_tokens_as_before_on_random_text(text: str) -> None:
    assert tokens_with_offsets(text) == oracle(text)


@SETTINGS
@given(text=arabic_words)
def test_same_tokens_as_before_on_random_arabic_words(text: str) -> None:
    assert tokens_with_offsets(text) == oracle(text)


@SETTINGS
@given(text=usual_text, vocalized=st.booleans())
def test_same_tokens_as_before_on_text_of_usual_characters(text: str, vocalized: bool) -> None:
    if vocalized:  # past 50 harakat the unusual pattern is asked instead
        text = "ب\u064e" * 60 + text
    assert tokens_with_offsets(text) == oracle(text)


def test_same_tokens_as_before_on_the_seeds_and_the_training_fixture() -> None:
    data = Path(__file__).resolve().parents[1] / "data" / "training"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(data.glob("*")) if p.is_file()]
    assert texts
    for text in texts:
        assert tokens_with_offsets(text) == oracle(text)


def test_same_tokens_as_before_on_cases_the_fast_path_must_hand_over() -> None:
    cases = [
        "«َإيران» 3.5 ٣٫٥ 1.2.3 a1.5b 3..5 3. .5",  # a haraka after punctuation, numbers
        "إيران\u200cية don't _x_ 'إيران' `q´",  # ZWNJ, apostrophe, underscore, quotes
        "50% $5 +3 a=b 😀\u200d😀 ❤\ufe0f",  # symbols and emoji
        "\u0651بداية ،\u064e كلمة\u0653 ",  # marks at a chunk start, after punctuation
        "\u0600١٢ \u06dd x\x00y",  # visible format characters, a control
    ]
    for text in cases:
        assert tokens_with_offsets(text) == oracle(text), text


def span_starts(text: str, data: st.DataObject) -> list[int]:
    """Where up to six spans start in the text (proclitics are split only there)."""
    return data.draw(st.lists(st.integers(min_value=0, max_value=max(len(text) - 1, 0)),
                              max_size=6))


@SETTINGS
@given(text=st.one_of(random_text, arabic_words), data=st.data())
def test_same_tokens_with_proclitics_split_and_same_sentences_as_before(
        text: str, data: st.DataObject) -> None:
    starts = span_starts(text, data)
    tokens = tokenize(text, starts)
    assert tokens == oracle_tokenize(text, starts)  # proclitics split where spans start
    n = len(tokens)
    keep = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
                              .map(tuple), max_size=4))
    expected = oracle_sentences(text, tokens, keep)
    assert sentences(text, tokens, keep) == expected
    assert sentences(text, tokenize_table(text, starts), keep) == expected  # by its columns


@SETTINGS
@given(text=st.one_of(random_text, arabic_words), data=st.data())
def test_token_texts_and_spacy_cover_are_those_of_the_offsets(
        text: str, data: st.DataObject) -> None:
    starts = span_starts(text, data)
    table = tokenize_table(text, starts)
    tokens, words = table.ranges, table.texts
    assert tokens == oracle_tokenize(text, starts)
    assert words == [text[a:b] for a, b in tokens]
    assert list(zip(table.starts, table.ends, strict=True)) == tokens
    for got in cover(text, tokens, words), cover(text, table, words):
        assert list(zip(got.starts, got.ends, got.spaces, strict=True)) == gap_tokens(text,
                                                                                      tokens)
        assert got.texts == [text[a:b] for a, b in zip(got.starts, got.ends, strict=True)]
