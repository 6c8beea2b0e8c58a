"""Suggestion settings of the project: on or off, when to retrain, what to learn from,
and what the current model and the gazetteers are."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.store.suggestion_models import ModelRecord


@dataclass
class SuggestionSettings:
    """What the dialog edits: `enabled` is the project's switch (off for everyone,
    e.g. for an agreement study), `retrain_every` the newly done documents after which
    the model trains again (0: only when asked), `train_on` the training selection."""

    enabled: bool
    retrain_every: int
    train_on: str


TRAIN_CHOICES = ("done", "gold")


class SuggestionSettingsDialog(QDialog):
    def __init__(self, settings: SuggestionSettings, model: ModelRecord | None,
                 gazetteers: list[tuple[str, int]], layer_names: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionSettings")
        self.setWindowTitle(self.tr("Suggestion settings"))
        self.enabled = QCheckBox(self.tr("Suggestions in this project"))
        self.enabled.setObjectName("suggestionsEnabled")
        self.enabled.setToolTip(self.tr("Untick for an agreement study: nobody sees "
                                        "suggestions and the model is not retrained"))
        self.enabled.setChecked(settings.enabled)
        self.retrain = QSpinBox()
        self.retrain.setObjectName("retrainEvery")
        self.retrain.setRange(0, 10000)
        self.retrain.setSpecialValueText(self.tr("only when asked"))
        self.retrain.setValue(settings.retrain_every)
        self.train_on = QComboBox()
        self.train_on.setObjectName("trainOn")
        self.train_on.addItem(self.tr("finished documents (gold, else a layer marked done)"),
                              "done")
        self.train_on.addItem(self.tr("the gold layer"), "gold")
        self.train_on.setCurrentIndex(max(0, self.train_on.findData(settings.train_on)))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Retrain after every N newly done documents:"), self.retrain)
        form.addRow(self.tr("Learn from:"), self.train_on)
        about = QLabel(self._about(model, gazetteers, layer_names))
        about.setObjectName("suggestionAbout")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(buttons)

    def _about(self, model: ModelRecord | None, gazetteers: list[tuple[str, int]],
               layer_names: int) -> str:
        if model is None:
            lines = [self.tr("No model trained yet (Suggestions → Train model now).")]
        else:
            lines = [self.tr("Model v{0}, trained {1} by {2} on {3}: {4} document(s), {5} "
                             "token(s), {6} span(s).").format(
                model.version, model.trained_at[:16].replace("T", " "), model.trained_by,
                model.trained_on, model.documents, model.tokens, model.spans)]
            held = model.held_out
            if held:
                micro = held["micro"]
                lines.append(self.tr("Held-out ({0} document(s)): precision {1:.2f}, recall "
                                     "{2:.2f}, F1 {3:.2f}.").format(
                    held["documents"], micro["precision"], micro["recall"], micro["f1"]))
        lines.append(self.tr("Names learned from the finished documents: {0}.")
                     .format(layer_names))
        for source, count in gazetteers:
            lines.append(self.tr("Imported list {0}: {1} name(s).").format(source, count))
        return "\n".join(lines)

    def settings(self) -> SuggestionSettings:
        return SuggestionSettings(self.enabled.isChecked(), self.retrain.value(),
                                  str(self.train_on.currentData()))
