"""A project's spans and events as the team server sees them (core.sync rows).

What a sync sends (store/sync_outbox.py) and what it compares a pulled row with
(store/sync_apply.py) are read here, the same way: by identity, with the document's text
SHA-256, gold provenance as canonical JSON, and the time of the version. That time is the
row's `updated_at` or a later edit of it in the change log (an argument removed with its
span, a provenance written), never counting what a sync itself wrote, which carries the
server's time.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from annotator.core.sync import (
    SYNC_USER,
    AssignmentRow,
    DecisionRow,
    DocLabelRow,
    DocumentRow,
    EventRow,
    SpanRow,
    StatusRow,
)
from annotator.store.values import to_json

CHUNK = 500  # ids per IN (...) list: SQLite allows 32,766 parameters; keep statements small


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    items = list(values)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def version_times(db: Database, entity: str, ids: Iterable[int]) -> dict[int, str]:
    """entity id -> the latest change-log time of the entity not written by a sync."""
    out: dict[int, str] = {}
    for part in chunks(ids):
        out.update(db.execute(
            f"SELECT entity_id, max(at) FROM changes WHERE entity = ? AND entity_id IN "
            f"({_marks(part)}) AND user != ? GROUP BY entity_id",
            [entity, *part, SYNC_USER]).fetchall())
    return out


def provenances(db: Database, entity: str, ids: Iterable[int]) -> dict[int, str]:
    """entity id -> its gold provenance as canonical JSON."""
    out: dict[int, str] = {}
    for part in chunks(ids):
        for entity_id, agreed, decided_by, decided_at, how in db.execute(
            "SELECT entity_id, agreed_by, decided_by, decided_at, how FROM gold_provenance "
            f"WHERE entity = ? AND entity_id IN ({_marks(part)})", [entity, *part],
        ):
            out[entity_id] = to_json({"agreed_by": json.loads(agreed), "decided_by": decided_by,
                                      "decided_at": decided_at, "how": how})
    return out


_SPANS = ("SELECT s.id, s.uid, d.text_sha256, s.layer, s.start, s.end, s.label, s.text, "
          "s.origin, s.created_at, s.updated_at, s.origin_detail FROM spans s JOIN documents d "
          "ON d.id = s.document_id WHERE s.{key} IN ({marks})")


def spans(db: Database, key: str, values: Iterable[Any]) -> dict[int, SpanRow]:
    """Live spans by local id, selected by `key` ('id' or 'uid')."""
    rows: list[tuple[Any, ...]] = []
    for part in chunks(values):
        rows += db.execute(_SPANS.format(key=key, marks=_marks(part)), part).fetchall()
    ids = [r[0] for r in rows]
    times = version_times(db, "span", ids)
    prov = provenances(db, "span", ids)
    return {r[0]: SpanRow(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                          max(r[10], times.get(r[0], "")), False, prov.get(r[0]), r[11])
            for r in rows}


def span_uids(db: Database, ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in chunks(ids):
        out.update(db.execute(f"SELECT id, uid FROM spans WHERE id IN ({_marks(part)})",
                              part).fetchall())
    return out


def span_ids(db: Database, uids: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in chunks(uids):
        out.update(db.execute(f"SELECT uid, id FROM spans WHERE uid IN ({_marks(part)})",
                              part).fetchall())
    return out


def events(db: Database, key: str, values: Iterable[Any]) -> dict[int, EventRow]:
    """Live events by local id, selected by `key` ('id' or 'uid'); arguments name spans
    by uid."""
    rows: list[tuple[Any, ...]] = []
    for part in chunks(values):
        rows += db.execute(
            "SELECT e.id, e.uid, d.text_sha256, e.layer, e.type, e.trigger_span_id, "
            "e.attributes, e.created_at, e.updated_at FROM events e JOIN documents d "
            f"ON d.id = e.document_id WHERE e.{key} IN ({_marks(part)})", part).fetchall()
    ids = [r[0] for r in rows]
    args: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for part in chunks(ids):
        for event_id, role, span_id in db.execute(
            f"SELECT event_id, role, span_id FROM event_arguments WHERE event_id IN "
            f"({_marks(part)})", part,
        ):
            args[event_id].append((role, span_id))
    uids = span_uids(db, {r[5] for r in rows} | {s for a in args.values() for _, s in a})
    times = version_times(db, "event", ids)
    prov = provenances(db, "event", ids)
    return {r[0]: EventRow(
        r[1], r[2], r[3], r[4], uids.get(r[5], ""), to_json(json.loads(r[6])),
        tuple(sorted((role, uids.get(s, "")) for role, s in args[r[0]])), r[7],
        max(r[8], times.get(r[0], "")), False, prov.get(r[0])) for r in rows}


@dataclass(frozen=True)
class Deletion:
    """A span's or event's latest deletion in the change log."""

    row: SpanRow | EventRow  # the tombstone (updated_at: when it was deleted)
    entity_id: int
    change_id: int
    by_sync: bool


_DELETED = ("SELECT c.id, c.entity_id, c.at, c.user, c.before, d.text_sha256, c.layer "
            "FROM changes c JOIN documents d ON d.id = c.document_id "
            "WHERE c.action IN ('delete_span', 'delete_event') AND c.action = ? AND {where} "
            "ORDER BY c.id")


def deletions(db: Database, entity: str, key: str, values: Iterable[Any]) -> dict[Any, Deletion]:
    """The latest deletion of each span or event, by uid (key 'uid') or id ('id')."""
    where = ("json_extract(c.before, '$.uid') IN ({marks})" if key == "uid"
             else "c.entity_id IN ({marks})")
    out: dict[Any, Deletion] = {}
    for part in chunks(values):
        sql = _DELETED.format(where=where.format(marks=_marks(part)))
        for change_id, entity_id, at, user, before, sha, layer in db.execute(
            sql, [f"delete_{entity}", *part]
        ):
            b = json.loads(before)
            uid = b.get("uid")
            if not uid:
                continue
            row: SpanRow | EventRow
            if entity == "span":
                row = SpanRow(uid, sha, layer, b["start"], b["end"], b["label"], b["text"],
                              b.get("origin", "manual"), at, at, deleted=True,
                              origin_detail=b.get("origin_detail", ""))
            else:
                row = EventRow(uid, sha, layer, b["type"], "", "{}", (), at, at, deleted=True)
            out[uid if key == "uid" else entity_id] = Deletion(row, entity_id, change_id,
                                                               user == SYNC_USER)
    return out


Place = tuple[int, str, str]  # a decision's (local document id, kind, key)


@dataclass(frozen=True)
class LocalDecision:
    """A decision as the project holds it: the live row, or a withdrawn one at the time of
    its last change-log row; that row's id and whether a sync wrote it."""

    row: DecisionRow
    change_id: int
    by_sync: bool


