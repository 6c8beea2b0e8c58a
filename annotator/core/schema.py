"""The label schema: entity labels, event types, roles and attributes, read from TOML.

Validation collects every problem so a schema author fixes the file in one pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.document_fields import DocumentField, read_document_fields
from annotator.core.errors import SchemaError
from annotator.paths import resource_path

CATEGORIES = ("actor", "location", "other", "event")
# The program's own single-key shortcuts (ui/actions.py; a UI test keeps the two in
# step), with what each does. A label hotkey on one of them would be silently taken
# by the program, so a schema file that gives one to a label is refused.
RESERVED_KEYS: dict[str, str] = {
    "R": "Add span as argument",
    "J": "Next disagreement (review)",
    "X": "Reject this version (review) or the current suggestion",
    "E": "Set gold boundary to selection (review)",
}
# Label hotkeys: one letter or digit, or Shift with a digit (labels beyond the first nine).
SHIFT = "Shift+"
_HOTKEY = re.compile(r"^(?:[A-Za-z0-9]|shift\+[0-9])$", re.IGNORECASE)
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    category: str
    ar: str
    en: str
    color: str
    hotkey: str
    description: str
    order: int

    def display(self, language: str = "en") -> str:
        """The name to show in the interface language ("ar" or "en")."""
        shown = self.ar if language == "ar" else self.en
        return shown or self.en or self.ar or self.name


def display_name(code: str, ar: str, en: str, language: str) -> str:
    """What the interface shows for a role, attribute or attribute value: in Arabic its
    `ar` name (else `en`, else the code), in English its `en` name, else the code. The
    code is what is stored and exported; display names are optional."""
    if language == "ar":
        return ar or en or code
    return en or code


@dataclass(frozen=True, slots=True)
class Role:
    name: str
    labels: tuple[str, ...]
    multiple: bool = False
    ar: str = ""
    en: str = ""

    def display(self, language: str = "en") -> str:
        return display_name(self.name, self.ar, self.en, language)


@dataclass(frozen=True, slots=True)
class ValueName:
    """The display names of one value of a choice attribute (only values that have one
    are kept, so `values = ["a"]` and `values = [{ name = "a" }]` are the same)."""

    name: str
    ar: str = ""
    en: str = ""


@dataclass(frozen=True, slots=True)
class Attribute:
    name: str
    values: tuple[str, ...] = ()
    default: str | int | None = None
    type: str = "choice"  # "choice" (one of values) or "integer"
    ar: str = ""
    en: str = ""
    value_names: tuple[ValueName, ...] = ()

    def display(self, language: str = "en") -> str:
        return display_name(self.name, self.ar, self.en, language)

    def value_display(self, value: object, language: str = "en") -> str:
        """A stored value as the interface shows it (an unknown value or a number as
        it is)."""
        code = str(value)
        names = next((v for v in self.value_names if v.name == code), None)
        return display_name(code, names.ar, names.en, language) if names else code


@dataclass(frozen=True, slots=True)
class EventType:
    label: Label
    roles: tuple[Role, ...]
    attributes: tuple[Attribute, ...]

    @property
    def name(self) -> str:
        return self.label.name

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.name == name), None)


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    version: int
    description: str
    guideline: str
    labels: tuple[Label, ...]
    event_types: tuple[EventType, ...]
    event_attributes: tuple[Attribute, ...]
    source: str = field(repr=False, default="")
    document_fields: tuple[DocumentField, ...] = ()
    # Name lookups built once: label() runs for every span of an import.
    _labels_by_name: dict[str, Label] = field(
        init=False, repr=False, compare=False, default_factory=dict)
    _events_by_name: dict[str, EventType] = field(
        init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        for lb in reversed(self.all_labels):  # the first of a name wins, as before
            self._labels_by_name[lb.name] = lb
        for et in reversed(self.event_types):
            self._events_by_name[et.name] = et

    @property
    def all_labels(self) -> tuple[Label, ...]:
        """Entity labels, then the labels of event triggers."""
        return self.labels + tuple(e.label for e in self.event_types)

    def label(self, name: str) -> Label | None:
        return self._labels_by_name.get(name)

    def event_type(self, name: str) -> EventType | None:
        return self._events_by_name.get(name)

    def label_names(self) -> set[str]:
        return set(self._labels_by_name)

    def attributes_for(self, event_type: str) -> tuple[Attribute, ...]:
        et = self.event_type(event_type)
        return self.event_attributes + (et.attributes if et else ())

    def default_attributes(self, event_type: str) -> dict[str, Any]:
        return {a.name: a.default for a in self.attributes_for(event_type) if a.default is not None}

    def document_field(self, name: str) -> DocumentField | None:
        return next((f for f in self.document_fields if f.name == name), None)


def canonical_hotkey(raw: str) -> str | None:
    """A hotkey as the schema stores it ("A", "7", "Shift+7"), or None if it is not one
    (one ASCII letter or digit, or Shift with a digit)."""
    key = raw.strip()
    if not _HOTKEY.match(key):
        return None
    return SHIFT + key[-1] if len(key) > 1 else key.upper()


def default_schema_path() -> Path:
    return resource_path("schemas", "default.toml")


def reserved_key_clashes(schema: Schema) -> list[str]:
    """The labels whose hotkey is one of the program's own keys (RESERVED_KEYS)."""
    return [_clash(lb.name, lb.hotkey, RESERVED_KEYS[lb.hotkey]) for lb in schema.all_labels
            if lb.hotkey in RESERVED_KEYS]


