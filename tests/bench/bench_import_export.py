"""Throughput of native JSONL import and export against plain-Python baselines.

Run from the repository root (not collected by pytest; tests/bench is ignored):

    python tests/bench/bench_import_export.py              # 10,000 documents
    python tests/bench/bench_import_export.py --docs 1000  # quicker
    python tests/bench/bench_import_export.py --no-cli     # skip the CLI subprocess timing
    python tests/bench/bench_import_export.py --profile    # add cProfile tables

It generates documents of about 3,000 characters by recombining the paragraphs of
the seed articles (fixed random seed), each with 30 word-aligned gold spans, writes
them as native JSONL and times each operation and its baseline in --runs pairs,
alternating which goes first, so both see the same moment of a shared machine:

- import: ``read_file(path, repo.schema(), "auto")`` + ``repo.import_records(records)``
  into a fresh project file (the code ``annotator import`` runs);
- baseline: the same document and span rows inserted with ``sqlite3`` ``executemany``
  in one transaction into a fresh project file with the same tables, indexes and
  pragmas (WAL, synchronous=NORMAL, foreign_keys=ON); rows prepared before the timer;
- export: ``repo.export_records`` + ``jsonl_lines`` + ``write_lines_atomic`` to a file
  (the code ``annotator export --format jsonl -o FILE`` runs);
- baseline: the same records, prepared as dicts, written with ``json.dumps`` to a
  file, flushed and fsynced (the atomic writer fsyncs too);
- floor (printed, no target): the gold layer read back with plain ``sqlite3`` (one
  query for documents, one for spans) and written with ``json.dumps``: the same bytes
  as the export, so the least work any export from the project file can do.

Targets: import within 3x of its baseline, export within 2x, judged on the median of
the per-pair ratios (best times are printed too). Outside the timings it asserts that
the export re-imports into an empty project and re-exports identically.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.importers import read_file
from annotator.store.importing import ImportOutcome
from annotator.store.repository import Repository

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
LABELS = ("PER", "ORG", "ARMED_GROUP", "MILITARY", "GPE", "FAC", "LOC", "DATE", "WEAPON")
SCHEMA_REF = {"name": "default", "version": 1}
TARGET_CHARS = 3000
SPANS_PER_DOC = 30
IMPORT_TARGET = 3.0
EXPORT_TARGET = 2.0
_WORD = re.compile(r"\w+")

Record = dict[str, Any]


# ------------------------------------------------------------------ data generation
def load_paragraphs(folder: Path = SEEDS) -> list[str]:
    """Non-empty lines of every seed article, in file order."""
    out: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(line.strip() for line in text.split("\n") if line.strip())
    if not out:
        raise SystemExit(f"no seed paragraphs in {folder}")
    return out


def make_text(rng: random.Random, paragraphs: Sequence[str], number: int) -> str:
    """About TARGET_CHARS characters: a numbered first line, then shuffled paragraphs."""
    parts = [f"نشرة رقم {number}"]
    size = len(parts[0])
    while size < TARGET_CHARS:
        p = rng.choice(paragraphs)
        room = TARGET_CHARS - size
        if len(p) > room + 200:  # cut an oversized paragraph at a word boundary
            cut = p.rfind(" ", 0, room + 1)
            p = p[:cut] if cut > 40 else p
        parts.append(p)
        size += len(p) + 1
    return "\n".join(parts)


def make_spans(rng: random.Random, text: str, count: int) -> list[Record]:
    """`count` distinct word-aligned spans (1-3 words, within one line), in export order."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    chosen: set[tuple[int, int, str]] = set()
    while len(chosen) < count:
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.choice((0, 0, 0, 1, 1, 2)))
        start, end = words[i][0], words[j][1]
        if "\n" in text[start:end]:
            continue
        chosen.add((start, end, rng.choice(LABELS)))
    ordered = sorted(chosen, key=lambda k: (k[0], -k[1], k[2]))
    return [{"id": n, "start": s, "end": e, "label": lb, "text": text[s:e]}
            for n, (s, e, lb) in enumerate(ordered, 1)]


