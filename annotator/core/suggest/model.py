"""The CRF tagger trained on the project: training, prediction with confidences, and
serialisation to bytes for the project file.

python-crfsuite (a linear-chain CRF in C) over whole-word tokens with Arabic features
(``features``), BIOES tags with the proclitic cut (``tagging``), and a gazetteer
feature learned from the training documents. The gazetteer feature is built without
leakage: each training sentence sees only the names of the other folds, as a new
document sees only the names of the training documents, so the model learns how far
to trust it. Trained with L-BFGS for a fixed number of iterations: stopping early
regularises (the fully converged model scored lower on held-out Wojood data) and
bounds the training time.
"""

from __future__ import annotations

import json
import os
import re
import struct
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pycrfsuite

from annotator.core.arabic import normalize_for_search
from annotator.core.errors import UserError
from annotator.core.suggest.data import SpanTuple, TrainingDocument, outermost
from annotator.core.suggest.features import (
    FEATURE_VERSION,
    FeatureCache,
    sentence_features,
    stem_key,
)
from annotator.core.suggest.gazetteer import Gazetteer
from annotator.core.suggest.tagging import (
    OUTSIDE,
    decode_tags,
    encode_spans,
    gazetteer_tags,
)
from annotator.core.suggest.words import (
    ARTICLE,
    PROCLITIC_PREFIXES,
    WordView,
    proclitic_splits,
)
from annotator.core.tokens import sentences

__all__ = [
    "DEFAULT_PARAMS",
    "MODEL_VERSION",
    "CrfModel",
    "ModelFormatError",
    "ModelInfo",
    "NothingToLearn",
    "Prediction",
    "Progress",
    "Suggestion",
    "readable",
    "train_model",
]

