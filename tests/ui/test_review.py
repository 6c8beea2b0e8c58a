"""Review mode through real keys and clicks, checked in the project file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from annotator.core.types import GOLD
from annotator.store.repository import Repository
from annotator.ui.models.document_model import REVIEW_COLUMN
from annotator.ui.review.model import RANGE, TEXT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
REVIEWER = "rev"


def annotate(project: Path, user: str, doc: int, marks: list[tuple[str, str]],
             find) -> None:
    """`user` marks (word, label) in their own layer (first occurrences) and an ATTACK
    on «الهجمات»; then marks the document done."""
    repo = Repository.open(project, user=user)
    try:
        text = repo.document_text(doc)
        for word, label in marks:
            repo.add_span(doc, user, *find(text, word), label)
        trigger = repo.add_span(doc, user, *find(text, "الهجمات"), "ATTACK")
        repo.add_event(trigger.id, "ATTACK")
        repo.set_status(doc, user, "done")
    finally:
        repo.close()


@pytest.fixture
def three(project: Path, gui) -> int:
    """Three annotators on the first seed article:
    واشنطن GPE by all (unanimous), the ATTACK on الهجمات by all (unanimous);
    طهران GPE (amina, badr) or LOC (chadi); الولايات المتحدة GPE (amina) or only
    الولايات GPE (badr, chadi); إيران ORG (badr alone)."""
    repo = Repository.open(project)
    doc = gui.doc_id(repo, "000")
    repo.close()
    annotate(project, "amina", doc, [("واشنطن", "GPE"), ("طهران", "GPE"),
                                     ("الولايات المتحدة", "GPE")], gui.find)
    annotate(project, "badr", doc, [("واشنطن", "GPE"), ("طهران", "GPE"), ("الولايات", "GPE"),
                                    ("نفوذ إيران", "ORG")], gui.find)
    annotate(project, "chadi", doc, [("واشنطن", "GPE"), ("طهران", "LOC"), ("الولايات", "GPE")],
             gui.find)
    return doc


def gold_spans(db: Repository, doc: int) -> list[tuple[str, str]]:
    return sorted((s.text, s.label) for s in db.spans(doc, GOLD))


def provenance(db: Repository, doc: int) -> dict[tuple[str, str], tuple]:
    """(text, label) of each gold span -> (agreed_by, decided_by, how), from the file."""
    out = {}
    for s in db.spans(doc, GOLD):
        row = db.db.execute("SELECT agreed_by, decided_by, how FROM gold_provenance WHERE "
                            "entity = 'span' AND entity_id = ?", [s.id]).fetchone()
        out[(s.text, s.label)] = (tuple(json.loads(row[0])), row[1], row[2])
    return out


def current(win) -> tuple[str, str, str]:
    """(text, label, who marked it) of the current candidate."""
    c = win.review.candidate()
    assert c is not None
    return (c.text, c.label, ", ".join(c.annotators))


def test_review_adjudicates_into_gold(project, open_window, gui, db, three) -> None:
    win = open_window(project, REVIEWER)
    gui.open_doc(win, three)
    review = win.findChild(type(win.review.view), "reviewView")
    assert not review.isVisible()
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    assert review.isVisible() and win.stack.currentWidget() is review
    text = win.review.view.text
    # Every candidate of every layer is drawn: واشنطن, طهران twice, الولايات المتحدة,
    # الولايات, نفوذ إيران and the ATTACK.
    assert len(text.spans) == 7

    gui.key(text, Qt.Key.Key_A, CTRL_SHIFT)  # accept unanimous
    assert gold_spans(db, three) == [("الهجمات", "ATTACK"), ("واشنطن", "GPE")]
    everyone = ("amina", "badr", "chadi")
    assert provenance(db, three)[("واشنطن", "GPE")] == (everyone, REVIEWER, "unanimous")
    (ev,) = db.events(three, GOLD)
    assert db.db.execute("SELECT agreed_by, how FROM gold_provenance WHERE entity = 'event' "
                         "AND entity_id = ?", [ev.id]).fetchone() == (json.dumps(list(
                             everyone)), "unanimous")
    assert db.status(three, GOLD) == "in_progress"

    gui.key(text, Qt.Key.Key_F8)
    assert current(win) == ("طهران", "GPE", "amina, badr")
    gui.key(text, Qt.Key.Key_Return)  # accept, which rejects the LOC version: next cluster
    assert current(win) == ("الولايات المتحدة", "GPE", "amina")
    gui.key(text, Qt.Key.Key_J)  # next disagreement: إيران
    assert current(win) == ("نفوذ إيران", "ORG", "badr")
    gui.key(text, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)  # back
    assert current(win) == ("الولايات المتحدة", "GPE", "amina")
    gui.key(text, Qt.Key.Key_X)
    assert current(win) == ("الولايات", "GPE", "badr, chadi")
    gui.key(text, Qt.Key.Key_Return)
    assert current(win) == ("نفوذ إيران", "ORG", "badr")
    gui.key(text, Qt.Key.Key_Return)
    assert gold_spans(db, three) == [("الهجمات", "ATTACK"), ("الولايات", "GPE"),
                                     ("طهران", "GPE"), ("نفوذ إيران", "ORG"), ("واشنطن", "GPE")]
    prov = provenance(db, three)
    assert prov[("طهران", "GPE")] == (("amina", "badr"), REVIEWER, "accepted")
    assert prov[("الولايات", "GPE")] == (("badr", "chadi"), REVIEWER, "accepted")
    decisions = dict(db.db.execute("SELECT key, decision FROM review_decisions WHERE "
                                   "document_id = ? AND decision = 'rejected'", [three]))
    find = gui.find
    t = db.document_text(three)
    assert set(decisions) == {json.dumps([*find(t, "طهران"), "LOC"], ensure_ascii=False),
                              json.dumps([*find(t, "الولايات المتحدة"), "GPE"],
                                         ensure_ascii=False)}

    # Click the إيران row in the list, relabel it with the GPE key (5), then give it the
    # boundary «إيران» by selecting the word in the review text and pressing E.
    lst = win.review.view.list
    model = win.review.view.model
    row = next(r for r, (_, c) in enumerate(model.rows) if c.label == "ORG")
    lst.scrollTo(model.index(row, 3))
    gui.qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                         pos=lst.visualRect(model.index(row, 3)).center())
    assert current(win) == ("نفوذ إيران", "ORG", "badr")
    gui.label_key(text, "5")
    assert prov_of(db, three, "نفوذ إيران") == ("GPE", ("badr",), REVIEWER, "edited")
    gui.drag_offsets(text, *find(t, "إيران", after="نفوذ "))
    gui.key(text, Qt.Key.Key_E)
    assert prov_of(db, three, "إيران") == ("GPE", ("badr",), REVIEWER, "edited")
    assert "نفوذ إيران" not in dict(gold_spans(db, three))
    win.grab().save("/tmp/review_mode.png")

    # Undo takes the boundary, then the label back, with the provenance they replaced.
    gui.key(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prov_of(db, three, "نفوذ إيران") == ("GPE", ("badr",), REVIEWER, "edited")
    gui.key(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prov_of(db, three, "نفوذ إيران") == ("ORG", ("badr",), REVIEWER, "accepted")
    # A third undo takes the accept back (span, provenance and decision); redo restores it.
    gui.key(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "نفوذ إيران" not in dict(gold_spans(db, three))
    assert [cl.open for cl in db.review(three).clusters] == [False, False, True]
    gui.key(text, Qt.Key.Key_Z, CTRL_SHIFT)
    assert prov_of(db, three, "نفوذ إيران") == ("ORG", ("badr",), REVIEWER, "accepted")
    assert not any(cl.open for cl in db.review(three).clusters)

    # Mark done in review mode sets the gold status, not the reviewer's own layer.
    gui.key(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert db.status(three, GOLD) == "done"
    assert db.status(three, "amina") == "done" and db.spans(three, REVIEWER) == []
    # Leaving review mode shows the reviewer's own (empty) layer again.
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    assert win.stack.currentWidget() is win.text_view and not review.isVisible()
    assert win.text_view.spans == []


def prov_of(db: Repository, doc: int, text: str) -> tuple:
    (span,) = [s for s in db.spans(doc, GOLD) if s.text == text]
    row = db.db.execute("SELECT agreed_by, decided_by, how FROM gold_provenance WHERE "
                        "entity = 'span' AND entity_id = ?", [span.id]).fetchone()
    return (span.label, tuple(json.loads(row[0])), row[1], row[2])


def test_skip_and_time_in_review_mode_belong_to_gold(project, open_window, gui, db,
                                                     three) -> None:
    win = open_window(project, REVIEWER)
    gui.open_doc(win, three)
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    text = win.review.view.text
    gui.visit_timer(win).advance(600)  # time in review counts once it is half a second
    gui.key(text, Qt.Key.Key_Return, CTRL_SHIFT)  # skip
    assert db.status(three, GOLD) == "skipped"
    assert db.status(three, REVIEWER) == "new"
    assert win.document_id != three  # on to the next document not yet reviewed
    assert db.seconds_spent(three, GOLD) == pytest.approx(0.6)
    assert db.seconds_spent(three, REVIEWER) == 0


def test_the_first_gold_decision_shows_the_review_column(project, open_window, gui, db,
                                                         three) -> None:
    win = open_window(project, REVIEWER)
    gui.open_doc(win, three)
    assert win.doc_panel.view.isColumnHidden(REVIEW_COLUMN)  # no gold layer yet
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    gui.key(win.review.view.text, Qt.Key.Key_A, CTRL_SHIFT)  # accept unanimous
    assert not win.doc_panel.view.isColumnHidden(REVIEW_COLUMN)
    row = win.doc_model.row_of(three)
    assert win.doc_model.data(win.doc_model.index(row, REVIEW_COLUMN)) == "in progress"
    assert win.document_id == three


@pytest.fixture
def iran(project: Path, gui) -> int:
    """amina marked «إيران» GPE inside «لإيران», badr the whole word «لإيران» GPE."""
    repo = Repository.open(project)
    doc = gui.doc_id(repo, "000")
    start, end = gui.find(repo.document_text(doc), "لإيران")
    repo.close()
    for user, (s, e) in (("amina", (start + 1, end)), ("badr", (start, end))):
        r = Repository.open(project, user=user)
        try:
            r.add_span(doc, user, s, e, "GPE")
            r.set_status(doc, user, "done")
        finally:
            r.close()
    return doc


def click_candidate(gui, win, text: str) -> None:
    """Click the list row of the candidate with this text."""
    lst, model = win.review.view.list, win.review.view.model
    row = next(r for r, (_, c) in enumerate(model.rows) if c.text == text)
    index = model.index(row, TEXT)
    lst.scrollTo(index)
    gui.qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton,
                         pos=lst.visualRect(index).center())
    assert win.review.candidate().text == text


def test_accepting_one_version_rejects_the_other_in_one_undo_step(project, open_window, gui,
                                                                  db, iran) -> None:
    win = open_window(project, REVIEWER)
    gui.open_doc(win, iran)
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    text = win.review.view.text
    gui.key(text, Qt.Key.Key_F8)
    click_candidate(gui, win, "إيران")
    gui.key(text, Qt.Key.Key_Return)
    assert gold_spans(db, iran) == [("إيران", "GPE")]
    decisions = {(c.text, c.decision) for c in db.review(iran).candidates}
    assert decisions == {("إيران", "accepted"), ("لإيران", "rejected")}
    assert "0 of 1 disagreements open" in win.review.view.summary.text()
    # The status bar names the label as the schema does.
    assert win.saved_label.text() == ("✓ Saved: accept GPE «\u2068إيران\u2069»; "
                                      "1 other version(s) rejected")
    # The other version is decided: Shift+F8 finds no open disagreement to go back to.
    gui.key(text, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert "No open disagreements" in win.statusBar().currentMessage()

    # Changing one's mind: Return on the rejected version replaces the gold one.
    click_candidate(gui, win, "لإيران")
    gui.key(text, Qt.Key.Key_Return)
    assert gold_spans(db, iran) == [("لإيران", "GPE")]
    assert {(c.text, c.decision) for c in db.review(iran).candidates} == {
        ("إيران", "rejected"), ("لإيران", "accepted")}
    ctrl = Qt.KeyboardModifier.ControlModifier
    gui.key(text, Qt.Key.Key_Z, ctrl)  # one undo step: «إيران» is back, «لإيران» rejected
    assert gold_spans(db, iran) == [("إيران", "GPE")]
    assert {(c.text, c.decision) for c in db.review(iran).candidates} == decisions
    gui.key(text, Qt.Key.Key_Z, ctrl)  # and the first accept with its rejection
    assert gold_spans(db, iran) == [] and db.decisions(iran) == {}
    assert "1 of 1 disagreements open" in win.review.view.summary.text()
    gui.key(text, Qt.Key.Key_Z, CTRL_SHIFT)
    assert gold_spans(db, iran) == [("إيران", "GPE")]
    assert {(c.text, c.decision) for c in db.review(iran).candidates} == decisions


def test_keeping_both_versions_is_its_own_command(project, open_window, gui, db,
                                                  iran) -> None:
    win = open_window(project, REVIEWER)
    gui.open_doc(win, iran)
    menu = win.findChild(QMenu, "reviewMenu")
    assert "Accept also (&keep both)" in [a.text() for a in menu.actions()]
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    text = win.review.view.text
    gui.key(text, Qt.Key.Key_F8)
    click_candidate(gui, win, "إيران")
    gui.key(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert gold_spans(db, iran) == [("إيران", "GPE")]
    # The other version is still open: the disagreement is not resolved yet.
    assert {(c.text, c.decision) for c in db.review(iran).candidates} == {
        ("إيران", "accepted"), ("لإيران", None)}
    assert "1 of 1 disagreements open" in win.review.view.summary.text()
    assert win.review.candidate().text == "لإيران"  # the open one is next
    gui.key(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert gold_spans(db, iran) == [("إيران", "GPE"), ("لإيران", "GPE")]
    assert "0 of 1 disagreements open" in win.review.view.summary.text()


def test_review_list_shows_text_and_offsets_at_the_default_size(project, open_window, gui,
                                                                three) -> None:
    win = open_window(project, REVIEWER)
    assert (win.width(), win.height()) == (1280, 800)
    gui.open_doc(win, three)
    gui.key(win.text_view, Qt.Key.Key_R, CTRL_SHIFT)
    gui.qtbot.wait(10)
    lst, model = win.review.view.list, win.review.view.model
    shown = lst.viewport().rect()
    metrics = lst.fontMetrics()
    for row, (_, c) in enumerate(model.rows):
        text = lst.visualRect(model.index(row, TEXT))
        where = lst.visualRect(model.index(row, RANGE))
        # The whole candidate text fits its cell, and the cell and its offsets are on
        # screen without scrolling.
        assert text.width() >= metrics.horizontalAdvance(c.text) + 8, (c.text, text)
        assert shown.contains(text) and shown.contains(where)
        assert model.data(model.index(row, RANGE)) == f"[{c.start}, {c.end})"
    win.grab().save("/tmp/review_list.png")
