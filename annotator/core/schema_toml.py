"""Writing a label schema back out as TOML: `annotator schema --export` and the schema editor.

The output reads back (`parse_schema`) as the same schema: labels, event types with
their roles and attributes, event attributes and document fields, in order. Python's
`tomllib` only reads TOML, so the few forms we need are written here: basic strings
with escapes (every string the schema holds), integers, booleans, arrays of strings
and inline tables for roles, attributes and field values.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from annotator.core.document_fields import TEXT, DocumentField, FieldValue
from annotator.core.schema import Attribute, Label, Role, Schema, ValueName

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def _escaped(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ord(ch) < 0x20 or ord(ch) == 0x7F:
        return f"\\u{ord(ch):04x}"
    return ch


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    return '"' + "".join(_escaped(ch) for ch in value) + '"'


def _multiline(value: str) -> str:
    """A multi-line basic string (the guideline): line breaks and quotation marks as
    they are, except a quotation mark that would close the string early."""
    out: list[str] = []
    for i, ch in enumerate(value):
        if ch == "\n":
            out.append(ch)
        elif ch == '"':
            closes = value[i + 1:i + 3] == '""' or i == len(value) - 1 or (
                i >= 2 and value[i - 2:i] == '""')
            out.append('\\"' if closes else ch)
        else:
            out.append(_escaped(ch))
    return '"""\n' + "".join(out) + '"""'


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _pairs(pairs: Iterable[tuple[str, str]]) -> str:
    return "{ " + ", ".join(f"{k} = {v}" for k, v in pairs) + " }"


def _label_lines(lb: Label, with_category: bool) -> Iterator[str]:
    yield f"name = {toml_string(lb.name)}"
    if with_category:
        yield f"category = {toml_string(lb.category)}"
    yield f"ar = {toml_string(lb.ar)}"
    yield f"en = {toml_string(lb.en)}"
    yield f"color = {toml_string(lb.color)}"
    if lb.hotkey:
        yield f"hotkey = {toml_string(lb.hotkey)}"
    if lb.description:
        yield f"description = {toml_string(lb.description)}"


def _display_pairs(item: Attribute | Role | ValueName) -> list[tuple[str, str]]:
    """The optional display names, only when given (a schema without them is written
    as before)."""
    return [(key, toml_string(text)) for key in ("ar", "en") if (text := getattr(item, key))]


def _attribute_pairs(a: Attribute) -> list[tuple[str, str]]:
    # The values as plain names and their display names apart (`value_names`): what an
    # earlier annotator reads too (core.schema._Builder._value_names).
    pairs = [("name", toml_string(a.name)), *_display_pairs(a)]
    if a.type != "choice":
        pairs.append(("type", toml_string(a.type)))
    if a.values:
        pairs.append(("values", _strings(a.values)))
    if a.value_names:
        pairs.append(("value_names", "[" + ", ".join(
            _pairs([("name", toml_string(v.name)), *_display_pairs(v)])
            for v in a.value_names) + "]"))
    if a.default is not None:
        default = toml_string(a.default) if isinstance(a.default, str) else str(a.default)
        pairs.append(("default", default))
    return pairs


def _attribute(a: Attribute) -> str:
    return _pairs(_attribute_pairs(a))


def _role(r: Role) -> str:
    pairs = [("name", toml_string(r.name)), *_display_pairs(r),
             ("labels", _strings(r.labels))]
    if r.multiple:
        pairs.append(("multiple", "true"))
    return _pairs(pairs)


def _value(v: FieldValue) -> str:
    pairs = [("name", toml_string(v.name))]
    for key in ("ar", "en", "hotkey", "description"):
        text = getattr(v, key)
        if text:
            pairs.append((key, toml_string(text)))
    return _pairs(pairs)


def _field_lines(f: DocumentField) -> Iterator[str]:
    yield f"name = {toml_string(f.name)}"
    yield f"type = {toml_string(f.type)}"
    for key in ("ar", "en", "description"):
        text = getattr(f, key)
        if text:
            yield f"{key} = {toml_string(text)}"
    if f.type != TEXT:
        yield "values = ["
        yield from (f"    {_value(v)}," for v in f.values)
        yield "]"


def schema_to_toml(schema: Schema) -> str:
    """The schema as a TOML file that `parse_schema` reads back as the same schema."""
    lines = ["# Label schema written by annotator (annotator schema --export).", "",
             "[schema]", f"name = {toml_string(schema.name)}",
             f"version = {schema.version}"]
    if schema.description:
        lines.append(f"description = {toml_string(schema.description)}")
    if schema.guideline:
        lines.append(f"guideline = {_multiline(schema.guideline)}")
    for lb in schema.labels:
        lines += ["", "[[labels]]", *_label_lines(lb, True)]
    for a in schema.event_attributes:
        lines += ["", "[[event_attributes]]",
                  *(f"{k} = {v}" for k, v in _attribute_pairs(a))]
    for et in schema.event_types:
        lines += ["", "[[event_types]]", *_label_lines(et.label, False)]
        lines += ["roles = [", *(f"    {_role(r)}," for r in et.roles), "]"]
        if et.attributes:
            lines += ["attributes = [", *(f"    {_attribute(a)}," for a in et.attributes), "]"]
    for f in schema.document_fields:
        lines += ["", "[[document_fields]]", *_field_lines(f)]
    return "\n".join(lines) + "\n"
