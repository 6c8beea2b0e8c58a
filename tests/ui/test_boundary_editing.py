"""Fixing a span's boundary without deleting it: keys and mouse drags move its start or
end, in reading order; the span keeps its id and its roles; one undo step each."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction

from annotator.store.repository import Repository

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_keys_move_the_start_and_end_by_word_and_character(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "طهران", "5")  # "لـ طهران": the span is the name alone
    span_id = gui.only_span(db, doc).id
    text = view.text

    gui.key(view, Qt.Key.Key_Right, ALT)  # start one word earlier (reading order)
    start = text.rindex("لـ", 0, s)
    assert gui.spans(db, doc) == [(start, e, "GPE", text[start:e])]
    assert f"[{start}, {e})" in win.span_info.text()  # exact text and offsets shown
    gui.key(view, Qt.Key.Key_Left, ALT)  # and back
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    gui.key(view, Qt.Key.Key_Down, ALT | SHIFT)  # end one character later: the space
    assert gui.spans(db, doc) == [(s, e + 1, "GPE", "طهران ")]
    gui.key(view, Qt.Key.Key_Up, ALT | SHIFT)
    gui.key(view, Qt.Key.Key_Left, ALT | SHIFT)  # start one character later
    assert gui.spans(db, doc) == [(s + 1, e, "GPE", "هران")]
    assert gui.only_span(db, doc).id == span_id  # the same span all along
    assert [c["action"] for c in db.changes(doc)][-5:] == ["move_span"] * 5

    undo = win.findChild(QAction, "actionUndo")
    for _ in range(5):  # each key press is one undo step
        undo.trigger()
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]


def test_a_moved_span_keeps_its_role_in_the_event(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    gui.label_word(win, "الهجمات", "A")  # an ATTACK event, current in the Events panel
    target_s, target_e = gui.label_word(win, "القواعد", "6")
    target = next(s for s in db.spans(doc, gui.user) if s.label == "FAC")
    event = db.events(doc, gui.user)[0]
    db.actions.add_argument(event.id, "Target", target.id)  # as R would
    win.session.reload_document()
    win.document.select(target.id)
    gui.key(view, Qt.Key.Key_Down, ALT)  # end one word later: "القواعد الأميركية"
    moved = db.span(target.id)
    assert moved.text == "القواعد الأميركية" and moved.start == target_s
    assert [a.span for a in db.event(event.id).arguments] == [target.id]


def test_a_key_that_cannot_move_says_so_and_changes_nothing(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    gui.label_word(win, "طهران", "5")
    before = gui.spans(db, doc)
    gui.key(view, Qt.Key.Key_Left, ALT)  # the start cannot pass the only word's end
    assert gui.spans(db, doc) == before
    assert "cannot move" in win.statusBar().currentMessage()
    win.document.select(None)
    gui.key(view, Qt.Key.Key_Right, ALT)
    assert "select it first" in win.statusBar().currentMessage()


def test_dragging_the_start_edge_moves_it_in_one_undo_step(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    text = view.text
    earlier = text.rindex("واشنطن", 0, s)  # two words before: "واشنطن لـ طهران"
    gui.show_range(view, earlier, e)
    grab = gui.caret(view, s)
    assert view.edges.edge_at(grab) == (gui.only_span(db, doc).id, "start")
    assert grab.x() > gui.caret(view, e).x()  # right to left: the start is the right edge
    gui.drag(view, grab, gui.inside(view, earlier + 2))  # lands inside "واشنطن": snaps
    assert gui.spans(db, doc) == [(earlier, e, "GPE", text[earlier:e])]
    assert view.edges.preview is None and not view.textCursor().hasSelection()
    win.findChild(QAction, "actionUndo").trigger()
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]


def test_dragging_the_end_edge_with_alt_is_exact(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    gui.show_range(view, s, e)
    grab = gui.caret(view, e)
    assert view.edges.edge_at(grab) is not None
    gui.drag(view, grab, gui.gap(view, e - 1), Qt.KeyboardModifier.AltModifier)
    assert gui.spans(db, doc) == [(s, e - 1, "GPE", "طهرا")]


def test_the_pointer_shows_where_an_edge_can_be_dragged(win, db: Repository, gui) -> None:
    view = win.text_view
    s, e = gui.label_word(win, "طهران", "5")
    gui.show_range(view, s, e)

    def hover(point: QPoint) -> Qt.CursorShape:
        gui._send(view.viewport(), QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton,
                  Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        return view.viewport().cursor().shape()

    assert hover(gui.caret(view, s)) == Qt.CursorShape.SizeHorCursor
    assert hover(gui.caret(view, e)) == Qt.CursorShape.SizeHorCursor
    assert hover(gui.inside(view, s + 2)) == Qt.CursorShape.IBeamCursor