def generate(n_docs: int, seed: int = 1234) -> list[Record]:
    """Native JSONL records (as written by the exporter) for `n_docs` unique documents."""
    rng = random.Random(seed)
    paragraphs = load_paragraphs()
    records: list[Record] = []
    seen: set[str] = set()
    for i in range(n_docs):
        text = make_text(rng, paragraphs, i + 1)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        require(digest not in seen, "generated texts must be unique")
        seen.add(digest)
        records.append({
            "id": f"bench_{i + 1:05d}",
            "text": text,
            "text_sha256": digest,
            "meta": {"title": f"وثيقة {i + 1}", "source": "bench/seeds"},
            "layer": "gold",
            "status": "done",
            "spans": make_spans(rng, text, SPANS_PER_DOC),
            "events": [],
            "schema": SCHEMA_REF,
        })
    return records


def write_jsonl(records: Sequence[Record], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False))
            fh.write("\n")


# ---------------------------------------------------------------------- measuring
def require(condition: bool, message: str) -> None:
    """An assert that `python -O` keeps."""
    if not condition:
        raise AssertionError(message)


def best_of(runs: int, once: Callable[[int], float]) -> float:
    """Minimum of `runs` timings; `once(run_number)` returns seconds."""
    return min(once(r) for r in range(runs))


def paired(runs: int, ours: Callable[[int], float],
           baseline: Callable[[int], float]) -> tuple[float, float, list[float]]:
    """Best times of ours and the baseline, and the ratio of each adjacent pair.

    Load on a shared machine comes and goes over seconds; a ratio of two timings taken
    back to back cancels most of it, where a ratio of two separate minimums does not.
    """
    mine: list[float] = []
    base: list[float] = []
    for r in range(runs):
        if r % 2:
            mine.append(ours(r))
            base.append(baseline(r))
        else:
            base.append(baseline(r))
            mine.append(ours(r))
    return min(mine), min(base), [a / b for a, b in zip(mine, base, strict=True)]


def fresh_project(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Repository.open(path).close()
    return path


def import_file(source: Path, db_path: Path) -> ImportOutcome:
    """The CLI's import path for one file, minus argument parsing and printing."""
    repo = Repository.open(db_path)
    try:
        records = read_file(source, repo.schema(), "auto")
        return repo.import_records(records)
    finally:
        repo.close()


def export_file(db_path: Path, target: Path) -> int:
    """The CLI's export path (--format jsonl, default layer, -o FILE)."""
    repo = Repository.open(db_path)
    try:
        schema = {"name": repo.schema().name, "version": repo.schema().version}
        return write_lines_atomic(jsonl_lines(repo.export_records(None), schema), target)
    finally:
        repo.close()


def time_import(source: Path, folder: Path, n_docs: int, run: int) -> float:
    db_path = fresh_project(folder, f"import_{run}.db")
    repo = Repository.open(db_path)
    try:
        t0 = time.perf_counter()
        records = read_file(source, repo.schema(), "auto")
        outcome = repo.import_records(records)
        elapsed = time.perf_counter() - t0
    finally:
        repo.close()
    require(outcome.added == n_docs and outcome.spans == n_docs * SPANS_PER_DOC, str(outcome))
    return elapsed


def baseline_rows(records: Sequence[Record]) -> tuple[list[tuple], list[tuple]]:
    t = datetime.now(UTC).isoformat(timespec="milliseconds")
    docs = []
    spans = []
    for doc_id, rec in enumerate(records, 1):
        docs.append((doc_id, rec["id"], rec["meta"]["title"], rec["text"], rec["text_sha256"],
                     rec["meta"]["source"], "{}", t))
        spans.extend((doc_id, "gold", s["start"], s["end"], s["label"], s["text"], "imported", t, t)
                     for s in rec["spans"])
    return docs, spans


def time_sqlite_baseline(docs: list[tuple], spans: list[tuple], folder: Path, run: int) -> float:
    db_path = fresh_project(folder, f"baseline_{run}.db")
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR IGNORE INTO annotators (name, role, created_at) "
                     "VALUES ('gold', 'annotator', ?)", [docs[0][-1]])
        conn.executemany(
            "INSERT INTO documents (id, external_id, title, text, text_sha256, source, meta, "
            "created_at) VALUES (?,?,?,?,?,?,?,?)", docs)
        conn.executemany(
            "INSERT INTO spans (document_id, layer, start, end, label, text, origin, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", spans)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - t0
    finally:
        conn.close()
    return elapsed


