"""The one place that reads and writes a project: typed functions over SQL.

Every write runs in a transaction that also appends to the change log, so the
CLI and the GUI get the same guarantees: committed before shown, deletes recoverable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from annotator.core.errors import SpanError, UserError
from annotator.core.schema import Schema, load_schema, parse_schema
from annotator.core.spans import check_span
from annotator.core.types import (
    Document,
    Origin,
    Span,
    Status,
)
from annotator.store import migrations
from annotator.store.actions import UserActions
from annotator.store.assignments import AssignmentStore
from annotator.store.db import (
    ProjectFileError,
    can_write,
    connect,
    connect_read_only,
    write_transaction,
)
from annotator.store.encoding import new_uid, now, span_dict, to_json
from annotator.store.events_store import EventStore
from annotator.store.gold import GoldStore
from annotator.store.transfer import ImportOutcome, Progress, TransferStore

__all__ = ["ImportOutcome", "Progress", "Repository", "now"]



class Repository(EventStore, TransferStore, AssignmentStore, GoldStore):
    def __init__(self, db: Database, user: str = "cli") -> None:
        self.db = db
        self.user = user
        self._schema: Schema | None = None
        self.actions = UserActions(self)  # one transaction and one Change per user action

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, user: str = "cli", schema_path: str | Path | None = None,
             *, read_only: bool = False):
        """Open a project, upgrading an older one. read_only: the caller only reads (export,
        stats...), so a project this process cannot write is opened read-only, not refused."""
        if read_only and Path(path).is_file() and not can_write(Path(path)):
            db = connect_read_only(path)
            if migrations.migrations.pending(db) or cls(db)._project_value("schema_toml") is None:
                db.close()
                raise ProjectFileError(path, "made by an older version of annotator and "
                                             "read-only here: open it once where it can be "
                                             "written")
            return cls(db, user)
        db = connect(path)
        if migrations.migrations.pending(db):
            # Under the write lock, so two processes opening a new file do not both migrate.
            with write_transaction(db):
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
                 lb.order, to_json(roles), to_json(attrs)],
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
             None if before is None else to_json(before),
             None if after is None else to_json(after)],
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
        origin: str = Origin.MANUAL, span_id: int | None = None, uid: str | None = None,
    ) -> Span:
        """Store a new span; `span_id` re-creates a deleted span under its old id and
        identity (undo, restore)."""
        self._check_label(label)
        text = check_span(self.document_text(document_id), start, end)
        if uid is None and span_id is not None:
            uid = self.deleted_uid("span", span_id)
        with write_transaction(self.db):
            self.ensure_layer(layer)
            self._duplicate_check(document_id, layer, start, end, label)
            t = now()
            cur = self.db.execute(
                "INSERT INTO spans (id, document_id, layer, start, end, label, text, origin, "
                "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [span_id, document_id, layer, start, end, label, text, str(origin), t, t,
                 uid or new_uid()],
            )
            span = Span(start, end, label, text, cur.lastrowid, layer, document_id, str(origin))
            self._log("add_span", document_id, layer, "span", span.id, None, span_dict(span))
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
            for event_id, role in self.arguments_filled_by(span_id):
                self._log("remove_argument", span.document_id, span.layer, "event", event_id,
                          {"role": role, "span": span_id}, None)
            before = span_dict(span) | {"uid": self.uid_of("span", span_id)}
            self.db.execute("DELETE FROM event_arguments WHERE span_id = ?", [span_id])
            self.db.execute("DELETE FROM spans WHERE id = ?", [span_id])
            self._log("delete_span", span.document_id, span.layer, "span", span_id, before, None)
        return span

    def uid_of(self, entity: str, entity_id: int) -> str | None:
        """The identity of a span or event across project files."""
        table = {"span": "spans", "event": "events"}[entity]
        row = self.db.execute(f"SELECT uid FROM {table} WHERE id = ?", [entity_id]).fetchone()
        return row[0] if row else None

    def deleted_uid(self, entity: str, entity_id: int) -> str | None:
        """The identity a deleted span or event had, from its latest delete in the log."""
        row = self.db.execute(
            "SELECT json_extract(before, '$.uid') FROM changes WHERE entity = ? AND "
            "entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
            [entity, entity_id, f"delete_{entity}"],
        ).fetchone()
        return row[0] if row else None

    def deleted_spans(self, document_id: int | None = None) -> list[Span]:
        """Spans whose latest change is a delete, most recently deleted first: what the
        change log can bring back."""
        latest: dict[int, dict] = {}
        for ch in self.changes(document_id):
            if ch["entity"] == "span" and ch["entity_id"] is not None:
                latest[ch["entity_id"]] = ch
        out = []
        for span_id, ch in sorted(latest.items(), key=lambda kv: -kv[1]["id"]):
            if ch["action"] != "delete_span":
                continue
            if self.db.execute("SELECT 1 FROM spans WHERE id = ?", [span_id]).fetchone():
                continue
            b = ch["before"]
            out.append(Span(b["start"], b["end"], b["label"], b["text"], span_id,
                            ch["layer"], ch["document_id"], b.get("origin", "manual")))
        return out

    def restore_span(self, span: Span) -> Span:
        assert span.document_id is not None and span.layer is not None
        return self.add_span(span.document_id, span.layer, span.start, span.end, span.label,
                             span.origin, span_id=span.id)

    def relabel_span(self, span_id: int, label: str) -> Span:
        self._check_label(label)
        span = self.span(span_id)
        if self.schema().event_type(label) is not None or self.events_triggered_by(span_id):
            raise UserError("event triggers are made with the event key on a text selection; "
                            "delete the event to change its trigger")
        for event_id, role in self.arguments_filled_by(span_id):
            ev = self.event(event_id)
            et = self.schema().event_type(ev.type)
            r = et.role(role) if et else None
            if r is not None and label not in r.labels:
                raise UserError(f"«{span.text}» is the {role} of a {ev.type} event, which "
                                f"does not accept {label}")
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

