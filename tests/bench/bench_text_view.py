"""Responsiveness of the annotation window's text view against a plain QPlainTextEdit.

Run from the repository root (not collected by pytest; tests/bench is ignored):

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_text_view.py
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_text_view.py --reps 60
    QT_QPA_PLATFORM=offscreen python tests/bench/bench_text_view.py --profile

It builds one document of about 57,000 characters (the five seed articles, four times)
with 5,000 word-aligned spans in the "bench" layer (labels of the default schema, about
a fifth nested inside longer spans, fixed random seed), imports it into a fresh project
file with ``Repository.import_records`` and drives the real window
(``create_main_window(db, "bench")``, shown, text area resized to 1000x800, bundled Noto
Naskh Arabic). Every figure is the median of many repetitions, in milliseconds:

- open: ``MainWindow.open_document(doc)`` (text, 5,000 spans from SQLite, span table)
  plus the first paint of the text (``viewport().repaint()``, which also paints whatever
  else in the window is dirty); before each repetition a small second document is
  opened, as when the annotator switches documents;
- repaint: ``textView.viewport().repaint()`` at five scroll positions (warm geometry
  cache), and right after a page step, which shows blocks never painted before (the
  view lays out and measures the neighbouring pages when idle, as between two key
  presses; the same paging without that is printed for information);
- label key: ``QTest.keyClick`` of a label hotkey on the text view with a fresh word
  selected, up to the span being in SQLite and the window repainted (checked after the
  timer; the span is removed again with Undo outside the timer).

- edits, each timed against the label key measured alongside it: a label key on a
  selected span (relabel), Undo of a deleted span, and Undo of a deleted span that
  filled a role of the document's one event (the span and its role come back), each up
  to stored and the window repainted (checked after the timer, and undone or redone
  outside it).

Rows marked "info" have no target: the same actions followed by the event loop instead
of a forced repaint (what the user waits for), and a breakdown of the label-key path.

Baselines, measured in the same run and interleaved with the figures they are compared
with: a plain read-only ``QPlainTextEdit`` with the same text, font, size, right-to-left
option, wrap mode and document margin, and no spans: ``setPlainText`` + first paint,
and ``viewport().repaint()`` at the same scroll positions.

Targets (on wall-clock medians): open under 100 ms; repaint within 1.5x of the plain
repaint; label key to stored and painted within 3x of a plain repaint; relabel within
1.5x of the label key (adding a span). The CPU time of
this process is printed in brackets: on a loaded machine it is the steadier figure.
``--profile`` adds cProfile tables of the label-key path and of opening. The exit status
is 0 even when a target is missed.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, qVersion
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store.repository import Repository
from annotator.ui.app import create_main_window, ensure_app, load_fonts
from annotator.ui.main_window import MainWindow
from annotator.ui.text_view import TextView

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
LAYER = "bench"
LABELS = ("PER", "ORG", "ARMED_GROUP", "MILITARY", "GPE", "FAC", "LOC", "DATE", "WEAPON")
HOTKEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
           Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9)
REPEATS = 4  # the five seeds four times: about 57,000 characters
SPANS = 5000
NESTED = 1000  # of SPANS, inside a longer span
VIEW_W, VIEW_H = 1000, 800
OPEN_TARGET_MS = 100.0
REPAINT_TARGET = 1.5
LABEL_TARGET = 3.0
RELABEL_TARGET = 1.5  # x the label key that adds a span
# Word units: letters and digits with their combining marks (tashkeel).
_TOKEN = re.compile(r"[^\W_][\w\u064B-\u065F\u0670\u0640]*")


# ------------------------------------------------------------------ data generation
def build_text(folder: Path = SEEDS, repeats: int = REPEATS) -> str:
    """The seed articles in file order, separated by newlines, `repeats` times."""
    seeds = [p.read_text(encoding="utf-8").strip("\n") for p in sorted(folder.glob("*.txt"))]
    if len(seeds) != 5:
        raise SystemExit(f"expected the five seed articles in {folder}, found {len(seeds)}")
    return "\n".join(["\n".join(seeds)] * repeats)


def build_spans(text: str, total: int = SPANS, nested: int = NESTED,
                seed: int = 57) -> list[Span]:
    """`total` word-aligned spans: runs of 1-3 words, `nested` of them inside a longer one."""
    rng = random.Random(seed)
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    runs: list[tuple[int, int]] = []  # word index ranges [i, j)
    i = 0
    while i < len(words):
        if rng.random() < 0.6:
            j = min(i + rng.choices((1, 2, 3), (6, 3, 1))[0], len(words))
            while j - 1 > i and "\n" in text[words[i][0]:words[j - 1][1]]:
                j -= 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    outer_count = total - nested
    if len(runs) < outer_count:
        raise SystemExit(f"only {len(runs)} word runs for {outer_count} outer spans")
    runs = sorted(rng.sample(runs, outer_count))

    def make(a: int, b: int, label: str) -> Span:
        start, end = words[a][0], words[b - 1][1]
        return Span(start, end, label, text[start:end])

    spans: list[Span] = []
    multi: list[tuple[int, int, str]] = []
    for a, b in runs:
        label = rng.choice(LABELS)
        spans.append(make(a, b, label))
        if b - a >= 2:
            multi.append((a, b, label))
    rng.shuffle(multi)
    left = nested
    for a, b, label in multi:
        if left <= 0:
            break
        inner = rng.choice([x for x in LABELS if x != label])
        if b - a == 3 and left >= 2 and rng.random() < 0.3:
            # Three levels: [a b c] > [a b] > [a] (or the mirror), three underline lanes.
            two = (a, a + 2) if rng.random() < 0.5 else (a + 1, b)
            one = (two[0], two[0] + 1) if rng.random() < 0.5 else (two[1] - 1, two[1])
            third = rng.choice([x for x in LABELS if x != inner])
            spans += [make(*two, inner), make(*one, third)]
            left -= 2
        else:
            one = (a, a + 1) if rng.random() < 0.5 else (b - 1, b)
            spans.append(make(*one, inner))
            left -= 1
    if left:
        raise SystemExit(f"not enough multi-word spans to nest {nested}")
    assert len({(s.start, s.end, s.label) for s in spans}) == total
    return sorted(spans, key=lambda s: (s.start, -s.end, s.label))


def build_project(db: Path, text: str, spans: list[Span], small: str) -> tuple[int, int]:
    """A fresh project with the big document (spans in LAYER) and a small one to switch to."""
    repo = Repository.open(db, user=LAYER)
    try:
        repo.import_records([
            DocumentRecord("bench-57k", text, "bench 57k", source="bench",
                           layers=[LayerRecord(LAYER, spans=spans)]),
            DocumentRecord("bench-small", small, "bench small", source="bench",
                           layers=[LayerRecord(LAYER)]),
        ])
        rows = dict(repo.db.execute("SELECT external_id, id FROM documents").fetchall())
        stored = repo.db.execute("SELECT count(*) FROM spans WHERE layer = ?",
                                 [LAYER]).fetchone()[0]
        assert stored == len(spans), (stored, len(spans))
        add_event(repo, rows["bench-57k"], text)
        return rows["bench-57k"], rows["bench-small"]
    finally:
        repo.close()


TARGET_LABELS = ("PER", "ORG", "ARMED_GROUP", "MILITARY", "FAC", "GPE")  # ATTACK Target


def add_event(repo: Repository, doc_id: int, text: str) -> None:
    """One ATTACK event near the top: a trigger on a free word, the first outer span of
    a Target label as its Target (the span whose delete the bench undoes)."""
    spans = repo.spans(doc_id, LAYER)
    covered = bytearray(len(text) + 1)
    for s in spans:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    word = next(m.span() for m in _TOKEN.finditer(text)
                if m.end() - m.start() >= 3 and not any(covered[m.start():m.end()]))
    trigger = repo.add_span(doc_id, LAYER, *word, "ATTACK")
    target = next(s for s in spans if s.label in TARGET_LABELS and s.start > word[1]
                  and not any(o.start <= s.start and s.end <= o.end and o is not s
                              for o in spans[:50]))
    assert trigger.id is not None and target.id is not None
    event = repo.add_event(trigger.id, "ATTACK")
    assert event.id is not None
    repo.add_argument(event.id, "Target", target.id)


# ---------------------------------------------------------------------- measuring
@dataclass
class Figure:
    name: str
    samples: list[float]  # wall-clock milliseconds
    cpu: list[float]  # this process's CPU milliseconds, less disturbed by other load

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


@dataclass
class Case:
    """One timed action; `setup` and `after` run outside the timer."""

    name: str
    fn: Callable[[], object]
    setup: Callable[[], object] | None = None
    after: Callable[[], object] | None = None


def measure(cases: Sequence[Case], reps: int) -> list[Figure]:
    """Time every case `reps` times, round-robin, so a burst of load hits them alike."""
    figs = [Figure(case.name, [], []) for case in cases]
    for _ in range(reps):
        for case, fig in zip(cases, figs, strict=True):
            if case.setup is not None:
                case.setup()
            gc.collect()
            c0, t0 = time.process_time(), time.perf_counter()
            case.fn()
            t1, c1 = time.perf_counter(), time.process_time()
            fig.samples.append((t1 - t0) * 1000.0)
            fig.cpu.append((c1 - c0) * 1000.0)
            if case.after is not None:
                case.after()
    return figs


def settle() -> None:
    """Deliver pending events (deferred layouts, queued paints) outside any timer."""
    for _ in range(3):
        QApplication.processEvents()


def size_viewport(window: QWidget, view: QPlainTextEdit, w: int = VIEW_W,
                  h: int = VIEW_H) -> None:
    """Resize `window` until `view`'s viewport is w x h (docks and bars take the rest)."""
    for _ in range(5):
        settle()
        vp = view.viewport().size()
        if (vp.width(), vp.height()) == (w, h):
            return
        window.resize(window.width() + w - vp.width(), window.height() + h - vp.height())
    settle()


