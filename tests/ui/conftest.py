"""GUI test fixtures: an offscreen Qt, settings and XDG folders in tmp, real project files.

Every test gets its own project file with the five seed articles, a window opened for
"amina", and a second, independent Repository connection to check what reached the file.
"""

from __future__ import annotations

import os
import shutil

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything creates a QGuiApplication

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.core.types import Span  # noqa: E402
from annotator.operations.importing import import_files  # noqa: E402
from annotator.store.repository import Repository  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.text_view import TextView  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
USER = "amina"
_XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """XDG folders and QSettings in tmp for the whole session, before Qt reads them."""
    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in (*_XDG, "ANNOTATOR_DB")}
    for key in _XDG:
        (home / key.lower()).mkdir()
        os.environ[key] = str(home / key.lower())
    os.environ.pop("ANNOTATOR_DB", None)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "settings"))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "system-settings"))
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path) -> Iterator[None]:
    """Each test its own QSettings folder: no window geometry or zoom leaks between tests.

    The interface language is English unless ANNOTATOR_TEST_LANGUAGE says otherwise
    (ANNOTATOR_TEST_LANGUAGE=ar runs tests with the Arabic, mirrored interface); the
    application is English again after each test."""
    from annotator.ui.i18n import LANGUAGE_SETTING, apply_language, current_language

    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings("annotator", "annotator").setValue(
        LANGUAGE_SETTING, os.environ.get("ANNOTATOR_TEST_LANGUAGE", "en"))
    yield
    if current_language() != "en" and QApplication.instance() is not None:
        apply_language("en")


