"""`annotator merge`: bring annotators' layers from other project files into this one."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.commands import TerminalProgress, db_option
from annotator.core.errors import UserError
from annotator.paths import default_db_path

if TYPE_CHECKING:
    from annotator.store.repository import Repository

MAX_CONFLICTS_SHOWN = 20


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("Merge the layers (spans, events, statuses) of annotators' project "
                     "files into the project, matching documents by text. Merging a file "
                     "again changes nothing; a file with a different label schema is "
                     "refused. A new --db file is created with the first file's schema.")
    p.add_argument("files", nargs="+", metavar="FILE", help="annotators' project files")
    db_option(p)


def run(args: argparse.Namespace) -> int:
    """Merge each file in turn; a failed file is reported and the rest still merge.

    The project (--db) may not exist yet: a reviewer typically starts a fresh project
    by merging the annotators' files into it. It is then created with the label schema
    of the first file that can be merged, so that file's schema check passes by
    construction and the other files are compared against it. Exit 2 if any file failed.
    """
    from annotator.store.db import ProjectFileError
    from annotator.store.merge import MergeError, merge_project

    target = default_db_path(args.db)
    repo: Repository | None = None
    failed = False
    try:
        for name in args.files:
            try:
                if repo is None:
                    repo = _open_project(target, name)
                bar = TerminalProgress(f"merging {name}", 0)
                try:
                    report = merge_project(repo, name, progress=bar)
                finally:
                    bar.finish()
            except MergeError as exc:
                print(f"error: {exc}", file=sys.stderr)
                failed = True
                continue
            except ProjectFileError:
                raise  # the project itself (--db) cannot be used: no file can be merged
            except UserError as exc:
                print(f"error: {name}: {exc}", file=sys.stderr)
                failed = True
                continue
            print(report.line(), flush=True)
            for conflict in report.conflicts[:MAX_CONFLICTS_SHOWN]:
                print(f"conflict: {name}: {conflict}", file=sys.stderr)
            if len(report.conflicts) > MAX_CONFLICTS_SHOWN:
                print(f"conflict: {name}: ... and {len(report.conflicts) - MAX_CONFLICTS_SHOWN}"
                      " more (action merge_conflict in the change log)", file=sys.stderr)
    finally:
        if repo is not None:
            repo.close()
    return 2 if failed else 0


def _open_project(target: Path, first: str) -> Repository:
    from annotator.store.merge import read_schema
    from annotator.store.repository import Repository

    if target.exists():
        return Repository.open(target)
    schema = read_schema(first)  # MergeError: the file is not mergeable; try the next one
    with tempfile.TemporaryDirectory() as tmp:
        toml = Path(tmp, "schema.toml")
        toml.write_text(schema.source, encoding="utf-8")
        repo = Repository.open(target, schema_path=toml)
    print(f"created {target} with the label schema of {first}", file=sys.stderr)
    return repo
