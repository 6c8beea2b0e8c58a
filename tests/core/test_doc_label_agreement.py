"""Agreement on document labels: kappa and alpha per field, unset values missing."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from annotator.core.doc_label_agreement import document_label_agreement
from annotator.core.document_fields import DocumentField, FieldValue

SINGLE = DocumentField("relevance", "single", values=tuple(
    FieldValue(n) for n in ("relevant", "partly", "not_relevant")))
MULTIPLE = DocumentField("countries", "multiple", values=tuple(
    FieldValue(n) for n in ("iraq", "syria")))
TEXT = DocumentField("note", "text")


def report(votes: dict) -> dict:
    return document_label_agreement((SINGLE, MULTIPLE, TEXT), votes)


def test_full_agreement_is_one() -> None:
    votes = {d: {a: {"relevance": v, "countries": ("iraq",), "note": "ok"} for a in "ab"}
             for d, v in enumerate(["relevant", "not_relevant", "partly"])}
    figures = report(votes)
    assert figures["relevance"]["cohen_kappa"] == pytest.approx(1.0)
    assert figures["relevance"]["krippendorff_alpha"] == pytest.approx(1.0)
    assert figures["relevance"]["units"] == 3
    assert figures["note"] == {"type": "text", "units": 3, "observed_agreement": 1.0,
                               "cohen_kappa": None, "krippendorff_alpha": None}


def test_kappa_and_alpha_match_their_definitions() -> None:
    a = ["relevant", "relevant", "partly", "not_relevant", "relevant", "partly"]
    b = ["relevant", "partly", "partly", "not_relevant", "not_relevant", "partly"]
    votes = {d: {"a": {"relevance": x}, "b": {"relevance": y}}
             for d, (x, y) in enumerate(zip(a, b, strict=True))}
    figures = report(votes)["relevance"]
    p_o = 4 / 6
    pa = {v: a.count(v) / 6 for v in set(a + b)}
    pb = {v: b.count(v) / 6 for v in set(a + b)}
    p_e = sum(pa[v] * pb[v] for v in pa)
    assert figures["cohen_kappa"] == pytest.approx((p_o - p_e) / (1 - p_e))
    codes = {"relevant": 0, "partly": 1, "not_relevant": 2}
    data = np.array([[codes[x] for x in a], [codes[y] for y in b]], dtype=float)
    assert figures["krippendorff_alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    assert figures["observed_agreement"] == pytest.approx(p_o)


def test_an_unset_field_is_missing_not_a_disagreement() -> None:
    votes = {0: {"a": {"relevance": "relevant"}, "b": {"relevance": "relevant"}},
             1: {"a": {"relevance": "partly"}, "b": {"relevance": "partly"}},
             2: {"a": {"relevance": "partly"}, "b": {}}}  # b left it unset
    figures = report(votes)
    assert figures["relevance"]["units"] == 2
    assert figures["relevance"]["cohen_kappa"] == pytest.approx(1.0)
    assert figures["countries"]["units"] == 0 and figures["countries"]["cohen_kappa"] is None


def test_a_multiple_choice_is_one_yes_or_no_per_value() -> None:
    votes = {0: {"a": {"countries": ("iraq",)}, "b": {"countries": ("iraq", "syria")}},
             1: {"a": {"countries": ("syria",)}, "b": {"countries": ("syria",)}}}
    figures = report(votes)["countries"]
    # units: (0, iraq) yes/yes, (0, syria) no/yes, (1, iraq) no/no, (1, syria) yes/yes
    assert figures["units"] == 4
    assert figures["observed_agreement"] == pytest.approx(3 / 4)
    data = np.array([[1, 0, 0, 1], [1, 1, 0, 1]], dtype=float)
    assert figures["krippendorff_alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def test_three_annotators_alpha_over_all_at_once() -> None:
    votes = {0: {"a": {"relevance": "relevant"}, "b": {"relevance": "relevant"},
                 "c": {"relevance": "partly"}},
             1: {"a": {"relevance": "partly"}, "b": {"relevance": "partly"}, "c": {}},
             2: {"a": {"relevance": "not_relevant"}, "b": {"relevance": "partly"},
                 "c": {"relevance": "not_relevant"}}}
    figures = report(votes)["relevance"]
    nan = np.nan
    data = np.array([[0, 1, 2], [0, 1, 1], [1, nan, 2]], dtype=float)
    assert figures["krippendorff_alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
