"""What only a real `python -m annotator` process shows: its help and version, a reader
that closes the pipe early, and what a fresh interpreter imports to start.

The other CLI tests run the commands in the test process (`run_cli`); these cross the
process boundary on purpose.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from annotator import __version__
from tests.conftest import CliResult, command_environment

Cli = Callable[..., CliResult]


def test_version_and_help(cli_process: Cli) -> None:
    version = cli_process("--version")
    assert (version.returncode, version.stdout) == (0, f"annotator {__version__}\n")
    shown = cli_process("--help")
    assert shown.returncode == 0 and shown.stderr == ""
    assert shown.stdout.startswith("usage: annotator")
    for command in ("import", "export", "merge", "assign", "agreement", "stats", "schema"):
        assert command in shown.stdout


def test_a_reader_that_stops_early_gets_no_traceback(cli: Cli, tmp_path: Path) -> None:
    """`annotator export --format jsonl | head -1`: the export stops quietly."""
    source = tmp_path / "many.jsonl"
    records = [{"id": f"d{n}", "text": f"الخبر رقم {n}: " + "قصفت المقاومة قاعدة حرير. " * 6}
               for n in range(400)]  # about 200 KB of JSONL: more than a pipe holds
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    project = tmp_path / "p.db"
    assert cli("import", source, "--db", project).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", "export", "--format", "jsonl", "--db", str(project)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=command_environment(None))
    assert proc.stdout is not None and proc.stderr is not None
    first = json.loads(proc.stdout.readline())
    proc.stdout.close()  # as `head -1` does
    stderr = proc.stderr.read().decode("utf-8", errors="replace")
    proc.stderr.close()
    assert proc.wait(timeout=120) == 1
    assert first["id"] == "d0"
    assert stderr == ""  # no traceback, no "Exception ignored" at exit


STARTUP = r"""
import json, sys
import annotator.store.repository, annotator.commands
loaded = sorted(m for m in ("pandas", "numpy") if m in sys.modules)
import sqlite_utils
sqlite_utils.Database(memory=True)["t"].insert({"x": 1})
import pandas  # still importable after the store's import: it was only kept out of it
print(json.dumps(loaded))
"""


def test_the_store_starts_without_pandas_or_numpy() -> None:
    """sqlite_utils alone loaded both (a second or more of every `annotator` start)."""
    proc = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []
