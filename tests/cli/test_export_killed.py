"""Exports killed with SIGKILL leave nothing behind that the next export does not clean,
and never a manifest that does not describe the files beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.exporters.request import ExportRequest
from annotator.core.exporters.staging import temporary_name
from annotator.operations.exporting import export
from annotator.operations.importing import import_files
from annotator.store.repository import Repository
from tests.numbered_documents import GOLD, numbered_project

RUNNER = Path(__file__).with_name("kill_export_runner.py")
DOCUMENTS = 800


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return numbered_project(tmp_path_factory.mktemp("big"), DOCUMENTS)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks and SIGKILLs real processes")
def test_exports_killed_at_random_moments(big_project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, str(RUNNER), str(big_project), str(out), "10", "7"],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    steps = [json.loads(line) for line in proc.stdout.splitlines()]
    complete, *killed, concurrent = steps
    assert complete["temps"] == [] and set(complete["manifests"].values()) == {"ok"}
    assert len(killed) == 10 and sum(s["killed"] for s in killed) >= 8
    left = 0
    for step in killed:
        # A manifest on disk always matches its files; it may be missing for a moment.
        assert set(step["manifests"].values()) <= {"ok", "absent"}, step
        # Every temporary left is named after the killed process, so it can be cleaned.
        for name in step["temps"]:
            assert f".{step['pid']}-" in name or any(f".{s['pid']}-" in name for s in killed)
        left += bool(step["temps"])
    assert left > 0  # the kills did hit exports at work
    # The next exports removed every leftover, and two exports at once into the same
    # folder both finished: neither removed the other's temporaries.
    assert concurrent["codes"] == [0, 0]
    assert concurrent["temps"] == [] and set(concurrent["manifests"].values()) == {"ok"}


def test_an_export_removes_temporaries_of_dead_processes_only(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "p.db"
    repo = Repository.open(db)
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = temporary_name("gold.csv").replace(f".{os.getpid()}-", f".{dead.pid}-")
        running = temporary_name("other.csv").replace(f".{os.getpid()}-", f".{alive.pid}-")
        (out / stale).write_bytes(b"half an export")
        (out / running).write_bytes(b"an export at work")
        folder = out / temporary_name("splits").replace(f".{os.getpid()}-", f".{dead.pid}-")
        (folder / "sub").mkdir(parents=True)
        (folder / "sub" / "train.csv").write_bytes(b"x")
        not_ours = out / ".gold.csv.1234.tmp"
        not_ours.write_bytes(b"someone else's")
        import_files(repo, [src])
        export(repo, ExportRequest("csv", out / "gold.csv"))
        assert sorted(p.name for p in out.iterdir()) == sorted(
            [running, not_ours.name, "gold.csv", "gold.csv.manifest.json"])
    finally:
        alive.kill()
        alive.wait()
        repo.close()


def test_the_manifest_records_size_and_sha256_of_each_file(tmp_path: Path) -> None:
    import hashlib

    repo = Repository.open(tmp_path / "p.db")
    try:
        import_files(repo, [GOLD])
        export(repo, ExportRequest("spacy", tmp_path / "d.jsonl"))
        export(repo, ExportRequest("conll", tmp_path / "s", split="train=0.5,test=0.5"))
    finally:
        repo.close()
    single = json.loads((tmp_path / "d.jsonl.manifest.json").read_text(encoding="utf-8"))
    split = json.loads((tmp_path / "s" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(single["checksums"]) == ["d.jsonl", "d.spacy"]
    assert sorted(split["checksums"]) == ["test.conll", "train.conll"]
    for folder, manifest in [(tmp_path, single), (tmp_path / "s", split)]:
        for name, want in manifest["checksums"].items():
            data = (folder / name).read_bytes()
            assert want == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
