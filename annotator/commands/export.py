"""`annotator export`: write a layer in one of the export formats, optionally split."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from annotator.commands import TerminalProgress, db_option, open_project, server_option
from annotator.core.exporters.options import CLITICS, NESTED, SCHEMES, TokenOptions
from annotator.core.formats import EXPORT_FORMATS
from annotator.core.splits import DEFAULT_SPLIT

if TYPE_CHECKING:
    from annotator.core.exporters.request import ExportRequest


def _listed(names: list[str]) -> str:
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def add_arguments(p: argparse.ArgumentParser) -> None:
    tokens = _listed([f.name for f in EXPORT_FORMATS.values() if f.tokens])
    p.description = f"Export a layer. Token options apply to {tokens} only."
    db_option(p)
    server_option(p)
    p.add_argument("--format", required=True, choices=tuple(EXPORT_FORMATS),
                   help="; ".join(f"{f.name}: {f.title}" for f in EXPORT_FORMATS.values()))
    p.add_argument("--layer", help="gold, a layer name, or all (default: gold if any, else all)")
    p.add_argument("-o", "--output", default="-",
                   help="output file (- for stdout), or a folder for brat and --split")
    p.add_argument("--split", metavar="SPEC",
                   help=f"split documents, e.g. {DEFAULT_SPLIT}; -o is then a folder")
    p.add_argument("--seed", type=int, default=0, help="random seed of the split (default 0)")
    p.add_argument("--scheme", choices=SCHEMES, default="bio")
    p.add_argument("--clitics", choices=CLITICS, default="auto",
                   help="split a proclitic و ف ب ل ك into its own token where a span starts "
                   "(default auto: " + ", ".join(
                       f"{f.clitics} for {f.name}" for f in EXPORT_FORMATS.values() if f.tokens)
                   + ")")
    p.add_argument("--nested", choices=NESTED, default="columns",
                   help="nested spans: one tag column per level, or the outermost only")
    p.add_argument("--include-events", action="store_true",
                   help="token formats: also tag event trigger spans (default: entities only)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 when the export reports problems (the files are still written)")


def request_from(args: argparse.Namespace) -> ExportRequest:
    """The request the arguments make: the same value the Export dialog builds."""
    from annotator.core.exporters.request import ExportRequest

    return ExportRequest(
        args.format, args.output, args.layer, args.split, args.seed,
        TokenOptions(args.scheme, args.clitics, args.nested), args.include_events, args.strict)


def run(args: argparse.Namespace) -> int:
    from annotator.operations.exporting import export
    request = request_from(args)
    request.check()  # before opening anything
    repo = open_project(args)
    try:
        bar = TerminalProgress("exporting", repo.document_count())
        report = export(repo, request, bar)
        bar.finish()
    finally:
        repo.close()
    if not request.to_stdout:
        print(report.line(request.target), file=sys.stderr)
    for line in report.shown_problems():
        print(f"warning: {line}", file=sys.stderr)
    return 1 if report.problems and request.strict else 0
