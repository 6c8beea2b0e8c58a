"""Events and their arguments: adding and deleting events, filling roles, attributes.

The rules (which roles a span may fill, which attribute values are allowed) are core's
(core/events.py); this part checks them against what is stored and writes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from annotator.core.errors import UserError
from annotator.core.events import argument_problem, attribute_problem
from annotator.core.types import Argument, Event
from annotator.store.changelog import ChangeLog, event_state
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.spans import SpanStore
from annotator.store.values import new_uid, to_json


@dataclass(frozen=True, eq=False)
class EventStore:
    """Events, their arguments and attributes."""

    ctx: StoreContext
    log: ChangeLog
    spans: SpanStore

    # ------------------------------------------------------------------- reads
    def events(self, document_id: int, layer: str) -> list[Event]:
        db = self.ctx.db
        rows = db.execute(
            "SELECT id, type, trigger_span_id, attributes FROM events "
            "WHERE document_id = ? AND layer = ? ORDER BY id", [document_id, layer],
        ).fetchall()
        args: dict[int, list[Argument]] = defaultdict(list)
        for ev_id, role, span_id in db.execute(
            "SELECT a.event_id, a.role, a.span_id FROM event_arguments a "
            "JOIN events e ON e.id = a.event_id WHERE e.document_id = ? AND e.layer = ? "
            "ORDER BY a.id", [document_id, layer],
        ):
            args[ev_id].append(Argument(role, span_id))
        return [Event(r[1], r[2], tuple(args[r[0]]), json.loads(r[3]), r[0], layer, document_id)
                for r in rows]

    def event(self, event_id: int) -> Event:
        row = self.ctx.db.execute(
            "SELECT document_id, layer FROM events WHERE id = ?", [event_id]
        ).fetchone()
        if row is None:
            raise UserError(f"no event with id {event_id}")
        return next(e for e in self.events(row[0], row[1]) if e.id == event_id)

    def role_check(self, event_id: int, role: str, span_id: int) -> str | None:
        """Why `span_id` cannot fill `role` of the event, or None if it can."""
        ev = self.event(event_id)
        et = self.ctx.schema().event_type(ev.type)
        if et is None:
            return f"{ev.type} is not an event type of the schema"
        span = self.spans.span(span_id)
        if span.document_id != ev.document_id or span.layer != ev.layer:
            return "an argument must be a span of the same document and layer"
        return argument_problem(et, role, span_id, span.label, ev.trigger, ev.arguments)

    def roles_accepting(self, event_id: int, span_id: int) -> list[str]:
        et = self.ctx.schema().event_type(self.event(event_id).type)
        return [r.name for r in (et.roles if et else ()) if not self.role_check(
            event_id, r.name, span_id)]

    # ------------------------------------------------------------------ writes
    def add_event(self, trigger_span_id: int, event_type: str,
                  attributes: dict[str, Any] | None = None,
                  arguments: tuple[Argument, ...] = (), event_id: int | None = None) -> Event:
        """An event on a trigger span labelled with its type; `event_id` re-creates (undo)."""
        schema = self.ctx.schema()
        if schema.event_type(event_type) is None:
            raise UserError(f"unknown event type '{event_type}'")
        trigger = self.spans.span(trigger_span_id)
        if trigger.label != event_type:
            raise UserError(f"the trigger of a {event_type} event must be a {event_type} span, "
                            f"not {trigger.label}")
        attrs = schema.default_attributes(event_type) if attributes is None else attributes
        self.check_attributes(event_type, attrs)
        t = self.ctx.clock()
        uid = self.log.deleted_uid("event", event_id) if event_id is not None else None
        with write_transaction(self.ctx.db):
            ev_id = self.ctx.db.execute(
                "INSERT INTO events (id, document_id, layer, type, trigger_span_id, attributes, "
                "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?)",
                [event_id, trigger.document_id, trigger.layer, event_type, trigger_span_id,
                 to_json(attrs), t, t, uid or new_uid()],
            ).lastrowid
            assert ev_id is not None
            self.log.log("add_event", trigger.document_id, trigger.layer, "event", ev_id, None,
                         {"type": event_type, "trigger": trigger_span_id, "attributes": attrs})
            for arg in arguments:
                self.add_argument(ev_id, arg.role, arg.span)
        return self.event(ev_id)

    def delete_event(self, event_id: int) -> Event:
        ev = self.event(event_id)
        db = self.ctx.db
        with write_transaction(db):
            before = event_state(ev) | {"uid": self.spans.uid_of("event", event_id)}
            db.execute("DELETE FROM event_arguments WHERE event_id = ?", [event_id])
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self.log.log("delete_event", ev.document_id, ev.layer, "event", event_id,
                         before, None)
        return ev

    def add_argument(self, event_id: int, role: str, span_id: int) -> Event:
        problem = self.role_check(event_id, role, span_id)
        if problem:
            raise UserError(problem)
        ev = self.event(event_id)
        with write_transaction(self.ctx.db):
            self.ctx.db.execute(
                "INSERT OR IGNORE INTO event_arguments (event_id, role, span_id) VALUES (?,?,?)",
                [event_id, role, span_id])
            self._touch(event_id)
            self.log.log("add_argument", ev.document_id, ev.layer, "event", event_id, None,
                         {"role": role, "span": span_id})
        return self.event(event_id)

    def remove_argument(self, event_id: int, role: str, span_id: int) -> Event:
        ev = self.event(event_id)
        with write_transaction(self.ctx.db):
            self.ctx.db.execute(
                "DELETE FROM event_arguments WHERE event_id = ? AND role = ? AND span_id = ?",
                [event_id, role, span_id])
            self._touch(event_id)
            self.log.log("remove_argument", ev.document_id, ev.layer, "event", event_id,
                         {"role": role, "span": span_id}, None)
        return self.event(event_id)

    def set_attributes(self, event_id: int, attributes: dict[str, Any]) -> Event:
        ev = self.event(event_id)
        self.check_attributes(ev.type, attributes)
        with write_transaction(self.ctx.db):
            self.ctx.db.execute("UPDATE events SET attributes = ?, updated_at = ? WHERE id = ?",
                                [to_json(attributes), self.ctx.clock(), event_id])
            self.log.log("set_attributes", ev.document_id, ev.layer, "event", event_id,
                         ev.attributes, attributes)
        return self.event(event_id)

    def check_attributes(self, event_type: str, attributes: dict[str, Any]) -> None:
        """UserError unless the schema allows these attribute values (core.events)."""
        problem = attribute_problem(self.ctx.schema(), event_type, attributes)
        if problem:
            raise UserError(problem)

    def _touch(self, event_id: int) -> None:
        """An argument edit is an edit of the event: merge compares updated_at."""
        self.ctx.db.execute("UPDATE events SET updated_at = ? WHERE id = ?",
                            [self.ctx.clock(), event_id])
