"""A long document's spans beyond its first screens are read off the GUI thread.

The window reads the spans of the first screens, paints, and reads the rest for the
Spans table. For 50,000 spans that read took 200 ms of the GUI thread in one go (the
window froze right after showing the document); it now runs on a thread with its own
connection. These tests check what the user sees: every span in the table, an edit made
while the rest is read kept, and the full read not made on the window's connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotator.store.repository import Repository
from annotator.ui.main_window import MainWindow
from tests.ui.test_painting import USER, long_document

FULL_READ = "SELECT id, start, end, label, origin FROM spans WHERE"  # (values expanded)


def stored_spans(path: Path) -> set[tuple[int, int, str]]:
    repo = Repository.open(path, user=USER)
    try:
        (doc,) = repo.document_ids()
        return {(s.start, s.end, s.label) for s in repo.spans(doc, USER)}
    finally:
        repo.close()


def table_spans(win: MainWindow) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in win.span_model.spans}


def test_the_table_gets_every_span_read_off_the_gui_thread(
        tmp_path: Path, open_window: Callable[..., MainWindow], qtbot) -> None:
    path = long_document(tmp_path)
    statements: list[str] = []
    win = open_window(path)
    qtbot.waitUntil(lambda: win.span_model.rowCount() > 1000, timeout=10_000)
    assert table_spans(win) == stored_spans(path)
    # Opened again, with the window's own connection watched: its statements read the
    # first screens' spans only (`start < 20000`), never every span.
    win.repo.db.conn.set_trace_callback(statements.append)
    try:
        doc = win.document_id
        win.session.open_document(doc)
        assert not win.document.spans.complete  # the rest is being read elsewhere
        qtbot.waitUntil(lambda: win.document.spans.complete
                        and win.span_model.rowCount() > 1000, timeout=10_000)
    finally:
        win.repo.db.conn.set_trace_callback(None)
    reads = [s for s in statements if FULL_READ in s]
    assert reads and all("start < 20000" in s for s in reads), reads
    assert table_spans(win) == stored_spans(path)


def test_an_edit_while_the_rest_is_read_is_kept(tmp_path: Path,
                                                open_window: Callable[..., MainWindow],
                                                qtbot) -> None:
    path = long_document(tmp_path)
    win = open_window(path)
    doc = win.document_id
    win.session.open_document(doc)  # the rest is being read ...
    text = win.document.text
    start = text.rindex(" ", 0, len(text) - 10) + 1  # ... and a span is added near the end
    end = text.index(" ", start) if " " in text[start:] else len(text)
    change = win.session.push_add(doc, start, end, "WEAPON")
    assert change.ok
    stored = stored_spans(path)
    assert (start, end, "WEAPON") in stored
    qtbot.waitUntil(lambda: table_spans(win) == stored, timeout=10_000)
    assert {(s.start, s.end, s.label) for s in win.document.spans.values()} == stored
