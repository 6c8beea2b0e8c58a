"""Editing spans in the window: trim, relabel (key and table), delete, nested spans.

Each edit is checked in the project file through a second connection, and in the
change log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox

from annotator.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier


def test_trim_proclitic_then_undo(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "لإيران", "5")
    span = gui.only_span(db, doc)
    assert (span.start, span.end, span.text) == (s, e, "لإيران")
    assert view.selected_span_id == span.id  # a new span is selected

    gui.key(view, Qt.Key.Key_T, CTRL)  # actionTrimProclitic

    trimmed = gui.only_span(db, doc)
    assert (trimmed.id, trimmed.start, trimmed.end, trimmed.label, trimmed.text) == (
        span.id, s + 1, e, "GPE", "إيران")
    move = db.changes(doc, "move_span")[-1]
    assert move["before"] == {"start": s, "end": e, "text": "لإيران"}
    assert move["after"] == {"start": s + 1, "end": e, "text": "إيران"}
    assert [x.text for x in win.span_model.spans] == ["إيران"]

    gui.key(view, Qt.Key.Key_Z, CTRL)

    restored = gui.only_span(db, doc)
    assert (restored.id, restored.start, restored.end, restored.text) == (
        span.id, s, e, "لإيران")


def test_trim_through_the_action(win, db: Repository, gui) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "وسوريا", "5")
    action = win.findChild(QAction, "actionTrimProclitic")
    assert action is not None
    action.trigger()
    assert gui.spans(db, doc) == [(s + 1, e, "GPE", "سوريا")]


def test_relabel_by_clicking_the_span_and_pressing_a_key(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "واشنطن", "5")
    span_id = gui.only_span(db, doc).id
    gui.key(view, Qt.Key.Key_Escape)  # nothing selected now
    assert view.selected_span_id is None

    gui.click_offset(view, s + 2)
    assert view.selected_span_id == span_id
    assert "واشنطن" in win.span_info.text()
    gui.label_key(view, "2")

    assert gui.spans(db, doc) == [(s, e, "ORG", "واشنطن")]
    change = db.changes(doc, "relabel_span")[-1]
    assert (change["entity_id"], change["before"], change["after"]) == (
        span_id, {"label": "GPE"}, {"label": "ORG"})
    assert [x.label for x in win.span_model.spans] == ["ORG"]


def test_relabel_in_the_span_table(win, db: Repository, gui, qtbot) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    table, model = win.span_table, win.span_model
    index = model.index(0, 1)
    assert index.data() == "GPE"

    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "GPE"
    editor.setCurrentIndex(editor.findText("LOC"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits and closes
    qtbot.wait(1)

    assert gui.spans(db, doc) == [(s, e, "LOC", "طهران")]
    assert model.index(0, 1).data() == "LOC"
    assert [x.label for x in win.text_view.spans] == ["LOC"]


def test_delete_key_removes_the_span_and_keeps_it_recoverable(win, db: Repository,
                                                              gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    span = gui.only_span(db, doc)
    gui.key(view, Qt.Key.Key_Escape)
    gui.click_offset(view, s + 1)
    assert view.selected_span_id == span.id

    gui.key(view, Qt.Key.Key_Delete)  # actionDeleteSpan

    assert db.spans(doc, gui.user) == []
    assert view.spans == [] and win.span_model.rowCount() == 0
    change = db.changes(doc, "delete_span")[-1]
    assert change["entity_id"] == span.id and change["user"] == gui.user
    assert change["before"].pop("uid")
    assert change["before"] == {"start": s, "end": e, "label": "GPE", "text": "طهران",
                                "origin": "manual"}
    assert change["after"] is None
    deleted = db.deleted_spans(doc)
    assert [(d.id, d.start, d.end, d.label, d.text, d.layer) for d in deleted] == [
        (span.id, s, e, "GPE", "طهران", gui.user)]


def test_nested_spans_are_stored_and_listed(win, db: Repository, gui) -> None:
    view = win.text_view
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    outer = "المقاومة الإسلامية في العراق"
    s, e = gui.find(view.text, outer)
    gui.show_range(view, s, e)
    # From inside the first word to inside the last (the quotes around stay outside).
    gui.drag(view, gui.inside(view, s + 2), gui.inside(view, e - 3))
    assert view.selection() == (s, e)
    gui.label_key(view, "3")
    i, j = gui.find(view.text, "العراق", after="المقاومة الإسلامية في ")
    gui.double_click(view, gui.inside(view, i + 2))
    gui.label_key(view, "5")

    assert gui.spans(db, doc) == [(s, e, "ARMED_GROUP", outer), (i, j, "GPE", "العراق")]
    model = win.span_model
    rows = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert rows == [(outer, "ARMED_GROUP", s, e), ("العراق", "GPE", i, j)]
    assert win.span_table.isVisible()
    # Both are drawn on screen, the inner one inside the outer one.
    outer_span, inner_span = view.spans
    (inner_rect,) = view.span_rects(inner_span)
    outer_rects = view.span_rects(outer_span)
    assert outer_rects and any(r.contains(inner_rect.center()) for r in outer_rects)
    # A click on the inner word selects the innermost span.
    gui.click_offset(view, i + 1)
    assert view.span_by_id(view.selected_span_id).label == "GPE"


def test_labelling_the_same_span_twice_is_refused(win, db: Repository, gui) -> None:
    doc = win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    gui.label_word(win, "طهران", "5")
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    assert "already" in win.statusBar().currentMessage()
    gui.label_word(win, "طهران", "6")  # another label on the same word is allowed
    assert sorted(gui.spans(db, doc)) == [(s, e, "FAC", "طهران"), (s, e, "GPE", "طهران")]