# --------------------------------------------------------------------- projects
@pytest.fixture(scope="session")
def _seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seed articles imported once; each test gets a copy of the file."""
    path = tmp_path_factory.mktemp("seed-project") / "project.db"
    repo = Repository.open(path)
    try:
        summary = import_files(repo, [SEEDS])
        assert summary.added == 5 and not summary.errors
    finally:
        repo.close()
    assert not path.with_name(path.name + "-wal").exists()  # the file holds everything
    return path


@pytest.fixture
def project(tmp_path: Path, _seed_project: Path) -> Path:
    """A project file of its own with the five seed articles imported."""
    path = tmp_path / "project.db"
    shutil.copyfile(_seed_project, path)
    return path


@pytest.fixture
def db(project: Path) -> Iterator[Repository]:
    """An independent connection to the project file, to check what was committed."""
    repo = Repository.open(project)
    yield repo
    repo.close()


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    """open_window(path, user="amina"): a shown main window, closed at teardown."""
    from annotator.ui.app import create_main_window

    windows: list[MainWindow] = []

    def opener(path: Path, user: str = USER) -> MainWindow:
        win = create_main_window(path, user)
        windows.append(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        win.text_view.setFocus()
        return win

    yield opener
    for win in windows:
        close_window(win)


def close_window(win: MainWindow) -> None:
    """Close the window (records time, waits for jobs) and its repository connection.

    Safe to call twice: a test may close a window itself to reopen the project.
    """
    if not shiboken6.isValid(win):
        return
    if win.isVisible():
        win.close()
    for job in list(win.jobs):
        job.wait()
    win.repo.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture
def win(project: Path, open_window: Callable[..., MainWindow]) -> MainWindow:
    """The annotation window on the seed project, showing the first document."""
    w = open_window(project)
    assert w.document_id is not None
    return w


class ManualTimer:
    """A QElapsedTimer whose time passes only when the test calls `advance`."""

    def __init__(self) -> None:
        self.now = 0
        self.started: int | None = None

    def advance(self, ms: int) -> None:
        self.now += ms

    def start(self) -> None:
        self.started = self.now

    def isValid(self) -> bool:
        return self.started is not None

    def invalidate(self) -> None:
        self.started = None

    def elapsed(self) -> int:
        assert self.started is not None, "elapsed() of a timer that is not running"
        return self.now - self.started


class Gui:
    """Real mouse and keyboard input for a TextView, addressed by code-point offsets.

    Points come from the view's own layout (`positions.to_qt` + `cursorRect`), so the
    tests never assume left-to-right geometry.
    """

    user = USER

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    close_window = staticmethod(close_window)

    @staticmethod
    def visit_timer(win: MainWindow) -> ManualTimer:
        """Give the window a visit timer the test moves on, and start it: time spent on a
        document without waiting for it."""
        timer = ManualTimer()
        win.visit = timer  # type: ignore[assignment]
        timer.start()
        return timer

    # ---------------------------------------------------------- documents
    @staticmethod
    def doc_id(repo: Repository, stem: str) -> int:
        """The id of the document imported from seeds/<stem>*.txt."""
        for doc_id in repo.document_ids():
            if repo.document(doc_id, with_text=False).external_id.startswith(stem):
                return doc_id
        raise LookupError(stem)

    def open_doc(self, win: MainWindow, document_id: int) -> None:
        """Open a document the way a user does: click its row in the document list."""
        view = win.doc_panel.view
        index = win.doc_model.index(win.doc_model.row_of(document_id), 0)
        view.scrollTo(index)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                              pos=view.visualRect(index).center())
        self.qtbot.wait(1)
        assert win.document_id == document_id

    @staticmethod
    def find(text: str, word: str, after: str = "", nth: int = 0) -> tuple[int, int]:
        """Code-point offsets of the nth occurrence of `word` after the first `after`."""
        i = (text.index(after) + len(after) if after else 0) - 1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        return i, i + len(word)

    @staticmethod
    def spans(repo: Repository, document_id: int) -> list[tuple[int, int, str, str]]:
        """(start, end, label, text) of amina's spans in a document, from the file."""
        return [(s.start, s.end, s.label, s.text) for s in repo.spans(document_id, USER)]

    @staticmethod
    def only_span(repo: Repository, document_id: int) -> Span:
        spans = repo.spans(document_id, USER)
        assert len(spans) == 1, spans
        return spans[0]

    # ------------------------------------------------------------ geometry
    @staticmethod
    def caret(view: TextView, offset: int) -> QPoint:
        """Centre of the cursor rectangle at a code-point offset (a gap between letters)."""
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(offset))
        rect = view.cursorRect(cursor)
        return QPoint(rect.center().x(), rect.center().y())

    def gap(self, view: TextView, offset: int) -> QPoint:
        """A point that Qt maps to the cursor position at `offset` (for exact drags).

        The cursor rectangle's own x is often one position off for Qt's hit test, and a
        lam-alef ligature has one x for two positions, so look nearby for a point that
        really lands there, nearest first.
        """
        target = view.positions.to_qt(offset)
        base = self.caret(view, offset)
        for dx in sorted(range(-12, 13), key=abs):
            point = QPoint(base.x() + dx, base.y())
            if view.cursorForPosition(point).position() == target:
                return point
        raise AssertionError(f"no point of the viewport lands on offset {offset}")

    def inside(self, view: TextView, offset: int) -> QPoint:
        """A point on the character at `offset`, a third of the way in from its
        logical start (the right edge in right-to-left text)."""
        a, b = self.caret(view, offset), self.caret(view, offset + 1)
        assert a.y() == b.y(), "character at a line end"
        return QPoint(round(a.x() + (b.x() - a.x()) / 3), a.y())

    def show_range(self, view: TextView, start: int, end: int) -> None:
        """Scroll so that [start, end) is on screen, then let the layout settle."""
        view.scroll_to(start, end)
        self.qtbot.wait(1)
        for off in (start, end):
            assert view.viewport().rect().contains(self.caret(view, off))

    # --------------------------------------------------------------- mouse
    @staticmethod
    def _send(widget: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
              buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier) -> None:
        local = QPointF(pos)
        ev = QMouseEvent(kind, local, local, QPointF(widget.mapToGlobal(pos)), button,
                         buttons, modifiers)
        QApplication.sendEvent(widget, ev)

    def drag(self, view: TextView, start: QPoint, end: QPoint,
             modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             steps: int = 4) -> None:
        """Press at `start`, move with the left button held, release at `end`."""
        vp = view.viewport()
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self._send(vp, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
        for k in range(1, steps + 1):
            p = QPoint(start.x() + (end.x() - start.x()) * k // steps,
                       start.y() + (end.y() - start.y()) * k // steps)
            self._send(vp, QEvent.Type.MouseMove, p, none, left, modifiers)
        self._send(vp, QEvent.Type.MouseButtonRelease, end, left, none, modifiers)

    def drag_offsets(self, view: TextView, start: int, end: int,
                     modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Drag from the gap before `start` to the gap before `end` (logical order)."""
        self.show_range(view, start, end)
        self.drag(view, self.gap(view, start), self.gap(view, end), modifiers)

    def click(self, view: TextView, pos: QPoint,
              modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        vp = view.viewport()
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self._send(vp, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
        self._send(vp, QEvent.Type.MouseButtonRelease, pos, left, none, modifiers)

    def click_offset(self, view: TextView, offset: int) -> None:
        """Click on the character at `offset` (selects the innermost span there)."""
        self.show_range(view, offset, offset + 1)
        self.click(view, self.inside(view, offset))

    def double_click(self, view: TextView, pos: QPoint) -> None:
        """Double-click, then let the triple-click interval pass: Qt takes a click at the
        same place within it as a triple click (which selects the whole line). The interval
        is made zero for this double click, so no test waits the user's 400 ms."""
        vp = view.viewport()
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        self._send(vp, QEvent.Type.MouseButtonPress, pos, left, left, Qt.KeyboardModifier(0))
        self._send(vp, QEvent.Type.MouseButtonRelease, pos, left, none, Qt.KeyboardModifier(0))
        hints = QGuiApplication.styleHints()
        interval = hints.mouseDoubleClickInterval()
        hints.setMouseDoubleClickInterval(0)  # the triple-click timer starts on the double click
        try:
            self._send(vp, QEvent.Type.MouseButtonDblClick, pos, left, left,
                       Qt.KeyboardModifier(0))
        finally:
            hints.setMouseDoubleClickInterval(interval)
        self._send(vp, QEvent.Type.MouseButtonRelease, pos, left, none, Qt.KeyboardModifier(0))
        self.qtbot.wait(1)  # the zero-length triple-click timer runs out

    # ------------------------------------------------------------ keyboard
    def key(self, widget: QWidget, key: Qt.Key,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifiers)
        self.qtbot.wait(1)

    def type_text(self, widget: QWidget, text: str) -> None:
        """Type any text, one key press and release per character.

        QTest.keyClicks aborts the process on characters outside Latin-1 (Arabic);
        Qt's key code for such a character is its code point.
        """
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                ev = QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, ev)
        self.qtbot.wait(1)

    def label_key(self, view: TextView, digit: str) -> None:
        """Press a label hotkey (a digit) on the text view."""
        self.key(view, Qt.Key(ord(digit)))

    def label_exact(self, view: TextView, word: str, key: str,
                    after: str = "") -> tuple[int, int]:
        """Drag exactly over `word` (from its first character to its last) and press
        `key`; returns the word's offsets."""
        s, e = self.find(view.text, word, after=after)
        self.drag_offsets(view, s, e)
        self.label_key(view, key)
        return s, e

    def label_word(self, win: MainWindow, word: str, key: str,
                   after: str = "") -> tuple[int, int]:
        """Drag across the middle of `word` and press `key`; returns the word's offsets."""
        view = win.text_view
        s, e = self.find(view.text, word, after=after)
        self.show_range(view, s, e)
        self.drag(view, self.inside(view, s + 1), self.inside(view, e - 2))
        self.label_key(view, key)
        return s, e


@pytest.fixture
def gui(qtbot) -> Gui:
    return Gui(qtbot)
