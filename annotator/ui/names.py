"""Which of a schema's names the interface shows: Arabic or English.

A schema gives every label, document field and value an Arabic and an English name.
The interface shows the one of its own language (QLocale's default: the system's, or
what the language switch sets), so an Arabic interface shows Arabic label names.
"""

from __future__ import annotations

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
