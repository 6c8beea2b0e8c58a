"""What core, store and operations say, shown by the Arabic window in Arabic.

The results and refusals come from Qt-free code in English (the command line prints
them); the window shows them through ui/i18n/core_messages. These tests produce them
for real (bad files imported through the window, refused merges, a bad export, schema
problems) and fail on English left in what the window shows; and they fail when a
template no longer matches the English that core, store and operations write.
"""

from __future__ import annotations

import ast
import json.decoder
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from annotator.store.merge import MergeReport
from annotator.ui.i18n import LANGUAGE_SETTING
from annotator.ui.i18n.core_messages import TEMPLATES, core_message
from annotator.ui.main_window import MainWindow
from tests.project_files import make_newer
from tests.ui.test_export_dialog import choose, click_ok, open_dialog, type_path
from tests.ui.test_import import answer_the_next_message_box
from tests.ui.test_language import SPLIT, allowed_words
from tests.ui.test_schema_editor import open_editor, problems, row_of
from tests.ui.test_team_dialogs import annotator_file, result_box

ROOT = Path(__file__).resolve().parents[2]
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|«[^»]*»")
MARKS = {0x200F: None, 0x2066: None, 0x2068: None, 0x2069: None}  # RLM, LRI, FSI, PDI


def plain(text: str) -> str:
    return text.translate(MARKS)


@pytest.fixture
def arabic() -> None:
    QSettings("annotator", "annotator").setValue(LANGUAGE_SETTING, "ar")


def english(text: str, allowed: set[str], paths: list[Path]) -> list[str]:
    """Latin words in `text` that are not a path, a quoted value, a name or a term."""
    for path in sorted(paths, key=lambda p: -len(str(p))):
        text = text.replace(str(path), " ")
    text = QUOTED.sub(" ", text)
    return [w for w in SPLIT.findall(text) if w not in allowed
            and not re.fullmatch(r"[A-Z]|[a-z]", w)]


BAD_FILES = {  # name -> contents: one problem each
    "empty.txt": "",
    "blank.txt": "  \n\n",
    "records.txt": '{"text": "نص أول"}\n{"text": "نص ثان"}\n',
    "array.jsonl": "[1]\n",
    "label.jsonl": '{"text": "نص", "layer": "x", "spans": '
                   '[{"start": 0, "end": 2, "label": "NOPE"}]}\n',
    "notjson.jsonl": "not json\n",
    "extra.jsonl": '{"text": "نص"} 3\n',
    "notext.jsonl": '{"text": ""}\n',
    "status.jsonl": '{"text": "نص", "layer": "x", "status": "zzz"}\n',
    "range.jsonl": '{"text": "نص", "layer": "x", "spans": '
                   '[{"start": 0, "end": 9, "label": "PER"}]}\n',
    "mismatch.jsonl": '{"text": "نص", "layer": "x", "spans": '
                      '[{"start": 0, "end": 1, "label": "PER", "text": "zz"}]}\n',
    "event.jsonl": '{"text": "نص", "layer": "x", "events": [{"type": "NOPE"}]}\n',
    "tag.conll": "كلمة\tB-FOO\n",
    "badtag.conll": "كلمة\tX\n",
    "token.conll": "كلمة\n",
    "tasks.json": "[]\n",
}


def test_import_results_and_refusals_are_arabic(arabic, project: Path, tmp_path: Path,
                                                open_window, qtbot) -> None:
    win = open_window(project)
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name, text in BAD_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    twice = folder / "twice.jsonl"  # imported, with a warning
    twice.write_text('{"id": "d1", "text": "نص أول"}\n{"id": "d1", "text": "نص ثان"}\n',
                     encoding="utf-8")
    paths.append(twice)

    shown = answer_the_next_message_box()
    job = win.import_paths(paths)
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    ok, message = blocker.args
    assert not ok and shown == [message]
    lines = plain(message).splitlines()
    assert "فشل 16 ملف" in lines[0] and "تحذير" in lines[0]
    for path in paths[:-1]:  # each bad file has its line, its reason in Arabic
        assert any(line.startswith(f"{path}") for line in lines), path
    allowed = allowed_words(win) | {"NUL", "id"}
    assert english(message, allowed, paths) == [], message
    assert core_message(message) == message  # nothing left to translate


def test_an_import_summary_in_the_status_bar_is_arabic(arabic, project: Path, tmp_path: Path,
                                                      open_window, qtbot) -> None:
    win = open_window(project)
    good = tmp_path / "new.txt"
    good.write_text("خبر جديد\nنص الخبر.\n", encoding="utf-8")
    job = win.import_paths([good])
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    ok, message = blocker.args
    assert ok
    assert plain(message) == "استُورد 1 مستند و0 مقطع؛ تُخطّي 0 موجود في المشروع"
    assert win.statusBar().currentMessage() == message


