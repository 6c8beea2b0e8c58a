"""The Team menu: assignment, merging other project files, the agreement report.

Each action runs its work as the window's background job (its own connection to the
project file, a progress dialog with Cancel) and then publishes a Change with
`documents=True` through the session, so the document list and the open document are
read again; the window never freezes on a large project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from annotator.core.changes import Change
from annotator.core.errors import UserError
from annotator.core.layers import annotator_layers
from annotator.core.progress import Cancelled
from annotator.store.merge import merge_project
from annotator.store.repository import Repository
from annotator.ui.actions import make_action
from annotator.ui.dialogs.agreement_window import AgreementWindow, RunJob
from annotator.ui.dialogs.assign_dialog import AssignChoice, AssignDialog
from annotator.ui.session import Session
from annotator.ui.workers import BackgroundJob

MAX_CONFLICTS_SHOWN = 10  # more are in the change log


def show_result(parent: QWidget, name: str, title: str, text: str, warning: bool) -> QMessageBox:
    """A non-blocking message box; names in it are user data, so plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class TeamMenu(QObject):
    """`window` parents the actions and dialogs; `run_job` is the window's job runner
    (its jobs are waited for when the window closes)."""

    def __init__(self, window: QWidget, menu: QMenu, session: Session,
                 run_job: RunJob) -> None:
        super().__init__(window)
        self.setObjectName("teamMenu")
        self.window, self.session, self.repo = window, session, session.repo
        self._run_job = run_job
        self.assign_action = make_action(
            window, "actionAssign", self.tr("&Assign documents…"),
            tip=self.tr("Give each document to a number of annotators, balanced"))
        self.merge_action = make_action(
            window, "actionMerge", self.tr("&Merge project files…"),
            tip=self.tr("Bring the annotators' layers from their project files into this one"))
        self.agreement_action = make_action(
            window, "actionAgreement", self.tr("A&greement report…"),
            tip=self.tr("How far the annotators agree: overall, per pair and per label"))
        menu.addActions([self.assign_action, self.merge_action])
        menu.addSeparator()
        menu.addAction(self.agreement_action)
        self.assign_action.triggered.connect(self.assign_dialog)
        self.merge_action.triggered.connect(self.merge_dialog)
        self.agreement_action.triggered.connect(self.show_agreement)
        self.agreement: AgreementWindow | None = None

    def _after_change(self) -> None:
        """Statuses, span counts, assignments and layers may have changed: one notice
        (written by the job's own connection, so already on disk)."""
        self.session.publish(Change(documents=True))

    # ------------------------------------------------------------ assign
    def assign_dialog(self) -> AssignDialog:
        repo = self.repo
        counts = repo.assignment_counts()
        names = sorted(set(annotator_layers(repo.layers(), repo.reviewers())) | set(counts))
        dialog = AssignDialog({n: counts.get(n, 0) for n in names}, repo.document_count(),
                              self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.assign(dialog.choice()))
        dialog.open()
        return dialog

    def assign(self, choice: AssignChoice) -> BackgroundJob:
        result: dict[str, int] = {}

        def job(repo: Repository, _progress: Callable[[int, int], None]) -> str:
            result.update(repo.assign(choice.users, choice.per_document, choice.seed))
            return ""

        def after(ok: bool, message: str) -> None:
            self._after_change()
            if ok:
                lines = [self.tr("{0}: {1} new document(s)").format(name, n)
                         for name, n in result.items()]
                message = self.tr("Assigned:") + "\n" + "\n".join(lines)
            show_result(self.window, "assignResult", self.tr("Assign documents"), message,
                        not ok)

        return self._run_job(self.tr("Assigning documents…"), job, after)

    # ------------------------------------------------------------- merge
    def merge_dialog(self) -> BackgroundJob | None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Merge project files"), "",
            self.tr("Project files (*.db *.sqlite *.sqlite3);;All files (*)"))
        return self.merge([Path(f) for f in files]) if files else None

    def merge(self, paths: list[Path]) -> BackgroundJob:
        """Merge each file on its own: a refused file does not stop the others."""
        outcomes: list[tuple[str, bool]] = []

        def job(repo: Repository, progress: Callable[[int, int], None]) -> str:
            for path in paths:
                try:
                    report = merge_project(repo, path, progress)
                except Cancelled:
                    raise
                except UserError as exc:  # the message names the file
                    outcomes.append((str(exc), False))
                    continue
                shown = report.conflicts[:MAX_CONFLICTS_SHOWN]
                outcomes.append(("\n".join([report.line(), *(f"  {c}" for c in shown)]),
                                 True))
            return ""

        def after(ok: bool, message: str) -> None:
            self._after_change()
            lines = [text for text, _ in outcomes]
            if not ok:
                left = len(paths) - len(outcomes)
                lines.append(self.tr("{0}: {1} file(s) not merged").format(message, left))
            warning = not ok or not all(merged for _, merged in outcomes)
            show_result(self.window, "mergeResult", self.tr("Merge project files"),
                        "\n".join(lines), warning)
            if self.agreement is not None and self.agreement.isVisible():
                self.agreement.refresh()  # new layers change the figures

        return self._run_job(self.tr("Merging project files…"), job, after)

    # --------------------------------------------------------- agreement
    def show_agreement(self) -> AgreementWindow:
        """Open the report (computing it) or bring the open one to the front."""
        if self.agreement is None:
            self.agreement = AgreementWindow(self._run_job, self.window)
        if not self.agreement.isVisible():
            self.agreement.show()
            self.agreement.refresh()
        self.agreement.raise_()
        self.agreement.activateWindow()
        return self.agreement
