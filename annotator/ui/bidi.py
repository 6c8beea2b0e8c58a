"""Showing Arabic user text inside a left-to-right interface.

Unicode isolates keep a span's text from reordering the label and offsets around it.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

LRM = "\u200e"
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def plain_tooltip(text: str) -> str:
    """Tooltips are rich text when they look like HTML: make user text show as typed."""
    return QtGui.Qt.convertFromPlainText(text)


class RightToLeftDelegate(QStyledItemDelegate):
    """Lays a column's text out right to left, so a title starting with a quotation
    mark or a digit keeps it at the right end."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.RightToLeft
        option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


class LeftToRightDelegate(QStyledItemDelegate):
    """Lays a column of key sequences out left to right in a mirrored (Arabic) window,
    so "Ctrl+=, Ctrl++" does not lose its order to the neutral characters."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
