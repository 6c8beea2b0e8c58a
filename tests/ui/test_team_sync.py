"""The window and a team server, with real widgets offscreen and a real PostgreSQL
(tests/postgres.py): File → Connect to team server, the background sync, the status
bar's indicator (synced, N edits waiting, offline, conflict) and Team → Progress.

The sync interval is set to an hour in the connect dialog, so each test decides when a
sync runs: by clicking the indicator, as a user can.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QRadioButton,
    QTableView,
)

from annotator.operations.sync import sync
from annotator.store import sync_state
from annotator.store.repository import Repository
from annotator.store.server.connection import TeamServer
from annotator.store.sync_state import SyncState
from annotator.ui.dialogs.connect_dialog import ConnectDialog
from annotator.ui.dialogs.progress_window import ProgressWindow
from annotator.ui.widgets.sync_indicator import (
    CONFLICT,
    NOT_CONNECTED,
    OFFLINE,
    SYNCED,
    WAITING,
)
from tests.conftest import SEED_FILES
from tests.postgres import GUARDED_PASSWORD

HOUR = 3600
TIMEOUT = 20000


@pytest.fixture
def shared(team, cli):
    """lead (admin) imported the five seeds and gave each to amina and badr; rania
    reviews."""
    for name, role in (("lead", "admin"), ("amina", "annotator"), ("badr", "annotator"),
                       ("rania", "reviewer")):
        team.add(name, role)
    assert cli("import", *SEED_FILES, "--server", team.url("lead")).returncode == 0
    assert cli("assign", "--users", "amina,badr", "--per-document", "2",
               "--server", team.url("lead")).returncode == 0
    return team


def sync_elsewhere(team, repo: Repository, user: str):
    """A sync of another machine's project (as `annotator sync` runs it)."""
    server = TeamServer.connect(team.url(user))
    try:
        return sync(repo, server)
    finally:
        server.close()


def connect_window(win, qtbot, url: str, seconds: int = HOUR) -> ConnectDialog:
    """File → Connect to team server: type the URL, test it, Connect."""
    action = win.findChild(QAction, "actionConnectServer")
    assert action in win.menuBar().actions()[0].menu().actions()  # in the File menu
    action.trigger()
    qtbot.waitUntil(lambda: win.findChild(ConnectDialog, "connectDialog") is not None)
    dialog = win.findChild(ConnectDialog, "connectDialog")
    qtbot.waitExposed(dialog)
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    dialog.seconds_box.setValue(seconds)
    return dialog


def check_test(qtbot, dialog: ConnectDialog, text: str) -> None:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text in dialog.result_label.text(), timeout=TIMEOUT)


def password_dialog(qtbot, dialog: ConnectDialog) -> QInputDialog:
    """Test the connection; the server asks for a password: the dialog that asks."""
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(
        QInputDialog, "passwordDialog")), timeout=TIMEOUT)
    return next(d for d in dialog.findChildren(QInputDialog, "passwordDialog")
                if d.isVisible())


def click_indicator(win, qtbot, then: str) -> None:
    """Click the indicator (sync now) and wait for the state it should reach."""
    qtbot.mouseClick(win.sync_indicator, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.team_sync.busy and win.sync_indicator.state == then,
                    timeout=TIMEOUT)


def tip(widget) -> str:
    """A tooltip as the user reads it (tooltips of user text are HTML-escaped)."""
    doc = QTextDocument()
    doc.setHtml(widget.toolTip())
    return doc.toPlainText().replace("\xa0", " ")


def a_word(text: str, nth: int = 0) -> str:
    """A word of five or more Arabic letters, occurring once in the text."""
    words = [w for w in re.findall(r"[\u0621-\u064a]{5,}", text) if text.count(w) == 1]
    return words[nth]


def server_spans(team, layer: str) -> list[tuple]:
    with team.connect() as conn:
        return conn.execute("SELECT start, \"end\", label FROM annotator.spans WHERE layer = "
                            "%s AND NOT deleted ORDER BY start", [layer]).fetchall()


