"""The window on a project it must not write: one message instead of the window, the line
on stderr for a terminal, exit status 2, and the file's bytes unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.store.db import ProjectFileError
from annotator.ui.app import create_main_window, run
from tests.project_files import NEWER_LINE, digest, make_newer, make_project, read_only


def run_answering_the_message(db: Path) -> tuple[int, list[str]]:
    """`run` as the CLI calls it; the message box it shows is read (its text, shown as
    plain text: a path is never HTML) and closed with OK. Should the window open instead,
    it is closed after 10 s so that the test fails."""
    seen: list[str] = []
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            plain = box.textFormat() == Qt.TextFormat.PlainText
            seen.append(box.text() if plain else f"(rich text) {box.text()}")
            box.button(QMessageBox.StandardButton.Ok).click()
            return
        tries[0] += 1
        if tries[0] > 500:
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.exit(99)
            return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return run(db, "amina", []), seen


def test_a_newer_project_shows_one_message_and_is_untouched(qapp, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture) -> None:
    project = make_newer(make_project(tmp_path / "project.db"), "migration")
    before = digest(project)
    status, seen = run_answering_the_message(project)
    assert status == 2
    expected = (f"{project}: {NEWER_LINE} (migration m999_from_the_future is unknown to "
                "annotator 0.1.0)")
    assert seen == [expected]
    assert capsys.readouterr().err == f"error: {expected}\n"
    with pytest.raises(ProjectFileError):
        create_main_window(project, "amina")
    assert digest(project) == before


def test_a_read_only_project_is_not_opened_for_editing(qapp, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    project = make_project(folder / "project.db")
    before = digest(project)
    with read_only(folder):
        status, seen = run_answering_the_message(project)
    assert status == 2
    assert seen == [f"{project}: the project is read-only here (no permission to write the "
                    "file or its folder)"]
    assert capsys.readouterr().err == f"error: {seen[0]}\n"
    assert digest(project) == before


def test_a_project_in_a_missing_folder_is_not_created(qapp, tmp_path: Path) -> None:
    typo = tmp_path / "<b>projcts</b>" / "p.db"
    status, seen = run_answering_the_message(typo)
    assert status == 2 and seen == [f"{typo}: no such folder: {typo.parent}"]
    assert not typo.parent.exists()
