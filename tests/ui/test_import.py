"""Importing from the window: off the GUI thread, the list updates, errors are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
)

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
    assert job.worker.thread() is job.worker_thread
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


def open_import_dialog(win, qtbot) -> QDialog:
    win.findChild(QAction, "actionImport").trigger()
    dialog = win.findChild(QDialog, "importDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def choose_path(gui, qtbot, dialog: QDialog, button: str, path: Path) -> list[str]:
    """Click Add files… or Add folder…, paste the path into the chooser's name box and
    press Return; returns the chooser's file type filters."""
    qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "importChooser")
    qtbot.waitUntil(lambda: chooser is not None and chooser.isVisible())
    filters = chooser.nameFilters()
    edit = chooser.findChild(QLineEdit, "fileNameEdit")
    edit.setFocus()
    QApplication.clipboard().setText(str(path))
    gui.key(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    gui.key(edit, Qt.Key.Key_Return)
    return filters


def choose(dialog: QDialog, name: str, text: str, gui) -> None:
    """Pick an entry of a combo box by its text, or type it into an editable one."""
    box = dialog.findChild(QComboBox, name)
    index = box.findText(text)
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.lineEdit().selectAll()
        gui.type_text(box.lineEdit(), text)
    assert box.currentText() == text


def run_dialog(win, qtbot, dialog: QDialog) -> str:
    """Click OK and wait for the background import; returns its report line."""
    ok = dialog.findChild(QDialogButtonBox, "importButtons").button(
        QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert win.jobs, "OK starts a background import"
    job = win.jobs[-1]
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    ok_, message = blocker.args
    assert ok_, message
    return message


def test_import_dialog_takes_folders_format_layer_and_encoding(project: Path, tmp_path: Path,
                                                               open_window, gui,
                                                               qtbot) -> None:
    win = open_window(project)
    # A folder: two text files and, in a subfolder, a CoNLL file.
    write_docs(tmp_path / "in")
    (tmp_path / "in" / "sub").mkdir()
    (tmp_path / "in" / "sub" / "tagged.conll").write_text(
        "قصفت O\nالمقاومة B-ARMED_GROUP\nقاعدة B-FAC\nحرير I-FAC\n", encoding="utf-8")
    dialog = open_import_dialog(win, qtbot)
    choose_path(gui, qtbot, dialog, "importAddFolder", tmp_path / "in")
    paths = dialog.findChild(QListWidget, "importPaths")
    assert [paths.item(i).text() for i in range(paths.count())] == [str(tmp_path / "in")]
    assert dialog.findChild(QComboBox, "importFormat").currentData() == "auto"
    choose(dialog, "importLayer", "wojood", gui)
    assert "imported 3 document(s)" in run_dialog(win, qtbot, dialog)
    repo = Repository.open(project)
    try:
        conll = repo.document_ids()[-1]
        assert [(s.text, s.label) for s in repo.spans(conll, "wojood")] == [
            ("المقاومة", "ARMED_GROUP"), ("قاعدة حرير", "FAC")]
    finally:
        repo.close()

    # A CoNLL file in UTF-16 without a byte order mark, with a suffix import does not
    # know: the format and encoding boxes say what it is.
    odd = tmp_path / "news.data"
    odd.write_bytes("زار O\nبغداد B-GPE\nأمس O\n".encode("utf-16-le"))
    dialog = open_import_dialog(win, qtbot)
    filters = choose_path(gui, qtbot, dialog, "importAddFiles", odd)
    # Every importable suffix is offered (CoNLL was filtered out before), and all files.
    assert filters == ["Importable files (*.conll *.json *.jsonl *.ndjson *.txt)",
                       "All files (*)"]
    choose(dialog, "importFormat", "conll", gui)
    choose(dialog, "importLayer", "wojood", gui)
    choose(dialog, "importEncoding", "utf-16-le", gui)
    assert "imported 1 document(s), 1 span(s)" in run_dialog(win, qtbot, dialog)
    repo = Repository.open(project)
    try:
        doc = repo.document_ids()[-1]
        assert repo.document_text(doc).split() == ["زار", "بغداد", "أمس"]
        assert [(s.text, s.label) for s in repo.spans(doc, "wojood")] == [("بغداد", "GPE")]
        assert repo.document_count() == 9
    finally:
        repo.close()
    assert win.doc_model.rowCount() == 9


def test_import_dialog_refuses_an_unknown_encoding_and_no_paths(project: Path, tmp_path: Path,
                                                                open_window, gui,
                                                                qtbot) -> None:
    win = open_window(project)
    dialog = open_import_dialog(win, qtbot)
    ok = dialog.findChild(QDialogButtonBox, "importButtons").button(
        QDialogButtonBox.StandardButton.Ok)
    error = dialog.findChild(QLabel, "importError")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and error.text() == "Add files or a folder to import."
    write_docs(tmp_path / "in")
    choose_path(gui, qtbot, dialog, "importAddFolder", tmp_path / "in")
    choose(dialog, "importEncoding", "klingon", gui)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and error.text() == "Unknown encoding 'klingon'."
    assert not win.jobs
    dialog.reject()


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
