"""`annotator server`: set up a team project on PostgreSQL, add its members, see progress.

    annotator server init --server URL [--schema FILE]
    annotator server add-user NAME --role annotator|reviewer|admin --server URL
    annotator server progress --server URL

`init` and `add-user` run as the server's owner (a PostgreSQL role that may create roles).
"""

from __future__ import annotations

import argparse

from annotator.commands import password_prompt, server_option, server_url

ROLES = ("annotator", "reviewer", "admin")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = sub.add_parser("init", help="create the team project (or upgrade it)")
    server_option(init)
    init.add_argument("--schema", metavar="FILE",
                      help="label schema TOML (default: the bundled schema)")
    add = sub.add_parser("add-user", help="create a PostgreSQL login for a member, or "
                         "grant an existing one; its password is shown once")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    server_option(add)
    progress = sub.add_parser("progress", help="per annotator: documents assigned, in "
                              "progress and done")
    server_option(progress)


def run(args: argparse.Namespace) -> int:
    from annotator.core.errors import UserError
    from annotator.store.server import admin
    from annotator.store.server.connection import TeamServer, open_connection

    url = server_url(args, required=True)
    assert url is not None
    prompt = password_prompt()
    if args.action == "progress":
        server = TeamServer.connect(url, prompt)
        try:
            rows = admin.progress(server.conn)
        finally:
            server.close()
        if not rows:
            print("no documents are assigned yet")
        width = max([len("annotator"), *(len(r.name) for r in rows)])
        print(f"{'annotator':<{width}}  assigned  in progress  done")
        for r in rows:
            print(f"{r.name:<{width}}  {r.assigned:>8}  {r.in_progress:>11}  {r.done:>4}")
        return 0
    conn = open_connection(url, prompt)
    try:
        if args.action == "init":
            from annotator.core.schema import load_schema

            outcome = admin.init(conn, load_schema(args.schema))
            if outcome.applied:
                print(f"team project ready ({', '.join(outcome.applied)} applied); "
                      f"project {outcome.project_id}")
            else:
                print(f"team project already up to date; project {outcome.project_id}")
            if args.schema and not outcome.created:
                raise UserError(f"{args.schema}: not used: the team project was there "
                                "already (an admin switches its schema with annotator "
                                "schema --set FILE --server URL)")
            return 0
        password = admin.add_user(conn, args.name, args.role)
    finally:
        conn.close()
    if password is None:
        print(f"{args.name} (an existing login) is now a member: {args.role}")
    else:
        print(f"{args.name} is now a member: {args.role}")
        print(f"password (shown once, give it to {args.name}): {password}")
    return 0
