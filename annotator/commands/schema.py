"""`annotator schema`: print the project's label schema, switch to another one, or write
it out as a TOML file (`--export`; `--set` of that file gives the same schema back)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from annotator.commands import db_option

if TYPE_CHECKING:
    from annotator.core.schema import Schema


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="FILE", help="switch to this schema TOML (refused "
                      "if existing annotations would be orphaned)")
    what.add_argument("--export", metavar="FILE", help="write the project's current schema "
                      "to FILE as TOML ('-' for standard output)")


def run(args: argparse.Namespace) -> int:
    from annotator.core.schema import load_schema
    from annotator.paths import default_db_path
    from annotator.store.repository import Repository

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


def _export(schema: Schema, target: str) -> None:
    """Write the schema as TOML, atomically (a complete file or none)."""
    from annotator.core.exporters import write_lines_atomic
    from annotator.core.schema_toml import schema_to_toml

    text = schema_to_toml(schema)
    write_lines_atomic(text.rstrip("\n").split("\n"), target)
    if target != "-":
        print(f"wrote schema {schema.name} v{schema.version} to {target}", file=sys.stderr)
