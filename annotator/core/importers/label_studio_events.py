"""Events in a Label Studio annotation: trigger regions, relations, per-region attributes.

Label Studio has no event object. As annotator.core.exporters.label_studio writes them
(and as a Label Studio user draws them), an event is a region labelled with an event
type (its trigger), a relation from that region to each argument's region with the role
as the relation's label, and per-region "choices" or "number" results on the trigger
region, from_name the attribute's name. Each trigger region is one event. The event is
then checked by the same rules as a native JSONL event (roles, labels, attributes).
A relation between two entity regions is not an event argument and is left out.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.core.importers.jsonl import RecordError, native_event
from annotator.core.schema import Schema
from annotator.core.types import Event, Span

Key = tuple[int, int, str]  # a span's (start, end, label): regions with the same key are one span


class RelationError(ValueError):
    """An event in the annotation cannot be read (the message names the regions)."""


def read_events(result: list[Any], regions: dict[str, list[Key]], spans: list[Span],
                schema: Schema) -> tuple[list[Span], list[Event]]:
    """The spans (numbered, when there are events) and the events of one annotation.

    ``regions`` maps each "labels" region id to the spans it made, in result order.
    """
    triggers = {rid: [k for k in keys if schema.event_type(k[2])]
                for rid, keys in regions.items()}
    triggers = {rid: keys for rid, keys in triggers.items() if keys}
    if not triggers:
        return spans, []
    ids = {(s.start, s.end, s.label): n for n, s in enumerate(spans, 1)}
    numbered = [Span(s.start, s.end, s.label, s.text, n, origin=s.origin)
                for n, s in enumerate(spans, 1)]
    found: dict[str, dict[str, Any]] = {}  # per trigger region: the native event fields
    for item in result:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "relation":
            ends = _relation_ends(item, triggers, regions)
            if ends is None:
                continue  # between two entities: not an event argument, left out
            source, target = ends
            roles = item.get("labels")
            if not isinstance(roles, list) or not roles:
                raise RelationError(f"relation {source} -> {target} has no role label")
            args = found.setdefault(source, {}).setdefault("arguments", [])
            for role in roles:
                args.append({"role": role, "span": _argument_span(
                    schema, triggers[source][0][2], role, regions[target], ids)})
        elif item.get("type") in ("choices", "number") and str(item.get("id")) in triggers:
            name, value = _attribute(item)
            found.setdefault(str(item["id"]), {}).setdefault("attributes", {})[name] = value
    by_id = dict(enumerate(numbered, 1))
    events = []
    for rid, keys in triggers.items():
        for key in keys:
            fields = found.get(rid, {})
            raw = {"type": key[2], "trigger": ids[key], **fields}
            try:
                events.append(native_event(raw, by_id, schema))
            except RecordError as exc:
                raise RelationError(f"region {rid}: {exc}") from None
    return numbered, events


def _relation_ends(item: dict[str, Any], triggers: dict[str, list[Key]],
                   regions: dict[str, list[Key]]) -> tuple[str, str] | None:
    """(trigger region, argument region) of a relation ("left" points the other way), or
    None for a relation between two entity regions."""
    source, target = (str(x) if isinstance(x, int) else x
                      for x in (item.get("from_id"), item.get("to_id")))
    if item.get("direction") == "left" or (source not in triggers and target in triggers):
        source, target = target, source
    for end in (source, target):
        if not isinstance(end, str) or end not in regions:
            raise RelationError(f"relation {json.dumps(item.get('from_id'))} -> "
                                f"{json.dumps(item.get('to_id'))}: {json.dumps(end)} "
                                "is not a labelled region of this annotation")
    assert isinstance(source, str) and isinstance(target, str)  # checked just above
    return (source, target) if source in triggers else None


def _argument_span(schema: Schema, event_type: str, role: Any, keys: list[Key],
                   ids: dict[Key, int]) -> int:
    """The span of a region that fills ``role``: of a region with several labels, the one
    the role accepts (the native check then refuses a label no role accepts)."""
    et = schema.event_type(event_type)
    spec = et.role(str(role)) if et is not None else None
    for key in keys:
        if spec is not None and key[2] in spec.labels:
            return ids[key]
    return ids[keys[0]]


def _attribute(item: dict[str, Any]) -> tuple[str, Any]:
    name, value = item.get("from_name"), item.get("value")
    if not isinstance(name, str) or not isinstance(value, dict):
        raise RelationError(f"region {item.get('id')}: an attribute needs a from_name and "
                            "a value object")
    if item["type"] == "number":
        return name, value.get("number")
    choices = value.get("choices")
    if not isinstance(choices, list) or len(choices) != 1:
        raise RelationError(f"region {item.get('id')}: attribute {name} needs exactly one "
                            f"choice, got {json.dumps(choices, ensure_ascii=False)}")
    return name, choices[0]
