"""Application start-up: QApplication, bundled font, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def create_main_window(db_path: str | Path, user: str | None = None) -> QMainWindow:
    win = QMainWindow()
    win.setWindowTitle(f"annotator — {Path(db_path).name}")
    label = QLabel("annotator")
    win.setCentralWidget(label)
    return win


def run(db_path: Path, user: str | None, paths: list[Path]) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    win = create_main_window(db_path, user)
    win.show()
    return app.exec()