MODEL_VERSION = 1  # the layout of ``CrfModel.to_bytes``
_MAGIC = b"annotator-crf\n"
DEFAULT_PARAMS: dict[str, float | int] = {"c1": 0.1, "c2": 0.01, "max_iterations": 55}
# Fewer examples of a label teach a CRF next to nothing (Wojood's labels with 8 spans
# scored 0 on val) but every label adds 4 tags, and each iteration costs tags squared.
MIN_LABEL_SPANS = 10
FOLDS = 5
# The gazetteer feature keeps names that are labelled at least this often where they
# occur; lower than a suggesting gazetteer's bar, since the CRF weighs the feature.
FEATURE_GAZETTEER_PRECISION = 0.3

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): called during training; raising from it cancels."""


class ModelFormatError(UserError):
    """Stored model bytes that this version cannot read (retrain the model)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A predicted span: stored offsets, label, text, and the model's confidence
    (the lowest marginal probability of its tokens' tags, 0-1)."""

    start: int
    end: int
    label: str
    text: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Prediction:
    """A document's suggestions in text order, and how unsure the model is about the
    whole document (0-1, see ``CrfModel.predict``), so "least certain first" puts first
    the documents where a correction teaches the model most.
    """

    suggestions: list[Suggestion]
    uncertainty: float
    tokens: int


@dataclass(slots=True)
class ModelInfo:
    """What a stored model is and what it saw, kept with it in the project file."""

    model_version: int = MODEL_VERSION
    feature_version: int = FEATURE_VERSION
    labels: list[str] = field(default_factory=list)
    skipped_labels: list[str] = field(default_factory=list)  # too few spans to learn
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    spans: int = 0
    widened: int = 0  # spans not on word boundaries, learned on whole words
    proclitic_inside: bool = False
    params: dict[str, float | int] = field(default_factory=dict)
    seconds: float = 0.0
    trained_at: str = ""
    held_out: dict[str, Any] | None = None  # evaluate.Evaluation.to_dict() on held-out documents

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def detect_proclitic_inside(docs: Sequence[TrainingDocument]) -> bool:
    """Whether the documents' spans keep a leading proclitic inside (Wojood) rather
    than outside (the guideline): spans that start at a word like "والعراق" or
    "للأمم" against spans that start right after a proclitic inside a word ("لإيران"
    -> "إيران"). Ties go to the guideline.
    """
    inside = outside = 0
    for doc in docs:
        text = doc.text
        for start, end, _ in doc.spans:
            word_start = start
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            before = "".join(ch for ch in normalize_for_search(text[word_start:start])
                             if ch.isalpha())  # quotation marks before a name do not count
            if before:
                outside += before in PROCLITIC_PREFIXES
                continue
            first = normalize_for_search(text[start:end]).split(" ", 1)[0]
            if any(p and rest.startswith(ARTICLE) for p, rest in proclitic_splits(first)):
                inside += 1
    return inside > outside


def readable(model_version: int, feature_version: int) -> bool:
    """Whether this program reads a model made with these versions (``ModelInfo``): a
    model of other features would be misread, so it must be trained again."""
    return model_version == MODEL_VERSION and feature_version == FEATURE_VERSION


class NothingToLearn(UserError):
    """Training data without a single span of a label that can be learned."""


@dataclass(slots=True)
class _Unit:
    """One training sentence: its document, tokens [first, last), its view
    (``WordView.slice``) and the spans in it."""

    doc: int
    first: int
    last: int
    view: WordView
    spans: list[SpanTuple]


class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc]  # untyped library
    """Reports each L-BFGS iteration (read from crfsuite's log, which python-crfsuite
    parses only when printing it, hence ``message``); an exception from the callback
    stops training (python-crfsuite turns it into a C++ exception and re-raises it in
    ``train``)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        super().__init__(algorithm="lbfgs", verbose=False)
        self._progress = progress
        self._total = total

    def message(self, message: str) -> None:
        event = self.logparser.feed(message)
        if event == "iteration" and self._progress is not None:
            done = int(self.logparser.last_iteration.get("num", 0))
            self._progress(min(done, self._total), self._total, "training")


def train_model(docs: Sequence[TrainingDocument], *, labels: Sequence[str] | None = None,
                progress: Progress | None = None,
                params: dict[str, float | int] | None = None,
                proclitic_inside: bool | None = None,
                min_label_spans: int = MIN_LABEL_SPANS) -> CrfModel:
    """Train a model on the outermost spans of ``docs``.

    ``labels`` limits what is learned (e.g. the schema's entity labels, leaving event
    triggers out); labels with fewer than ``min_label_spans`` spans are skipped and
    listed in ``info.skipped_labels``. ``proclitic_inside`` None detects the
    convention from the spans. ``progress`` may raise to cancel; the exception
    propagates and nothing is returned.
    """
    began = time.perf_counter()
    params = {**DEFAULT_PARAMS, **(params or {})}
    total_iterations = int(params["max_iterations"])
    wanted = set(labels) if labels is not None else None
    flat = [outermost(s for s in doc.spans if wanted is None or s[2] in wanted)
            for doc in docs]
    counts = Counter(label for spans in flat for _, _, label in spans)
    skipped = sorted(lb for lb, n in counts.items() if n < min_label_spans)
    learned = sorted(lb for lb, n in counts.items() if n >= min_label_spans)
    flat = [[s for s in spans if s[2] in learned] for spans in flat]
    if not learned:
        raise NothingToLearn(
            f"nothing to learn from: {len(docs)} document(s) with no label that has "
            f"{min_label_spans} or more spans")
    if proclitic_inside is None:
        proclitic_inside = detect_proclitic_inside(docs)

    views: list[WordView] = []
    units: list[_Unit] = []
    info = ModelInfo(labels=learned, skipped_labels=skipped, documents=len(docs),
                     proclitic_inside=proclitic_inside, params=params)
    tags_of: dict[int, list[str]] = {}
    for d, (doc, spans) in enumerate(zip(docs, flat, strict=True)):
        view = WordView.of(doc.text)
        views.append(view)
        encoded = encode_spans(doc.text, view.tokens, spans)
        info.widened += encoded.widened
        info.spans += len(spans) - encoded.dropped
        tags_of[d] = encoded.tags
        ordered = sorted(spans)
        k = 0
        for first, last in sentences(doc.text, view.tokens, _span_tokens(encoded.tags)):
            end = view.tokens[last - 1][1]
            inside: list[SpanTuple] = []
            while k < len(ordered) and ordered[k][0] < end:
                inside.append(ordered[k])
                k += 1
            units.append(_Unit(d, first, last, view.slice(first, last), inside))
        if progress is not None:
            progress(0, total_iterations, "reading documents")
    info.sentences = len(units)
    info.tokens = sum(len(v.tokens) for v in views)

    gaz_tags, memories = _fold_gazetteer_tags(docs, units, proclitic_inside, tags_of)
    trainer = _Trainer(progress, total_iterations)
    cache = FeatureCache()
    for u, unit in enumerate(units):
        trainer.append(sentence_features(unit.view.norms, gaz_tags[u], cache,
                                         memories[u]),
                       tags_of[unit.doc][unit.first:unit.last])
    trainer.set_params(params)
    gazetteer = Gazetteer.learn(((u.view, u.spans) for u in units),
                                FEATURE_GAZETTEER_PRECISION, proclitic_inside)
    model_bytes = _written(trainer.train)  # trains
    memory = _word_memory(units, tags_of)
    attributes = _attributes(model_bytes)
    info.seconds = round(time.perf_counter() - began, 3)
    info.trained_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return CrfModel(model_bytes, info, gazetteer.names, memory, attributes)


def _attributes(model_bytes: bytes) -> frozenset[str]:
    """The features a trained model knows (about 15,000 of the 90,000 seen in Wojood's
    training data: L1 regularisation drops the rest), from the ATTRIBUTES section of
    crfsuite's text dump. python-crfsuite's ``Tagger.info()`` parses all of the dump in
    Python, line by line (0.3 s); one expression over the one section takes 20 ms."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model_bytes)
    dump = _written(tagger.dump).decode("utf-8")
    start = dump.index("\nATTRIBUTES = {\n")
    return frozenset(_DUMPED_ATTRIBUTE.findall(dump, start, dump.index("\n}\n", start)))


