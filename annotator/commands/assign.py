"""`annotator assign`: give each document to N annotators, balanced.

Run it again after importing more documents or with more users: documents keep the
annotators they have and are topped up to N, the lightest loads first (core.assignment).
"""

from __future__ import annotations

import argparse

from annotator.commands import (
    db_option,
    existing_project,
    password_prompt,
    server_option,
    server_url,
)
from annotator.core.limits import MAX_SEED, check_seed


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    server_option(p)
    p.add_argument("--users", required=True, metavar="A,B,C",
                   help="comma-separated annotator names (created if new)")
    p.add_argument("--per-document", type=int, default=2, metavar="N",
                   help="annotators per document (default: 2)")
    p.add_argument("--seed", type=int,
                   help=f"same seed, same assignment (0 to {MAX_SEED}; default: random)")


def run(args: argparse.Namespace) -> int:
    from annotator.store.repository import Repository

    check_seed(args.seed)
    url = server_url(args)
    if url is not None:
        from annotator.operations.team import assign_on_server
        from annotator.store.server.connection import TeamServer

        server = TeamServer.connect(url, password_prompt())
        try:
            new, total = assign_on_server(server, args.users.split(","), args.per_document,
                                          args.seed)
        finally:
            server.close()
    else:
        repo = Repository.open(existing_project(args.db))
        try:
            new = repo.assign(args.users.split(","), args.per_document, args.seed)
            total = repo.assignment_counts()
        finally:
            repo.close()
    # One assignment is one document given to one annotator: 2 per document over 5
    # documents is 10 assignments, not 10 documents.
    print(f"made {sum(new.values())} new assignment(s) to {len(new)} annotator(s), "
          f"{args.per_document} per document")
    width = max(len(name) for name in new) + 1
    for name, n in new.items():
        print(f"  {name + ':':<{width}} {n} new, {total.get(name, 0)} in all")
    return 0
