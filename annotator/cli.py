"""The `annotator` command: argument parsing and thin subcommands over core + store.

No Qt here: only the GUI branch imports annotator.ui, lazily.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.commands import (
    TerminalProgress,
    agreement,
    assign,
    db_option,
    existing_project,
    export,
    merge,
)
from annotator.core.errors import UserError
from annotator.core.importers import FORMATS as IMPORT_FORMATS
from annotator.core.schema import load_schema
from annotator.jobs import import_files
from annotator.paths import default_db_path
from annotator.store.repository import Repository

# Subcommands with a module of their own in annotator/commands (add_parser, run).
COMMANDS = {"export": export, "merge": merge, "assign": assign, "agreement": agreement}
SUBCOMMANDS = ("import", "stats", "schema", *COMMANDS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Label actors, locations and events in Arabic news; export training data.",
        epilog="Without a subcommand the annotation window opens, importing PATHs first.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import .txt files, folders or JSONL into the project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    db_option(p)
    p.add_argument("--format", default="auto", choices=IMPORT_FORMATS)
    p.add_argument("--encoding", help="override encoding detection (e.g. cp1256, utf-16)")
    p.add_argument("--layer", default="imported", help="layer for doccano/Prodigy spans")

    p = sub.add_parser("schema", help="show the project's label schema, or switch it")
    db_option(p)
    p.add_argument("--set", metavar="FILE", help="switch to this schema TOML (refused if "
                   "existing annotations would be orphaned)")

    p = sub.add_parser("stats", help="documents, spans per label and layer, statuses")
    db_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    for command in COMMANDS.values():
        command.add_parser(sub)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="annotator", description="Open the annotation window.")
    db_option(p)
    p.add_argument("--user", help="annotator name (default: the remembered one)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to import first")
    return p


def cmd_import(args: argparse.Namespace) -> int:
    # A missing path is one failed item, like a bad file: the rest of the batch imports.
    missing = [f"{p}: no such file or folder" for p in args.paths if not Path(p).exists()]
    for msg in missing:
        print(f"error: {msg}", file=sys.stderr)
    paths = [p for p in args.paths if Path(p).exists()]
    if not paths:
        return 2
    repo = Repository.open(default_db_path(args.db))
    try:
        bar = TerminalProgress("importing", 0)
        summary = import_files(
            repo, paths, args.format, args.encoding, args.layer, progress=bar,
            on_error=lambda msg: (bar.finish(), print(f"error: {msg}", file=sys.stderr)),
        )
        bar.finish()
    finally:
        repo.close()
    summary.errors[:0] = missing
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for path in summary.skipped_files[:20]:
        print(f"skipped (already in the project): {path}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.errors else 0


def cmd_schema(args: argparse.Namespace) -> int:
    repo = Repository.open(default_db_path(args.db), read_only=not args.set)
    try:
        if args.set:
            repo.switch_schema(load_schema(args.set))
            print(f"schema is now {repo.schema().name} v{repo.schema().version}")
        else:
            print(repo.schema().source, end="")
    finally:
        repo.close()
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    repo = Repository.open(existing_project(args.db), read_only=True)
    try:
        st = repo.stats()
    finally:
        repo.close()
    if args.json:
        print(json.dumps(st, ensure_ascii=False, indent=2))
        return 0
    print(f"documents: {st['documents']}")
    print(f"schema: {st['schema']['name']} v{st['schema']['version']}")
    for layer, labels in st["spans"].items():
        total = sum(labels.values())
        detail = ", ".join(f"{k} {v}" for k, v in labels.items())
        print(f"layer {layer}: {total} span(s) ({detail})")
    for layer, events in st["events"].items():
        print(f"layer {layer}: events " + ", ".join(f"{k} {v}" for k, v in events.items()))
    for layer, counts in st["status"].items():
        print(f"layer {layer}: status " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def run_gui(argv: Sequence[str]) -> int:
    args = gui_parser().parse_args(argv)
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
    if 0 < i < len(argv) and argv[i] in SUBCOMMANDS:
        return [argv[i], *argv[i + 1:], *argv[:i]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    argv = _hoist_subcommand(list(sys.argv[1:] if argv is None else argv))
    try:
        if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help",
                                                                         "--version")):
            return run_gui(argv)
        args = build_parser().parse_args(argv)
        handler = {"import": cmd_import, "stats": cmd_stats, "schema": cmd_schema}
        if args.command in COMMANDS:
            return COMMANDS[args.command].run(args)
        return handler[args.command](args)
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
    except sqlite3.Error as exc:
        print(f"error: database problem: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
