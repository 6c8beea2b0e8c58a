"""Long jobs off the GUI thread, with a progress dialog and a cancel button.

The worker opens its own connection to the project file (SQLite connections are per
thread); the GUI keeps working and sees the result when the job ends.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.core.errors import UserError
from annotator.core.progress import Cancelled
from annotator.store.repository import Repository

JobFn = Callable[[Repository, Callable[[int, int], None]], str]


def cancelled_message() -> str:
    """What a cancelled job reports (callers that skip their report compare with it)."""
    return QCoreApplication.translate("BackgroundJob", "cancelled")


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(bool, str)

    def __init__(self, db_path: Path, user: str, fn: JobFn) -> None:
        super().__init__()
        self.db_path, self.user, self.fn = db_path, user, fn
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled("cancelled")
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            repo = Repository.open(self.db_path, self.user)
            try:
                message = self.fn(repo, self._progress)
            finally:
                repo.close()
        except Cancelled:
            self.finished.emit(False, cancelled_message())
        except UserError as exc:
            self.finished.emit(False, str(exc))
        else:
            self.finished.emit(True, message)


class BackgroundJob(QObject):
    """Runs `fn(repo, progress)` on a thread; `done(ok, message)` fires on the GUI thread."""

    done = Signal(bool, str)

    def __init__(self, parent: QWidget, title: str, db_path: Path, user: str, fn: JobFn) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)
        self.worker = _Worker(db_path, user, fn)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self._cancel)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        self.worker_thread.start()

    def _cancel(self) -> None:
        self.worker.cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _on_finished(self, ok: bool, message: str) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit(ok, message)

    def wait(self, ms: int = 60000) -> bool:
        return self.worker_thread.wait(ms)