def time_export(db_path: Path, target: Path, n_docs: int) -> float:
    repo = Repository.open(db_path)
    try:
        t0 = time.perf_counter()
        schema = {"name": repo.schema().name, "version": repo.schema().version}
        n = write_lines_atomic(jsonl_lines(repo.export_records(None), schema), target)
        elapsed = time.perf_counter() - t0
    finally:
        repo.close()
    require(n == n_docs, f"exported {n} records, expected {n_docs}")
    return elapsed


def time_json_baseline(records: Sequence[Record], target: Path) -> float:
    t0 = time.perf_counter()
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False))
            fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    return time.perf_counter() - t0


def time_sql_floor(db_path: Path, target: Path) -> float:
    """Not a target: the gold layer read with plain sqlite3 and written with json.dumps.

    It writes the same bytes as the export for this data set (no events, no extra
    meta), so it is the least work an export from the project file can do.
    """
    conn = sqlite3.connect(str(db_path))
    try:
        t0 = time.perf_counter()
        docs = conn.execute(
            "SELECT d.id, d.external_id, d.text, d.text_sha256, d.title, d.source, s.status "
            "FROM documents d JOIN document_status s ON s.document_id = d.id "
            "AND s.layer = 'gold' ORDER BY d.id")
        spans = groupby(conn.execute(
            "SELECT document_id, start, end, label, text FROM spans WHERE layer = 'gold' "
            "ORDER BY document_id, start, end DESC, label"), key=itemgetter(0))
        with target.open("w", encoding="utf-8", newline="\n") as fh:
            for (doc_id, ext, text, digest, title, source, status), (span_doc, rows) in zip(
                    docs, spans, strict=True):
                require(doc_id == span_doc, "every document has gold spans")
                rec = {"id": ext, "text": text, "text_sha256": digest,
                       "meta": {"title": title, "source": source}, "layer": "gold",
                       "status": status,
                       "spans": [{"id": n, "start": r[1], "end": r[2], "label": r[3],
                                  "text": r[4]} for n, r in enumerate(rows, 1)],
                       "events": [], "schema": SCHEMA_REF}
                fh.write(json.dumps(rec, ensure_ascii=False))
                fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        elapsed = time.perf_counter() - t0
    finally:
        conn.close()
    return elapsed


