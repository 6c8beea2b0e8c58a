"""`annotator stats`: documents, spans per label and layer, events and statuses."""

from __future__ import annotations

import argparse
import json

from annotator.commands import db_option, open_project, server_option


def add_arguments(p: argparse.ArgumentParser) -> None:
    db_option(p)
    server_option(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")


def run(args: argparse.Namespace) -> int:
    repo = open_project(args)
    try:
        st = repo.stats()
    finally:
        repo.close()
    if args.json:
        print(json.dumps(st, ensure_ascii=False, indent=2))
        return 0
    print(f"documents: {st['documents']}")
    print(f"schema: {st['schema']['name']} v{st['schema']['version']}")
    for layer, labels in st["spans"].items():
        total = sum(labels.values())
        detail = ", ".join(f"{k} {v}" for k, v in labels.items())
        print(f"layer {layer}: {total} span(s) ({detail})")
    for layer, events in st["events"].items():
        print(f"layer {layer}: events " + ", ".join(f"{k} {v}" for k, v in events.items()))
    for layer, counts in st["status"].items():
        print(f"layer {layer}: status " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
