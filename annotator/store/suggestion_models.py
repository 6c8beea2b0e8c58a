"""The suggestion model kept in the project file, and the data it learns from.

A trained model (core.suggest.model.CrfModel) is stored with its version (the row id:
1, 2, ... per project), what it was trained on, how much it saw and its held-out
scores. Only the newest row keeps the model's bytes; older rows stay as a record of
what was trained when and how well it did.

Training data (``training_documents``) is read from the layers a user names:
- ``gold``: every document with a gold layer (not skipped);
- ``done``: per document, its gold layer when it has one (the reviewer's result, not
  skipped), else the first annotator layer (by name) marked done: each document counts
  once, as one person finished it;
- any other layer name: every document that has that layer (not skipped).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from annotator.core.errors import UserError
from annotator.core.layers import annotator_layers
from annotator.core.suggest.data import TrainingDocument
from annotator.core.suggest.model import CrfModel, ModelFormatError
from annotator.core.types import GOLD, Status
from annotator.store.changelog import ChangeLog
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.project import ProjectInfo, reviewers
from annotator.store.values import to_json

DONE = "done"  # the training selection "every document someone finished"
_TRAINED_ON = "suggest:trained_documents:"  # + selection: its size at the last training


@dataclass(frozen=True, slots=True)
class ModelRecord:
    """A stored model's row: version, what it was trained on and its held-out scores
    (``evaluate.Evaluation.to_dict()``, None when nothing was held out)."""

    version: int
    trained_on: str
    documents: int
    tokens: int
    spans: int
    info: dict[str, Any]
    held_out: dict[str, Any] | None
    trained_at: str
    trained_by: str
    has_bytes: bool


@dataclass(frozen=True, slots=True)
class TrainingSet:
    """Documents to learn from: their ids, the layer each was read from, and the data."""

    ids: tuple[int, ...]
    layers: tuple[str, ...]
    documents: tuple[TrainingDocument, ...]


@dataclass(frozen=True, eq=False)
class ModelStore:
    """Stored models and training data. The loaded model is kept per version."""

    ctx: StoreContext
    log: ChangeLog
    project: ProjectInfo
    _loaded: dict[int, CrfModel] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ models
    def save(self, model: CrfModel, trained_on: str, selection: int = 0) -> int:
        """Store a newly trained model as the project's current one; its version.
        `selection`: how many documents `trained_on` held (held-out ones included), for
        "retrain after N newly done documents"."""
        info = model.info
        held_out = info.held_out
        with write_transaction(self.ctx.db):
            version = self.ctx.db.execute(
                "INSERT INTO suggestion_models (model, trained_on, documents, tokens, spans, "
                "info, held_out, trained_at, trained_by) VALUES (?,?,?,?,?,?,?,?,?)",
                [model.to_bytes(), trained_on, info.documents, info.tokens, info.spans,
                 to_json(info.to_dict()), None if held_out is None else to_json(held_out),
                 self.ctx.clock(), self.ctx.user],
            ).lastrowid
            assert version is not None
            self.ctx.db.execute("UPDATE suggestion_models SET model = NULL WHERE id < ?",
                                [version])
            self.project.set_value(_TRAINED_ON + trained_on, str(selection))
            self.log.log("train_model", None, None, "model", version, None,
                         {"trained_on": trained_on, "documents": info.documents,
                          "spans": info.spans})
        self._loaded.clear()
        self._loaded[version] = model
        return version

    def records(self) -> list[ModelRecord]:
        """Every model trained in the project, newest first."""
        rows = self.ctx.db.execute(
            "SELECT id, trained_on, documents, tokens, spans, info, held_out, trained_at, "
            "trained_by, model IS NOT NULL FROM suggestion_models ORDER BY id DESC").fetchall()
        return [ModelRecord(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]),
                            json.loads(r[6]) if r[6] else None, r[7], r[8], bool(r[9]))
                for r in rows]

    def current_version(self) -> int | None:
        row = self.ctx.db.execute(
            "SELECT max(id) FROM suggestion_models WHERE model IS NOT NULL").fetchone()
        return row[0] if row and row[0] is not None else None

    def current(self) -> tuple[int, CrfModel] | None:
        """The newest model and its version, or None. A model made by another version of
        the program raises ModelFormatError ("train it again")."""
        version = self.current_version()
        if version is None:
            return None
        model = self._loaded.get(version)
        if model is None:
            row = self.ctx.db.execute("SELECT model FROM suggestion_models WHERE id = ?",
                                      [version]).fetchone()
            model = CrfModel.from_bytes(bytes(row[0]))
            self._loaded.clear()
            self._loaded[version] = model
        return version, model

    def current_or_none(self) -> tuple[int, CrfModel] | None:
        """``current``, but an unreadable model counts as none (the window then offers
        gazetteer suggestions until the model is trained again)."""
        try:
            return self.current()
        except ModelFormatError:
            return None

    # ------------------------------------------------------------ training data
    def training_set(self, which: str = DONE) -> TrainingSet:
        """The documents and spans to learn from (see the module docstring)."""
        if not which:
            raise UserError("name the layer to train on: gold, done or a layer name")
        pairs = self._selection(which)
        if not pairs:
            raise UserError(_nothing(which))
        ids = [d for d, _ in pairs]
        texts = self._texts(ids)
        spans: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        for doc, layer, start, end, label in self.ctx.db.execute(
            "SELECT s.document_id, s.layer, s.start, s.end, s.label FROM spans s "
            "JOIN (SELECT json_extract(value, '$[0]') AS d, json_extract(value, '$[1]') AS l "
            "FROM json_each(?)) w "
            "ON s.document_id = w.d AND s.layer = w.l", [to_json(pairs)],
        ):
            spans.setdefault((doc, layer), []).append((start, end, label))
        docs = tuple(TrainingDocument.of(texts[d], spans.get((d, layer), []))
                     for d, layer in pairs)
        return TrainingSet(tuple(ids), tuple(layer for _, layer in pairs), docs)

    def _selection(self, which: str) -> list[tuple[int, str]]:
        db = self.ctx.db
        skipped = Status.SKIPPED.value
        if which != DONE:
            return [(r[0], which) for r in db.execute(
                "SELECT id FROM documents d WHERE (EXISTS (SELECT 1 FROM spans s WHERE "
                "s.document_id = d.id AND s.layer = ?) OR EXISTS (SELECT 1 FROM "
                "document_status t WHERE t.document_id = d.id AND t.layer = ?)) AND NOT "
                "EXISTS (SELECT 1 FROM document_status t WHERE t.document_id = d.id AND "
                "t.layer = ? AND t.status = ?) ORDER BY id", [which, which, which, skipped])]
        gold = {r[0] for r in db.execute(
            "SELECT document_id FROM spans WHERE layer = ? UNION SELECT document_id FROM "
            "document_status WHERE layer = ? AND status != ?", [GOLD, GOLD, skipped])}
        gold -= {r[0] for r in db.execute(
            "SELECT document_id FROM document_status WHERE layer = ? AND status = ?",
            [GOLD, skipped])}
        done: dict[int, list[str]] = {}
        for doc, layer in db.execute(
            "SELECT document_id, layer FROM document_status WHERE status = 'done' "
            "ORDER BY document_id, layer"
        ):
            done.setdefault(doc, []).append(layer)
        people = set(annotator_layers({x for ls in done.values() for x in ls},
                                      reviewers(db)))
        out = [(doc, GOLD) for doc in gold]
        for doc, layers in done.items():
            own = [x for x in layers if x in people]
            if doc not in gold and own:
                out.append((doc, own[0]))
        return sorted(out)

    def _texts(self, ids: list[int]) -> dict[int, str]:
        return dict(self.ctx.db.execute(
            "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
            [to_json(ids)]).fetchall())

    def done_documents(self, which: str = DONE) -> int:
        """How many documents the selection holds now (retrain after N new ones)."""
        return len(self._selection(which)) if which else 0

    def new_documents(self, which: str = DONE) -> int:
        """Documents the selection gained since the last model was trained on it."""
        before = self.project.value(_TRAINED_ON + which)
        return self.done_documents(which) - (int(before) if before else 0)


def _nothing(which: str) -> str:
    if which == DONE:
        return ("no document is marked done yet: nothing to train on (mark documents "
                "done, or train on a layer: --layer gold|NAME)")
    return f"no document has the layer '{which}': nothing to train on"
