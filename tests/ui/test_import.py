"""Importing from the window: off the GUI thread, the list updates, errors are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.store.repository import Repository
from annotator.ui.workers import BackgroundJob


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    path = tmp_path / "empty.db"
    Repository.open(path).close()
    return path


def write_docs(folder: Path) -> list[Path]:
    folder.mkdir()
    good = []
    for n, title in enumerate(["قصف قاعدة عين الأسد", "وزير الخارجية في بغداد"]):
        path = folder / f"good_{n}.txt"
        path.write_text(f"{title}\nنص الخبر {n}.\n", encoding="utf-8")
        good.append(path)
    return good


def answer_the_next_message_box() -> list[str]:
    """Accept the next modal message box once it opens; its text lands in the list."""
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return shown


def titles(win) -> list[str]:
    model = win.doc_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_import_runs_in_the_background_and_fills_the_list(empty_project: Path, tmp_path: Path,
                                                          open_window, qtbot) -> None:
    win = open_window(empty_project)
    assert win.doc_model.rowCount() == 0
    assert win.stack.currentWidget() is win.empty_page
    good = write_docs(tmp_path / "in")

    job = win.import_paths(good)
    assert isinstance(job, BackgroundJob)
    assert job.worker.thread() is job.thread
    assert job.thread is not QThread.currentThread()  # the GUI thread stays free
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    ok, message = blocker.args
    assert ok, message
    assert "imported 2 document(s)" in message

    assert titles(win) == ["قصف قاعدة عين الأسد", "وزير الخارجية في بغداد"]
    assert win.stack.currentWidget() is win.text_view
    assert win.document_id is not None  # the first new document is open
    assert win.text_view.text.startswith("قصف قاعدة عين الأسد")
    repo = Repository.open(empty_project)
    try:
        assert repo.document_count() == 2
    finally:
        repo.close()


def test_a_bad_file_is_reported_and_the_good_ones_are_kept(project: Path, tmp_path: Path,
                                                           open_window, qtbot) -> None:
    win = open_window(project)
    good = write_docs(tmp_path / "in")
    bad = tmp_path / "in" / "broken.jsonl"
    bad.write_text('{"text": "نص", "id": 1\n{not json\n', encoding="utf-8")

    warnings = answer_the_next_message_box()
    job = win.import_paths([good[0], bad, good[1]])
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    ok, message = blocker.args

    assert not ok
    assert warnings == [message]
    assert "imported 2 document(s)" in message
    assert "1 file(s) failed" in message and "broken.jsonl" in message
    assert win.doc_model.rowCount() == 7
    assert titles(win)[-2:] == ["قصف قاعدة عين الأسد", "وزير الخارجية في بغداد"]
    repo = Repository.open(project)
    try:
        assert repo.document_count() == 7
    finally:
        repo.close()


def test_import_warnings_are_shown_in_the_message_box(empty_project: Path, tmp_path: Path,
                                                      open_window, qtbot) -> None:
    """Two records with one id and different texts: imported, and the user is told."""
    path = tmp_path / "ids.jsonl"
    path.write_text('{"id": "d1", "text": "الخبر الأول"}\n'
                    '{"id": "d1", "text": "خبر آخر"}\n', encoding="utf-8")
    win = open_window(empty_project)
    shown = answer_the_next_message_box()
    job = win.import_paths([path])
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    (text,) = shown
    assert "imported 2 document(s)" in text and "1 warning(s)" in text
    assert f'warning: {path}:2: id "d1" is also the id of line 1' in text
    assert win.doc_model.rowCount() == 2
