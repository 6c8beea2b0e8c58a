"""The queries of bulk work find their rows by a document range, never by scanning a
table or a whole layer once per batch (issue 13 item 8, decision 0006).

Every statement an export and an agreement run send is traced and its plan asked of
SQLite: a query of a batch must SEARCH the tables it reads by document id (or by key),
and none may read spans, statuses, events or document labels through a layer's own
index, which visits every row of the layer for each batch of 500 documents (the spans
of the native export: 156 of its 180 s at 100,000 documents)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.operations.agreement import agreement_report
from annotator.store.repository import Repository

TEXT = "قصفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل"


def traced(repo: Repository) -> list[str]:
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    return statements


def plans(conn: sqlite3.Connection, statements: list[str]) -> dict[str, list[str]]:
    """Each SELECT's plan (the statements are traced with their values in place)."""
    conn.set_trace_callback(None)
    return {sql: [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            for sql in dict.fromkeys(statements) if sql.lstrip().upper().startswith(
                ("SELECT", "WITH"))}


def project(tmp_path: Path) -> Repository:
    repo = Repository.open(tmp_path / "p.db")
    records = []
    for i in range(30):
        text = f"{TEXT} {i}"
        layers = [LayerRecord(name, "done", [Span(0, 4, "ORG", text[0:4])],
                              doc_labels={"relevance": "partly"}) for name in ("a", "b")]
        records.append(DocumentRecord(f"d{i}", text, f"t{i}", layers=layers))
    repo.import_records(records)
    return repo


def test_export_and_agreement_search_their_rows_by_document(tmp_path: Path) -> None:
    repo = project(tmp_path)
    try:
        statements = traced(repo)
        exported = list(repo.export_records("a", batch_size=10))
        agreement_report(repo)
        found = plans(repo.db.conn, statements)
    finally:
        repo.close()
    assert len(exported) == 30 and exported[0].layers[0].doc_labels == {"relevance": "partly"}
    labels = [p for sql, p in found.items() if "FROM document_labels" in sql]
    assert labels, "the export read no document labels"
    batched = {sql: plan for sql, plan in found.items() if " BETWEEN " in sql}
    assert len(batched) >= 6  # spans, statuses, events, labels, agreement's ...
    for sql, plan in found.items():
        for step in plan:
            assert "document_labels_layer" not in step, (sql, plan)
    for sql, plan in batched.items():
        for step in plan:
            # A query of one batch searches documents, spans, labels and events (a
            # table scanned whole once per batch makes the corpus quadratic).
            assert not any(step.startswith(f"SCAN {t}") for t in (
                "documents", "spans", "document_labels", "events", "document_status",
                "s ", "e ", "t ", "d ", "l ")), (sql, plan)
            # Nor through a layer's own index: it visits the whole layer for each batch.
            assert not any(f"{t}_layer" in step for t in (
                "spans", "events", "document_status")), (sql, plan)


def test_the_conll_depth_pass_reads_spans_in_document_order_without_sorting(
        tmp_path: Path) -> None:
    # Before its first line a CoNLL export reads every span's offsets once, by document.
    # Through the layer's index that needed the whole layer sorted (a temporary B-tree
    # of 3,000,000 rows at 100,000 documents); the spans' own index is in that order.
    repo = project(tmp_path)
    try:
        statements = traced(repo)
        ranges = list(repo.span_ranges("a", frozenset({"ORG"})))
        found = plans(repo.db.conn, statements)
    finally:
        repo.close()
    assert ranges == [[(0, 4)]] * 30
    (plan,) = [plan for sql, plan in found.items() if "FROM spans" in sql]
    assert not any("TEMP B-TREE" in step or "spans_layer" in step for step in plan), plan
