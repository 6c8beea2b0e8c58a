"""Exports killed with SIGKILL at random moments (a helper process of test_export_killed).

    python kill_export_runner.py DB FOLDER TRIALS SEED

Imports annotator once, then forks one child per export, so each trial costs an
export, not an interpreter start. The forks run what `annotator export` runs
(annotator.operations.exporting.export on their own connection). Prints one JSON line per
observation of FOLDER: the hidden temporaries in it, and for each manifest whether the
files it lists have the sizes and SHA-256 it records (checked here with hashlib).
POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from annotator.core.exporters.request import ExportRequest
from annotator.operations.exporting import export as export_request
from annotator.store.repository import Repository

SPLIT = "train=0.8,dev=0.1,test=0.1"
# (format, target inside FOLDER, split): a single file with files beside it, and a split.
EXPORTS = [("hf", "data.jsonl", None), ("conll", "splits", SPLIT)]
MANIFESTS = ["data.jsonl.manifest.json", "splits/manifest.json"]


def export(db: str, folder: Path, which: int) -> None:
    fmt, name, split = EXPORTS[which]
    repo = Repository.open(db)
    try:
        export_request(repo, ExportRequest(fmt, folder / name, split=split))
    finally:
        repo.close()


def start(db: str, folder: Path, which: int) -> int:
    """Fork a child that runs one export and exits 0 (1 on an error)."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            export(db, folder, which)
            code = 0
        finally:
            os._exit(code)
    return pid


def manifest_state(path: Path) -> str:
    if not path.exists():
        return "absent"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for name, want in manifest["checksums"].items():
        data = (path.parent / name).read_bytes()
        if len(data) != want["bytes"] or hashlib.sha256(data).hexdigest() != want["sha256"]:
            return f"mismatch: {name}"
    return "ok"


def observe(folder: Path, **extra: object) -> None:
    temps = sorted(p.relative_to(folder).as_posix() for p in folder.rglob(".*"))
    states = {m: manifest_state(folder / m) for m in MANIFESTS}
    print(json.dumps({"temps": temps, "manifests": states, **extra}), flush=True)


def main() -> None:
    db, folder, trials, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    took = []
    for which in range(len(EXPORTS)):  # complete exports first: the old files to replace
        began = time.perf_counter()
        _, status = os.waitpid(start(db, folder, which), 0)
        took.append(time.perf_counter() - began)
        assert status == 0, f"export {EXPORTS[which]} failed"
    observe(folder, step="complete")
    for trial in range(trials):
        which = trial % len(EXPORTS)
        pid = start(db, folder, which)
        time.sleep(rng.uniform(0, took[which]))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        observe(folder, step="killed", pid=pid, killed=os.WIFSIGNALED(status))
    # Two exports at once into the same folder: neither removes the other's temporaries.
    pids = [start(db, folder, which) for which in range(len(EXPORTS))]
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
    observe(folder, step="concurrent", codes=codes)


if __name__ == "__main__":
    main()
