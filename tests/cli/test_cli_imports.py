"""The command line starts fast: each command loads only what it uses.

Checked by the modules a fresh process has loaded when the command is done, not by
timing (benchmarks judge speed). `annotator --help` must not load the store
(sqlite-utils), pandas or Qt; `annotator stats` opens the store but not pandas or numpy
(sqlite-utils would import both, about 0.45 s, when they are installed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_FILES

# Runs `annotator ARGS` through its entry point and prints the loaded modules last.
PROBE = r"""
import json, sys
from annotator.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print("\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def loaded_by(*args: str | Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ANNOTATOR_DB", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["code"] in (0, None), proc.stderr
    return {name.split(".")[0] for name in report["modules"]}


def installed(name: str) -> bool:
    probe = f"import importlib.util, sys; sys.exit(importlib.util.find_spec('{name}') is None)"
    return subprocess.run([sys.executable, "-c", probe], timeout=60).returncode == 0


def test_help_loads_neither_the_store_nor_pandas_nor_qt() -> None:
    for args in (["--help"], ["import", "--help"], ["export", "--help"], ["stats", "--help"]):
        loaded = loaded_by(*args)
        assert "annotator" in loaded  # the probe ran the command
        assert not loaded & {"sqlite_utils", "pandas", "numpy", "PySide6"}, (args, loaded)


def test_stats_opens_the_store_without_pandas_or_numpy(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert "sqlite_utils" in loaded_by("import", SEED_FILES[0], "--db", db)
    loaded = loaded_by("stats", "--db", db)
    assert "sqlite_utils" in loaded
    assert not loaded & {"pandas", "numpy", "PySide6"}, loaded


def test_the_check_would_notice_sqlite_utils_loading_pandas() -> None:
    """Without the guard in annotator.store, sqlite-utils loads pandas and numpy."""
    if not installed("pandas"):
        pytest.skip("pandas is not installed here: nothing to keep out")
    probe = "import sys, sqlite_utils; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120).stdout.split()
    assert out == ["True", "True"]


def test_psycopg_is_loaded_only_for_a_team_server(tmp_path: Path) -> None:
    """The team server's driver is the server commands' business (issue 15)."""
    for args in (["--help"], ["sync", "--help"], ["server", "--help"], ["stats", "--help"]):
        assert "psycopg" not in loaded_by(*args), args
    db = tmp_path / "p.db"
    loaded_by("import", SEED_FILES[0], "--db", db)
    assert "psycopg" not in loaded_by("stats", "--db", db)
