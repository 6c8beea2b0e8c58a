"""The document list for a team: only my assigned documents (a switch), review status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from annotator.core.types import GOLD, DocumentRecord
from annotator.store.repository import Repository
from annotator.ui.models.document_model import REVIEW_COLUMN

CTRL = Qt.KeyboardModifier.ControlModifier


def listed(win) -> list[int]:
    return list(win.doc_model.ids)


def assign_two(project: Path) -> tuple[list[int], list[int]]:
    """Each seed document to one of amina and bob; returns (amina's, bob's) ids."""
    repo = Repository.open(project)
    try:
        repo.assign(["amina", "bob"], 1, seed=3)
        return repo.assigned_document_ids("amina"), repo.assigned_document_ids("bob")
    finally:
        repo.close()


def toggle(win) -> QCheckBox:
    box = win.findChild(QCheckBox, "assignedOnlyToggle")
    assert box is not None
    return box


def test_switch_shows_only_my_documents_and_all_when_off(project: Path, open_window, db,
                                                          gui, qtbot) -> None:
    mine, bobs = assign_two(project)
    # Five documents to two annotators, one each: 3 and 2, none shared.
    assert sorted([len(mine), len(bobs)]) == [2, 3] and not set(mine) & set(bobs)
    win = open_window(project)
    box = toggle(win)
    assert box.isVisible() and box.isChecked()
    assert str(len(mine)) in box.text()
    assert listed(win) == mine
    assert win.document_id == mine[0]
    win.doc_panel.grab().save("/tmp/document_list_assigned.png")

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert listed(win) == db.document_ids()
    # The open document stays selected in the longer list.
    assert win.doc_panel.current_id() == mine[0]

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and listed(win) == mine


def test_next_and_mark_done_stay_in_my_documents(project: Path, open_window, db, gui) -> None:
    mine, _ = assign_two(project)
    win = open_window(project)
    view = win.text_view
    assert win.document_id == mine[0]
    gui.key(view, Qt.Key.Key_PageDown)
    assert win.document_id == mine[1]
    gui.key(view, Qt.Key.Key_PageUp)
    assert win.document_id == mine[0]

    # Mark done goes to the next of MY documents that is not done, wrapping around.
    gui.key(view, Qt.Key.Key_Return, CTRL)
    assert db.status(mine[0], gui.user) == "done"
    assert win.document_id == mine[1]
    gui.open_doc(win, mine[-1])
    gui.key(view, Qt.Key.Key_Return, CTRL)
    assert win.document_id == mine[1]  # mine[0] is done already
    assert all(db.status(i, gui.user) == "new" for i in db.document_ids() if i not in mine)


def test_filter_applies_within_my_documents(project: Path, open_window, db, gui,
                                            qtbot) -> None:
    mine, bobs = assign_two(project)
    win = open_window(project)
    mine_title = db.document(mine[-1], with_text=False).title
    bobs_title = db.document(bobs[0], with_text=False).title
    box = win.doc_panel.filter

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    gui.type_text(box, mine_title)
    qtbot.waitUntil(lambda: listed(win) == [mine[-1]])  # after a pause in typing
    box.clear()
    gui.type_text(box, bobs_title)
    qtbot.waitUntil(lambda: win.doc_model.query == bobs_title)
    assert listed(win) == []  # bob's document is not in my list
    qtbot.mouseClick(toggle(win), Qt.MouseButton.LeftButton)
    assert listed(win) == [bobs[0]]


def test_no_switch_without_assignments(win, db) -> None:
    box = toggle(win)
    assert not box.isVisible()
    assert listed(win) == db.document_ids()


def test_review_column_shows_the_gold_status(win, db, gui) -> None:
    view, model = win.doc_panel.view, win.doc_model
    assert model.headerData(REVIEW_COLUMN, Qt.Orientation.Horizontal) == "Review"
    assert view.isColumnHidden(REVIEW_COLUMN)  # no adjudication yet

    ids = db.document_ids()
    db.set_status(ids[1], GOLD, "done")
    db.set_status(ids[2], GOLD, "in_progress")
    win.refresh_documents()
    assert not view.isColumnHidden(REVIEW_COLUMN)
    shown = [model.index(r, REVIEW_COLUMN).data() for r in range(model.rowCount())]
    assert shown == ["new", "done", "in progress", "new", "new"]
    # The annotator's own status is unaffected by the reviewer's.
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["new"] * 5
    win.doc_panel.grab().save("/tmp/document_list_review.png")


def test_assigned_list_stays_lazy_with_many_documents(tmp_path: Path, open_window) -> None:
    path = tmp_path / "big.db"
    n = 20_000
    repo = Repository.open(path)
    try:
        repo.import_records(
            DocumentRecord(f"doc{i:05d}", f"خبر رقم {i} عن بغداد.", f"عنوان {i}", "bulk")
            for i in range(n))
        counts = repo.assign(["amina", "bob", "carla", "dina"], 1, seed=1)
        mine = repo.assigned_document_ids("amina")
    finally:
        repo.close()
    assert counts["amina"] == n // 4 == len(mine)

    win = open_window(path)
    model = win.doc_model
    assert model.rowCount() == n // 4
    last = model.index(model.rowCount() - 1, 0).data()
    assert last == f"عنوان {mine[-1] - 1}"  # ids count from 1, titles from 0
    loaded = sum(len(page) for page in model._pages.values())
    assert loaded <= 1_500


def test_mark_done_opens_the_next_document_in_the_order_the_list_shows(win, gui) -> None:
    """In another order than import order (least certain first sets one), Mark done
    still opens the document listed after the open one."""
    win.doc_model.order = lambda ids: sorted(ids, reverse=True)
    win.doc_model.reload()
    ids = listed(win)
    assert ids == sorted(ids, reverse=True) and len(ids) == 5
    gui.open_doc(win, ids[2])
    gui.key(win.text_view, Qt.Key.Key_Return, CTRL)
    assert win.document_id == ids[3]


def test_the_spans_column_follows_label_keys_and_undo(win, gui, qtbot) -> None:
    """The open document's count comes from the window, other rows' from the file."""
    model, doc = win.doc_model, win.document_id
    row = model.row_of(doc)

    def shown() -> int:
        return model.index(row, 2).data()

    assert shown() == 0
    gui.label_word(win, "واشنطن", "5")
    qtbot.waitUntil(lambda: shown() == 1)
    gui.label_word(win, "إيران", "5")
    qtbot.waitUntil(lambda: shown() == 2)
    gui.key(win.text_view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: shown() == 1)
    model.reload()  # read from the file again: the same
    assert shown() == 1 == len(win.repo.spans(doc, win.session.layer))