def decisions(db: Database, places: Iterable[Place]) -> dict[Place, LocalDecision]:
    """The local version of each of these decisions (absent: never decided here)."""
    wanted: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for doc, entity, key in places:
        wanted[doc].add((entity, key))
    out: dict[Place, LocalDecision] = {}
    for doc, keys in wanted.items():
        sha_row = db.execute("SELECT text_sha256 FROM documents WHERE id = ?", [doc]).fetchone()
        if sha_row is None:
            continue
        logged: dict[tuple[str, str], tuple[int, str, bool]] = {}
        for change_id, at, user, after in db.execute(
            "SELECT id, at, user, after FROM changes WHERE document_id = ? AND "
            "action = 'review_decision' ORDER BY id", [doc],
        ):
            a = json.loads(after)  # a sync logs the time of the version it wrote
            logged[(a["entity"], a["key"])] = (change_id, a.get("updated_at") or at,
                                               user == SYNC_USER)
        live = {(e, k): (d, by, at) for e, k, d, by, at in db.execute(
            "SELECT entity, key, decision, decided_by, decided_at FROM review_decisions "
            "WHERE document_id = ?", [doc])}
        for entity, key in keys:
            change_id, at, by_sync = logged.get((entity, key), (0, "", False))
            if (entity, key) in live:
                decision, decided_by, decided_at = live[(entity, key)]
                row = DecisionRow(sha_row[0], entity, key, decision, decided_by, decided_at)
            elif change_id:
                row = DecisionRow(sha_row[0], entity, key, None, "", at)
            else:
                continue
            out[(doc, entity, key)] = LocalDecision(row, change_id, by_sync)
    return out


