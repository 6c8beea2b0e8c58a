"""Shared test helpers. Qt-free: nothing here may import PySide6 or annotator.ui.

`run_cli` (the `cli` fixture) runs `annotator ARGS` in this process through
`annotator.cli.main`: a fresh interpreter per command cost about a second each and
tested nothing the command does. `run_cli_process` starts a real `python -m annotator`
for the tests about the process boundary (--help and --version, a closed pipe, a
terminal, file names the interpreter decodes, what a fresh interpreter imports).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The embedded PostgreSQL of the team server tests (started only when a test asks for it).
pytest_plugins = ("tests.postgres",)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
# What `annotator` runs without opening the window (in-process runs never open it).
SUBCOMMANDS = {"import", "export", "merge", "assign", "agreement", "stats", "schema",
               "server", "sync", "train", "suggest", "evaluate", "gazetteer", "-h", "--help",
               "--version"}


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes


def command_environment(env: dict[str, str] | None) -> dict[str, str]:
    """What a command sees: this environment, no project from it, and the overrides."""
    base = dict(os.environ)
    base["QT_QPA_PLATFORM"] = "offscreen"  # a mis-parsed command must not wait for a display
    base.pop("ANNOTATOR_DB", None)
    return {**base, **(env or {})}


def run_cli_process(*args: str | Path, cwd: Path | None = None, timeout: float = 120,
                    env: dict[str, str] | None = None) -> CliResult:
    """Run `python -m annotator ARGS` in a fresh process; never a traceback on stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True, cwd=cwd, env=command_environment(env), timeout=timeout,
    )
    stderr = proc.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr
    return CliResult(proc.returncode, proc.stdout.decode("utf-8"), stderr, proc.stdout)


@contextlib.contextmanager
def _process_state(cwd: Path | None, env: dict[str, str]) -> Iterator[None]:
    """Environment, working folder, stdout and stderr as a command's own; restored after."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdout, sys.stderr
    try:
        os.environ.clear()
        os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        yield
    finally:
        sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _stream(like: object) -> io.TextIOWrapper:
    """A text stream over bytes with the error handler of the real one (`like`), as a
    command's stdout or stderr: exports write bytes to its `buffer`, the rest prints text."""
    errors = getattr(like, "errors", None) or "strict"
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors)


def _contents(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    data = stream.buffer.getvalue()  # type: ignore[attr-defined]
    stream.detach()
    return data


def run_cli(*args: str | Path, cwd: Path | None = None, timeout: float = 120,
            env: dict[str, str] | None = None) -> CliResult:
    """Run `annotator ARGS` in this process, as `python -m annotator` would.

    stdout and stderr are captured (stdout as bytes too), `env` and `cwd` apply to the
    command only, and the exit status is what the process would exit with. An exception
    that escapes `main` fails the test with its traceback, as a user would have seen one.
    `timeout` is the subprocess runner's; a command in this process is not cut short.
    """
    from annotator import cli

    argv = [str(a) for a in args]
    first = next((a for i, a in enumerate(argv) if not a.startswith("--db")
                  and not (i > 0 and argv[i - 1] == "--db")), None)
    assert first in SUBCOMMANDS | set(getattr(cli, "SUBCOMMANDS", ())), (
        f"run_cli runs subcommands in this process; the window needs run_cli_process: {argv}")
    with _process_state(cwd, command_environment(env)):
        out, err = _stream(sys.__stdout__), _stream(sys.__stderr__)
        sys.stdout, sys.stderr = out, err
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: --help, --version, a usage error
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=sys.stderr)
                code = 1
        finally:
            stdout, stderr = _contents(out), _contents(err).decode("utf-8", errors="replace")
    assert "Traceback" not in stderr, stderr
    return CliResult(code, stdout.decode("utf-8"), stderr, stdout)


@pytest.fixture(scope="session")
def cli() -> Callable[..., CliResult]:
    return run_cli


@pytest.fixture(scope="session")
def cli_process() -> Callable[..., CliResult]:
    return run_cli_process


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