def test_connect_then_edits_travel_both_ways_and_the_indicator_follows(
        shared, open_window, gui, qtbot, tmp_path):
    team = shared
    win = open_window(tmp_path / "amina.db")  # a new, empty project
    assert win.sync_indicator.state == NOT_CONNECTED and win.doc_model.rowCount() == 0
    dialog = connect_window(win, qtbot, team.url("amina"))
    check_test(qtbot, dialog, "you are amina (annotator)")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.sync_indicator.state == SYNCED, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: win.doc_model.rowCount() == 5)  # the assigned documents
    assert win.document_id is not None
    assert sync_state.load(win.repo.db).server.startswith("user=amina")  # remembered

    # An edit here: waiting, then on the server after a sync.
    word = a_word(win.text_view.text)
    start, end = gui.label_word(win, word, "5")  # GPE
    qtbot.waitUntil(lambda: win.sync_indicator.state == WAITING)
    assert "edit" in win.sync_indicator.text()
    click_indicator(win, qtbot, SYNCED)
    assert server_spans(team, "amina") == [(start, end, "GPE")]

    # The same annotator on another machine: relabels it and adds one; a sync here
    # shows both in the open document.
    other = Repository.open(tmp_path / "other.db", user="amina")
    sync_elsewhere(team, other, "amina")
    sha = win.repo.document(win.document_id).text_sha256
    doc = other.document_id_by_sha(sha)
    (theirs,) = other.spans(doc, "amina")
    other.relabel_span(theirs.id, "LOC")
    s2, e2 = gui.find(other.document_text(doc), a_word(other.document_text(doc), 1))
    other.add_span(doc, "amina", s2, e2, "PER")
    sync_elsewhere(team, other, "amina")
    click_indicator(win, qtbot, SYNCED)
    shown = sorted((s.start, s.end, s.label) for s in win.document.spans.values())
    assert shown == sorted([(start, end, "LOC"), (s2, e2, "PER")])
    assert sorted((s.start, s.end, s.label) for s in win.text_view.spans) == shown

    # Both relabel the same span; the other machine's is newer and syncs first: a
    # conflict here, shown until read; the newer label is what the window shows.
    span_id = next(s.id for s in win.document.spans.values() if s.start == start)
    win.document.select(span_id)
    gui.label_key(win.text_view, "1")  # PER, here
    assert win.repo.span(span_id).label == "PER"
    time.sleep(0.01)
    other.relabel_span(theirs.id, "ORG")  # later, there
    sync_elsewhere(team, other, "amina")
    click_indicator(win, qtbot, CONFLICT)
    assert "lost to the newer ORG" in tip(win.sync_indicator)
    assert win.document.spans[span_id].label == "ORG"
    qtbot.mouseClick(win.sync_indicator, Qt.MouseButton.LeftButton)  # read them
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "syncConflicts") is not None)
    box = win.findChild(QMessageBox, "syncConflicts")
    assert "lost to the newer" in box.text()
    box.accept()
    assert win.sync_indicator.state == SYNCED

    # The server restarts (its connection breaks): the next sync connects again.
    team.postgres.restart()
    gui.label_word(win, a_word(win.text_view.text, 2), "7")  # LOC
    click_indicator(win, qtbot, SYNCED)
    assert len(server_spans(team, "amina")) == 3
    other.close()


def test_an_unreachable_server_shows_offline_and_the_edits_waiting(
        project: Path, postgres, open_window, gui, qtbot, tmp_path):
    repo = Repository.open(project, user="amina")
    nowhere = postgres.uri("team", "amina").replace(str(postgres.folder),
                                                    str(tmp_path / "gone"))
    sync_state.save(repo.db, SyncState(nowhere, "project", "amina", "annotator"))
    repo.close()
    win = open_window(project)
    qtbot.waitUntil(lambda: win.sync_indicator.state == OFFLINE, timeout=TIMEOUT)
    assert win.sync_indicator.text() == "Offline"
    assert "Last error: cannot reach the team server" in tip(win.sync_indicator)
    assert "Edits not yet" not in tip(win.sync_indicator)
    gui.label_word(win, a_word(win.text_view.text), "5")
    # the span, and the document's status (now in progress)
    qtbot.waitUntil(lambda: "Edits not yet on the server: 2" in tip(win.sync_indicator))
    assert win.sync_indicator.state == OFFLINE


def test_the_password_is_asked_in_a_dialog_and_never_stored(
        guarded, open_window, qtbot, tmp_path):
    db = tmp_path / "guarded.db"
    win = open_window(db, user="guarded")
    dialog = connect_window(win, qtbot, guarded.url("guarded"))
    ask = password_dialog(qtbot, dialog)
    assert ask.textEchoMode().name == "Password"
    ask.setTextValue("wrong")
    ask.accept()
    qtbot.waitUntil(lambda: "wrong password" in dialog.result_label.text(), timeout=TIMEOUT)
    ask = password_dialog(qtbot, dialog)  # Test again: asked again
    ask.setTextValue(GUARDED_PASSWORD)
    ask.accept()
    qtbot.waitUntil(lambda: "you are guarded (annotator)" in dialog.result_label.text(),
                    timeout=TIMEOUT)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.sync_indicator.state == SYNCED, timeout=TIMEOUT)
    win.close()
    QApplication.processEvents()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("guarded.db*"))
    assert GUARDED_PASSWORD.encode() not in data and b"user=guarded" in data


