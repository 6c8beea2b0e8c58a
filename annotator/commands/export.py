"""`annotator export`: write a layer in one of the export formats, optionally split."""

from __future__ import annotations

import argparse
import sys

from annotator.commands import TerminalProgress, db_option, existing_project
from annotator.core.exporters.report import TokenOptions
from annotator.core.splits import DEFAULT_SPLIT
from annotator.jobs import EXPORT_FORMATS, check_export_request, export_training, report_line
from annotator.store.repository import Repository

SHOWN_PROBLEMS = 20


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="export annotations or training data",
        description="Export a layer. Token options apply to conll, hf and spacy only.")
    db_option(p)
    p.add_argument("--format", required=True, choices=tuple(EXPORT_FORMATS))
    p.add_argument("--layer", help="gold, a layer name, or all (default: gold if any, else all)")
    p.add_argument("-o", "--output", default="-",
                   help="output file (- for stdout), or a folder for brat and --split")
    p.add_argument("--split", metavar="SPEC",
                   help=f"split documents, e.g. {DEFAULT_SPLIT}; -o is then a folder")
    p.add_argument("--seed", type=int, default=0, help="random seed of the split (default 0)")
    p.add_argument("--scheme", choices=("bio", "bilou"), default="bio")
    p.add_argument("--clitics", choices=("keep", "split"), default="auto",
                   help="split a proclitic و ف ب ل ك into its own token where a span starts "
                   "(default: split for hf and spacy, keep for conll)")
    p.add_argument("--nested", choices=("columns", "outermost"), default="columns",
                   help="nested spans: one tag column per level, or the outermost only")
    p.add_argument("--include-events", action="store_true",
                   help="token formats: also tag event trigger spans (default: entities only)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when the export reports problems (the files are still written)")


def run(args: argparse.Namespace) -> int:
    check_export_request(args.format, args.output, args.split)  # before opening anything
    repo = Repository.open(existing_project(args.db), read_only=True)
    try:
        bar = TerminalProgress("exporting", repo.document_count())
        report = export_training(
            repo, args.format, args.output, args.layer, args.split, args.seed,
            TokenOptions(args.scheme, args.clitics, args.nested), bar, args.include_events)
        bar.finish()
    finally:
        repo.close()
    if args.output != "-":
        print(report_line(report, args.output), file=sys.stderr)
    for line in report.problems[:SHOWN_PROBLEMS]:
        print(f"warning: {line}", file=sys.stderr)
    if len(report.problems) > SHOWN_PROBLEMS:
        print(f"warning: ... {len(report.problems) - SHOWN_PROBLEMS} more", file=sys.stderr)
    return 1 if report.problems and args.strict else 0

