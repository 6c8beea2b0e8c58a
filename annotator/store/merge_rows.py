"""How one other file's rows enter the project: documents, spans, events, statuses.

Runs inside the write transaction that store/merge.py opens for the file. Reads the
other file through its own read-only connection, document by document, so memory stays
bounded. The rules (docs/decisions/0007): same uid is the same span or event, the newer
edit wins and a kept local edit is logged once as a conflict; a deletion there removes
an older copy here; a deletion here is not undone by a copy that is no newer.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from annotator.core.document_fields import field_value_problem
from annotator.core.errors import UserError
from annotator.core.events import attribute_problem
from annotator.core.progress import Progress
from annotator.core.spans import check_span
from annotator.core.textio import text_digest
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.documents import DocumentStore
from annotator.store.events import EventStore
from annotator.store.spans import SpanStore
from annotator.store.values import to_json

# Edits of an event that the store logs without touching events.updated_at.
_EVENT_EDITS = "('add_argument', 'remove_argument', 'set_attributes')"


class MergeError(UserError):
    """One file cannot be merged; nothing of it was written. The message names the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass
class MergeCounts:
    documents_added: int = 0
    documents_matched: int = 0
    spans_added: int = 0
    spans_updated: int = 0
    spans_deleted: int = 0
    events_added: int = 0
    events_updated: int = 0
    events_deleted: int = 0
    statuses_updated: int = 0
    doc_labels_updated: int = 0


class _Span(NamedTuple):
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


class _Event(NamedTuple):
    id: int
    layer: str
    type: str
    trigger: int
    attributes: str
    created_at: str
    updated_at: str
    uid: str


# An event's content: layer, type, trigger, attributes (canonical JSON), sorted arguments.
_Content = tuple[str, str, int, str, tuple[tuple[str, int], ...]]
# (layer, start, end, label) -> our span id: what an exact duplicate is matched by.
_Keys = dict[tuple[str, int, int, str], int]


class _Gone(NamedTuple):
    at: str
    entity_id: int


_SPAN_COLUMNS = ("id, layer, start, end, label, text, origin, created_at, updated_at, uid, "
                 "origin_detail")
_EVENT_COLUMNS = "id, layer, type, trigger_span_id, attributes, created_at, updated_at, uid"


def _deletions(conn: sqlite3.Connection, entity: str) -> dict[str, _Gone]:
    """uid -> the latest deletion of that span or event in a file's change log."""
    out: dict[str, _Gone] = {}
    for uid, at, entity_id in conn.execute(
        "SELECT json_extract(before, '$.uid'), at, entity_id FROM changes "
        "WHERE action = ? ORDER BY id", [f"delete_{entity}"],
    ):
        if uid:
            out[uid] = _Gone(at, entity_id)
    return out


def _arguments(conn: sqlite3.Connection, doc: int) -> dict[int, list[tuple[str, int]]]:
    out: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for event_id, role, span_id in conn.execute(
        "SELECT a.event_id, a.role, a.span_id FROM event_arguments a JOIN events e "
        "ON e.id = a.event_id WHERE e.document_id = ? ORDER BY a.id", [doc],
    ):
        out[event_id].append((role, span_id))
    return out


def _edit_times(conn: sqlite3.Connection, doc: int) -> dict[int, str]:
    """Latest argument or attribute edit per event: part of when an event last changed."""
    return dict(conn.execute(
        "SELECT entity_id, max(at) FROM changes WHERE document_id = ? AND entity = 'event' "
        f"AND action IN {_EVENT_EDITS} GROUP BY entity_id", [doc],
    ).fetchall())


def _content(e: _Event, args: list[tuple[str, int]]) -> _Content:
    """What two copies of an event must agree on to be the same (attributes canonical)."""
    return (e.layer, e.type, e.trigger, to_json(json.loads(e.attributes)), tuple(sorted(args)))


