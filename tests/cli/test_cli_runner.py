"""The in-process runner behaves as a process would and leaves this process as it was."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def test_environment_and_folder_are_the_commands_own(cli: Cli, tmp_path: Path,
                                                     seed_files: list[Path]) -> None:
    env_before, cwd_before = dict(os.environ), os.getcwd()
    streams_before = sys.stdout, sys.stderr
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(seed_files[0].read_bytes())
    result = cli("import", "in", cwd=tmp_path, env={"ANNOTATOR_DB": "rel.db"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rel.db").is_file()  # relative to the command's folder
    assert (dict(os.environ), os.getcwd()) == (env_before, cwd_before)
    assert (sys.stdout, sys.stderr) == streams_before
    # A project from this process's environment is never the command's, as run_cli_process.
    os.environ["ANNOTATOR_DB"] = str(tmp_path / "rel.db")
    try:
        empty_home = {"XDG_DATA_HOME": str(tmp_path / "data")}
        result = cli("stats", env=empty_home)
        assert result.returncode != 0
        assert str(tmp_path / "data" / "annotator" / "annotator.db") in result.stderr
    finally:
        del os.environ["ANNOTATOR_DB"]


def test_a_usage_error_exits_2_with_one_line_on_stderr(cli: Cli) -> None:
    result = cli("export", "--format", "no-such-format")
    assert result.returncode == 2
    assert result.stdout == "" and result.stdout_bytes == b""
    assert result.stderr.startswith("error: argument --format: invalid choice: 'no-such-format'")
    assert result.stderr.endswith("(see annotator export --help)\n")
    assert result.stderr.count("\n") == 1
