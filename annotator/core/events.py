"""The rules an event follows, whoever writes it: an edit in the store or an imported file.

Decision 0005: an event's trigger is a span labelled with the event type; an argument
fills a role of that type with a span whose label the role accepts (never the trigger
itself, and one span only unless the role is `multiple`); attributes are the schema's,
each with one of its values (an integer attribute: a whole number; null leaves it unset).
A span that triggers an event or fills a role keeps its label unless the role accepts
the new one. Each function returns why something is refused, or None when it is allowed;
callers add where (file and line, or nothing for an edit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from annotator.core.errors import shorten
from annotator.core.schema import EventType, Schema
from annotator.core.types import Argument


def attribute_problem(schema: Schema, event_type: str,
                      attributes: Mapping[str, Any]) -> str | None:
    """Why these attribute values are not allowed on an event of `event_type`, or None."""
    known = {a.name: a for a in schema.attributes_for(event_type)}
    for name, value in attributes.items():
        spec = known.get(name)
        if spec is None:
            names = ", ".join(sorted(known)) or "none"
            return f"event {event_type}: unknown attribute '{name}' (known: {names})"
        if value is None:
            continue
        if spec.type == "integer":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                return (f"event {event_type}: attribute '{name}' must be a whole number "
                        f"(0 or more), got {shorten(value)}")
        elif not isinstance(value, str) or value not in spec.values:
            return (f"event {event_type}: attribute '{name}' is {shorten(value)}, not one "
                    f"of {', '.join(spec.values)}")
    return None


def argument_problem(event_type: EventType, role: str, span: int, label: str, trigger: int,
                     arguments: Iterable[Argument]) -> str | None:
    """Why span `span` (labelled `label`) cannot fill `role` of an event of `event_type`
    whose trigger is span `trigger` and whose arguments are `arguments`, or None."""
    spec = event_type.role(role)
    if spec is None:
        return f"event {event_type.name}: unknown role {shorten(role)}"
    where = f"event {event_type.name}, role {role}"
    if span == trigger:
        return f"{where}: the trigger cannot be its own argument"
    if label not in spec.labels:
        return f"{where}: does not accept a {label} span (only {' '.join(spec.labels)})"
    if not spec.multiple and any(a.role == role and a.span != span for a in arguments):
        return f"{where}: takes one span only"
    return None


def relabel_problem(schema: Schema, text: str, label: str, triggers_events: bool,
                    fills: Iterable[tuple[str, str]]) -> str | None:
    """Why a span with `text` may not take `label`, or None.

    `triggers_events`: the span is the trigger of an event; `fills`: the (event type,
    role) of every argument it fills. Triggers are made with the event key, so no relabel
    makes or changes one (decision 0005).
    """
    if triggers_events or schema.event_type(label) is not None:
        return ("event triggers are made with the event key on a text selection; "
                "delete the event to change its trigger")
    for event_type, role in fills:
        et = schema.event_type(event_type)
        spec = et.role(role) if et is not None else None
        if spec is not None and label not in spec.labels:
            return (f"«{text}» is the {role} of a {event_type} event, which does not "
                    f"accept {label}")
    return None
