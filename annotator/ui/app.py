"""Application start-up: QApplication, the bundled Arabic font, the annotator's name."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.errors import UserError
from annotator.paths import resource_path
from annotator.store.repository import Repository
from annotator.ui.i18n import (
    LANGUAGE_SETTING,
    apply_language,
    chosen_language,
    current_language,
    select_language_action,
)
from annotator.ui.i18n.core_messages import core_message
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
    apply_language(chosen_language())
    family = load_fonts()
    path = Path(db_path)
    repo = Repository.open(path)
    name = user or repo.setting("last_user") or ask_user_name()
    if not name:
        raise UserError("an annotator name is needed to open the window")
    repo.user = name
    if repo.setting("last_user") != name:
        repo.set_setting("last_user", name)
    win = MainWindow(repo, path, name, family)
    win.languageChosen.connect(lambda language: switch_language(win, language))
    return win


_switched: list[MainWindow] = []  # windows a language switch opened (nothing else holds them)


def switch_language(window: MainWindow, language: str, ask: bool = True) -> MainWindow:
    """View → Language: remember `language`, apply it, and show the project in a new
    window in that language (the old one closes as on quit: time recorded, geometry and
    docks saved). Returns the window now shown (the same one if nothing changed)."""
    if language == current_language():
        return window
    if ask and window.session.undo_stack.count():
        answer = QMessageBox.question(window, QCoreApplication.translate("Language", "Language"),
                                      QCoreApplication.translate(
            "Language", "The window is opened again in the other language; the undo "
            "history starts afresh (everything is saved). Switch now?"))
        if answer != QMessageBox.StandardButton.Yes:
            select_language_action(window, current_language())
            return window
    QSettings("annotator", "annotator").setValue(LANGUAGE_SETTING, language)
    # Find in project stays open with its query (docks are saved per direction).
    find_query = window.find_panel.query.text() if window.find_dock.isVisible() else None
    quits = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # the application outlives the switch
    try:
        if not window.close():  # records the time, waits for jobs, saves the layout
            return window
        apply_language(language)
        new = create_main_window(window.db_path, window.session.user)
        _switched.append(new)
        new.show()
        if find_query is not None:
            new.find_in_project().search(find_query)
    finally:
        QApplication.setQuitOnLastWindowClosed(quits)
    window.repo.close()
    if window in _switched:
        _switched.remove(window)
    window.deleteLater()
    return new


def ask_user_name() -> str:
    name, ok = QInputDialog.getText(
        None, "annotator", QCoreApplication.translate(
            "App", "Your name (your annotations are stored under it):"))
    return name.strip() if ok else ""


def run(db_path: Path, user: str | None, paths: list[Path]) -> int:
    app = ensure_app()
    try:
        win = create_main_window(db_path, user)
    except UserError as exc:
        # The line for a terminal (and scripts), the box for a desktop launcher.
        print(f"error: {exc}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "annotator", core_message(str(exc)))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is, never as HTML
        box.exec()
        return 2
    win.show()
    if paths:
        win.import_paths(paths)
    return app.exec()
