"""Event roles, attributes and their values in the Arabic window: their Arabic names in
the role menu (R), the Events panel and its attribute editors, while the project keeps
the codes. With ANNOTATOR_ROLE_SHOT=FILE.png the window is saved there (to look at)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMenu

from annotator.ui.main_window import MainWindow
from tests.ui.test_language import arabic  # noqa: F401 (a fixture)


def _event_rows(win: MainWindow) -> list[tuple[str, str]]:
    top = win.event_panel.topLevelItem(0)
    return [(top.child(i).text(0).strip(), top.child(i).text(1))
            for i in range(top.childCount())]


def _press_r(gui, win: MainWindow) -> QMenu:
    gui.key(win.text_view, Qt.Key.Key_R)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), win.statusBar().currentMessage()
    return menu


def test_arabic_window_names_roles_attributes_and_values_in_arabic(
        arabic, project: Path, open_window, db, gui) -> None:  # noqa: F811
    win = open_window(project)
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    s, e = gui.find(win.text_view.text, "هجوم", after="يومين على ")
    gui.drag_offsets(win.text_view, s, e)
    gui.key(win.text_view, Qt.Key.Key_A)
    gui.qtbot.waitUntil(lambda: win.event_panel.topLevelItemCount() == 1)
    assert win.event_panel.topLevelItem(0).text(0) == "هجوم"
    # Every event's attributes, named in Arabic, their values too.
    assert [r[0] for r in _event_rows(win)] == ["القطبية", "الصيغة", "نوع الهجوم"]
    polarity = win.event_panel.findChild(QComboBox, "attribute_polarity")
    assert polarity.currentText() == "مُثبَت"
    assert [polarity.itemText(i) for i in range(polarity.count())] == ["—", "مُثبَت", "منفيّ"]

    gui.label_word(win, "المقاومة الإسلامية", "3", after="أعلنت “")
    menu = _press_r(gui, win)
    offered = [a.text().replace("&", "") for a in menu.actions()]
    assert offered == ["المهاجِم في هجوم (A)", "الهدف في هجوم (T)"]  # only roles taking it
    gui.key(menu, Qt.Key.Key_A)  # the key is the role code's letter, as in English
    gui.label_word(win, "حقل العمر", "6", after="قاعدة “")
    menu = _press_r(gui, win)
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "الهدف في هجوم (T)", "المكان في هجوم (P)"]
    gui.key(menu, Qt.Key.Key_T)

    rows = _event_rows(win)
    assert ("المهاجِم", "«المقاومة الإسلامية»") in [(r, t.replace("\u2068", "").replace(
        "\u2069", "")) for r, t in rows]
    assert "الهدف" in [r for r, _ in rows]
    assert not {"Attacker", "Target", "polarity", "mode"} & {r for r, _ in rows}
    ev = db.events(doc, win.session.user)[0]
    assert sorted(a.role for a in ev.arguments) == ["Attacker", "Target"]  # codes stored

    # A value chosen by its Arabic name is stored as its code.
    mode = win.event_panel.findChild(QComboBox, "attribute_mode")
    mode.setCurrentText("غارة جوية أو بطائرة مسيّرة")
    assert db.events(doc, win.session.user)[0].attributes["mode"] == "air_drone_strike"
    gui.qtbot.waitUntil(lambda: win.event_panel.findChild(QComboBox, "attribute_mode")
                        .currentText() == "غارة جوية أو بطائرة مسيّرة")
    # The trigger's tooltip names roles and attributes in Arabic.
    info = win.text_view.trigger_info[ev.trigger]
    assert "المهاجِم:" in info and "نوع الهجوم=غارة جوية" in info and "Attacker" not in info
    if os.environ.get("ANNOTATOR_ROLE_SHOT"):
        win.events.set_current(ev.id)
        win.grab().save(os.environ["ANNOTATOR_ROLE_SHOT"])


def test_english_window_shows_codes_or_english_names(win: MainWindow, db, gui) -> None:
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    s, e = gui.find(win.text_view.text, "هجوم", after="يومين على ")
    gui.drag_offsets(win.text_view, s, e)
    gui.key(win.text_view, Qt.Key.Key_A)
    gui.qtbot.waitUntil(lambda: win.event_panel.topLevelItemCount() == 1)
    gui.label_word(win, "المقاومة الإسلامية", "3", after="أعلنت “")
    menu = _press_r(gui, win)
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "Attacker of ATTACK", "Target of ATTACK"]  # no English name: the code
    gui.key(menu, Qt.Key.Key_A)
    assert [r for r, _ in _event_rows(win)] == ["Attacker", "Polarity", "Modality", "Mode"]
    mode = win.event_panel.findChild(QComboBox, "attribute_mode")
    assert "Air or drone strike" in [mode.itemText(i) for i in range(mode.count())]
