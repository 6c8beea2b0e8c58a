"""Storing pushed rows on the team server: spans, events and statuses by identity.

Runs in the caller's transaction (one batch, all-or-nothing). The rows already on the
server are read with FOR UPDATE, so two members pushing the same span wait for each other;
each pushed version is compared with the stored one by core.sync's rule (the newer wins).
A pushed version that loses to a different stored one is a conflict: written to
`annotator.conflicts` and returned, so the member is told. Identical versions write
nothing, so pushing a batch again changes nothing (and makes no new change sequence).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import psycopg

from annotator.core.sync import (
    DecisionRow,
    DocLabelRow,
    EventRow,
    SpanRow,
    StatusRow,
    Versioned,
    merged_status,
    replaces,
    same,
)
from annotator.store.server.admin import document_ids


@dataclass
class Conflict:
    """A pushed version the server did not keep, and the version it kept."""

    entity: str
    kept: Versioned
    rejected: Versioned


@dataclass
class PushOutcome:
    stored: int = 0  # rows written (new, or a newer version)
    unchanged: int = 0  # the server already had that version (or a newer)
    not_on_server: int = 0  # rows of documents the server does not have for this member
    conflicts: list[Conflict] = field(default_factory=list)
    txid: str | None = None  # the transaction that wrote them (the pull need not read
    # back spans, events and decisions it wrote: they are this project's own versions)
    statuses_as_sent: bool = True  # every status written is the one sent (none merged
    # with a newer or longer one on the server): the pull need not read those back either


def _columns(columns: str) -> list[str]:
    return [c.strip() for c in columns.split(",")]


def _arrays(table: str) -> str:
    """One array parameter per column, sent in binary (no text escaping of each value)."""
    return ", ".join(f"%b::{t}[]" for t in _TYPES[table])


def insert_many(conn: psycopg.Connection[Any], table: str, columns: str,
                rows: list[list[Any]], suffix: str = "") -> None:
    """INSERT rows (lists in `columns` order) in one statement."""
    if not rows:
        return
    conn.execute(f"INSERT INTO annotator.{table} ({columns}) SELECT * FROM "
                 f"unnest({_arrays(table)}){suffix}", [list(c) for c in zip(*rows, strict=True)])


def update_many(conn: psycopg.Connection[Any], table: str, columns: str, key: tuple[str, ...],
                rows: list[list[Any]]) -> None:
    """UPDATE the rows matched by `key` to these values (lists in `columns` order), in one
    statement."""
    if not rows:
        return
    names = _columns(columns)
    sets = ", ".join(f"{n} = v.{n}" for n in names if n not in key)
    match = " AND ".join(f"t.{k} = v.{k}" for k in key)
    conn.execute(f"UPDATE annotator.{table} t SET {sets} FROM unnest({_arrays(table)}) "
                 f"AS v({columns}) WHERE {match}", [list(c) for c in zip(*rows, strict=True)])


_SPAN = ("uid, document_id, layer, start, \"end\", label, text, origin, created_at, "
         "updated_at, deleted, provenance, origin_detail")
_EVENT = ("uid, document_id, layer, type, trigger_uid, attributes, arguments, created_at, "
          "updated_at, deleted, provenance")
# The columns' types, for writing a whole batch in one statement (unnest of arrays): row
# security and the stamp trigger then cost once per statement, not once per row (a
# batch of 500 spans: 25 ms instead of 160 ms; tests/bench/bench_team.py).
_TYPES = {
    "spans": ("text", "bigint", "text", "integer", "integer", "text", "text", "text", "text",
              "text", "boolean", "text", "text"),
    "events": ("text", "bigint", "text", "text", "text", "text", "text", "text", "text",
               "boolean", "text"),
    "statuses": ("bigint", "text", "text", "double precision", "text"),
    "decisions": ("bigint", "text", "text", "text", "text", "text"),
    "doc_labels": ("bigint", "text", "text", "text", "text", "text"),
}
_STATUS = "document_id, layer, status, seconds, updated_at"


def span_row(r: tuple[Any, ...], sha: str) -> SpanRow:
    return SpanRow(r[0], sha, r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
                   r[12])


def event_row(r: tuple[Any, ...], sha: str) -> EventRow:
    return EventRow(r[0], sha, r[2], r[3], r[4], r[5],
                    tuple((role, uid) for role, uid in json.loads(r[6])), r[7], r[8], r[9],
                    r[10])


def _span_values(s: SpanRow, doc: int) -> list[Any]:
    return [s.uid, doc, s.layer, s.start, s.end, s.label, s.text, s.origin, s.created_at,
            s.updated_at, s.deleted, s.provenance, s.origin_detail]


def _event_values(e: EventRow, doc: int) -> list[Any]:
    return [e.uid, doc, e.layer, e.type, e.trigger, e.attributes,
            json.dumps([list(a) for a in e.arguments], ensure_ascii=False), e.created_at,
            e.updated_at, e.deleted, e.provenance]


_DECISION = "document_id, entity, key, decision, decided_by, updated_at"


def decision_row(r: tuple[Any, ...], sha: str) -> DecisionRow:
    return DecisionRow(sha, r[1], r[2], r[3], r[4], r[5])


_DOC_LABEL = "document_id, layer, field, value, updated_by, updated_at"


def doc_label_row(r: tuple[Any, ...], sha: str) -> DocLabelRow:
    return DocLabelRow(sha, r[1], r[2], r[3], r[4], r[5])


def push_rows(conn: psycopg.Connection[Any], spans: list[SpanRow], events: list[EventRow],
              statuses: list[StatusRow], decisions: list[DecisionRow] | None = None,
              doc_labels: list[DocLabelRow] | None = None) -> PushOutcome:
    """Store one batch in the caller's transaction (see the module docstring)."""
    out = PushOutcome()
    decisions = decisions or []
    doc_labels = doc_labels or []
    shas = [r.document for r in spans] + [r.document for r in events] + [
        r.document for r in statuses] + [r.document for r in decisions] + [
        r.document for r in doc_labels]
    ids = document_ids(conn, shas)
    out.not_on_server = sum(1 for sha in shas if sha not in ids)
    _versioned(conn, "spans", _SPAN, spans, ids, span_row, _span_values, out)
    _versioned(conn, "events", _EVENT, events, ids, event_row, _event_values, out)
    _statuses(conn, statuses, ids, out)
    _decisions(conn, decisions, ids, out)
    _doc_labels(conn, doc_labels, ids, out)
    if out.stored:
        row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
        out.txid = row[0] if row else None
    if out.conflicts:
        conn.cursor().executemany(
            "INSERT INTO annotator.conflicts (document_id, layer, entity, uid, kept, rejected) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [(ids[c.kept.document], c.kept.layer, c.entity, c.kept.uid,
              json.dumps(c.kept.content(), ensure_ascii=False),
              json.dumps(c.rejected.content(), ensure_ascii=False)) for c in out.conflicts])
    return out


