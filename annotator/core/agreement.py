"""Inter-annotator agreement on plain data: span F1, token kappa and alpha, event F1.

No SQL: the store hands over, per document, its text and each annotator layer's
spans, event triggers and arguments as tuples; `agreement` returns the report that
`annotator agreement --json` prints. The definitions (docs/decisions/0008):

- exact F1: spans equal in start, end and label; F1 = 2 * matches / (|A| + |B|).
- overlap F1: spans of the same label whose ranges overlap, each used at most once.
  The matching is greedy: largest overlap first, then smallest combined extent (so an
  exact match beats a longer span covering it), then text order (A's start and end,
  then B's). Greedy over all candidates makes it maximal and deterministic.
- token tags: BIO over `core.arabic.tokens_with_offsets`; a token belongs to a span
  when they share a character. Nested or crossing spans: the longest span (then the
  earlier, then the label name) takes its tokens; a shorter one keeps only the tokens
  left free, its first free token being B. Per label, other labels' tags become O.
- Cohen's kappa on the two tag sequences; Krippendorff's alpha (nominal) on the same
  tags, computed by the `krippendorff` package. Both need only the pair's table of
  tag counts (a's tag x b's tag), so the tokens are counted once per pair and each
  label's figures come from that table.
- events: F1 on (trigger start, end, type) and on (trigger start, end, type, role,
  argument start, end); identical tuples in one layer count once.
- Undefined values (nothing to compare, a single tag class) are None, never 0 or NaN.
  Overall figures are means over the pairs whose figure is defined.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from statistics import fmean
from typing import Any

import krippendorff
import numpy as np

from annotator.core.arabic import tokens_with_offsets

SpanKey = tuple[int, int, str]  # start, end, label (a trigger: start, end, event type)
ArgumentKey = tuple[int, int, str, str, int, int]  # trigger start, end, type, role, span
MEASURES = ("exact_f1", "overlap_f1", "cohen_kappa", "krippendorff_alpha")
EVENT_MEASURES = ("event_trigger_f1", "event_argument_f1")
NO_TAG = -1  # a coder with no tag for a unit (alpha over more than two annotators)


@dataclass
class LayerAnnotations:
    spans: list[SpanKey] = field(default_factory=list)
    triggers: list[SpanKey] = field(default_factory=list)
    arguments: list[ArgumentKey] = field(default_factory=list)


@dataclass
class AgreementDocument:
    """One document's text and the layers of the annotators who marked it done."""

    text: str
    layers: dict[str, LayerAnnotations]


# ------------------------------------------------------------------ span matching
def f1(matches: int, total: int) -> float | None:
    """2 * matches / (|A| + |B|), given `total` = |A| + |B|."""
    return 2 * matches / total if total else None


def overlap_matches(a: Iterable[SpanKey], b: Iterable[SpanKey]) -> int:
    """How many spans the greedy overlap matching pairs up (labels must be equal)."""
    candidates = []
    for sa in a:
        for sb in b:
            size = min(sa[1], sb[1]) - max(sa[0], sb[0])
            if size > 0 and sa[2] == sb[2]:
                extent = max(sa[1], sb[1]) - min(sa[0], sb[0])
                candidates.append((-size, extent, sa[0], sa[1], sb[0], sb[1], sa, sb))
    candidates.sort(key=lambda c: c[:6])
    used_a: set[SpanKey] = set()
    used_b: set[SpanKey] = set()
    for *_, sa, sb in candidates:
        if sa not in used_a and sb not in used_b:
            used_a.add(sa)
            used_b.add(sb)
    return len(used_a)


# ---------------------------------------------------------------------- tagging
def bio_tags(starts: Sequence[int], ends: Sequence[int], spans: Iterable[SpanKey],
             label_index: dict[str, int]) -> np.ndarray:
    """Tag codes for the tokens [starts[k], ends[k]): 0 is O, 2i+1 B and 2i+2 I of label i."""
    tags = [0] * len(starts)
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2])):
        code = 2 * label_index[label] + 1
        # Tokens from the first that ends after `start` to the last that starts before `end`.
        for k in range(bisect_right(ends, start), bisect_left(starts, end)):
            if not tags[k]:
                tags[k] = code
                code = 2 * label_index[label] + 2
    return np.array(tags, dtype=np.int64)


def tag_table(a: np.ndarray, b: np.ndarray, codes: int) -> np.ndarray:
    """codes x codes counts of tokens that a tagged with row's code and b with column's."""
    return np.bincount(a * codes + b, minlength=codes * codes).reshape(codes, codes)


