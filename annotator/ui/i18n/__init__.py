"""The interface language: Arabic or English, chosen in View → Language.

The choice is remembered in QSettings (`view/language`); without one the system
locale decides (Arabic for an Arabic locale). Arabic installs the translator built
from `annotator_ar.ts` (the .qm next to it), makes QLocale's default Arabic (label
names then come from the schema's Arabic names: ui/names.py) and mirrors the whole
layout (right to left). The text of a document is right to left in both languages.

Switching (ui/app.py `switch_language`) applies the language to the application and
builds the window anew on the same project (the open document, docks and geometry are
kept; the undo history starts afresh): every widget then takes its strings from `tr()`
as it is created, so no widget needs code to translate itself again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

LANGUAGE_SETTING = "view/language"
HERE = Path(__file__).resolve().parent
# Each language is named in itself, so a user who cannot read the other finds theirs.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}
_translators: list[QTranslator] = []
_current = "en"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def qm_path(language: str) -> Path:
    """The compiled translation (built by `python -m annotator.ui.i18n.update`)."""
    return HERE / f"annotator_{language}.qm"


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def chosen_language() -> str:
    """The remembered choice, else the system's."""
    value = QSettings("annotator", "annotator").value(LANGUAGE_SETTING)
    return value if value in LANGUAGE_NAMES else system_language()


def current_language() -> str:
    return _current


def apply_language(language: str) -> None:
    """Translator, default locale and layout direction of the running application."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language == "ar":
        translator = QTranslator(app)
        if not translator.load(str(qm_path("ar"))):
            raise RuntimeError(f"the Arabic translation is missing: {qm_path('ar')}")
        app.installTranslator(translator)
        _translators.append(translator)
        qt = QTranslator(app)  # Qt's own words: OK, Cancel, Yes, No, the file dialogs
        if qt.load(QLocale(QLocale.Language.Arabic), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                               else Qt.LayoutDirection.LeftToRight)
    _current = language


def language_menu(window: QMainWindow, chosen: Callable[[str], object]) -> QMenu:
    """View → Language: one checkable entry per language; `chosen(code)` switches."""
    menu = QMenu(_tr("&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == _current)
        action.triggered.connect(lambda _=False, c=code: chosen(c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def select_language_action(window: QMainWindow, language: str) -> None:
    """Tick `language` in View → Language again (a switch the user called off)."""
    action = window.findChild(QAction, f"language_{language}")
    if action is not None:
        action.setChecked(True)
