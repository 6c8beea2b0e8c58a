"""The `annotator` command: argument parsing; the subcommands live in annotator.commands.

No Qt here: only the GUI branch imports annotator.ui, lazily. A subcommand's module is
imported only when that subcommand runs (or its --help is asked for), so `annotator
--help` loads neither the store (sqlite-utils) nor any format.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from annotator import __version__
from annotator.commands import db_option
from annotator.core.errors import UserError

# Subcommand -> (its module in annotator.commands, the line `annotator --help` shows).
COMMANDS = {
    "import": ("importing", "import .txt files, folders or JSONL into the project"),
    "schema": ("schema", "show the project's label schema, or switch it"),
    "stats": ("stats", "documents, spans per label and layer, statuses"),
    "export": ("export", "export annotations or training data"),
    "merge": ("merge", "bring in layers from other project files"),
    "assign": ("assign", "give each document to N annotators, balanced"),
    "agreement": ("agreement", "inter-annotator agreement on documents marked done"),
    "server": ("server", "set up a team project on PostgreSQL, add members, see progress"),
    "sync": ("sync", "send my edits to the team server, bring in what it has for me"),
    "train": ("train", "train the suggestion model; print its held-out scores"),
    "suggest": ("suggest", "write suggestions into a layer (batch pre-annotation)"),
    "evaluate": ("evaluate", "exact-span precision, recall and F1 of a layer against another"),
    "gazetteer": ("gazetteer", "import, list or remove name lists for suggestions"),
}


class OneLineParser(argparse.ArgumentParser):
    """A parser whose usage errors are one line on stderr, exit 2: `error: MESSAGE (see
    PROG --help)`, instead of argparse's whole usage block. The subcommands' parsers are
    of this class too (argparse makes a subparser of its parent's class)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None,
                         ) -> tuple[argparse.Namespace, list[str]]:
        """What is left over is refused by the innermost parser that saw it, so the hint
        names the subcommand (`annotator export --help`), not `annotator --help`."""
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def window_usage() -> str:
    """The window's own options and where its project file is, for `annotator --help`
    (the window's parser is built only when the window opens)."""
    from annotator.paths import default_db_path  # os and pathlib only: no cost at start

    where = " (from $ANNOTATOR_DB)" if os.environ.get("ANNOTATOR_DB") else ""
    return ("Without a subcommand the annotation window opens, importing PATHs first:\n"
            "  annotator [--db PATH] [--user NAME] [PATH ...]\n"
            "    --db PATH    project file (default: $ANNOTATOR_DB, else annotator.db in\n"
            "                 the user data folder)\n"
            "    --user NAME  annotator name (default: the one remembered in the project)\n"
            "    PATH         files or folders to import first\n"
            f"The default project file here: {default_db_path(None)}{where}\n"
            "Each subcommand has its own help: annotator SUBCOMMAND --help")


def command_module(name: str) -> ModuleType:
    """The module of a subcommand: add_arguments(parser) and run(args) -> exit status."""
    return importlib.import_module(f"annotator.commands.{COMMANDS[name][0]}")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s own arguments are added (and its module imported),
    the other subcommands are listed by name and help line."""
    parser = OneLineParser(
        prog="annotator",
        description="Label actors, locations and events in Arabic news; export training data.",
        epilog=window_usage(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command")
    for name, (_, line) in COMMANDS.items():
        p = sub.add_parser(name, help=line)
        if name == command:
            command_module(name).add_arguments(p)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="annotator", description="Open the annotation window.")
    db_option(p)
    p.add_argument("--user", help="annotator name (default: the remembered one)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to import first")
    return p


def run_gui(argv: Sequence[str]) -> int:
    args = gui_parser().parse_args(argv)
    from pathlib import Path

    from annotator.paths import default_db_path
    from annotator.ui.display_check import display_problem  # no Qt: before Qt loads

    problem = display_problem()
    if problem:
        raise UserError(problem)
    from annotator.ui.app import run  # Qt only from here on

    return run(default_db_path(args.db), args.user, [Path(p) for p in args.paths])


def _hoist_subcommand(argv: list[str]) -> list[str]:
    """Accept `annotator --db X import ...` as well as `annotator import ... --db X`."""
    i = 0
    while i < len(argv):
        if argv[i] == "--db" and i + 1 < len(argv):
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        else:
            break
    if 0 < i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[i + 1:], *argv[:i]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    argv = _hoist_subcommand(list(sys.argv[1:] if argv is None else argv))
    try:
        command = argv[0] if argv and argv[0] in COMMANDS else None
        if command is None and (not argv or argv[0] not in ("-h", "--help", "--version")):
            return run_gui(argv)
        args = build_parser(command).parse_args(argv)
        return int(command_module(args.command).run(args))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`annotator export | head`): silence the final flush.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        # sqlite3 is imported by the store, not here (`annotator --help` does not need
        # it): an sqlite3.Error can only come from a command that imported it.
        sqlite3 = sys.modules.get("sqlite3")
        if sqlite3 is not None and isinstance(exc, sqlite3.Error):
            print(f"error: database problem: {exc}", file=sys.stderr)
            return 1
        psycopg = sys.modules.get("psycopg")  # loaded only by the team server's commands
        if psycopg is not None and isinstance(exc, psycopg.Error):
            print("error: team server problem: " + " ".join(str(exc).split()),
                  file=sys.stderr)
            return 1
        raise
