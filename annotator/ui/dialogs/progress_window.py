"""Team → Progress: per annotator, the documents assigned, in progress and done on the
team server, and the agreement so far.

The counts come from the server (`store.server.admin.progress`, what `annotator server
progress` prints: a reviewer or admin sees every annotator, an annotator themself); the
agreement is `operations.agreement`'s report over this project, which holds every
annotator's layer when it is a reviewer's synced copy. Both are read off the GUI thread
(operations.team.team_progress), when the window opens, on Refresh, and after a
background sync that brought changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.operations.team import TeamProgress
from annotator.ui.dialogs.agreement_window import FiguresModel, _table, figure_text
from annotator.ui.i18n.core_messages import core_message
from annotator.ui.i18n.noop import QT_TRANSLATE_NOOP
from annotator.ui.thread_task import ThreadTask, run_task

COLUMNS = (QT_TRANSLATE_NOOP("ProgressWindow", "Annotator"),
           QT_TRANSLATE_NOOP("ProgressWindow", "Assigned"),
           QT_TRANSLATE_NOOP("ProgressWindow", "In progress"),
           QT_TRANSLATE_NOOP("ProgressWindow", "Done"),
           QT_TRANSLATE_NOOP("ProgressWindow", "Compared"),
           QT_TRANSLATE_NOOP("ProgressWindow", "Exact F1"),
           QT_TRANSLATE_NOOP("ProgressWindow", "Cohen's κ"))


class ProgressWindow(QWidget):
    """`fetch()` runs off the GUI thread and returns the figures (or raises UserError)."""

    def __init__(self, fetch: Callable[[], TeamProgress], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("progressWindow")
        self.setWindowTitle(self.tr("Team progress"))
        self.fetch = fetch
        self.task: ThreadTask | None = None
        self.again = False
        self.progress: TeamProgress | None = None

        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        tips = (self.tr("The annotator (a member of the team project)"),
                self.tr("Documents assigned to them on the server"),
                self.tr("Documents they are working on"),
                self.tr("Documents they marked done or skipped"),
                self.tr("Documents compared with another annotator (summed over pairs)"),
                self.tr("F1 of spans with the same start, end and label, over the "
                        "documents both annotators marked done"),
                self.tr("Token-level agreement corrected for chance"))
        self.model = FiguresModel(tuple(self.tr(c) for c in COLUMNS), tips)
        self.table = _table("progressTable", self.model)
        self.updated = QLabel()
        self.updated.setObjectName("progressUpdated")
        self.updated.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("progressRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("progressClose")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.updated, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.summary.setText(self.tr("Reading progress from the team server…"))

    def refresh(self) -> None:
        """Read the figures again (once more after the running read, if one runs)."""
        if self.task is not None:
            self.again = True
            return
        self.refresh_button.setEnabled(False)
        self.task = run_task(self.fetch, self._finished)

    def _finished(self, ok: bool, value: object) -> None:
        self.task = None
        self.refresh_button.setEnabled(True)
        if not ok:
            self.summary.setText(self.tr("Could not read progress: {0}").format(
                core_message(str(value))))
        else:
            assert isinstance(value, TeamProgress)
            self._show(value)
        if self.again:
            self.again = False
            self.refresh()

    def _show(self, progress: TeamProgress) -> None:
        self.progress = progress
        self.model.set_rows([(a.name, a.assigned, a.in_progress, a.done, a.compared,
                              a.exact_f1, a.cohen_kappa) for a in progress.annotators])
        if not progress.annotators:
            text = self.tr("No documents are assigned yet.")
        else:
            text = self.tr("{0} annotator(s)").format(len(progress.annotators))
            if progress.documents_compared:
                text += self.tr(" · agreement over {0} document(s) marked done by two or "
                                "more annotators: exact F1 {1}, Cohen's κ {2}").format(
                    progress.documents_compared, figure_text(progress.exact_f1),
                    figure_text(progress.cohen_kappa))
            else:
                text += self.tr(" · no agreement yet: it needs documents two annotators "
                                "marked done, in a project that holds their layers (a "
                                "reviewer's)")
        self.summary.setText(text)
        self.updated.setText(self.tr("Updated {0}").format(
            datetime.now().strftime("%H:%M:%S")))
