"""The background sync's worker: it lives on its own thread with its own `Repository` and
its own `TeamServer` connection, kept open between syncs and opened again when it broke
(the server restarted). Each sync is `operations.sync.sync`; what it wrote into the
project is read back from the change log (the rows the user `sync` wrote), so the
window can show exactly those documents again (ui/team_sync.py).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from annotator.core.errors import UserError
from annotator.operations.sync import edits_waiting, record_failure, sync
from annotator.store import sync_state
from annotator.store.repository import Repository
from annotator.store.search import TitleView
from annotator.store.server.connection import NotPermitted, ServerError, TeamServer
from annotator.store.sync_rows import last_change_id, written_by_sync
from annotator.ui.team_connection import Credentials, PasswordNeeded, project_problem


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
    # The document filter's titles with those documents (store/search.py's TitleView),
    # read on the sync thread: reading 2,500 new ones took the GUI thread 55 ms.
    titles: TitleView | None = None
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
        documents_changed = bool(received.documents or received.assignments)
        return SyncOutcome(
            True, conflicts=result.conflicts, sent=result.sent, waiting=result.waiting,
            touched=written_by_sync(repo.db, before),
            documents_changed=documents_changed,
            titles=repo.parts.search.title_view() if received.documents else None,
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
