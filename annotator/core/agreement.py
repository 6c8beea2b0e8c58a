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
  tags. Both need only the pair's table of tag counts (a's tag x b's tag), so the
  tokens are counted once per pair and each label's figures come from that table.
  Alpha is computed from the coincidence matrix (Krippendorff's definition, the
  formula of the `krippendorff` package, which the tests hold it to), so a corpus is
  read one document at a time: what is kept is a table per pair, never a tag array.
- events: F1 on (trigger start, end, type) and on (trigger start, end, type, role,
  argument start, end); identical tuples in one layer count once.
- Undefined values (nothing to compare, a single tag class) are None, never 0 or NaN.
  Overall figures are means over the pairs whose figure is defined.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from statistics import fmean
from typing import Any

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


def coincidence_alpha(coincidences: np.ndarray) -> float | None:
    """Nominal alpha from a values x values coincidence matrix; None where undefined.

    Krippendorff's alpha is 1 - D_o / D_e, and both come from the coincidences o:
    n_v = o's column sums, e = (n_v n_v' - diag(n_v)) / (n - 1), and with the nominal
    distance (1 between different values) alpha = 1 - sum(o * d) / sum(e * d). These
    are the `krippendorff` package's steps (krippendorff.alpha after `_coincidences`),
    in its order, so the figures agree with it to the last bit where the coincidences
    are whole numbers or halves (two or three annotators), and to rounding otherwise.
    Undefined (None): fewer than two values used, or no unit two coders valued.
    """
    o = np.asarray(coincidences, dtype=np.float64)
    used = o.sum(axis=0) > 0
    o = o[np.ix_(used, used)]
    if len(o) < 2:
        return None
    n_v = o.sum(axis=0)
    e = np.divide(np.outer(n_v, n_v) - np.diagflat(n_v), n_v.sum() - 1, dtype=np.float64)
    d = 1.0 - np.eye(len(o))
    alpha = 1 - (o * d).sum() / (e * d).sum()
    return float(alpha) if np.isfinite(alpha) else None


def pair_alpha(table: np.ndarray) -> float | None:
    """Nominal alpha of two coders who both tagged every unit, from their tag table.

    Each unit has two values, so it adds 1 / (2 - 1) to o[a, b] and to o[b, a]."""
    return coincidence_alpha(table + table.T)


def krippendorff_alpha(data: np.ndarray) -> float | None:
    """Nominal alpha of coders x units tag codes, NO_TAG where a coder gave none.

    A unit with m values adds n_v * (n_c - [v = c]) / (m - 1) to o[v, c]; units are
    summed per m as whole numbers, then divided."""
    present = data != NO_TAG
    if not present.any():
        return None
    codes = int(data.max()) + 1
    coders = present.sum(axis=0)
    units = data.shape[1]
    cells = (np.arange(units)[None, :] * codes + np.where(present, data, 0))[present]
    counts = np.bincount(cells, minlength=units * codes).reshape(units, codes)
    o = np.zeros((codes, codes))
    for m in np.unique(coders[coders >= 2]).tolist():
        n = counts[coders == m]
        o += (n.T @ n - np.diagflat(n.sum(axis=0))) / (m - 1)
    return coincidence_alpha(o)


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


def _pair_report(a: str, b: str, documents: int, tally: _Tally, table: np.ndarray,
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
        "a": a, "b": b, "documents": documents,
        "exact_f1": f1(sum(tally.exact.values()), size),
        "overlap_f1": f1(sum(tally.overlap.values()), size),
        "cohen_kappa": cohen_kappa(table),
        "krippendorff_alpha": pair_alpha(table),
        "event_trigger_f1": f1(*tally.triggers),
        "event_argument_f1": f1(*tally.arguments),
        "per_label": per_label,
    }


