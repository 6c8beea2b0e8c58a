"""`annotator export`: write a layer in one of the export formats."""

from __future__ import annotations

import argparse
import sys

from annotator.commands import TerminalProgress, db_option, existing_project
from annotator.core.errors import UserError
from annotator.jobs import export_brat, export_jsonl
from annotator.store.repository import Repository

FORMATS = ("jsonl", "brat")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export annotations")
    db_option(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--layer", help="gold, a layer name, or all (default: gold if any, else all)")
    p.add_argument("-o", "--output", default="-", help="output file, or - for stdout")


def run(args: argparse.Namespace) -> int:
    if args.format == "brat" and args.output == "-":
        raise UserError("brat export writes a folder: give it with -o FOLDER")
    repo = Repository.open(existing_project(args.db))
    try:
        bar = TerminalProgress("exporting", repo.document_count())
        if args.format == "brat":
            n = export_brat(repo, args.output, args.layer, bar)
        else:
            n = export_jsonl(repo, args.output, args.layer, bar)
        bar.finish()
    finally:
        repo.close()
    if args.output != "-":
        print(f"wrote {n} record(s) to {args.output}", file=sys.stderr)
    return 0