DocLabelPlace = tuple[int, str, str]  # a document label's (local document id, layer, field)


@dataclass(frozen=True)
class LocalDocLabel:
    """A document label as the project holds it (value None: cleared), and whether it has
    an edit not yet sent (a change-log row after the last push, not by a sync)."""

    row: DocLabelRow
    pending: bool


@dataclass(frozen=True)
class LayerRows:
    """What some documents' layers hold: span and event ids, document label places."""

    spans: set[int]
    events: set[int]
    doc_labels: set[DocLabelPlace]


def layer_contents(db: Database, places: Iterable[tuple[int, str]]) -> LayerRows:
    """What these (document id, layer) pairs hold: their span and event ids and their
    document labels' places (an imported layer, sent whole)."""
    out = LayerRows(set(), set(), set())
    for doc, layer in places:
        where = "WHERE document_id = ? AND layer = ?"
        out.spans.update(r[0] for r in db.execute(f"SELECT id FROM spans {where}",
                                                  [doc, layer]))
        out.events.update(r[0] for r in db.execute(f"SELECT id FROM events {where}",
                                                   [doc, layer]))
        out.doc_labels.update((doc, layer, r[0]) for r in db.execute(
            f"SELECT field FROM document_labels {where}", [doc, layer]))
    return out


def doc_label_places(db: Database, change_ids: Iterable[int]) -> set[DocLabelPlace]:
    """The (document, layer, field) that these change-log rows set."""
    out: set[DocLabelPlace] = set()
    for part in chunks(change_ids):
        for doc, layer, after in db.execute(
            f"SELECT document_id, layer, after FROM changes WHERE id IN ({_marks(part)}) "
            "AND entity = 'doc_label'", part,
        ):
            out.add((doc, layer, json.loads(after)["field"]))
    return out


def doc_labels(db: Database, places: Iterable[DocLabelPlace], pushed: int = 0
               ) -> dict[DocLabelPlace, LocalDocLabel]:
    """The local version of each of these document labels (absent: never set here);
    `pushed`: the last change-log row the server has, for `pending`."""
    wanted: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for doc, layer, name in places:
        wanted[doc].add((layer, name))
    out: dict[DocLabelPlace, LocalDocLabel] = {}
    for part in chunks(wanted):
        marks = _marks(part)
        shas = dict(db.execute(f"SELECT id, text_sha256 FROM documents WHERE id IN ({marks})",
                               part).fetchall())
        waiting = set()
        for doc, layer, after in db.execute(
            f"SELECT document_id, layer, after FROM changes WHERE document_id IN ({marks}) "
            "AND entity = 'doc_label' AND id > ? AND user != ?", [*part, pushed, SYNC_USER],
        ):
            waiting.add((doc, layer, json.loads(after)["field"]))
        for doc, layer, name, value, by, at in db.execute(
            "SELECT document_id, layer, field, value, updated_by, updated_at FROM "
            f"document_labels WHERE document_id IN ({marks})", part,
        ):
            if (layer, name) in wanted[doc] and doc in shas:
                out[(doc, layer, name)] = LocalDocLabel(
                    DocLabelRow(shas[doc], layer, name, value, by, at),
                    (doc, layer, name) in waiting)
    return out


