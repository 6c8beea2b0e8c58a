"""Help → Keyboard shortcuts lists every key the window has, read from the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidget

from annotator.ui.dialogs.shortcuts_dialog import ShortcutsDialog


def listed(dialog: ShortcutsDialog) -> dict[str, str]:
    tree = dialog.findChild(QTreeWidget, "shortcutsList")
    out = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            out[group.child(j).text(0)] = group.child(j).text(1)
    return out


def test_every_action_with_a_key_is_listed_with_its_keys(win, gui) -> None:
    gui.key(win.text_view, Qt.Key.Key_F1)
    (dialog,) = [d for d in win.findChildren(ShortcutsDialog) if d.isVisible()]
    rows = listed(dialog)
    for action in win.findChildren(QAction):
        if action.shortcuts() and action.objectName():
            text = action.text().replace("&", "")
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts())
            assert rows.get(text) == keys, (action.objectName(), text)
    assert rows["Start one word earlier"] == "Alt+Right"
    assert rows["PER · شخص"] == "1"
    assert rows["relevance = relevant"] == "Y"
    assert "Drag a selected span's edge" in rows.values()
