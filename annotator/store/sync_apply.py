"""Bringing one pulled page into the project, in one local transaction.

Documents match by text SHA-256 (new ones are added), spans and events by identity; of two
versions the newer wins (core.sync), as in merge (decision 0007). Everything is written as
the user `sync` (core.sync.SYNC_USER) and logged: deletions go through the span and event
parts, so they are restorable as any deletion; nothing a sync wrote is ever sent back. A
local edit not yet pushed that is newer than the pulled version stays (the next push sends
it); one that is older is replaced, and that is a conflict, logged (`sync_conflict`) and
reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from annotator.core.document_fields import field_value_problem
from annotator.core.errors import UserError
from annotator.core.events import attribute_problem
from annotator.core.spans import check_span
from annotator.core.sync import (
    SYNC_USER,
    AssignmentRow,
    DecisionRow,
    DocLabelRow,
    DocumentRow,
    EventRow,
    SpanRow,
    StatusRow,
    Versioned,
    conflict_line,
    merged_status,
    replaces,
    same,
)
from annotator.core.textio import text_digest
from annotator.core.types import GOLD
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.repository import StoreParts
from annotator.store.sync_rows import (
    Deletion,
    chunks,
    decisions,
    deletions,
    doc_labels,
    events,
    pending,
    span_ids,
    spans,
)
from annotator.store.sync_state import pushed_change_id


@dataclass
class Applied:
    """What pulling changed in the project."""

    documents: int = 0
    spans: int = 0
    events: int = 0
    deleted: int = 0
    statuses: int = 0
    assignments: int = 0
    decisions: int = 0
    doc_labels: int = 0
    gazetteers: int = 0  # the team's name lists taken (operations/sync.py)
    conflicts: list[str] = field(default_factory=list)

    def add(self, other: Applied) -> None:
        for name in ("documents", "spans", "events", "deleted", "statuses", "assignments",
                     "decisions", "doc_labels", "gazetteers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.conflicts += other.conflicts


@dataclass
class PulledRows:
    documents: list[DocumentRow]
    assignments: list[AssignmentRow]
    spans: list[SpanRow]
    events: list[EventRow]
    statuses: list[StatusRow]
    decisions: list[DecisionRow] = field(default_factory=list)
    doc_labels: list[DocLabelRow] = field(default_factory=list)


class PullApplier:
    """Applies pulled rows to a project; `members` gives each layer's role."""

    def __init__(self, ctx: StoreContext, members: dict[str, str]) -> None:
        self.ctx = StoreContext(ctx.db, SYNC_USER, ctx.clock)
        self.ctx.schema_stored(ctx.schema())  # the same project: no second parse
        self.parts = StoreParts.build(self.ctx)
        self.db = ctx.db
        self.members = members
        self.out = Applied()
        self.pending: dict[str, set[int]] = {"span": set(), "event": set()}
        self.doc_ids: dict[str, int] = {}

    def apply(self, rows: PulledRows, also: Any = None) -> Applied:
        """One page in one transaction; `also(db)` runs inside it (the resume point)."""
        self.out = Applied()
        with write_transaction(self.db):
            self.pending = pending(self.db, pushed_change_id(self.db))
            self._documents(rows.documents)
            shas = ({r.document for r in rows.spans} | {r.document for r in rows.events}
                    | {r.document for r in rows.statuses}
                    | {r.document for r in rows.assignments}
                    | {r.document for r in rows.decisions}
                    | {r.document for r in rows.doc_labels})
            self.doc_ids = self._doc_ids(shas)
            layers = ({r.layer for r in rows.spans} | {r.layer for r in rows.events}
                      | {r.layer for r in rows.statuses} | {a.annotator for a in rows.assignments}
                      | {r.layer for r in rows.doc_labels})
            for layer in sorted(layers):
                role = "reviewer" if layer == GOLD or self.members.get(layer) == "reviewer" \
                    else "annotator"
                self.parts.project.ensure_layer(layer, role)
            self._assignments(rows.assignments)
            gone_spans = self._spans([s for s in rows.spans if s.document in self.doc_ids])
            self._events([e for e in rows.events if e.document in self.doc_ids])
            for span_id, row in gone_spans:
                self._delete_span(span_id, row)
            self._statuses([s for s in rows.statuses if s.document in self.doc_ids])
            self._decisions([d for d in rows.decisions if d.document in self.doc_ids])
            self._doc_labels([d for d in rows.doc_labels if d.document in self.doc_ids])
            if also is not None:
                also(self.db)
        return self.out

    def lost_on_server(self, lost: list[tuple[str, Versioned, Versioned]]) -> Applied:
        """Pushed versions the server did not keep: take the versions it kept, and log each
        loss (`sync_conflict`). Inside the caller's transaction."""
        kept = [k for _, k, _ in lost]
        self.apply(PulledRows([], [], [k for k in kept if isinstance(k, SpanRow)],
                              [k for k in kept if isinstance(k, EventRow)], [],
                              [k for k in kept if isinstance(k, DecisionRow)],
                              [k for k in kept if isinstance(k, DocLabelRow)]))
        for entity, k, rejected in lost:
            if k.document in self.doc_ids:
                self.parts.changelog.log("sync_conflict", self.doc_ids[k.document], k.layer,
                                         entity, None, _state(k), _state(rejected))
        return self.out

    # ------------------------------------------------------------------ helpers
    def _doc_ids(self, shas: set[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for part in chunks(shas):
            out.update(self.db.execute(
                f"SELECT text_sha256, id FROM documents WHERE text_sha256 IN "
                f"({','.join('?' * len(part))})", part).fetchall())
        return out

    def _log(self, action: str, row: SpanRow | EventRow, entity_id: int | None,
             before: Any, after: Any) -> None:
        self.parts.changelog.log(action, self.doc_ids[row.document], row.layer,
                                 action.split("_")[1], entity_id, before, after)

    def _conflict(self, entity: str, entity_id: int | None, kept: Versioned,
                  lost: Versioned) -> None:
        """A local edit not yet on the server lost to a newer one from it."""
        doc = self.doc_ids[kept.document]
        self.parts.changelog.log("sync_conflict", doc, kept.layer, entity, entity_id,
                                 _state(kept), _state(lost))
        title = self.parts.documents.document(doc, with_text=False).title
        self.out.conflicts.append(conflict_line(title, lost, kept))

    def _put_provenance(self, entity: str, entity_id: int, provenance: str | None) -> None:
        if provenance is None:
            self.db.execute("DELETE FROM gold_provenance WHERE entity = ? AND entity_id = ?",
                            [entity, entity_id])
            return
        p = json.loads(provenance)
        self.db.execute(
            "INSERT OR REPLACE INTO gold_provenance (entity, entity_id, agreed_by, decided_by, "
            "decided_at, how) VALUES (?,?,?,?,?,?)",
            [entity, entity_id, json.dumps(p["agreed_by"], ensure_ascii=False),
             p["decided_by"], p["decided_at"], p["how"]])

    # ---------------------------------------------------------------- documents
    def _documents(self, docs: list[DocumentRow]) -> None:
        for d in docs:
            if self.parts.documents.id_by_sha(d.sha) is not None:
                continue
            if text_digest(d.text) != d.sha:
                raise UserError(f"document {d.external_id} on the team server: its text does "
                                "not match its stored hash")
            doc = self.db.execute(
                "INSERT INTO documents (external_id, title, text, text_sha256, source, meta, "
                "created_at) VALUES (?,?,?,?,?,?,?)",
                [d.external_id, d.title, d.text, d.sha, d.source, d.meta, d.created_at],
            ).lastrowid
            self.parts.changelog.log("import_document", doc, None, "document", doc, None,
                                     {"external_id": d.external_id, "source": d.source})
            self.out.documents += 1

    def _assignments(self, rows: list[AssignmentRow]) -> None:
        for a in rows:
            doc = self.doc_ids.get(a.document)
            if doc is None:
                continue
            cur = self.db.execute("INSERT OR IGNORE INTO assignments (document_id, annotator, "
                                  "assigned_at) VALUES (?,?,?)", [doc, a.annotator,
                                                                  a.assigned_at])
            if cur.rowcount:
                self.parts.changelog.log("assign", doc, a.annotator, "assignment", doc, None,
                                         {"annotator": a.annotator})
                self.out.assignments += 1

    # -------------------------------------------------------------------- spans
    def _spans(self, rows: list[SpanRow]) -> list[tuple[int, SpanRow]]:
        """Adds and updates; returns the deletions to make after the events."""
        local = {s.uid: (i, s) for i, s in spans(self.db, "uid", [r.uid for r in rows]).items()}
        gone = deletions(self.db, "span", "uid", [r.uid for r in rows if r.uid not in local])
        later: list[tuple[int, SpanRow]] = []
        labels = self.ctx.schema().label_names()
        for s in rows:
            if s.uid in local:
                span_id, mine = local[s.uid]
                if mine.layer != s.layer or mine.document != s.document:
                    raise UserError(f"span {s.uid} is in layer {mine.layer} here but in "
                                    f"{s.layer} on the team server")
                if same(s, mine):
                    if s.updated_at > mine.updated_at:  # the same, said later elsewhere
                        self.db.execute("UPDATE spans SET updated_at = ? WHERE id = ?",
                                        [s.updated_at, span_id])
                    continue
                if not replaces(s, mine):
                    continue  # ours is newer: not yet pushed, or pushed after this read
                if span_id in self.pending["span"]:
                    self._conflict("span", span_id, s, mine)
                if s.deleted:
                    later.append((span_id, s))
                    continue
                self._check_span(s, labels)
                if self._duplicate(s, span_id):
                    continue
                self.db.execute(
                    "UPDATE spans SET start = ?, end = ?, label = ?, text = ?, origin = ?, "
                    "origin_detail = ?, updated_at = ? WHERE id = ?",
                    [s.start, s.end, s.label, s.text, s.origin, s.origin_detail, s.updated_at,
                     span_id])
                self._put_provenance("span", span_id, s.provenance)
                self._log("sync_span", s, span_id, _state(mine), _state(s))
                self.out.spans += 1
            elif not s.deleted:
                self._add_span(s, gone.get(s.uid), labels)
        return later

    def _check_span(self, s: SpanRow, labels: set[str]) -> None:
        if s.label not in labels:
            raise UserError(f"the team server has a span labelled {s.label}, which this "
                            "project's schema lacks")
        check_span(self.parts.documents.text(self.doc_ids[s.document]), s.start, s.end, s.text)

    def _duplicate(self, s: SpanRow, span_id: int | None) -> bool:
        """The same span (layer, offsets, label) is here under another identity: kept."""
        return self.db.execute(
            "SELECT 1 FROM spans WHERE document_id = ? AND layer = ? AND start = ? AND end = ? "
            "AND label = ? AND id IS NOT ?",
            [self.doc_ids[s.document], s.layer, s.start, s.end, s.label, span_id],
        ).fetchone() is not None

    def _add_span(self, s: SpanRow, gone: Deletion | None, labels: set[str]) -> None:
        if gone is not None:
            if not replaces(s, gone.row):
                return  # deleted here after that version: the deletion stands
            if gone.change_id > pushed_change_id(self.db) and not gone.by_sync:
                self._conflict("span", gone.entity_id, s, gone.row)
        self._check_span(s, labels)
        if self._duplicate(s, None):
            return
        span_id = self.db.execute(
            "INSERT INTO spans (id, document_id, layer, start, end, label, text, origin, "
            "created_at, updated_at, uid, origin_detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [gone.entity_id if gone else None, self.doc_ids[s.document], s.layer, s.start,
             s.end, s.label, s.text, s.origin, s.created_at, s.updated_at, s.uid,
             s.origin_detail]).lastrowid
        assert span_id is not None
        self._put_provenance("span", span_id, s.provenance)
        self._log("sync_span", s, span_id, None, _state(s))
        self.out.spans += 1

    def _delete_span(self, span_id: int, s: SpanRow) -> None:
        if self.parts.spans.events_triggered_by(span_id):
            return  # an event here still needs it (its deletion was refused or is newer)
        self.parts.spans.delete_span(span_id)
        self.out.deleted += 1

    # ------------------------------------------------------------------- events
    def _events(self, rows: list[EventRow]) -> None:
        local = {e.uid: (i, e) for i, e in events(self.db, "uid", [r.uid for r in rows]).items()}
        gone = deletions(self.db, "event", "uid", [r.uid for r in rows if r.uid not in local])
        ids = span_ids(self.db, {u for e in rows for u in (e.trigger, *(a[1] for a in
                                                                       e.arguments))})
        for e in rows:
            event_id: int | None = None
            mine: EventRow | None = None
            if e.uid in local:
                event_id, mine = local[e.uid]
                if mine.layer != e.layer or mine.document != e.document:
                    raise UserError(f"event {e.uid} is in layer {mine.layer} here but in "
                                    f"{e.layer} on the team server")
                pending_here = event_id in self.pending["event"]
            elif e.uid in gone:
                tombstone = gone[e.uid].row
                assert isinstance(tombstone, EventRow)
                mine = tombstone
                pending_here = (not gone[e.uid].by_sync
                                and gone[e.uid].change_id > pushed_change_id(self.db))
            if mine is not None:
                if same(e, mine):
                    if event_id is not None and e.updated_at > mine.updated_at:
                        self.db.execute("UPDATE events SET updated_at = ? WHERE id = ?",
                                        [e.updated_at, event_id])
                    continue
                if not replaces(e, mine):
                    continue
                if pending_here:
                    self._conflict("event", event_id or gone[e.uid].entity_id, e, mine)
            elif e.deleted:
                continue
            if e.deleted:
                assert event_id is not None
                self.parts.events.delete_event(event_id)
                self.out.deleted += 1
                continue
            self._put_event(e, event_id, gone[e.uid].entity_id if e.uid in gone else None,
                            mine, ids)

    def _put_event(self, e: EventRow, event_id: int | None, old_id: int | None,
                   mine: EventRow | None, ids: dict[str, int]) -> None:
        trigger = ids.get(e.trigger)
        if trigger is None:
            self.out.conflicts.append(f"layer {e.layer}: the {e.type} event from the server "
                                      "was not brought in: its trigger span is deleted here")
            return
        attributes = json.loads(e.attributes)
        problem = attribute_problem(self.ctx.schema(), e.type, attributes)
        if problem:
            raise UserError(f"the team server has an event this project refuses: {problem}")
        args = [(role, ids[uid]) for role, uid in e.arguments if uid in ids]
        if event_id is None:
            event_id = self.db.execute(
                "INSERT INTO events (id, document_id, layer, type, trigger_span_id, attributes, "
                "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?)",
                [old_id, self.doc_ids[e.document], e.layer, e.type, trigger, e.attributes,
                 e.created_at, e.updated_at, e.uid]).lastrowid
            assert event_id is not None
        else:
            self.db.execute("UPDATE events SET type = ?, trigger_span_id = ?, attributes = ?, "
                            "updated_at = ? WHERE id = ?",
                            [e.type, trigger, e.attributes, e.updated_at, event_id])
            self.db.execute("DELETE FROM event_arguments WHERE event_id = ?", [event_id])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) VALUES (?,?,?)",
            [(event_id, role, span) for role, span in args])
        self._put_provenance("event", event_id, e.provenance)
        self._log("sync_event", e, event_id, _state(mine) if mine else None, _state(e))
        self.out.events += 1

    # ----------------------------------------------------------------- statuses
    def _statuses(self, rows: list[StatusRow]) -> None:
        for s in rows:
            doc = self.doc_ids[s.document]
            row = self.db.execute(
                "SELECT status, seconds, updated_at FROM document_status WHERE "
                "document_id = ? AND layer = ?", [doc, s.layer]).fetchone()
            merged = s if row is None else merged_status(StatusRow(s.document, s.layer, *row), s)
            if row is None or (merged.status, merged.seconds, merged.updated_at) != tuple(row):
                self.db.execute(
                    "INSERT INTO document_status (document_id, layer, status, seconds, "
                    "updated_at) VALUES (?,?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE "
                    "SET status = excluded.status, seconds = excluded.seconds, "
                    "updated_at = excluded.updated_at",
                    [doc, s.layer, merged.status, merged.seconds, merged.updated_at])
                self.parts.changelog.log(
                    "sync_status", doc, s.layer, "status", doc,
                    None if row is None else {"status": row[0], "seconds": row[1]},
                    {"status": merged.status, "seconds": merged.seconds})
                self.out.statuses += 1
            # What the server holds: a local status that differs is sent next time.
            self.db.execute(
                "INSERT INTO sync_sent_status (document_id, layer, status, seconds) "
                "VALUES (?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE SET "
                "status = excluded.status, seconds = excluded.seconds",
                [doc, s.layer, s.status, s.seconds])

    # ---------------------------------------------------------------- decisions
    def _decisions(self, rows: list[DecisionRow]) -> None:
        """A reviewer's decisions: the newer version wins, as for spans; a local decision
        not yet sent that loses is a conflict."""
        if not rows:
            return
        places = {(self.doc_ids[d.document], d.entity, d.key): d for d in rows}
        local = decisions(self.db, places)
        pushed = pushed_change_id(self.db)
        for place, new in places.items():
            mine = local.get(place)
            if mine is not None:
                if same(new, mine.row):
                    continue
                if not replaces(new, mine.row):
                    continue  # ours is newer: the next push sends it
                if mine.change_id > pushed and not mine.by_sync:
                    self._conflict("decision", None, new, mine.row)
            elif new.decision is None:
                continue
            doc, entity, key = place
            if new.decision is None:
                self.db.execute("DELETE FROM review_decisions WHERE document_id = ? AND "
                                "entity = ? AND key = ?", list(place))
            else:
                self.db.execute(
                    "INSERT INTO review_decisions (document_id, entity, key, decision, "
                    "decided_by, decided_at) VALUES (?,?,?,?,?,?) ON CONFLICT "
                    "(document_id, entity, key) DO UPDATE SET decision = excluded.decision, "
                    "decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                    [doc, entity, key, new.decision, new.decided_by, new.updated_at])
            # The version's own time, so a withdrawal compares as the server's does.
            self.parts.changelog.log("review_decision", doc, GOLD, "decision", None,
                                     None, {"entity": entity, "key": key,
                                            "decision": new.decision,
                                            "updated_at": new.updated_at})
            self.out.decisions += 1

    # ---------------------------------------------------------- document labels
    def _doc_labels(self, rows: list[DocLabelRow]) -> None:
        """Per document, layer and field the newer value wins (a clearing too), as for
        spans; a local value not yet sent that loses is a conflict."""
        if not rows:
            return
        places = {(self.doc_ids[d.document], d.layer, d.field): d for d in rows}
        local = doc_labels(self.db, places, pushed_change_id(self.db))
        schema = self.ctx.schema()
        for place, new in places.items():
            mine = local.get(place)
            if mine is not None:
                if same(new, mine.row):
                    if new.updated_at > mine.row.updated_at:  # the same, said later
                        self.db.execute(
                            "UPDATE document_labels SET updated_at = ?, updated_by = ? WHERE "
                            "document_id = ? AND layer = ? AND field = ?",
                            [new.updated_at, new.updated_by, *place])
                    continue
                if not replaces(new, mine.row):
                    continue  # ours is newer: the next push sends it
                if mine.pending:
                    self._conflict("doc_label", place[0], new, mine.row)
            elif new.value is None:
                continue
            problem = field_value_problem(schema.document_field(new.field),
                                          _value(new.value), new.field)
            if problem:
                raise UserError(f"the team server has a document label this project "
                                f"refuses: {problem}")
            self.db.execute(
                "INSERT INTO document_labels (document_id, layer, field, value, updated_at, "
                "updated_by) VALUES (?,?,?,?,?,?) ON CONFLICT (document_id, layer, field) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by",
                [*place, new.value, new.updated_at, new.updated_by])
            self.parts.changelog.log("sync_doc_label", place[0], new.layer, "doc_label",
                                     place[0], _state(mine.row) if mine else None,
                                     _state(new))
            self.out.doc_labels += 1


def _value(stored: str | None) -> Any:
    """A stored document label value (JSON text) as the change log and the checks take
    it."""
    return None if stored is None else json.loads(stored)


def _state(row: Versioned) -> dict[str, Any]:
    """A pulled or local version as the change log records it."""
    if isinstance(row, DocLabelRow):  # as set_doc_label logs it, with the version's time
        return {"field": row.field, "value": _value(row.value), "updated_at": row.updated_at}
    if isinstance(row, DecisionRow):
        return {"entity": row.entity, "key": row.key, "decision": row.decision,
                "updated_at": row.updated_at}
    if isinstance(row, SpanRow):
        return {"uid": row.uid, "start": row.start, "end": row.end, "label": row.label,
                "text": row.text, "deleted": row.deleted, "updated_at": row.updated_at}
    return {"uid": row.uid, "type": row.type, "trigger": row.trigger,
            "attributes": json.loads(row.attributes) if row.attributes else {},
            "arguments": [list(a) for a in row.arguments], "deleted": row.deleted,
            "updated_at": row.updated_at}
