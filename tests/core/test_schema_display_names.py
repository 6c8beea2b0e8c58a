"""Display names of event roles, attributes and attribute values (`ar`, `en`): read,
checked, written back, and never part of what merge or sync compare."""

from __future__ import annotations

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import load_schema, parse_schema
from annotator.core.schema_toml import schema_to_toml
from annotator.store.merge import schema_difference

PLAIN = """
[schema]
name = "plain"
version = 3

[[labels]]
name = "PER"
category = "actor"
ar = "شخص"
en = "Person"
color = "#e6194b"

[[event_attributes]]
name = "polarity"
values = ["positive", "negative"]
default = "positive"

[[event_types]]
name = "ATTACK"
ar = "هجوم"
en = "Attack"
color = "#d62728"
roles = [
    { name = "Attacker", labels = ["PER"] },
]
attributes = [
    { name = "mode", values = ["air_drone_strike", "other"] },
    { name = "count", type = "integer" },
]
"""

NAMED = PLAIN.replace(
    'name = "polarity"\n', 'name = "polarity"\nar = "القطبية"\nen = "Polarity"\n').replace(
    'values = ["positive", "negative"]',
    'values = [{ name = "positive", ar = "مُثبَت", en = "Positive" }, "negative"]').replace(
    '{ name = "Attacker", labels', '{ name = "Attacker", ar = "المهاجِم", labels').replace(
    '{ name = "mode", values = ["air_drone_strike", "other"] }',
    '{ name = "mode", ar = "نوع الهجوم", values = [{ name = "air_drone_strike", '
    'ar = "غارة جوية", en = "Air strike" }, "other"] }')


def test_a_schema_without_display_names_reads_and_writes_as_before() -> None:
    schema = parse_schema(PLAIN)
    attack = schema.event_type("ATTACK")
    assert attack is not None
    role = attack.roles[0]
    assert (role.ar, role.en, role.display("ar"), role.display("en")) == (
        "", "", "Attacker", "Attacker")
    mode = attack.attributes[0]
    assert mode.values == ("air_drone_strike", "other") and mode.value_names == ()
    assert mode.value_display("air_drone_strike", "ar") == "air_drone_strike"
    text = schema_to_toml(schema)
    # Nothing new in the file: bare value lists, no display names on roles or attributes.
    assert 'values = ["air_drone_strike", "other"]' in text
    assert 'values = ["positive", "negative"]' in text
    assert '{ name = "Attacker", labels = ["PER"] }' in text
    again = parse_schema(text)
    assert again.event_types == schema.event_types
    assert again.event_attributes == schema.event_attributes
    assert schema_to_toml(again) == text


def test_display_names_are_read_shown_and_written_back() -> None:
    schema = parse_schema(NAMED)
    attack = schema.event_type("ATTACK")
    assert attack is not None
    attacker = attack.role("Attacker")
    assert attacker is not None and attacker.display("ar") == "المهاجِم"
    assert attacker.display("en") == "Attacker"  # no English name: the code
    polarity = schema.event_attributes[0]
    assert (polarity.display("ar"), polarity.display("en")) == ("القطبية", "Polarity")
    assert polarity.values == ("positive", "negative")  # stored values stay the codes
    assert polarity.value_display("positive", "ar") == "مُثبَت"
    assert polarity.value_display("positive", "en") == "Positive"
    assert polarity.value_display("negative", "ar") == "negative"
    mode = attack.attributes[0]
    assert mode.display("en") == "mode" and mode.display("ar") == "نوع الهجوم"
    assert mode.value_display("air_drone_strike", "ar") == "غارة جوية"
    assert schema.default_attributes("ATTACK") == {"polarity": "positive"}
    again = parse_schema(schema_to_toml(schema))
    assert again.event_types == schema.event_types
    assert again.event_attributes == schema.event_attributes


def test_display_names_do_not_make_two_schemas_differ_for_merge_and_sync() -> None:
    assert schema_difference(parse_schema(PLAIN), parse_schema(NAMED)) is None
    renamed = NAMED.replace('"other"] }', '"other", "shelling"] }')
    assert schema_difference(parse_schema(PLAIN), parse_schema(renamed)) == (
        "label ATTACK is defined differently")


@pytest.mark.parametrize(("toml", "problem"), [
    ('values = [{ ar = "مُثبَت" }, "negative"]', "'name' is missing"),
    ('values = [3, "negative"]', "value 1: must be a name or a table"),
    ('values = [{ name = "positive", ar = 5 }, "negative"]', "'ar' must be a string"),
    ('values = [{ name = "negative" }, "negative"]', "'values' has duplicates"),
])
def test_bad_value_tables_are_refused_with_their_place(toml: str, problem: str) -> None:
    text = PLAIN.replace('values = ["positive", "negative"]', toml)
    with pytest.raises(SchemaError) as caught:
        parse_schema(text, "x.toml")
    assert "event_attributes[1] (polarity)" in str(caught.value)
    assert problem in str(caught.value)


def test_a_role_name_that_is_not_text_is_refused() -> None:
    text = NAMED.replace('ar = "المهاجِم"', "ar = 1")
    with pytest.raises(SchemaError, match=r"role 1: 'ar' must be a string"):
        parse_schema(text)


def test_the_default_schema_names_every_role_attribute_and_value_in_arabic() -> None:
    schema = load_schema()
    missing = []
    for et in schema.event_types:
        missing += [f"{et.name} role {r.name}" for r in et.roles if not r.ar]
        for a in schema.attributes_for(et.name):
            if not a.ar:
                missing.append(f"{et.name} attribute {a.name}")
            named = {v.name for v in a.value_names if v.ar}
            missing += [f"{et.name} {a.name}={v}" for v in a.values if v not in named]
    assert missing == []
    arabic = [r.display("ar") for et in schema.event_types for r in et.roles]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in name) for name in arabic)
    assert schema.event_type("ATTACK").role("Attacker").display("ar") == "المهاجِم"


def _attribute_tables(data: dict) -> list[dict]:
    return [*data.get("event_attributes", []),
            *(a for et in data.get("event_types", []) for a in et.get("attributes", []))]


def test_schemas_with_value_names_stay_readable_by_an_earlier_annotator() -> None:
    """An earlier annotator reads `values` as a list of names only (and passes over keys it
    does not know): the default schema and every schema written out keep them so, with
    the display names apart in `value_names`. A team can then upgrade one member at a
    time: the team server's stored schema does not stop the others' syncs."""
    import tomllib

    from annotator.core.schema import default_schema_path

    default = default_schema_path().read_text(encoding="utf-8")
    written = schema_to_toml(load_schema())
    for text in (default, written):
        tables = _attribute_tables(tomllib.loads(text))
        assert tables and all(
            all(isinstance(v, str) for v in a.get("values", [])) for a in tables)
        assert any(a.get("value_names") for a in tables)
    again = parse_schema(written)
    mode = next(a for et in again.event_types for a in et.attributes if a.name == "mode")
    assert mode.value_display("air_drone_strike", "ar") != "air_drone_strike"
