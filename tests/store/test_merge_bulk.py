"""Merging in batches (issue 13): the same result whatever the batch, a compact change
log that still brings a deleted span back, and a merge of the same file again that
changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store.merge import merge_project
from annotator.store.repository import Repository
from tests.clock import StepClock

WORDS = ["بغداد", "طهران", "دمشق", "أربيل", "الأنبار", "حرير"]


def corpus(n: int, layer: str, shift: int) -> list[DocumentRecord]:
    """n documents, each with a span on every word of layer `layer` (labels by `shift`)."""
    records = []
    for i in range(n):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(len(WORDS))) + f" {i}"
        spans, pos = [], 0
        for k, word in enumerate(text.split(" ")[:-1]):
            label = ("GPE", "LOC", "FAC")[(i + k + shift) % 3]
            if k == 1:  # provenance travels with the span
                spans.append(Span(pos, pos + len(word), label, word, origin="suggestion",
                                  origin_detail=f"model:{i}"))
            else:
                spans.append(Span(pos, pos + len(word), label, word))
            pos += len(word) + 1
        records.append(DocumentRecord(f"d{i}", text, f"t{i}", layers=[
            LayerRecord(layer, "done" if (i + shift) % 2 else "in_progress", spans,
                        doc_labels={"relevance": "partly"} if i % 2 else {})]))
    return records


@pytest.fixture
def files(tmp_path: Path, clock: StepClock) -> list[Path]:
    """Two annotators' files of 9 documents each (their layers overlap in 6)."""
    out = []
    for name, shift, docs in (("amina", 0, corpus(9, "amina", 0)),
                              ("badr", 1, corpus(12, "badr", 1)[3:])):
        path = tmp_path / f"{name}.db"
        repo = Repository.open(path, user=name, clock=clock)
        repo.import_records(docs, origin="manual")
        if shift:  # badr deletes a span and relabels another: edits the merge carries
            doc = repo.document_ids()[0]
            first, second = repo.spans(doc, "badr")[:2]
            repo.delete_span(first.id)
            repo.relabel_span(second.id, "ORG")
        repo.close()
        out.append(path)
    return out


def merged(tmp_path: Path, name: str, files: list[Path], clock: StepClock,
           batch_size: int) -> tuple[Repository, list[str]]:
    repo = Repository.open(tmp_path / name, user="rev", clock=clock)
    lines = [merge_project(repo, f, batch_size=batch_size).line() for f in files]
    return repo, lines


def export(repo: Repository) -> list[tuple]:
    return [(d.external_id, d.text, [(lr.layer, lr.status, sorted(
        (s.start, s.end, s.label, s.origin, s.origin_detail) for s in lr.spans),
        lr.doc_labels) for lr in d.layers])
            for d in repo.export_records("all")]


def test_the_batch_size_changes_nothing_merged(tmp_path: Path, files: list[Path],
                                               clock: StepClock) -> None:
    one, lines_one = merged(tmp_path, "one.db", files, clock, batch_size=1)
    many, lines_many = merged(tmp_path, "many.db", files, clock, batch_size=500)
    try:
        assert lines_one == lines_many
        assert export(one) == export(many)
        assert len(export(one)) == 12 and "9 added" in lines_one[0]
        layers = [lr for d in export(one) for lr in d[2]]
        assert sum(lr[3] == {"relevance": "partly"} for lr in layers) == 4 + 5
        assert ("suggestion", "model:4") in {s[3:] for lr in layers for s in lr[2]}
        uids = "SELECT uid FROM spans ORDER BY uid"
        assert one.db.execute(uids).fetchall() == many.db.execute(uids).fetchall()
    finally:
        one.close()
        many.close()


def test_new_spans_are_logged_per_document_and_a_deleted_one_comes_back(
        tmp_path: Path, files: list[Path], clock: StepClock) -> None:
    repo, _ = merged(tmp_path, "review.db", files[:1], clock, batch_size=4)
    try:
        spans = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
        rows = repo.changes(action="merge_spans")
        assert len(rows) == 9 and repo.changes(action="merge_span") == []
        listed = [i for r in rows for x in r["after"]["ids"]
                  for i in (range(x[0], x[1] + 1) if isinstance(x, list) else [x])]
        assert sorted(listed) == [r[0] for r in repo.db.execute("SELECT id FROM spans ORDER BY id")]
        assert len(listed) == spans and {r["after"]["merged_from"] for r in rows} == {str(files[0])}
        doc = repo.document_ids()[0]
        gone = repo.spans(doc, "amina")[2]
        uid = repo.uid_of("span", gone.id)
        repo.delete_span(gone.id)
        (deleted,) = repo.deleted_spans(doc)
        back = repo.restore_span(deleted)
        assert (back.id, back.start, back.end, back.label) == (gone.id, gone.start, gone.end,
                                                                gone.label)
        assert repo.uid_of("span", back.id) == uid
    finally:
        repo.close()


def test_merging_again_changes_nothing_and_new_ids_follow_the_old(
        tmp_path: Path, files: list[Path], clock: StepClock) -> None:
    repo, _ = merged(tmp_path, "review.db", files, clock, batch_size=2)
    try:
        count = "SELECT count(*) FROM changes"
        before = repo.db.execute(count).fetchone()[0]
        again = [merge_project(repo, f, batch_size=3) for f in files]
        assert not any(r.changed() for r in again)
        assert repo.db.execute(count).fetchone()[0] == before
        top, doc, layer = repo.db.execute(
            "SELECT id, document_id, layer FROM spans ORDER BY id DESC LIMIT 1").fetchone()
        repo.delete_span(top)  # the merged span with the highest id: its id is not reused
        assert repo.add_span(doc, layer, 0, 5, "ORG").id == top + 1
    finally:
        repo.close()
