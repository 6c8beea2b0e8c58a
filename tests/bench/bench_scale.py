"""Corpus scale (issue 13): each figure next to its baseline, with peak memory.

Run from the repository root (not collected by pytest; it takes minutes at 100k, and
needs about 12 GB of disk in the system's temporary folder):

    python tests/bench/bench_scale.py                   # 100,000 documents, every figure
    python tests/bench/bench_scale.py --docs 10000      # quicker
    python tests/bench/bench_scale.py --only import,merge
    python tests/bench/bench_scale.py --code /tmp/old   # run another checkout's CLI
    python tests/bench/bench_scale.py --folder /tmp/b   # keep the data; a later run with
                                                        # the same --docs uses it again

Data (fixed seed): documents of about 3,000 characters recombined from the seed
articles (bench_import_export.make_text) with 30 word-aligned gold spans each
(make_spans), written as native JSONL (850 MB at 100k); and three annotators (a, b,
c) whose layers differ from the gold spans as in bench_agreement.annotator_spans,
each a native JSONL file of its own layer, every document marked done.

Every operation runs as a child process, the real CLI (`python -m annotator ...`)
where there is one; its time is the child's wall-clock time and its peak memory the
child's maximum resident set size (os.wait4), so nothing of this process counts. A
baseline is measured in the same run beside it (in --runs pairs, alternating which
goes first, on a shared machine), and the verdict is on the median of the paired
ratios:

1. import: `annotator import FILE.jsonl` into a new project, against `json.loads` of
   each line plus `executemany` of the same document, span (same uids) and status
   rows in one transaction with the same pragmas (a child process of this file).
   Targets: time within 1.2x, peak memory at most 300 MB.
2. token exports: `annotator export --format conll|spacy|hf` of the gold layer, against
   the native `--format jsonl` export of the same layer. Targets: within 3x, at most
   300 MB.
3. agreement: `annotator agreement --json` over the three annotators, against the
   token export of the same layers (`export --format conll --layer all`). Targets:
   within 1.5x, at most 500 MB.
4. merge: `annotator merge a.db b.db c.db` into a new project, against the native
   import of the same three layers (`annotator import a.jsonl b.jsonl c.jsonl`) into
   a new project. Targets: within 1.3x; the merged file at most 1.2x the size of the
   imported one.

Each figure is one function registered with @figure; a later figure (the document
list, find in project, ...) adds its own function and rows the same way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCHEMA_REF = {"name": "default", "version": 1}
ANNOTATORS = ("a", "b", "c")
MB = 1024 * 1024


# ------------------------------------------------------------------------ results
@dataclass
class Measured:
    """One child process: wall-clock seconds and peak resident memory in MB."""

    seconds: float
    peak_mb: float


@dataclass
class Row:
    """One line of the table: ours next to its baseline, with the targets."""

    what: str
    ours: list[Measured]
    baseline_name: str
    baseline: list[Measured]
    ratio_target: float | None = None
    peak_target_mb: float | None = None
    extra: list[str] = field(default_factory=list)  # further checks, already judged

    def ratios(self) -> list[float]:
        return [a.seconds / b.seconds for a, b in zip(self.ours, self.baseline, strict=True)]

    def met(self) -> bool:
        ok = True
        if self.ratio_target is not None:
            ok &= statistics.median(self.ratios()) <= self.ratio_target
        if self.peak_target_mb is not None:
            ok &= max(m.peak_mb for m in self.ours) <= self.peak_target_mb
        return ok and not any("MISSED" in x for x in self.extra)

    def lines(self) -> list[str]:
        ours_s = min(m.seconds for m in self.ours)
        base_s = min(m.seconds for m in self.baseline)
        ours_mb = max(m.peak_mb for m in self.ours)
        base_mb = max(m.peak_mb for m in self.baseline)
        ratios = self.ratios()
        targets = []
        if self.ratio_target is not None:
            targets.append(f"<= {self.ratio_target:g}x")
        if self.peak_target_mb is not None:
            targets.append(f"<= {self.peak_target_mb:g} MB")
        spread = f" ({min(ratios):.2f}-{max(ratios):.2f})" if len(ratios) > 1 else ""
        out = [
            f"{self.what}",
            f"    ours      {ours_s:9.1f} s  peak {ours_mb:7.0f} MB",
            f"    baseline  {base_s:9.1f} s  peak {base_mb:7.0f} MB   {self.baseline_name}",
            f"    ratio     {statistics.median(ratios):9.2f}x{spread}  target "
            f"{', '.join(targets) or 'none'}: {'met' if self.met() else 'MISSED'}",
        ]
        out.extend(f"    {x}" for x in self.extra)
        return out


# ------------------------------------------------------------------- child processes
def measure(cmd: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None,
            stdout: Path | None = None) -> Measured:
    """Run a command; its wall-clock time and its peak RSS (os.wait4: this child only)."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    try:
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=out,
                                stderr=subprocess.PIPE)
        assert proc.stderr is not None
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n"
                         f"{err.decode(errors='replace')[-2000:]}")
    return Measured(seconds, usage.ru_maxrss / 1024)  # ru_maxrss is in KB on Linux


