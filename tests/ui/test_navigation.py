"""Moving through documents: mark done, next/previous, time spent, the filtered list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from annotator.core.types import DocumentRecord
from annotator.operations.importing import import_files
from annotator.store.repository import Repository
from annotator.ui.i18n.messages import status_name

CTRL = Qt.KeyboardModifier.ControlModifier


def test_mark_done_opens_the_next_document_not_done(win, db: Repository, gui) -> None:
    ids = db.document_ids()
    assert len(ids) == 5 and win.document_id == ids[0]
    view = win.text_view

    gui.key(view, Qt.Key.Key_Return, CTRL)  # actionMarkDone
    assert db.status(ids[0], gui.user) == "done"
    assert win.document_id == ids[1]
    assert win.doc_model.index(0, 1).data() == status_name("done")  # in the UI language

    gui.open_doc(win, ids[3])
    win.findChild(type(win.menu_actions.mark_done), "actionMarkDone").trigger()
    assert db.status(ids[3], gui.user) == "done"
    assert win.document_id == ids[4]

    gui.open_doc(win, ids[2])
    gui.key(view, Qt.Key.Key_Return, CTRL)
    assert win.document_id == ids[4]  # ids[3] is done already: skipped
    assert [db.status(i, gui.user) for i in ids] == ["done", "new", "done", "done", "new"]


def test_page_down_and_up_move_between_documents(win, db: Repository, gui) -> None:
    ids = db.document_ids()
    view = win.text_view
    gui.key(view, Qt.Key.Key_PageDown)
    assert win.document_id == ids[1]
    gui.key(view, Qt.Key.Key_PageDown)
    assert win.document_id == ids[2]
    assert view.text == db.document_text(ids[2])
    gui.key(view, Qt.Key.Key_PageUp)
    assert win.document_id == ids[1]
    win.menu_actions.next_document.trigger()
    assert win.document_id == ids[2]
    win.menu_actions.previous_document.trigger()
    win.menu_actions.previous_document.trigger()
    win.menu_actions.previous_document.trigger()  # stays on the first
    assert win.document_id == ids[0]


def test_time_spent_is_recorded_when_leaving_a_document(win, db: Repository, gui) -> None:
    first = win.document_id
    assert db.seconds_spent(first, gui.user) == 0
    gui.visit_timer(win).advance(700)  # visits under half a second are not counted
    gui.key(win.text_view, Qt.Key.Key_PageDown)
    assert win.document_id != first
    assert db.seconds_spent(first, gui.user) == pytest.approx(0.7)


def add_titles(project: Path, tmp_path: Path, titles: list[str]) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    for n, title in enumerate(titles):
        (folder / f"extra_{n}.txt").write_text(f"{title}\nنص الخبر رقم {n}.\n", encoding="utf-8")
    repo = Repository.open(project)
    try:
        assert import_files(repo, [folder]).added == len(titles)
    finally:
        repo.close()


def test_filter_ignores_hamza_and_keeps_the_open_document(project: Path, tmp_path: Path,
                                                           open_window, gui, qtbot) -> None:
    titles = ["تمديد حالة الطوارئ ضد إيران", "رسالة أمريكية لإيران", "ايران تنفي",
              "لا شيء هنا", "طهران ترد"]
    add_titles(project, tmp_path, titles)
    win = open_window(project)
    model = win.doc_model
    assert model.rowCount() == 10
    box = win.doc_panel.filter
    assert box.objectName() == "documentFilter"

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    gui.type_text(box, "ايران")
    assert box.text() == "ايران"
    qtbot.waitUntil(lambda: model.rowCount() == 3)  # after a pause in typing

    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert sorted(shown) == sorted(["تمديد حالة الطوارئ ضد إيران", "رسالة أمريكية لإيران",
                                    "ايران تنفي"])
    # Clearing the filter brings every document back.
    box.clear()
    assert model.rowCount() == 10


def test_document_list_is_lazy_with_many_documents(tmp_path: Path, open_window) -> None:
    path = tmp_path / "big.db"
    n = 20_000
    repo = Repository.open(path)
    try:
        outcome = repo.import_records(
            DocumentRecord(f"doc{i:05d}", f"خبر رقم {i} عن بغداد.", f"عنوان {i}", "bulk")
            for i in range(n))
        assert outcome.added == n
    finally:
        repo.close()

    win = open_window(path)
    model = win.doc_model
    assert model.rowCount() == n
    assert model.index(n - 1, 0).data() == f"عنوان {n - 1}"
    assert model.index(n - 1, 1).data() == status_name("new")
    assert model.index(n - 1, 2).data() == 0
    assert win.text_view.text == "خبر رقم 0 عن بغداد."
    # Rows are fetched a page at a time, only where the view looked (the first rows,
    # which the header also samples to size its columns, and the last).
    loaded = sum(len(page) for page in model._pages.values())
    assert loaded <= 1_500
    win.doc_panel.select_row(n - 1)
    assert win.text_view.text == f"خبر رقم {n - 1} عن بغداد."


def highlighted_rows(win) -> list[int]:
    """The document list rows painted in the selection colour, read from what the window
    last drew on screen (not a fresh rendering, which would hide a row left unrepainted)."""
    view = win.doc_panel.view
    shot = win.screen().grabWindow(win.winId()).toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    rows = []
    for row in range(win.doc_model.rowCount()):
        rect = view.visualRect(win.doc_model.index(row, 1))  # the Status cell
        point = view.viewport().mapTo(win, QPoint(rect.left() + 3, rect.center().y()))
        if shot.pixelColor(point) == highlight:
            rows.append(row)
    return rows


def test_undo_in_another_document_moves_the_list_highlight(win, db: Repository, gui) -> None:
    """Page Down, a label, Page Up and Ctrl+Z: the list highlights only the document the
    undo reopened."""
    view = win.text_view
    ids = db.document_ids()
    assert highlighted_rows(win) == [0]
    gui.key(view, Qt.Key.Key_PageDown)
    gui.label_word(win, "العراق", "5")
    gui.key(view, Qt.Key.Key_PageUp)
    assert win.document_id == ids[0]
    gui.key(view, Qt.Key.Key_Z, CTRL)
    gui.qtbot.wait(20)
    assert win.document_id == ids[1] and gui.spans(db, ids[1]) == []
    assert highlighted_rows(win) == [1]


def test_a_first_window_shows_the_first_words_of_each_title(project: Path,
                                                             open_window) -> None:
    # No saved layout (a new user): the document list beside its Status and Spans
    # columns is wide enough to read the first four words of each seed title.
    win = open_window(project)
    view = win.doc_panel.view
    width = view.horizontalHeader().sectionSize(0)
    for row in range(win.doc_model.rowCount()):
        first_words = " ".join(win.doc_model.index(row, 0).data().split()[:4])
        assert view.fontMetrics().horizontalAdvance(first_words) + 16 <= width, first_words
    assert view.columnWidth(1) > 0 and view.columnWidth(2) > 0


def test_a_first_window_shows_span_texts_in_the_spans_dock(project: Path, open_window,
                                                           gui) -> None:
    # No saved layout: the Spans dock beside the Labels dock reads a span's word (its Text
    # column is not squeezed out by Label, Start and End), with no sideways scrolling.
    win = open_window(project)
    text = win.text_view.text
    start = text.index("واشنطن")
    assert win.session.push_add(win.document_id, start, start + 6, "GPE").ok
    win.span_dock.show()
    gui.qtbot.waitUntil(lambda: win.span_table.isVisible())
    table = win.span_table
    word = table.fontMetrics().horizontalAdvance("واشنطن")
    assert table.columnWidth(0) >= word + 12, (table.columnWidth(0), word)
    assert not table.horizontalScrollBar().isVisible()
