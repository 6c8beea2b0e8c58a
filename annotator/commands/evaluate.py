"""`annotator evaluate`: exact-span precision, recall and F1 of one layer against another."""

from __future__ import annotations

import argparse
import json

from annotator.commands import db_option, existing_project


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("Score layer --pred against layer --gold on the documents that have "
                     "the gold layer: exact spans (start, end and label), outermost spans "
                     "on both sides, per label and micro-averaged, as seqeval counts.")
    db_option(p)
    p.add_argument("--gold", required=True, metavar="LAYER", help="the reference layer")
    p.add_argument("--pred", required=True, metavar="LAYER", help="the layer to score")
    p.add_argument("--labels", help="comma-separated labels to score (default: the "
                                    "schema's entity labels)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    from annotator.operations.suggestions import evaluate_layers
    from annotator.store.repository import Repository

    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    repo = Repository.open(existing_project(args.db), read_only=True)
    try:
        result = evaluate_layers(repo, args.gold, args.pred, labels)
    finally:
        repo.close()
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{args.pred} against {args.gold}: {result.documents} document(s), outermost "
          "spans, exact match")
    print(result.table())
    return 0
