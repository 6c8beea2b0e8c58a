"""Document-level fields of a schema (relevance, source kind, ...) and their values.

A schema's `[[document_fields]]` define labels of a whole document rather than of a
span: a single choice, a multiple choice or free text. Each annotator (layer) gives a
document at most one value per field: a value name (single), a list of value names
(multiple) or a string (text). This module holds the types, the reading of the TOML
tables and the one rule for what value a field accepts, used by the store, the
importers and merge alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

SINGLE, MULTIPLE, TEXT = "single", "multiple", "text"
FIELD_TYPES = (SINGLE, MULTIPLE, TEXT)
# A stored value: a value name (single), value names in schema order (multiple), text.
DocLabelValue = str | tuple[str, ...]
DocLabels = dict[str, DocLabelValue]
MAX_TEXT = 10_000  # characters of a free-text value
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
# Columns of the text-classification export beside one column per field.
RESERVED_FIELD_NAMES = frozenset({"id", "layer", "text", "label"})
_VALUE = re.compile(r"^[^\s\x00-\x1f][^\x00-\x1f]*$")


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One choice of a field: its stored name, display names and the panel's key."""

    name: str
    ar: str = ""
    en: str = ""
    hotkey: str = ""
    description: str = ""

    def display(self, language: str = "en") -> str:
        """The name to show in the interface language ("ar" or "en")."""
        shown = self.ar if language == "ar" else self.en
        return shown or self.en or self.ar or self.name


@dataclass(frozen=True, slots=True)
class DocumentField:
    name: str
    type: str  # single | multiple | text
    ar: str = ""
    en: str = ""
    description: str = ""
    values: tuple[FieldValue, ...] = ()

    def display(self, language: str = "en") -> str:
        shown = self.ar if language == "ar" else self.en
        return shown or self.en or self.ar or self.name

    def value(self, name: str) -> FieldValue | None:
        return next((v for v in self.values if v.name == name), None)

    @property
    def value_names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.values)


def field_value_problem(fld: DocumentField | None, value: Any, name: str = "") -> str | None:
    """Why `value` cannot be this field's value, or None. None as a value is never a
    problem (it clears the field); a multiple choice may be an empty list (cleared)."""
    if fld is None:
        return f"unknown document field '{name}'"
    if value is None:
        return None
    if fld.type == TEXT:
        if not isinstance(value, str):
            return f"document field {fld.name}: a text value must be a string"
        if len(value) > MAX_TEXT:
            return f"document field {fld.name}: text longer than {MAX_TEXT} characters"
        return None
    names = fld.value_names
    if fld.type == SINGLE:
        if not isinstance(value, str) or value not in names:
            return (f"document field {fld.name}: '{value}' is not one of its values "
                    f"({', '.join(names)})")
        return None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return f"document field {fld.name}: a multiple choice is a list of value names"
    unknown = [v for v in value if v not in names]
    if unknown:
        return (f"document field {fld.name}: '{unknown[0]}' is not one of its values "
                f"({', '.join(names)})")
    if len(set(value)) != len(value):
        return f"document field {fld.name}: a value is given twice"
    return None


def canonical_value(fld: DocumentField, value: Any) -> DocLabelValue | None:
    """A checked value as stored: None for a cleared field (None, "", []), the choices
    of a multiple field in schema order; text as given."""
    if value is None or value == "" or (fld.type == MULTIPLE and not value):
        return None
    if fld.type == MULTIPLE:
        chosen = set(value)
        return tuple(v for v in fld.value_names if v in chosen)
    return str(value)


def value_text(value: DocLabelValue | None) -> str:
    """A value in one line (for tables, messages and the change log)."""
    if value is None:
        return ""
    return ", ".join(value) if isinstance(value, tuple) else value


def json_value(value: DocLabelValue | None) -> str | list[str] | None:
    """A value as JSON holds it (a multiple choice as a list)."""
    return list(value) if isinstance(value, tuple) else value


def from_json(value: Any) -> DocLabelValue | None:
    """A stored JSON value back as a DocLabelValue (a list becomes a tuple)."""
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return value if isinstance(value, str) else None