def paired(runs: int, ours: Callable[[int], Measured],
           baseline: Callable[[int], Measured]) -> tuple[list[Measured], list[Measured]]:
    """`runs` pairs, alternating which goes first, so both see the same moment."""
    mine: list[Measured] = []
    base: list[Measured] = []
    for r in range(runs):
        if r % 2:
            mine.append(ours(r))
            base.append(baseline(r))
        else:
            base.append(baseline(r))
            mine.append(ours(r))
    return mine, base


def remove_project(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# --------------------------------------------------------------------------- data
def gold_records(n_docs: int, seed: int) -> Iterator[dict[str, Any]]:
    """The records of bench_import_export.generate, one at a time (same seed, same data)."""
    from bench_import_export import load_paragraphs, make_spans, make_text

    rng = random.Random(seed)
    paragraphs = load_paragraphs()
    for i in range(n_docs):
        text = make_text(rng, paragraphs, i + 1)
        yield {
            "id": f"bench_{i + 1:06d}",
            "text": text,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "meta": {"title": f"وثيقة {i + 1}", "source": "bench/seeds"},
            "layer": "gold",
            "status": "done",
            "spans": make_spans(rng, text, 30),
            "events": [],
            "schema": SCHEMA_REF,
        }


def annotator_layer(rng: random.Random, record: dict[str, Any], name: str) -> dict[str, Any]:
    """One annotator's record of a gold record (bench_agreement.annotator_spans)."""
    from bench_agreement import annotator_spans

    text = record["text"]
    spans = sorted(annotator_spans(rng, text, record["spans"]),
                   key=lambda s: (s.start, -s.end, s.label))
    return {**record, "layer": name, "spans": [
        {"id": n, "start": s.start, "end": s.end, "label": s.label, "text": s.text}
        for n, s in enumerate(spans, 1)]}


def line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------------- bench
class Bench:
    """The run's settings and its data sets, each made once, on first use."""

    def __init__(self, args: argparse.Namespace, folder: Path) -> None:
        self.n = args.docs
        self.seed = args.seed
        self.runs = args.runs
        self.formats = args.formats.split(",")
        self.folder = folder
        self.reuse_data = bool(args.folder)
        self.env = dict(os.environ)
        if args.code:
            self.env["PYTHONPATH"] = str(Path(args.code).resolve())
        self.env.pop("ANNOTATOR_DB", None)

    # -- running things
    def cli(self, *args: str | Path, stdout: Path | None = None) -> Measured:
        """`annotator ARGS` in a child process (from the folder, so --code applies)."""
        return measure([sys.executable, "-m", "annotator", *map(str, args)], self.env,
                       self.folder, stdout)

    def child(self, *args: str | Path) -> Measured:
        """A baseline of this file in a child process."""
        return measure([sys.executable, str(Path(__file__).resolve()), "--child",
                        *map(str, args)], self.env, self.folder)

    def python(self, code: str) -> str:
        """Run code with the checkout under test; its standard output."""
        proc = subprocess.run([sys.executable, "-c", code], env=self.env, cwd=self.folder,
                              capture_output=True, text=True, check=True)
        return proc.stdout

    def new_project(self, name: str) -> Path:
        """An empty project file, made by the code under test (not timed)."""
        path = self.folder / name
        remove_project(path)
        self.python("import sys\nfrom annotator.store.repository import Repository\n"
                    f"Repository.open({str(path)!r}).close()")
        return path

    def pragmas(self) -> list[str]:
        """The pragmas the code under test sets for bulk work (for the baselines)."""
        out = self.python(
            "import json\nimport annotator.store.db as d\n"
            "print(json.dumps(getattr(d, 'BULK_PRAGMAS', ['journal_mode = WAL', "
            "'synchronous = NORMAL', 'foreign_keys = ON'])))")
        return list(json.loads(out))

    # -- data sets
    def made_before(self, *paths: Path) -> bool:
        """In a --folder run, data sets made by an earlier run with the same documents and
        seed are used again (at 100k, making them takes most of an hour); else any stale
        stamp goes before they are made again."""
        stamp = json.dumps({"docs": self.n, "seed": self.seed})
        stamps = [p.with_name(p.name + ".stamp") for p in paths]
        if self.reuse_data and all(s.exists() and s.read_text() == stamp for s in stamps):
            print(f"  data: {', '.join(p.name for p in paths)} from an earlier run", flush=True)
            return True
        for s in stamps:
            s.unlink(missing_ok=True)
        return False

    def stamp(self, *paths: Path) -> None:
        """Mark data sets as made in full (see made_before)."""
        for p in paths:
            p.with_name(p.name + ".stamp").write_text(
                json.dumps({"docs": self.n, "seed": self.seed}))

    @cached_property
    def gold_jsonl(self) -> Path:
        path = self.folder / "gold.jsonl"
        if self.made_before(path):
            return path
        t0 = time.perf_counter()
        with path.open("w", encoding="utf-8") as fh:
            for rec in gold_records(self.n, self.seed):
                fh.write(line(rec))
        print(f"  data: {path.name}, {self.n:,} documents, {path.stat().st_size / 1e6:,.0f} MB "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
        self.stamp(path)
        return path

    @cached_property
    def gold_db(self) -> Path:
        source = self.gold_jsonl
        path = self.folder / "gold.db"
        if self.made_before(path):
            return path
        self.new_project(path.name)
        self.cli("import", source, "--db", path)
        self.stamp(path)
        return path

    @cached_property
    def team_jsonl(self) -> list[Path]:
        paths = [self.folder / f"{name}.jsonl" for name in ANNOTATORS]
        if self.made_before(*paths):
            return paths
        rng = random.Random(self.seed + 1)
        t0 = time.perf_counter()
        handles = [p.open("w", encoding="utf-8") for p in paths]
        try:
            for rec in gold_records(self.n, self.seed):
                for name, fh in zip(ANNOTATORS, handles, strict=True):
                    fh.write(line(annotator_layer(rng, rec, name)))
        finally:
            for fh in handles:
                fh.close()
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"  data: {', '.join(p.name for p in paths)}, {self.n:,} documents each, "
              f"{size:,.0f} MB ({time.perf_counter() - t0:.0f} s)", flush=True)
        self.stamp(*paths)
        return paths

    @cached_property
    def team_db(self) -> Path:
        """The three layers imported into one project (what agreement reads)."""
        sources = self.team_jsonl
        path = self.folder / "team.db"
        if self.made_before(path):
            return path
        self.new_project(path.name)
        self.cli("import", *sources, "--db", path)
        self.stamp(path)
        return path

    @cached_property
    def annotator_dbs(self) -> list[Path]:
        """Each annotator's own project file (what merge reads)."""
        out = []
        for source in self.team_jsonl:
            path = self.folder / f"{source.stem}.db"
            if not self.made_before(path):
                self.new_project(path.name)
                self.cli("import", source, "--db", path)
                self.stamp(path)
            out.append(path)
        return out


FIGURES: dict[str, Callable[[Bench], list[Row]]] = {}


def figure(name: str) -> Callable[[Callable[[Bench], list[Row]]], Callable[[Bench], list[Row]]]:
    """Register a figure: a function of the Bench returning its rows."""
    def register(fn: Callable[[Bench], list[Row]]) -> Callable[[Bench], list[Row]]:
        FIGURES[name] = fn
        return fn
    return register


# ----------------------------------------------------------------------- figures
@figure("import")
def import_figure(b: Bench) -> list[Row]:
    source = b.gold_jsonl
    pragmas = json.dumps(b.pragmas())

    def ours(run: int) -> Measured:
        db = b.new_project(f"import_{run}.db")
        return b.cli("import", source, "--db", db)

    def baseline(run: int) -> Measured:
        db = b.new_project(f"import_baseline_{run}.db")
        return b.child("import-baseline", source, db, pragmas)

    mine, base = paired(b.runs, ours, baseline)
    size = source.stat().st_size / 1e6
    return [Row(f"1. import of a {size:,.0f} MB native JSONL ({b.n:,} documents)", mine,
                "json.loads + executemany, same rows and pragmas", base, 1.2, 300)]


@figure("token-exports")
def token_exports_figure(b: Bench) -> list[Row]:
    db = b.gold_db
    rows = []
    for fmt in b.formats:
        suffix = ".conll" if fmt == "conll" else ".jsonl"

        def ours(run: int, fmt: str = fmt, suffix: str = suffix) -> Measured:
            return b.cli("export", "--db", db, "--format", fmt, "-o",
                         b.folder / f"out_{fmt}{suffix}")

        def baseline(run: int) -> Measured:
            return b.cli("export", "--db", db, "--format", "jsonl", "-o",
                         b.folder / "out_native.jsonl")

        mine, base = paired(b.runs, ours, baseline)
        rows.append(Row(f"2. export --format {fmt}, gold layer, {b.n:,} documents", mine,
                        "export --format jsonl (native), same layer", base, 3.0, 300))
    return rows


@figure("agreement")
def agreement_figure(b: Bench) -> list[Row]:
    db = b.team_db

    def ours(run: int) -> Measured:
        return b.cli("agreement", "--json", "--db", db, stdout=b.folder / "agreement.json")

    def baseline(run: int) -> Measured:
        return b.cli("export", "--db", db, "--format", "conll", "--layer", "all", "-o",
                     b.folder / "team.conll")

    mine, base = paired(b.runs, ours, baseline)
    report = json.loads((b.folder / "agreement.json").read_text(encoding="utf-8"))
    alpha = report["overall"]["krippendorff_alpha_all"]
    return [Row(f"3. agreement, {b.n:,} documents x {len(ANNOTATORS)} annotators", mine,
                "export --format conll --layer all of the same layers", base, 1.5, 500,
                [f"report: {report['documents']:,} documents, alpha over all annotators "
                 f"{alpha:.4f}"])]


@figure("merge")
def merge_figure(b: Bench) -> list[Row]:
    files = b.annotator_dbs
    sources = b.team_jsonl

    def ours(run: int) -> Measured:
        db = b.folder / f"merged_{run}.db"
        remove_project(db)
        return b.cli("merge", *files, "--db", db)

    def baseline(run: int) -> Measured:
        db = b.new_project(f"imported_{run}.db")
        return b.cli("import", *sources, "--db", db)

    mine, base = paired(b.runs, ours, baseline)
    merged = (b.folder / "merged_0.db").stat().st_size
    imported = (b.folder / "imported_0.db").stat().st_size
    conn = sqlite3.connect(b.folder / "merged_0.db")
    log = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'changes%'").fetchone()[0]
    conn.close()
    size = merged / imported
    verdict = "met" if size <= 1.2 else "MISSED"
    return [Row(f"4. merge of three {b.n:,}-document files into a new project", mine,
                "import of the same three layers (native JSONL) into a new project",
                base, 1.3, None,
                [f"merged file {merged / MB:,.0f} MB (change log and its indexes "
                 f"{(log or 0) / MB:,.0f} MB), imported file {imported / MB:,.0f} MB: "
                 f"{size:.2f}x (target <= 1.2x: {verdict})"])]


# ------------------------------------------------------------------ child baselines
def child_import_baseline(source: str, db: str, pragmas_json: str) -> None:
    """json.loads per line and executemany of the rows `annotator import` writes.

    The same documents, spans (uids made as the store makes them), statuses, in one
    transaction, with the pragmas the store uses; read line by line, 500 documents per
    executemany.
    """
    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in json.loads(pragmas_json):
        conn.execute(f"PRAGMA {pragma}")
    from datetime import UTC, datetime

    t = datetime.now(UTC).isoformat(timespec="milliseconds")
    prefix = os.urandom(12).hex()
    counter = [0]

    def uid() -> str:
        counter[0] += 1
        return f"{prefix}{counter[0]:08x}"

    conn.execute("BEGIN IMMEDIATE")
    doc_id = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
    layers: set[str] = set()
    docs: list[tuple[Any, ...]] = []
    spans: list[tuple[Any, ...]] = []
    statuses: list[tuple[Any, ...]] = []

    def flush() -> None:
        conn.executemany("INSERT OR IGNORE INTO annotators (name, role, created_at) "
                         "VALUES (?, 'annotator', ?)", [(x, t) for x in sorted(layers)])
        conn.executemany("INSERT INTO documents (id, external_id, title, text, text_sha256, "
                         "source, meta, created_at) VALUES (?,?,?,?,?,?,?,?)", docs)
        conn.executemany("INSERT INTO spans (document_id, layer, start, end, label, text, "
                         "origin, created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
                         spans)
        conn.executemany("INSERT INTO document_status (document_id, layer, status, seconds, "
                         "updated_at) VALUES (?,?,?,0,?)", statuses)
        docs.clear()
        spans.clear()
        statuses.clear()

    with open(source, encoding="utf-8") as fh:
        for raw in fh:
            rec = json.loads(raw)
            doc_id += 1
            meta = rec["meta"]
            layer = rec["layer"]
            layers.add(layer)
            docs.append((doc_id, rec["id"], meta["title"], rec["text"], rec["text_sha256"],
                         meta["source"], "{}", t))
            spans.extend((doc_id, layer, s["start"], s["end"], s["label"], s["text"],
                          "imported", t, t, uid()) for s in rec["spans"])
            statuses.append((doc_id, layer, rec["status"], t))
            if len(docs) >= 500:
                flush()
    flush()
    conn.execute("COMMIT")
    conn.close()


CHILDREN: dict[str, Callable[..., None]] = {"import-baseline": child_import_baseline}


# -------------------------------------------------------------------------- main
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--docs", type=int, default=100_000, help="documents (default 100000)")
    p.add_argument("--runs", type=int, default=1, help="paired runs per figure (default 1)")
    p.add_argument("--seed", type=int, default=1234, help="random seed (default 1234)")
    p.add_argument("--only", help=f"comma-separated figures ({', '.join(FIGURES)})")
    p.add_argument("--formats", default="conll,spacy,hf",
                   help="token-exports: comma-separated formats (default conll,spacy,hf)")
    p.add_argument("--code", help="a checkout whose annotator package the children run")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder")
    p.add_argument("--folder", help="work in this folder (kept) instead of a temporary one; "
                   "its data sets are used again by a later run with the same --docs and --seed")
    p.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        CHILDREN[args.child[0]](*args.child[1:])
        return 0
    sys.path.insert(0, str(HERE))
    chosen = args.only.split(",") if args.only else list(FIGURES)
    unknown = [x for x in chosen if x not in FIGURES]
    if unknown or args.docs < 1 or args.runs < 1:
        raise SystemExit(f"unknown figure {unknown} (use {', '.join(FIGURES)})" if unknown
                         else "--docs and --runs must be at least 1")
    started = time.perf_counter()
    print(f"machine: Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s); "
          f"{args.docs:,} documents, {args.runs} paired run(s)"
          + (f"; code from {args.code}" if args.code else ""), flush=True)
    folder = Path(args.folder) if args.folder else Path(
        tempfile.mkdtemp(prefix="annotator-bench-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    bench = Bench(args, folder)
    rows: list[Row] = []
    try:
        for name in chosen:
            t0 = time.perf_counter()
            print(f"{name} ...", flush=True)
            got = FIGURES[name](bench)
            for row in got:
                print("\n".join(row.lines()), flush=True)
            print(f"  ({time.perf_counter() - t0:.0f} s)", flush=True)
            rows.extend(got)
    finally:
        if args.keep or args.folder:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    print("summary:")
    for row in rows:
        print(f"  {'met   ' if row.met() else 'MISSED'} {row.what}")
    print(f"total time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
