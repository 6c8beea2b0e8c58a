"""`annotator schema`: print the project's label schema, or switch to another one."""

from __future__ import annotations

import argparse

from annotator.commands import db_option


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    p.add_argument("--set", metavar="FILE", help="switch to this schema TOML (refused if "
                   "existing annotations would be orphaned)")


def run(args: argparse.Namespace) -> int:
    from annotator.core.schema import load_schema
    from annotator.paths import default_db_path
    from annotator.store.repository import Repository

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
