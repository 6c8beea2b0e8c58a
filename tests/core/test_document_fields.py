"""Document fields in a schema, Shift+digit hotkeys, and what a field's value may be."""

from __future__ import annotations

import pytest

from annotator.core.document_fields import (
    agreed_values,
    canonical_value,
    field_value_problem,
)
from annotator.core.errors import SchemaError
from annotator.core.schema import RESERVED_KEYS, load_schema, parse_schema

HEAD = """
[schema]
name = "fields"

[[labels]]
name = "PER"
category = "actor"
ar = "شخص"
en = "Person"
color = "#e6194b"
hotkey = "1"
"""

FIELDS = HEAD + """
[[document_fields]]
name = "relevance"
type = "single"
ar = "الصلة"
en = "Relevance"
values = [
    { name = "relevant", ar = "ذو صلة", en = "Relevant", hotkey = "y" },
    "not_relevant",
]

[[document_fields]]
name = "countries"
type = "multiple"
values = ["iraq", "syria", "iran"]

[[document_fields]]
name = "note"
type = "text"
"""


def problems(text: str, **kwargs) -> str:
    with pytest.raises(SchemaError) as info:
        parse_schema(text, "test.toml", **kwargs)
    return str(info.value)


def test_fields_are_read_with_their_values_names_and_keys() -> None:
    schema = parse_schema(FIELDS)
    relevance, countries, note = schema.document_fields
    assert (relevance.type, relevance.value_names) == ("single", ("relevant", "not_relevant"))
    assert relevance.display("ar") == "الصلة" and relevance.display("en") == "Relevance"
    value = relevance.value("relevant")
    assert value is not None and (value.hotkey, value.display("ar")) == ("Y", "ذو صلة")
    assert relevance.value("not_relevant").display("ar") == "not_relevant"  # no names: the name
    assert countries.type == "multiple" and note.type == "text" and note.values == ()
    assert schema.document_field("note") is note and schema.document_field("x") is None


def test_the_default_schema_has_the_domain_fields() -> None:
    fields = {f.name: f for f in load_schema().document_fields}
    assert {"relevance", "source_kind", "main_event_type"} <= set(fields)
    assert fields["relevance"].type == "single"
    types = {v.name for v in fields["main_event_type"].values}
    assert {et.name for et in load_schema().event_types} <= types


@pytest.mark.parametrize(("table", "expected"), [
    ('name = "a"\ntype = "choice"\nvalues = ["x"]', "type 'choice' is not one of single"),
    ('name = "a"\ntype = "single"', "'values' must be a non-empty list"),
    ('name = "a"\ntype = "single"\nvalues = ["x", "x"]', "'values' has duplicates"),
    ('name = "a"\ntype = "text"\nvalues = ["x"]', "a text field has no 'values'"),
    ('name = "text"\ntype = "text"', "the name 'text' is reserved"),
    ('name = "9a"\ntype = "text"', "name must start with a letter"),
    ('name = "a"\ntype = "single"\nvalues = [{ name = "x", hotkey = "F1" }]',
     "hotkey 'F1' must be one ASCII letter or digit"),
    ('name = "a"\ntype = "single"\nvalues = [{ name = " x" }]', "must not start with a space"),
])
def test_a_bad_field_is_refused_with_a_line_naming_it(table: str, expected: str) -> None:
    assert expected in problems(HEAD + "\n[[document_fields]]\n" + table)


def test_two_values_with_one_key_are_refused_across_fields() -> None:
    text = HEAD + """
[[document_fields]]
name = "a"
values = [{ name = "x", hotkey = "K" }]

[[document_fields]]
name = "b"
values = [{ name = "y", hotkey = "k" }]
"""
    assert "document field b, value y: hotkey 'K' is already used by a=x" in problems(text)


def test_a_field_defined_twice_is_refused() -> None:
    text = HEAD + '\n[[document_fields]]\nname = "a"\ntype = "text"\n' * 2
    assert "field 'a' is defined twice" in problems(text)


# ---------------------------------------------------------------------- hotkeys
def with_hotkey(key: str) -> str:
    return HEAD + f"""
[[labels]]
name = "TENTH"
category = "other"
ar = "عاشر"
en = "Tenth"
color = "#123456"
hotkey = "{key}"
"""


@pytest.mark.parametrize(("given", "stored"), [("shift+0", "Shift+0"), ("Shift+7", "Shift+7"),
                                                ("q", "Q"), ("0", "0")])
def test_labels_beyond_nine_take_letters_or_shift_digits(given: str, stored: str) -> None:
    schema = parse_schema(with_hotkey(given), reserved=RESERVED_KEYS)
    assert schema.label("TENTH").hotkey == stored


@pytest.mark.parametrize("key", ["Shift+A", "Ctrl+1", "F2", "Shift+", "11"])
def test_other_hotkeys_are_refused(key: str) -> None:
    assert f"hotkey '{key}' must be one ASCII letter or digit, or Shift+digit" in problems(
        with_hotkey(key))


def test_a_shift_digit_used_twice_and_a_program_key_are_refused() -> None:
    text = with_hotkey("Shift+1").replace('hotkey = "1"', 'hotkey = "shift+1"')
    assert "TENTH: hotkey 'Shift+1' is already used by PER" in problems(text)
    assert "hotkey 'X' is the program's key" in problems(with_hotkey("x"),
                                                         reserved=RESERVED_KEYS)


# ------------------------------------------------------------------------ values
def test_what_a_field_accepts() -> None:
    relevance, countries, note = parse_schema(FIELDS).document_fields
    assert field_value_problem(relevance, "relevant") is None
    assert field_value_problem(relevance, None) is None  # clearing
    assert "'maybe' is not one of its values (relevant, not_relevant)" in (
        field_value_problem(relevance, "maybe") or "")
    assert field_value_problem(countries, ["syria", "iraq"]) is None
    assert "a value is given twice" in (field_value_problem(countries, ["iraq", "iraq"]) or "")
    assert "a list of value names" in (field_value_problem(countries, "iraq") or "")
    assert "must be a string" in (field_value_problem(note, 5) or "")
    assert field_value_problem(None, "x", "other") == "unknown document field 'other'"


def test_values_are_stored_in_schema_order_and_empty_means_cleared() -> None:
    relevance, countries, note = parse_schema(FIELDS).document_fields
    assert canonical_value(countries, ["iran", "iraq"]) == ("iraq", "iran")
    assert canonical_value(countries, []) is None
    assert canonical_value(note, "") is None and canonical_value(relevance, None) is None
    assert canonical_value(note, "نص") == "نص"


def test_agreed_values_need_two_annotators_giving_the_same_value() -> None:
    a = {"relevance": "relevant", "countries": ("iraq",), "note": "x"}
    b = {"relevance": "relevant", "countries": ("iraq", "iran"), "note": "x"}
    assert agreed_values({"a": a, "b": b}) == {"relevance": "relevant", "note": "x"}
    assert agreed_values({"a": a}) == {}
    assert agreed_values({"a": a, "b": {}}) == {}  # b did not set them: nothing agreed
