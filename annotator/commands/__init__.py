"""What the subcommands share: the project option, a terminal progress bar.

Each subcommand lives in its own module here, listed in annotator.cli.COMMANDS, with
two functions: `add_arguments(p)` adds its arguments to its parser, `run(args)` does
the work and returns the exit status. The CLI imports a subcommand's module only when
that subcommand is run (or its --help asked for), and the module imports the store and
the operations inside `run`, so `annotator --help` and `annotator import --help` start
fast. No Qt in this package.
"""

from __future__ import annotations

import argparse
import sys
from time import monotonic
from typing import TYPE_CHECKING

from annotator.core.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from annotator.store.repository import Repository


def db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="project file (default: $ANNOTATOR_DB or the user data folder)")


def existing_project(db: str | None) -> Path:
    """The project file for a read-only command: a typo must not create an empty project."""
    from annotator.paths import default_db_path

    path = default_db_path(db)
    if not path.exists():  # a folder: the store says it is one
        raise UserError(f"{path}: no such project file (import documents into it first)")
    return path


class TerminalProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, what: str, total: int) -> None:
        self.what = what
        self.total = total
        self.enabled = sys.stderr.isatty()
        self.drawn = False
        self.last = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        """Draw when stderr is a terminal; the total may first be known here (import)."""
        total = total or self.total
        if not self.enabled or total <= 1:
            return
        now = monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.drawn = True
        self.last = now
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.drawn:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def server_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--server", metavar="URL",
                   help="team server: a PostgreSQL URL (postgresql://user@host/db) or libpq "
                   "connection string (default: $ANNOTATOR_SERVER when --db is not given)")


def server_url(args: argparse.Namespace, required: bool = False) -> str | None:
    """The team server a command uses: --server, else $ANNOTATOR_SERVER unless --db was
    given (the project file wins over the environment); None: the local project. Both
    --server and --db given: refused (`sync`, which uses both, does not call this)."""
    import os

    url = getattr(args, "server", None)
    if url and getattr(args, "db", None):
        # Each names the project to work on; using one and ignoring the other would
        # report (or change) a project the user did not mean.
        raise UserError("give --server or --db, not both: --server works on the team "
                        "project on the server, --db on a project file")
    if not url and not getattr(args, "db", None):
        url = os.environ.get("ANNOTATOR_SERVER") or None
    if required and not url:
        raise UserError("no team server: give --server URL or set ANNOTATOR_SERVER")
    return url


def password_prompt() -> Callable[[str], str] | None:
    """Asks for the server's password on a terminal (libpq found none); None elsewhere."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass



def open_project(args: argparse.Namespace) -> Repository:
    """The project a reading command (stats, export, agreement) reads: the local file, or
    with --server (or $ANNOTATOR_SERVER) the member's copy of the team project, brought up
    to date first."""
    url = server_url(args)
    if url is None:
        from annotator.store.repository import Repository

        return Repository.open(existing_project(args.db), read_only=True)
    from annotator.operations.team import open_cache
    from annotator.store.server.connection import TeamServer

    server = TeamServer.connect(url, password_prompt())
    try:
        return open_cache(server)
    finally:
        server.close()
