"""Exact-span scores equal seqeval's; tags and spans convert both ways."""

from __future__ import annotations

import random

import pytest
from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities

from annotator.core.suggest.evaluate import Evaluation, evaluate, spans_from_tags
from annotator.core.suggest.tagging import decode_tags, encode_spans
from annotator.core.suggest.words import WordView

LABELS = ("PER", "GPE", "ORG")


def random_tags(rng: random.Random, n: int, scheme: str) -> list[str]:
    """Tag sequences as a weak tagger writes them: mostly O, sometimes ill-formed."""
    prefixes = "BI" if scheme == "bio" else "BIES"
    return ["O" if rng.random() < 0.5 else f"{rng.choice(prefixes)}-{rng.choice(LABELS)}"
            for _ in range(n)]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # seqeval's averages of nothing
@pytest.mark.parametrize("scheme", ["bio", "bioes"])
def test_scores_equal_seqeval_on_random_tag_sequences(scheme: str) -> None:
    rng = random.Random(14)
    for _ in range(120):
        sentences = rng.randint(1, 4)
        gold = [random_tags(rng, rng.randint(1, 12), scheme) for _ in range(sentences)]
        pred = [random_tags(rng, len(g), scheme) for g in gold]
        ours = evaluate([spans_from_tags(g) for g in gold], [spans_from_tags(p) for p in pred])
        theirs = classification_report(gold, pred, output_dict=True, zero_division=0)
        for label in set(LABELS) | set(theirs) - {"micro avg", "macro avg", "weighted avg"}:
            if label not in theirs:
                assert label not in ours.labels
                continue
            mine = ours.labels[label]
            assert mine.precision == pytest.approx(theirs[label]["precision"])
            assert mine.recall == pytest.approx(theirs[label]["recall"])
            assert mine.f1 == pytest.approx(theirs[label]["f1-score"])
            assert mine.support == theirs[label]["support"]
        micro = theirs["micro avg"]
        assert ours.micro.precision == pytest.approx(micro["precision"])
        assert ours.micro.recall == pytest.approx(micro["recall"])
        assert ours.micro.f1 == pytest.approx(micro["f1-score"])


def test_entities_are_decoded_as_seqeval_decodes_them() -> None:
    rng = random.Random(5)
    for _ in range(500):
        tags = random_tags(rng, rng.randint(1, 15), "bioes")
        ours = sorted((label, first, last - 1) for first, last, label in spans_from_tags(tags))
        assert ours == sorted(get_entities(tags)), tags


def test_nested_gold_is_scored_on_outermost_spans() -> None:
    gold = [[(0, 20, "ORG"), (12, 20, "GPE")]]  # GPE nested in the ORG
    assert evaluate(gold, [[(0, 20, "ORG")]]).micro.f1 == 1.0
    found_inner_only = evaluate(gold, [[(12, 20, "GPE")]])
    assert found_inner_only.micro.f1 == 0.0
    assert found_inner_only.labels["GPE"].predicted == 1
    assert evaluate(gold, [[(12, 20, "GPE")]], outermost_only=False).micro.recall == 0.5


def test_nothing_predicted_scores_zero_not_nan() -> None:
    result = evaluate([[(0, 4, "PER")]], [[]])
    assert (result.micro.precision, result.micro.recall, result.micro.f1) == (0, 0, 0)
    assert evaluate([], []).micro.f1 == 0.0
    with pytest.raises(ValueError):
        evaluate([[(0, 4, "PER")]], [])  # one list per document on both sides


def test_evaluation_round_trips_through_json_data_and_prints_a_table() -> None:
    result = evaluate([[(0, 4, "PER"), (5, 9, "GPE")]], [[(0, 4, "PER"), (5, 8, "GPE")]])
    assert Evaluation.from_dict(result.to_dict()) == result
    lines = result.table().splitlines()
    assert lines[0].split() == ["label", "precision", "recall", "f1", "support"]
    assert lines[1].split() == ["GPE", "0.000", "0.000", "0.000", "1"]
    assert lines[-1].split() == ["micro", "avg", "0.500", "0.500", "0.500", "2"]


def test_spans_survive_tags_and_back_including_proclitic_cuts() -> None:
    text = "قال الرئيس جو بايدن لإيران إن وبالعراق قوات، والمقاومة الإسلامية في العراق"
    words = WordView.of(text)

    def at(piece: str, nth: int = 0) -> int:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(piece, pos + 1)
        return pos

    spans = sorted([
        (at("جو بايدن"), at("جو بايدن") + 8, "PER"),
        (at("إيران"), at("إيران") + 5, "GPE"),  # after ل
        (at("العراق"), at("العراق") + 6, "GPE"),  # after وب
        (at("المقاومة"), len(text), "ARMED_GROUP"),  # after و
    ])
    encoded = encode_spans(text, words.tokens, spans)
    assert encoded.widened == encoded.dropped == 0
    assert "S-GPE|1" in encoded.tags and "S-GPE|2" in encoded.tags
    assert "B-ARMED_GROUP|1" in encoded.tags and "E-ARMED_GROUP" in encoded.tags
    decoded = [(s, e, label) for s, e, label, _, _ in
               decode_tags(text, words.tokens, encoded.tags)]
    assert decoded == spans


def test_spans_inside_words_are_widened_and_counted() -> None:
    text = "القوات الإيرانية"
    words = WordView.of(text)
    encoded = encode_spans(text, words.tokens, [(9, 15, "GPE")])  # "إيراني" in a word
    assert encoded.widened == 1
    assert encoded.tags == ["O", "S-GPE"]


@pytest.mark.parametrize(("predicted", "expected"), [
    ("25 / 11 / 1988 )", "25 / 11 / 1988"),  # a stray bracket at the edge: out
    ("( جنين", "جنين"),
    ("بتاريخ ( 19 / 1 / 1997", "بتاريخ ( 19 / 1 / 1997 )"),  # inside; its pair follows: in
    ("1948 ) م", "( 1948 ) م"),  # inside; its pair is just before: in
    ("( 1948 )", "( 1948 )"),  # balanced: as predicted
    ("سنة ( 1950", "سنة ( 1950"),  # a stray inside, its pair not next: as predicted
])
def test_a_predicted_entity_never_keeps_an_unpaired_bracket(predicted: str,
                                                            expected: str) -> None:
    text = "قال ( 25 / 11 / 1988 ) بتاريخ ( 19 / 1 / 1997 ) عام ( 1948 ) م في ( جنين ) سنة ( 1950 ."
    words = WordView.of(text)
    start = text.index(predicted)
    first = next(k for k, (a, _) in enumerate(words.tokens) if a == start)
    last = next(k for k, (_, b) in enumerate(words.tokens) if b == start + len(predicted)) + 1
    tags = ["O"] * len(words.tokens)
    tags[first] = "B-DATE"
    tags[first + 1:last - 1] = ["I-DATE"] * (last - first - 2)
    tags[last - 1] = "E-DATE"
    (decoded,) = decode_tags(text, words.tokens, tags)
    assert text[decoded[0]:decoded[1]] == expected
