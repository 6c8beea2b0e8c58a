"""Keeping the project's search index up to date, off the GUI thread.

New documents (an import, a merge, an upgraded project) are only queued for the index
by SQLite triggers (store/search.py); the searches read queued ones themselves, so they
are complete at once, only slower. This moves them into the index on a thread of its own
with its own connection, one short transaction per batch, so an edit in the window
waits for at most one batch (about 0.1 s) for the write lock. Stopping it (closing the
window) ends it between two batches: a batch is committed whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from annotator.core.errors import UserError
from annotator.core.progress import Cancelled
from annotator.store.repository import Repository


class _Worker(QObject):
    progress = Signal(int, int)  # documents indexed, documents that were queued
    titles = Signal(object)  # the document filter's TitleView (store/search.py)
    finished = Signal(str)  # "" or why it stopped early

    def __init__(self, db_path: Path, user: str) -> None:
        super().__init__()
        self.db_path, self.user = db_path, user
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled("cancelled")
        self.progress.emit(done, total)

    def run(self) -> None:
        message = ""
        try:
            repo = Repository.open(self.db_path, self.user)
            try:
                # First what the document filter matches (a second or so at 100,000
                # documents, off the GUI thread): the window's filter then answers from
                # memory.
                self.titles.emit(repo.parts.search.title_view())
                total = repo.search_pending()
                if total:
                    self.progress.emit(0, total)
                repo.search_catch_up(self._progress)
            finally:
                repo.close()
        except Cancelled:
            message = "cancelled"
        except UserError as exc:  # the project cannot be written here: search reads all
            message = str(exc)
        self.finished.emit(message)


class SearchIndexer(QObject):
    """`start()` indexes what is queued (again, if it is running); `left(n)` says how
    many documents the index still lacks while it works, then 0."""

    left = Signal(int)
    titles = Signal(object)  # a TitleView for the window's Repository (SearchStore.adopt)

    def __init__(self, db_path: Path, user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path, self.user = db_path, user
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._again = False
        self.last_message = ""

    def start(self) -> None:
        if self._thread is not None:
            self._again = True  # more was queued while it ran: one more pass after it
            return
        self._again = False
        thread = QThread(self)
        worker = _Worker(self.db_path, self.user)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(lambda done, total: self.left.emit(max(0, total - done)))
        worker.titles.connect(self._titles_read)  # a method: delivered on this thread
        worker.finished.connect(self._finished)
        self._thread, self._worker = thread, worker
        thread.start()

    def _titles_read(self, titles: object) -> None:
        self.titles.emit(titles)

    def running(self) -> bool:
        return self._thread is not None

    def _finished(self, message: str) -> None:
        self.last_message = message
        self._join()
        self.left.emit(0)
        if self._again and message != "cancelled":
            self.start()

    def _join(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._worker = None, None

    def stop(self) -> None:
        """End it after the batch it is writing (the window closes)."""
        self._again = False
        if self._worker is not None:
            self._worker.cancelled = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._worker = None, None

    def wait(self, ms: int = 60000) -> bool:
        """Until it has finished (tests and benchmarks)."""
        thread = self._thread
        return thread.wait(ms) if thread is not None else True