def test_merge_results_and_refusals_are_arabic(arabic, project: Path, tmp_path: Path,
                                               open_window, qtbot, monkeypatch) -> None:
    bob = tmp_path / "bob.db"
    annotator_file(bob, "bob", {"واشنطن": "GPE", "طهران": "GPE"})
    newer = tmp_path / "newer.db"
    annotator_file(newer, "cat", {})
    make_newer(newer, "table")
    bad = tmp_path / "notes.db"
    bad.write_text("not a project", encoding="utf-8")
    win = open_window(project)
    files = [bad, newer, project, tmp_path / "gone.db", bob]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(f) for f in files], ""))
    win.team.merge_action.trigger()
    box = result_box(win, qtbot, "mergeResult")
    text = box.text()
    assert "صنعه إصدار أحدث من annotator" in text
    assert "هذا هو المشروع نفسه" in text and "دُمج" in text
    assert english(text, allowed_words(win) | {"crowd_votes"}, files) == [], text
    box.close()


def test_merge_report_lines_in_every_number(arabic, win: MainWindow) -> None:
    """The merge line's counts are written 'span'/'spans' by number: both are known."""
    for n in (1, 2):
        report = MergeReport(source="x.db", documents_matched=n, documents_added=n,
                             spans_added=n, events_added=n, statuses_updated=n,
                             doc_labels_updated=n, conflicts=["c"] * n)
        line = report.line()
        assert english(core_message(line), set(), [Path("x.db")]) == [], line


def test_export_result_and_refusal_are_arabic(arabic, project: Path, tmp_path: Path,
                                              open_window, qtbot) -> None:
    win = open_window(project)
    dialog = open_dialog(win, qtbot)
    choose(dialog, "exportFormat", "jsonl")
    type_path(dialog, tmp_path / "out.jsonl")
    dialog.split_on.setChecked(True)
    dialog.split.setText("train=0.5")
    click_ok(dialog, qtbot)
    error = dialog.findChild(QLabel, "exportError")
    assert error is not None and plain(error.text()).startswith("قيمة --split غير صالحة"), \
        error.text()
    dialog.split_on.setChecked(False)
    click_ok(dialog, qtbot)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "exportReport") is not None,
                    timeout=30_000)
    report = win.findChild(QMessageBox, "exportReport")
    assert plain(report.text()).startswith("كُتب "), report.text()
    assert english(report.text(), allowed_words(win), [tmp_path / "out.jsonl"]) == []
    report.close()


def test_schema_editor_problems_are_arabic(arabic, win: MainWindow, gui) -> None:
    dialog = open_editor(win)
    dialog.labels.set_cell(row_of(dialog, "LOC"), 5, "R")
    dialog.labels.set_cell(row_of(dialog, "DATE"), 4, "blue")
    dialog.labels.set_cell(row_of(dialog, "PER"), 0, "9X")
    found = problems(dialog)
    assert len(found) >= 3
    allowed = allowed_words(win) | {"labels", "rrggbb"}
    assert all(english(p, allowed, []) == [] for p in found), found
    assert any("اللون 'blue' ليس على الصورة #rrggbb" in plain(p) for p in found), found
    dialog.reject()


def test_a_refusal_of_the_store_is_arabic_in_the_status_bar(arabic, win: MainWindow, db,
                                                            gui) -> None:
    """The same span twice: the store's refusal, as the window shows it."""
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    s, e = gui.find(win.text_view.text, "العراق")
    assert win.session.push_add(doc, s, e, "GPE").ok
    assert not win.session.push_add(doc, s, e, "GPE").ok
    assert plain(win.statusBar().currentMessage()) == \
        f"المقطع نفسه (GPE [{s}, {e})) موجود من قبل في الطبقة {gui.user}"


# ------------------------------------------------------------ templates against core
PLURALS = {  # templates whose words core builds by number (MergeReport._n), checked above
    "{0} documents matched, {1} added", "{0} document matched, {1} added",
    "{0} spans added, {1} updated (newer), {2} deleted",
    "{0} span added, {1} updated (newer), {2} deleted",
    "{0} events added, {1} updated (newer), {2} deleted",
    "{0} event added, {1} updated (newer), {2} deleted",
    "{0} statuses updated", "{0} status updated",
    "{0} document labels updated", "{0} document label updated",
    "{0} conflicts kept local", "{0} conflict kept local",
}


SQLITE = {"file is not a database"}  # SQLite's own words, inside ours


