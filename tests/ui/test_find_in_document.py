"""Find in the document (Ctrl+F): through the normalized Arabic view, every hit
highlighted, F3 / Shift+F3 step, and a hit selects exactly the stored characters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit

from annotator.core.arabic import find_all
from annotator.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_hamza_and_diacritics_are_ignored_and_every_hit_is_highlighted(
        win, db: Repository, gui) -> None:
    view = win.text_view
    gui.key(view, Qt.Key.Key_F, CTRL)
    field = win.findChild(QLineEdit, "findField")
    assert field.isVisible() and field.hasFocus()
    gui.type_text(field, "ايران")  # typed without hamza: finds "إيران" and "لإيران"
    hits = find_all(view.text, "ايران")
    assert len(hits) >= 2 and view.find_hits.hits == hits
    assert {view.text[s:e] for s, e in hits} >= {"إيران"}
    count = win.findChild(QLabel, "findCount")
    assert count.text() == f"1 of {len(hits)}"
    assert view.selection() == hits[0]  # exactly the stored characters, not snapped


def test_f3_steps_through_the_hits_and_wraps(win, db: Repository, gui) -> None:
    view = win.text_view
    win.find_bar.open_bar()
    gui.type_text(win.find_bar.field, "الهجمات")
    hits = win.find_bar.hits
    assert len(hits) >= 2
    gui.key(view, Qt.Key.Key_F3)
    assert view.selection() == hits[1] and view.find_hits.current == 1
    gui.key(view, Qt.Key.Key_F3, SHIFT)
    gui.key(view, Qt.Key.Key_F3, SHIFT)  # before the first: the last
    assert view.selection() == hits[-1]


def test_a_label_key_on_a_hit_labels_exactly_its_characters(win, db: Repository,
                                                            gui) -> None:
    view, doc = win.text_view, win.document_id
    win.find_bar.open_bar()
    gui.type_text(win.find_bar.field, "طهران")
    s, e = win.find_bar.hits[0]
    gui.key(win.find_bar.field, Qt.Key.Key_Escape)  # back to the text, the hit selected
    assert not win.find_bar.isVisible() and view.hasFocus()
    assert view.find_hits.hits == []
    gui.label_key(view, "5")
    assert gui.spans(db, doc) == [(s, e, "GPE", "طهران")]


def test_a_query_with_no_hit_says_so(win, gui) -> None:
    win.find_bar.open_bar()
    gui.type_text(win.find_bar.field, "zzz")
    assert win.find_bar.count.text() == "no match" and win.text_view.find_hits.hits == []


def test_in_review_mode_find_searches_the_review_page(win, gui) -> None:
    win.findChild(QAction, "actionReviewMode").trigger()
    review_text = win.review.view.text
    gui.key(review_text, Qt.Key.Key_F, CTRL)
    gui.type_text(win.find_bar.field, "طهران")
    assert review_text.find_hits.hits and win.text_view.find_hits.hits == []
    assert review_text.selection() == review_text.find_hits.hits[0]
    win.findChild(QAction, "actionReviewMode").trigger()  # back: the own text's hits
    assert win.text_view.find_hits.hits and review_text.find_hits.hits == []


def test_a_hit_on_a_labelled_word_is_highlighted_too(win, gui) -> None:
    """The hits are painted over the spans' fills (under the text): a labelled word that
    matches shows it as well as a bare one."""
    view = win.text_view
    s, e = gui.label_word(win, "الهجمات", "5")
    gui.key(view, Qt.Key.Key_Escape)
    win.find_bar.open_bar()
    gui.type_text(win.find_bar.field, "الهجمات")
    assert win.find_bar.hits[0] == (s, e)
    gui.key(view, Qt.Key.Key_F3)  # the current hit (selected) is another one now
    gui.show_range(view, s, e)
    found = view.viewport().grab().toImage()
    view.find_hits.set([])
    view.viewport().repaint()
    bare = view.viewport().grab().toImage()
    (rect,) = view.range_rects(s, e)
    inside = [(x, y) for x in range(int(rect.left()) + 2, int(rect.right()) - 1)
              for y in range(int(rect.top()) + 2, int(rect.bottom()) - 1)]
    changed = sum(found.pixel(x, y) != bare.pixel(x, y) for x, y in inside)
    assert changed > len(inside) // 2, (changed, len(inside))
