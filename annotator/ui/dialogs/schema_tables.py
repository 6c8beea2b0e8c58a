"""Editable tables of the schema editor: rows of text cells (some with a fixed set of
choices), each row carrying a key that survives edits (a label's original name, so a
renamed label is told from a new one), with Add, Remove, Up and Down buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY = Qt.ItemDataRole.UserRole
YES, NO = "yes", "no"  # a check box column's values


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchemaEditor", text)


class EditTable(QWidget):
    """A table with its buttons. `choices`: column -> the values its combo box offers;
    `checks`: columns shown as a check box (their value "yes" or "no")."""

    edited = Signal()
    currentRowChanged = Signal(int)

    def __init__(self, name: str, columns: Sequence[str],
                 choices: dict[int, Sequence[str]] | None = None,
                 checks: frozenset[int] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = dict(choices or {})
        self.checks = checks
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc: self.currentRowChanged.emit(row))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("add", _tr("Add")), ("remove", _tr("Remove")),
                          ("up", _tr("Up")), ("down", _tr("Down"))):
            button = QPushButton(text)
            button.setObjectName(f"{name}_{key}")
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.buttons["add"].clicked.connect(lambda: self.add_row())
        self.buttons["remove"].clicked.connect(self.remove_current)
        self.buttons["up"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_current(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # -------------------------------------------------------------------- rows
    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any] = ()) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for n, row in enumerate(rows):
            self._insert(self.table.rowCount(), list(row), keys[n] if n < len(keys) else None)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _insert(self, at: int, values: list[str], key: Any) -> None:
        self.table.insertRow(at)
        for column in range(self.table.columnCount()):
            value = values[column] if column < len(values) else ""
            if column in self.choices:
                combo = QComboBox()
                combo.addItems(list(self.choices[column]))
                combo.setCurrentText(value or self.choices[column][0])
                combo.currentTextChanged.connect(lambda _text: self.edited.emit())
                self.table.setCellWidget(at, column, combo)
            elif column in self.checks:
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value == YES
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(at, column, item)
            else:
                self.table.setItem(at, column, QTableWidgetItem(value))
        first = self.table.item(at, 0)
        if first is not None:
            first.setData(KEY, key)

    def add_row(self, values: Sequence[str] = (), key: Any = None) -> int:
        """A new row at the end (selected, its first cell being edited)."""
        at = self.table.rowCount()
        self.table.blockSignals(True)
        self._insert(at, list(values), key)
        self.table.blockSignals(False)
        self.table.setCurrentCell(at, 0)
        self.edited.emit()
        return at

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def move_current(self, delta: int) -> None:
        row = self.table.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        values, key = self.row(row), self.key(row)
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self._insert(other, values, key)
        self.table.blockSignals(False)
        self.table.setCurrentCell(other, 0)
        self.edited.emit()

    # ------------------------------------------------------------------- reads
    def row_count(self) -> int:
        return self.table.rowCount()

    def cell(self, row: int, column: int) -> str:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return widget.currentText()
        item = self.table.item(row, column)
        if item is not None and column in self.checks:
            return YES if item.checkState() == Qt.CheckState.Checked else NO
        return item.text().strip() if item is not None else ""

    def set_cell(self, row: int, column: int, value: str) -> None:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            widget.setCurrentText(value)
            return
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(value))
        elif column in self.checks:
            item.setCheckState(Qt.CheckState.Checked if value == YES
                               else Qt.CheckState.Unchecked)
        else:
            item.setText(value)

    def row(self, row: int) -> list[str]:
        return [self.cell(row, c) for c in range(self.table.columnCount())]

    def rows(self) -> list[list[str]]:
        return [self.row(r) for r in range(self.table.rowCount())]

    def key(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(KEY) if item is not None else None

    def keys(self) -> list[Any]:
        return [self.key(r) for r in range(self.table.rowCount())]


def split_names(text: str) -> tuple[str, ...]:
    """ "PER, ORG  GPE" -> ("PER", "ORG", "GPE"): commas or spaces between label names
    (which hold no spaces)."""
    return tuple(x for x in text.replace(",", " ").split() if x)


def split_values(text: str) -> tuple[str, ...]:
    """ "a, b c" -> ("a", "b c"): values are separated by commas."""
    return tuple(x.strip() for x in text.split(",") if x.strip())
