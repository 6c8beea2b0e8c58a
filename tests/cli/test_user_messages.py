"""Lines new users met that said the wrong thing or said it too often: a cut JSON message,
one unknown encoding per file, a folder given as the project, --server and --db at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def error_line(result: CliResult) -> str:
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: "), result.stderr
    return result.stderr.rstrip("\n")


def documents(project: Path) -> int:
    with sqlite3.connect(project) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


@pytest.mark.parametrize(("body", "says"), [
    ('{"text": "نص", "id": "abc\n', "invalid JSON (unterminated string starting at column 22)"),
    ('{"text": "نص"} 3\n', "invalid JSON (extra data at column 16)"),
    ('{"text": "نص",}\n', "invalid JSON (expecting property name enclosed in double quotes "
                          "at column 15)"),
    ('{"text" "نص"}\n', "invalid JSON (expecting ':' delimiter at column 9)"),
])
def test_broken_json_reads_as_one_sentence(cli: Cli, tmp_path: Path, body: str,
                                           says: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(body, encoding="utf-8")
    result = cli("import", bad, "--db", tmp_path / "p.db")
    assert error_line(result) == f"error: {bad}:1: {says}"


def test_an_unknown_encoding_is_refused_once_before_any_file(
        cli: Cli, tmp_path: Path, seed_files: list[Path]) -> None:
    project = tmp_path / "p.db"
    result = cli("import", "--encoding", "nope-enc", *seed_files[:3], "--db", project)
    assert result.returncode == 2 and result.stdout == ""
    assert error_line(result) == "error: unknown encoding 'nope-enc'"
    assert not project.exists()  # nothing read, no project made
    assert cli("import", *seed_files[:1], "--db", project).returncode == 0
    lists = [tmp_path / "a.tsv", tmp_path / "b.tsv"]
    for name_list in lists:
        name_list.write_text("طهران\tGPE\n", encoding="utf-8")
    again = cli("gazetteer", "import", *lists, "--encoding", "nope-enc", "--db", project)
    assert again.returncode == 2 and again.stdout == ""
    assert error_line(again) == "error: unknown encoding 'nope-enc'"
    assert cli("gazetteer", "list", "--db", project).stdout.startswith("learned from")
    assert documents(project) == 1


@pytest.mark.parametrize("command", [
    ("stats",), ("export", "--format", "jsonl"), ("agreement",), ("train",), ("schema",),
    ("import", "SEED"), ("merge", "OTHER"), ("sync",), ("gazetteer", "list"),
])
def test_a_folder_given_as_the_project_is_called_a_folder(
        cli: Cli, tmp_path: Path, seed_files: list[Path], command: tuple[str, ...]) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    other = tmp_path / "other.db"
    assert cli("import", seed_files[0], "--db", other).returncode == 0
    args = [{"SEED": str(seed_files[1]), "OTHER": str(other)}.get(a, a) for a in command]
    result = cli(*args, "--db", folder)
    assert result.returncode == 2
    assert error_line(result) == f"error: {folder}: is a folder, not a project file"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", [
    ("stats",), ("export", "--format", "jsonl"), ("agreement",), ("import", "SEED"),
    ("assign", "--users", "amina,badr"),
])
def test_server_and_db_together_are_refused(cli: Cli, tmp_path: Path,
                                            seed_files: list[Path],
                                            command: tuple[str, ...]) -> None:
    """No server runs here: the refusal comes before any connection (the URL's port is
    closed), and the project file is left as it was."""
    project = tmp_path / "amina.db"
    assert cli("import", seed_files[0], "--db", project).returncode == 0
    before = project.read_bytes()
    args = [str(seed_files[1]) if a == "SEED" else a for a in command]
    result = cli(*args, "--server", "postgresql://amina@127.0.0.1:1/team", "--db", project)
    assert result.returncode == 2 and result.stdout == ""
    assert error_line(result) == ("error: give --server or --db, not both: --server works on "
                                  "the team project on the server, --db on a project file")
    assert project.read_bytes() == before
