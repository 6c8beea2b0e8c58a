"""Agreement over a corpus and a merge of an annotator's project file, timed.

Run from the repository root (not collected by pytest; tests/bench is ignored):

    python tests/bench/bench_agreement.py              # 1,000 documents
    python tests/bench/bench_agreement.py --docs 200   # quicker

Data: documents of about 3,000 characters made from the seed paragraphs (the
generator of bench_import_export.py), each with 30 word-aligned spans. Three
annotators (a, b, c) start from the same spans and each changes some of them with
a fixed random seed: a different label for 10%, a boundary one word shorter for 5%,
10% left out, and two spans of their own. Every document is marked done by all three.

Timed, best of --runs:

- agreement: ``operations.agreement.agreement_report`` (what ``annotator agreement`` runs) over
  1,000 documents x 3 annotators (3 pairs);
- merge: ``store.merge.merge_project`` of one annotator's 1,000-document project file
  into a reviewer's project that already has the documents (matched by text hash),
  and into an empty one (documents added);
- baseline for both (the machines are shared and noisy, so figures are also printed
  as ratios against work measured in the same run): a native JSONL import of the
  same three layers into an empty project, the bulk write every project does.

Target (issue 5): agreement and merge each under 10 s on the CI machine.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import generate, require  # noqa: E402

from annotator.core.types import DocumentRecord, LayerRecord, Span  # noqa: E402
from annotator.operations.agreement import agreement_report  # noqa: E402
from annotator.store.merge import merge_project  # noqa: E402
from annotator.store.repository import Repository  # noqa: E402

ANNOTATORS = ("a", "b", "c")
LABELS = ("PER", "ORG", "ARMED_GROUP", "MILITARY", "GPE", "FAC", "LOC", "DATE", "WEAPON")
TARGET_SECONDS = 10.0


def annotator_spans(rng: random.Random, text: str, gold: list[dict]) -> list[Span]:
    """One annotator's version of the gold spans: relabelled, shortened, missing, extra."""
    out: dict[tuple[int, int, str], Span] = {}
    for sp in gold:
        roll = rng.random()
        start, end, label = sp["start"], sp["end"], sp["label"]
        if roll < 0.10:
            continue
        if roll < 0.20:
            label = rng.choice([x for x in LABELS if x != label])
        elif roll < 0.25 and " " in text[start:end]:
            end = text.rindex(" ", start, end)
        out[(start, end, label)] = Span(start, end, label, text[start:end])
    words = [i for i, ch in enumerate(text) if ch == " "]
    while len(out) < len(gold) - 2:
        i = rng.choice(words)
        j = text.find(" ", i + 1)
        if j > i + 1 and "\n" not in text[i + 1:j]:
            key = (i + 1, j, rng.choice(LABELS))
            out.setdefault(key, Span(key[0], key[1], key[2], text[key[0]:key[1]]))
    return list(out.values())


def corpus(n_docs: int, seed: int, layers: Sequence[str]) -> list[DocumentRecord]:
    rng = random.Random(seed)
    records = []
    for rec in generate(n_docs, seed):
        text = rec["text"]
        records.append(DocumentRecord(
            rec["id"], text, rec["meta"]["title"], rec["meta"]["source"], {},
            [LayerRecord(name, "done", annotator_spans(rng, text, rec["spans"]))
             for name in layers]))
    return records


def project(folder: Path, name: str, records: list[DocumentRecord], user: str) -> Path:
    path = folder / name
    repo = Repository.open(path, user)
    try:
        repo.import_records(records, origin="manual")
    finally:
        repo.close()
    return path


def best_of(runs: int, once: Callable[[int], float]) -> float:
    return min(once(r) for r in range(runs))


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def verdict(seconds: float) -> str:
    met = "met" if seconds < TARGET_SECONDS else "MISSED"
    return f"(target < {TARGET_SECONDS:.0f} s: {met})"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--docs", type=int, default=1000, help="documents (default 1000)")
    p.add_argument("--runs", type=int, default=3, help="timed runs, best kept (default 3)")
    p.add_argument("--seed", type=int, default=1234)
    args = p.parse_args(argv)
    n = args.docs
    print(f"machine: Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.system()} {platform.machine()}")
    folder = Path(tempfile.mkdtemp(prefix="annotator-bench-agreement-"))
    try:
        records = corpus(n, args.seed, ANNOTATORS)
        spans = sum(len(layer.spans) for r in records for layer in r.layers)
        print(f"data: {n:,} documents x {len(ANNOTATORS)} annotators, {spans:,} spans, "
              f"best of {args.runs} runs")

        def baseline(run: int) -> float:
            path = folder / f"baseline_{run}.db"
            Repository.open(path).close()
            repo = Repository.open(path)
            try:
                seconds, _ = timed(lambda: repo.import_records(records, origin="manual"))
            finally:
                repo.close()
            return seconds

        base = best_of(args.runs, baseline)
        team = folder / "baseline_0.db"

        def agreement(_run: int) -> float:
            repo = Repository.open(team)
            try:
                seconds, report = timed(lambda: agreement_report(repo))
            finally:
                repo.close()
            require(len(report["pairs"]) == 3 and report["documents"] == n, str(report)[:300])
            return seconds

        agree = best_of(args.runs, agreement)

        texts_only = [DocumentRecord(r.external_id, r.text, r.title, r.source, {}, [])
                      for r in records]
        annotator_file = project(folder, "annotator_a.db", [
            DocumentRecord(r.external_id, r.text, r.title, r.source, {}, [r.layers[0]])
            for r in records], "a")

        expected = sum(len(r.layers[0].spans) for r in records)

        def merge_into(kind: str) -> Callable[[int], float]:
            def once(run: int) -> float:
                target = folder / f"review_{kind}_{run}.db"
                project(folder, target.name, texts_only if kind == "matched" else [], "rev")
                repo = Repository.open(target, "rev")
                try:
                    seconds, report = timed(lambda: merge_project(repo, annotator_file))
                    again, _ = timed(lambda: merge_project(repo, annotator_file))
                    got = repo.db.execute("SELECT count(*) FROM spans").fetchone()[0]
                finally:
                    repo.close()
                require(got == expected, f"merged {got} spans, expected {expected}")
                print(f"    merge into {kind} project, run {run + 1}: {seconds:.2f} s; "
                      f"merging the same file again: {again:.2f} s; {report.line()}")
                return seconds
            return once

        merge_matched = best_of(args.runs, merge_into("matched"))
        merge_new = best_of(args.runs, merge_into("empty"))

        print()
        print(f"baseline: native import of the 3 layers      {base:7.2f} s")
        print(f"agreement over {n:,} docs x 3 annotators       {agree:7.2f} s  "
              f"{agree / base:5.2f}x baseline  {verdict(agree)}")
        print(f"merge of a {n:,}-document file (matched)     {merge_matched:7.2f} s  "
              f"{merge_matched / base:5.2f}x baseline  {verdict(merge_matched)}")
        print(f"merge of a {n:,}-document file (new docs)    {merge_new:7.2f} s  "
              f"{merge_new / base:5.2f}x baseline  {verdict(merge_new)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
