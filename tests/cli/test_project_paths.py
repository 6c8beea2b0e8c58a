"""Every command on a project it must not write: one line, non-zero exit, bytes unchanged;
reading commands on a read-only project work; a mistyped --db folder is never created.

Real files, really read-only folders; the command line run in this process (`main`, with
its own stdout and stderr), as the `cli` fixture also does.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.cli import main
from tests.conftest import CliResult
from tests.project_files import (
    NEWER,
    NEWER_LINE,
    ROOT,
    SEEDS,
    digest,
    make_newer,
    make_project,
    read_only,
    wal_of,
)

if TYPE_CHECKING:
    Cli = Callable[..., CliResult]

SCHEMA = ROOT / "resources" / "schemas" / "default.toml"


@pytest.fixture(autouse=True)
def _no_project_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)


def run(*args: str | Path) -> CliResult:
    """`annotator ARGS` in this process: exit status, stdout, stderr; never a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    assert "Traceback" not in err.getvalue()
    return CliResult(code, out.getvalue(), err.getvalue(), out.getvalue().encode())


def one_error_line(result: CliResult) -> str:
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def commands(db: Path, other: Path) -> dict[str, list[str | Path]]:
    """Every command that takes --db, as a user would type it."""
    return {
        "import": ["import", SEEDS, "--db", db],
        "export": ["export", "--format", "jsonl", "--db", db],
        "stats": ["stats", "--db", db],
        "schema": ["schema", "--db", db],
        "schema --set": ["schema", "--set", SCHEMA, "--db", db],
        "merge": ["merge", other, "--db", db],
        "assign": ["assign", "--users", "a,b", "--db", db],
        "agreement": ["agreement", "--db", db],
    }


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """An annotator's file to merge."""
    (tmp_path / "other").mkdir()
    return make_project(tmp_path / "other" / "amina.db")


@pytest.mark.parametrize("command", list(commands(Path(), Path())))
def test_every_command_refuses_a_newer_project_untouched(tmp_path: Path, other: Path,
                                                         command: str) -> None:
    project = make_newer(make_project(tmp_path / "project.db"), "column")
    before = digest(project)
    line = one_error_line(run(*commands(project, other)[command]))
    assert line.startswith(f"error: {project}: {NEWER_LINE} (column spans.confidence")
    assert digest(project) == before
    assert not wal_of(project).exists()


@pytest.mark.parametrize("kind", sorted(NEWER))
def test_each_sign_of_a_newer_version_is_enough(cli: Cli, tmp_path: Path, kind: str) -> None:
    """What a user sees is this one line, no traceback."""
    project = make_newer(make_project(tmp_path / "project.db"), kind)
    before = digest(project)
    assert NEWER_LINE in one_error_line(cli("stats", "--db", project))
    assert digest(project) == before


def test_a_newer_file_to_merge_is_refused_and_the_rest_merges(tmp_path: Path,
                                                              other: Path) -> None:
    newer = make_newer(make_project(tmp_path / "newer.db"), "table")
    before = digest(newer)
    review = tmp_path / "review.db"
    result = run("merge", newer, other, "--db", review)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {newer}: {NEWER_LINE} (table crowd_votes is unknown to "
                      "annotator 0.1.0)"]
    assert f"merged {other}" in result.stdout
    assert digest(newer) == before


READERS = {
    "export": ["export", "--format", "jsonl"],
    "stats": ["stats", "--json"],
    "agreement": ["agreement", "--json"],
    "schema": ["schema"],
}


def test_reading_commands_work_in_a_read_only_folder(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    project = make_project(folder / "project.db")
    expected = {name: run(*args, "--db", project).stdout for name, args in READERS.items()}
    assert json.loads(expected["agreement"])["documents"] == 5
    before = digest(project)
    with read_only(folder):
        for name, args in READERS.items():
            result = run(*args, "--db", project)
            assert result.returncode == 0, (name, result.stderr)
            assert result.stdout == expected[name], name
        # The export's file part too: written elsewhere.
        out = tmp_path / "out.conll"
        result = cli("export", "--format", "conll", "--layer", "b", "--db", project, "-o", out)
        assert result.returncode == 0, result.stderr
        assert "B-GPE" in out.read_text(encoding="utf-8")
    assert digest(project) == before
    assert sorted(p.name for p in folder.iterdir()) == ["project.db"]


@pytest.mark.parametrize("command", ["import", "schema --set", "merge", "assign"])
def test_writing_commands_refuse_a_read_only_project(tmp_path: Path, other: Path,
                                                     command: str) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    project = make_project(folder / "project.db")
    before = digest(project)
    with read_only(folder):
        line = one_error_line(run(*commands(project, other)[command]))
    assert line == (f"error: {project}: the project is read-only here (no permission to "
                    "write the file or its folder)")
    assert digest(project) == before


def test_reading_and_writing_a_read_only_file(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project.db")
    before = digest(project)
    with read_only(project):
        stats = run("stats", "--json", "--db", project)
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["documents"] == 5
        assert "read-only here" in one_error_line(run("import", SEEDS, "--db", project))
    assert digest(project) == before


@pytest.mark.parametrize("command", list(commands(Path(), Path())))
def test_a_db_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path, other: Path,
                                                         command: str) -> None:
    typo = tmp_path / "projcts" / "review.db"
    line = one_error_line(run(*commands(typo, other)[command]))
    assert line.startswith(f"error: {typo}: ")
    assert not typo.parent.exists()


def test_the_default_project_is_created_with_its_folder(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    result = run("import", SEEDS)
    assert result.returncode == 0, result.stderr
    assert (data / "annotator" / "annotator.db").is_file()
