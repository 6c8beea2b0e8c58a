"""Shared test helpers. Qt-free: nothing here may import PySide6 or annotator.ui."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 120,
            env: dict[str, str] | None = None) -> CliResult:
    """Run `python -m annotator ARGS` in a fresh process; never a traceback on stderr."""
    base = dict(os.environ)
    base["QT_QPA_PLATFORM"] = "offscreen"  # a mis-parsed command must not wait for a display
    base.pop("ANNOTATOR_DB", None)
    env = {**base, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True, cwd=cwd, env=env, timeout=timeout,
    )
    stderr = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr
    return CliResult(proc.returncode, proc.stdout.decode("utf-8"), stderr, proc.stdout)


@pytest.fixture(scope="session")
def cli() -> Callable[..., CliResult]:
    return run_cli


@pytest.fixture
def seed_files() -> list[Path]:
    assert len(SEED_FILES) == 5, "the five seed articles are test data"
    return SEED_FILES


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "project.db"


@pytest.fixture
def repo(db_path: Path) -> Iterator:
    from annotator.store.repository import Repository

    r = Repository.open(db_path, user="tester")
    yield r
    r.close()
