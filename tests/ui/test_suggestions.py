"""Suggestions in the window, with real keys and a real project file: the lane, Tab and
Shift+Tab, Return, X and Backspace, a label key, accept all, label all, the switches."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolTip

from annotator.core.types import Span
from annotator.store.repository import Repository
from annotator.ui.suggestion_lane import GROW, INSET
from tests.ui.conftest import USER
from tests.ui.test_display import rendered

NAMES = "إيران\tGPE\nواشنطن\tGPE\n"


@pytest.fixture
def names(tmp_path: Path) -> Path:
    path = tmp_path / "names.tsv"
    path.write_text(NAMES, encoding="utf-8")
    return path


@pytest.fixture
def swin(project: Path, names: Path, open_window):
    """The window on the seeds, with a gazetteer of two place names imported."""
    repo = Repository.open(project)
    from annotator.core.suggest.gazetteer import read_gazetteer

    repo.parts.gazetteers.import_entries(names.name, read_gazetteer(names, ["GPE"]))
    repo.close()
    win = open_window(project)
    assert win.suggestions.items, "the first seed names both places"
    return win



def offered(win) -> list[tuple[int, int, str]]:
    return [s.key for s in win.suggestions.items]


def spans(db: Repository, win) -> list[tuple[int, int, str, str, str]]:
    return [(s.start, s.end, s.label, s.origin, s.origin_detail)
            for s in db.spans(win.document_id, USER)]


def test_suggestions_are_outlines_in_their_own_lane_never_spans(swin, gui, db) -> None:
    view = swin.text_view
    first = swin.suggestions.items[0]
    assert view.text[first.start:first.end] == first.text == "واشنطن"
    assert view.spans == [] and db.spans(swin.document_id, USER) == []
    gui.show_range(view, first.start, first.end)
    shown = view.viewport().grab().toImage()
    swin.suggestion_actions.show.setChecked(False)  # View → Show suggestions off
    assert view.suggestion_lane is None
    QApplication.processEvents()
    bare = view.viewport().grab().toImage()
    (rect,) = view.span_rects(Span(first.start, first.end, first.label, first.text))
    caret = view.cursorRect()  # show_range leaves the caret at the word's end
    inside = [(x, y) for x in range(int(rect.left()) + 3, int(rect.right()) - 2)
              for y in range(int(rect.top() + INSET) + 3, int(rect.bottom() - INSET) - 2)
              if not caret.adjusted(-2, -2, 2, 2).contains(x, y)]
    assert all(shown.pixel(x, y) == bare.pixel(x, y) for x, y in inside), "no fill"
    for x in (int(rect.left() - GROW), int(rect.right() + GROW)):  # outside the word
        side = [y for y in range(int(rect.top()), int(rect.bottom()))
                if shown.pixel(x, y) != bare.pixel(x, y)]
        assert len(side) > 5, "a dotted line beside the word"


def test_tab_and_return_accept_a_suggestion_and_undo_offers_it_again(swin, gui, db) -> None:
    view = swin.text_view
    before = offered(swin)
    gui.key(view, Qt.Key.Key_Tab)
    assert swin.suggestions.current == 0
    assert "gazetteer" in swin.statusBar().currentMessage()
    gui.key(view, Qt.Key.Key_Tab)
    assert swin.suggestions.current == 1
    gui.key(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert swin.suggestions.current == 0
    gui.key(view, Qt.Key.Key_Return)
    start, end, label = before[0]
    assert spans(db, swin) == [(start, end, label, "suggestion", "gazetteer")]
    assert offered(swin) == before[1:]
    assert swin.suggestions.current == 0  # the next one is current now
    assert [s.text for s in view.spans] == ["واشنطن"]
    gui.key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spans(db, swin) == []
    assert offered(swin) == before


def test_x_rejects_and_it_stays_rejected(swin, gui, db, project: Path, open_window) -> None:
    view = swin.text_view
    before = offered(swin)
    gui.key(view, Qt.Key.Key_Tab)
    gui.key(view, Qt.Key.Key_X)
    gui.key(view, Qt.Key.Key_Backspace)  # Backspace rejects the next one too
    assert offered(swin) == before[2:]
    assert spans(db, swin) == []
    doc = swin.document_id
    assert db.parts.suggestions.rejected(doc, USER) == set(before[:2])
    gui.key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo, one back
    assert offered(swin) == [before[1], *before[2:]]
    gui.close_window(swin)
    again = open_window(project)
    assert again.document_id == doc
    assert offered(again) == [before[1], *before[2:]]


def test_a_label_key_accepts_the_current_suggestion_with_that_label(swin, gui, db) -> None:
    view = swin.text_view
    gui.key(view, Qt.Key.Key_Tab)
    start, end, _ = offered(swin)[0]
    gui.label_key(view, "2")  # ORG
    assert spans(db, swin) == [(start, end, "ORG", "suggestion", "gazetteer")]


def test_backspace_deletes_a_selected_span_when_no_suggestion_is_current(swin, gui, db
                                                                         ) -> None:
    view = swin.text_view
    gui.key(view, Qt.Key.Key_Tab)
    gui.key(view, Qt.Key.Key_Return)
    (span,) = db.spans(swin.document_id, USER)
    gui.click_offset(view, span.start + 1)  # selecting a span ends the suggestion's turn
    assert swin.suggestions.current is None
    assert not swin.suggestion_actions.accept.isEnabled()
    n = len(offered(swin))
    gui.key(view, Qt.Key.Key_Backspace)
    assert db.spans(swin.document_id, USER) == []
    assert len(offered(swin)) == n + 1  # deleted: suggested again


def test_accept_all_is_one_undo_step(swin, gui, db) -> None:
    before = offered(swin)
    swin.suggestion_actions.accept_all.trigger()
    assert [s[:3] for s in spans(db, swin)] == before
    assert offered(swin) == []
    assert swin.menu_actions.undo.text() == f"&Undo Accept {len(before)} suggestions"
    gui.key(swin.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert spans(db, swin) == []
    assert offered(swin) == before


def test_the_tooltip_names_the_source(swin, gui, qtbot) -> None:
    view = swin.text_view
    first = swin.suggestions.items[0]
    gui.show_range(view, first.start, first.end)
    point = gui.inside(view, first.start + 1)
    vp = view.viewport()
    QApplication.sendEvent(vp, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), QPointF(point), QPointF(vp.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(QToolTip.isVisible)
    shown = rendered(QToolTip.text())
    assert "Suggestion: GPE «" in shown and "(gazetteer)" in shown and "واشنطن" in shown
    QToolTip.hideText()


def test_switches_turn_suggestions_off(swin, gui, db, project: Path, open_window) -> None:
    view = swin.text_view
    a = swin.suggestion_actions
    a.show.setChecked(False)
    assert view.suggestion_lane is None and not a.next.isEnabled()
    gui.key(view, Qt.Key.Key_Tab)
    assert swin.suggestions.current is None
    a.show.setChecked(True)
    assert view.suggestion_lane is not None
    # The project's setting (an agreement study): off for everyone, also after reopening.
    dialog = swin.suggest_project.settings_dialog()
    dialog.enabled.setChecked(False)
    dialog.accept()
    assert view.suggestion_lane is None and not a.next.isEnabled() and not a.train.isEnabled()
    gui.close_window(swin)
    again = open_window(project)
    assert again.text_view.suggestion_lane is None and again.suggestions.items == []


def test_review_mode_keeps_return_and_x(swin, gui) -> None:
    gui.key(swin.text_view, Qt.Key.Key_Tab)
    assert swin.suggestion_actions.accept.isEnabled()
    swin.menu_actions.review_mode.setChecked(True)
    assert not swin.suggestion_actions.accept.isEnabled()
    assert not swin.suggestion_actions.reject.isEnabled()
    assert swin.menu_actions.accept_candidate.isEnabled()
    swin.menu_actions.review_mode.setChecked(False)
    assert swin.suggestions.items and swin.suggestions.current is None


def test_label_all_in_the_document_and_after_confirming_in_the_project(
        win, gui, db, qtbot) -> None:
    view = win.text_view
    s, e = gui.label_word(win, "إيران", "5", after="نفوذ")
    doc = win.document_id
    win.suggestion_actions.label_all.trigger()
    dialog = None

    def shown() -> bool:
        nonlocal dialog
        dialog = win.findChild(QPushButton, "labelAllEverywhere")
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(shown, timeout=20000)
    here = [x for x in db.spans(doc, USER) if (x.start, x.end) != (s, e)]
    assert here == []  # nothing is labelled before the user chose
    dialog.click()
    labelled = db.spans(doc, USER)
    texts = {x.text for x in labelled}
    assert texts == {"إيران"} and len(labelled) == view.text.count("إيران")
    assert {x.origin_detail for x in labelled if (x.start, x.end) != (s, e)} == {"label-all"}
    others = [d for d in db.document_ids() if d != doc]
    assert all(db.spans(d, USER) for d in others)
    assert {x.origin for d in others for x in db.spans(d, USER)} == {"suggestion"}
    win.activateWindow()  # the dialog is gone (offscreen, nobody gives the focus back)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    gui.key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step for all
    assert [(x.start, x.end) for x in db.spans(doc, USER)] == [(s, e)]
    assert all(db.spans(d, USER) == [] for d in others)
    gui.key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier
            | Qt.KeyboardModifier.ControlModifier)
    assert all(db.spans(d, USER) for d in others)


def test_label_all_only_in_this_document(win, gui, db, qtbot) -> None:
    s, e = gui.label_word(win, "إيران", "5", after="نفوذ")
    doc = win.document_id
    win.suggestion_actions.label_all.trigger()
    qtbot.waitUntil(lambda: win.findChild(QPushButton, "labelAllHere") is not None,
                    timeout=20000)
    win.findChild(QPushButton, "labelAllHere").click()
    assert len(db.spans(doc, USER)) == win.text_view.text.count("إيران")
    assert all(db.spans(d, USER) == [] for d in db.document_ids() if d != doc)


def test_label_all_without_a_selected_span_says_what_to_do(win) -> None:
    win.suggestion_actions.label_all.trigger()
    assert "Select a span first" in win.statusBar().currentMessage()


def test_a_bad_gazetteer_is_named_with_its_line(win, tmp_path: Path, qtbot) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("إيران\tGPE\nبغداد\n", encoding="utf-8")
    problems = win.suggest_project.import_gazetteers([bad])
    assert problems == [f"{bad}:2: expected a name and a label separated by a tab, got 1 "
                        "field"]
    box = win.findChild(QMessageBox, "gazetteerProblems")
    assert box is not None and box.isVisible()
    box.close()
    assert win.suggestions.items == []  # nothing of the file was imported


def test_the_agreement_report_can_leave_accepted_suggestions_out(project: Path, open_window,
                                                                db, qtbot) -> None:
    from tests.ui.test_team_dialogs import first, open_report, shown, two_annotators

    doc = two_annotators(db)  # واشنطن agreed (GPE), طهران not (GPE / ORG)
    text = db.document_text(doc)
    for layer in ("amina", "bob"):  # both accepted إيران from a suggestion
        db.add_span(doc, layer, *first(text, "إيران"), "GPE", "suggestion",
                    origin_detail="gazetteer")
    win = open_window(project, "rita")
    window = open_report(win, qtbot)
    assert shown(window, "exact_f1") == "0.667"  # 2 of 3 spans each agree
    combo = window.suggestions
    combo.setCurrentIndex(combo.findData("exclude"))
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert shown(window, "exact_f1") == "0.500"  # what they marked themselves
    assert not window.apart.isVisible()
    combo.setCurrentIndex(combo.findData("apart"))
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert shown(window, "exact_f1") == "0.667"
    assert window.apart.isVisible()
    assert window.apart.text().startswith("Accepted suggestions: amina 1, bob 1. Without "
                                          "them: Exact F1 0.500")


def test_suggestion_keys_belong_to_the_text(swin, gui, qtbot) -> None:
    """Tab and Return in the document filter keep their meaning."""
    box = swin.doc_panel.filter
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    gui.key(box, Qt.Key.Key_Return)
    gui.key(box, Qt.Key.Key_Tab)
    assert swin.suggestions.current is None
    assert not box.hasFocus()  # Tab moved the focus on
