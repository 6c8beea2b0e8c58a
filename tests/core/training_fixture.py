"""The shared gold fixture of the training-data tests, and the options they export with."""

from __future__ import annotations

from pathlib import Path

from annotator.core.exporters.options import TokenOptions
from annotator.core.schema import Schema

GOLD = Path(__file__).parents[1] / "data" / "training" / "gold.jsonl"


def entity_options(schema: Schema, **kw: str) -> TokenOptions:
    """Entity labels only, as `annotator export` writes token formats by default."""
    return TokenOptions(entity_labels=frozenset(lb.name for lb in schema.labels), **kw)
