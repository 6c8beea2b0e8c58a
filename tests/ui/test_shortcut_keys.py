"""The program's single-key shortcuts and the schema's label hotkeys never share a key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from annotator.core.schema import RESERVED_KEYS, default_schema_path, parse_schema
from annotator.store.repository import Repository


def single_keys(win) -> dict[str, list[str]]:
    """Every unmodified letter or digit that a window action takes, with the actions."""
    keys: dict[str, list[str]] = {}
    for action in win.findChildren(QAction):
        for sequence in action.shortcuts():
            if sequence.count() != 1:
                continue
            combo = sequence[0]
            key = combo.key()
            letter_or_digit = Qt.Key.Key_A <= key <= Qt.Key.Key_Z or \
                Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            if letter_or_digit and combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
                keys.setdefault(chr(key.value), []).append(action.objectName())
    return keys


def test_every_single_key_shortcut_is_reserved_from_label_hotkeys(win) -> None:
    used = single_keys(win)
    assert used, "the window has single-key shortcuts (R, J, X, E)"
    assert set(used) == set(RESERVED_KEYS), used
    assert not set(used) & {lb.hotkey for lb in win.schema.all_labels}


def test_a_project_with_a_clashing_stored_schema_warns(tmp_path: Path, open_window) -> None:
    toml = default_schema_path().read_text(encoding="utf-8").replace(
        'hotkey = "L"', 'hotkey = "R"')
    path = tmp_path / "old.db"
    repo = Repository.open(path)
    repo.switch_schema(parse_schema(toml, "an older file"))  # stored before the check
    repo.close()
    win = open_window(path)
    box = win.findChild(QMessageBox, "reservedKeysWarning")
    assert box is not None and box.isVisible()
    assert "CLAIM: hotkey 'R' is the program's key for Add span as argument" in box.text()
    box.close()


def test_no_key_is_given_twice_to_any_action(win) -> None:
    """On X11 the standard Redo key is Ctrl+Shift+Z, which Redo is also given: bound twice,
    Qt calls the key ambiguous and Redo never fires. Each action's keys are distinct, and
    no key belongs to two enabled actions (review mode's keys are off outside it)."""
    from annotator.ui.actions import make_action

    redo = make_action(win, "x11Redo", "Redo", QKeySequence("Ctrl+Shift+Z"), "Ctrl+Shift+Z")
    assert redo.shortcuts() == [QKeySequence("Ctrl+Shift+Z")]
    owners: dict[str, list[str]] = {}
    for action in win.findChildren(QAction):
        if action is redo or not action.isEnabled():
            continue
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action.objectName())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