class RowMerger:
    """One file's merge; counts go into `counts`, first-time conflicts into `conflicts`."""

    def __init__(self, ctx: StoreContext, log: ChangeLog, documents: DocumentStore,
                 spans: SpanStore, events: EventStore, other: sqlite3.Connection,
                 counts: MergeCounts, conflicts: list[str], source: str) -> None:
        self.ctx = ctx
        self.log = log
        self.documents = documents
        self.spans = spans
        self.events = events
        self.db = ctx.db.conn
        self.other = other
        self.counts = counts
        self.conflicts = conflicts
        self.source = source
        self.labels = ctx.schema().label_names()
        self.gone = {e: _deletions(self.db, e) for e in ("span", "event")}
        self.provenance = {(r[0], r[1]): r[2:] for r in other.execute(
            "SELECT entity, entity_id, agreed_by, decided_by, decided_at, how "
            "FROM gold_provenance")}
        # Document labels (m009): a file from before it has none.
        self.with_doc_labels = other.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_labels'"
        ).fetchone() is not None
        self.span_ids: dict[int, int] = {}  # their span id -> ours, current document
        self.where = ""  # the current document, for conflict messages

    def run(self, progress: Progress | None) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO annotators (name, role, created_at) VALUES (?, ?, ?)",
            self.other.execute("SELECT name, role, created_at FROM annotators").fetchall())
        docs = self.other.execute(
            "SELECT id, text_sha256, external_id FROM documents ORDER BY id").fetchall()
        for n, (theirs, digest, external_id) in enumerate(docs, 1):
            self.where = f"document {external_id}"
            self._refusing(self._one_document, theirs, digest)
            if progress:  # outside _refusing: a Cancelled passes through as it is
                progress(n, len(docs))
        self.where = ""
        self._refusing(self._their_deletions, "event")  # a trigger span cannot go first
        self._refusing(self._their_deletions, "span")

    def _refusing(self, step: Callable[..., None], *args: Any) -> None:
        """A bad row refuses the whole file: the caller's transaction rolls back."""
        try:
            step(*args)
        except UserError as exc:
            raise MergeError(self.source, f"{exc}; nothing merged") from None

    def _one_document(self, theirs: int, digest: str) -> None:
        doc = self._document(theirs, digest)
        self.span_ids = {}
        self._spans(theirs, doc)
        self._events(theirs, doc)
        self._statuses(theirs, doc)
        if self.with_doc_labels:
            self._doc_labels(theirs, doc)

    # ------------------------------------------------------------------ helpers
    def _conflict(self, doc: int, layer: str, entity: str, entity_id: int | None,
                  kept: Any, rejected: dict[str, Any], message: str) -> None:
        """Log a kept local edit once: the same rejected state is not logged again."""
        if self.db.execute(
            "SELECT 1 FROM changes WHERE action = 'merge_conflict' AND entity = ? "
            "AND entity_id IS ? AND after = ?", [entity, entity_id, to_json(rejected)],
        ).fetchone():
            return
        self.log.log("merge_conflict", doc, layer, entity, entity_id, kept, rejected)
        where = f"{self.where}, " if self.where else ""
        self.conflicts.append(f"{where}layer {layer}: {message}")

    def _document(self, theirs: int, digest: str) -> int:
        doc = self.documents.id_by_sha(digest)
        if doc is not None:
            self.counts.documents_matched += 1
            return doc
        external_id, title, text, source, meta = self.other.execute(
            "SELECT external_id, title, text, source, meta FROM documents WHERE id = ?",
            [theirs]).fetchone()
        if text_digest(text) != digest:
            raise UserError(f"{self.where}: its text does not match its stored hash")
        doc = self.db.execute(
            "INSERT INTO documents (external_id, title, text, text_sha256, source, meta, "
            "created_at) VALUES (?,?,?,?,?,?,?)",
            [external_id, title, text, digest, source, meta, self.ctx.clock()]).lastrowid
        assert doc is not None
        self.log.log("import_document", doc, None, "document", doc, None,
                     {"external_id": external_id, "source": source, "merged_from": self.source})
        self.counts.documents_added += 1
        return doc

    def _provenance(self, entity: str, theirs: int, ours: int | None) -> None:
        """A gold span's or event's provenance travels with it; the later decision wins."""
        row = self.provenance.get((entity, theirs))
        if row is None or ours is None:
            return
        mine = self.db.execute("SELECT decided_at FROM gold_provenance WHERE entity = ? AND "
                               "entity_id = ?", [entity, ours]).fetchone()
        if mine is None or mine[0] < row[2]:
            agreed_by, decided_by, _, how = row
            self.db.execute(
                "INSERT OR REPLACE INTO gold_provenance (entity, entity_id, agreed_by, "
                "decided_by, decided_at, how) VALUES (?,?,?,?,?,?)", [entity, ours, *row])
            self.log.log("gold_provenance", None, "gold", entity, ours, None,
                         {"agreed_by": json.loads(agreed_by), "decided_by": decided_by,
                          "how": how, "merged_from": self.source})

    # -------------------------------------------------------------------- spans
    def _spans(self, theirs: int, doc: int) -> None:
        rows = [_Span._make(r) for r in self.other.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id = ? ORDER BY id", [theirs])]
        if not rows:
            return
        ours = {s.uid: s for s in map(_Span._make, self.db.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id = ?", [doc]))}
        keys = {(s.layer, s.start, s.end, s.label): s.id for s in ours.values()}
        text = self.documents.text(doc)
        for s in rows:
            local = ours.get(s.uid)
            found = (self._new_span(doc, s, keys, text) if local is None
                     else self._same_span(doc, local, s, keys, text))
            if found is not None:
                self.span_ids[s.id] = found
            self._provenance("span", s.id, found)

    def _check(self, s: _Span, text: str) -> None:
        if s.label not in self.labels:
            raise UserError(f"{self.where}: unknown label '{s.label}'")
        check_span(text, s.start, s.end, s.text)

    def _new_span(self, doc: int, s: _Span, keys: _Keys, text: str) -> int | None:
        key = (s.layer, s.start, s.end, s.label)
        if key in keys:  # an exact duplicate is the same span, whatever its uid
            return keys[key]
        gone = self.gone["span"].get(s.uid)
        if gone and s.updated_at <= gone.at:  # deleted here after their last edit
            return None
        self._check(s, text)
        # A span deleted here and edited there later comes back under its old id.
        span_id = self.db.execute(
            f"INSERT INTO spans (document_id, {_SPAN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [doc, gone.entity_id if gone else None, *s[1:]]).lastrowid
        assert span_id is not None
        self.log.log("merge_span", doc, s.layer, "span", span_id, None, s.state())
        keys[key] = span_id
        self.counts.spans_added += 1
        return span_id

    def _same_span(self, doc: int, local: _Span, s: _Span, keys: _Keys, text: str) -> int:
        if local.layer != s.layer:
            raise UserError(f"{self.where}: span {s.uid} is in layer {local.layer} here "
                            f"but in {s.layer} there")
        if (local.start, local.end, local.label) == (s.start, s.end, s.label):
            return local.id
        key = (s.layer, s.start, s.end, s.label)
        if s.updated_at <= local.updated_at or key in keys:
            why = "newer here" if s.updated_at <= local.updated_at else "the same span is here"
            self._conflict(doc, s.layer, "span", local.id, local.state(), s.state(),
                           f"kept {local.describe()} ({why}) over {s.describe()}")
            return local.id
        self._check(s, text)
        self.db.execute(
            "UPDATE spans SET start = ?, end = ?, label = ?, text = ?, updated_at = ? "
            "WHERE id = ?", [s.start, s.end, s.label, s.text, s.updated_at, local.id])
        self.log.log("merge_span", doc, s.layer, "span", local.id, local.state(), s.state())
        del keys[(local.layer, local.start, local.end, local.label)]
        keys[key] = local.id
        self.counts.spans_updated += 1
        return local.id

    # ------------------------------------------------------------------- events
    def _events(self, theirs: int, doc: int) -> None:
        rows = [_Event._make(r) for r in self.other.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE document_id = ? ORDER BY id", [theirs])]
        if not rows:
            return
        their_args, their_times = _arguments(self.other, theirs), _edit_times(self.other, theirs)
        our_args, our_times = _arguments(self.db, doc), _edit_times(self.db, doc)
        ours = {e.uid: e for e in map(_Event._make, self.db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE document_id = ?", [doc]))}
        by_content = {_content(e, our_args[e.id]): e.id for e in ours.values()}
        for ev in rows:
            # Arguments whose span was deleted here (and stays deleted) are left out.
            args = [(role, self.span_ids[s]) for role, s in their_args[ev.id]
                    if s in self.span_ids]
            mapped = ev._replace(trigger=self.span_ids.get(ev.trigger, 0),
                                 updated_at=max(ev.updated_at, their_times.get(ev.id, "")))
            local = ours.get(ev.uid)
            if local is not None:
                local = local._replace(updated_at=max(local.updated_at,
                                                      our_times.get(local.id, "")))
            found = self._event(doc, mapped, args, local, our_args, by_content)
            self._provenance("event", ev.id, found)

    def _event(self, doc: int, ev: _Event, args: list[tuple[str, int]], local: _Event | None,
               our_args: dict[int, list[tuple[str, int]]],
               by_content: dict[_Content, int]) -> int | None:
        mine = _content(local, our_args[local.id]) if local is not None else None
        theirs = _content(ev, args)
        if mine == theirs:
            return local.id if local is not None else None
        state = self._event_state(ev, args)
        gone = self.gone["event"].get(ev.uid)
        if local is None and gone and ev.updated_at <= gone.at:
            return None
        if not ev.trigger:
            self._conflict(doc, ev.layer, "event", local.id if local else None,
                           None, state, f"{ev.type} event not merged: its trigger span was "
                           "deleted here")
            return local.id if local else None
        if local is None and theirs in by_content:
            return by_content[theirs]
        problem = attribute_problem(self.ctx.schema(), ev.type, json.loads(ev.attributes))
        if problem:
            raise UserError(problem)
        if local is not None and ev.updated_at <= local.updated_at:
            self._conflict(doc, ev.layer, "event", local.id,
                           self._event_state(local, our_args[local.id]), state,
                           f"kept the {local.type} event edited here later")
            return local.id
        if local is None:
            event_id = self.db.execute(
                f"INSERT INTO events (document_id, {_EVENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
                [doc, gone.entity_id if gone else None, *ev[1:]]).lastrowid
            assert event_id is not None
            before = None
            self.counts.events_added += 1
        else:
            event_id = local.id
            self.db.execute(
                "UPDATE events SET type = ?, trigger_span_id = ?, attributes = ?, "
                "updated_at = ? WHERE id = ?",
                [ev.type, ev.trigger, ev.attributes, ev.updated_at, event_id])
            self.db.execute("DELETE FROM event_arguments WHERE event_id = ?", [event_id])
            before = self._event_state(local, our_args[local.id])
            self.counts.events_updated += 1
        self.db.executemany(
            "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) VALUES (?,?,?)",
            [(event_id, role, span) for role, span in args])
        self.log.log("merge_event", doc, ev.layer, "event", event_id, before, state)
        by_content[theirs] = event_id
        return event_id

    @staticmethod
    def _event_state(ev: _Event, args: list[tuple[str, int]]) -> dict[str, Any]:
        return {"type": ev.type, "trigger": ev.trigger,
                "attributes": json.loads(ev.attributes),
                "arguments": [{"role": r, "span": s} for r, s in sorted(args)],
                "uid": ev.uid, "updated_at": ev.updated_at}

    # ----------------------------------------------------------------- statuses
    def _statuses(self, theirs: int, doc: int) -> None:
        """The newer status wins; of the seconds spent, the larger is kept."""
        for layer, status, seconds, at in self.other.execute(
            "SELECT layer, status, seconds, updated_at FROM document_status "
            "WHERE document_id = ?", [theirs]).fetchall():
            row = self.db.execute(
                "SELECT status, seconds, updated_at FROM document_status "
                "WHERE document_id = ? AND layer = ?", [doc, layer]).fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO document_status (document_id, layer, status, seconds, "
                    "updated_at) VALUES (?,?,?,?,?)", [doc, layer, status, seconds, at])
                before = None
            else:
                if at <= row[2] or status == row[0]:
                    status, at = row[0], row[2]
                seconds = max(seconds, row[1])
                if (status, seconds) == row[:2]:
                    continue
                self.db.execute(
                    "UPDATE document_status SET status = ?, seconds = ?, updated_at = ? "
                    "WHERE document_id = ? AND layer = ?", [status, seconds, at, doc, layer])
                before = {"status": row[0], "seconds": row[1]}
            self.log.log("merge_status", doc, layer, "status", doc, before,
                         {"status": status, "seconds": seconds})
            self.counts.statuses_updated += 1

    # ---------------------------------------------------------- document labels
    def _doc_labels(self, theirs: int, doc: int) -> None:
        """Per layer and field, the newer value wins (a cleared field is a NULL value
        with its time, so a newer clearing wins too); a kept local value is a conflict."""
        schema = self.ctx.schema()
        for layer, name, value, at, by in self.other.execute(
            "SELECT layer, field, value, updated_at, updated_by FROM document_labels "
            "WHERE document_id = ?", [theirs]).fetchall():
            row = self.db.execute(
                "SELECT value, updated_at FROM document_labels WHERE document_id = ? "
                "AND layer = ? AND field = ?", [doc, layer, name]).fetchone()
            if (row[0] if row is not None else None) == value:
                continue  # the same value, or cleared there and never set here
            state = {"field": name, "value": None if value is None else json.loads(value)}
            if row is not None and at <= row[1]:
                kept = {"field": name, "value": None if row[0] is None else json.loads(row[0])}
                self._conflict(doc, layer, "doc_label", doc, kept, state | {"updated_at": at},
                               f"kept document label {name} set here later")
                continue
            problem = field_value_problem(schema.document_field(name), state["value"], name)
            if problem:
                raise UserError(f"{self.where}: {problem}")
            self.db.execute(
                "INSERT INTO document_labels (document_id, layer, field, value, updated_at, "
                "updated_by) VALUES (?,?,?,?,?,?) ON CONFLICT (document_id, layer, field) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "updated_by = excluded.updated_by", [doc, layer, name, value, at, by])
            before = None if row is None else {
                "field": name, "value": None if row[0] is None else json.loads(row[0])}
            self.log.log("merge_doc_label", doc, layer, "doc_label", doc, before, state)
            self.counts.doc_labels_updated += 1

    # ---------------------------------------------------------------- deletions
    def _their_deletions(self, entity: str) -> None:
        """Delete here what they deleted, unless it was edited here after their delete.

        Deletes go through the span and event parts, so they are logged and recoverable as
        usual.
        """
        table = f"{entity}s"
        present = {r[0] for r in self.other.execute(f"SELECT uid FROM {table}")}
        for uid, gone in _deletions(self.other, entity).items():
            if uid in present:  # restored there after the delete
                continue
            row = self.db.execute(f"SELECT id, document_id, layer, updated_at FROM {table} "
                                  "WHERE uid = ?", [uid]).fetchone()
            if row is None:
                continue
            local_id, doc, layer, updated = row
            if entity == "event":
                updated = max(updated, _edit_times(self.db, doc).get(local_id, ""))
            triggers = entity == "span" and self.spans.events_triggered_by(local_id)
            if updated < gone.at and not triggers:
                if entity == "span":
                    self.spans.delete_span(local_id)
                    self.counts.spans_deleted += 1
                else:
                    self.events.delete_event(local_id)
                    self.counts.events_deleted += 1
                continue
            why = "it triggers an event here" if triggers else "it was edited here later"
            self._conflict(doc, layer, entity, local_id, None,
                           {"deleted_at": gone.at, "uid": uid},
                           f"kept {entity} {local_id}, deleted there ({why})")
