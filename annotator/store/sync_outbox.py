"""What a sync sends: this member's edits since the last push the server committed.

The change log says what was edited (rows after `pushed_change_id` in the layers the
member may write, not written by a sync); what is sent is each span's and event's state
now, or a tombstone when it is deleted, by identity. Bulk work is logged a row per
document and layer: a merge's new spans (`merge_spans`, their ids) and a layer an
import added to a document the project had (`import_layer`: all of that layer is
sent). An event goes with the spans it names, so the server never has an event before
its trigger. Statuses and time spent are sent when they differ from what the server was
last known to hold (`sync_sent_status`): time spent is not in the change log. One batch
is read in one snapshot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from annotator.core.sync import SYNC_USER, DecisionRow, DocLabelRow, EventRow, SpanRow, StatusRow
from annotator.store.db import read_snapshot, write_transaction
from annotator.store.merge_batch import logged_ids
from annotator.store.sync_rows import (
    _marks,
    decisions,
    deletions,
    doc_label_places,
    doc_labels,
    events,
    layer_contents,
    spans,
)

# What the change log names and a sync sends: spans, events, (a reviewer's) decisions,
# document labels and imported layers.
SYNCED = "('span', 'event', 'decision', 'doc_label', 'layer')"


@dataclass
class Outbox:
    """One batch to push; `last_change_id` is how far the change log was read."""

    last_change_id: int
    spans: list[SpanRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    statuses: list[StatusRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    doc_labels: list[DocLabelRow] = field(default_factory=list)
    status_ids: list[tuple[int, str, str, float]] = field(default_factory=list)
    edits: int = 0  # change-log rows this batch covers

    def empty(self) -> bool:
        return not (self.spans or self.events or self.statuses or self.decisions
                    or self.doc_labels)


def collect(db: Database, after: int, layers: set[str], limit: int = 2000,
            with_statuses: bool = True) -> Outbox:
    """The next batch of at most `limit` change-log rows after `after`."""
    marks = _marks(list(layers))
    with read_snapshot(db):
        top = db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]
        rows = db.execute(
            f"SELECT id, entity, entity_id, document_id, after, layer FROM changes WHERE "
            f"id > ? AND id <= ? AND user != ? AND layer IN ({marks}) AND entity IN "
            f"{SYNCED} ORDER BY id LIMIT ?",
            [after, top, SYNC_USER, *layers, limit]).fetchall()
        out = Outbox(rows[-1][0] if len(rows) == limit else top, edits=len(rows))
        span_ids = {r[2] for r in rows if r[1] == "span" and r[2] is not None}
        for r in rows:
            if r[1] == "span" and r[2] is None:  # merge_spans
                span_ids.update(logged_ids(json.loads(r[4])))
        event_ids = {r[2] for r in rows if r[1] == "event" and r[2] is not None}
        imported = layer_contents(db, {(r[3], r[5]) for r in rows if r[1] == "layer"})
        span_ids |= imported.spans
        event_ids |= imported.events
        live_events = events(db, "id", event_ids)
        out.events = list(live_events.values())
        gone_events = deletions(db, "event", "id", event_ids - live_events.keys())
        out.events += [d.row for d in gone_events.values()
                       if not d.by_sync and isinstance(d.row, EventRow)]
        named = {u for e in live_events.values() for u in (e.trigger, *(a[1] for a in
                 e.arguments))}
        live_spans = spans(db, "id", span_ids)
        live_spans.update(spans(db, "uid", named - {s.uid for s in live_spans.values()}))
        out.spans = list(live_spans.values())
        gone_spans = deletions(db, "span", "id", span_ids - live_spans.keys())
        out.spans += [d.row for d in gone_spans.values()
                      if not d.by_sync and isinstance(d.row, SpanRow)]
        places = {(r[3], *_decision_key(r[4])) for r in rows if r[1] == "decision"}
        out.decisions = [d.row for d in decisions(db, places).values()]
        labelled = doc_label_places(db, [r[0] for r in rows if r[1] == "doc_label"])
        labelled |= imported.doc_labels
        out.doc_labels = [d.row for d in doc_labels(db, labelled).values()]
        if with_statuses:
            for doc_id, sha, layer, status, seconds, at in db.execute(
                "SELECT st.document_id, d.text_sha256, st.layer, st.status, st.seconds, "
                "st.updated_at FROM document_status st JOIN documents d "
                "ON d.id = st.document_id LEFT JOIN sync_sent_status ss "
                "ON ss.document_id = st.document_id AND ss.layer = st.layer "
                f"WHERE st.layer IN ({marks}) AND (ss.status IS NULL OR ss.status != "
                "st.status OR ss.seconds != st.seconds) ORDER BY st.document_id, st.layer",
                list(layers),
            ):
                out.statuses.append(StatusRow(sha, layer, status, seconds, at))
                out.status_ids.append((doc_id, layer, status, seconds))
    return out


def _decision_key(after: str) -> tuple[str, str]:
    a = json.loads(after)
    return a["entity"], a["key"]


def mark_sent(db: Database, box: Outbox) -> None:
    """After the server committed `box`: the statuses it got (inside the caller's local
    transaction, with the pushed change id)."""
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO sync_sent_status (document_id, layer, status, seconds) "
            "VALUES (?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE SET "
            "status = excluded.status, seconds = excluded.seconds", box.status_ids)


def waiting(db: Database, after: int, layers: set[str]) -> int:
    """Edits not yet sent: change-log rows after the last push in the member's layers, and
    statuses that differ from the server's (the window's "N edits waiting")."""
    marks = _marks(list(layers))
    edits = db.execute(
        f"SELECT count(*) FROM changes WHERE id > ? AND user != ? AND layer IN ({marks}) "
        f"AND entity IN {SYNCED}", [after, SYNC_USER, *layers]).fetchone()[0]
    statuses = db.execute(
        "SELECT count(*) FROM document_status st LEFT JOIN sync_sent_status ss "
        "ON ss.document_id = st.document_id AND ss.layer = st.layer "
        f"WHERE st.layer IN ({marks}) AND (ss.status IS NULL OR ss.status != st.status "
        "OR ss.seconds != st.seconds)", list(layers)).fetchone()[0]
    return int(edits) + int(statuses)
