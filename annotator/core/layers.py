"""Which layers are a person's annotations: what review, agreement and assignment count.

A layer is an annotator's when it is none of:
- `gold`, the reviewer's adjudicated result;
- the layer of a reviewer (role `reviewer` in the project's annotators);
- `imported`, where foreign files' spans go by default (`--layer`): nobody marked them
  in this project, so they are not a version to adjudicate, not a rater for agreement
  and not someone to give documents to. Import them with `--layer NAME` to count them
  as NAME's (decision 0012).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from annotator.core.types import GOLD

IMPORTED_LAYER = "imported"


def is_annotator_layer(name: str, reviewers: Collection[str] = ()) -> bool:
    return name not in (GOLD, IMPORTED_LAYER) and name not in reviewers


def annotator_layers(layers: Iterable[str], reviewers: Collection[str] = ()) -> list[str]:
    """The annotators' layers among `layers`, in the given order."""
    return [name for name in layers if is_annotator_layer(name, reviewers)]
