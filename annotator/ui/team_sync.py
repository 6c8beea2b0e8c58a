"""The window's team server: the connection, a background sync and its indicator.

Every sync runs on one worker thread (ui/sync_worker.py) with its own `Repository` and
its own `TeamServer` connection: never on the GUI thread. It runs every few seconds (the
setting `team/syncSeconds`), when the user opens another document, and when the
indicator is clicked. What a sync wrote into
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

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QInputDialog, QLineEdit, QWidget

from annotator.core.changes import Change
from annotator.core.types import GOLD
from annotator.operations.team import TeamProgress
from annotator.store import sync_state
from annotator.ui.session import Session
from annotator.ui.sync_worker import SyncOutcome, SyncWorker
from annotator.ui.team_connection import Credentials, fetch_progress
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
MANY_DOCUMENTS = 50  # a sync changed more: the list is read again once, not row by row


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

    def on_synced(self, fn: Callable[[object], None]) -> None:
        """Call `fn(outcome)` after each sync (Team → Progress reads again)."""
        self.synced.connect(fn)

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
        if outcome.titles is not None:  # the list's filter reads no title itself
            session.repo.parts.search.adopt(outcome.titles)
        if outcome.documents_changed or len(outcome.touched) > MANY_DOCUMENTS:
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
