"""Agreement counted one document at a time gives today's figures (issue 13).

The report used to keep every document's tag arrays and ask the `krippendorff` package
for alpha; it now keeps a table of tag counts per pair and computes alpha from the
coincidences. On random small corpora the figures must be those of the old code
(`agreement_oracle`, a frozen copy) and alpha that of the package on the raw tags.
"""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.agreement import (
    AgreementDocument,
    LayerAnnotations,
    agreement,
    bio_tags,
)
from annotator.core.arabic import tokens_with_offsets
from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.operations.agreement import agreement_report
from annotator.store.agreement_data import agreement_documents
from annotator.store.repository import Repository
from tests.core import agreement_oracle

WORDS = ["هاجمت", "كتائب", "حزب", "الله", "قاعدة", "عين", "الأسد", "في", "العراق", "،", "."]
LABELS = ["ORG", "GPE", "PER", "LOC"]


@st.composite
def corpora(draw: st.DrawFn, most: int) -> dict[int, AgreementDocument]:
    """Documents of 1-12 words, each done by 2 to `most` of four annotators."""
    names = ["a", "b", "c", "d"][:most]
    docs = {}
    for n in range(draw(st.integers(1, 6))):
        text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12)))
        who = draw(st.lists(st.sampled_from(names), min_size=2, max_size=most, unique=True))
        layers = {}
        for name in who:
            spans = set()
            for _ in range(draw(st.integers(0, 5))):
                start = draw(st.integers(0, len(text) - 1))
                end = draw(st.integers(start + 1, min(len(text), start + 20)))
                spans.add((start, end, draw(st.sampled_from(LABELS))))
            layers[name] = LayerAnnotations(spans=sorted(spans))
        docs[n] = AgreementDocument(text, layers)
    return docs


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(docs=corpora(most=3))
def test_the_same_figures_as_before_with_three_annotators(
        docs: dict[int, AgreementDocument]) -> None:
    # Coincidences of two or three annotators are whole numbers or halves: exactly equal.
    assert agreement(docs, ["GPE", "ORG"]) == agreement_oracle.agreement(docs, ["GPE", "ORG"])


@SETTINGS
@given(docs=corpora(most=4))
def test_the_same_figures_as_before_to_rounding_with_four(
        docs: dict[int, AgreementDocument]) -> None:
    new = _flat(agreement(docs, LABELS))
    old = _flat(agreement_oracle.agreement(docs, LABELS))
    assert list(new) == list(old)
    for key, value in new.items():  # a third is not a binary fraction: rounding may differ
        assert value == (pytest.approx(old[key], rel=1e-12, abs=1e-12)
                         if isinstance(old[key], float) else old[key]), key


def _flat(report: dict) -> dict[str, object]:
    out: dict[str, object] = {}

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}", v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        else:
            out[prefix] = value
    walk("", report)
    return out


@SETTINGS
@given(docs=corpora(most=4))
def test_alpha_equals_the_krippendorff_package_on_the_raw_tags(
        docs: dict[int, AgreementDocument]) -> None:
    report = agreement(docs, LABELS)
    labels = list(report["per_label"])
    index = {x: i for i, x in enumerate(labels)}
    names = report["annotators"]
    columns = []
    for doc in docs.values():
        tokens = tokens_with_offsets(doc.text)
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        block = np.full((len(names), len(tokens)), np.nan)
        for row, name in enumerate(names):
            if name in doc.layers:
                block[row] = bio_tags(starts, ends, doc.layers[name].spans, index)
        columns.append(block)
    raw = np.hstack(columns)
    assert set(np.unique(raw[~np.isnan(raw)])) <= set(range(2 * len(labels) + 1))
    expected = _package(raw)
    assert report["overall"]["krippendorff_alpha_all"] == (
        None if expected is None else pytest.approx(expected, rel=1e-12, abs=1e-12))
    for pair in report["pairs"]:
        rows = raw[[names.index(pair["a"]), names.index(pair["b"])]]
        both = rows[:, ~np.isnan(rows).any(axis=0)]
        expected = _package(both)
        assert pair["krippendorff_alpha"] == (
            None if expected is None else pytest.approx(expected, rel=1e-12, abs=1e-12))


def _package(raw: np.ndarray) -> float | None:
    if raw.size == 0 or len(np.unique(raw[~np.isnan(raw)])) < 2:
        return None
    try:
        alpha = krippendorff.alpha(reliability_data=raw, level_of_measurement="nominal")
    except ValueError:
        return None
    return float(alpha) if np.isfinite(alpha) else None


def test_a_project_read_in_batches_gives_the_report_of_the_whole(tmp_path: Path) -> None:
    text = " ".join(WORDS)
    repo = Repository.open(tmp_path / "p.db")
    try:
        repo.import_records([DocumentRecord(f"d{n}", f"{text} {n}", "t", layers=[
            LayerRecord(name, "done" if (n + k) % 4 else "in_progress",
                        [Span(0, 5, "ORG" if (n + k) % 3 else "GPE", "هاجمت"),
                         Span(6, 11, "GPE", "كتائب")][:1 + (n * k) % 2])
            for k, name in enumerate(("a", "b", "c"))]) for n in range(9)], origin="manual")
        whole = dict(agreement_documents(repo.db))
        assert [d for d, _ in agreement_documents(repo.db, batch_size=2)] == list(whole)
        expected = agreement_oracle.agreement(whole, [lb.name for lb in repo.schema().all_labels])
        seen: list[tuple[int, int]] = []
        report = agreement_report(repo, lambda n, total: seen.append((n, total)))
        report.pop("document_fields", None)  # the default schema's fields: none set here
        assert report == expected
    finally:
        repo.close()
    assert expected["documents"] == len(whole) > 3 and seen[-1] == (len(whole), len(whole))