def plain_editor(text_view: TextView, text: str) -> QPlainTextEdit:
    """The baseline: same text, font, direction, alignment, wrap mode and margin, no spans."""
    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.setUndoRedoEnabled(False)
    plain.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    plain.setFont(text_view.font())
    doc = text_view.document()
    plain.document().setDefaultTextOption(QTextOption(doc.defaultTextOption()))
    plain.document().setDocumentMargin(doc.documentMargin())  # same wrap width
    plain.setPlainText(text)
    plain.show()
    QTest.qWaitForWindowExposed(plain)
    size_viewport(plain, plain)
    return plain


def scroll_to(view: QPlainTextEdit, value: int) -> None:
    view.verticalScrollBar().setValue(value)


def visible_free_words(view: TextView, count: int) -> list[tuple[int, int]]:
    """Up to `count` words on screen that no span touches, as code-point ranges."""
    taken = bytearray(len(view.text) + 1)
    for s in view.spans:
        taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    rect = view.viewport().rect()
    out: list[tuple[int, int]] = []
    first = view.firstVisibleBlock().position()
    for m in _TOKEN.finditer(view.text, view.positions.from_qt(first)):
        a, b = m.span()
        if b - a < 3 or any(taken[a:b]):
            continue
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(a))
        top = view.cursorRect(cursor)
        cursor.setPosition(view.positions.to_qt(b))
        end = view.cursorRect(cursor)
        if top.top() > rect.bottom() - 2 * top.height():
            break
        if rect.contains(top) and rect.contains(end) and top.top() == end.top():
            out.append((a, b))
            if len(out) == count:
                break
    return out


