"""The Document panel: document labels by keys or clicks, per layer, with undo; in
review mode gold's values, what each annotator chose, and accepting what they agree on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from annotator.core.types import GOLD
from annotator.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier


def radio(win, field: str, value: str) -> QRadioButton:
    return win.findChild(QRadioButton, f"docValue_{field}_{value}")


def click(gui, button: QAbstractButton) -> None:
    """Click on the button's box (a check box takes clicks on its box and text only)."""
    gui.qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, button.height() // 2))


def test_keys_in_the_panel_set_and_clear_values(win, db: Repository, gui) -> None:
    doc, panel = win.document_id, win.doc_labels_panel
    gui.key(win.text_view, Qt.Key.Key_D, CTRL)
    assert panel.hasFocus()
    gui.key(panel, Qt.Key.Key_Y)  # relevance = relevant
    assert db.doc_labels(doc, gui.user) == {"relevance": "relevant"}
    assert radio(win, "relevance", "relevant").isChecked()
    assert db.status(doc, gui.user) == "in_progress"
    gui.key(panel, Qt.Key.Key_2)  # a digit here is a value's key, not a label key
    assert db.doc_labels(doc, gui.user)["source_kind"] == "newspaper"
    assert db.spans(doc, gui.user) == []
    gui.key(panel, Qt.Key.Key_Y)  # the chosen value's key again clears the field
    assert "relevance" not in db.doc_labels(doc, gui.user)
    gui.key(panel, Qt.Key.Key_Escape)
    assert win.text_view.hasFocus()


def test_a_value_key_beats_the_programs_single_key_shortcuts(win, db, gui) -> None:
    """A (ATTACK) is a label key and also main_event_type=ATTACK's key in the panel."""
    doc, panel = win.document_id, win.doc_labels_panel
    win.focus_doc_labels()
    gui.key(panel, Qt.Key.Key_A)
    assert db.doc_labels(doc, gui.user) == {"main_event_type": "ATTACK"}
    assert db.events(doc, gui.user) == []


def test_clicks_and_text_and_undo(win, db: Repository, gui) -> None:
    doc = win.document_id
    iraq = win.findChild(QCheckBox, "docValue_countries_iraq")
    syria = win.findChild(QCheckBox, "docValue_countries_syria")
    click(gui, iraq)
    click(gui, syria)
    assert db.doc_labels(doc, gui.user) == {"countries": ("iraq", "syria")}
    click(gui, iraq)
    assert db.doc_labels(doc, gui.user) == {"countries": ("syria",)}
    line = win.findChild(QLineEdit, "docFieldText_note")
    line.setFocus()
    gui.type_text(line, "خبر مكرر")
    gui.key(line, Qt.Key.Key_Return)
    assert db.doc_labels(doc, gui.user)["note"] == "خبر مكرر"
    undo = win.findChild(QAction, "actionUndo")
    undo.trigger()
    assert "note" not in db.doc_labels(doc, gui.user) and line.text() == ""
    win.text_view.setFocus()  # leaving the line does not write the undone text again
    gui.qtbot.wait(1)
    assert "note" not in db.doc_labels(doc, gui.user)
    undo.trigger()
    assert db.doc_labels(doc, gui.user) == {"countries": ("iraq", "syria")}
    assert iraq.isChecked() and syria.isChecked()  # the panel follows the undo
    # three clicks, the note, and the two undos: one logged edit each
    assert [c["action"] for c in db.changes(doc)].count("set_doc_label") == 6


def test_each_document_shows_its_own_labels(win, db: Repository, gui) -> None:
    first = win.document_id
    win.doc_labels_panel.press_key("N")
    other = gui.doc_id(db, "002")
    gui.open_doc(win, other)
    assert not radio(win, "relevance", "not_relevant").isChecked()
    gui.open_doc(win, first)
    assert radio(win, "relevance", "not_relevant").isChecked()


def test_review_shows_annotators_and_accepts_what_they_agree_on(
        project: Path, open_window, gui) -> None:
    repo = Repository.open(project, user="lead")
    doc = repo.document_ids()[0]
    for layer, kind in (("amina", "news_agency"), ("badr", "newspaper")):
        repo.actions.set_doc_labels(doc, layer, {"relevance": "relevant",
                                                 "source_kind": kind})
    repo.close()
    win = open_window(project, "lead")
    gui.open_doc(win, doc)
    win.findChild(QAction, "actionReviewMode").trigger()
    votes = win.findChild(QLabel, "docFieldVotes_source_kind")
    assert votes.isVisible() and "amina: " in votes.text() and "newspaper" in votes.text()
    button = win.findChild(QPushButton, "acceptAgreedDocLabels")
    assert button.isVisible()
    gui.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    check = Repository.open(project)
    assert check.doc_labels(doc, GOLD) == {"relevance": "relevant"}  # only what agrees
    check.close()
    assert radio(win, "relevance", "relevant").isChecked()
    click(gui, radio(win, "source_kind", "newspaper"))  # the reviewer decides the rest
    check = Repository.open(project)
    assert check.doc_labels(doc, GOLD)["source_kind"] == "newspaper"
    assert check.doc_labels(doc, "lead") == {}  # gold, not the reviewer's own layer
    check.close()
    win.findChild(QAction, "actionUndo").trigger()
    assert not radio(win, "source_kind", "newspaper").isChecked()


def test_the_guidelines_list_the_document_fields_and_their_keys(win) -> None:
    text = win.guidelines.toPlainText()
    assert "Document fields (Document panel, Ctrl+D)" in text
    assert "relevance (single)" in text and "Y relevant" in text
    assert "note (text)" in text and "free text" in text
