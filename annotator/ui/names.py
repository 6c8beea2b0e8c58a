"""Which of a schema's names the interface shows: Arabic or English.

A schema gives every label, document field and value an Arabic and an English name.
The interface shows the one of its own language (QLocale's default: the system's, or
what the language switch sets), so an Arabic interface shows Arabic label names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QLocale


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


def shown_labels(labels: Iterable[HasArabicName]) -> dict[str, str]:
    """Label code -> what tables show for it (shown_label)."""
    return {lb.name: shown_label(lb, lb.name) for lb in labels}
