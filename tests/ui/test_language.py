"""The Arabic interface: every string translated, the layout mirrored, label names in
Arabic, View → Language switching both ways, and offsets exact under the mirrored layout.

With ANNOTATOR_SCREENSHOTS=1 the window shots also replace docs/screenshots/window-*.png
(the README's pictures).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from annotator.core.formats import EXPORT_FORMATS, IMPORT_FORMATS
from annotator.operations.team import TeamProgress
from annotator.store.repository import Repository
from annotator.ui.dialogs.progress_window import ProgressWindow
from annotator.ui.i18n import LANGUAGE_SETTING, current_language
from annotator.ui.i18n import update as i18n_update
from annotator.ui.i18n.messages import TEMPLATES, _pattern, store_message
from annotator.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
# What may stay in Latin letters in an Arabic window: program and format names, keys,
# units and schema keywords (the TOML's own words). Label codes, file names and user
# data are added per window (allowed_words).
TECHNICAL = """
annotator JSON JSONL TOML TSV CSV txt UTF utf Windows cp cp1256 iso CoNLL conll spaCy spacy doccano
ndjson jsonl
Prodigy Label Studio Ctrl Shift Alt Return Enter Backspace Backtab Tab Escape Del Delete Ins
PgUp PgDown Page Up Down Left Right Home End Space Esc F1 F3 F8 include events strict
train dev test rrggbb db sqlite sqlite3 tsv csv json toml actor location other choice
integer single multiple text BIO BIOES IO IOB IOB2 BILOU keep split outer outermost
inner all none HF datasets cats English amina gold imported auto columns outermost bio bilou
PostgreSQL postgresql sslmode require service pgpass you example team
""".split()
SPLIT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


@pytest.fixture
def arabic() -> Iterator[None]:
    """Windows opened in the test are Arabic (as if chosen in View → Language)."""
    QSettings("annotator", "annotator").setValue(LANGUAGE_SETTING, "ar")
    yield


def allowed_words(win: MainWindow, codes: bool = False) -> set[str]:
    """`codes`: also every role, attribute and value code (the store's refusals, shown
    as core messages, quote them); else only those the schema gives no Arabic name."""
    schema = win.repo.schema()
    words = set(TECHNICAL) | {win.session.user, win.db_path.name, win.db_path.stem}
    names: list[str] = [schema.name, schema.description, schema.guideline]
    for lb in schema.all_labels:
        names += [lb.name, lb.en, lb.description]
    for et in schema.event_types:  # codes only where the schema gives no Arabic name
        names += [role.name for role in et.roles if codes or not role.ar]
        for attr in schema.attributes_for(et.name):
            arabic = {v.name for v in attr.value_names if v.ar and not codes}
            names += [attr.name] if codes or not attr.ar else []
            names += [v for v in attr.values if v not in arabic]
    for fld in schema.document_fields:
        names += [fld.name, fld.en, fld.description]
        for v in fld.values:
            names += [v.name, v.en, v.description]
    for fmt in (*EXPORT_FORMATS.values(), *IMPORT_FORMATS.values()):
        names += [fmt.name, fmt.title]
    names += win.repo.layers()
    for doc in win.repo.document_ids():
        names.append(win.repo.document(doc, with_text=False).title)
    for name in names:
        words.update(SPLIT.findall(name or ""))
    return words


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string a user can see on `widget` and its children."""
    found: list[tuple[str, str]] = []

    def add(obj: object, what: str, text: str) -> None:
        if text:
            name = getattr(obj, "objectName", lambda: "")() or type(obj).__name__
            found.append((f"{type(obj).__name__}:{name}.{what}", text))

    for w in [widget, *widget.findChildren(QWidget)]:
        if w is not widget or not isinstance(w, MainWindow):
            add(w, "windowTitle", w.windowTitle() if isinstance(w, QDialog | QDockWidget)
                else "")
        add(w, "toolTip", w.toolTip())
        add(w, "statusTip", w.statusTip())
        if isinstance(w, QLabel) and w.objectName() not in ("spanInfo",):
            add(w, "text", w.text())
        if isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QMenu):
            add(w, "title", w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for i in range(header.columnCount()):
                add(w, f"header{i}", header.text(i))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for c in range(header.count()):
                add(w, f"header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        if isinstance(w, QTextBrowser):
            add(w, "html", w.toPlainText())
    for action in widget.findChildren(QAction):
        add(action, "text", action.text())
        add(action, "toolTip", action.toolTip())
        add(action, "statusTip", action.statusTip())
    return found


def english_in(texts: list[tuple[str, str]], allowed: set[str]) -> list[str]:
    """Texts with a Latin-letter word that is not a code, name or technical term."""
    bad = []
    for where, text in texts:
        shown = re.sub(r"<[^>]*>|&\w+;", " ", text).replace("&", "")  # tags, entities
        words = [w for w in SPLIT.findall(shown) if w not in allowed
                 and not re.fullmatch(r"v\d+|F\d+|[A-Z]|[a-z]", w)]
        if words:
            bad.append(f"{where}: {text!r} ({', '.join(words)})")
    return bad


def assert_arabic(widget: QWidget, allowed: set[str], least: int = 5) -> None:
    texts = texts_of(widget)
    assert len(texts) >= least, "the walk found nothing to check"
    bad = english_in(texts, allowed)
    assert not bad, "untranslated:\n" + "\n".join(bad)


def test_the_check_finds_english(win: MainWindow) -> None:
    """The walk is not blind: the English window fails it."""
    assert english_in(texts_of(win), allowed_words(win))


def test_arabic_window_menus_dialogs_and_messages_have_no_english(
        arabic, project: Path, open_window, db: Repository, gui, qtbot) -> None:
    win = open_window(project)
    assert current_language() == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.menuBar().actions()[0].text() == "&ملف"
    allowed = allowed_words(win)
    assert_arabic(win, allowed)

    # Status messages of an action, and of its undo, are Arabic too.
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    gui.label_word(win, "العراق", "5", after="المقاومة الإسلامية في ")
    qtbot.waitUntil(lambda: "حُفظ" in win.saved_label.text())
    assert "أُضيف GPE «العراق»" in win.saved_label.text()
    span = db.spans(doc, gui.user)[0]
    win.edits.delete_selected_span()
    qtbot.waitUntil(lambda: "حُذف" in win.saved_label.text())
    assert_arabic(win.statusBar(), allowed | {"GPE"}, least=1)

    # Every dialog the window opens.
    dialogs: list[QWidget] = [
        win.import_dialog(), win.schema_editor(), win.keyboard_shortcuts(),
        win.suggest_project.settings_dialog(), win.team.assign_dialog(),
    ]
    restore = win.edits.restore_deleted_dialog()
    assert restore is not None and restore.shown and restore.shown[0].id == span.id
    dialogs.append(restore)
    win.export_dialog()
    dialogs += win.findChildren(QDialog, "exportDialog")
    agreement = win.team.show_agreement()
    qtbot.waitUntil(lambda: agreement.job is None)
    dialogs.append(agreement)
    dialogs.append(win.team_sync.connect_dialog())
    progress = ProgressWindow(lambda: TeamProgress([], 0, None, None), win)  # no server here
    progress.show()
    dialogs.append(progress)
    for dialog in dialogs:
        assert dialog.isVisible(), dialog
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert_arabic(dialog, allowed)
        dialog.close()

    # Label all across documents: its confirmation dialog.
    gui.label_word(win, "العراق", "5", after="المقاومة الإسلامية في ")
    qtbot.waitUntil(lambda: win.document.selected_span() is not None)
    win.suggestion_actions.label_all.trigger()
    qtbot.waitUntil(lambda: bool(win.findChildren(QDialog, "labelAllDialog")))
    label_all = win.findChildren(QDialog, "labelAllDialog")[0]
    assert_arabic(label_all, allowed | set(SPLIT.findall(" ".join(
        win.repo.document(d, with_text=False).title for d in win.repo.document_ids()))))
    label_all.reject()

    # Review mode: its list, legend and summary.
    win.menu_actions.review_mode.trigger()
    qtbot.waitUntil(lambda: win.review.active)
    assert_arabic(win.review.view, allowed)
    win.menu_actions.review_mode.trigger()


def test_labels_show_their_arabic_names(arabic, project: Path, open_window, db, gui) -> None:
    win = open_window(project)
    schema = win.repo.schema()
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    gui.label_word(win, "العراق", "5", after="المقاومة الإسلامية في ")
    gui.qtbot.waitUntil(lambda: win.span_model.rowCount() == 1)
    gpe = schema.label("GPE")
    assert gpe is not None and gpe.ar
    assert win.span_model.data(win.span_model.index(0, 1)) == gpe.ar
    # Editing still works with the code (the relabel combo offers the schema's names).
    assert win.span_model.data(win.span_model.index(0, 1), Qt.ItemDataRole.EditRole) == "GPE"
    assert gpe.ar in win.palette_widget.buttons["GPE"].text()
    event = schema.event_types[0]
    s, e = gui.find(win.text_view.text, "قصف")
    gui.drag_offsets(win.text_view, s, e)
    gui.key(win.text_view, Qt.Key(ord(event.label.hotkey.upper())))
    gui.qtbot.waitUntil(lambda: win.event_panel.topLevelItemCount() == 1)
    assert win.event_panel.topLevelItem(0).text(0) == event.label.ar


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_view_language_switches_to_arabic_and_back(win: MainWindow, db, gui) -> None:
    doc = gui.doc_id(db, "003")
    gui.open_doc(win, doc)
    assert win.menuBar().actions()[0].text() == "&File"
    languages = win.findChild(QMenu, "languageMenu")
    assert languages is not None and languages.title() == "&Language"
    win.findChild(QAction, "language_ar").trigger()
    [ar_win] = _main_windows()
    try:
        assert ar_win is not win and not win.isVisible()
        assert QSettings("annotator", "annotator").value(LANGUAGE_SETTING) == "ar"
        assert ar_win.menuBar().actions()[0].text() == "&ملف"
        assert ar_win.findChild(QMenu, "languageMenu").title() == "&اللغة"
        assert ar_win.findChild(QAction, "language_ar").isChecked()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert ar_win.document_id == doc  # the same document stays open
        assert ar_win.doc_dock.windowTitle() == "المستندات"
        # Mirrored: the documents on the right, where a right-to-left reader starts.
        right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
        assert ar_win.dockWidgetArea(ar_win.doc_dock) == right
        assert ar_win.dockWidgetArea(ar_win.palette_dock) == left

        ar_win.findChild(QAction, "language_en").trigger()
        [en_win] = _main_windows()
        try:
            assert en_win is not ar_win
            assert QSettings("annotator", "annotator").value(LANGUAGE_SETTING) == "en"
            assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert en_win.menuBar().actions()[0].text() == "&File"
            assert en_win.doc_dock.windowTitle() == "Documents"
            assert en_win.dockWidgetArea(en_win.doc_dock) == left
            assert en_win.document_id == doc
            assert english_in(texts_of(en_win), allowed_words(en_win))
            label = en_win.span_model.shown_labels.get("GPE")
            assert label == "GPE"  # codes again in the English tables
        finally:
            gui.close_window(en_win)
    finally:
        gui.close_window(ar_win)


def test_the_default_language_follows_the_system_locale(tmp_path: Path) -> None:
    """No choice remembered: an Arabic locale gives the Arabic interface."""
    probe = ("from PySide6.QtCore import QCoreApplication, QSettings\n"
             "app = QCoreApplication([])\n"
             "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
             f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
             f"{str(tmp_path)!r})\n"
             "from annotator.ui.i18n import chosen_language\n"
             "print(chosen_language())\n")
    for lang, expected in (("ar_EG.UTF-8", "ar"), ("en_US.UTF-8", "en")):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                             text=True, timeout=60, cwd=ROOT)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == expected


SPANS = [  # (text, key, text before it), in reading order
    ("سوريا", "5", "لا يوقف قصف القواعد في "),
    ("الحرس الثوري الإيراني", "4", ""),
    ("العراق", "5", "المقاومة الإسلامية في "),
    ("الاثنين 5 من شباط", "8", ""),
]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_mouse_drags_store_exact_offsets_in_both_layouts(
        language: str, project: Path, open_window, db: Repository, gui) -> None:
    """Mirroring the window does not move the text's offsets: drags store exactly the
    characters dragged over. The shots are the README's pictures."""
    QSettings("annotator", "annotator").setValue(LANGUAGE_SETTING, language)
    win = open_window(project)
    rtl = language == "ar"
    assert (QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    doc = gui.doc_id(db, "002")
    gui.open_doc(win, doc)
    view = win.text_view
    offsets = {}
    for text, key, after in SPANS:
        offsets[text] = gui.label_exact(view, text, key, after)
    stored = {(x.start, x.end, x.text) for x in db.spans(doc, gui.user)}
    assert stored == {(s, e, t) for t, (s, e) in offsets.items()}
    assert all(view.text[s:e] == t for s, e, t in stored)
    i, _ = offsets["العراق"]
    gui.click_offset(view, i + 1)
    gui.qtbot.waitUntil(lambda: win.span_table.selectionModel().hasSelection())
    view.verticalScrollBar().setValue(0)
    gui.qtbot.wait(10)
    shot = win.grab()
    assert not shot.isNull() and shot.size() == win.size()
    if os.environ.get("ANNOTATOR_SCREENSHOTS") == "1":
        folder = ROOT / "docs" / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        assert shot.save(str(folder / f"window-{language}.png"))


# ------------------------------------------------------------- the translation files
def test_every_string_of_the_interface_has_an_arabic_translation(tmp_path: Path) -> None:
    """lupdate over the code as it is now finds nothing new or unfinished: a string
    added without a translation fails here (run python -m annotator.ui.i18n.update)."""
    ts = tmp_path / "annotator_ar.ts"
    ts.write_bytes(i18n_update.ts_path("ar").read_bytes())
    with_ts = _lupdate_into(ts, tmp_path)
    assert with_ts == [], "\n".join(with_ts)


def _lupdate_into(ts: Path, tmp: Path) -> list[str]:
    tree = tmp / "tree"
    files = i18n_update.sources(tree)
    subprocess.run([i18n_update.qt_tool("lupdate"), "-silent", "-no-obsolete",
                    "-locations", "none", *map(str, files), "-ts", str(ts)], check=True)
    original = i18n_update.ts_path
    try:
        i18n_update.ts_path = lambda _language: ts  # type: ignore[assignment]
        return i18n_update.unfinished("ar")
    finally:
        i18n_update.ts_path = original  # type: ignore[assignment]


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    built = tmp_path / "annotator_ar.qm"
    subprocess.run([i18n_update.qt_tool("lrelease"), "-silent",
                    str(i18n_update.ts_path("ar")), "-qm", str(built)], check=True)
    assert built.read_bytes() == i18n_update.qm_path("ar").read_bytes(), \
        "annotator_ar.qm is stale: run python -m annotator.ui.i18n.update"


def _store_messages() -> list[str]:
    """A sample of every message line store/actions.py builds (values as 'X')."""
    source = (ROOT / "annotator" / "store" / "actions.py").read_text(encoding="utf-8")
    samples = []

    def sample(node: ast.expr) -> None:
        if isinstance(node, ast.IfExp):
            sample(node.body)
            sample(node.orelse)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            samples.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            samples.append("".join(v.value if isinstance(v, ast.Constant) else "X"
                                   for v in node.values))

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.keyword) and node.arg == "message":
            sample(node.value)
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in ("message", "what") for t in node.targets):
            sample(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if name in ("_gold_change", "_batch") and node.args:
                sample(node.args[-1])
    return samples


def test_every_store_message_has_a_template() -> None:
    samples = _store_messages()
    assert len(samples) > 20 and "undone" in samples
    # `what` is part of "rejected {what}": a sample of its own, matched inside it.
    what = [s for s in samples if s in ("X suggestion", "X suggestions")]
    assert len(what) == 2 and "rejected X" in samples
    wholes = [s for s in samples if s not in what and s != "rejected X"]
    wholes += [f"rejected {s}" for s in what]
    unknown = [s for s in wholes if not s.startswith("; ") and s != "X" and
               not any(_pattern(t).match(s) for t in TEMPLATES)]
    assert unknown == [], unknown


def test_store_messages_are_translated_with_their_values(qapp) -> None:
    from annotator.ui.i18n import apply_language

    apply_language("ar")
    try:
        assert store_message("added PER «بغداد»") == "أُضيف PER «بغداد»"
        assert store_message("marked in progress") == "عُلّم: قيد العمل"
        assert store_message("labelled 3 occurrence(s) as GPE in 2 documents") == \
            "وُسم 3 موضع بـ GPE في 2 مستند"
        assert store_message("something new") == "something new"
    finally:
        apply_language("en")
    assert store_message("added PER «بغداد»") == "added PER «بغداد»"


def test_document_list_keeps_its_current_row_in_arabic(arabic, project: Path, open_window,
                                                       db: Repository) -> None:
    """Mirrored, the list still knows the open document: Next document goes to the next
    one (QTableView.selectRow cleared the current row in a right-to-left layout)."""
    win = open_window(project)
    ids = [win.doc_model.ids[r] for r in range(win.doc_model.rowCount())]
    assert win.doc_panel.current_id() == win.document_id == ids[0]
    win.menu_actions.next_document.trigger()
    assert win.document_id == ids[1] and win.doc_panel.current_id() == ids[1]
    win.menu_actions.next_document.trigger()
    assert win.document_id == ids[2]


def test_switching_with_something_to_undo_asks_first(win: MainWindow, db, gui) -> None:
    """The new window starts a new undo history: the user is asked, and No keeps all."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    gui.label_word(win, "طهران", "5")
    assert win.session.undo_stack.count() == 1
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, answer_no)
    win.findChild(QAction, "language_ar").trigger()
    assert asked and "undo" in asked[0]
    assert _main_windows() == [win] and current_language() == "en"
    assert win.findChild(QAction, "language_en").isChecked()
    assert win.session.undo_stack.count() == 1
    assert QSettings("annotator", "annotator").value(LANGUAGE_SETTING) == "en"
