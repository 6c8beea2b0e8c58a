"""The one place that reads and writes a project: typed functions over SQL.

Every write runs in a transaction that also appends to the change log, so the
CLI and the GUI get the same guarantees: committed before shown, deletes recoverable.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.errors import SpanError, UserError
from annotator.core.schema import Schema, load_schema, parse_schema
from annotator.core.spans import check_span, sort_key
from annotator.core.types import (
    Argument,
    Document,
    DocumentRecord,
    Event,
    LayerRecord,
    Origin,
    Span,
    Status,
)
from annotator.store import migrations
from annotator.store.db import connect, write_transaction

Progress = Callable[[int, int], None]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class ImportOutcome:
    """What one batch did: documents added, layers added to existing ones, skipped."""

    added: int = 0
    merged: int = 0
    skipped: int = 0
    spans: int = 0
    events: int = 0
    skipped_titles: list[str] = field(default_factory=list)


class Repository:
    def __init__(self, db: Database, user: str = "cli") -> None:
        self.db = db
        self.user = user
        self._schema: Schema | None = None

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, user: str = "cli", schema_path: str | Path | None = None):
        db = connect(path)
        migrations.apply(db)
        repo = cls(db, user)
        if repo._project_value("schema_toml") is None:
            with write_transaction(db):
                if repo._project_value("schema_toml") is None:
                    repo._store_schema(load_schema(schema_path))
        return repo

    def close(self) -> None:
        self.db.close()

    def _project_value(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM project WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_project_value(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO project (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    # ------------------------------------------------------------------ schema
    def schema(self) -> Schema:
        if self._schema is None:
            toml = self._project_value("schema_toml") or ""
            self._schema = parse_schema(toml, "project schema")
        return self._schema

    def _store_schema(self, schema: Schema) -> None:
        for lb in schema.all_labels:
            et = schema.event_type(lb.name)
            roles = [
                {"name": r.name, "labels": list(r.labels), "multiple": r.multiple}
                for r in (et.roles if et else ())
            ]
            attrs = [
                {"name": a.name, "values": list(a.values), "default": a.default, "type": a.type}
                for a in (et.attributes if et else ())
            ]
            self.db.execute(
                "INSERT INTO labels (name, category, name_ar, name_en, color, hotkey, "
                "description, ord, roles, attributes) VALUES (?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (name) DO UPDATE SET category = excluded.category, "
                "name_ar = excluded.name_ar, name_en = excluded.name_en, "
                "color = excluded.color, hotkey = excluded.hotkey, "
                "description = excluded.description, ord = excluded.ord, "
                "roles = excluded.roles, attributes = excluded.attributes",
                [lb.name, lb.category, lb.ar, lb.en, lb.color, lb.hotkey, lb.description,
                 lb.order, _json(roles), _json(attrs)],
            )
        self._set_project_value("schema_toml", schema.source)
        self._set_project_value("schema_name", schema.name)
        self._set_project_value("schema_version", str(schema.version))
        self._log("set_schema", None, None, "schema", None, None,
                  {"name": schema.name, "version": schema.version})
        self._schema = schema

    def schema_blockers(self, new: Schema) -> list[str]:
        """What in the project the new schema could not represent (empty: safe to switch)."""
        out = []
        names = new.label_names()
        for label, n in self.db.execute(
            "SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"
        ):
            if label not in names:
                out.append(f"{n} span(s) labelled {label}, which the new schema lacks")
        for etype, role, n in self.db.execute(
            "SELECT e.type, a.role, count(*) FROM event_arguments a JOIN events e "
            "ON e.id = a.event_id GROUP BY e.type, a.role ORDER BY e.type, a.role"
        ):
            et = new.event_type(etype)
            if et is not None and et.role(role) is None:
                out.append(f"{n} {etype} argument(s) in role {role}, which the new schema lacks")
        for etype, attrs in self.db.execute("SELECT DISTINCT type, attributes FROM events"):
            known = {a.name: a for a in new.attributes_for(etype)}
            for name, value in json.loads(attrs).items():
                attr = known.get(name)
                if attr is None or (attr.type == "choice" and value is not None
                                    and value not in attr.values):
                    out.append(f"{etype} events with {name}={value}, not allowed by the new "
                               "schema")
        return sorted(set(out))

    def switch_schema(self, new: Schema) -> None:
        """Replace the project's schema, refusing if existing annotations would be orphaned."""
        blockers = self.schema_blockers(new)
        if blockers:
            raise UserError("cannot switch schema, existing annotations would be orphaned:\n  "
                            + "\n  ".join(blockers))
        with write_transaction(self.db):
            marks = ",".join("?" * len(new.label_names()))
            self.db.execute(f"DELETE FROM labels WHERE name NOT IN ({marks})",
                            sorted(new.label_names()))
            self._store_schema(new)

    # ------------------------------------------------------------------- users
    def ensure_layer(self, name: str, role: str = "annotator") -> None:
        if not name or not name.strip():
            raise UserError("a layer (annotator) name cannot be empty")
        self.db.execute(
            "INSERT OR IGNORE INTO annotators (name, role, created_at) VALUES (?, ?, ?)",
            [name, role, now()],
        )

    def layers(self) -> list[str]:
        """Layers that hold annotations or statuses, in name order."""
        rows = self.db.execute(
            "SELECT layer FROM spans UNION SELECT layer FROM document_status "
            "UNION SELECT layer FROM events ORDER BY 1"
        ).fetchall()
        return [r[0] for r in rows]

    # --------------------------------------------------------------- change log
    def _log(
        self, action: str, document_id: int | None, layer: str | None, entity: str,
        entity_id: int | None, before: Any, after: Any,
    ) -> None:
        self.db.execute(
            "INSERT INTO changes (at, user, action, document_id, layer, entity, entity_id, "
            "before, after) VALUES (?,?,?,?,?,?,?,?,?)",
            [now(), self.user, action, document_id, layer, entity, entity_id,
             None if before is None else _json(before),
             None if after is None else _json(after)],
        )

    def changes(self, document_id: int | None = None, action: str | None = None) -> list[dict]:
        sql = "SELECT * FROM changes WHERE 1=1"
        args: list[Any] = []
        if document_id is not None:
            sql += " AND document_id = ?"
            args.append(document_id)
        if action is not None:
            sql += " AND action = ?"
            args.append(action)
        cur = self.db.execute(sql + " ORDER BY id", args)
        cols = [c[0] for c in cur.description]
        out = []
        for row in cur.fetchall():
            d = dict(zip(cols, row, strict=True))
            for k in ("before", "after"):
                d[k] = json.loads(d[k]) if d[k] else None
            out.append(d)
        return out

    # ---------------------------------------------------------------- documents
    def document_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def document(self, document_id: int, with_text: bool = True) -> Document:
        cols = "id, external_id, title, text_sha256, source, meta" + (", text" if with_text else "")
        row = self.db.execute(
            f"SELECT {cols} FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        return Document(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]),
                        row[6] if with_text else None)

    def document_text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise UserError(f"no document with id {document_id}")
        return row[0]

    def document_id_by_sha(self, text_sha256: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM documents WHERE text_sha256 = ?", [text_sha256]
        ).fetchone()
        return row[0] if row else None

    def find_document_ids(self, query: str = "") -> list[int]:
        """Document ids in import order whose title or id matches `query`.

        Matching ignores diacritics, tatweel and letter variants (core.arabic), which
        SQL cannot do, so titles are matched in Python; texts are never loaded.
        """
        from annotator.core.arabic import normalize_for_search

        if not query.strip():
            return self.document_ids()
        needle = normalize_for_search(query)
        return [
            doc_id
            for doc_id, title, ext in self.db.execute(
                "SELECT id, title, external_id FROM documents ORDER BY id"
            )
            if needle in normalize_for_search(title) or needle in normalize_for_search(ext)
        ]

    def document_rows(self, ids: list[int], layer: str) -> dict[int, tuple[str, str, int]]:
        """(title, this layer's status, span count) for each id, without loading texts."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT d.id, d.title, coalesce(st.status, 'new'), "
            f"(SELECT count(*) FROM spans s WHERE s.document_id = d.id AND s.layer = ?) "
            f"FROM documents d LEFT JOIN document_status st "
            f"ON st.document_id = d.id AND st.layer = ? WHERE d.id IN ({marks})",
            [layer, layer, *ids],
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    # ----------------------------------------------------------------- settings
    def setting(self, key: str) -> str | None:
        """Per-project preferences (the last annotator's name); window state is QSettings'."""
        return self._project_value(f"setting:{key}")

    def set_setting(self, key: str, value: str) -> None:
        with write_transaction(self.db):
            self._set_project_value(f"setting:{key}", value)

    # -------------------------------------------------------------------- spans
    def spans(self, document_id: int, layer: str) -> list[Span]:
        rows = self.db.execute(
            "SELECT id, start, end, label, text, origin FROM spans "
            "WHERE document_id = ? AND layer = ? ORDER BY start, end DESC, label, id",
            [document_id, layer],
        ).fetchall()
        return [Span(r[1], r[2], r[3], r[4], r[0], layer, document_id, r[5]) for r in rows]

    def span(self, span_id: int) -> Span:
        r = self.db.execute(
            "SELECT id, start, end, label, text, origin, layer, document_id FROM spans "
            "WHERE id = ?", [span_id],
        ).fetchone()
        if r is None:
            raise UserError(f"no span with id {span_id}")
        return Span(r[1], r[2], r[3], r[4], r[0], r[6], r[7], r[5])

    def _check_label(self, label: str) -> None:
        if self.schema().label(label) is None:
            raise UserError(f"unknown label '{label}'")

    def _duplicate_check(self, document_id: int, layer: str, start: int, end: int,
                         label: str, exclude: int | None = None) -> None:
        row = self.db.execute(
            "SELECT id FROM spans WHERE document_id = ? AND layer = ? AND start = ? "
            "AND end = ? AND label = ? AND id IS NOT ?",
            [document_id, layer, start, end, label, exclude],
        ).fetchone()
        if row:
            raise SpanError(f"the same span ({label} [{start}, {end})) is already in layer {layer}")

    def add_span(
        self, document_id: int, layer: str, start: int, end: int, label: str,
        origin: str = Origin.MANUAL, span_id: int | None = None,
    ) -> Span:
        """Store a new span; `span_id` re-creates a deleted span under its old id (undo)."""
        self._check_label(label)
        text = check_span(self.document_text(document_id), start, end)
        with write_transaction(self.db):
            self.ensure_layer(layer)
            self._duplicate_check(document_id, layer, start, end, label)
            t = now()
            cur = self.db.execute(
                "INSERT INTO spans (id, document_id, layer, start, end, label, text, origin, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [span_id, document_id, layer, start, end, label, text, str(origin), t, t],
            )
            span = Span(start, end, label, text, cur.lastrowid, layer, document_id, str(origin))
            self._log("add_span", document_id, layer, "span", span.id, None, _span_dict(span))
            self._touch_status(document_id, layer)
        return span

    def delete_span(self, span_id: int) -> Span:
        """Delete a span; its full state stays in the change log (restore_span)."""
        span = self.span(span_id)
        with write_transaction(self.db):
            used = self.db.execute(
                "SELECT count(*) FROM events WHERE trigger_span_id = ?", [span_id]
            ).fetchone()[0]
            if used:
                raise UserError("the span is the trigger of an event: delete the event first")
            self.db.execute("DELETE FROM event_arguments WHERE span_id = ?", [span_id])
            self.db.execute("DELETE FROM spans WHERE id = ?", [span_id])
            self._log("delete_span", span.document_id, span.layer, "span", span_id,
                      _span_dict(span), None)
        return span

    def deleted_spans(self, document_id: int | None = None) -> list[Span]:
        """Spans deleted and not re-created: what the change log can bring back."""
        out = []
        for ch in self.changes(document_id, "delete_span"):
            if self.db.execute("SELECT 1 FROM spans WHERE id = ?", [ch["entity_id"]]).fetchone():
                continue
            b = ch["before"]
            out.append(Span(b["start"], b["end"], b["label"], b["text"], ch["entity_id"],
                            ch["layer"], ch["document_id"], b.get("origin", "manual")))
        return out

    def restore_span(self, span: Span) -> Span:
        assert span.document_id is not None and span.layer is not None
        return self.add_span(span.document_id, span.layer, span.start, span.end, span.label,
                             span.origin, span_id=span.id)

    def relabel_span(self, span_id: int, label: str) -> Span:
        self._check_label(label)
        span = self.span(span_id)
        with write_transaction(self.db):
            assert span.document_id is not None and span.layer is not None
            self._duplicate_check(span.document_id, span.layer, span.start, span.end, label,
                                  exclude=span_id)
            self.db.execute("UPDATE spans SET label = ?, updated_at = ? WHERE id = ?",
                            [label, now(), span_id])
            self._log("relabel_span", span.document_id, span.layer, "span", span_id,
                      {"label": span.label}, {"label": label})
        return self.span(span_id)

    def move_span(self, span_id: int, start: int, end: int) -> Span:
        """Change a span's boundaries (trim a proclitic, edit a boundary)."""
        span = self.span(span_id)
        assert span.document_id is not None and span.layer is not None
        text = check_span(self.document_text(span.document_id), start, end)
        with write_transaction(self.db):
            self._duplicate_check(span.document_id, span.layer, start, end, span.label,
                                  exclude=span_id)
            self.db.execute(
                "UPDATE spans SET start = ?, end = ?, text = ?, updated_at = ? WHERE id = ?",
                [start, end, text, now(), span_id],
            )
            self._log("move_span", span.document_id, span.layer, "span", span_id,
                      {"start": span.start, "end": span.end, "text": span.text},
                      {"start": start, "end": end, "text": text})
        return self.span(span_id)

    def span_texts(self, label: str | None = None) -> set[str]:
        sql = "SELECT DISTINCT text FROM spans" + (" WHERE label = ?" if label else "")
        return {r[0] for r in self.db.execute(sql, [label] if label else [])}

    # ------------------------------------------------------------------- events
    def events(self, document_id: int, layer: str) -> list[Event]:
        rows = self.db.execute(
            "SELECT id, type, trigger_span_id, attributes FROM events "
            "WHERE document_id = ? AND layer = ? ORDER BY id", [document_id, layer],
        ).fetchall()
        args: dict[int, list[Argument]] = defaultdict(list)
        for ev_id, role, span_id in self.db.execute(
            "SELECT a.event_id, a.role, a.span_id FROM event_arguments a "
            "JOIN events e ON e.id = a.event_id WHERE e.document_id = ? AND e.layer = ? "
            "ORDER BY a.id", [document_id, layer],
        ):
            args[ev_id].append(Argument(role, span_id))
        return [Event(r[1], r[2], tuple(args[r[0]]), json.loads(r[3]), r[0], layer, document_id)
                for r in rows]

    def event(self, event_id: int) -> Event:
        row = self.db.execute(
            "SELECT document_id, layer FROM events WHERE id = ?", [event_id]
        ).fetchone()
        if row is None:
            raise UserError(f"no event with id {event_id}")
        return next(e for e in self.events(row[0], row[1]) if e.id == event_id)

    def add_event(self, trigger_span_id: int, event_type: str,
                  attributes: dict[str, Any] | None = None,
                  arguments: tuple[Argument, ...] = (), event_id: int | None = None) -> Event:
        """An event on a trigger span labelled with its type; `event_id` re-creates (undo)."""
        et = self.schema().event_type(event_type)
        if et is None:
            raise UserError(f"unknown event type '{event_type}'")
        trigger = self.span(trigger_span_id)
        if trigger.label != event_type:
            raise UserError(f"the trigger of a {event_type} event must be a {event_type} span, "
                            f"not {trigger.label}")
        attrs = self.schema().default_attributes(event_type) if attributes is None else attributes
        self._check_attributes(event_type, attrs)
        t = now()
        with write_transaction(self.db):
            ev_id = self.db.execute(
                "INSERT INTO events (id, document_id, layer, type, trigger_span_id, attributes, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                [event_id, trigger.document_id, trigger.layer, event_type, trigger_span_id,
                 _json(attrs), t, t],
            ).lastrowid
            assert ev_id is not None
            self._log("add_event", trigger.document_id, trigger.layer, "event", ev_id, None,
                      {"type": event_type, "trigger": trigger_span_id, "attributes": attrs})
            for arg in arguments:
                self.add_argument(ev_id, arg.role, arg.span)
        return self.event(ev_id)

    def delete_event(self, event_id: int) -> Event:
        ev = self.event(event_id)
        with write_transaction(self.db):
            self.db.execute("DELETE FROM event_arguments WHERE event_id = ?", [event_id])
            self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._log("delete_event", ev.document_id, ev.layer, "event", event_id,
                      _event_dict(ev), None)
        return ev

    def role_check(self, event_id: int, role: str, span_id: int) -> str | None:
        """Why `span_id` cannot fill `role` of the event, or None if it can."""
        ev = self.event(event_id)
        et = self.schema().event_type(ev.type)
        r = et.role(role) if et else None
        if r is None:
            return f"{ev.type} has no role '{role}'"
        span = self.span(span_id)
        if span.document_id != ev.document_id or span.layer != ev.layer:
            return "an argument must be a span of the same document and layer"
        if span_id == ev.trigger:
            return "the trigger cannot be its own argument"
        if span.label not in r.labels:
            return f"{ev.type} {role} does not accept a {span.label} span ({' '.join(r.labels)})"
        if not r.multiple and any(a.role == role and a.span != span_id for a in ev.arguments):
            return f"{ev.type} already has a {role}; remove it first"
        return None

    def roles_accepting(self, event_id: int, span_id: int) -> list[str]:
        et = self.schema().event_type(self.event(event_id).type)
        return [r.name for r in (et.roles if et else ()) if not self.role_check(
            event_id, r.name, span_id)]

    def add_argument(self, event_id: int, role: str, span_id: int) -> Event:
        problem = self.role_check(event_id, role, span_id)
        if problem:
            raise UserError(problem)
        ev = self.event(event_id)
        with write_transaction(self.db):
            self.db.execute(
                "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) VALUES (?,?,?)",
                [event_id, role, span_id])
            self._log("add_argument", ev.document_id, ev.layer, "event", event_id, None,
                      {"role": role, "span": span_id})
        return self.event(event_id)

    def remove_argument(self, event_id: int, role: str, span_id: int) -> Event:
        ev = self.event(event_id)
        with write_transaction(self.db):
            self.db.execute(
                "DELETE FROM event_arguments WHERE event_id = ? AND role = ? AND span_id = ?",
                [event_id, role, span_id])
            self._log("remove_argument", ev.document_id, ev.layer, "event", event_id,
                      {"role": role, "span": span_id}, None)
        return self.event(event_id)

    def arguments_filled_by(self, span_id: int) -> list[tuple[int, str]]:
        """(event id, role) of every argument the span fills."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT event_id, role FROM event_arguments WHERE span_id = ? ORDER BY id",
            [span_id])]

    def events_triggered_by(self, span_id: int) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT id FROM events WHERE trigger_span_id = ? ORDER BY id", [span_id])]

    def set_event_attributes(self, event_id: int, attributes: dict[str, Any]) -> Event:
        ev = self.event(event_id)
        self._check_attributes(ev.type, attributes)
        with write_transaction(self.db):
            self.db.execute("UPDATE events SET attributes = ?, updated_at = ? WHERE id = ?",
                            [_json(attributes), now(), event_id])
            self._log("set_attributes", ev.document_id, ev.layer, "event", event_id,
                      ev.attributes, attributes)
        return self.event(event_id)

    def _check_attributes(self, event_type: str, attributes: dict[str, Any]) -> None:
        known = {a.name: a for a in self.schema().attributes_for(event_type)}
        for name, value in attributes.items():
            attr = known.get(name)
            if attr is None:
                raise UserError(f"{event_type} has no attribute '{name}'")
            if value is None:
                continue
            if attr.type == "integer":
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    raise UserError(f"{name} must be a whole number")
            elif value not in attr.values:
                raise UserError(f"{name} must be one of {', '.join(attr.values)}")

    # ------------------------------------------------------------------- status
    def status(self, document_id: int, layer: str) -> str:
        row = self.db.execute(
            "SELECT status FROM document_status WHERE document_id = ? AND layer = ?",
            [document_id, layer],
        ).fetchone()
        return row[0] if row else Status.NEW

    def set_status(self, document_id: int, layer: str, status: str) -> None:
        if status not in {s.value for s in Status}:
            raise UserError(f"unknown status '{status}'")
        with write_transaction(self.db):
            self.ensure_layer(layer)
            before = self.status(document_id, layer)
            self._upsert_status(document_id, layer, status)
            self._log("set_status", document_id, layer, "status", document_id,
                      {"status": before}, {"status": status})

    def _upsert_status(self, document_id: int, layer: str, status: str) -> None:
        self.db.execute(
            "INSERT INTO document_status (document_id, layer, status, updated_at) "
            "VALUES (?,?,?,?) ON CONFLICT (document_id, layer) DO UPDATE SET "
            "status = excluded.status, updated_at = excluded.updated_at",
            [document_id, layer, status, now()],
        )

    def _touch_status(self, document_id: int, layer: str) -> None:
        """A first edit moves a new document to in progress."""
        if self.status(document_id, layer) == Status.NEW:
            self._upsert_status(document_id, layer, Status.IN_PROGRESS)

    def add_time(self, document_id: int, layer: str, seconds: float) -> None:
        with write_transaction(self.db):
            self.ensure_layer(layer)
            self.db.execute(
                "INSERT INTO document_status (document_id, layer, status, seconds, updated_at) "
                "VALUES (?, ?, 'new', ?, ?) ON CONFLICT (document_id, layer) DO UPDATE SET "
                "seconds = seconds + excluded.seconds",
                [document_id, layer, seconds, now()],
            )

    def seconds_spent(self, document_id: int, layer: str) -> float:
        row = self.db.execute(
            "SELECT seconds FROM document_status WHERE document_id = ? AND layer = ?",
            [document_id, layer],
        ).fetchone()
        return row[0] if row else 0.0

    # ------------------------------------------------------------------- import
    def import_records(
        self, records: Iterable[DocumentRecord], origin: str = Origin.IMPORTED,
        progress: Progress | None = None, total: int = 0,
    ) -> ImportOutcome:
        """Store one file's records all-or-nothing.

        A text already in the project (same SHA-256) is not duplicated: its record is
        skipped, except for layers the project does not have yet for it, which are added.
        """
        out = ImportOutcome()
        t = now()
        with write_transaction(self.db):
            for n, rec in enumerate(records, 1):
                digest = sha256(rec.text)
                doc_id = self.document_id_by_sha(digest)
                created = doc_id is None
                if created:
                    meta = {k: v for k, v in rec.meta.items() if k not in ("title", "source")}
                    doc_id = self.db.execute(
                        "INSERT INTO documents (external_id, title, text, text_sha256, source, "
                        "meta, created_at) VALUES (?,?,?,?,?,?,?)",
                        [rec.external_id, rec.title, rec.text, digest, rec.source,
                         _json(meta), t],
                    ).lastrowid
                    assert doc_id is not None
                    self._log("import_document", doc_id, None, "document", doc_id, None,
                              {"external_id": rec.external_id, "source": rec.source})
                added_layers = 0
                for layer in rec.layers:
                    if layer.layer is None:
                        continue
                    if not created and self._has_layer(doc_id, layer.layer):
                        continue
                    self._insert_layer(doc_id, layer, rec.text, origin, t)
                    added_layers += 1
                    out.spans += len(layer.spans)
                    out.events += len(layer.events)
                if created:
                    out.added += 1
                elif added_layers:
                    out.merged += 1
                else:
                    out.skipped += 1
                    out.skipped_titles.append(rec.title)
                if progress and (n % 200 == 0):
                    progress(n, total)
        return out

    def _has_layer(self, document_id: int, layer: str) -> bool:
        return any(
            self.db.execute(f"SELECT 1 FROM {table} WHERE document_id = ? AND layer = ? LIMIT 1",
                            [document_id, layer]).fetchone()
            for table in ("spans", "document_status", "events")
        )

    def _insert_layer(self, doc_id: int, rec: LayerRecord, text: str, origin: str, t: str) -> None:
        layer = rec.layer
        assert layer is not None
        self.ensure_layer(layer)
        known = self.schema().label_names()
        rows: dict[tuple[int, int, str], list[Any]] = {}
        aliases: dict[int, tuple[int, int, str]] = {}
        for sp in rec.spans:
            if sp.label not in known:
                raise UserError(f"unknown label '{sp.label}'")
            if sp.start >= sp.end or text[sp.start:sp.end] != sp.text:
                raise SpanError(f"span [{sp.start}, {sp.end}) does not match the document text")
            key = (sp.start, sp.end, sp.label)
            if sp.id is not None:
                aliases[sp.id] = key
            rows.setdefault(key, [doc_id, layer, sp.start, sp.end, sp.label, sp.text,
                                  sp.origin if sp.origin != Origin.MANUAL else origin, t, t])
        conn = self.db.conn
        insert_span = (
            "INSERT INTO spans (document_id, layer, start, end, label, text, origin, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
        )
        if not rec.events:
            conn.executemany(insert_span, rows.values())
        else:
            key_to_db = {key: conn.execute(insert_span, row).lastrowid for key, row in rows.items()}
            for ev in rec.events:
                ev_id = conn.execute(
                    "INSERT INTO events (document_id, layer, type, trigger_span_id, attributes, "
                    "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                    [doc_id, layer, ev.type, key_to_db[aliases[ev.trigger]],
                     _json(ev.attributes), t, t],
                ).lastrowid
                conn.executemany(
                    "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) "
                    "VALUES (?,?,?)",
                    [(ev_id, a.role, key_to_db[aliases[a.span]]) for a in ev.arguments])
        if rec.status is not None:
            self._upsert_status(doc_id, layer, rec.status)

    # ------------------------------------------------------------------- export
    def export_records(
        self, layer: str | None = None, progress: Progress | None = None,
    ) -> Iterator[DocumentRecord]:
        """Documents in import order with the chosen layer(s).

        layer None: gold when it exists, else all. "all": every layer of each document,
        and a document without layers once with layer None.
        """
        if layer is None:
            layer = "gold" if "gold" in self.layers() else "all"
        ids = self.document_ids()
        for n, doc_id in enumerate(ids, 1):
            doc = self.document(doc_id)
            assert doc.text is not None
            have = self._layers_of(doc_id)
            wanted = have if layer == "all" else [x for x in have if x == layer]
            if layer == "all" and not have:
                layers: list[LayerRecord] = [LayerRecord(None)]
            elif not wanted:
                continue
            else:
                layers = [self._layer_record(doc_id, x) for x in wanted]
            yield DocumentRecord(doc.external_id, doc.text, doc.title, doc.source, doc.meta,
                                 layers)
            if progress and n % 100 == 0:
                progress(n, len(ids))

    def _layers_of(self, document_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT layer FROM spans WHERE document_id = ? UNION "
            "SELECT layer FROM document_status WHERE document_id = ? UNION "
            "SELECT layer FROM events WHERE document_id = ? ORDER BY 1",
            [document_id] * 3)]

    def _layer_record(self, document_id: int, layer: str) -> LayerRecord:
        text = self.document_text(document_id)
        spans = sorted(self.spans(document_id, layer), key=sort_key)
        for s in spans:
            check_span(text, s.start, s.end, s.text)
        return LayerRecord(layer, self.status(document_id, layer), spans,
                           self.events(document_id, layer))

    # -------------------------------------------------------------------- stats
    def stats(self) -> dict[str, Any]:
        spans: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, label, n in self.db.execute(
            "SELECT layer, label, count(*) FROM spans GROUP BY layer, label ORDER BY layer, label"
        ):
            spans[layer][label] = n
        status: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, st, n in self.db.execute(
            "SELECT layer, status, count(*) FROM document_status GROUP BY layer, status "
            "ORDER BY layer, status"
        ):
            status[layer][st] = n
        events: dict[str, dict[str, int]] = defaultdict(dict)
        for layer, typ, n in self.db.execute(
            "SELECT layer, type, count(*) FROM events GROUP BY layer, type ORDER BY layer, type"
        ):
            events[layer][typ] = n
        return {
            "documents": self.document_count(),
            "spans": dict(spans),
            "events": dict(events),
            "status": dict(status),
            "schema": {"name": self.schema().name, "version": self.schema().version},
        }


def _event_dict(ev: Event) -> dict[str, Any]:
    return {"type": ev.type, "trigger": ev.trigger, "attributes": ev.attributes,
            "arguments": [{"role": a.role, "span": a.span} for a in ev.arguments]}


def _span_dict(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "label": span.label, "text": span.text,
            "origin": span.origin}
