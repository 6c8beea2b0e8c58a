"""A schema written out as TOML (annotator schema --export, the schema editor) reads back
as the same schema."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.document_fields import DocumentField, FieldValue
from annotator.core.schema import Label, Schema, load_schema, parse_schema
from annotator.core.schema_toml import schema_to_toml, toml_string


def same(a: Schema, b: Schema) -> bool:
    return replace(a, source="") == replace(b, source="")


def test_the_default_schema_round_trips() -> None:
    schema = load_schema()
    text = schema_to_toml(schema)
    again = parse_schema(text)
    assert same(again, schema)
    assert schema_to_toml(again) == text  # and writing it again gives the same file
    assert again.document_fields and again.event_types[0].roles


# Any text a schema may hold: Arabic, quotes, backslashes, line breaks, tabs, controls.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(description=TEXT, guideline=TEXT, label_text=TEXT, value_name=st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12))
def test_any_text_round_trips(description: str, guideline: str, label_text: str,
                              value_name: str) -> None:
    base = load_schema()
    name = label_text if label_text.strip() else "x"  # a blank name is refused, rightly
    lb = replace(base.labels[0], ar=name, en=name, description=label_text)
    fld = DocumentField("f", "single", label_text, label_text, label_text,
                        (FieldValue(value_name, label_text, label_text, "", label_text),))
    schema = replace(base, description=description.strip(), guideline=guideline.strip(),
                     labels=(lb, *base.labels[1:]), document_fields=(fld,))
    again = parse_schema(schema_to_toml(schema))
    assert same(again, schema)


def test_basic_strings_escape_what_toml_needs() -> None:
    for text in ['say "hi"', "back\\slash", "line\nbreak", "bell\x07", "\u0651تشديد"]:
        assert tomllib.loads("x = " + toml_string(text))["x"] == text


def test_fifteen_labels_with_shift_digits_round_trip() -> None:
    base = load_schema()
    extra = tuple(Label(f"L{n}", "other", f"ع{n}", f"L{n}", "#101010", f"Shift+{n % 10}",
                        "", len(base.labels) + n) for n in range(1, 7))
    schema = replace(base, labels=base.labels + extra)
    again = parse_schema(schema_to_toml(schema))
    assert [lb.hotkey for lb in again.labels][-6:] == [f"Shift+{n % 10}" for n in range(1, 7)]
    assert schema_to_toml(again) == schema_to_toml(schema)
