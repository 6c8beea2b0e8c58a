"""Which of a schema's names the interface shows: Arabic or English.

A schema gives every label, document field and value an Arabic and an English name,
and may give them to event roles, attributes and attribute values. The interface shows
the one of its own language (QLocale's default: the system's, or what the language
switch sets), so an Arabic interface shows Arabic label and role names. What is stored
stays the code (Attacker, air_drone_strike): only what is shown changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QLocale

from annotator.core.document_fields import TEXT, DocLabelValue, DocumentField, value_text
from annotator.core.schema import Attribute, Schema
from annotator.ui.bidi import isolate


class Named(Protocol):
    def display(self, language: str = "en") -> str: ...


def interface_language() -> str:
    """"ar" when the interface is in Arabic, else "en"."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def shown_name(item: Named) -> str:
    """A label's, field's or value's name in the interface language."""
    return item.display(interface_language())


class HasArabicName(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def ar(self) -> str: ...


def shown_label(label: HasArabicName | None, code: str) -> str:
    """A label or event type in a table or panel: its code in English (what exports and
    the schema use), its Arabic name in an Arabic interface."""
    if label is not None and label.ar and interface_language() == "ar":
        return label.ar
    return code


def shown_code(schema: Schema, code: str) -> str:
    """A label or event type of the schema, by its code, as shown (the code if unknown)."""
    return shown_label(schema.label(code), code)


def shown_labels(labels: Iterable[HasArabicName]) -> dict[str, str]:
    """Label code -> what tables show for it (shown_label)."""
    return {lb.name: shown_label(lb, lb.name) for lb in labels}


def shown_doc_label(fld: DocumentField | None, name: str,
                    value: DocLabelValue | None) -> str:
    """"field = value" with the field's and the values' names in the interface language
    (as the Document panel shows them); a free text as typed, "—" for a cleared field."""
    field = shown_name(fld) if fld is not None else name
    if value is None:
        return f"{field} = —"
    if fld is None or fld.type == TEXT:
        return f"{field} = {isolate(value_text(value))}"
    chosen = value if isinstance(value, tuple) else (value,)
    comma = "، " if interface_language() == "ar" else ", "
    return f"{field} = " + comma.join(
        shown_name(known) if (known := fld.value(v)) is not None else v for v in chosen)


def shown_role(schema: Schema, event_type: str, role: str) -> str:
    """An event role in the interface language (its code when the schema names it not)."""
    et = schema.event_type(event_type)
    found = et.role(role) if et is not None else None
    return found.display(interface_language()) if found is not None else role


def _attribute(schema: Schema, event_type: str, name: str) -> Attribute | None:
    return next((a for a in schema.attributes_for(event_type) if a.name == name), None)


def shown_attribute(schema: Schema, event_type: str, name: str) -> str:
    """An event attribute's name in the interface language."""
    attr = _attribute(schema, event_type, name)
    return attr.display(interface_language()) if attr is not None else name


def shown_value(schema: Schema, event_type: str, name: str, value: object) -> str:
    """A stored attribute value in the interface language (a number as it is)."""
    attr = _attribute(schema, event_type, name)
    return attr.value_display(value, interface_language()) if attr is not None else str(value)


def shown_attributes(schema: Schema, event_type: str, values: Mapping[str, object]) -> str:
    """ "polarity=positive, ..." with names and values in the interface language, in
    the stored order of names."""
    comma = "، " if interface_language() == "ar" else ", "
    return comma.join(f"{shown_attribute(schema, event_type, k)}="
                      f"{shown_value(schema, event_type, k, v)}"
                      for k, v in sorted(values.items()))
