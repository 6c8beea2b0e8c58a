"""A batch of another project file's documents as a merge reads them, and what it writes.

store/merge_rows.py decides document by document; what it needs of a batch of 500 of
the other file's documents is read here with one query per table (their documents with
their texts, spans, statuses and gold provenance; our documents with the same texts,
their spans and statuses), and the plain rows it decides to add (new documents, new
spans, statuses, and their change-log rows) wait in PendingRows and are written with
one statement per table.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from annotator.store.changelog import ChangeLog

BATCH = 500  # documents of the other file read (and their rows written) at a time


class MergedSpan(NamedTuple):
    """A span row as merge compares it (the columns of _SPAN_COLUMNS, in order)."""

    id: int
    layer: str
    start: int
    end: int
    label: str
    text: str
    origin: str
    created_at: str
    updated_at: str
    uid: str
    origin_detail: str

    def state(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text,
                "uid": self.uid, "updated_at": self.updated_at}

    def describe(self) -> str:
        return f"{self.label} «{self.text}» [{self.start}, {self.end})"


SPAN_COLUMNS = ("id, layer, start, end, label, text, origin, created_at, updated_at, uid, "
                "origin_detail")
Status = tuple[str, float, str]  # status, seconds, updated_at


@dataclass
class TheirBatch:
    """Up to BATCH of the other file's documents with what merging them reads."""

    # id, text_sha256, external_id, title, text, source, meta
    documents: list[tuple[int, str, str, str, str, str, str]]
    spans: dict[int, list[MergedSpan]] = field(default_factory=dict)  # their document id
    ours: dict[str, int] = field(default_factory=dict)  # text_sha256 -> our document id
    our_spans: dict[int, list[MergedSpan]] = field(default_factory=dict)  # our document id
    with_events: set[int] = field(default_factory=set)  # their documents that have events
    with_doc_labels: set[int] = field(default_factory=set)  # ... that have document labels
    provenance: dict[tuple[str, int], tuple[str, str, str, str]] = field(default_factory=dict)
    statuses: dict[int, list[tuple[str, str, float, str]]] = field(default_factory=dict)
    our_statuses: dict[tuple[int, str], Status] = field(default_factory=dict)


def _in(ids: Any) -> str:
    return json.dumps(list(ids))


def read_batch(other: sqlite3.Connection, db: sqlite3.Connection, after: int,
               size: int = BATCH, doc_labels: bool = False) -> TheirBatch | None:
    """Their documents after id `after` (up to `size`), or None when there are no more.
    `doc_labels`: their file has the document_labels table (m009)."""
    docs = other.execute(
        "SELECT id, text_sha256, external_id, title, text, source, meta FROM documents "
        "WHERE id > ? ORDER BY id LIMIT ?", [after, size]).fetchall()
    if not docs:
        return None
    batch = TheirBatch(docs)
    first, last = docs[0][0], docs[-1][0]
    spans: dict[int, list[MergedSpan]] = defaultdict(list)
    for doc, *row in other.execute(
            f"SELECT document_id, {SPAN_COLUMNS} FROM spans WHERE document_id BETWEEN ? AND ? "
            "ORDER BY document_id, id", [first, last]):
        spans[doc].append(MergedSpan(*row))
    batch.spans = spans
    batch.with_events = {r[0] for r in other.execute(
        "SELECT DISTINCT document_id FROM events WHERE document_id BETWEEN ? AND ?",
        [first, last])}
    if doc_labels:
        batch.with_doc_labels = {r[0] for r in other.execute(
            "SELECT DISTINCT document_id FROM document_labels WHERE document_id BETWEEN ? AND ?",
            [first, last])}
    batch.provenance = {(r[0], r[1]): r[2:] for r in other.execute(
        "SELECT p.entity, p.entity_id, p.agreed_by, p.decided_by, p.decided_at, p.how "
        "FROM gold_provenance p JOIN spans s ON p.entity = 'span' AND s.id = p.entity_id "
        "WHERE s.document_id BETWEEN ? AND ? UNION ALL "
        "SELECT p.entity, p.entity_id, p.agreed_by, p.decided_by, p.decided_at, p.how "
        "FROM gold_provenance p JOIN events e ON p.entity = 'event' AND e.id = p.entity_id "
        "WHERE e.document_id BETWEEN ? AND ?", [first, last, first, last])}
    statuses: dict[int, list[tuple[str, str, float, str]]] = defaultdict(list)
    for doc, *status in other.execute(
            "SELECT document_id, layer, status, seconds, updated_at FROM document_status "
            "WHERE document_id BETWEEN ? AND ?", [first, last]):
        statuses[doc].append(tuple(status))
    batch.statuses = statuses
    batch.ours = dict(db.execute(
        "SELECT text_sha256, id FROM documents WHERE text_sha256 IN "
        "(SELECT value FROM json_each(?))", [_in(d[1] for d in docs)]).fetchall())
    ours = _in(batch.ours.values())
    our_spans: dict[int, list[MergedSpan]] = defaultdict(list)
    for doc, *row in db.execute(
            f"SELECT document_id, {SPAN_COLUMNS} FROM spans WHERE document_id IN "
            "(SELECT value FROM json_each(?))", [ours]):
        our_spans[doc].append(MergedSpan(*row))
    batch.our_spans = our_spans
    batch.our_statuses = {(doc, layer): (status, seconds, at) for doc, layer, status, seconds, at
                          in db.execute(
        "SELECT document_id, layer, status, seconds, updated_at FROM document_status "
        "WHERE document_id IN (SELECT value FROM json_each(?))", [ours])}
    return batch


