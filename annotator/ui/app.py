"""Application start-up: QApplication, the bundled Arabic font, the annotator's name."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.errors import UserError
from annotator.paths import resource_path
from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow

FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
_font_family: str | None = None


def load_fonts() -> str:
    """Register the bundled OFL Arabic font; returns its family ('' if it failed)."""
    global _font_family
    if _font_family is None:
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
        _font_family = families[0] if families else ""
    return _font_family


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QGuiApplication.setApplicationName("annotator")
    QGuiApplication.setOrganizationName("annotator")
    assert isinstance(app, QApplication)
    return app


def create_main_window(db_path: str | Path, user: str | None = None) -> MainWindow:
    """Build the main window on a project (no event loop). `user` None: the remembered one."""
    ensure_app()
    family = load_fonts()
    path = Path(db_path)
    repo = Repository.open(path)
    name = user or repo.setting("last_user") or ask_user_name()
    if not name:
        raise UserError("an annotator name is needed to open the window")
    repo.user = name
    if repo.setting("last_user") != name:
        repo.set_setting("last_user", name)
    return MainWindow(repo, path, name, family)


def ask_user_name() -> str:
    name, ok = QInputDialog.getText(
        None, "annotator", "Your name (your annotations are stored under it):"
    )
    return name.strip() if ok else ""


def run(db_path: Path, user: str | None, paths: list[Path]) -> int:
    app = ensure_app()
    try:
        win = create_main_window(db_path, user)
    except UserError as exc:
        # The line for a terminal (and scripts), the box for a desktop launcher.
        print(f"error: {exc}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "annotator", str(exc))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is, never as HTML
        box.exec()
        return 2
    win.show()
    if paths:
        win.import_paths(paths)
    return app.exec()
