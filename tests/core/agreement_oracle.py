"""Agreement as computed before issue 13, frozen: the oracle of test_agreement_streaming.py.

Then every document's tag arrays were kept and alpha came from the `krippendorff`
package; now a table per pair is kept and alpha comes from the coincidences. What did
not change (span matching, tags, kappa) is imported; what did is copied here as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np

from annotator.core.agreement import (
    EVENT_MEASURES,
    MEASURES,
    NO_TAG,
    AgreementDocument,
    _mean,
    _Tally,
    bio_tags,
    cohen_kappa,
    f1,
    label_table,
    tag_table,
)
from annotator.core.arabic import tokens_with_offsets


def _package_alpha(value_counts: np.ndarray) -> float | None:
    value_counts = value_counts[:, value_counts.sum(axis=0) > 0]
    value_counts = value_counts[value_counts.sum(axis=1) > 0]
    if value_counts.shape[1] < 2:
        return None
    try:
        alpha = krippendorff.alpha(value_counts=value_counts, level_of_measurement="nominal")
    except ValueError:
        return None
    return float(alpha) if np.isfinite(alpha) else None


def pair_alpha(table: np.ndarray) -> float | None:
    agreeing = np.diag(2 * np.diag(table))
    off = table.copy()
    np.fill_diagonal(off, 0)
    x, y = np.nonzero(off)
    times = off[x, y]
    split = np.zeros((int(times.sum()), len(table)), dtype=np.int64)
    rows = np.arange(len(split))
    split[rows, np.repeat(x, times)] = 1
    split[rows, np.repeat(y, times)] = 1
    return _package_alpha(np.vstack([agreeing, split]))


def krippendorff_alpha(data: np.ndarray) -> float | None:
    present = data != NO_TAG
    if not present.any():
        return None
    coders = present.sum(axis=0)
    codes = int(data.max()) + 1
    first = data[0].copy()
    for row in data[1:]:
        np.copyto(first, row, where=first == NO_TAG)
    agree = coders >= 2
    for row in data:
        agree &= (row == first) | (row == NO_TAG)
    agreeing = np.diag(np.bincount(first[agree], weights=coders[agree], minlength=codes))
    split = data[:, ~agree & (coders >= 2)]
    given = split != NO_TAG
    cells = (np.arange(split.shape[1]) * codes + np.where(given, split, 0))[given]
    counts = np.bincount(cells, minlength=split.shape[1] * codes).reshape(-1, codes)
    return _package_alpha(np.vstack([agreeing, counts]))


def _pair_report(a: str, b: str, docs: list[int], tally: _Tally, table: np.ndarray,
                 labels: list[str]) -> dict[str, Any]:
    per_label = {}
    for i, label in enumerate(labels):
        if tally.size[label]:
            sub = label_table(table, i)
            per_label[label] = {
                "exact_f1": f1(tally.exact[label], tally.size[label]),
                "overlap_f1": f1(tally.overlap[label], tally.size[label]),
                "cohen_kappa": cohen_kappa(sub),
                "krippendorff_alpha": pair_alpha(sub),
            }
    size = sum(tally.size.values())
    return {
        "a": a, "b": b, "documents": len(docs),
        "exact_f1": f1(sum(tally.exact.values()), size),
        "overlap_f1": f1(sum(tally.overlap.values()), size),
        "cohen_kappa": cohen_kappa(table),
        "krippendorff_alpha": pair_alpha(table),
        "event_trigger_f1": f1(*tally.triggers),
        "event_argument_f1": f1(*tally.arguments),
        "per_label": per_label,
    }


def agreement(documents: dict[int, AgreementDocument],
              label_order: Sequence[str] = ()) -> dict[str, Any]:
    seen = {s[2] for d in documents.values() for la in d.layers.values() for s in la.spans}
    labels = [x for x in label_order if x in seen] + sorted(seen - set(label_order))
    label_index = {x: i for i, x in enumerate(labels)}
    shared: dict[tuple[str, str], list[int]] = defaultdict(list)
    tags: dict[int, dict[str, np.ndarray]] = {}
    tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    for doc_id, doc in documents.items():
        tokens = tokens_with_offsets(doc.text)
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        tags[doc_id] = {name: bio_tags(starts, ends, layer.spans, label_index)
                        for name, layer in doc.layers.items()}
        for a, b in combinations(sorted(doc.layers), 2):
            shared[a, b].append(doc_id)
            tallies[a, b].add(doc.layers[a], doc.layers[b])
    codes = 2 * len(labels) + 1
    pairs = []
    for (a, b), docs in sorted(shared.items()):
        table = tag_table(np.concatenate([tags[d][a] for d in docs]),
                          np.concatenate([tags[d][b] for d in docs]), codes)
        pairs.append(_pair_report(a, b, docs, tallies[a, b], table, labels))
    names = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    overall = {m: _mean(p[m] for p in pairs) for m in (*MEASURES, *EVENT_MEASURES)}
    overall["krippendorff_alpha_all"] = _alpha_all(tags, names)
    per_label = {
        label: {m: _mean(p["per_label"][label][m] for p in pairs if label in p["per_label"])
                for m in MEASURES}
        for label in labels
    }
    return {"documents": len(documents), "annotators": names, "overall": overall,
            "per_label": per_label, "pairs": pairs}


def _alpha_all(tags: dict[int, dict[str, np.ndarray]], names: list[str]) -> float | None:
    blocks = []
    for by_layer in tags.values():
        length = len(next(iter(by_layer.values())))
        block = np.full((len(names), length), NO_TAG, dtype=np.int64)
        for row, name in enumerate(names):
            if name in by_layer:
                block[row] = by_layer[name]
        blocks.append(block)
    return krippendorff_alpha(np.hstack(blocks)) if names and blocks else None
