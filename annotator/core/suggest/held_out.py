"""Train with held-out scores: what ``annotator train`` prints and the project stores.

A model's F1 on the documents it learned from says nothing; part of the documents is
kept out (``data.held_out_split``, reproducible with its seed), the model trained on
the rest is scored on them, and the scores travel with the model (``ModelInfo``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from annotator.core.suggest.data import TrainingDocument, held_out_split
from annotator.core.suggest.evaluate import Evaluation, evaluate
from annotator.core.suggest.model import CrfModel, Progress, train_model

__all__ = ["train_with_held_out"]


def train_with_held_out(docs: Sequence[TrainingDocument], fraction: float = 0.2,
                        seed: int = 0, refit: bool = False,
                        progress: Progress | None = None, **options: Any) -> CrfModel:
    """Train on all but a held-out ``fraction`` of ``docs`` and score on that part.

    ``info.held_out`` gets the scores (``Evaluation.to_dict``, on the learned labels'
    outermost spans; a held-out span of a label the model did not learn counts as
    missed). With ``refit`` the returned model is trained again on all documents (it
    saw more, and the scores are those of its predecessor: the honest estimate
    without a second held-out part). ``options`` go to ``train_model``. With fewer
    than two documents nothing can be held out and ``info.held_out`` stays None.
    """
    train_idx, held_idx = held_out_split(docs, fraction, seed)
    if not held_idx:
        return train_model(docs, progress=progress, **options)
    model = train_model([docs[i] for i in train_idx], progress=progress, **options)
    wanted = options.get("labels")
    gold = [[s for s in docs[i].spans if wanted is None or s[2] in wanted] for i in held_idx]
    predicted = [[(s.start, s.end, s.label) for s in model.predict(docs[i].text).suggestions]
                 for i in held_idx]
    scores: Evaluation = evaluate(gold, predicted)
    held_out = {**scores.to_dict(), "fraction": fraction, "seed": seed}
    if refit:
        model = train_model(docs, progress=progress, **options)
    info = replace(model.info, held_out=held_out)
    return CrfModel(model.model_bytes, info, model.gazetteer.names, model.memory,
                    model.attributes)
