"""`annotator export` of a project large enough for worker processes (core/exporters/
parallel.py): the same files as without them, and a bad span is the same one error.

ANNOTATOR_EXPORT_WORKERS=2 starts two workers whatever the machine's CPUs; =1 keeps
every document in the command's own process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from annotator.core.exporters.parallel import WORKERS_ENV, Workers
from tests.numbered_documents import numbered_project

if TYPE_CHECKING:
    from tests.conftest import CliResult

Cli = Callable[..., "CliResult"]
DOCUMENTS = Workers(2).threshold + 20


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return numbered_project(tmp_path_factory.mktemp("workers"), DOCUMENTS)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", ["conll", "hf", "spacy"])
def test_workers_write_the_same_files_and_lines(cli_process: Cli, project: Path,
                                                tmp_path: Path, fmt: str) -> None:
    results = {}
    for workers in ("1", "2"):
        out = tmp_path / workers
        out.mkdir()
        results[workers] = cli_process("export", "--db", project, "--format", fmt, "-o",
                                       out / "data.out", env={WORKERS_ENV: workers})
        assert results[workers].returncode == 0, results[workers].stderr
    assert files(tmp_path / "2") == files(tmp_path / "1")
    assert results["2"].stderr.replace(str(tmp_path / "2"), "") == results["1"].stderr.replace(
        str(tmp_path / "1"), "")
    assert f"wrote {DOCUMENTS} record(s)" in results["2"].stderr


def test_a_bad_span_met_by_a_worker_is_one_line_and_no_file(
        cli_process: Cli, project: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(project.read_bytes())
    conn = sqlite3.connect(bad)
    with conn:  # a span late in the project no longer fits its text
        conn.execute("UPDATE spans SET text = 'x' || substr(text, 2) "
                     "WHERE id = (SELECT max(id) FROM spans)")
    conn.close()
    errors = []
    for workers in ("1", "2"):
        out = tmp_path / workers
        out.mkdir()
        result = cli_process("export", "--db", bad, "--format", "conll", "-o",
                             out / "data.conll", env={WORKERS_ENV: workers})
        assert result.returncode != 0
        (line,) = result.stderr.splitlines()
        errors.append(line)
        assert list(out.iterdir()) == []  # no file, no temporary
    assert errors[0] == errors[1]
    assert errors[1].startswith("error: ") and "does not match the document" in errors[1]
