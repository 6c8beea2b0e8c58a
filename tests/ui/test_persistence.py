"""What the window showed is on disk: after closing and reopening, and after a kill."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.store.repository import Repository


def test_spans_survive_closing_and_reopening(project: Path, open_window, gui) -> None:
    win = open_window(project)
    view, doc = win.text_view, win.document_id
    words = [("طهران", "5"), ("واشنطن", "5"), ("الهجمات", "2")]
    expected = []
    for word, key in words:
        s, e = gui.find(view.text, word)
        gui.show_range(view, s, e)
        gui.drag(view, gui.inside(view, s + 1), gui.inside(view, e - 2))
        gui.label_key(view, key)
        expected.append((s, e, word))
    gui.close_window(win)

    again = open_window(project)
    assert again.document_id == doc
    shown = sorted((x.start, x.end, x.text) for x in again.text_view.spans)
    assert shown == sorted(expected)
    assert again.span_model.rowCount() == 3
    repo = Repository.open(project)
    try:
        stored = sorted((x.start, x.end, x.text) for x in repo.spans(doc, gui.user))
    finally:
        repo.close()
    assert stored == sorted(expected)


CHILD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication
    from annotator.store.repository import Repository
    from annotator.ui.session import Session

    app = QCoreApplication([])
    path, doc, start, end, how = sys.argv[1:]
    session = Session(Repository.open(path, "amina"), "amina")
    (span,) = session.push_add(int(doc), int(start), int(end), "GPE").spans_added
    print(span.id, flush=True)
    if how == "exit":
        os._exit(9)  # no close, no atexit, no checkpoint
    sys.stdin.read()  # wait to be killed
""")


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_span_is_in_the_file_after_the_process_dies(project: Path, gui, how: str) -> None:
    repo = Repository.open(project)
    try:
        doc = gui.doc_id(repo, "000")
        s, e = gui.find(repo.document_text(doc), "طهران")
    finally:
        repo.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(project), str(doc), str(s), str(e), how],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = proc.stdout.readline()  # the span is committed once this line arrives
        if how == "kill":
            proc.kill()
        code = proc.wait(timeout=60)
        errors = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert line.strip().isdigit(), errors
    span_id = int(line)
    assert code == (9 if how == "exit" else -9)

    repo = Repository.open(project)
    try:
        span = repo.span(span_id)
        assert (span.start, span.end, span.label, span.text, span.layer) == (
            s, e, "GPE", "طهران", "amina")
        assert repo.changes(doc, "add_span")[-1]["entity_id"] == span_id
    finally:
        repo.close()


def test_reopening_shows_the_document_the_user_was_working_on(project: Path, open_window,
                                                              gui) -> None:
    win = open_window(project)
    first = win.document_id
    repo = Repository.open(project)
    try:
        third = gui.doc_id(repo, "002")
    finally:
        repo.close()
    gui.open_doc(win, third)
    gui.close_window(win)

    again = open_window(project)
    assert again.document_id == third != first
    assert again.doc_panel.current_id() == third
    gui.close_window(again)
    # Per user: another annotator of the same project starts on the first document.
    other = open_window(project, "badr")
    assert other.document_id == first
    gui.close_window(other)
    # It lives in the project file (not QSettings); a document no longer there is not
    # looked for: the first one opens.
    repo = Repository.open(project)
    try:
        assert repo.setting(f"last_document:{gui.user}") == str(third)
        repo.set_setting(f"last_document:{gui.user}", "999999")
    finally:
        repo.close()
    assert open_window(project).document_id == first
