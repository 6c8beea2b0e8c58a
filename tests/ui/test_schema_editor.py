"""Edit → Label schema: edit in tables, problems shown inline as for a TOML file, saved
as a new version in one undo step; renames reach the spans; removing a label in use
asks what happens to its spans; labels beyond nine get letters or Shift+digit keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton

from annotator.store.repository import Repository
from annotator.ui.dialogs.schema_editor import SchemaEditorDialog

SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_editor(win) -> SchemaEditorDialog:
    win.findChild(QAction, "actionEditSchema").trigger()
    (dialog,) = [d for d in win.findChildren(SchemaEditorDialog, "schemaEditor")
                 if d.isVisible()]
    return dialog


def problems(dialog: SchemaEditorDialog) -> list[str]:
    dialog.validate()
    errors = dialog.findChild(QListWidget, "schemaErrors")
    return [errors.item(i).text() for i in range(errors.count())]


def row_of(dialog: SchemaEditorDialog, name: str) -> int:
    return next(r for r in range(dialog.labels.row_count()) if dialog.labels.cell(r, 0) == name)


def save(gui, dialog: SchemaEditorDialog) -> None:
    button = dialog.findChild(QPushButton, "schemaSave")
    gui.qtbot.waitUntil(button.isEnabled)  # checked a moment after the last edit
    gui.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_rename_is_saved_as_a_new_version_and_undone_in_one_step(win, db, gui) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    dialog = open_editor(win)
    assert problems(dialog) == ["Nothing changed yet."]
    dialog.labels.set_cell(row_of(dialog, "GPE"), 0, "COUNTRY")
    assert problems(dialog) == []
    save(gui, dialog)
    assert not dialog.isVisible()
    check = Repository.open(win.db_path)
    assert check.schema().version == 2 and [x.label for x in check.spans(doc, gui.user)] == [
        "COUNTRY"]
    assert "COUNTRY" in check.schema().event_type("ATTACK").role("Place").labels
    check.close()
    assert "labelButton_COUNTRY" in {b.objectName() for b in
                                     win.palette_widget.findChildren(QPushButton)}
    assert win.text_view.spans[0].label == "COUNTRY"  # the open document shows it
    win.findChild(QAction, "actionUndo").trigger()
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    check = Repository.open(win.db_path)
    assert check.schema().version == 1
    check.close()
    assert "GPE" in win.palette_widget.buttons and "COUNTRY" not in win.palette_widget.buttons


def test_problems_are_listed_inline_as_for_a_toml_file(win, gui) -> None:
    dialog = open_editor(win)
    row = row_of(dialog, "LOC")
    dialog.labels.set_cell(row, 5, "R")  # the program's key for Add span as argument
    dialog.labels.set_cell(row_of(dialog, "DATE"), 4, "blue")
    found = problems(dialog)
    assert any("LOC: hotkey 'R' is the program's key for Add span as argument" in p
               for p in found)
    assert any("color 'blue' is not of the form #rrggbb" in p for p in found)
    assert not dialog.findChild(QPushButton, "schemaSave").isEnabled()
    dialog.reject()


def test_a_tenth_label_takes_shift_digit_and_the_palette_shows_it(win, db, gui) -> None:
    doc = win.document_id
    dialog = open_editor(win)
    dialog.labels.add_row(["EVENT_SITE", "location", "موقع الحدث", "Event site",
                           "#aa5500", "Shift+1", "Where it happened"])
    save(gui, dialog)
    button = win.palette_widget.buttons["EVENT_SITE"]
    assert button.text().startswith("Shift+1  EVENT_SITE")
    view = win.text_view
    s, e = gui.find(view.text, "طهران")
    gui.drag_offsets(view, s, e)
    gui.key(view, Qt.Key.Key_1, SHIFT)  # Shift+1 labels, 1 would be PER
    assert gui.spans(db, doc) == [(s, e, "EVENT_SITE", "طهران")]
    gui.drag_offsets(view, *gui.find(view.text, "واشنطن"))
    gui.key(view, Qt.Key.Key_Exclam, SHIFT)  # what a US keyboard sends for Shift+1
    assert {x[2] for x in gui.spans(db, doc)} == {"EVENT_SITE"}


def test_removing_a_label_in_use_asks_and_deleted_spans_come_back_with_undo(
        win, db, gui) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "طهران", "7")  # LOC
    dialog = open_editor(win)
    dialog.labels.table.setCurrentCell(row_of(dialog, "LOC"), 0)
    gui.qtbot.mouseClick(dialog.labels.buttons["remove"], Qt.MouseButton.LeftButton)
    assert problems(dialog) == []  # LOC also left every role that named it
    save(gui, dialog)
    ask = dialog.removed_dialog
    assert ask.isVisible() and gui.spans(db, doc) == [(s, e, "LOC", "طهران")]
    choice = ask.findChild(QComboBox, "removedChoice_LOC")
    choice.setCurrentIndex(choice.findData("GPE"))
    ask.accept()
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    win.findChild(QAction, "actionUndo").trigger()
    assert gui.spans(db, doc) == [(s, e, "LOC", "طهران")]

    dialog = open_editor(win)
    dialog.labels.table.setCurrentCell(row_of(dialog, "LOC"), 0)
    dialog.labels.buttons["remove"].click()
    save(gui, dialog)
    dialog.removed_dialog.accept()  # the first choice: delete the spans
    assert gui.spans(db, doc) == []
    win.findChild(QAction, "actionUndo").trigger()
    assert gui.spans(db, doc) == [(s, e, "LOC", "طهران")]


def test_a_save_the_store_refuses_is_shown_and_nothing_changes(win, db, gui) -> None:
    doc = win.document_id
    db.actions.set_doc_labels(doc, gui.user, {"relevance": "partly"})
    dialog = open_editor(win)
    dialog.tabs.setCurrentIndex(3)
    dialog.fields.table.setCurrentCell(0, 0)
    dialog.values.set_cell(1, 0, "somewhat")  # relevance's value "partly" is in use
    save(gui, dialog)
    assert dialog.isVisible()
    assert any("relevance = partly" in p for p in
               [dialog.errors.item(i).text() for i in range(dialog.errors.count())])
    assert db.schema().version == 1