def test_team_progress_lists_the_annotators_with_their_agreement(
        shared, open_window, qtbot, tmp_path):
    team = shared
    for name, label in (("amina", "GPE"), ("badr", "GPE")):
        repo = Repository.open(tmp_path / f"{name}.db", user=name)
        sync_elsewhere(team, repo, name)
        doc = min(repo.document_ids(), key=lambda d: repo.document(d).text_sha256)
        text = repo.document_text(doc)
        s, e = re.search(r"[\u0621-\u064a]{5,}", text).span()
        repo.add_span(doc, name, s, e, label)
        repo.set_status(doc, name, "done")
        sync_elsewhere(team, repo, name)
        repo.close()
    win = open_window(tmp_path / "rania.db", user="rania")
    team_menu = win.menuBar().actions()[-1].menu()
    progress = win.findChild(QAction, "actionTeamProgress")
    assert progress in team_menu.actions()
    progress.trigger()  # not connected yet: it says how
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "progressNotConnected") is not None)
    win.findChild(QMessageBox, "progressNotConnected").accept()
    dialog = connect_window(win, qtbot, team.url("rania"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # tests, then connects
    qtbot.waitUntil(lambda: win.sync_indicator.state == SYNCED, timeout=TIMEOUT)
    progress.trigger()
    window = win.findChild(ProgressWindow, "progressWindow")
    qtbot.waitUntil(lambda: window.progress is not None, timeout=TIMEOUT)
    table = window.findChild(QTableView, "progressTable")
    model = table.model()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert rows == [["amina", "5", "0", "1", "1", "1.000", "1.000"],
                    ["badr", "5", "0", "1", "1", "1.000", "1.000"]]
    assert "agreement over 1 document(s)" in window.summary.text()


def test_document_labels_travel_and_the_panel_shows_what_a_sync_brought(
        shared, open_window, gui, qtbot, tmp_path):
    team = shared
    win = open_window(tmp_path / "amina.db")
    dialog = connect_window(win, qtbot, team.url("amina"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.sync_indicator.state == SYNCED, timeout=TIMEOUT)
    panel = win.doc_labels_panel
    gui.key(win.text_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    gui.key(panel, Qt.Key.Key_Y)  # relevance = relevant, in the Document panel
    qtbot.waitUntil(lambda: win.sync_indicator.state == WAITING)
    click_indicator(win, qtbot, SYNCED)
    with team.connect() as conn:
        assert conn.execute("SELECT layer, field, value FROM annotator.doc_labels"
                            ).fetchall() == [("amina", "relevance", '"relevant"')]

    other = Repository.open(tmp_path / "other.db", user="amina")  # her other machine
    sync_elsewhere(team, other, "amina")
    doc = other.document_id_by_sha(win.repo.document(win.document_id).text_sha256)
    assert other.doc_labels(doc, "amina") == {"relevance": "relevant"}
    other.actions.set_doc_labels(doc, "amina", {"relevance": "partly"})
    sync_elsewhere(team, other, "amina")
    click_indicator(win, qtbot, SYNCED)
    assert win.findChild(QRadioButton, "docValue_relevance_partly").isChecked()
    assert not win.findChild(QRadioButton, "docValue_relevance_relevant").isChecked()
    other.close()


def test_the_document_filter_finds_the_documents_a_sync_brought(
        shared, open_window, gui, qtbot, tmp_path):
    """The titles of the documents a sync brings are read on the sync's thread; the
    list's filter finds them by their titles as typed (without hamza or tashkeel)."""
    from annotator.core.arabic import normalize_for_search

    win = open_window(tmp_path / "amina.db")
    dialog = connect_window(win, qtbot, shared.url("amina"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.sync_indicator.state == SYNCED, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: win.doc_model.rowCount() == 5)
    everything = list(win.doc_model.ids)
    last = everything[-1]
    title = win.repo.document(last).title
    word = max(title.split(), key=len)
    wanted = [doc for doc in everything
              if normalize_for_search(word) in normalize_for_search(
                  win.repo.document(doc).title)]
    box = win.doc_panel.filter
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    gui.type_text(box, normalize_for_search(word))
    qtbot.waitUntil(lambda: win.doc_model.query != "")
    assert list(win.doc_model.ids) == wanted and last in wanted
    box.clear()
    qtbot.waitUntil(lambda: list(win.doc_model.ids) == everything)
