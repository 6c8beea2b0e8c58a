"""Events and their arguments: the part of the repository for event annotation.

A mixin of Repository (which supplies db, schema(), span() and the change log).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from annotator.core.errors import UserError
from annotator.core.types import Argument, Event
from annotator.store.db import write_transaction
from annotator.store.encoding import event_dict, new_uid, now, to_json


class EventStore:
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
        uid = self.deleted_uid("event", event_id) if event_id is not None else None
        with write_transaction(self.db):
            ev_id = self.db.execute(
                "INSERT INTO events (id, document_id, layer, type, trigger_span_id, attributes, "
                "created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?)",
                [event_id, trigger.document_id, trigger.layer, event_type, trigger_span_id,
                 to_json(attrs), t, t, uid or new_uid()],
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
            before = event_dict(ev) | {"uid": self.uid_of("event", event_id)}
            self.db.execute("DELETE FROM event_arguments WHERE event_id = ?", [event_id])
            self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._log("delete_event", ev.document_id, ev.layer, "event", event_id, before, None)
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
            self._touch_event(event_id)
            self._log("add_argument", ev.document_id, ev.layer, "event", event_id, None,
                      {"role": role, "span": span_id})
        return self.event(event_id)

    def remove_argument(self, event_id: int, role: str, span_id: int) -> Event:
        ev = self.event(event_id)
        with write_transaction(self.db):
            self.db.execute(
                "DELETE FROM event_arguments WHERE event_id = ? AND role = ? AND span_id = ?",
                [event_id, role, span_id])
            self._touch_event(event_id)
            self._log("remove_argument", ev.document_id, ev.layer, "event", event_id,
                      {"role": role, "span": span_id}, None)
        return self.event(event_id)

    def _touch_event(self, event_id: int) -> None:
        """An argument edit is an edit of the event: merge compares updated_at."""
        self.db.execute("UPDATE events SET updated_at = ? WHERE id = ?", [now(), event_id])

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
                            [to_json(attributes), now(), event_id])
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
