"""Showing Arabic user text inside left-to-right interface strings.

Unicode isolates keep a span's text from reordering the label and offsets around it.
"""

from __future__ import annotations

LRM = "\u200e"
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}"