def pending(db: Database, after: int) -> dict[str, set[int]]:
    """Spans and events with an edit (not by a sync) after change `after`: not yet on the
    server. {'span': ids, 'event': ids}"""
    out: dict[str, set[int]] = {"span": set(), "event": set()}
    for entity, entity_id in db.execute(
        "SELECT DISTINCT entity, entity_id FROM changes WHERE id > ? AND user != ? "
        "AND entity IN ('span', 'event') AND entity_id IS NOT NULL", [after, SYNC_USER],
    ):
        out[entity].add(entity_id)
    return out


def present(db: Database, shas: Iterable[str]) -> set[str]:
    """Which of these documents (by text SHA-256) the project has."""
    found: set[str] = set()
    for part in chunks(shas):
        found.update(r[0] for r in db.execute(
            f"SELECT text_sha256 FROM documents WHERE text_sha256 IN ({_marks(part)})", part))
    return found


def documents(db: Database, ids: Iterable[int]) -> list[DocumentRow]:
    out: list[DocumentRow] = []
    for part in chunks(ids):
        out += [DocumentRow(*r) for r in db.execute(
            "SELECT text_sha256, external_id, title, text, source, meta, created_at FROM "
            f"documents WHERE id IN ({_marks(part)}) ORDER BY id", part)]
    return out


def layer_rows(db: Database, places: Iterable[tuple[int, str]]
               ) -> tuple[list[SpanRow], list[EventRow], list[StatusRow], list[DocLabelRow]]:
    """Every span, event, status and document label of these (document id, layer) pairs."""
    places = list(places)
    statuses: list[StatusRow] = []
    labels: list[DocLabelRow] = []
    for doc, layer in places:
        labels += [DocLabelRow(*r) for r in db.execute(
            "SELECT d.text_sha256, dl.layer, dl.field, dl.value, dl.updated_by, "
            "dl.updated_at FROM document_labels dl JOIN documents d ON d.id = dl.document_id "
            "WHERE dl.document_id = ? AND dl.layer = ? ORDER BY dl.field", [doc, layer])]
        statuses += [StatusRow(*r) for r in db.execute(
            "SELECT d.text_sha256, st.layer, st.status, st.seconds, st.updated_at FROM "
            "document_status st JOIN documents d ON d.id = st.document_id "
            "WHERE st.document_id = ? AND st.layer = ?", [doc, layer])]
    held = layer_contents(db, places)
    return (list(spans(db, "id", held.spans).values()),
            list(events(db, "id", held.events).values()), statuses, labels)


def assignment_rows(db: Database, after_rowid: int) -> list[AssignmentRow]:
    """Assignments written after `after_rowid` (the ones an assign just made)."""
    return [AssignmentRow(*r) for r in db.execute(
        "SELECT d.text_sha256, a.annotator, a.assigned_at FROM assignments a JOIN documents d "
        "ON d.id = a.document_id WHERE a.rowid > ? ORDER BY a.rowid", [after_rowid])]


def last_assignment(db: Database) -> int:
    """Where the next assignments will start (their rowid is larger)."""
    return int(db.execute("SELECT coalesce(max(rowid), 0) FROM assignments").fetchone()[0])


def last_change_id(db: Database) -> int:
    """The newest change-log row (what a sync wrote is logged after it)."""
    return int(db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0])


def written_by_sync(db: Database, after: int) -> dict[int, set[str]]:
    """Document id -> the layers a sync changed in it after change-log row `after` (what
    the window shows again after a background sync)."""
    out: dict[int, set[str]] = defaultdict(set)
    for doc, layer in db.execute(
        "SELECT DISTINCT document_id, layer FROM changes WHERE id > ? AND user = ? "
        "AND document_id IS NOT NULL", [after, SYNC_USER],
    ):
        out[doc].add(layer or "")
    return dict(out)
