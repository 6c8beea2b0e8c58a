"""One user action: one transaction in the project file, and the window updates in place.

Checked as a user (or a second program) would see it: the statements that reached the
file, the status bar, and whether the span table and the events panel were rebuilt
(their models reset) or just updated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.types import DocumentRecord
from annotator.store.repository import Repository

CTRL = Qt.KeyboardModifier.ControlModifier
SENTENCE = "قصفت المقاومة الإسلامية قاعدة حرير الأمريكية في أربيل بطائرة مسيرة يوم الأحد"


@contextmanager
def transactions(win) -> Iterator[list[str]]:
    """BEGIN / COMMIT / ROLLBACK statements the window's connection ran in the block."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        head = sql.split(None, 1)[0].upper() if sql.strip() else ""
        if head in ("BEGIN", "COMMIT", "ROLLBACK"):
            seen.append(head)

    win.repo.db.conn.set_trace_callback(trace)
    try:
        yield seen
    finally:
        win.repo.db.conn.set_trace_callback(None)


class Resets:
    """Counts model resets of the span table and the events panel (a full rebuild)."""

    def __init__(self, win) -> None:
        self.spans = self.events = 0
        win.span_model.modelReset.connect(lambda: self._add("spans"))
        win.event_panel.model().modelReset.connect(lambda: self._add("events"))

    def _add(self, which: str) -> None:
        setattr(self, which, getattr(self, which) + 1)

    def clear(self) -> None:
        self.spans = self.events = 0


@pytest.fixture
def event_doc(project: Path) -> int:
    repo = Repository.open(project)
    try:
        repo.import_records([DocumentRecord("attack", SENTENCE + "\n", "attack", "test")])
        return repo.document_ids()[-1]
    finally:
        repo.close()


def label(gui, view, word: str, key: str) -> int:
    s, e = gui.find(view.text, word)
    gui.show_range(view, s, e)
    gui.drag(view, gui.inside(view, s), gui.inside(view, e - 1))
    gui.key(view, Qt.Key(ord(key)))
    assert view.selected_span_id is not None
    return view.selected_span_id


def test_label_relabel_trim_and_undo_are_one_transaction_each_and_rebuild_nothing(
        win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    gui.label_word(win, "طهران", "5")  # a span elsewhere, to keep in place
    resets = Resets(win)
    with transactions(win) as seen:
        s, e = gui.label_word(win, "لإيران", "5")
    assert seen == ["BEGIN", "COMMIT"]
    with transactions(win) as seen:
        gui.label_key(view, "7")  # relabel the new (selected) span LOC
        gui.key(view, Qt.Key.Key_T, CTRL)  # trim its proclitic
    assert seen == ["BEGIN", "COMMIT"] * 2
    assert gui.spans(db, doc)[-1] == (s + 1, e, "LOC", "إيران")
    assert [(x.start, x.label) for x in win.span_model.spans][-1] == (s + 1, "LOC")
    assert [(x.start, x.label) for x in view.spans][-1] == (s + 1, "LOC")
    assert (resets.spans, resets.events) == (0, 0)  # updated in place, not reloaded
    gui.qtbot.wait(5)
    assert win.span_info.text().startswith("\u200eLOC")  # the selected span as it is now
    assert f"[{s + 1}, {e})" in win.span_info.text()
    with transactions(win) as seen:
        gui.key(view, Qt.Key.Key_Z, CTRL)
    assert seen == ["BEGIN", "COMMIT"]
    assert gui.spans(db, doc)[-1] == (s, e, "LOC", "لإيران")
    assert [(x.start, x.label) for x in view.spans][-1] == (s, "LOC")


def test_event_and_undo_of_a_delete_with_roles_are_one_transaction_and_one_update(
        win, db: Repository, gui, event_doc: int) -> None:
    win.refresh_documents()  # imported after the window opened
    gui.open_doc(win, event_doc)
    view = win.text_view
    place = label(gui, view, "أربيل", "5")
    resets = Resets(win)
    with transactions(win) as seen:
        trigger = label(gui, view, "قصفت", "A")
    assert seen == ["BEGIN", "COMMIT"]  # the trigger span and its event together
    assert resets.events == 1  # the events panel is redrawn once, not twice
    (event,) = db.events(event_doc, gui.user)
    view.select_span(place)
    win.events.add_argument("Place")  # the new event is current
    assert [a.role for a in db.event(event.id).arguments] == ["Place"]
    gui.key(view, Qt.Key.Key_Escape)
    view.select_span(trigger)
    resets.clear()
    with transactions(win) as seen:
        gui.key(view, Qt.Key.Key_Delete)  # the trigger: its event goes too
    assert seen == ["BEGIN", "COMMIT"]
    assert db.events(event_doc, gui.user) == []
    assert win.event_panel.topLevelItemCount() == 0
    resets.clear()
    with transactions(win) as seen:
        gui.key(view, Qt.Key.Key_Z, CTRL)
    assert seen == ["BEGIN", "COMMIT"]  # span, event and argument back together
    ((ev_id, trig, args),) = [(e.id, e.trigger, [(a.role, a.span) for a in e.arguments])
                              for e in db.events(event_doc, gui.user)]
    assert (ev_id, trig, args) == (event.id, trigger, [("Place", place)])
    assert (resets.spans, resets.events) == (0, 1)
    assert win.event_panel.topLevelItemCount() == 1
    assert view.span_by_id(trigger) is not None


def test_a_failed_undo_shows_the_error_never_saved(win, db: Repository, gui) -> None:
    view, doc = win.text_view, win.document_id
    s, e = gui.label_word(win, "طهران", "5")
    gui.key(view, Qt.Key.Key_Delete)
    gui.qtbot.wait(5)
    saved = win.saved_label.text()
    assert saved.startswith("✓ Saved") and "deleted" in saved
    db.add_span(doc, gui.user, s, e, "GPE")  # another program makes the same span
    gui.key(view, Qt.Key.Key_Z, CTRL)  # the undo cannot put the deleted one back
    gui.qtbot.wait(5)
    assert "already" in win.statusBar().currentMessage()
    assert "undo" not in win.saved_label.text().lower()
    assert "already" not in win.saved_label.text()
    assert win.saved_label.text() == saved
    assert len(db.spans(doc, gui.user)) == 1


def test_a_refused_edit_is_shown_as_refused_and_never_undone(win, db: Repository,
                                                             gui) -> None:
    doc = win.document_id
    gui.label_word(win, "طهران", "5")
    gui.qtbot.wait(5)
    saved, steps = win.saved_label.text(), win.session.undo_stack.count()
    with transactions(win) as seen:
        gui.label_word(win, "طهران", "5")  # the same span again: refused
    gui.qtbot.wait(5)
    assert "ROLLBACK" in seen and "COMMIT" not in seen
    assert "already" in win.statusBar().currentMessage()
    assert win.saved_label.text() == saved
    assert win.session.undo_stack.count() == steps  # nothing to undo for it
    win.menu_actions.undo.trigger()  # undoes the first label, not the refused one
    assert gui.spans(db, doc) == []
