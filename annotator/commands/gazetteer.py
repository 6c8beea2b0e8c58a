"""`annotator gazetteer`: the name lists the project suggests from.

`import FILE...` reads rows of a name and a label (TSV when a line has a tab, else CSV;
each file all-or-nothing, a bad file named with its line and the rest imported);
`list` shows the imported lists and the names learned from the done and gold layers;
`remove FILE` forgets an imported list. With --server (an admin), the team's lists on
the server: every member's project takes them at its next sync.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.commands import (
    db_option,
    existing_project,
    password_prompt,
    server_option,
    server_url,
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = "Import, list or remove the project's gazetteers (name lists)."
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", help="import name lists: a name and a label per row")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--encoding", help="override encoding detection (e.g. cp1256)")
    listing = sub.add_parser("list", help="the imported lists and the layers' names")
    rm = sub.add_parser("remove", help="forget an imported list (by its file name)")
    rm.add_argument("name", metavar="FILE")
    for action in (imp, listing, rm):
        db_option(action)
        server_option(action)


def run(args: argparse.Namespace) -> int:
    from annotator.core.textio import check_encoding
    from annotator.store.repository import Repository

    if getattr(args, "encoding", None):
        check_encoding(args.encoding)  # once, before any file: not one error per file
    url = server_url(args)
    if url is not None:
        return _on_server(args, url)
    repo = Repository.open(existing_project(args.db), user="cli")
    try:
        if args.action == "import":
            labels = [lb.name for lb in repo.schema().labels]
            return _import(args.files, labels, args.encoding,
                           repo.parts.gazetteers.import_entries)
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


def _on_server(args: argparse.Namespace, url: str) -> int:
    """The team's lists: an admin imports or removes them; every member lists them."""
    from annotator.core.errors import UserError
    from annotator.operations.team import remove_team_gazetteer, team_gazetteer_store
    from annotator.store.server import admin
    from annotator.store.server.connection import TeamServer

    server = TeamServer.connect(url, password_prompt())
    try:
        if args.action == "import":
            labels, store = team_gazetteer_store(server)
            return _import(args.files, labels, args.encoding, store)
        if args.action == "list":
            for source, count in admin.gazetteers(server.conn):
                print(f"{source}: {count} name(s)")
            return 0
        name = Path(args.name).name
        if not remove_team_gazetteer(server, name):
            raise UserError(f"no list named '{name}' on the team server")
        print(f"removed {name} from the team server; members' projects remove it at "
              "their next sync")
        return 0
    finally:
        server.close()


def _import(files: list[str], labels: list[str], encoding: str | None,
            store: Callable[[str, Any], int]) -> int:
    """Each file read all-or-nothing (a bad one named with its line, the rest imported)
    and stored under its file name by `store(name, entries)`."""
    from annotator.core.errors import ImportFileError
    from annotator.core.suggest.gazetteer import read_gazetteer

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
        count = store(path.name, entries)
        print(f"{path.name}: {count} name(s) imported")
    return 1 if failed else 0
