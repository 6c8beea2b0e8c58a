"""`annotator gazetteer`: the name lists the project suggests from.

`import FILE...` reads rows of a name and a label (TSV when a line has a tab, else CSV;
each file all-or-nothing, a bad file named with its line and the rest imported);
`list` shows the imported lists and the names learned from the done and gold layers;
`remove FILE` forgets an imported list.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.commands import db_option, existing_project

if TYPE_CHECKING:
    from annotator.store.repository import Repository


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = "Import, list or remove the project's gazetteers (name lists)."
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", help="import name lists: a name and a label per row")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--encoding", help="override encoding detection (e.g. cp1256)")
    db_option(imp)
    listing = sub.add_parser("list", help="the imported lists and the layers' names")
    db_option(listing)
    rm = sub.add_parser("remove", help="forget an imported list (by its file name)")
    rm.add_argument("name", metavar="FILE")
    db_option(rm)


def run(args: argparse.Namespace) -> int:
    from annotator.core.textio import check_encoding
    from annotator.store.repository import Repository

    if getattr(args, "encoding", None):
        check_encoding(args.encoding)  # once, before any file: not one error per file
    repo = Repository.open(existing_project(args.db), user="cli")
    try:
        if args.action == "import":
            return _import(repo, args.files, args.encoding)
        gazetteers = repo.parts.gazetteers
        if args.action == "list":
            for source, count in gazetteers.sources():
                print(f"{source}: {count} name(s)")
            stale = " (the layers changed since: `annotator train` updates them)" \
                if gazetteers.layers_stale() else ""
            print(f"learned from the done and gold layers: {gazetteers.layer_names()} "
                  f"name(s){stale}")
            return 0
        removed = gazetteers.remove(Path(args.name).name)
        if not removed:
            from annotator.core.errors import UserError

            raise UserError(f"no imported list named '{Path(args.name).name}'")
        print(f"removed {Path(args.name).name}: {removed} name(s)")
        return 0
    finally:
        repo.close()


def _import(repo: Repository, files: list[str], encoding: str | None) -> int:
    from annotator.core.errors import ImportFileError
    from annotator.core.suggest.gazetteer import read_gazetteer

    labels = [lb.name for lb in repo.schema().labels]
    failed = False
    for name in files:
        path = Path(name)
        try:
            if not path.is_file():
                raise ImportFileError(name, "no such file")
            entries = read_gazetteer(path, labels, encoding)
        except ImportFileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed = True
            continue
        count = repo.parts.gazetteers.import_entries(path.name, entries)
        print(f"{path.name}: {count} name(s) imported")
    return 1 if failed else 0