LogRow = tuple[str, int | None, str | None, int | None, Any, Any]  # at, doc, layer, id, ...


@dataclass
class PendingRows:
    """Rows decided but not yet written; `write` writes them, documents first."""

    documents: list[list[Any]] = field(default_factory=list)
    spans: list[list[Any]] = field(default_factory=list)
    new_statuses: list[list[Any]] = field(default_factory=list)
    changed_statuses: list[list[Any]] = field(default_factory=list)
    # (action, entity) -> rows for ChangeLog.log_many
    logged: dict[tuple[str, str], list[LogRow]] = field(default_factory=dict)

    def log(self, action: str, entity: str, row: LogRow) -> None:
        self.logged.setdefault((action, entity), []).append(row)

    def write(self, db: sqlite3.Connection, log: ChangeLog) -> None:
        if self.documents:
            db.executemany("INSERT INTO documents (id, external_id, title, text, text_sha256, "
                           "source, meta, created_at) VALUES (?,?,?,?,?,?,?,?)", self.documents)
        if self.spans:
            db.executemany(f"INSERT INTO spans (document_id, {SPAN_COLUMNS}) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.spans)
        if self.new_statuses:
            db.executemany("INSERT INTO document_status (document_id, layer, status, seconds, "
                           "updated_at) VALUES (?,?,?,?,?)", self.new_statuses)
        if self.changed_statuses:
            db.executemany("UPDATE document_status SET status = ?, seconds = ?, updated_at = ? "
                           "WHERE document_id = ? AND layer = ?", self.changed_statuses)
        for (action, entity), rows in self.logged.items():
            log.log_many(action, entity, rows)
        self.documents, self.spans = [], []
        self.new_statuses, self.changed_statuses = [], []
        self.logged = {}


def merged_ids(ids: list[int]) -> dict[str, Any]:
    """How a `merge_spans` row lists the spans a merge added to a document's layer: their
    ids, runs of consecutive ids as [first, last] (a merge gives new spans ids in order)."""
    runs: list[list[int]] = []
    for i in ids:
        if runs and runs[-1][1] == i - 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return {"ids": [r[0] if r[0] == r[1] else r for r in runs]}


def logged_ids(after: dict[str, Any]) -> list[int]:
    """The span ids a `merge_spans` row lists (what `merged_ids` wrote)."""
    out: list[int] = []
    for run in after.get("ids", ()):
        first, last = (run, run) if isinstance(run, int) else run
        out.extend(range(first, last + 1))
    return out
