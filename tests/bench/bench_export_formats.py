"""Throughput of every export format next to the native JSONL export, in one run.

Run from the repository root (not collected by pytest):

    python tests/bench/bench_export_formats.py              # 10,000 documents x 30 spans
    python tests/bench/bench_export_formats.py --docs 1000  # quicker

The documents come from bench_import_export.generate (seed articles recombined, 30
word-aligned gold spans each), imported once into a fresh project. Each format is then
exported with annotator.operations.exporting.export (the code `annotator export` runs: reading
the project, the span checks, the writer, the manifest), best of --runs, and printed as
documents per second and as a multiple of the native JSONL time.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import (  # noqa: E402
    SPANS_PER_DOC,
    best_of,
    fresh_project,
    generate,
    import_file,
    rate,
    require,
    write_jsonl,
)

from annotator.core.exporters.request import ExportRequest  # noqa: E402
from annotator.core.formats import EXPORT_FORMATS  # noqa: E402
from annotator.operations.exporting import export  # noqa: E402
from annotator.store.repository import Repository  # noqa: E402

# Formats that write only documents with document labels (the generated data has none).
DOCUMENT_LABEL_FORMATS = frozenset({"textcat"})


def time_format(db_path: Path, fmt: str, folder: Path, n_docs: int, split: str | None) -> float:
    suffix = EXPORT_FORMATS[fmt].suffix
    target = folder / (f"{fmt}_split" if split or not suffix else f"out_{fmt}{suffix}")
    repo = Repository.open(db_path)
    try:
        t0 = time.perf_counter()
        report = export(repo, ExportRequest(fmt, target, split=split))
        elapsed = time.perf_counter() - t0
    finally:
        repo.close()
    require(report.records == n_docs, f"{fmt}: {report.records} records, expected {n_docs}")
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--docs", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=2, help="timed runs per format, best kept")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--split", action="store_true", help="also time --split 0.8/0.1/0.1")
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-formats-"))
    try:
        source = folder / "bench.jsonl"
        write_jsonl(generate(args.docs, args.seed), source)
        db = fresh_project(folder, "bench.db")
        outcome = import_file(source, db)
        require(outcome.spans == args.docs * SPANS_PER_DOC, str(outcome))
        print(f"data: {args.docs:,} documents x {SPANS_PER_DOC} spans; best of {args.runs}")
        base = best_of(args.runs, lambda r: time_format(db, "jsonl", folder, args.docs, None))
        print(f"{'jsonl (native)':<22}{rate(args.docs, base)}   1.00x")
        specs = [None, "train=0.8,dev=0.1,test=0.1"] if args.split else [None]
        for split in specs:
            for fmt in EXPORT_FORMATS:
                if fmt == "jsonl" and split is None:
                    continue
                if fmt in DOCUMENT_LABEL_FORMATS:
                    print(f"{fmt:<22}skipped: it writes document labels, and the generated "
                          "documents have none")
                    continue
                t = best_of(args.runs, lambda r, f=fmt, s=split: time_format(
                    db, f, folder, args.docs, s))
                name = fmt + (" --split" if split else "")
                print(f"{name:<22}{rate(args.docs, t)}  {t / base:5.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
