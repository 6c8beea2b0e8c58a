"""Suggestion operations the command line and the window share: train the project's
model, learn the layers' names, score documents, pre-annotate a layer, evaluate.

Progress goes through ``progress(done, total, what)`` (``TrainProgress``), which may
raise ``core.progress.Cancelled`` to stop: nothing is stored then (the model is saved
in one transaction at the end).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core.errors import UserError
from annotator.core.suggest.evaluate import Evaluation, evaluate
from annotator.core.suggest.held_out import train_with_held_out
from annotator.core.suggest.model import CrfModel
from annotator.core.suggest.offers import GAZETTEER, MODEL, SOURCES, Suggested, acceptable
from annotator.core.types import Origin
from annotator.store.db import write_transaction
from annotator.store.repository import Repository
from annotator.store.suggestion_models import DONE

TrainProgress = Callable[[int, int, str], None]
SOURCE_CHOICES = {"crf": (MODEL,), "model": (MODEL,), "gazetteer": (GAZETTEER,),
                  "all": SOURCES}


@dataclass(frozen=True, slots=True)
class TrainOutcome:
    version: int
    model: CrfModel
    names: int  # names the layers' gazetteer holds now
    scored: int  # documents whose suggestions were computed afterwards


def refresh_layer_names(repo: Repository, force: bool = False) -> int:
    """Learn the names of the done and gold layers again if they changed; how many."""
    gazetteers = repo.parts.gazetteers
    if not force and not gazetteers.layers_stale():
        return len(gazetteers.gazetteer())
    state = gazetteers.layers_state()
    try:
        docs = repo.parts.models.training_set(DONE).documents
    except UserError:
        docs = ()
    return gazetteers.refresh_layers(docs, state)


def train(repo: Repository, which: str = DONE, held_out: float = 0.2, seed: int = 0,
          refit: bool = False, progress: TrainProgress | None = None,
          score: bool = False) -> TrainOutcome:
    """Train on the ``which`` selection (store/suggestion_models.py), keeping a
    ``held_out`` share of the documents out to score the model on, and store it as the
    project's current model. With ``score`` every document not done in any layer gets
    its suggestions and uncertainty computed too (for "least certain first")."""
    if not 0 <= held_out < 1:
        raise UserError(f"--held-out must be at least 0 and below 1, got {held_out}")
    data = repo.parts.models.training_set(which)
    labels = [lb.name for lb in repo.schema().labels]
    model = train_with_held_out(list(data.documents), held_out, seed, refit,
                                progress=progress, labels=labels)
    version = repo.parts.models.save(model, which, len(data.ids))
    names = refresh_layer_names(repo)
    scored = score_documents(repo, progress) if score else 0
    return TrainOutcome(version, model, names, scored)


def score_documents(repo: Repository, progress: TrainProgress | None = None) -> int:
    """Compute the current suggestions of every document nobody has marked done."""
    ids = [r[0] for r in repo.db.execute(
        "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_status s "
        "WHERE s.document_id = d.id AND s.status IN ('done', 'skipped')) ORDER BY id")]

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, "suggesting")

    return repo.parts.suggestions.score(ids, step)


@dataclass(frozen=True, slots=True)
class SuggestOutcome:
    documents: int  # documents that got spans
    spans: int
    skipped_done: int  # documents left alone: the layer marked them done


def suggest_into_layer(repo: Repository, layer: str, source: str = "all",
                       include_done: bool = False,
                       progress: TrainProgress | None = None) -> SuggestOutcome:
    """Write the offered suggestions of ``source`` into ``layer`` as spans (origin
    "suggestion", with how each was made): batch pre-annotation for an annotator to
    correct. Documents the layer marked done (or skipped) are left alone unless
    ``include_done``. One transaction per batch of documents."""
    sources = SOURCE_CHOICES.get(source)
    if sources is None:
        raise UserError(f"unknown source '{source}' (crf, gazetteer or all)")
    if not layer.strip():
        raise UserError("--layer needs a name")
    if MODEL in sources and repo.parts.models.current() is None and source != "all":
        raise UserError("the project has no model yet: run `annotator train` first")
    refresh_layer_names(repo)
    suggestions = repo.parts.suggestions
    ids = repo.document_ids()
    finished = suggestions.finished_documents(layer)
    todo = ids if include_done else [d for d in ids if d not in finished]
    n_docs = n_spans = 0
    batch: list[tuple[int, list[Suggested]]] = []

    def flush() -> None:
        nonlocal n_docs, n_spans
        with write_transaction(repo.db):
            for doc, items in batch:
                for s in items:
                    repo.add_span(doc, layer, s.start, s.end, s.label, Origin.SUGGESTION,
                                  origin_detail=s.origin_detail)
                n_docs += 1
                n_spans += len(items)
        batch.clear()

    for k, doc in enumerate(todo, 1):
        offered = [_first_source(s, sources) for s in suggestions.offered(doc, layer)
                   if any(x in sources for x in s.sources)]
        offered = acceptable(offered, [(s.start, s.end, s.label)
                                       for s in repo.spans(doc, layer)])
        if offered:
            batch.append((doc, offered))
        if len(batch) >= 50:
            flush()
        if progress is not None:
            progress(k, len(todo), "suggesting")
    if batch:
        flush()
    return SuggestOutcome(n_docs, n_spans, len(ids) - len(todo))


def _first_source(s: Suggested, sources: Sequence[str]) -> Suggested:
    """The suggestion as made by the chosen sources only (for its origin detail)."""
    kept = tuple(x for x in s.sources if x in sources)
    if kept == s.sources:
        return s
    return Suggested(s.start, s.end, s.label, s.text, kept, s.confidence, s.model_version)


def evaluate_layers(repo: Repository, gold: str, pred: str,
                    labels: Sequence[str] | None = None) -> Evaluation:
    """Exact-span scores of layer ``pred`` against layer ``gold`` over the documents that
    have the gold layer (outermost spans on both sides, as seqeval counts); ``labels``
    None: the schema's entity labels (event triggers are not names)."""
    if gold == pred:
        raise UserError("--gold and --pred name the same layer")
    ids = [r[0] for r in repo.db.execute(
        "SELECT DISTINCT document_id FROM spans WHERE layer = ? UNION SELECT document_id "
        "FROM document_status WHERE layer = ? ORDER BY 1", [gold, gold])]
    if not ids:
        raise UserError(f"no document has the layer '{gold}'")
    wanted = set(labels) if labels else {lb.name for lb in repo.schema().labels}
    gold_spans: list[list[tuple[int, int, str]]] = []
    pred_spans: list[list[tuple[int, int, str]]] = []
    for doc in ids:
        for layer, out in ((gold, gold_spans), (pred, pred_spans)):
            out.append([(s.start, s.end, s.label) for s in repo.spans(doc, layer)
                        if wanted is None or s.label in wanted])
    return evaluate(gold_spans, pred_spans)
