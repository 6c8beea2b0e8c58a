"""`annotator train`: train the project's suggestion model and print its held-out scores.

The model learns from the layers named by --layer (gold, done or a layer name; see
store/suggestion_models.py), keeps a share of the documents out to score itself on,
and is stored in the project file with its version, what it saw and those scores.
"""

from __future__ import annotations

import argparse
import sys

from annotator.commands import TerminalProgress, db_option, existing_project


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = ("Train the suggestion model (a CRF) on the project and store it. "
                     "Prints precision, recall and F1 per label on held-out documents.")
    db_option(p)
    p.add_argument("--layer", default="done",
                   help="what to learn from: 'done' (default: each document's gold layer, "
                        "else a layer marked done), 'gold', or a layer name")
    p.add_argument("--held-out", type=float, default=0.2, metavar="SHARE",
                   help="share of the documents kept out to score the model (default 0.2; "
                        "0: train on all, no scores)")
    p.add_argument("--seed", type=int, default=0, help="seed of the held-out split")
    p.add_argument("--refit", action="store_true",
                   help="after scoring, train again on all documents (twice the time)")
    p.add_argument("--score-documents", action="store_true",
                   help="then compute the suggestions and the model's uncertainty of "
                        "every document not done (for 'least certain first')")
    p.add_argument("--json", action="store_true", help="print the model's record as JSON")
    p.add_argument("--user", default="cli", help="who the project records as training it")
    # For the window: one line per step on stdout ("progress DONE TOTAL WHAT").
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    import json

    from annotator.operations.suggestions import train
    from annotator.store.repository import Repository

    repo = Repository.open(existing_project(args.db), user=args.user)
    bars: dict[str, TerminalProgress] = {}

    def progress(done: int, total: int, what: str) -> None:
        if args.progress_lines:
            print(f"progress {done} {total} {what}", flush=True)
            return
        if what not in bars:
            for bar in bars.values():
                bar.finish()
            bars[what] = TerminalProgress(what, total)
        bars[what](done, total)

    try:
        outcome = train(repo, args.layer, args.held_out, args.seed, args.refit, progress,
                        score=args.score_documents)
    finally:
        for bar in bars.values():
            bar.finish()
        repo.close()
    info = outcome.model.info
    if args.json:
        print(json.dumps({"version": outcome.version, "info": info.to_dict()},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"model v{outcome.version}: {info.documents} document(s), {info.sentences} "
          f"sentence(s), {info.tokens} token(s), {info.spans} span(s); trained in "
          f"{info.seconds:.1f} s")
    if info.skipped_labels:
        print("not learned (fewer than 10 spans): " + ", ".join(info.skipped_labels))
    if info.held_out is None:
        print("no held-out scores: fewer than two documents, or --held-out 0")
    else:
        from annotator.core.suggest.evaluate import Evaluation

        held = info.held_out
        print(f"held-out: {held['documents']} document(s) ({held['fraction']:.0%}, seed "
              f"{held['seed']}), outermost spans, exact match")
        print(Evaluation.from_dict(held).table())
    if args.score_documents:
        print(f"suggestions computed for {outcome.scored} document(s)", file=sys.stderr)
    return 0
