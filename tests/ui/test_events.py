"""Events in the window, through real key and mouse events, checked in the project file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QComboBox, QMenu

from annotator.operations.importing import import_files
from annotator.store.repository import Repository

SENTENCE = "قصفت المقاومة الإسلامية قاعدة حرير الأمريكية في أربيل بطائرة مسيرة يوم الأحد"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def event_doc(project: Path, tmp_path: Path) -> int:
    path = tmp_path / "attack.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    repo = Repository.open(project)
    try:
        assert import_files(repo, [path]).added == 1
        return repo.document_ids()[-1]
    finally:
        repo.close()


def _label(gui, view, word: str, key: str) -> int:
    """Drag across `word` (from inside its first letter to inside its last) and press `key`."""
    s, e = gui.find(view.text, word)
    gui.show_range(view, s, e)
    gui.drag(view, gui.inside(view, s), gui.inside(view, e - 1))
    gui.key(view, Qt.Key(ord(key)))
    assert view.selected_span_id is not None
    return view.selected_span_id


def _choose_role(gui, win, mnemonic: str) -> list[str]:
    """Press R (Add as argument) and pick a role in the popup menu by its letter."""
    gui.key(win.text_view, Qt.Key.Key_R)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), win.statusBar().currentMessage()
    offered = [a.text().replace("&", "") for a in menu.actions()]
    gui.key(menu, Qt.Key(ord(mnemonic)))
    return offered


def test_build_attack_event_with_five_roles(win, db: Repository, gui, event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    view = win.text_view
    trigger = _label(gui, view, "قصفت", "A")
    events = db.events(event_doc, gui.user)
    assert [(e.type, e.trigger) for e in events] == [("ATTACK", trigger)]
    assert events[0].attributes == {"polarity": "positive", "modality": "asserted"}
    assert win.events.current == events[0].id  # the new event is current

    attacker = _label(gui, view, "المقاومة الإسلامية", "3")
    offered = _choose_role(gui, win, "A")
    assert offered == ["Attacker of ATTACK", "Target of ATTACK"]  # only roles taking it
    target = _label(gui, view, "قاعدة حرير الأمريكية", "6")
    _choose_role(gui, win, "T")
    place = _label(gui, view, "أربيل", "5")
    assert "Attacker of ATTACK" not in _choose_role(gui, win, "P")  # filled, single
    weapon = _label(gui, view, "طائرة مسيرة", "9")  # snaps to the word "بطائرة"
    assert db.span(weapon).text == "بطائرة مسيرة"
    gui.key(view, Qt.Key.Key_T, CTRL)  # trim the proclitic ب
    assert db.span(weapon).text == "طائرة مسيرة"
    assert _choose_role(gui, win, "I") == ["Instrument of ATTACK"]
    time = _label(gui, view, "الأحد", "8")
    _choose_role(gui, win, "T")

    ev = db.events(event_doc, gui.user)[0]
    assert sorted((a.role, db.span(a.span).text) for a in ev.arguments) == sorted([
        ("Attacker", "المقاومة الإسلامية"), ("Target", "قاعدة حرير الأمريكية"),
        ("Place", "أربيل"), ("Instrument", "طائرة مسيرة"), ("Time", "الأحد")])
    assert {a.span for a in ev.arguments} == {attacker, target, place, weapon, time}
    # The panel lists the event with its five arguments; the text marks every role.
    top = win.event_panel.topLevelItem(0)
    assert top.text(0) == "ATTACK"
    roles = [top.child(i).text(0).strip() for i in range(top.childCount())]
    assert {"Attacker", "Target", "Place", "Instrument", "Time"} <= set(roles)
    assert view._emphasis[trigger] == "ATTACK" and view._emphasis[place] == "Place"
    assert "Attacker: «\u2068المقاومة الإسلامية\u2069»" in view.trigger_info[trigger]


def test_wrong_label_argument_is_refused(win, db: Repository, gui, event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    view = win.text_view
    _label(gui, view, "قصفت", "A")
    _label(gui, view, "الأحد", "8")
    _choose_role(gui, win, "T")
    second_date = _label(gui, view, "يوم", "8")  # Time is taken and single: nothing fits
    gui.key(view, Qt.Key.Key_R)
    assert QApplication.activePopupWidget() is None
    assert "Refused" in win.statusBar().currentMessage()
    # Asking for a role that does not take the label is refused as well.
    view.select_span(second_date)
    win.events.add_argument("Place")
    assert "Refused" in win.statusBar().currentMessage()
    ev = db.events(event_doc, gui.user)[0]
    assert [a.role for a in ev.arguments] == ["Time"]


def test_delete_filled_span_warns_and_undo_restores(win, db: Repository, gui,
                                                    event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    view = win.text_view
    _label(gui, view, "قصفت", "A")
    place = _label(gui, view, "أربيل", "5")
    _choose_role(gui, win, "P")
    assert [a.role for a in db.events(event_doc, gui.user)[0].arguments] == ["Place"]

    s, _e = gui.find(view.text, "أربيل")
    gui.click_offset(view, s + 1)
    assert view.selected_span_id == place
    gui.key(view, Qt.Key.Key_Delete)
    assert all(sp.id != place for sp in db.spans(event_doc, gui.user))
    assert db.events(event_doc, gui.user)[0].arguments == ()
    assert "Place" in win.statusBar().currentMessage()  # the warning names the lost role

    gui.key(view, Qt.Key.Key_Z, CTRL)
    assert any(sp.id == place for sp in db.spans(event_doc, gui.user))
    ev = db.events(event_doc, gui.user)[0]
    assert [(a.role, a.span) for a in ev.arguments] == [("Place", place)]


def test_delete_trigger_removes_event_and_undo_restores(win, db: Repository, gui,
                                                        event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    view = win.text_view
    trigger = _label(gui, view, "قصفت", "A")
    _label(gui, view, "أربيل", "5")
    _choose_role(gui, win, "P")
    view.select_span(trigger)
    gui.key(view, Qt.Key.Key_Delete)
    assert db.events(event_doc, gui.user) == []
    gui.key(view, Qt.Key.Key_Z, CTRL)
    ev = db.events(event_doc, gui.user)
    assert len(ev) == 1 and ev[0].trigger == trigger and ev[0].arguments[0].role == "Place"


def test_attribute_edit_is_stored_and_undoable(win, db: Repository, gui,
                                               event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    _label(gui, win.text_view, "قصفت", "A")
    box = win.event_panel.findChild(QComboBox, "attribute_mode")
    assert box is not None
    box.setCurrentText("Air or drone strike")  # the value's English name; its code is stored
    assert db.events(event_doc, gui.user)[0].attributes["mode"] == "air_drone_strike"
    gui.key(win.text_view, Qt.Key.Key_Z, CTRL)
    assert "mode" not in db.events(event_doc, gui.user)[0].attributes


def test_remove_argument_in_panel_with_delete(win, db: Repository, gui, event_doc: int) -> None:
    win.refresh_documents()
    gui.open_doc(win, event_doc)
    view = win.text_view
    _label(gui, view, "قصفت", "A")
    place = _label(gui, view, "أربيل", "5")
    _choose_role(gui, win, "P")
    panel = win.event_panel
    top = panel.topLevelItem(0)
    row = next(top.child(i) for i in range(top.childCount())
               if top.child(i).text(0).strip() == "Place")
    panel.setFocus()
    panel.setCurrentItem(row)
    gui.key(panel, Qt.Key.Key_Delete)
    assert db.events(event_doc, gui.user)[0].arguments == ()
    assert any(s.id == place for s in db.spans(event_doc, gui.user))  # the span stays
    gui.key(view, Qt.Key.Key_Z, CTRL)
    assert [a.role for a in db.events(event_doc, gui.user)[0].arguments] == ["Place"]


def _dark(image: QImage, x: int, y: int) -> bool:
    """A pixel of a letter: near black (the text colour), not a label colour."""
    c = image.pixelColor(x, y)
    return max(c.red(), c.green(), c.blue()) < 90


def test_role_tags_leave_the_words_around_them_visible(win, db: Repository, gui) -> None:
    """The tags of the current event ("ATTACK", "Target") sit between the lines, under
    the text: every letter of the seed's third line, above them, is still drawn."""
    view = win.text_view
    gui.label_word(win, "الهجوم", "A")
    target = gui.label_word(win, "قوات التحالف", "4")
    _choose_role(gui, win, "T")
    gui.key(view, Qt.Key.Key_Escape)  # nothing selected: only the tags differ
    win.doc_panel.view.setFocus()  # and no blinking text cursor
    marks = dict(view._emphasis)
    assert sorted(marks.values()) == ["ATTACK", "Target"]
    span = next(s for s in db.spans(win.document_id, gui.user) if s.start == target[0])
    (rect,) = view.span_rects(span)
    line = rect.height()
    top, bottom = int(rect.top() - line), int(rect.bottom())  # the line above and its own
    tagged = view.grab().toImage()
    view.set_emphasis({})
    plain = view.grab().toImage()
    view.set_emphasis(marks)
    width = plain.width()
    ink = [(x, y) for y in range(max(0, top), bottom) for x in range(width)
           if _dark(plain, x, y)]
    assert len(ink) > 500  # two lines of text
    covered = [(x, y) for x, y in ink if not _dark(tagged, x, y)]
    assert covered == [], f"{len(covered)} letter pixels hidden, e.g. {covered[:5]}"
    # The tag itself is there, over the top edge of its span.
    band = range(int(rect.top() - line * 0.2), int(rect.top() + 2))
    assert any(tagged.pixelColor(x, y) != plain.pixelColor(x, y) for y in band
               for x in range(int(rect.left()), int(rect.right())))
    tagged.save("/tmp/role_tags.png")
