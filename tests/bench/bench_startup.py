"""How long `annotator` takes to start: `--help`, `--version` and a command on an empty
project, against a bare interpreter start measured in the same run.

Run from the repository root (not collected by pytest; tests/bench is ignored):

    python tests/bench/bench_startup.py            # best of 7 runs each
    python tests/bench/bench_startup.py --runs 15

Timed, best of --runs, each a fresh `python` process (wall time, and the process's CPU
time, which a loaded shared machine disturbs less):

- baseline: `python -c pass`;
- `python -m annotator --help` and `--version`;
- `python -m annotator stats --db EMPTY` (opens a project: the store and its imports);
- what the start imports that it should not: pandas, numpy, PySide6 (from `-X importtime`).

Target (issue 12): `annotator --help` within 5x `python -c pass`.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOULD_NOT_LOAD = ("pandas", "numpy", "PySide6", "krippendorff")


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds of the child) over `runs` starts."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        walls.append(time.perf_counter() - began)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), min(cpus)


def loaded_modules(args: list[str]) -> list[str]:
    """Top-level packages of SHOULD_NOT_LOAD that `python -m annotator ARGS` imports."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "annotator", *args],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0]
             for line in proc.stderr.splitlines() if line.startswith("import time:")}
    return [name for name in SHOULD_NOT_LOAD if name in names]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    p.add_argument("--runs", type=int, default=7, help="starts per command (best is kept)")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.db")
        subprocess.run([py, "-m", "annotator", "import", os.devnull, "--db", empty],
                       cwd=ROOT, capture_output=True, check=False)  # creates the project
        rows = [
            ("python -c pass (baseline)", [py, "-c", "pass"], []),
            ("annotator --help", [py, "-m", "annotator", "--help"], ["--help"]),
            ("annotator --version", [py, "-m", "annotator", "--version"], ["--version"]),
            ("annotator stats (empty project)", [py, "-m", "annotator", "stats", "--db", empty],
             ["stats", "--db", empty]),
        ]
        print(f"python {sys.version.split()[0]}, best of {args.runs} starts")
        print(f"{'command':34} {'wall s':>7} {'cpu s':>7} {'x wall':>7} {'x cpu':>7}  loads")
        base_wall = base_cpu = 0.0
        for name, cmd, annotator_args in rows:
            wall, cpu = timed(cmd, args.runs)
            if not annotator_args:
                base_wall, base_cpu = wall, cpu
            loads = ", ".join(loaded_modules(annotator_args)) if annotator_args else ""
            print(f"{name:34} {wall:7.3f} {cpu:7.3f} {wall / base_wall:7.1f} "
                  f"{cpu / max(base_cpu, 1e-3):7.1f}  {loads or '-'}")
    print("target: annotator --help within 5x python -c pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