_DUMPED_ATTRIBUTE = re.compile(r"^ +\d+: (.*)$", re.MULTILINE)


def _span_tokens(tags: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the tagged spans, so sentence breaks never cut one."""
    out: list[tuple[int, int]] = []
    start = None
    for k, tag in enumerate(tags):
        if tag[0] in "BS":
            start = k
        if tag[0] in "ES" and start is not None:
            out.append((start, k + 1))
            start = None
    return out


def _word_memory(units: Sequence[_Unit], tags_of: dict[int, list[str]]) -> dict[str, str]:
    """Per word (matching view), the label it mostly had in ``units``, or "O"; and per
    stem (``features.stem_key``: the word without proclitics and article), the label
    its forms mostly had together, so "والعراق" met once is remembered through
    "العراق" met often (one point of F1 on Wojood; decision 0016)."""
    counts: dict[str, Counter[str]] = {}
    for unit in units:
        tags = tags_of[unit.doc][unit.first:unit.last]
        for norm, tag in zip(unit.view.norms, tags, strict=True):
            label = tag.partition("-")[2].partition("|")[0] or OUTSIDE
            counts.setdefault(norm, Counter())[label] += 1
    stems: dict[str, Counter[str]] = {}
    for norm, c in counts.items():
        stems.setdefault(stem_key(norm), Counter()).update(c)
    memory = {norm: c.most_common(1)[0][0] for norm, c in counts.items()}
    memory.update((key, c.most_common(1)[0][0]) for key, c in stems.items())
    return memory


def _fold_gazetteer_tags(docs: Sequence[TrainingDocument], units: list[_Unit],
                         proclitic_inside: bool, tags_of: dict[int, list[str]]
                         ) -> tuple[list[list[str]], list[dict[str, str]]]:
    """Per unit, the gazetteer feature tags from a gazetteer of the OTHER folds.

    Folds are by document when there are enough documents (names repeat within a
    document, and a new document does not share them), else by sentence (a corpus
    imported as one document).
    """
    by_doc = len(docs) >= FOLDS
    fold = [(unit.doc if by_doc else u) % FOLDS for u, unit in enumerate(units)]
    out: list[list[str]] = [[] for _ in units]
    memories: list[dict[str, str]] = [{} for _ in units]
    for k in range(FOLDS):
        members = [u for u in range(len(units)) if fold[u] == k]
        if not members:
            continue
        memory = _word_memory([unit for u, unit in enumerate(units) if fold[u] != k],
                              tags_of)
        for u in members:
            memories[u] = memory
        gazetteer = Gazetteer.learn(
            ((unit.view, unit.spans) for u, unit in enumerate(units) if fold[u] != k),
            FEATURE_GAZETTEER_PRECISION, proclitic_inside)
        for u in members:
            view = units[u].view
            out[u] = gazetteer_tags(view.tokens, gazetteer.find(view))
    return out, memories


def _written(write: Callable[[str], object]) -> bytes:
    """crfsuite writes models and dumps to a file only: what ``write(path)`` wrote to a
    temporary file, which is removed."""
    fd, path = tempfile.mkstemp(prefix="annotator-crf-")
    os.close(fd)
    try:
        write(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


class CrfModel:
    """A trained tagger. Prediction is serialised by a lock (a crfsuite tagger holds
    the sequence it is working on), so one model may serve several threads."""

    def __init__(self, model_bytes: bytes, info: ModelInfo, names: dict[str, str],
                 memory: dict[str, str], attributes: frozenset[str] | None = None) -> None:
        """``attributes``: the features the model weighs (``_attributes``), to pass only
        those to crfsuite; None passes every feature (the same predictions, slower)."""
        self.model_bytes = model_bytes
        self.memory = memory
        self.attributes = attributes
        self.info = info
        self.gazetteer = Gazetteer(names, info.proclitic_inside)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model_bytes)
        self._lock = threading.Lock()
        self._cache = FeatureCache(known=attributes)

    def predict(self, text: str) -> Prediction:
        """Suggestions for one document's stored text (offsets into it).

        A suggestion's confidence is the lowest marginal probability of its tokens'
        tags. The document's uncertainty is 1 - the mean, over its tokens, of each
        sentence's best-path probability per token (P ** (1 / tokens), "normalized
        least confidence"): one crfsuite call per sentence, not one per token.
        """
        view = WordView.of(text)
        gz = gazetteer_tags(view.tokens, self.gazetteer.find(view))
        suggestions: list[Suggestion] = []
        sure = 0.0
        with self._lock:
            tagger = self._tagger
            for first, last in sentences(text, view.tokens):
                feats = sentence_features(view.norms[first:last], gz[first:last],
                                          self._cache, self.memory)
                tags = tagger.tag(feats)
                sure += (last - first) * tagger.probability(tags) ** (1 / (last - first))
                if all(tag == OUTSIDE for tag in tags):
                    continue
                tokens = view.tokens[first:last]
                for start, end, label, a, b in decode_tags(text, tokens, tags):
                    confidence = min(tagger.marginal(tags[k], k) for k in range(a, b))
                    suggestions.append(Suggestion(start, end, label, text[start:end],
                                                  round(confidence, 4)))
        n = len(view.tokens)
        return Prediction(suggestions, round(1 - sure / n, 4) if n else 0.0, n)

    def to_bytes(self) -> bytes:
        """Magic line, header length, JSON header (info and gazetteer), crfsuite model."""
        header = json.dumps({"info": self.info.to_dict(), "names": self.gazetteer.names,
                             "memory": self.memory,
                             "attributes": sorted(self.attributes or ())},
                            ensure_ascii=False).encode("utf-8")
        return _MAGIC + struct.pack(">Q", len(header)) + header + self.model_bytes

    @classmethod
    def from_bytes(cls, data: bytes) -> CrfModel:
        """Read ``to_bytes`` output; ModelFormatError for anything else or for a model
        made by another model or feature version (its features would be misread)."""
        if not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 8:
            raise ModelFormatError("not a stored suggestion model")
        (size,) = struct.unpack(">Q", data[len(_MAGIC):len(_MAGIC) + 8])
        body = len(_MAGIC) + 8
        try:
            header = json.loads(data[body:body + size].decode("utf-8"))
            info = ModelInfo(**header["info"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelFormatError(f"damaged suggestion model ({exc})") from None
        if not readable(info.model_version, info.feature_version):  # before the rest of
            raise ModelFormatError(  # the header, which another version lays out otherwise
                f"the suggestion model was made by another version (model "
                f"{info.model_version}, features {info.feature_version}; this version "
                f"reads {MODEL_VERSION}, {FEATURE_VERSION}): train it again")
        try:
            names = dict(header["names"])
            memory = dict(header["memory"])
            attributes = frozenset(header["attributes"]) or None
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelFormatError(f"damaged suggestion model ({exc})") from None
        try:
            return cls(data[body + size:], info, names, memory, attributes)
        except ValueError as exc:
            raise ModelFormatError(f"damaged suggestion model ({exc})") from None
