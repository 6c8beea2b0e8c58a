"""The label schema: the shipped TOML loads, and broken schemas give clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import SchemaError
from annotator.core.schema import default_schema_path, load_schema, parse_schema

DEFAULT_TOML = default_schema_path().read_text(encoding="utf-8")

SMALL = """
[schema]
name = "small"
version = 2

[[labels]]
name = "PER"
category = "actor"
ar = "شخص"
en = "Person"
color = "#e6194b"
hotkey = "1"

[[labels]]
name = "GPE"
category = "location"
ar = "كيان"
en = "Place"
color = "#3cb44b"
hotkey = "2"

[[event_attributes]]
name = "polarity"
values = ["positive", "negative"]
default = "positive"

[[event_types]]
name = "ATTACK"
ar = "هجوم"
en = "Attack"
color = "#d62728"
hotkey = "A"
roles = [
    { name = "Attacker", labels = ["PER", "GPE"] },
    { name = "Place", labels = ["GPE"] },
]
"""


def problems(text: str) -> str:
    with pytest.raises(SchemaError) as info:
        parse_schema(text, "test.toml")
    message = str(info.value)
    assert message.startswith("test.toml: ")
    return message


def test_default_schema_is_the_shipped_file() -> None:
    assert default_schema_path().is_file()
    assert default_schema_path().parts[-2:] == ("schemas", "default.toml")
    schema = load_schema()
    assert (schema.name, schema.version) == ("default", 1)
    assert [lb.name for lb in schema.labels] == [
        "PER", "ORG", "ARMED_GROUP", "MILITARY", "GPE", "FAC", "LOC", "DATE", "WEAPON",
    ]
    assert [lb.hotkey for lb in schema.labels] == [str(i) for i in range(1, 10)]
    assert [e.name for e in schema.event_types] == [
        "ATTACK", "THREATEN", "CONTACT", "CASUALTY", "CLAIM",
    ]
    assert all(lb.category == "event" for lb in schema.all_labels[9:])
    assert schema.label("GPE") is not None and schema.label("GPE").ar == "كيان جغرافي سياسي"


def test_default_schema_event_roles_and_attributes() -> None:
    schema = load_schema()
    attack = schema.event_type("ATTACK")
    assert attack is not None
    assert [r.name for r in attack.roles] == ["Attacker", "Target", "Instrument", "Place", "Time"]
    assert attack.role("Instrument").labels == ("WEAPON",)
    assert attack.role("Target").multiple is True
    assert schema.default_attributes("ATTACK") == {"polarity": "positive", "modality": "asserted"}
    assert {a.name for a in schema.attributes_for("ATTACK")} == {"polarity", "modality", "mode"}
    count = next(a for a in schema.attributes_for("CASUALTY") if a.name == "count")
    assert count.type == "integer"
    # A role may be filled by an event's trigger (CLAIM claims an ATTACK).
    assert "ATTACK" in schema.event_type("CLAIM").role("Claimed").labels


def test_small_schema_parses() -> None:
    schema = parse_schema(SMALL)
    assert schema.name == "small" and schema.version == 2
    assert schema.label_names() == {"PER", "GPE", "ATTACK"}
    assert schema.label("ATTACK").hotkey == "A"
    assert schema.source == SMALL


def test_load_schema_from_a_project_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(SMALL, encoding="utf-8")
    assert load_schema(path).name == "small"


def test_missing_schema_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="cannot read schema"):
        load_schema(tmp_path / "nope.toml")


def test_invalid_toml() -> None:
    message = problems(SMALL + "\n[[labels]\nname = 'broken'\n")
    assert "not valid TOML" in message


def test_duplicate_hotkey_names_both_labels() -> None:
    message = problems(SMALL.replace('hotkey = "2"', 'hotkey = "1"'))
    assert "hotkey '1' is already used by PER" in message
    assert "GPE" in message


def test_duplicate_hotkey_is_case_insensitive() -> None:
    text = SMALL.replace('hotkey = "2"', 'hotkey = "a"')
    assert "hotkey 'A' is already used" in problems(text)


def test_role_naming_an_unknown_label() -> None:
    message = problems(SMALL.replace('labels = ["GPE"] }', 'labels = ["GPE", "CITY"] }'))
    assert "event type ATTACK, role Place: names unknown label 'CITY'" in message


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#gg0000", "e6194b"])
def test_bad_colour(colour: str) -> None:
    message = problems(SMALL.replace('color = "#3cb44b"', f'color = "{colour}"'))
    assert f"labels[2] (GPE): color '{colour}' is not of the form #rrggbb" in message


def test_attribute_default_not_among_values() -> None:
    message = problems(SMALL.replace('default = "positive"', 'default = "maybe"'))
    assert "event_attributes[1] (polarity): default 'maybe' is not one of its values" in message


def test_every_problem_is_reported_at_once() -> None:
    text = (
        SMALL.replace('color = "#3cb44b"', 'color = "green"')
        .replace('default = "positive"', 'default = "maybe"')
        .replace('hotkey = "2"', 'hotkey = "1"')
    )
    message = problems(text)
    assert "color 'green'" in message
    assert "default 'maybe'" in message
    assert "hotkey '1'" in message
    assert len(message.splitlines()) == 4  # header line + one line per problem


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (('name = "GPE"', 'name = "PER"'), "name 'PER' is defined twice"),
        (('category = "location"', 'category = "place"'), "category 'place'"),
        (('hotkey = "2"', 'hotkey = "22"'), "must be one ASCII letter or digit"),
        (('version = 2', 'version = 0'), "'version' must be a positive integer"),
        (('name = "GPE"', 'name = "2GPE"'), "name must start with a letter"),
        (('en = "Place"\n', ''), "labels[2] (GPE): 'en' is missing"),
        (('{ name = "Place", labels = ["GPE"] }', '{ name = "Place", labels = [] }'),
         "role 'Place': 'labels' must list the allowed labels"),
        (('{ name = "Place", labels = ["GPE"] }', '{ name = "Attacker", labels = ["GPE"] }'),
         "role 'Attacker' is defined twice"),
        (('roles = [', 'roles = 5\nold_roles = ['), "'roles' must be a list of tables"),
        (('labels = ["GPE"] }', 'labels = [{ x = 1 }] }'), "'labels' must list"),
    ],
)
def test_other_schema_mistakes(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in SMALL
    assert expected in problems(SMALL.replace(old, new, 1))


def test_schema_without_labels() -> None:
    assert "needs at least one label" in problems('[schema]\nname = "empty"\n')


def test_the_shipped_schema_reports_a_broken_copy(tmp_path: Path) -> None:
    """A project's own copy of default.toml with one mistake is reported by path."""
    broken = tmp_path / "default.toml"
    broken.write_text(DEFAULT_TOML.replace('hotkey = "9"', 'hotkey = "1"'), encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load_schema(broken)
    assert str(broken) in str(info.value)
    assert "WEAPON: hotkey '1' is already used by PER" in str(info.value)
