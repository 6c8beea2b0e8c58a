"""Training the suggestion model from the window: in the background, with progress and
Cancel, retrained after N newly done documents, and "least certain first"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository
from tests.suggestion_fixture import UNSEEN_DOCUMENT, document_id, make_project

STRANGE = ("كتبت الصحيفة مقالا طويلا عن الطقس والزراعة والمطر في الربيع وعن أسعار القمح "
           "في الأسواق الشعبية خلال موسم الحصاد.")


@pytest.fixture
def trainable(tmp_path: Path) -> Path:
    """Twelve documents amina finished, and two she has not: one about names the model
    will know, one about the weather."""
    path = make_project(tmp_path / "p.db")
    repo = Repository.open(path)
    try:
        repo.import_records([DocumentRecord("weather", STRANGE, "the weather")])
    finally:
        repo.close()
    return path


def test_training_runs_in_the_background_and_the_model_suggests(trainable: Path,
                                                                open_window, gui,
                                                                qtbot) -> None:
    win = open_window(trainable)
    project = win.suggest_project
    with qtbot.waitSignal(project.runner.finished, timeout=120000) as finished:
        win.suggestion_actions.train.trigger()
        assert project.runner.running and project.status.isVisible()
        assert not win.suggestion_actions.train.isEnabled()
        assert win.suggestion_actions.cancel_training.isEnabled()
    assert finished.args[0] is True, finished.args
    assert not project.status.isVisible()
    assert win.statusBar().currentMessage().startswith(
        "Suggestion model v1 trained on 10 document(s); held-out F1")
    gui.open_doc(win, document_id(win.repo, "new"))
    found = {(s.text, s.label): s for s in win.suggestions.items}
    biden = found[("جو بايدن", "PER")]
    assert biden.sources[0] == "model" and biden.model_version == 1
    assert UNSEEN_DOCUMENT[biden.start:biden.end] == "جو بايدن"
    win.text_view.setFocus()  # the list had it: Tab steps through suggestions in the text
    qtbot.waitUntil(win.text_view.hasFocus)
    gui.key(win.text_view, Qt.Key.Key_Tab)
    assert "model v1 0." in win.statusBar().currentMessage()
    # The documents nobody finished, least certain first; Next document follows.
    win.suggestion_actions.least_certain_first.setChecked(True)
    ids = win.doc_model.ids
    scores = win.repo.parts.suggestions.uncertainties()  # scored by the training process
    todo = {document_id(win.repo, "weather"), document_id(win.repo, "new")}
    assert set(ids[:2]) == todo and scores[ids[0]] > scores[ids[1]]
    assert len(ids) == 14  # the finished ones follow
    gui.open_doc(win, ids[0])
    gui.key(win.text_view, Qt.Key.Key_PageDown)
    assert win.document_id == ids[1]


def test_cancel_stops_training_and_stores_nothing(trainable: Path, open_window, qtbot,
                                                 db: Repository) -> None:
    win = open_window(trainable)
    runner = win.suggest_project.runner
    with qtbot.waitSignal(runner.finished, timeout=60000) as finished:
        win.suggestion_actions.train.trigger()
        win.suggest_project.status.cancel.click()
    assert finished.args == [False, "Training cancelled."]
    assert "Training cancelled." in win.statusBar().currentMessage()
    assert win.repo.model_records() == []
    assert win.suggestion_actions.train.isEnabled()


def test_the_model_is_retrained_after_n_newly_done_documents(trainable: Path, open_window,
                                                             gui, qtbot) -> None:
    win = open_window(trainable)
    project = win.suggest_project
    settings = project.settings()
    assert settings.retrain_every == 10 and settings.train_on == "done"
    settings.retrain_every = 14  # twelve done now, never trained
    project.apply_settings(settings)
    gui.open_doc(win, document_id(win.repo, "new"))
    gui.key(win.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not project.runner.running  # 13 newly finished documents: not yet
    with qtbot.waitSignal(project.runner.finished, timeout=120000) as finished:
        gui.open_doc(win, document_id(win.repo, "weather"))
        gui.key(win.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert project.runner.running  # the 14th: retrain
    assert finished.args[0] is True
    (record,) = win.repo.model_records()
    assert record.trained_on == "done" and record.trained_by == "amina"
    assert win.repo.parts.models.new_documents("done") == 0


def test_training_with_too_little_data_says_why(project: Path, open_window, gui,
                                               qtbot) -> None:
    win = open_window(project)
    gui.label_word(win, "إيران", "5", after="نفوذ")
    gui.key(win.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(win.suggest_project.runner.finished, timeout=60000) as finished:
        win.suggestion_actions.train.trigger()
    assert finished.args[0] is False
    assert win.statusBar().currentMessage() == (
        "Suggestion model not trained: nothing to learn from: 1 document(s) with no label "
        "that has 10 or more spans")


def test_a_model_made_by_an_older_version_is_retrained_when_the_project_opens(
        trainable: Path, open_window, qtbot) -> None:
    """Its features meant something else, so it cannot suggest: the window trains a new
    one in the background at once, and says so."""
    import random
    from dataclasses import replace

    from annotator.core.suggest.features import FEATURE_VERSION
    from annotator.core.suggest.model import CrfModel, ModelFormatError, train_model
    from tests.core.test_suggest_model import make_document

    rng = random.Random(5)
    fresh = train_model([make_document(rng) for _ in range(8)],
                        params={"max_iterations": 10})
    older = CrfModel(fresh.model_bytes, replace(fresh.info, feature_version=FEATURE_VERSION - 1),
                     fresh.gazetteer.names, fresh.memory, fresh.attributes)
    with pytest.raises(ModelFormatError, match="train it again"):
        CrfModel.from_bytes(older.to_bytes())
    repo = Repository.open(trainable, user="amina")
    try:
        repo.parts.models.save(older, "done")
    finally:
        repo.close()

    win = open_window(trainable)
    project = win.suggest_project
    with qtbot.waitSignal(project.runner.finished, timeout=120000) as finished:
        qtbot.waitUntil(lambda: project.runner.running)
        message = win.statusBar().currentMessage()
        assert "Retraining the suggestion model" in message
        assert not win.span_info.isVisible()  # the message is not drawn over it
    assert finished.args[0] is True, finished.args
    newest = win.repo.model_records()[0]
    assert newest.version == 2 and newest.info["feature_version"] == FEATURE_VERSION
    assert win.repo.parts.models.current() is not None