def _versioned(conn: psycopg.Connection[Any], table: str, columns: str, rows: list[Any],
               ids: dict[str, int], read: Any, values: Any, out: PushOutcome) -> None:
    rows = [r for r in rows if r.document in ids]
    if not rows:
        return
    stored: dict[str, Any] = {}
    shas = {v: k for k, v in ids.items()}
    for r in conn.execute(f"SELECT {columns} FROM annotator.{table} WHERE uid = ANY(%s) "
                          "ORDER BY uid FOR UPDATE", [[r.uid for r in rows]]):
        stored[r[0]] = read(r, shas.get(r[1], ""))
    inserts, updates = [], []
    entity = table[:-1]
    for new in rows:
        old = stored.get(new.uid)
        if old is None:
            if new.deleted:  # made and deleted between two syncs: never seen here
                out.unchanged += 1
                continue
            inserts.append(values(new, ids[new.document]))
        elif old.layer != new.layer or old.document != new.document:
            out.conflicts.append(Conflict(entity, old, new))
            continue
        elif same(new, old):
            if new.updated_at <= old.updated_at:
                out.unchanged += 1
                continue
            updates.append(values(new, ids[new.document]))  # the same, said later
        elif replaces(new, old):
            updates.append(values(new, ids[new.document]))
        else:
            out.conflicts.append(Conflict(entity, old, new))
            continue
        stored[new.uid] = new
    insert_many(conn, table, columns, inserts)
    update_many(conn, table, columns, ("uid",), updates)
    out.stored += len(inserts) + len(updates)