def _clash(name: str, hotkey: str, what: str) -> str:
    return f"{name}: hotkey '{hotkey}' is the program's key for {what}; choose another key"


def load_schema(path: str | Path | None = None) -> Schema:
    """A schema file, validated; loading (a new project, switching) also refuses a
    label hotkey that is one of the program's own keys."""
    p = Path(path) if path is not None else default_schema_path()
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaError(f"{p}: cannot read schema ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise SchemaError(f"{p}: schema is not UTF-8") from None
    return parse_schema(text, str(p), reserved=RESERVED_KEYS)


def parse_schema(text: str, where: str = "schema",
                 reserved: dict[str, str] | None = None) -> Schema:
    """`reserved`: hotkeys no label may take (a file being loaded passes RESERVED_KEYS;
    a schema already stored in a project is read as it is)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"{where}: not valid TOML: {exc}") from None
    return _Builder(where, reserved or {}).build(data, text)


class _Builder:
    def __init__(self, where: str, reserved: dict[str, str]) -> None:
        self.where = where
        self.reserved = reserved
        self.problems: list[str] = []

    def problem(self, msg: str) -> None:
        self.problems.append(msg)

    def _str(self, d: dict[str, Any], key: str, ctx: str, required: bool = True) -> str:
        v = d.get(key, "")
        if not isinstance(v, str):
            self.problem(f"{ctx}: '{key}' must be a string")
            return ""
        if required and not v.strip():
            self.problem(f"{ctx}: '{key}' is missing")
        return v

    def _label(self, d: Any, ctx: str, order: int, category: str | None) -> Label | None:
        if not isinstance(d, dict):
            self.problem(f"{ctx}: must be a table")
            return None
        name = self._str(d, "name", ctx)
        ctx = f"{ctx} ({name})" if name else ctx
        if name and not _NAME.match(name):
            self.problem(f"{ctx}: name must start with a letter and use only A-Z, 0-9, _ or -")
        cat = category or self._str(d, "category", ctx)
        if cat and cat not in CATEGORIES[:3] and category is None:
            self.problem(f"{ctx}: category '{cat}' is not one of actor, location, other")
        color = self._str(d, "color", ctx)
        if color and not _COLOUR.match(color):
            self.problem(f"{ctx}: color '{color}' is not of the form #rrggbb")
        hotkey = self._str(d, "hotkey", ctx, required=False)
        if hotkey and canonical_hotkey(hotkey) is None:
            self.problem(f"{ctx}: hotkey '{hotkey}' must be one ASCII letter or digit, "
                         "or Shift+digit")
        return Label(
            name=name,
            category=cat,
            ar=self._str(d, "ar", ctx),
            en=self._str(d, "en", ctx),
            color=color.lower(),
            hotkey=canonical_hotkey(hotkey) or hotkey.upper() if hotkey else "",
            description=self._str(d, "description", ctx, required=False),
            order=order,
        )

    def _attribute(self, d: Any, ctx: str) -> Attribute | None:
        if not isinstance(d, dict):
            self.problem(f"{ctx}: must be a table")
            return None
        name = self._str(d, "name", ctx)
        ctx = f"{ctx} ({name})" if name else ctx
        kind = d.get("type", "choice")
        values: list[str] = d.get("values", [])  # kept as given for an integer (as before)
        names: list[ValueName] = []
        default = d.get("default")
        if kind not in ("choice", "integer"):
            self.problem(f"{ctx}: type '{kind}' is not 'choice' or 'integer'")
        if kind == "choice":
            values, names = self._values(d.get("values", []), ctx)
            names += self._value_names(d.get("value_names", []), values, ctx)
            if len(set(values)) != len(values):
                self.problem(f"{ctx}: 'values' has duplicates")
            if default is not None and default not in values:
                self.problem(f"{ctx}: default '{default}' is not one of its values")
        elif default is not None and (not isinstance(default, int) or isinstance(default, bool)):
            self.problem(f"{ctx}: default must be an integer")
        return Attribute(name=name, values=tuple(values), default=default, type=kind,
                         ar=self._str(d, "ar", ctx, required=False),
                         en=self._str(d, "en", ctx, required=False),
                         value_names=tuple(names))

    def _value_names(self, raw: Any, values: list[str], ctx: str) -> list[ValueName]:
        """`value_names = [{ name, ar, en }, ...]` beside plain `values`: the form written
        out, which an earlier annotator reads too (it knows `values` as names only and
        passes over keys it does not know), so a team can upgrade one member at a time."""
        if not isinstance(raw, list):
            self.problem(f"{ctx}: 'value_names' must be a list of tables")
            return []
        names: list[ValueName] = []
        for j, item in enumerate(raw):
            vctx = f"{ctx} value_names {j + 1}"
            if not isinstance(item, dict):
                self.problem(f"{vctx}: must be a table")
                continue
            code = self._str(item, "name", vctx)
            if code and code not in values:
                self.problem(f"{vctx}: '{code}' is not one of its values")
            names.append(ValueName(code, self._str(item, "ar", vctx, required=False),
                                   self._str(item, "en", vctx, required=False)))
        return names

    def _values(self, raw: Any, ctx: str) -> tuple[list[str], list[ValueName]]:
        """A choice attribute's values: names, or tables with a name and optional
        display names (`ar`, `en`) as document field values have."""
        if not isinstance(raw, list) or not raw:
            self.problem(f"{ctx}: 'values' must be a non-empty list of strings")
            return [], []
        values: list[str] = []
        names: list[ValueName] = []
        for j, item in enumerate(raw):
            vctx = f"{ctx} value {j + 1}"
            if isinstance(item, str):
                values.append(item)
                continue
            if not isinstance(item, dict):
                self.problem(f"{vctx}: must be a name or a table")
                continue
            code = self._str(item, "name", vctx)
            ar = self._str(item, "ar", vctx, required=False)
            en = self._str(item, "en", vctx, required=False)
            values.append(code)
            if ar or en:
                names.append(ValueName(code, ar, en))
        return values, names

    def _attributes(self, items: Any, ctx: str) -> tuple[Attribute, ...]:
        if not isinstance(items, list):
            self.problem(f"{ctx}: must be a list of tables")
            return ()
        out = [a for i, d in enumerate(items) if (a := self._attribute(d, f"{ctx}[{i + 1}]"))]
        self._no_duplicates([a.name for a in out], ctx, "attribute")
        return tuple(out)

    def _no_duplicates(self, names: list[str], ctx: str, what: str) -> None:
        seen: set[str] = set()
        for n in names:
            if n and n in seen:
                self.problem(f"{ctx}: {what} '{n}' is defined twice")
            seen.add(n)

    def build(self, data: dict[str, Any], source: str) -> Schema:
        head = data.get("schema", {})
        if not isinstance(head, dict):
            head = {}
            self.problem("[schema] must be a table")
        name = self._str(head, "name", "[schema]")
        version = head.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.problem("[schema]: 'version' must be a positive integer")
            version = 1
        raw_labels = data.get("labels", [])
        if not isinstance(raw_labels, list) or not raw_labels:
            self.problem("[[labels]]: the schema needs at least one label")
            raw_labels = []
        labels = [
            lb
            for i, d in enumerate(raw_labels)
            if (lb := self._label(d, f"labels[{i + 1}]", i, None))
        ]
        event_attributes = self._attributes(data.get("event_attributes", []), "event_attributes")
        raw_events = data.get("event_types", [])
        if not isinstance(raw_events, list):
            self.problem("[[event_types]] must be a list of tables")
            raw_events = []
        events: list[EventType] = []
        for i, d in enumerate(raw_events):
            ctx = f"event_types[{i + 1}]"
            lb = self._label(d, ctx, len(labels) + i, "event")
            if lb is None:
                continue
            ctx = f"{ctx} ({lb.name})"
            roles: list[Role] = []
            raw_roles = d.get("roles", [])
            if not isinstance(raw_roles, list):
                self.problem(f"{ctx}: 'roles' must be a list of tables")
                raw_roles = []
            for j, r in enumerate(raw_roles):
                rctx = f"{ctx} role {j + 1}"
                if not isinstance(r, dict):
                    self.problem(f"{rctx}: must be a table")
                    continue
                rname = self._str(r, "name", rctx)
                allowed = r.get("labels", [])
                if (not isinstance(allowed, list) or not allowed
                        or not all(isinstance(x, str) for x in allowed)):
                    self.problem(f"{ctx} role '{rname}': 'labels' must list the allowed labels")
                    allowed = []
                roles.append(Role(rname, tuple(allowed), bool(r.get("multiple", False)),
                                  ar=self._str(r, "ar", rctx, required=False),
                                  en=self._str(r, "en", rctx, required=False)))
            self._no_duplicates([r.name for r in roles], ctx, "role")
            attrs = self._attributes(d.get("attributes", []), f"{ctx} attributes")
            clash = {a.name for a in attrs} & {a.name for a in event_attributes}
            for c in sorted(clash):
                self.problem(f"{ctx}: attribute '{c}' is already defined for every event")
            events.append(EventType(lb, tuple(roles), attrs))

        all_labels = labels + [e.label for e in events]
        self._no_duplicates([lb.name for lb in all_labels], "labels and event types", "name")
        owner: dict[str, str] = {}
        for lb in all_labels:
            if lb.hotkey in self.reserved:
                self.problem(_clash(lb.name, lb.hotkey, self.reserved[lb.hotkey]))
            elif lb.hotkey:
                if lb.hotkey in owner:
                    self.problem(
                        f"{lb.name}: hotkey '{lb.hotkey}' is already used by {owner[lb.hotkey]}"
                    )
                else:
                    owner[lb.hotkey] = lb.name
        document_fields = read_document_fields(
            data.get("document_fields", []), self.problem,
            lambda d, key, ctx, required: self._str(dict(d), key, ctx, required))
        known = {lb.name for lb in all_labels}
        for et in events:
            for r in et.roles:
                for unknown in [x for x in r.labels if x not in known]:
                    self.problem(
                        f"event type {et.name}, role {r.name}: names unknown label '{unknown}'"
                    )
        if self.problems:
            listed = "\n  ".join(self.problems)
            raise SchemaError(f"{self.where}: invalid schema:\n  {listed}")
        return Schema(
            name=name,
            version=version,
            description=head.get("description", "") if isinstance(head, dict) else "",
            guideline=str(head.get("guideline", "")).strip(),
            labels=tuple(labels),
            event_types=tuple(events),
            event_attributes=event_attributes,
            source=source,
            document_fields=document_fields,
        )
