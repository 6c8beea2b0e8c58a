"""Agreement measures against figures computed by hand (docs/decisions/0008)."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from annotator.core.agreement import (
    NO_TAG,
    AgreementDocument,
    LayerAnnotations,
    agreement,
    bio_tags,
    cohen_kappa,
    krippendorff_alpha,
    label_table,
    overlap_matches,
    pair_alpha,
    tag_table,
)
from annotator.core.arabic import tokens_with_offsets

# Tokens: 0 هاجمت  1 كتائب  2 حزب  3 الله  4 قاعدة  5 عين  6 الأسد  7 في  8 العراق  9 يوم
# 10 الأحد  ("Hezbollah Brigades attacked Ain al-Asad base in Iraq on Sunday").
TEXT = "هاجمت كتائب حزب الله قاعدة عين الأسد في العراق يوم الأحد"
LABELS = ["ARMED_GROUP", "GPE", "FAC", "LOC", "DATE", "ATTACK"]


def at(sub: str, label: str) -> tuple[int, int, str]:
    i = TEXT.index(sub)
    return i, i + len(sub), label


ATTACK = at("هاجمت", "ATTACK")
GROUP = at("كتائب حزب الله", "ARMED_GROUP")
# A: five spans; its ATTACK has Attacker, Target (the whole base name) and Place.
A = LayerAnnotations(
    spans=[ATTACK, GROUP, at("قاعدة عين الأسد", "FAC"), at("العراق", "GPE"),
           at("الأحد", "DATE")],
    triggers=[ATTACK],
    arguments=[(*ATTACK, "Attacker", *GROUP[:2]),
               (*ATTACK, "Target", *at("قاعدة عين الأسد", "")[:2]),
               (*ATTACK, "Place", *at("العراق", "")[:2])],
)
# B: the same ATTACK and group (exact matches), a shorter FAC (boundary disagreement),
# LOC for العراق (label disagreement), no DATE (a span only A has).
B = LayerAnnotations(
    spans=[ATTACK, GROUP, at("عين الأسد", "FAC"), at("العراق", "LOC")],
    triggers=[ATTACK],
    arguments=[(*ATTACK, "Attacker", *GROUP[:2]),
               (*ATTACK, "Target", *at("عين الأسد", "")[:2])],
)

# Token tags:       0      1     2     3     4      5      6    7   8      9  10
#   A: B-ATTACK B-AG I-AG I-AG B-FAC I-FAC I-FAC O B-GPE O B-DATE
#   B: B-ATTACK B-AG I-AG I-AG O     B-FAC I-FAC O B-LOC O O
# Equal on tokens 0 1 2 3 6 7 9: p_o = 7/11.
# Marginals (A, B): B-ATTACK 1,1; B-AG 1,1; I-AG 2,2; B-FAC 1,1; I-FAC 2,1; O 2,4;
#   B-GPE 1,0; B-DATE 1,0; B-LOC 0,1.
# p_e = (1 + 1 + 4 + 1 + 2 + 8) / 121 = 17/121; kappa = (77 - 17) / (121 - 17) = 15/26.
KAPPA_AB = 15 / 26
# Alpha: 22 values; 4 disagreeing units give 8 off-diagonal coincidences, D_o = 8/22.
# n_v = 2 2 4 2 3 6 1 1 1, sum of squares 76; D_e = (22^2 - 76) / (22 * 21) = 408/462;
# alpha = 1 - (8/22) / (408/462) = 1 - 7/17 = 10/17.
ALPHA_AB = 10 / 17
# FAC only (other labels O): A O O O O B I I O O O O, B O O O O O B I O O O O.
# p_o = 9/11; marginals O 8,9  B 1,1  I 2,1: p_e = (72 + 1 + 2) / 121 = 75/121;
# kappa = (99 - 75) / (121 - 75) = 24/46 = 12/23.
# Alpha: D_o = 4/22; n_v O 17, B 2, I 3: D_e = (484 - 289 - 4 - 9) / 462 = 182/462;
# alpha = 1 - (4 * 462) / (22 * 182) = 1 - 6/13 = 7/13.
# GPE only: A has one B-GPE, B none: p_o = 10/11, p_e = (10 * 11) / 121 = 10/11: kappa 0.


def report(*layers: tuple[str, LayerAnnotations]) -> dict:
    return agreement({1: AgreementDocument(TEXT, dict(layers))}, LABELS)


def test_two_annotators_match_the_hand_computation() -> None:
    r = report(("a", A), ("b", B))
    assert r["documents"] == 1 and r["annotators"] == ["a", "b"]
    (pair,) = r["pairs"]
    assert (pair["a"], pair["b"], pair["documents"]) == ("a", "b", 1)
    # Exact: ATTACK and ARMED_GROUP of 5 + 4 spans: 2 * 2 / 9. Overlap adds FAC: 2 * 3 / 9.
    assert pair["exact_f1"] == pytest.approx(4 / 9)
    assert pair["overlap_f1"] == pytest.approx(6 / 9)
    assert pair["cohen_kappa"] == pytest.approx(KAPPA_AB)
    assert pair["krippendorff_alpha"] == pytest.approx(ALPHA_AB)
    # Triggers: one each, equal: 1.0. Arguments: only Attacker is in both, of 3 + 2: 2/5.
    assert pair["event_trigger_f1"] == pytest.approx(1.0)
    assert pair["event_argument_f1"] == pytest.approx(2 / 5)
    fac = pair["per_label"]["FAC"]
    assert fac["exact_f1"] == 0.0 and fac["overlap_f1"] == pytest.approx(1.0)
    assert fac["cohen_kappa"] == pytest.approx(12 / 23)
    assert fac["krippendorff_alpha"] == pytest.approx(7 / 13)
    assert pair["per_label"]["GPE"]["cohen_kappa"] == pytest.approx(0.0)
    assert pair["per_label"]["GPE"]["exact_f1"] == 0.0
    assert pair["per_label"]["ARMED_GROUP"] == {
        "exact_f1": 1.0, "overlap_f1": 1.0, "cohen_kappa": 1.0, "krippendorff_alpha": 1.0}
    assert list(pair["per_label"]) == LABELS  # schema order
    assert r["overall"]["exact_f1"] == pytest.approx(4 / 9)


def test_overall_is_the_mean_over_pairs_and_alpha_all_uses_every_annotator() -> None:
    # c annotated exactly like a: pairs a/b and b/c are the figures above, a/c is perfect.
    r = report(("a", A), ("b", B), ("c", A))
    assert [(p["a"], p["b"]) for p in r["pairs"]] == [("a", "b"), ("a", "c"), ("b", "c")]
    overall = r["overall"]
    assert overall["exact_f1"] == pytest.approx((4 / 9 + 1 + 4 / 9) / 3)
    assert overall["cohen_kappa"] == pytest.approx((2 * KAPPA_AB + 1) / 3)
    assert overall["krippendorff_alpha"] == pytest.approx((2 * ALPHA_AB + 1) / 3)
    assert overall["event_argument_f1"] == pytest.approx((2 / 5 + 1 + 2 / 5) / 3)
    # All three at once: each unit has 3 values; the 4 disagreeing units split 2:1 and
    # each adds 2 off-diagonal coincidences: D_o = 8/33. n_v = 3 3 6 3 5 8 2 2 1 (sum of
    # squares 161): D_e = (33^2 - 161) / (33 * 32) = 928/1056; alpha = 1 - 8/29 = 21/29.
    assert overall["krippendorff_alpha_all"] == pytest.approx(21 / 29)
    # LOC occurs only in pairs with b: its overall figure is the mean of those two pairs.
    assert r["per_label"]["LOC"]["exact_f1"] == 0.0
    assert r["per_label"]["FAC"]["overlap_f1"] == pytest.approx(1.0)
    assert r["per_label"]["FAC"]["exact_f1"] == pytest.approx((0 + 1 + 0) / 3)


def test_undefined_values_are_null_and_the_json_is_valid() -> None:
    empty = LayerAnnotations()
    r = report(("a", empty), ("b", empty))
    (pair,) = r["pairs"]
    for key in ("exact_f1", "overlap_f1", "cohen_kappa", "krippendorff_alpha",
                "event_trigger_f1", "event_argument_f1"):
        assert pair[key] is None and r["overall"][key] is None
    assert pair["per_label"] == {} and r["per_label"] == {}
    json.dumps(r, allow_nan=False)
    json.dumps(report(("a", A), ("b", B), ("c", A)), allow_nan=False)


def test_no_pairs_gives_an_empty_report() -> None:
    r = agreement({}, LABELS)
    assert r["documents"] == 0 and r["pairs"] == [] and r["annotators"] == []
    assert r["overall"]["cohen_kappa"] is None and r["per_label"] == {}


def test_overlap_matching_is_greedy_by_overlap_then_extent_then_text_order() -> None:
    # a [0,6) and [4,10) both overlap b [3,9): by 3 and by 5; the larger wins, one match.
    assert overlap_matches([(0, 6, "X"), (4, 10, "X")], [(3, 9, "X")]) == 1
    # a [0,10) overlaps b [0,5) and [5,10) by 5 each: one match, each span used once.
    assert overlap_matches([(0, 10, "X")], [(0, 5, "X"), (5, 10, "X")]) == 1
    # Two a spans, two b spans, crossing: greedy pairs [0,4)-[1,4) (3) then [4,8)-[4,6).
    assert overlap_matches([(0, 4, "X"), (4, 8, "X")], [(1, 4, "X"), (4, 6, "X")]) == 2
    # a [5,10) overlaps b [5,10) and b [0,10) by 5 each: the exact one (extent 5, not 10)
    # is taken, which leaves b [0,10) for a [0,4): two matches, not one.
    assert overlap_matches([(5, 10, "X"), (0, 4, "X")], [(0, 10, "X"), (5, 10, "X")]) == 2
    assert overlap_matches([(0, 4, "X")], [(0, 4, "Y")]) == 0  # labels must agree
    assert overlap_matches([(0, 4, "X")], [(4, 8, "X")]) == 0  # touching is not overlapping


def test_tags_longest_span_wins_and_partial_tokens_count() -> None:
    text = "المقاومة الإسلامية في العراق ولإيران"
    tokens = tokens_with_offsets(text)
    assert [text[a:b] for a, b in tokens] == ["المقاومة", "الإسلامية", "في", "العراق",
                                             "ولإيران"]
    starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
    group = (0, text.index("العراق") + len("العراق"), "G")
    iraq = (text.index("العراق"), text.index("العراق") + len("العراق"), "P")
    iran = (text.index("إيران"), len(text), "P")  # proclitics left out: inside the token
    index = {"G": 0, "P": 1}  # G: B=1 I=2; P: B=3 I=4
    assert bio_tags(starts, ends, [iraq, group, iran], index).tolist() == [1, 2, 2, 2, 3]
    # A shorter span crossing a longer one keeps the tokens left free, starting with B.
    crossing = (text.index("في"), len(text), "P")
    assert bio_tags(starts, ends, [group, crossing], index).tolist() == [1, 2, 2, 2, 3]
    assert bio_tags(starts, ends, [(text.index("في"), text.index("في") + 2, "P"), group],
                    index).tolist() == [1, 2, 2, 2, 0]


def kappa(a: list[int], b: list[int]) -> float | None:
    return cohen_kappa(tag_table(np.array(a, dtype=int), np.array(b, dtype=int), 3))


def test_kappa_with_a_single_class_is_undefined() -> None:
    assert kappa([0, 0, 0], [0, 0, 0]) is None
    assert kappa([], []) is None
    # p_o = 2/4; marginals (0: 2,2) (1: 2,2): p_e = 8/16; kappa = 0.
    assert kappa([0, 0, 1, 1], [0, 1, 0, 1]) == 0.0
    # p_o = 3/4; marginals (0: 3,2) (1: 1,2): p_e = (6 + 2) / 16 = 1/2; kappa = 1/2.
    assert kappa([0, 0, 0, 1], [0, 0, 1, 1]) == pytest.approx(0.5)


def test_label_table_folds_other_labels_into_o() -> None:
    # Codes: 0 O, 1 B-X, 2 I-X, 3 B-Y, 4 I-Y. For Y, X's tags count as O.
    a, b = np.array([1, 2, 3, 4, 0]), np.array([1, 3, 3, 0, 0])
    assert label_table(tag_table(a, b, 5), 1).tolist() == [[2, 1, 0],  # O-O O-B O-I
                                                           [0, 1, 0],
                                                           [1, 0, 0]]


def test_alpha_on_a_tiny_case_by_hand() -> None:
    # Units (a, b): (0,0) (0,0) (1,1) (0,1). Coincidences: o00 = 4, o11 = 2, o01 = o10 = 1;
    # n_0 = 5, n_1 = 3, n = 8. D_o = 2/8; D_e = 2 * 5 * 3 / (8 * 7) = 30/56;
    # alpha = 1 - (2/8) / (30/56) = 1 - 7/15 = 8/15.
    data = np.array([[0, 0, 1, 0], [0, 0, 1, 1]])
    assert krippendorff_alpha(data) == pytest.approx(8 / 15)
    assert pair_alpha(tag_table(data[0], data[1], 2)) == pytest.approx(8 / 15)
    assert krippendorff.alpha(reliability_data=data, level_of_measurement="nominal") == \
        pytest.approx(8 / 15)
    assert krippendorff_alpha(np.zeros((2, 4), dtype=int)) is None  # one value only
    assert pair_alpha(np.array([[4, 0], [0, 0]])) is None
    assert krippendorff_alpha(np.full((2, 3), NO_TAG)) is None


def test_alpha_from_coincidences_equals_the_package_on_raw_data() -> None:
    rng = np.random.default_rng(5)
    checked = 0
    for _ in range(200):
        coders, units = int(rng.integers(2, 5)), int(rng.integers(2, 80))
        data = rng.integers(0, int(rng.integers(2, 6)), (coders, units))
        data[rng.random((coders, units)) < 0.3] = NO_TAG
        raw = np.where(data == NO_TAG, np.nan, data.astype(float))
        try:
            expected = krippendorff.alpha(reliability_data=raw, level_of_measurement="nominal")
        except ValueError:
            expected = float("nan")
        ours = krippendorff_alpha(data)
        if np.isfinite(expected):
            assert ours == pytest.approx(expected, abs=1e-12)
            checked += 1
        else:
            assert ours is None
        if coders == 2:  # and from the pair's table, where every unit has both values
            full = np.where(data == NO_TAG, 0, data)
            raw = full.astype(float)
            try:
                expected = krippendorff.alpha(reliability_data=raw,
                                              level_of_measurement="nominal")
            except ValueError:
                expected = float("nan")
            ours = pair_alpha(tag_table(full[0], full[1], int(full.max()) + 1))
            assert ours == (pytest.approx(expected, abs=1e-12) if np.isfinite(expected)
                            else None)
    assert checked > 150