def label_table(table: np.ndarray, i: int) -> np.ndarray:
    """The 3 x 3 table (O, B, I) of label number i: other labels' tags count as O."""
    codes = np.arange(len(table))
    fold = np.where((codes - 1) // 2 == i, codes - 2 * i, 0)
    out = np.zeros((3, 3), dtype=np.int64)
    np.add.at(out, (fold[:, None], fold[None, :]), table)
    return out


# ----------------------------------------------------------- chance-corrected
def cohen_kappa(table: np.ndarray) -> float | None:
    """(p_o - p_e) / (1 - p_e) from a two-coder tag table; None if p_e is 1 (one class)."""
    n = float(table.sum())
    if not n:
        return None
    p_o = float(np.trace(table)) / n
    p_e = float(table.sum(axis=1) @ table.sum(axis=0)) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def _package_alpha(value_counts: np.ndarray) -> float | None:
    """`krippendorff.alpha` on units x values counts; None where it is undefined."""
    value_counts = value_counts[:, value_counts.sum(axis=0) > 0]
    value_counts = value_counts[value_counts.sum(axis=1) > 0]
    if value_counts.shape[1] < 2:
        return None
    try:
        alpha = krippendorff.alpha(value_counts=value_counts, level_of_measurement="nominal")
    except ValueError:  # the package's own "undefined" cases
        return None
    return float(alpha) if np.isfinite(alpha) else None


# The package builds a units x values x values array: gigabytes for half a million
# tokens. Alpha depends only on the coincidence matrix, and a unit where all its m
# coders agree on v adds exactly m to o[v, v]; so all such units with the same value
# are passed as one unit holding all their coders, which leaves the coincidence
# matrix, and alpha, unchanged (a test checks this against the package on raw data).
# Units with disagreement are passed one by one.


def pair_alpha(table: np.ndarray) -> float | None:
    """Nominal alpha of two coders who both tagged every unit, from their tag table."""
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
    """Nominal alpha of coders x units tag codes, NO_TAG where a coder gave none."""
    present = data != NO_TAG
    if not present.any():
        return None
    coders = present.sum(axis=0)
    codes = int(data.max()) + 1
    first = data[0].copy()  # each unit's first value given
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


def _mean(values: Iterable[float | None]) -> float | None:
    defined = [v for v in values if v is not None]
    return fmean(defined) if defined else None


# ---------------------------------------------------------------------- report
def _by_label(spans: Iterable[SpanKey]) -> dict[str, list[SpanKey]]:
    out: dict[str, list[SpanKey]] = defaultdict(list)
    for s in spans:
        out[s[2]].append(s)
    return out


@dataclass
class _Tally:
    """Match counts of one pair: totals and per label (events have no label here)."""

    exact: Counter[str] = field(default_factory=Counter)
    overlap: Counter[str] = field(default_factory=Counter)
    size: Counter[str] = field(default_factory=Counter)
    triggers: list[int] = field(default_factory=lambda: [0, 0])  # matches, |A| + |B|
    arguments: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, a: LayerAnnotations, b: LayerAnnotations) -> None:
        for span in set(a.spans) & set(b.spans):
            self.exact[span[2]] += 1
        by_a, by_b = _by_label(a.spans), _by_label(b.spans)
        for label, spans in by_a.items():
            self.size[label] += len(spans)
            if label in by_b:
                self.overlap[label] += overlap_matches(spans, by_b[label])
        for label, spans in by_b.items():
            self.size[label] += len(spans)
        for tally, xa, xb in ((self.triggers, a.triggers, b.triggers),
                              (self.arguments, a.arguments, b.arguments)):
            sa, sb = set(xa), set(xb)
            tally[0] += len(sa & sb)
            tally[1] += len(sa) + len(sb)


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


def agreement(documents: dict[int, AgreementDocument], label_order: Sequence[str] = (),
              progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """The agreement report over every pair of annotators with documents both marked done.

    `documents` should hold only documents with two or more such layers; `label_order`
    orders the per-label entries (labels it lacks follow by name).
    """
    seen = {s[2] for d in documents.values() for la in d.layers.values() for s in la.spans}
    labels = [x for x in label_order if x in seen] + sorted(seen - set(label_order))
    label_index = {x: i for i, x in enumerate(labels)}
    shared: dict[tuple[str, str], list[int]] = defaultdict(list)
    tags: dict[int, dict[str, np.ndarray]] = {}
    tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
    for n, (doc_id, doc) in enumerate(documents.items(), 1):
        tokens = tokens_with_offsets(doc.text)
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        tags[doc_id] = {name: bio_tags(starts, ends, layer.spans, label_index)
                        for name, layer in doc.layers.items()}
        for a, b in combinations(sorted(doc.layers), 2):
            shared[a, b].append(doc_id)
            tallies[a, b].add(doc.layers[a], doc.layers[b])
        if progress:
            progress(n, len(documents))
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
    """Alpha over all annotators at once: one row per annotator, NO_TAG where not done."""
    blocks = []
    for by_layer in tags.values():
        length = len(next(iter(by_layer.values())))
        block = np.full((len(names), length), NO_TAG, dtype=np.int64)
        for row, name in enumerate(names):
            if name in by_layer:
                block[row] = by_layer[name]
        blocks.append(block)
    return krippendorff_alpha(np.hstack(blocks)) if names and blocks else None