def stored(repo: Repository, doc_id: int, start: int, end: int, label: str) -> bool:
    row = repo.db.execute(
        "SELECT 1 FROM spans WHERE document_id = ? AND layer = ? AND start = ? AND end = ? "
        "AND label = ?", [doc_id, LAYER, start, end, label]).fetchone()
    return row is not None


# --------------------------------------------------------------------- the figures
@dataclass
class Row:
    figure: Figure
    baseline: Figure | None
    target: str
    ok: bool | None  # None: shown for information, no target


def bench_open(win: MainWindow, plain: QPlainTextEdit, doc_id: int, small_id: int,
               text: str, small: str, reps: int) -> list[Row]:
    view = win.text_view

    def open_doc() -> None:
        win.open_document(doc_id)
        view.viewport().repaint()

    def open_settled() -> None:
        win.open_document(doc_id)
        QApplication.processEvents()

    def switch() -> None:
        win.open_document(small_id)
        settle()

    def plain_open() -> None:
        plain.setPlainText(text)
        plain.viewport().repaint()

    def plain_switch() -> None:
        plain.setPlainText(small)
        settle()

    fig, base = measure([Case("open document + first paint", open_doc, switch),
                         Case("plain setPlainText + first paint", plain_open, plain_switch)],
                        reps)
    assert len(view.spans) == SPANS + 1 and view.text == text  # + the trigger
    assert plain.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    (settled,) = measure([Case("open + whole window settled", open_settled, switch)],
                         max(5, reps // 3))
    win.open_document(doc_id)
    settle()
    return [
        Row(fig, base, f"< {OPEN_TARGET_MS:.0f} ms", fig.median < OPEN_TARGET_MS),
        Row(settled, base, "", None),
    ]


def fresh_layouts(win: MainWindow, plain: QPlainTextEdit, doc_id: int, small_id: int,
                  small: str) -> None:
    """Reopen the big document in both editors, scrolled to the top, nothing laid out."""
    view = win.text_view
    win.open_document(small_id)
    plain.setPlainText(small)
    settle()
    win.open_document(doc_id)
    plain.setPlainText(view.text)
    for v in (view, plain):
        scroll_to(v, 0)
    settle()


def bench_repaint(win: MainWindow, plain: QPlainTextEdit, doc_id: int, small_id: int,
                  small: str, reps: int) -> list[Row]:
    view = win.text_view
    rows: list[Row] = []
    bar, plain_bar = view.verticalScrollBar(), plain.verticalScrollBar()
    # Page through the whole document: each repaint shows blocks never painted before
    # (scrolling keeps the geometry cache, so only the new blocks are computed). Both
    # editors lay blocks out lazily, so their scroll ranges grow as they page.
    pages = list(range(bar.pageStep(), bar.maximum() + 1, max(1, bar.pageStep())))
    fresh_layouts(win, plain, doc_id, small_id, small)
    step = iter(pages)
    (cold,) = measure([Case("repaint after page step (new blocks)", view.viewport().repaint,
                            lambda: scroll_to(view, next(step)), settle)], len(pages))
    # The plain baseline is timed in a second paging, interleaved with the view without
    # its idle-time prefetch of the neighbouring pages: right after a prefetch, the plain
    # repaint would start with cold CPU caches and look slower than it is. That row
    # (for information) is what a page step costs when the frame lays out and measures
    # the new blocks itself.
    fresh_layouts(win, plain, doc_id, small_id, small)
    view.prefetch = False
    step, plain_step = iter(pages), iter(pages)
    raw, plain_cold = measure([
        Case("  the same, no idle prefetch", view.viewport().repaint,
             lambda: scroll_to(view, next(step)), settle),
        Case("plain repaint after page step", plain.viewport().repaint,
             lambda: scroll_to(plain, next(plain_step)), settle),
    ], len(pages))
    view.prefetch = True
    rows.append(Row(cold, plain_cold, f"<= {REPAINT_TARGET}x",
                    cold.median <= REPAINT_TARGET * plain_cold.median))
    rows.append(Row(raw, plain_cold, "", None))
    # The same paging from a fresh layout, as a user sees it: scroll, then the event
    # loop paints (and repaints whatever the first paint invalidated).
    fresh_layouts(win, plain, doc_id, small_id, small)
    step, plain_step = iter(pages), iter(pages)
    settled, plain_settled = measure([
        Case("page step + event loop", lambda: (scroll_to(view, next(step)), settle())),
        Case("plain page step + event loop", lambda: (scroll_to(plain, next(plain_step)),
                                                       settle())),
    ], len(pages))
    rows.append(Row(settled, plain_settled, "", None))
    if (bar.maximum(), bar.pageStep()) != (plain_bar.maximum(), plain_bar.pageStep()):
        print(f"note: scroll ranges differ: view {bar.maximum()}/{bar.pageStep()}, "
              f"plain {plain_bar.maximum()}/{plain_bar.pageStep()}")
    for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
        value = round(bar.maximum() * frac)
        for v in (view, plain):
            scroll_to(v, value)
        settle()
        fig, base = measure([
            Case(f"repaint at {frac:.0%} of the document", view.viewport().repaint),
            Case("plain repaint, same position", plain.viewport().repaint),
        ], reps)
        rows.append(Row(fig, base, f"<= {REPAINT_TARGET}x",
                        fig.median <= REPAINT_TARGET * base.median))
    return rows


def bench_label(win: MainWindow, plain: QPlainTextEdit, doc_id: int, reps: int) -> list[Row]:
    view = win.text_view
    for v in (view, plain):
        scroll_to(v, 0)
    settle()
    words = visible_free_words(view, 12)
    assert words, "no free word on screen"
    n = len(view.spans)
    pending: list[tuple[int, int, str, Qt.Key]] = []  # the selection the next key labels
    count = [0]

    def select() -> None:
        k = count[0]
        view.setFocus()
        view.set_selection(*words[k % len(words)])
        sel = view.selection()
        assert sel is not None
        pending[:] = [(*sel, LABELS[k % len(LABELS)], HOTKEYS[k % len(HOTKEYS)])]
        settle()

    def press() -> None:
        QTest.keyClick(view, pending[0][3])
        view.viewport().repaint()

    def press_settled() -> None:
        QTest.keyClick(view, pending[0][3])
        QApplication.processEvents()

    def check_and_undo() -> None:
        start, end, label, _ = pending[0]
        assert stored(win.repo, doc_id, start, end, label), "the label key stored nothing"
        assert len(view.spans) == n + 1
        win.session.undo_stack.undo()
        settle()
        assert not stored(win.repo, doc_id, start, end, label)
        assert len(view.spans) == n
        count[0] += 1

    fig, base = measure([
        Case("label key -> stored + painted", press, select, check_and_undo),
        Case("plain repaint at top", plain.viewport().repaint),
    ], reps)
    (settled,) = measure([Case("label key -> whole window settled", press_settled, select,
                               check_and_undo)], max(5, reps // 3))
    return [
        Row(fig, base, f"<= {LABEL_TARGET}x", fig.median <= LABEL_TARGET * base.median),
        Row(settled, base, "", None),
    ]


def bench_edits(win: MainWindow, doc_id: int, reps: int) -> list[Row]:
    """Relabel and Undo of a delete, each against the label key measured alongside."""
    view, repo, stack = win.text_view, win.repo, win.session.undo_stack
    scroll_to(view, 0)
    settle()
    words = visible_free_words(view, 12)
    (event,) = repo.events(doc_id, LAYER)
    role_span = event.arguments[0].span
    lo, hi = view.visible_range()
    plain_spans = [s.id for s in view.spans if lo <= s.start and s.end <= hi and s.id
                   not in (role_span, event.trigger) and s.label in LABELS][:12]
    assert words and plain_spans, "nothing on screen to edit"
    n = len(view.spans)
    count = [0]
    pending: list[tuple[int, str, Qt.Key]] = []  # span id, new label, its key

    def label_of(span_id: int) -> str:
        return repo.span(span_id).label

    def key_for(label: str) -> Qt.Key:
        return HOTKEYS[LABELS.index(label)]

    def select_word() -> None:
        k = count[0]
        view.setFocus()
        view.set_selection(*words[k % len(words)])
        sel = view.selection()
        assert sel is not None
        settle()

    def press_label() -> None:
        QTest.keyClick(view, HOTKEYS[count[0] % len(HOTKEYS)])
        view.viewport().repaint()

    def undo_label() -> None:
        assert len(view.spans) == n + 1, "the label key added nothing"
        stack.undo()
        settle()
        count[0] += 1

    def select_span() -> None:
        sid = plain_spans[count[0] % len(plain_spans)]
        old = label_of(sid)
        new = LABELS[(LABELS.index(old) + 1 + count[0] % 3) % len(LABELS)]
        pending[:] = [(sid, new, key_for(new))]
        view.setFocus()
        view.clear_selection()
        view.select_span(sid)
        settle()

    def press_relabel() -> None:
        QTest.keyClick(view, pending[0][2])
        view.viewport().repaint()

    def press_relabel_settled() -> None:
        QTest.keyClick(view, pending[0][2])
        QApplication.processEvents()

    def check_relabel() -> None:
        sid, new, _ = pending[0]
        assert label_of(sid) == new, "the relabel stored nothing"
        shown = view.span_by_id(sid)
        assert shown is not None and shown.label == new
        stack.undo()
        settle()
        count[0] += 1

    def delete(span_id: int) -> Callable[[], None]:
        def run() -> None:
            view.setFocus()
            view.clear_selection()
            view.select_span(span_id)
            win.menu_actions.delete_span.trigger()
            settle()
            assert view.span_by_id(span_id) is None, "the delete did nothing"
        return run

    def undo_paint() -> None:
        stack.undo()
        view.viewport().repaint()

    def undo_settled() -> None:
        stack.undo()
        QApplication.processEvents()

    def restored(span_id: int, role: bool = False) -> Callable[[], None]:
        def run() -> None:
            settle()
            assert view.span_by_id(span_id) is not None and len(view.spans) == n
            repo.span(span_id)  # raises if not stored
            if role:
                (ev,) = repo.events(doc_id, LAYER)
                assert [a.span for a in ev.arguments] == [span_id], "the role is not back"
        return run

    plain_id = plain_spans[0]
    label, relabel, undo_plain, undo_role = measure([
        Case("label key -> stored + painted", press_label, select_word, undo_label),
        Case("relabel key -> stored + painted", press_relabel, select_span, check_relabel),
        Case("undo delete -> stored + painted", undo_paint, delete(plain_id),
             restored(plain_id)),
        Case("  span with a role, + its role", undo_paint, delete(role_span),
             restored(role_span, role=True)),
    ], reps)
    relabel_settled, undo_settled_fig = measure([
        Case("relabel key -> window settled", press_relabel_settled, select_span,
             check_relabel),
        Case("undo delete (role) -> settled", undo_settled, delete(role_span),
             restored(role_span, role=True)),
    ], max(5, reps // 3))
    return [
        Row(relabel, label, f"<= {RELABEL_TARGET}x", relabel.median <= RELABEL_TARGET
            * label.median),
        Row(undo_plain, label, "", None),
        Row(undo_role, label, "", None),
        Row(relabel_settled, label, "", None),
        Row(undo_settled_fig, label, "", None),
    ]


def bench_parts(win: MainWindow, doc_id: int, reps: int) -> list[Figure]:
    """Where the label-key time goes: the pieces the key press runs, one at a time."""
    view, repo, table = win.text_view, win.repo, win.span_table
    scroll_to(view, 0)
    settle()
    start, end = visible_free_words(view, 1)[0]
    spans = repo.spans(doc_id, LAYER)
    sid = spans[len(spans) // 50].id
    added: list[int] = []

    def add() -> None:
        added.append(repo.add_span(doc_id, LAYER, start, end, "GPE").id or 0)

    def remove() -> None:
        repo.delete_span(added.pop())

    def invalidate() -> None:
        settle()
        view.set_spans(spans)  # drops the geometry cache: the repaint recomputes it

    def reset_table() -> None:
        table.clearSelection()
        win.span_model.set_spans(spans)

    def unselect() -> None:
        view.select_span(None)
        scroll_to(view, 0)
        settle()

    cases = [
        Case("repo.add_span (SQLite write + commit)", add, after=remove),
        Case("repo.document_text (57k text)", lambda: repo.document_text(doc_id)),
        Case("repo.spans (5,000 rows -> Span)", lambda: repo.spans(doc_id, LAYER)),
        Case("TextView.set_spans (sort, offsets, lanes)", lambda: view.set_spans(spans),
             after=settle),
        Case("SpanTableModel.set_spans (model reset)", lambda: win.span_model.set_spans(spans),
             after=settle),
        Case("SpanTable.select_span after a reset", lambda: table.select_span(sid), reset_table,
             settle),
        Case("SpanTable.select_span, no reset", lambda: table.select_span(sid)),
        Case("TextView.select_span(scroll=True)", lambda: view.select_span(sid, scroll=True),
             after=unselect),
        Case("repaint after set_spans (geometry)", view.viewport().repaint, invalidate),
        Case("repaint, warm geometry cache", view.viewport().repaint, settle),
    ]
    figs = measure(cases, reps)
    view.set_spans(spans)
    win.span_model.set_spans(spans)
    settle()
    return figs


def profiled(fn: Callable[[], object], setup: Callable[[], object], reps: int,
             lines: int) -> str:
    prof = cProfile.Profile()
    for _ in range(reps):
        setup()
        prof.enable()
        fn()
        prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(lines)
    return out.getvalue()


def profile_label(win: MainWindow, reps: int) -> str:
    view = win.text_view
    scroll_to(view, 0)
    settle()
    word = visible_free_words(view, 1)[0]

    def setup() -> None:
        if win.session.undo_stack.canUndo():
            win.session.undo_stack.undo()
        view.set_selection(*word)
        settle()

    def press() -> None:
        QTest.keyClick(view, Qt.Key.Key_5)
        view.viewport().repaint()

    text = profiled(press, setup, reps, 30)
    win.session.undo_stack.undo()
    settle()
    return text


def profile_open(win: MainWindow, doc_id: int, small_id: int, reps: int) -> str:
    def setup() -> None:
        win.open_document(small_id)
        settle()

    def open_doc() -> None:
        win.open_document(doc_id)
        win.text_view.viewport().repaint()

    return profiled(open_doc, setup, reps, 24)


# ----------------------------------------------------------------------- reporting
def print_rows(title: str, rows: Sequence[Row]) -> None:
    """Medians in ms: wall clock (the targets) and, in brackets, this process's CPU time."""
    print(f"\n{title}")
    print(f"  {'figure':<38}{'wall':>7}{'(cpu)':>8}  {'baseline':<33}{'wall':>6}{'(cpu)':>8}"
          f"{'ratio':>7}{'(cpu)':>7}  {'target':<9}result")
    for r in rows:
        f, b = r.figure, r.baseline
        base = (f"{b.name:<33}{b.median:6.2f}{f'({b.cpu_median:.2f})':>8}"
                f"{f.median / b.median:6.1f}x{f'({f.cpu_median / b.cpu_median:.1f}x)':>7}"
                if b else " " * 61)
        verdict = "info" if r.ok is None else ("met" if r.ok else "MISSED")
        print(f"  {f.name:<38}{f.median:7.2f}{f'({f.cpu_median:.2f})':>8}  {base}  "
              f"{r.target:<9}{verdict}")


def print_parts(figs: Sequence[Figure]) -> None:
    print("\nwhere the label-key time goes: each piece alone (median ms)")
    print(f"  {'piece':<44}{'wall':>7}{'(cpu)':>8}")
    for f in figs:
        print(f"  {f.name:<44}{f.median:7.2f}{f'({f.cpu_median:.2f})':>8}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reps", type=int, default=30, help="repetitions per figure")
    parser.add_argument("--profile", action="store_true", help="print cProfile tables")
    args = parser.parse_args(argv)
    reps = max(5, args.reps)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="bench_text_view_"))
    # Keep the window's QSettings (geometry, font size) away from the user's own.
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "config"))

    t0 = time.perf_counter()
    text = build_text()
    spans = build_spans(text)
    small = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8").strip("\n")
    db = tmp / "bench.db"
    doc_id, small_id = build_project(db, text, spans, small)
    nested = sum(1 for outer, s in pairwise(spans) if s.end <= outer.end)

    app = ensure_app()
    family = load_fonts()
    assert family, "the bundled Arabic font did not load"
    win = create_main_window(db, LAYER)
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.open_document(doc_id)
    size_viewport(win, win.text_view)
    view = win.text_view
    assert view.font().family() == family, view.font().family()
    plain = plain_editor(view, text)

    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"python {platform.python_version()} ({sys.executable}), PySide6 "
          f"{PySide6.__version__}, Qt {qVersion()}, QPA {app.platformName()}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, load {load}")
    print(f"document: {len(text):,} characters, {view.document().blockCount()} blocks, "
          f"{len(spans):,} spans in layer '{LAYER}' ({nested:,} nested), labels "
          f"{' '.join(LABELS)}")
    vp, pvp = view.viewport().size(), plain.viewport().size()
    print(f"font: {family} {view.font().pointSizeF():g} pt; text area {vp.width()}x"
          f"{vp.height()} (plain {pvp.width()}x{pvp.height()}); "
          f"{view.verticalScrollBar().maximum()} scroll lines, page "
          f"{view.verticalScrollBar().pageStep()}; {reps} repetitions per figure "
          f"(medians, ms; wall clock, and in brackets CPU time of this process)")

    open_rows = bench_open(win, plain, doc_id, small_id, text, small, max(5, reps * 2 // 3))
    print_rows("opening", open_rows)
    repaint_rows = bench_repaint(win, plain, doc_id, small_id, small, reps)
    print_rows("repainting the text view", repaint_rows)
    label_rows = bench_label(win, plain, doc_id, max(5, reps * 2 // 3))
    print_rows("label key (baseline: a plain repaint at the same position)", label_rows)
    edit_rows = bench_edits(win, doc_id, max(5, reps * 2 // 3))
    print_rows("edits (baseline: the label key, measured alongside)", edit_rows)
    print_parts(bench_parts(win, doc_id, reps))

    verdicts = [r.ok for r in (*open_rows, *repaint_rows, *label_rows, *edit_rows)
                if r.ok is not None]
    missed = verdicts.count(False)
    print(f"\ntargets: {len(verdicts) - missed} of {len(verdicts)} met"
          + (f", {missed} MISSED" if missed else ""))
    if args.profile:
        n = max(5, reps // 3)
        print(f"\ncProfile: label key -> stored + painted, {n} presses\n"
              f"{profile_label(win, n)}")
        print(f"cProfile: open + first paint, {n} opens\n"
              f"{profile_open(win, doc_id, small_id, n)}")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"total {time.perf_counter() - t0:.1f} s, load {load}")
    win.close()
    plain.close()
    win.repo.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
