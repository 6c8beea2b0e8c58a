"""Fixtures of the team server tests. The PostgreSQL server and the per-test team project
(`postgres`, `team`) are in tests/postgres.py, a plugin of the whole test run, so the
window's tests (tests/ui/test_team_sync*.py) share the same server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clock import StepClock


@pytest.fixture
def clock() -> StepClock:
    """One clock for every project a test opens: each edit is newer than the last."""
    return StepClock()


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The read caches of --server commands go to the test's folder, not ~/.cache."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.delenv("ANNOTATOR_SERVER", raising=False)
    return folder