def _statuses(conn: psycopg.Connection[Any], rows: list[StatusRow], ids: dict[str, int],
              out: PushOutcome) -> None:
    rows = [r for r in rows if r.document in ids]
    if not rows:
        return
    stored = {(doc, layer): (status, seconds, at) for doc, layer, status, seconds, at in
              conn.execute(
                  "SELECT document_id, layer, status, seconds, updated_at FROM "
                  "annotator.statuses WHERE document_id = ANY(%s) ORDER BY document_id, "
                  "layer FOR UPDATE", [list({ids[r.document] for r in rows})])}
    added: set[tuple[int, str]] = set()
    final: dict[tuple[int, str], tuple[str, float, str]] = {}
    for new in rows:
        place = (ids[new.document], new.layer)
        old = final.get(place, stored.get(place))
        if old is None:
            values = (new.status, new.seconds, new.updated_at)
            added.add(place)
        else:
            merged = merged_status(StatusRow(new.document, new.layer, *old), new)
            values = (merged.status, merged.seconds, merged.updated_at)
            if values == old:
                out.unchanged += 1
                continue
        final[place] = values
        out.stored += 1
        if values != (new.status, new.seconds, new.updated_at):
            out.statuses_as_sent = False
    insert_many(conn, "statuses", _STATUS, [[*p, *v] for p, v in final.items() if p in added])
    update_many(conn, "statuses", _STATUS, ("document_id", "layer"),
                [[*p, *v] for p, v in final.items() if p not in added])


def _decisions(conn: psycopg.Connection[Any], rows: list[DecisionRow], ids: dict[str, int],
               out: PushOutcome) -> None:
    """Review decisions by (document, kind, key), compared as spans are: the newer wins."""
    rows = [r for r in rows if r.document in ids]
    if not rows:
        return
    shas = {v: k for k, v in ids.items()}
    stored = {(r[0], r[1], r[2]): decision_row(r, shas[r[0]]) for r in conn.execute(
        f"SELECT {_DECISION} FROM annotator.decisions WHERE document_id = ANY(%s) "
        "ORDER BY document_id, entity, key FOR UPDATE", [list({ids[r.document] for r in rows})])}
    writes = []
    for new in rows:
        place = (ids[new.document], new.entity, new.key)
        old = stored.get(place)
        if old is not None and same(new, old) and new.updated_at <= old.updated_at:
            out.unchanged += 1
            continue
        if old is not None and not same(new, old) and not replaces(new, old):
            out.conflicts.append(Conflict("decision", old, new))
            continue
        if old is None and new.decision is None:  # made and withdrawn between two syncs
            out.unchanged += 1
            continue
        writes.append([*place, new.decision, new.decided_by, new.updated_at])
        stored[place] = new
    insert_many(conn, "decisions", _DECISION, list({tuple(w[:3]): w for w in writes}.values()),
                " ON CONFLICT (document_id, entity, key) DO UPDATE SET decision = "
                "excluded.decision, decided_by = excluded.decided_by, "
                "updated_at = excluded.updated_at")
    out.stored += len(writes)


def _doc_labels(conn: psycopg.Connection[Any], rows: list[DocLabelRow], ids: dict[str, int],
                out: PushOutcome) -> None:
    """Document labels by (document, layer, field), compared as spans are: the newer
    value wins, a clearing too."""
    rows = [r for r in rows if r.document in ids]
    if not rows:
        return
    shas = {v: k for k, v in ids.items()}
    stored = {(r[0], r[1], r[2]): doc_label_row(r, shas[r[0]]) for r in conn.execute(
        f"SELECT {_DOC_LABEL} FROM annotator.doc_labels WHERE document_id = ANY(%s) "
        "ORDER BY document_id, layer, field FOR UPDATE",
        [list({ids[r.document] for r in rows})])}
    writes: dict[tuple[int, str, str], list[Any]] = {}
    for new in rows:
        place = (ids[new.document], new.layer, new.field)
        old = stored.get(place)
        if old is not None and same(new, old) and new.updated_at <= old.updated_at:
            out.unchanged += 1
            continue
        if old is not None and not same(new, old) and not replaces(new, old):
            out.conflicts.append(Conflict("doc_label", old, new))
            continue
        if old is None and new.value is None:  # set and cleared between two syncs
            out.unchanged += 1
            continue
        writes[place] = [*place, new.value, new.updated_by, new.updated_at]
        stored[place] = new
    insert_many(conn, "doc_labels", _DOC_LABEL, list(writes.values()),
                " ON CONFLICT (document_id, layer, field) DO UPDATE SET value = "
                "excluded.value, updated_by = excluded.updated_by, "
                "updated_at = excluded.updated_at")
    out.stored += len(writes)