def time_cli(args: list[str]) -> float:
    cmd = [sys.executable, "-m", "annotator", *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def check_round_trip(exported: Path, folder: Path, generated: Path) -> bool:
    """Assert export -> empty project -> export is byte-identical; say if it equals the input."""
    db_path = fresh_project(folder, "round_trip.db")
    outcome = import_file(exported, db_path)
    require(outcome.merged == outcome.skipped == 0, f"re-import into an empty project: {outcome}")
    again = folder / "round_trip.jsonl"
    export_file(db_path, again)
    require(again.read_bytes() == exported.read_bytes(), "re-export differs from the export")
    return exported.read_bytes() == generated.read_bytes()


def profile(label: str, func: Callable[[], object], top: int) -> None:
    prof = cProfile.Profile()
    prof.enable()
    func()
    prof.disable()
    for order in ("tottime", "cumulative"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(order).print_stats(top)
        body = buf.getvalue()
        start = body.find("   ncalls")
        print(f"\n--- cProfile: {label}, top {top} by {order} ---")
        print(body[start:].rstrip() if start >= 0 else body.rstrip())


# ---------------------------------------------------------------------------- main
def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>10,.0f} docs/s  ({seconds:7.3f} s)"


def verdict(ratios: list[float], target: float) -> str:
    """The median of the paired ratios against the target, with their spread."""
    ratio = statistics.median(ratios)
    return (f"{ratio:5.2f}x  (median of {len(ratios)} pairs, {min(ratios):.2f}-"
            f"{max(ratios):.2f}; target <= {target:.0f}x: "
            f"{'met' if ratio <= target else 'MISSED'})")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--docs", type=int, default=10_000, help="documents (default 10000)")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    p.add_argument("--seed", type=int, default=1234, help="random seed (default 1234)")
    p.add_argument("--no-cli", action="store_true", help="skip the CLI subprocess timings")
    p.add_argument("--profile", action="store_true", help="print cProfile tables at the end")
    p.add_argument("--top", type=int, default=25, help="rows per cProfile table")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    n = args.docs
    if n < 1 or args.runs < 1:
        raise SystemExit("--docs and --runs must be at least 1")
    started = time.perf_counter()
    print(f"machine: Python {platform.python_version()} ({platform.python_implementation()}), "
          f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPU(s)")

    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-"))
    try:
        t0 = time.perf_counter()
        records = generate(n, args.seed)
        source = folder / "bench.jsonl"
        write_jsonl(records, source)
        chars = sum(len(r["text"]) for r in records) / n
        print(f"data: {n:,} documents, {chars:,.0f} chars and {SPANS_PER_DOC} spans each, "
              f"{source.stat().st_size / 1e6:,.1f} MB JSONL (generated in "
              f"{time.perf_counter() - t0:.1f} s); {args.runs} paired runs, best times shown")

        docs_rows, span_rows = baseline_rows(records)
        imp, imp_base, imp_ratios = paired(
            args.runs, lambda r: time_import(source, folder, n, r),
            lambda r: time_sqlite_baseline(docs_rows, span_rows, folder, r))

        project = folder / f"import_{args.runs - 1}.db"
        exported = folder / "export.jsonl"
        json_out = folder / "baseline.jsonl"
        exp, exp_base, exp_ratios = paired(
            args.runs, lambda r: time_export(project, exported, n),
            lambda r: time_json_baseline(records, json_out))
        floor_out = folder / "floor.jsonl"
        floor = best_of(args.runs, lambda r: time_sql_floor(project, floor_out))
        same_floor = floor_out.read_bytes() == exported.read_bytes()

        print()
        print(f"import   {rate(n, imp)}")
        print(f"  baseline sqlite3 executemany {rate(n, imp_base)}")
        print(f"  ratio import / baseline: {verdict(imp_ratios, IMPORT_TARGET)}")
        print(f"export   {rate(n, exp)}")
        print(f"  baseline json.dumps to file  {rate(n, exp_base)}")
        print(f"  ratio export / baseline: {verdict(exp_ratios, EXPORT_TARGET)}")
        print(f"  floor sqlite3 read + json.dumps {rate(n, floor)}  (no target)")
        print(f"  floor / baseline {floor / exp_base:.2f}x, export / floor {exp / floor:.2f}x, "
              f"floor wrote the same bytes as the export: {same_floor}")

        if not args.no_cli:
            cli_db = fresh_project(folder, "cli.db")
            t_imp = time_cli(["import", str(source), "--db", str(cli_db)])
            t_exp = time_cli(["export", "--db", str(cli_db), "--format", "jsonl",
                              "-o", str(folder / "cli.jsonl")])
            same = (folder / "cli.jsonl").read_bytes() == exported.read_bytes()
            print("cli, 1 run each, including interpreter start:")
            print(f"  annotator import {rate(n, t_imp)}")
            print(f"  annotator export {rate(n, t_exp)}  same bytes as export: {same}")

        equal_input = check_round_trip(exported, folder, source)
        print(f"round trip: export -> empty project -> export identical: ok; "
              f"export identical to the generated input: {equal_input}")

        if args.profile:
            profile("import (read_file + import_records)",
                    lambda: import_file(source, fresh_project(folder, "profile.db")), args.top)
            profile("export (export_records + jsonl_lines + write_lines_atomic)",
                    lambda: export_file(folder / "profile.db", folder / "profile.jsonl"),
                    args.top)
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"total time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
