"""A short piece of work off the GUI thread, without a progress dialog: testing a team
server connection, reading progress from it. The window stays responsive (a connection
may take seconds to fail); the result arrives on the GUI thread as `finished(ok, value)`.

A task keeps itself alive until its thread has ended (a dialog closed meanwhile does not
take a running thread with it); `wait_all` is called when the window closes.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from annotator.core.errors import UserError

_running: set[ThreadTask] = set()


class _Runner(QObject):
    done = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn

    @Slot()
    def run(self) -> None:
        try:
            value = self.fn()
        except UserError as exc:
            self.done.emit(False, exc)
        except Exception as exc:  # noqa: BLE001  (a bug: said, not swallowed; the GUI goes on)
            traceback.print_exc()
            self.done.emit(False, f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(True, value)
        finally:
            self.thread().quit()  # the thread ends by itself: waiting for it never blocks


class ThreadTask(QObject):
    """Runs `fn()` on its own thread; `finished(ok, value)`: the value, or the refusal
    (a UserError: `str()` is its one line; its class says more, e.g. a password needed)."""

    finished = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.thread_ = QThread()
        self.runner = _Runner(fn)
        self.runner.moveToThread(self.thread_)
        self.thread_.started.connect(self.runner.run)
        self.runner.done.connect(self._done)

    def start(self) -> ThreadTask:
        _running.add(self)
        self.thread_.start()
        return self

    def _done(self, ok: bool, value: object) -> None:
        self.thread_.wait()
        _running.discard(self)
        self.finished.emit(ok, value)

    def wait(self, ms: int = 30000) -> bool:
        return self.thread_.wait(ms)


def run_task(fn: Callable[[], Any], then: Callable[[bool, Any], None]) -> ThreadTask:
    """Start `fn()` off the GUI thread; `then(ok, value)` runs on the GUI thread."""
    task = ThreadTask(fn)
    task.finished.connect(then)
    return task.start()


def wait_all(ms: int = 30000) -> None:
    """Wait for every running task's thread (the window is closing)."""
    for task in list(_running):
        task.wait(ms)