# ------------------------------------------------------------------ reading TOML
def read_document_fields(items: Any, problem: Callable[[str], None],
                         text: Callable[[Mapping[str, Any], str, str, bool], str]
                         ) -> tuple[DocumentField, ...]:
    """The `[[document_fields]]` tables; `problem` collects every mistake (the schema
    reports them all at once), `text(d, key, ctx, required)` reads a string."""
    if not isinstance(items, list):
        problem("[[document_fields]] must be a list of tables")
        return ()
    fields: list[DocumentField] = []
    for i, d in enumerate(items):
        ctx = f"document_fields[{i + 1}]"
        if not isinstance(d, dict):
            problem(f"{ctx}: must be a table")
            continue
        name = text(d, "name", ctx, True)
        ctx = f"{ctx} ({name})" if name else ctx
        if name and not _NAME.match(name):
            problem(f"{ctx}: name must start with a letter and use only A-Z, 0-9, _ or -")
        elif name.lower() in RESERVED_FIELD_NAMES:
            problem(f"{ctx}: the name '{name}' is reserved (a column of the text "
                    "classification export)")
        kind = d.get("type", SINGLE)
        if kind not in FIELD_TYPES:
            problem(f"{ctx}: type '{kind}' is not one of single, multiple, text")
            kind = SINGLE
        values = _values(d.get("values", []), kind, ctx, problem, text)
        fields.append(DocumentField(
            name=name, type=kind, ar=text(d, "ar", ctx, False), en=text(d, "en", ctx, False),
            description=text(d, "description", ctx, False), values=values))
    seen: set[str] = set()
    for f in fields:
        if f.name and f.name in seen:
            problem(f"document_fields: field '{f.name}' is defined twice")
        seen.add(f.name)
    keys: dict[str, str] = {}
    for f in fields:
        for v in f.values:
            if v.hotkey and v.hotkey in keys:
                problem(f"document field {f.name}, value {v.name}: hotkey '{v.hotkey}' is "
                        f"already used by {keys[v.hotkey]}")
            elif v.hotkey:
                keys[v.hotkey] = f"{f.name}={v.name}"
    return tuple(fields)


def _values(raw: Any, kind: str, ctx: str, problem: Callable[[str], None],
            text: Callable[[Mapping[str, Any], str, str, bool], str]
            ) -> tuple[FieldValue, ...]:
    if kind == TEXT:
        if raw:
            problem(f"{ctx}: a text field has no 'values'")
        return ()
    if not isinstance(raw, list) or not raw:
        problem(f"{ctx}: 'values' must be a non-empty list (names or tables)")
        return ()
    out: list[FieldValue] = []
    for j, item in enumerate(raw):
        vctx = f"{ctx} value {j + 1}"
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            problem(f"{vctx}: must be a name or a table")
            continue
        name = text(item, "name", vctx, True)
        if name and not _VALUE.match(name):
            problem(f"{vctx}: name '{name}' must not start with a space or hold control "
                    "characters")
        hotkey = text(item, "hotkey", vctx, False)
        if hotkey and (len(hotkey) != 1 or not hotkey.isalnum() or not hotkey.isascii()):
            problem(f"{vctx}: hotkey '{hotkey}' must be one ASCII letter or digit")
        out.append(FieldValue(name=name, ar=text(item, "ar", vctx, False),
                              en=text(item, "en", vctx, False), hotkey=hotkey.upper(),
                              description=text(item, "description", vctx, False)))
    names = [v.name for v in out]
    if len(set(names)) != len(names):
        problem(f"{ctx}: 'values' has duplicates")
    return tuple(out)


def agreed_values(votes: Mapping[str, DocLabels]) -> DocLabels:
    """The fields on which two or more annotators all gave the same value (each of
    them gave one): what "accept agreed" copies into gold."""
    if len(votes) < 2:
        return {}
    layers = list(votes.values())
    names = [n for n in layers[0] if all(n in lv for lv in layers)]
    return {n: layers[0][n] for n in names if all(lv[n] == layers[0][n] for lv in layers)}
