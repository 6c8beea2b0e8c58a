"""Help → Keyboard shortcuts: every key of the window, read from the window itself.

The list is generated each time from the menus' actions and their shortcuts, the
schema's label hotkeys and the document fields' value keys, so it cannot drift from
what the keys do. Keys that are not actions (selecting text, dragging a span's edge)
are listed from the text view's own handling.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.schema import Schema
from annotator.ui.bidi import LeftToRightDelegate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def text_keys() -> list[tuple[str, str]]:
    """Keys of the text itself (not menu actions)."""
    return [
        (_tr("Shift+arrows"), _tr("Select text (snapped to whole words)")),
        (_tr("Alt+drag"), _tr("Select exact characters")),
        (_tr("Drag a selected span's edge"), _tr("Move its start or end (Alt: exact "
                                                  "characters)")),
        (_tr("Escape"), _tr("Clear the selection")),
    ]


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts())


def _menu_rows(menu: QMenu, prefix: str) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, f"{prefix} → {sub.title().replace('&', '')}")
        elif action.shortcuts():
            rows.append((prefix, action.text().replace("&", ""), _keys(action)))
    return rows


def shortcut_rows(menu_bar: QMenuBar, schema: Schema) -> list[tuple[str, str, str]]:
    """(group, what, keys) for every key of the window."""
    rows: list[tuple[str, str, str]] = []
    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, menu.title().replace("&", ""))
    labels = _tr("Labels (text view)")
    for lb in schema.all_labels:
        if lb.hotkey:
            rows.append((labels, f"{lb.name} · {lb.ar}", lb.hotkey))
    panel = _tr("Document panel (Ctrl+D)")
    for fld in schema.document_fields:
        for v in fld.values:
            if v.hotkey:
                rows.append((panel, f"{fld.name} = {v.name}", v.hotkey))
    rows += [(_tr("Text"), what, keys) for keys, what in text_keys()]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, schema: Schema,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setHeaderLabels([_tr("What"), _tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.setItemDelegateForColumn(1, LeftToRightDelegate(self.tree))
        groups: dict[str, QTreeWidgetItem] = {}
        for group, what, keys in shortcut_rows(menu_bar, schema):
            parent_item = groups.get(group)
            if parent_item is None:
                parent_item = groups[group] = QTreeWidgetItem([group, ""])
                self.tree.addTopLevelItem(parent_item)
            parent_item.addChild(QTreeWidgetItem([what, keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
