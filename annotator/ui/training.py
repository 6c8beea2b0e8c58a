"""Training the suggestion model from the window, in another process.

The CRF library (python-crfsuite) holds Python's global lock while it trains: in a
thread of this process it froze the window for most of a second at a time. So the
window runs `annotator train` (the same command a user types) in a child process with
QProcess: the window stays responsive, progress comes as lines on the child's stdout,
Cancel kills the child, and a killed child has written nothing (the model is stored
in one transaction at the end). The child also learns the layers' names and computes
the suggestions and uncertainty of the documents not done, for "least certain first".
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class TrainingRunner(QObject):
    """One training at a time. `progressed(done, total, what)` while it runs;
    `finished(ok, message)` when it ends (message: the summary or the error line)."""

    progressed = Signal(int, int, str)
    finished = Signal(bool, str)

    def __init__(self, db_path: Path, user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path, self.user = db_path, user
        self.process: QProcess | None = None
        self._out = b""
        self._lines: list[str] = []
        self._cancelled = False

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self, layer: str, held_out: float = 0.2) -> bool:
        """Start training on `layer` (done, gold or a layer name); False if one runs."""
        if self.process is not None:
            return False
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(env)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "annotator", "train", "--db", str(self.db_path),
                              "--layer", layer, "--held-out", str(held_out),
                              "--user", self.user,
                              "--progress-lines", "--score-documents"])
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        self.process, self._out, self._lines, self._cancelled = process, b"", [], False
        process.start()
        return True

    def cancel(self) -> None:
        if self.process is not None:
            self._cancelled = True
            self.process.kill()

    def wait(self, ms: int = 60000) -> bool:
        """Block until the child ends (the window closing, tests)."""
        return self.process is None or self.process.waitForFinished(ms)

    def _read(self) -> None:
        assert self.process is not None
        self._out += bytes(self.process.readAllStandardOutput().data())
        *lines, self._out = self._out.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", errors="replace").rstrip()
            parts = line.split(" ", 3)
            if len(parts) == 4 and parts[0] == "progress" and parts[1].isdigit() \
                    and parts[2].isdigit():
                self.progressed.emit(int(parts[1]), int(parts[2]), parts[3])
            elif line:
                self._lines.append(line)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.process
        assert process is not None
        self._read()
        error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        self.process = None
        process.deleteLater()
        if self._cancelled:
            self.finished.emit(False, self.tr("Training cancelled."))
            return
        ok = status == QProcess.ExitStatus.NormalExit and code == 0
        if ok:
            self.finished.emit(True, "\n".join(self._lines))
            return
        lines = [x for x in error.splitlines() if x.strip()]
        reason = next((x for x in reversed(lines) if x.startswith("error:")),
                      lines[-1] if lines else self.tr("the training process ended ({0})")
                      .format(code))
        self.finished.emit(False, reason.removeprefix("error: "))


class TrainingStatus(QWidget):
    """The status bar's training indicator: what it does, a bar, and Cancel."""

    def __init__(self, runner: TrainingRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStatus")
        self.label = QLabel(self.tr("Training suggestions…"))
        self.bar = QProgressBar()
        self.bar.setObjectName("trainingProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.cancel = QToolButton()
        self.cancel.setObjectName("trainingCancel")
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        runner.progressed.connect(self._progress)
        runner.finished.connect(lambda *_: self.hide())
        self.hide()

    def started(self) -> None:
        self.label.setText(self.tr("Training suggestions…"))
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, done: int, total: int, what: str) -> None:
        texts = {"reading documents": self.tr("Reading documents…"),
                 "training": self.tr("Training suggestions…"),
                 "suggesting": self.tr("Suggesting…")}
        self.label.setText(texts.get(what, what))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
