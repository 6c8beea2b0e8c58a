"""`annotator schema`: print the project's label schema, switch to another one, or write
it out as a TOML file (`--export`; `--set` of that file gives the same schema back).

With --server, the team project's schema: an admin switches it (refused while an
annotation on the server needs the old one; members take it at their next sync)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from annotator.commands import db_option, password_prompt, server_option, server_url

if TYPE_CHECKING:
    from annotator.core.schema import Schema


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    server_option(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="FILE", help="switch to this schema TOML (refused "
                      "if existing annotations would be orphaned)")
    what.add_argument("--export", metavar="FILE", help="write the project's current schema "
                      "to FILE as TOML ('-' for standard output)")


def run(args: argparse.Namespace) -> int:
    from annotator.core.schema import load_schema
    from annotator.paths import default_db_path
    from annotator.store.repository import Repository

    url = server_url(args)
    if url is not None:
        return _on_server(args, url)
    repo = Repository.open(default_db_path(args.db), read_only=not args.set)
    try:
        if args.set:
            repo.switch_schema(load_schema(args.set))
            print(f"schema is now {repo.schema().name} v{repo.schema().version}")
        elif args.export:
            _export(repo.schema(), args.export)
        else:
            print(repo.schema().source, end="")
    finally:
        repo.close()
    return 0


def _on_server(args: argparse.Namespace, url: str) -> int:
    from annotator.core.schema import load_schema, parse_schema
    from annotator.operations.team import set_team_schema
    from annotator.store.server import admin
    from annotator.store.server.connection import TeamServer

    new = load_schema(args.set) if args.set else None  # a bad file: before connecting
    server = TeamServer.connect(url, password_prompt())
    try:
        if new is not None:
            set_team_schema(server, new)
            print(f"team schema is now {new.name} v{new.version}; members get it at "
                  "their next sync")
            return 0
        text = admin.schema_toml(server.conn)
    finally:
        server.close()
    if args.export:
        _export(parse_schema(text, "the team server's schema"), args.export)
    else:
        print(text, end="")
    return 0


def _export(schema: Schema, target: str) -> None:
    """Write the schema as TOML, atomically (a complete file or none)."""
    from annotator.core.exporters import write_lines_atomic
    from annotator.core.schema_toml import schema_to_toml

    text = schema_to_toml(schema)
    write_lines_atomic(text.rstrip("\n").split("\n"), target)
    if target != "-":
        print(f"wrote schema {schema.name} v{schema.version} to {target}", file=sys.stderr)
