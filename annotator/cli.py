"""The `annotator` command: argument parsing and thin subcommands over core + store.

No Qt here: only the GUI branch imports annotator.ui, lazily.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.core.errors import UserError
from annotator.core.exporters import write_lines_atomic
from annotator.core.exporters.jsonl import jsonl_lines
from annotator.core.importers import FORMATS as IMPORT_FORMATS
from annotator.core.importers import collect_files, read_file
from annotator.paths import default_db_path
from annotator.store.repository import Repository

SUBCOMMANDS = ("import", "export", "stats")


class TerminalProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, what: str, total: int) -> None:
        self.what = what
        self.total = total
        self.enabled = sys.stderr.isatty() and total > 1
        self.last = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        total = total or self.total
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{self.what} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="project file (default: $ANNOTATOR_DB or the user data folder)")


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
    _db_option(p)
    p.add_argument("--format", default="auto", choices=IMPORT_FORMATS)
    p.add_argument("--encoding", help="override encoding detection (e.g. cp1256, utf-16)")
    p.add_argument("--layer", default="imported", help="layer for doccano/Prodigy spans")

    p = sub.add_parser("export", help="export annotations")
    _db_option(p)
    p.add_argument("--format", required=True, choices=("jsonl",))
    p.add_argument("--layer", help="gold, a layer name, or all (default: gold if any, else all)")
    p.add_argument("-o", "--output", default="-", help="output file, or - for stdout")

    p = sub.add_parser("stats", help="documents, spans per label and layer, statuses")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="annotator", description="Open the annotation window.")
    _db_option(p)
    p.add_argument("--user", help="annotator name (default: the remembered one)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to import first")
    return p


def cmd_import(args: argparse.Namespace) -> int:
    repo = Repository.open(default_db_path(args.db))
    try:
        return import_paths(repo, args.paths, args.format, args.encoding, args.layer)
    finally:
        repo.close()


def import_paths(repo: Repository, paths: Sequence[str], fmt: str = "auto",
                 encoding: str | None = None, layer: str = "imported") -> int:
    """Import files one by one; report each failure in one line; 1 if any failed.

    A missing path is reported like a bad file: the rest of the batch still imports.
    """
    files: list[Path] = []
    failed = 0
    for raw in paths:
        try:
            files.extend(collect_files([raw]))
        except UserError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
    if not files and not failed:
        raise UserError("no importable files (.txt, .jsonl, .json) found")
    bar = TerminalProgress("importing", len(files))
    added = merged = skipped = spans = 0
    for n, path in enumerate(files, 1):
        try:
            records = read_file(path, repo.schema(), fmt, encoding, layer)
            inner = TerminalProgress(f"importing {path.name}", len(records))
            outcome = repo.import_records(records, progress=inner if len(files) == 1 else None,
                                          total=len(records))
            inner.finish()
        except UserError as exc:
            bar.finish()
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        added += outcome.added
        merged += outcome.merged
        skipped += outcome.skipped
        spans += outcome.spans
        for title in outcome.skipped_titles[:5]:
            print(f"skipped (already in the project): {path} «{title}»", file=sys.stderr)
        bar(n)
    bar.finish()
    summary = f"imported {added} document(s), {spans} span(s)"
    if merged:
        summary += f"; added layers to {merged} existing document(s)"
    summary += f"; skipped {skipped} already in the project"
    if failed:
        summary += f"; {failed} file(s) failed"
    print(summary)
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    repo = Repository.open(default_db_path(args.db))
    try:
        layers = repo.layers()
        if args.layer not in (None, "all") and args.layer not in layers:
            known = ", ".join(layers) or "none"
            raise UserError(f"no layer named '{args.layer}' (layers: {known})")
        schema = {"name": repo.schema().name, "version": repo.schema().version}
        bar = TerminalProgress("exporting", repo.document_count())
        n = write_lines_atomic(jsonl_lines(repo.export_records(args.layer, bar), schema),
                               args.output)
        bar.finish()
    finally:
        repo.close()
    if args.output != "-":
        print(f"wrote {n} record(s) to {args.output}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    repo = Repository.open(default_db_path(args.db))
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
        handler = {"import": cmd_import, "export": cmd_export, "stats": cmd_stats}
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
