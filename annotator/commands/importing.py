"""`annotator import`: read files and folders into the project, each file all-or-nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.commands import (
    TerminalProgress,
    db_option,
    password_prompt,
    server_option,
    server_url,
)
from annotator.core.formats import AUTO, DEFAULT_IMPORT_LAYER, IMPORT_FORMATS, import_choices

SHOWN_SKIPPED = 20  # files skipped as already in the project, named on stderr


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH")
    db_option(p)
    server_option(p)
    p.add_argument("--format", default=AUTO, choices=import_choices(),
                   help="auto (default): by the file's suffix, then its content; or "
                   + "; ".join(f"{f.name}: {f.title}" for f in IMPORT_FORMATS.values()))
    p.add_argument("--encoding", help="override encoding detection (e.g. cp1256, utf-16)")
    p.add_argument("--layer", default=DEFAULT_IMPORT_LAYER,
                   help="layer for doccano/Prodigy spans")


def run(args: argparse.Namespace) -> int:
    from annotator.core.textio import check_encoding
    from annotator.operations.importing import import_files
    from annotator.paths import default_db_path
    from annotator.store.repository import Repository

    if args.encoding:
        check_encoding(args.encoding)  # once, before any file: not one error per file
    url = server_url(args)
    # A missing path is one failed item, like a bad file: the rest of the batch imports.
    missing = [f"{p}: no such file or folder" for p in args.paths if not Path(p).exists()]
    for msg in missing:
        print(f"error: {msg}", file=sys.stderr)
    paths = [p for p in args.paths if Path(p).exists()]
    if not paths:
        return 2
    bar = TerminalProgress("importing", 0)

    def on_error(msg: str) -> None:
        bar.finish()
        print(f"error: {msg}", file=sys.stderr)

    if url is not None:
        from annotator.operations.team import import_to_server
        from annotator.store.server.connection import TeamServer

        server = TeamServer.connect(url, password_prompt())
        try:
            summary = import_to_server(server, paths, args.format, args.encoding, args.layer,
                                       bar, on_error)
        finally:
            server.close()
        bar.finish()
    else:
        path = default_db_path(args.db)
        new = not path.exists()
        repo = Repository.open(path)
        try:
            summary = import_files(repo, paths, args.format, args.encoding, args.layer,
                                   progress=bar, on_error=on_error)
            bar.finish()
        finally:
            repo.close()
        if new and not summary.added:  # every file failed: no empty project left behind
            for made in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
                made.unlink(missing_ok=True)
    summary.errors[:0] = missing
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for skipped in summary.skipped_files[:SHOWN_SKIPPED]:
        print(f"skipped (already in the project): {skipped}", file=sys.stderr)
    print(summary.line())
    return 1 if summary.errors else 0