def test_sqlite_words_are_what_sqlite_says(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a project", encoding="utf-8")
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT 1 FROM sqlite_master")
    assert {str(caught.value)} == SQLITE


def _source_strings() -> list[str]:
    """Every string constant (f-strings: their fixed parts) of core, store, operations,
    and of Python's JSON decoder (its messages are shown inside ours)."""
    found: list[str] = []
    files = [p for layer in ("core", "store", "operations")
             for p in (ROOT / "annotator" / layer).rglob("*.py")]
    for path in [*files, Path(json.decoder.__file__)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append(node.value)
    return found


def test_every_template_is_still_written_by_core() -> None:
    """Each fixed piece of a template is in a string of core, store or operations: an
    English text changed there (and not here) fails, naming the template."""
    strings = _source_strings()
    stale = []
    for template in TEMPLATES:
        if template in PLURALS or template in SQLITE or template == "; ":
            continue
        pieces = [p for p in re.split(r"\{\d\}", template) if p.strip()]
        if not all(any(piece in s for s in strings) for piece in pieces):
            stale.append(template)
    assert stale == []



def test_what_is_not_known_stays_as_it_is(arabic, win: MainWindow) -> None:
    """An unknown reason keeps its line whole (English), never half translated; a known
    reason after an unknown place is translated with the place kept."""
    for line in ("x.jsonl:3: something new went wrong", "a.db: a new kind of refusal",
                 "not json; but close"):
        assert core_message(line) == line
    assert plain(core_message("a b: c.jsonl:3: empty file")) == "a b: c.jsonl:3: ملف فارغ"
    assert plain(core_message("  indented: empty file\n")) == "  indented: ملف فارغ\n"
    # Shown right to left, the file name isolated: ":3" stays after "c.jsonl".
    assert core_message("c.jsonl:3: empty file") == "\u200f\u2068c.jsonl:3\u2069: ملف فارغ"


def test_event_refusals_are_arabic_in_the_status_bar(arabic, win: MainWindow, db, gui) -> None:
    """A role that does not take the span, a relabel its role refuses, an attribute value
    the schema lacks: each refusal of core, shown in Arabic."""
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    words = [w for w in win.text_view.text.split() if len(w) > 3 and w.isalpha()]
    session = win.session
    (ts, te), (ds, de), (ps, pe) = (gui.find(win.text_view.text, w) for w in words[:3])
    event = session.push_add_event(doc, ts, te, "ATTACK").events_added[0]
    date = session.push_add(doc, ds, de, "DATE").spans_added[0]
    person = session.push_add(doc, ps, pe, "PER").spans_added[0]
    allowed = allowed_words(win, codes=True)  # refusals quote role and value codes
    shown = []
    for refused in (lambda: session.push_argument(event.id, "Attacker", date.id),
                    lambda: session.push_argument(event.id, "Attacker", event.trigger),
                    lambda: session.push_attributes(event.id, {"mode": "ballistic"})):
        assert not refused().ok
        shown.append(plain(win.statusBar().currentMessage()))
    assert session.push_argument(event.id, "Attacker", person.id).ok
    assert not session.push_relabel(person, "DATE").ok
    shown.append(plain(win.statusBar().currentMessage()))
    assert [english(line, allowed | {"ballistic"}, []) for line in shown] == [[]] * 4, shown
    assert "لا يقبل مقطعًا من نوع DATE" in shown[0]
    assert f"«{words[2]}» في الدور Attacker من حدث ATTACK" in shown[3]


def test_export_sync_and_import_lines_are_arabic(arabic, win: MainWindow, tmp_path: Path) -> None:
    """Lines of core met while exporting, syncing and importing, as core writes them."""
    from annotator.core.errors import UserError
    from annotator.core.exporters import write_lines_atomic
    from annotator.core.exporters.brat import fragments
    from annotator.core.sync import EventRow, SpanRow, conflict_line
    from annotator.core.textio import decode

    missing = tmp_path / "no" / "out.jsonl"
    with pytest.raises(UserError) as export_refusal:
        write_lines_atomic(iter(["{}"]), missing)
    with pytest.raises(UserError) as binary:
        decode(b"\x01\x02 text \x03")
    span = SpanRow("u1", "d1", "amina", 3, 9, "PER", "بغداد", "ref", "t0", "t1", True)
    event = EventRow("u2", "d1", "amina", "ATTACK", "u1", "{}", (), "t0", "t1", True)
    lines = [str(export_refusal.value), str(binary.value),
             f"d1: PER span [0, 3) 'x': {fragments(chr(10) + 'نص', 0, 3)}; left out",
             conflict_line("الحرب في سوريا", span, event)]
    shown = [plain(core_message(line)) for line in lines]
    allowed = allowed_words(win) | {"d1"}
    assert [english(line, allowed, [missing, missing.parent]) for line in shown] == \
        [[]] * len(lines), shown
