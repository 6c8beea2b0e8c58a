"""Undo and redo from the keyboard and the Edit actions, checked in the project file.

Ctrl+Z / Ctrl+Shift+Z go to whatever widget has focus, as for a user; the window's
actions must still receive them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from annotator.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def undo(gui, win) -> None:
    gui.key(win.focusWidget() or win.text_view, Qt.Key.Key_Z, CTRL)


def redo(gui, win) -> None:
    gui.key(win.focusWidget() or win.text_view, Qt.Key.Key_Z, CTRL | SHIFT)


def action(win, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


def test_undo_redo_add(win, db: Repository, gui) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    (span_id,) = [x.id for x in db.spans(doc, gui.user)]
    assert action(win, "actionUndo").isEnabled()

    undo(gui, win)
    assert gui.spans(db, doc) == []
    assert win.text_view.spans == []
    assert action(win, "actionRedo").isEnabled()

    redo(gui, win)
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    assert [x.id for x in db.spans(doc, gui.user)] == [span_id]  # same span again


def test_undo_redo_delete_relabel_and_trim_with_actions(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    undo_action, redo_action = action(win, "actionUndo"), action(win, "actionRedo")
    s, e = gui.label_word(win, "لإيران", "5")
    span_id = gui.only_span(db, doc).id

    gui.label_key(view, "7")  # the new span is selected: relabel it LOC
    assert gui.spans(db, doc) == [(s, e, "LOC", "لإيران")]
    action(win, "actionTrimProclitic").trigger()
    assert gui.spans(db, doc) == [(s + 1, e, "LOC", "إيران")]
    action(win, "actionDeleteSpan").trigger()
    assert gui.spans(db, doc) == []

    undo_action.trigger()  # delete
    assert gui.spans(db, doc) == [(s + 1, e, "LOC", "إيران")]
    assert gui.only_span(db, doc).id == span_id
    assert db.deleted_spans(doc) == []
    undo_action.trigger()  # trim
    assert gui.spans(db, doc) == [(s, e, "LOC", "لإيران")]
    undo_action.trigger()  # relabel
    assert gui.spans(db, doc) == [(s, e, "GPE", "لإيران")]
    undo_action.trigger()  # add
    assert gui.spans(db, doc) == []
    assert not undo_action.isEnabled()

    redo_action.trigger()
    assert gui.spans(db, doc) == [(s, e, "GPE", "لإيران")]
    redo_action.trigger()
    assert gui.spans(db, doc) == [(s, e, "LOC", "لإيران")]
    redo_action.trigger()
    assert gui.spans(db, doc) == [(s + 1, e, "LOC", "إيران")]
    redo_action.trigger()
    assert gui.spans(db, doc) == []
    assert not redo_action.isEnabled()
    # The log has every step, undo and redo included.
    actions = [c["action"] for c in db.changes(doc) if c["entity"] == "span"]
    assert actions == ["add_span", "relabel_span", "move_span", "delete_span",
                       "add_span", "move_span", "relabel_span", "delete_span",
                       "add_span", "relabel_span", "move_span", "delete_span"]


def test_undo_redo_mark_done(win, db: Repository, gui) -> None:
    view = win.text_view
    first = win.document_id
    gui.label_word(win, "طهران", "5")
    assert db.status(first, gui.user) == "in_progress"

    gui.key(view, Qt.Key.Key_Return, CTRL)  # actionMarkDone
    assert db.status(first, gui.user) == "done"
    assert win.document_id != first

    undo(gui, win)
    assert db.status(first, gui.user) == "in_progress"
    assert win.document_id == first  # undo brings the document back

    redo(gui, win)
    assert db.status(first, gui.user) == "done"


def test_undo_after_switching_documents(win, db: Repository, gui) -> None:
    first = win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    second = gui.doc_id(db, "002")
    gui.open_doc(win, second)
    assert win.document_id == second and win.text_view.spans == []

    undo(gui, win)

    assert win.document_id == first  # it switched back to show the undone edit
    assert gui.spans(db, first) == []
    assert gui.spans(db, second) == []

    gui.open_doc(win, second)
    redo(gui, win)
    assert win.document_id == first
    assert gui.spans(db, first) == [(s, e, "GPE", "طهران")]
    assert [(x.start, x.end) for x in win.text_view.spans] == [(s, e)]
