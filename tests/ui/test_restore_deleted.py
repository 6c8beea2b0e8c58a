"""Edit → Restore deleted spans: a span deleted in an earlier session comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from annotator.store.repository import Repository
from annotator.ui.dialogs.deleted_spans import DeletedSpansDialog


def label_and_delete(gui, win, word: str, key: str) -> tuple[int, int]:
    view = win.text_view
    s, e = gui.label_word(win, word, key)
    gui.key(view, Qt.Key.Key_Escape)
    gui.click_offset(view, s + 1)
    gui.key(view, Qt.Key.Key_Delete)
    assert view.spans == []
    return s, e


def open_dialog(gui, win) -> DeletedSpansDialog:
    """Ctrl+Shift+Backspace in the text (Edit → Restore deleted spans)."""
    gui.key(win.text_view, Qt.Key.Key_Backspace,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    dialog = win.findChild(DeletedSpansDialog, "deletedSpansDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose_row(gui, dialog: DeletedSpansDialog, row: int) -> None:
    table = dialog.findChild(QTableView, "deletedSpanList")
    rect = table.visualRect(table.model().index(row, 0))
    gui.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_span_deleted_before_the_window_was_closed_can_be_restored(
        project: Path, open_window, gui, db: Repository) -> None:
    win = open_window(project)
    doc = win.document_id
    s, e = label_and_delete(gui, win, "طهران", "5")
    (gone,) = db.deleted_spans(doc)
    uid = db.deleted_uid("span", gone.id)
    gui.close_window(win)

    win = open_window(project)  # a new session: Undo cannot bring it back any more
    assert not win.menu_actions.undo.isEnabled()
    dialog = open_dialog(gui, win)
    table = dialog.findChild(QTableView, "deletedSpanList")
    assert table.model().rowCount() == 1
    assert [table.model().index(0, c).data() for c in range(1, 4)] == ["GPE", s, e]  # numbers
    assert not dialog.restore_button.isEnabled()
    choose_row(gui, dialog, 0)
    gui.qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    back = gui.only_span(db, doc)
    assert (back.id, back.start, back.end, back.label, back.text) == (gone.id, s, e, "GPE",
                                                                     "طهران")
    assert db.uid_of("span", back.id) == uid  # the same span for merge, not a copy
    assert [(x.start, x.end) for x in win.text_view.spans] == [(s, e)]
    assert table.model().rowCount() == 0
    assert dialog.findChild(QLabel, "deletedSpanMessage").text() == "Restored 1 span(s)."

    win.menu_actions.undo.trigger()  # the restore is an ordinary edit
    assert db.spans(doc, gui.user) == [] and win.text_view.spans == []
    dialog.refresh()
    assert table.model().rowCount() == 1


def test_restoring_over_the_same_span_made_again_is_refused(project: Path, open_window, gui,
                                                            db: Repository) -> None:
    win = open_window(project)
    doc = win.document_id
    label_and_delete(gui, win, "طهران", "5")
    view = win.text_view
    s, e = gui.find(view.text, "طهران")
    gui.drag(view, gui.inside(view, s + 1), gui.inside(view, e - 2))
    gui.label_key(view, "5")  # the same span again, with a new id
    again = gui.only_span(db, doc)

    dialog = open_dialog(gui, win)
    choose_row(gui, dialog, 0)
    gui.qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert [x.id for x in db.spans(doc, gui.user)] == [again.id]
    message = dialog.findChild(QLabel, "deletedSpanMessage").text()
    assert message.startswith("Not restored: «طهران»")
