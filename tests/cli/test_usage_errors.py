"""A mistyped command line: one `error: ...` line naming the help to read, exit 2, and
nothing written; `annotator --help` tells how to open the window and on which file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli import COMMANDS
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def one_error_line(result: CliResult) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "usage:" not in result.stderr
    return result.stderr.rstrip("\n")


@pytest.mark.parametrize(("args", "says"), [
    (("export", "--format", "jsonl", "--seed", "abc"),
     "error: argument --seed: invalid int value: 'abc' (see annotator export --help)"),
    (("export", "--format", "conll", "--scheme", "xyz"),
     "error: argument --scheme: invalid choice: 'xyz' (choose from 'bio', 'bilou') "
     "(see annotator export --help)"),
    (("export", "--format", "foo"), "error: argument --format: invalid choice: 'foo'"),
    (("export", "--format", "jsonl", "--no-such-option"),
     "error: unrecognized arguments: --no-such-option (see annotator export --help)"),
    (("server", "init", "--no-such-option"),
     "error: unrecognized arguments: --no-such-option (see annotator server init --help)"),
    (("gazetteer", "import"),
     "error: the following arguments are required: FILE (see annotator gazetteer import --help)"),
    (("--no-such-option",), "error: unrecognized arguments: --no-such-option "
     "(see annotator --help)"),
])
def test_a_mistyped_option_is_one_line(cli: Cli, cli_process: Cli, args: tuple[str, ...],
                                       says: str) -> None:
    run = cli_process if args[0].startswith("--") else cli  # the window's parser: a process
    assert one_error_line(run(*args)).startswith(says)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_subcommand_refuses_an_unknown_option_in_one_line(
        cli: Cli, tmp_path: Path, command: str) -> None:
    project = tmp_path / "p.db"
    line = one_error_line(cli(command, "--no-such-option", "--db", project))
    assert f"(see annotator {command}" in line and line.endswith(" --help)")
    assert not project.exists()  # nothing was created or written


def test_a_typo_leaves_the_project_as_it_was(cli: Cli, tmp_path: Path,
                                             seed_files: list[Path]) -> None:
    project = tmp_path / "p.db"
    assert cli("import", seed_files[0], "--db", project).returncode == 0
    before = project.read_bytes()
    one_error_line(cli("import", seed_files[1], "--db", project, "--fromat", "txt"))
    assert project.read_bytes() == before
    stats = cli("stats", "--db", project, "--json")
    assert stats.returncode == 0 and '"documents": 1' in stats.stdout


def test_help_shows_the_window_and_its_project_file(cli: Cli, tmp_path: Path) -> None:
    shown = cli("--help", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert shown.returncode == 0
    assert "annotator [--db PATH] [--user NAME] [PATH ...]" in shown.stdout
    assert "--user NAME" in shown.stdout and "$ANNOTATOR_DB" in shown.stdout
    assert str(tmp_path / "data" / "annotator" / "annotator.db") in shown.stdout
    chosen = cli("--help", env={"ANNOTATOR_DB": str(tmp_path / "mine.db")})
    assert f"{tmp_path / 'mine.db'} (from $ANNOTATOR_DB)" in chosen.stdout
