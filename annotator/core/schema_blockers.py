"""What a project holds that a new label schema could not represent.

A schema switch is refused while any annotation would be left without its label, role,
attribute value or document field. The same rule holds for a project file and for the
team project on the server; each reads its own counts (store/project.py from SQLite,
store/server/admin.py from PostgreSQL) and asks here, so the lines are the same too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from annotator.core.document_fields import field_value_problem, from_json, value_text
from annotator.core.events import attribute_problem
from annotator.core.schema import Schema


def schema_blockers(new: Schema, labels: Iterable[tuple[str, int]],
                    roles: Iterable[tuple[str, str, int]],
                    attributes: Iterable[tuple[str, Mapping[str, Any]]],
                    doc_labels: Iterable[tuple[str, Any, int]]) -> list[str]:
    """One line per thing the new schema lacks, sorted (empty: safe to switch).

    `labels`: (label, spans); `roles`: (event type, role, arguments); `attributes`:
    (event type, an event's attributes), distinct; `doc_labels`: (field, value as stored
    JSON decoded, documents) of the values set."""
    out = []
    names = new.label_names()
    for label, n in labels:
        if label not in names:
            out.append(f"{n} span(s) labelled {label}, which the new schema lacks")
    for etype, role, n in roles:
        et = new.event_type(etype)
        if et is not None and et.role(role) is None:
            out.append(f"{n} {etype} argument(s) in role {role}, which the new schema lacks")
    for etype, attrs in attributes:
        for name, value in attrs.items():
            if attribute_problem(new, etype, {name: value}) is not None:
                out.append(f"{etype} events with {name}={value}, not allowed by the new "
                           "schema")
    for name, value, n in doc_labels:
        fld = new.document_field(name)
        if fld is None:
            out.append(f"{n} document label(s) in field {name}, which the new schema lacks")
        elif field_value_problem(fld, value, name) is not None:
            out.append(f"{n} document(s) with {name} = {value_text(from_json(value))}, "
                       "which the new schema does not allow")
    return sorted(set(out))
