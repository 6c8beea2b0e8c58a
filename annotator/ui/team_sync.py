"""The window's team server: the connection, a background sync and its indicator.

Every sync runs on one worker thread with its own `Repository` and its own
`TeamServer` connection (kept open between syncs, opened again when it broke): never on
the GUI thread. It runs every few seconds (the setting `team/syncSeconds`), when the
user opens another document, and when the indicator is clicked. What a sync wrote into
the project is read back from the change log (the rows the user `sync` wrote), and the
window is told through the session's change notice (docs/decisions/0013): a
`Change(documents=True)` when documents or assignments arrived, else a notice per
document for its row, and the open document read again, keeping the selection and the
scroll position, when its layers changed. Every edit is committed locally before it is
shown, so a sync never has anything unsaved to lose.

The password is never stored: the project remembers the URL without it (its sync
state), and a password given at the prompt is kept in memory for this window only.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QInputDialog, QLineEdit, QWidget

from annotator.core.changes import Change
from annotator.core.errors import UserError
from annotator.core.types import GOLD
from annotator.operations.sync import edits_waiting, record_failure, sync
from annotator.operations.team import TeamProgress
from annotator.store import sync_state
from annotator.store.repository import Repository
from annotator.store.server.connection import NotPermitted, ServerError, TeamServer
from annotator.store.sync_rows import last_change_id, written_by_sync
from annotator.ui.session import Session
from annotator.ui.team_connection import (
    Credentials,
    PasswordNeeded,
    fetch_progress,
    project_problem,
)
from annotator.ui.thread_task import wait_all
from annotator.ui.widgets.sync_indicator import (
    CONFLICT,
    FAILED,
    NOT_CONNECTED,
    OFFLINE,
    SYNCED,
    SYNCING,
    WAITING,
    SyncIndicator,
    SyncView,
)

DEFAULT_SECONDS = 5
SETTING = "team/syncSeconds"


@dataclass
class SyncOutcome:
    """One background sync, as the window needs it."""

    ok: bool
    error: str = ""
    offline: bool = False  # the server could not be reached (or asked for a password)
    needs_password: bool = False
    connected: bool = True  # False: this project has no team server
    conflicts: list[str] = field(default_factory=list)
    sent: int = 0  # rows the server stored
    waiting: int = 0
    touched: dict[int, set[str]] = field(default_factory=dict)  # document -> layers
    documents_changed: bool = False  # documents or assignments arrived
    server: str = ""
    member: str = ""
    last_ok: str | None = None


class SyncWorker(QObject):
    """Lives on the sync thread: its own Repository and server connection."""

    finished = Signal(object)  # SyncOutcome
    counted = Signal(int)

    def __init__(self, db_path: Path, user: str, credentials: Credentials) -> None:
        super().__init__()
        self.db_path, self.user, self.credentials = db_path, user, credentials
        self.repo: Repository | None = None
        self.server: TeamServer | None = None

    def _repository(self) -> Repository:
        if self.repo is None:
            self.repo = Repository.open(self.db_path, user=self.user)
        return self.repo

    @Slot()
    def sync_now(self) -> None:
        try:
            outcome = self._sync()
        except Exception as exc:  # noqa: BLE001  (a bug: said in the indicator, not fatal)
            traceback.print_exc()
            outcome = SyncOutcome(False, f"{type(exc).__name__}: {exc}")
        self.finished.emit(outcome)

    @Slot()
    def count(self) -> None:
        try:
            self.counted.emit(edits_waiting(self._repository()))
        except Exception:  # noqa: BLE001
            traceback.print_exc()

    @Slot()
    def reset(self) -> None:
        """Forget the connection (another URL or password was given)."""
        self._drop()

    @Slot()
    def close(self) -> None:
        """The window closes: close the connections on their own thread, end it."""
        self._drop()
        if self.repo is not None:
            self.repo.close()
            self.repo = None
        self.thread().quit()

    def _drop(self) -> None:
        if self.server is not None:
            try:
                self.server.close()
            except Exception:  # noqa: BLE001  (already broken: nothing to close)
                pass
            self.server = None

    def _sync(self) -> SyncOutcome:
        repo = self._repository()
        state = sync_state.load(repo.db)
        if not self.credentials.url and state is not None:
            self.credentials.url = state.server
        if not self.credentials.url:
            return SyncOutcome(False, connected=False)
        before = last_change_id(repo.db)
        try:
            result = self._run(repo)
        except UserError as exc:
            self._drop()
            record_failure(repo, str(exc))
            if "wrong password" in str(exc):
                self.credentials.password = None  # ask again
            state = sync_state.load(repo.db)
            return SyncOutcome(
                False, str(exc), offline=isinstance(exc, ServerError)
                and not isinstance(exc, NotPermitted),
                needs_password=isinstance(exc, PasswordNeeded), waiting=edits_waiting(repo),
                server=state.server if state else self.credentials.url,
                member=f"{state.user} ({state.role})" if state else "",
                last_ok=state.last_ok if state else None)
        received = result.received
        state = sync_state.load(repo.db)
        return SyncOutcome(
            True, conflicts=result.conflicts, sent=result.sent, waiting=result.waiting,
            touched=written_by_sync(repo.db, before),
            documents_changed=bool(received.documents or received.assignments),
            server=result.server, member=f"{result.user} ({result.role})",
            last_ok=state.last_ok if state else None)

    def _run(self, repo: Repository) -> Any:
        fresh = self.server is None
        if self.server is None:
            self.server = self._connect(repo)
        try:
            return sync(repo, self.server)
        except ServerError as exc:
            if fresh or isinstance(exc, NotPermitted):
                raise
            # The kept connection broke (the server restarted): once more, on a new one.
            self._drop()
            self.server = self._connect(repo)
            return sync(repo, self.server)

    def _connect(self, repo: Repository) -> TeamServer:
        server = self.credentials.connect()
        problem = project_problem(repo, server, self.user)
        if problem:
            server.close()
            raise UserError(problem)
        return server


class TeamSync(QObject):
    """The window's side: timer, requests (at most one sync at a time, one more queued),
    the indicator, and what the window shows again after a sync."""

    synced = Signal(object)  # SyncOutcome, after the window was updated
    _sync_requested = Signal()
    _count_requested = Signal()
    _reset_requested = Signal()
    _close_requested = Signal()

    def __init__(self, window: QWidget, session: Session, db_path: Path,
                 indicator: SyncIndicator, others_shown: Callable[[], bool],
                 view: QAbstractScrollArea) -> None:
        super().__init__(window)
        self.setObjectName("teamSync")
        self.window, self.session, self.db_path = window, session, db_path
        self.indicator = indicator
        self.others_shown = others_shown  # review mode or a compared layer: other layers
        self.view = view  # the text: its scroll position is kept when it is read again
        self.credentials = Credentials()
        self.settings = QSettings("annotator", "annotator")
        self.thread_: QThread | None = None
        self.worker: SyncWorker | None = None
        self.busy = self.again = self.counting = False
        self.conflicts: list[str] = []
        self.last: SyncOutcome | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.request_sync)
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(300)
        self.count_timer.timeout.connect(self._request_count)
        self.password_dialog: QInputDialog | None = None
        session.changed.connect(self._local_change)
        indicator.clicked.connect(self._indicator_clicked)
        state = sync_state.load(session.repo.db)
        if state is not None:
            self.indicator.show_view(SyncView(SYNCING, server=state.server,
                                              member=f"{state.user} ({state.role})",
                                              last_ok=state.last_ok))
            self.start()
        else:
            self.indicator.show_view(SyncView(NOT_CONNECTED))

    # ----------------------------------------------------------------- settings
    def interval_seconds(self) -> int:
        try:
            return max(1, int(str(self.settings.value(SETTING, DEFAULT_SECONDS))))
        except ValueError:
            return DEFAULT_SECONDS

    def set_interval(self, seconds: int) -> None:
        self.settings.setValue(SETTING, max(1, seconds))
        if self.timer.isActive():
            self.timer.start(self.interval_seconds() * 1000)

    @property
    def connected(self) -> bool:
        return self.worker is not None

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        """Start the sync thread (once) and the timer; sync at once."""
        if self.worker is None:
            self.thread_ = QThread()
            self.worker = SyncWorker(self.db_path, self.session.user, self.credentials)
            self.worker.moveToThread(self.thread_)
            self._sync_requested.connect(self.worker.sync_now)
            self._count_requested.connect(self.worker.count)
            self._reset_requested.connect(self.worker.reset)
            self._close_requested.connect(self.worker.close)
            self.worker.finished.connect(self._finished)
            self.worker.counted.connect(self._counted)
            self.thread_.start()
        self.timer.start(self.interval_seconds() * 1000)
        self.request_sync()

    def connect_to(self, url: str, password: str | None) -> None:
        """Sync with this server from now on (the first sync remembers its URL)."""
        self.credentials.url, self.credentials.password = url, password
        if self.worker is not None:
            self._reset_requested.emit()
        self.start()

    def request_sync(self) -> None:
        """Sync now, or right after the sync that is running."""
        if self.worker is None:
            return
        if self.busy:
            self.again = True
            return
        self.busy, self.again = True, False
        if self.last is None:
            self._show(SYNCING)  # later syncs keep showing the last state meanwhile
        self._sync_requested.emit()

    def connect_dialog(self) -> QDialog:
        """File → Connect to team server: the URL (the project's remembered one first),
        a test of the connection, how often to sync. Connect starts syncing."""
        from annotator.ui.dialogs.connect_dialog import ConnectDialog

        state = sync_state.load(self.session.repo.db)
        url = state.server if state else self.credentials.url  # never a password shown
        dialog = ConnectDialog(self.window, self.db_path, self.session.user, url,
                               self.interval_seconds())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self.set_interval(dialog.seconds())
            self.connect_to(dialog.url(), dialog.password)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def progress_source(self) -> Callable[[], TeamProgress]:
        """What Team → Progress reads (off the GUI thread) with this window's credentials."""
        credentials, path = self.credentials, self.db_path
        return lambda: fetch_progress(credentials, path)

    def document_switched(self) -> None:
        self.request_sync()

    def shutdown(self) -> None:
        """The window closes: no new sync; the running one ends (it is safe to stop at
        any point, but a thread cannot be killed), then the thread."""
        self.timer.stop()
        self.count_timer.stop()
        if self.worker is not None and self.thread_ is not None:
            self._close_requested.emit()
            self.thread_.wait(60000)
            self.worker = None
        wait_all()

    # -------------------------------------------------------------- reactions
    def _local_change(self, change: Change) -> None:
        """An edit here: count what waits for the server (on the sync thread)."""
        if self.worker is not None and change.ok:
            self.count_timer.start()

    def _request_count(self) -> None:
        if self.worker is None:
            return
        if self.busy or self.counting:
            self.count_timer.start()  # after the sync: it may not have counted this edit
            return
        self.counting = True
        self._count_requested.emit()

    def _counted(self, waiting: int) -> None:
        self.counting = False
        if self.last is not None and not self.busy:
            self.last.waiting = waiting
            self._show(self._state_of(self.last))

    def _finished(self, outcome: SyncOutcome) -> None:
        self.busy = False
        self.last = outcome
        self.conflicts += outcome.conflicts
        if outcome.ok:
            self._update_window(outcome)
        if not outcome.connected:
            self.timer.stop()
            self.indicator.show_view(SyncView(NOT_CONNECTED))
        else:
            self._show(self._state_of(outcome))
        self.synced.emit(outcome)
        if self.again:
            self.request_sync()

    def _state_of(self, outcome: SyncOutcome) -> str:
        if self.conflicts:
            return CONFLICT
        if not outcome.ok:
            return OFFLINE if outcome.offline else FAILED
        return WAITING if outcome.waiting else SYNCED

    def _show(self, state: str) -> None:
        last = self.last or SyncOutcome(True)
        view = self.indicator.view
        self.indicator.show_view(SyncView(
            state, last.waiting, last.server or view.server, last.member or view.member,
            last.last_ok or view.last_ok, "" if last.ok else last.error,
            list(self.conflicts)))

    def _update_window(self, outcome: SyncOutcome) -> None:
        """Show what the sync brought, through the session's change notice."""
        session = self.session
        if outcome.documents_changed:
            self._keeping_scroll(lambda: session.publish(Change(documents=True)))
            return
        open_id = session.document.id
        for doc, layers in outcome.touched.items():
            if doc == open_id and (layers & {session.layer, GOLD} or self.others_shown()):
                self._keeping_scroll(session.reload_document)
            session.publish(Change(document_id=doc))  # its row in the document list

    def _keeping_scroll(self, reload: Callable[[], object]) -> None:
        bar = self.view.verticalScrollBar()
        value = bar.value()
        reload()
        bar.setValue(value)
        QTimer.singleShot(0, self, lambda: bar.setValue(value))  # after the new layout

    def _indicator_clicked(self) -> None:
        if self.worker is None:
            return
        if self.conflicts:
            self._show_conflicts()
            return
        if self.last is not None and self.last.needs_password:
            self.ask_password()
            return
        self.request_sync()

    def _show_conflicts(self) -> None:
        from annotator.ui.dialogs.team_menu import show_result

        text = "\n".join([self.tr("Edits that lost to a newer edit of the same span "
                                  "elsewhere (they are in the change log):"), "",
                          *self.conflicts])
        self.conflicts = []
        show_result(self.window, "syncConflicts", self.tr("Sync conflicts"), text, True)
        if self.last is not None:
            self._show(self._state_of(self.last))

    def ask_password(self) -> QInputDialog:
        """Ask for the server's password (kept in memory for this window), then sync."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("passwordDialog")
        dialog.setWindowTitle(self.tr("Team server password"))
        dialog.setLabelText(self.tr("Password for the team server ({0}):").format(
            self.indicator.view.server or self.credentials.url))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)

        def given(password: str) -> None:
            self.credentials.password = password
            self._reset_requested.emit()
            self.request_sync()

        dialog.textValueSelected.connect(given)
        dialog.open()
        self.password_dialog = dialog
        return dialog
