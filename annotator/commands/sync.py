"""`annotator sync`: send my edits to the team server and bring in what it has for me.

The server is --server, else $ANNOTATOR_SERVER, else the one the project synced with last
(remembered without its password). Safe to interrupt at any moment: the next sync goes on.
"""

from __future__ import annotations

import argparse
import sys

from annotator.commands import TerminalProgress, db_option, password_prompt, server_option


def add_arguments(p: argparse.ArgumentParser) -> None:
    server_option(p)
    db_option(p)


def run(args: argparse.Namespace) -> int:
    import os

    from annotator.core.errors import UserError
    from annotator.operations.sync import record_failure, sync
    from annotator.paths import default_db_path
    from annotator.store import sync_state
    from annotator.store.repository import Repository
    from annotator.store.server.connection import TeamServer

    path = default_db_path(args.db)
    given = args.server or os.environ.get("ANNOTATOR_SERVER")
    server = None
    if not path.exists():  # a first sync: the project file is made once the server answers
        if not given:
            raise UserError("no team server: give --server URL or set ANNOTATOR_SERVER")
        server = TeamServer.connect(given, password_prompt())
    try:
        repo = Repository.open(path)
    except BaseException:
        if server is not None:
            server.close()
        raise
    try:
        state = sync_state.load(repo.db)
        url = given or (state.server if state else None)
        if not url:
            raise UserError("no team server: give --server URL or set ANNOTATOR_SERVER")
        try:
            server = server or TeamServer.connect(url, password_prompt())
            try:
                repo.user = server.user
                bar = TerminalProgress("receiving", 0)
                result = sync(repo, server, bar)
                bar.finish()
            finally:
                server.close()
        except UserError as exc:
            record_failure(repo, str(exc))
            raise
    finally:
        repo.close()
    for line in result.conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    print(result.line())
    return 0
