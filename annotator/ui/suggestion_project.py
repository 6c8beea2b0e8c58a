"""Suggestions for the whole project: training in the background, retraining after N
newly done documents, the settings, imported gazetteers, "least certain first".

Training runs `annotator train` in a child process (ui/training.py); when it ends the
open document's suggestions are read again and, with "least certain first" on, the
document list is ordered by the new model's uncertainty.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from annotator.core.changes import Change
from annotator.core.errors import ImportFileError
from annotator.core.suggest.gazetteer import read_gazetteer
from annotator.core.suggest.model import readable
from annotator.core.types import Status
from annotator.store.repository import Repository
from annotator.ui.actions import SuggestionActions
from annotator.ui.dialogs.suggestion_settings import SuggestionSettings, SuggestionSettingsDialog
from annotator.ui.i18n.core_messages import core_message
from annotator.ui.models.document_model import DocumentListModel
from annotator.ui.session import Session
from annotator.ui.suggestion_controller import SuggestionController
from annotator.ui.training import TrainingRunner, TrainingStatus

ShowMessage = Callable[[str, int], None]
RETRAIN_SETTING = "suggest_retrain_every"
TRAIN_ON_SETTING = "suggest_train_on"
DEFAULT_RETRAIN_EVERY = 10


class SuggestionProject(QObject):
    def __init__(self, session: Session, db_path: Path, actions: SuggestionActions,
                 lane: SuggestionController, documents: DocumentListModel,
                 status_bar: QStatusBar, show_message: ShowMessage,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.repo = session, session.repo
        self.actions, self.lane, self.documents = actions, lane, documents
        self.show_message, self.parent_widget = show_message, parent
        self.runner = TrainingRunner(db_path, session.user, self)
        self.status = TrainingStatus(self.runner)
        status_bar.addPermanentWidget(self.status)
        self.runner.finished.connect(self._trained)
        a = actions
        a.train.triggered.connect(lambda: self.train())
        a.cancel_training.triggered.connect(self.runner.cancel)
        a.cancel_training.setEnabled(False)
        a.settings.triggered.connect(self.settings_dialog)
        a.import_gazetteer.triggered.connect(self.import_gazetteer_dialog)
        a.least_certain_first.toggled.connect(self._order)
        session.changed.connect(self._changed)
        self._sync_enabled()
        # Once the window is up: a status message shown before it would end up under
        # the status bar's other text.
        QTimer.singleShot(0, self, self._retrain_unreadable_model)

    # -------------------------------------------------------------- settings
    def settings(self) -> SuggestionSettings:
        every = self.repo.setting(RETRAIN_SETTING)
        return SuggestionSettings(self.repo.suggestions_enabled(),
                                  int(every) if every and every.isdigit()
                                  else DEFAULT_RETRAIN_EVERY,
                                  self.repo.setting(TRAIN_ON_SETTING) or "done")

    def apply_settings(self, settings: SuggestionSettings) -> None:
        was = self.repo.suggestions_enabled()
        self.repo.set_suggestions_enabled(settings.enabled)
        self.repo.set_setting(RETRAIN_SETTING, str(settings.retrain_every))
        self.repo.set_setting(TRAIN_ON_SETTING, settings.train_on)
        self._sync_enabled()
        if was != settings.enabled:
            self.lane.reload()

    def settings_dialog(self) -> SuggestionSettingsDialog:
        records = self.repo.model_records()
        gazetteers = self.repo.parts.gazetteers
        dialog = SuggestionSettingsDialog(self.settings(), records[0] if records else None,
                                          gazetteers.sources(), gazetteers.layer_names(),
                                          self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings()))
        dialog.open()
        return dialog

    def _sync_enabled(self) -> None:
        on = self.repo.suggestions_enabled()
        for action in (self.actions.train, self.actions.least_certain_first,
                       self.actions.import_gazetteer, self.actions.show):
            action.setEnabled(on)
        self.actions.train.setEnabled(on and not self.runner.running)

    # -------------------------------------------------------------- training
    def train(self, automatic: bool = False) -> bool:
        """Start training in the background (False when one runs or suggestions are off)."""
        if not self.repo.suggestions_enabled() or not self.runner.start(self.settings().train_on):
            return False
        self.status.started()
        self.actions.train.setEnabled(False)
        self.actions.cancel_training.setEnabled(True)
        if automatic:
            self.show_message(self.tr("Retraining the suggestion model in the background "
                                      "(Cancel in the status bar)."), 6000)
        return True

    def _trained(self, ok: bool, message: str) -> None:
        self.actions.cancel_training.setEnabled(False)
        self._sync_enabled()
        if not ok:
            self.show_message(self.tr("Suggestion model not trained: {0}").format(message),
                              10000)
            return
        records = self.repo.model_records()
        if records:
            r = records[0]
            held = r.held_out
            score = (self.tr("; held-out F1 {0:.2f}").format(held["micro"]["f1"])
                     if held else "")
            self.show_message(self.tr("Suggestion model v{0} trained on {1} document(s){2}.")
                              .format(r.version, r.documents, score), 10000)
        self.lane.reload()
        if self.actions.least_certain_first.isChecked():
            self._order(True)

    def _retrain_unreadable_model(self) -> None:
        """The newest model was made by an older version of the program (its features
        meant something else), so it cannot suggest: train a new one in the background
        at once, rather than leave the project without model suggestions until N more
        documents are done. Its row says which versions made it; the bytes stay unread."""
        records = self.repo.model_records()
        if records and records[0].has_bytes and not readable(
                records[0].info.get("model_version", 0), records[0].info.get("feature_version", 0)):
            self.train(automatic=True)

    def _changed(self, change: Change) -> None:
        """A document marked done: retrain when enough new ones were finished."""
        if not change.ok or change.status != Status.DONE or self.runner.running:
            return
        settings = self.settings()
        if not settings.enabled or settings.retrain_every <= 0:
            return
        if self.repo.parts.models.new_documents(settings.train_on) >= settings.retrain_every:
            self.train(automatic=True)

    # ------------------------------------------------------------ gazetteers
    def import_gazetteer_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import gazetteer"), "",
            self.tr("Name lists (*.tsv *.csv *.txt);;All files (*)"))
        if paths:
            self.import_gazetteers([Path(p) for p in paths])

    def import_gazetteers(self, paths: list[Path]) -> list[str]:
        """Import name lists (each all-or-nothing); the problems, shown in a box."""
        labels = [lb.name for lb in self.repo.schema().labels]
        problems, names = [], 0
        for path in paths:
            try:
                entries = read_gazetteer(path, labels)
            except ImportFileError as exc:
                problems.append(core_message(str(exc)))
                continue
            names += self.repo.parts.gazetteers.import_entries(path.name, entries)
        if problems:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import gazetteer"),
                              "\n".join(problems), QMessageBox.StandardButton.Ok,
                              self.parent_widget)
            box.setObjectName("gazetteerProblems")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        if names:
            self.show_message(self.tr("{0} name(s) imported.").format(names), 6000)
            self.lane.reload()
        return problems

    # ------------------------------------------------------ active learning
    def _order(self, on: bool) -> None:
        repo: Repository = self.repo
        layer = self.session.layer
        self.documents.order = (lambda ids: repo.least_certain_first(ids, layer)) if on \
            else None
        self.documents.reload()
        if on and not repo.parts.suggestions.uncertainties():
            self.show_message(self.tr("No document is scored yet: train the model "
                                      "(Suggestions → Train model now)."), 6000)

    def close(self) -> None:
        """The window closes: a training in progress is stopped (it writes nothing)."""
        if self.runner.running:
            self.runner.cancel()
            self.runner.wait(10000)