class AgreementCounts:
    """The report's counts, added one document at a time; nothing per token is kept.

    Per pair of annotators: the documents they share, the match counts (_Tally) and the
    table of tag counts; for alpha over all annotators, the coincidences of every
    document's pairs, summed per number of annotators of the document (a token's
    coincidences are divided by that number less one). Memory does not grow with the
    corpus, only with the annotators and labels.

    Tag codes are given to labels as they come (those of `label_order` first); the
    report puts them in its own order (labels that occur, `label_order` first, then by
    name) before computing, so its figures are those of all tags counted at once.
    """

    def __init__(self, label_order: Sequence[str] = ()) -> None:
        self.label_order = list(label_order)
        self.index: dict[str, int] = {}
        self.seen: set[str] = set()
        self.documents = 0
        self.shared: Counter[tuple[str, str]] = Counter()
        self.tallies: dict[tuple[str, str], _Tally] = defaultdict(_Tally)
        self.tables: dict[tuple[str, str], np.ndarray] = {}
        self.coincidences: dict[int, np.ndarray] = {}  # annotators in a document -> sums
        self._code(self.label_order)

    @property
    def codes(self) -> int:
        return 2 * len(self.index) + 1

    def _code(self, labels: Iterable[str]) -> None:
        """Give new labels codes, widening the tables counted so far (with zeros)."""
        new = [x for x in dict.fromkeys(labels) if x not in self.index]
        if not new:
            return
        before = self.codes
        for label in new:
            self.index[label] = len(self.index)
        grow = ((0, self.codes - before), (0, self.codes - before))
        self.tables = {pair: np.pad(t, grow) for pair, t in self.tables.items()}
        self.coincidences = {m: np.pad(t, grow) for m, t in self.coincidences.items()}

    def add(self, doc: AgreementDocument) -> None:
        """Count one document (its text and the layers of the annotators who marked it
        done; one layer alone adds nothing but the document and its labels)."""
        self.documents += 1
        labels = {s[2] for layer in doc.layers.values() for s in layer.spans}
        self.seen |= labels
        self._code(sorted(labels - self.index.keys()))
        tokens = tokens_with_offsets(doc.text)
        starts, ends = [t[0] for t in tokens], [t[1] for t in tokens]
        tags = {name: bio_tags(starts, ends, layer.spans, self.index)
                for name, layer in doc.layers.items()}
        names = sorted(doc.layers)
        codes = self.codes
        for a, b in combinations(names, 2):
            self.shared[a, b] += 1
            self.tallies[a, b].add(doc.layers[a], doc.layers[b])
            table = tag_table(tags[a], tags[b], codes)
            if (a, b) in self.tables:
                self.tables[a, b] += table
            else:
                self.tables[a, b] = table
            both = self.coincidences.setdefault(len(names), np.zeros_like(table))
            both += table
            both += table.T

    def report(self) -> dict[str, Any]:
        labels = [x for x in self.label_order if x in self.seen] + sorted(
            self.seen - set(self.label_order))
        order = [0] + [c for x in labels for c in (2 * self.index[x] + 1, 2 * self.index[x] + 2)]
        ordered = np.ix_(order, order)  # the report's codes: O, then B and I of each label
        pairs = [_pair_report(a, b, self.shared[a, b], self.tallies[a, b],
                              self.tables[a, b][ordered], labels)
                 for a, b in sorted(self.shared)]
        names = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
        overall = {m: _mean(p[m] for p in pairs) for m in (*MEASURES, *EVENT_MEASURES)}
        overall["krippendorff_alpha_all"] = self._alpha_all(ordered) if pairs else None
        per_label = {
            label: {m: _mean(p["per_label"][label][m] for p in pairs
                             if label in p["per_label"]) for m in MEASURES}
            for label in labels
        }
        return {"documents": self.documents, "annotators": names, "overall": overall,
                "per_label": per_label, "pairs": pairs}

    def _alpha_all(self, ordered: tuple[np.ndarray, ...]) -> float | None:
        """Alpha over all annotators at once: in a document that m of them marked done,
        each token is a unit with m values, so each of its ordered pairs of values adds
        1 / (m - 1) to the coincidences (an annotator who did not finish it gives none)."""
        o = np.zeros((self.codes, self.codes))[ordered]
        for m in sorted(self.coincidences):
            o += self.coincidences[m][ordered] / (m - 1)
        return coincidence_alpha(o)


def agreement(documents: Mapping[int, AgreementDocument] | Iterable[AgreementDocument],
              label_order: Sequence[str] = (),
              progress: Callable[[int, int], None] | None = None,
              total: int | None = None) -> dict[str, Any]:
    """The agreement report over every pair of annotators with documents both marked done.

    `documents` should hold only documents with two or more such layers; they are read
    once, as they come (a corpus streamed from the store, `total` of them for the
    progress; a mapping knows its own). `label_order` orders the per-label entries
    (labels it lacks follow by name).
    """
    if isinstance(documents, Mapping):
        total = len(documents) if total is None else total
        documents = documents.values()
    counts = AgreementCounts(label_order)
    for n, doc in enumerate(documents, 1):
        counts.add(doc)
        if progress:
            progress(n, total or 0)
    return counts.report()
