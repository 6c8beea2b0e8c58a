"""Selecting right-to-left Arabic with the mouse and the keyboard, then a label key.

The stored span (read back through a second connection to the project file) must be
exactly the word, whatever part of it the mouse covered, unless Alt asked for exact
characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.operations.importing import import_files
from annotator.store.repository import Repository

ALT = Qt.KeyboardModifier.AltModifier


def test_seed_text_is_laid_out_right_to_left(win, gui) -> None:
    view = win.text_view
    s, e = gui.find(view.text, "طهران")
    # Later letters sit further left; the title line is right-aligned.
    xs = [gui.caret(view, o).x() for o in range(s, e + 1)]
    assert xs == sorted(xs, reverse=True) and xs[0] > xs[-1]
    assert gui.caret(view, 0).x() > view.viewport().width() * 0.9


@pytest.mark.parametrize(
    ("word", "label", "key", "how"),
    [
        ("طهران", "GPE", "5", "middle"),  # press and release inside the word
        ("واشنطن", "GPE", "5", "past"),  # from inside the word to the space after it
        ("الهجمات", "ORG", "2", "backwards"),  # from the last letter back into the third
    ],
)
def test_drag_part_of_a_word_stores_the_whole_word(win, db: Repository, gui, word: str,
                                                   label: str, key: str, how: str) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, word)
    gui.show_range(view, s, e)
    if how == "middle":
        press, release = gui.inside(view, s + 1), gui.inside(view, e - 2)
    elif how == "past":
        a, b = gui.caret(view, e), gui.caret(view, e + 1)  # e is the space after the word
        press, release = gui.inside(view, s + 2), QPoint((a.x() + b.x()) // 2, a.y())
    else:
        press, release = gui.inside(view, e - 1), gui.inside(view, s + 2)
    gui.drag(view, press, release)
    assert view.textCursor().hasSelection()
    assert view.selection() == (s, e)

    gui.label_key(view, key)

    assert gui.spans(db, doc) == [(s, e, label, word)]
    assert not view.textCursor().hasSelection()
    assert [(x.start, x.end) for x in view.spans] == [(s, e)]


def test_double_click_a_word_then_label_key(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, "إيران", after="مناطق نفوذ ")
    gui.show_range(view, s, e)
    gui.double_click(view, gui.inside(view, s + 2))
    assert view.selection() == (s, e)

    gui.label_key(view, "5")

    span = gui.only_span(db, doc)
    assert (span.start, span.end, span.label, span.text) == (s, e, "GPE", "إيران")
    assert db.document_text(doc)[span.start:span.end] == "إيران"


def test_alt_drag_keeps_exact_characters(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, "لإيران")
    assert view.text[s + 1:e] == "إيران"
    # The lam-alef ligature is one glyph: drag from the gap inside it to the word's end.
    gui.drag_offsets(view, s + 1, e, modifiers=ALT)
    assert view.exact_selection
    assert view.selection() == (s + 1, e)

    gui.label_key(view, "5")

    assert gui.spans(db, doc) == [(s + 1, e, "GPE", "إيران")]


def test_same_drag_without_alt_snaps_to_the_word(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, "لإيران")
    gui.drag_offsets(view, s + 1, e - 1)
    assert not view.exact_selection
    gui.label_key(view, "5")
    assert gui.spans(db, doc) == [(s, e, "GPE", "لإيران")]


def test_shift_arrows_select_then_label_key(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, "العراق")
    gui.show_range(view, s, e)
    gui.click(view, gui.gap(view, s))  # put the caret before the word
    assert view.textCursor().position() == view.positions.to_qt(s)
    assert not view.textCursor().hasSelection()

    # In right-to-left text the Left arrow moves forward through the word. Three
    # letters in, the selection shows the whole word, as a drag does on release: what
    # the label key stores.
    shift = Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        gui.key(view, Qt.Key.Key_Left, shift)
    assert shown(view) == (s, e) == view.selection()
    # The keys still move a character at a time from where they were: past the word and
    # its space into the next word, and back.
    for _ in range(len("العراق") - 3 + 2):
        gui.key(view, Qt.Key.Key_Left, shift)
    nxt = gui.find(view.text, "وسوريا", after="العراق")
    assert shown(view) == (s, nxt[1])
    for _ in range(2):
        gui.key(view, Qt.Key.Key_Right, shift)
    assert shown(view) == (s, e)

    gui.label_key(view, "5")

    assert gui.spans(db, doc) == [(s, e, "GPE", "العراق")]


def shown(view) -> tuple[int, int]:
    """The selection as painted on screen, in code points."""
    cursor = view.textCursor()
    return (view.positions.from_qt(cursor.selectionStart()),
            view.positions.from_qt(cursor.selectionEnd()))


def test_shift_arrows_inside_a_word_show_the_whole_word(win, db: Repository, gui) -> None:
    """The issue's case: Shift+arrows over «غدا» inside «بغداد» show «بغداد»."""
    view = win.text_view
    gui.open_doc(win, gui.doc_id(db, "003"))
    s, e = gui.find(view.text, "بغداد")
    gui.show_range(view, s, e)
    gui.click(view, gui.gap(view, s + 1))
    for _ in range(3):
        gui.key(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.text[s + 1:s + 4] == "غدا"
    assert shown(view) == (s, e) == view.selection()
    view.grab().save("/tmp/shift_arrows.png")
    gui.label_key(view, "5")
    assert gui.spans(db, win.document_id) == [(s, e, "GPE", "بغداد")]


@pytest.fixture
def emoji_project(tmp_path: Path) -> Path:
    source = tmp_path / "emoji.txt"
    source.write_text("😀😀 خبر عن إيران اليوم\n", encoding="utf-8")
    path = tmp_path / "emoji.db"
    repo = Repository.open(path)
    try:
        assert import_files(repo, [source]).added == 1
    finally:
        repo.close()
    return path


def test_emoji_before_the_span_offsets_are_code_points(emoji_project: Path, open_window,
                                                         gui) -> None:
    win = open_window(emoji_project)
    view, doc = win.text_view, win.document_id
    text = view.text
    s, e = gui.find(text, "إيران")
    assert (s, e) == (10, 15)
    assert view.positions.to_qt(s) == 12  # two emoji, two UTF-16 units each

    gui.show_range(view, s, e)
    gui.drag(view, gui.inside(view, s + 1), gui.inside(view, e - 2))
    gui.label_key(view, "5")

    repo = Repository.open(emoji_project)
    try:
        span = gui.only_span(repo, doc)
        stored = repo.document_text(doc)
    finally:
        repo.close()
    assert (span.start, span.end, span.text) == (10, 15, "إيران")
    assert stored[span.start:span.end] == "إيران"


def test_new_text_selection_replaces_the_selected_span(win, db: Repository, gui) -> None:
    """A drag over only a space snaps to nothing: the key must not relabel the span
    that was selected before the drag."""
    view, doc = win.text_view, win.document_id
    s, e = gui.find(view.text, "طهران")
    gui.drag_offsets(view, s + 1, e - 1)
    gui.label_key(view, "5")
    assert view.selected_span_id is not None

    gui.drag(view, gui.gap(view, s - 1), gui.gap(view, s))  # the space before the word
    assert view.textCursor().hasSelection() and view.selection() is None
    assert view.selected_span_id is None
    gui.label_key(view, "1")

    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]
    assert "Select text first" in win.statusBar().currentMessage()
