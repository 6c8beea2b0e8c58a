"""`annotator suggest`: write the model's and the gazetteers' suggestions into a layer,
for batch pre-annotation (each span records that it was suggested, and by what)."""

from __future__ import annotations

import argparse

from annotator.commands import TerminalProgress, db_option, existing_project


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("Write suggestions into a layer as spans (origin 'suggestion'), "
                     "skipping places the layer has labelled, suggestions its annotator "
                     "rejected, and documents it marked done.")
    db_option(p)
    p.add_argument("--layer", default="suggested",
                   help="the layer to write into (default: suggested)")
    p.add_argument("--source", default="all", choices=("crf", "gazetteer", "all"),
                   help="the model (crf), the gazetteers, or both (default)")
    p.add_argument("--include-done", action="store_true",
                   help="also write into documents the layer marked done or skipped")


def run(args: argparse.Namespace) -> int:
    from annotator.operations.suggestions import suggest_into_layer
    from annotator.store.repository import Repository

    repo = Repository.open(existing_project(args.db), user="cli")
    bar = TerminalProgress("suggesting", repo.document_count())
    try:
        outcome = suggest_into_layer(repo, args.layer, args.source, args.include_done,
                                     lambda done, total, _what: bar(done, total))
    finally:
        bar.finish()
        repo.close()
    line = (f"{outcome.spans} span(s) suggested in {outcome.documents} document(s) into "
            f"layer {args.layer}")
    if outcome.skipped_done:
        line += f"; {outcome.skipped_done} document(s) marked done there left alone"
    print(line)
    return 0
