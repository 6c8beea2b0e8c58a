"""Suggestions per document, rejections per document and layer, least certain first.

A document's suggestions (core.suggest.offers: the model's and the gazetteers') are
computed once per version of what makes them (the model's version and the gazetteers'
``version``) and kept with the model's uncertainty about the document, so reopening
a document costs one query, "least certain first" orders the list without running the
model, and ``annotator suggest`` and the window offer the same things. Each layer sees
them minus its spans (``offers.Labelled``) and minus what its annotator rejected
there. A project can turn suggestions off (the setting ``suggestions``), for an
agreement study where nobody may be anchored by them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from annotator.core.progress import Progress
from annotator.core.suggest.label_all import LabelAll
from annotator.core.suggest.matcher import NameMatch
from annotator.core.suggest.offers import DocumentSuggestions, Suggested, Suggester, offered
from annotator.store.context import StoreContext
from annotator.store.db import write_transaction
from annotator.store.documents import DocumentStore
from annotator.store.gazetteers import GazetteerStore
from annotator.store.project import ProjectInfo
from annotator.store.spans import SpanStore
from annotator.store.suggestion_models import ModelStore
from annotator.store.values import to_json

Key = tuple[int, int, str]
ENABLED_SETTING = "suggestions"  # "off": the project shows no suggestions
SCORE_BATCH = 50  # documents per write transaction when scoring many


@dataclass(frozen=True, eq=False)
class SuggestionStore:
    """Computed suggestions, rejections and the active-learning order."""

    ctx: StoreContext
    project: ProjectInfo
    documents: DocumentStore
    spans: SpanStore
    models: ModelStore
    gazetteers: GazetteerStore
    _suggesters: dict[str, Suggester] = field(default_factory=dict, repr=False)

    # ---------------------------------------------------------------- settings
    def enabled(self) -> bool:
        return self.project.setting(ENABLED_SETTING) != "off"

    def set_enabled(self, on: bool) -> None:
        self.project.set_setting(ENABLED_SETTING, "on" if on else "off")

    # --------------------------------------------------------------- suggester
    def version(self) -> str:
        """What the stored suggestions must have been made by to be current."""
        return f"m{self.models.current_version() or 0}.g{self.gazetteers.version()}"

    def suggester(self) -> tuple[str, Suggester]:
        """The current model and gazetteers, built once per version."""
        version = self.version()
        cached = self._suggesters.get(version)
        if cached is None:
            current = self.models.current_or_none()
            labels = [lb.name for lb in self.ctx.schema().labels]
            cached = Suggester(current[1] if current else None,
                               current[0] if current else None,
                               self.gazetteers.gazetteer(labels), labels)
            self._suggesters.clear()
            self._suggesters[version] = cached
        return version, cached

    # -------------------------------------------------------------- documents
    def document_suggestions(self, document_id: int, compute: bool = True
                             ) -> tuple[Suggested, ...]:
        """The document's suggestions (for every layer), computed and kept when the
        stored ones are missing or were made by an older model or gazetteer."""
        version = self.version()
        row = self.ctx.db.execute(
            "SELECT version FROM suggestion_documents WHERE document_id = ?",
            [document_id]).fetchone()
        if row is not None and row[0] == version:
            return self._stored(document_id)  # no model loaded: it is not needed
        if not compute:
            return ()
        version, suggester = self.suggester()
        if not suggester:
            return ()
        result = suggester.suggest(self.documents.text(document_id))
        if not self._read_only():
            with write_transaction(self.ctx.db):
                self._keep(document_id, result, version, suggester.model_version)
        return result.suggestions

    def offered(self, document_id: int, layer: str, compute: bool = True) -> list[Suggested]:
        """What the layer is offered in the document: its suggestions minus what the
        layer has labelled and what its annotator rejected there."""
        suggestions = self.document_suggestions(document_id, compute)
        if not suggestions:
            return []
        spans = [(s.start, s.end, s.label) for s in self.spans.spans(document_id, layer)]
        return offered(suggestions, spans, self.rejected(document_id, layer))

    def score(self, document_ids: Sequence[int], progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> int:
        """Compute the suggestions and uncertainty of every listed document that lacks
        current ones (after training: "least certain first" then orders them all).
        Written a batch at a time, so the write lock is never held while the model
        works; how many documents were computed."""
        version, suggester = self.suggester()
        if not suggester:
            return 0
        current = {r[0] for r in self.ctx.db.execute(
            "SELECT document_id FROM suggestion_documents WHERE version = ?", [version])}
        todo = [d for d in document_ids if d not in current]
        done = 0
        for k in range(0, len(todo), SCORE_BATCH):
            batch = todo[k:k + SCORE_BATCH]
            texts = dict(self.ctx.db.execute(
                "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                [to_json(batch)]).fetchall())
            results = []
            for doc in batch:
                if cancelled is not None and cancelled():
                    return done
                results.append((doc, suggester.suggest(texts[doc])))
                done += 1
                if progress is not None:
                    progress(done, len(todo))
            with write_transaction(self.ctx.db):
                for doc, result in results:
                    self._keep(doc, result, version, suggester.model_version)
        return done

    def _stored(self, document_id: int) -> tuple[Suggested, ...]:
        return tuple(Suggested(r[0], r[1], r[2], r[3], tuple(r[4].split(",")), r[5], r[6])
                     for r in self.ctx.db.execute(
            "SELECT start, end, label, text, sources, confidence, model_version "
            "FROM suggestions WHERE document_id = ? ORDER BY start, end DESC, label",
            [document_id]))

    def _keep(self, document_id: int, result: DocumentSuggestions, version: str,
              model_version: int | None) -> None:
        db = self.ctx.db
        db.execute("DELETE FROM suggestions WHERE document_id = ?", [document_id])
        db.conn.executemany(
            "INSERT INTO suggestions (document_id, start, end, label, text, sources, "
            "confidence, model_version) VALUES (?,?,?,?,?,?,?,?)",
            [(document_id, s.start, s.end, s.label, s.text, ",".join(s.sources),
              s.confidence, s.model_version) for s in result.suggestions])
        db.execute(
            "INSERT INTO suggestion_documents (document_id, version, model_version, "
            "uncertainty, computed_at) VALUES (?,?,?,?,?) ON CONFLICT (document_id) DO "
            "UPDATE SET version = excluded.version, model_version = excluded.model_version, "
            "uncertainty = excluded.uncertainty, computed_at = excluded.computed_at",
            [document_id, version, model_version, result.uncertainty, self.ctx.clock()])

    def _read_only(self) -> bool:
        try:
            return bool(self.ctx.db.execute("PRAGMA query_only").fetchone()[0])
        except sqlite3.Error:
            return True

    # ------------------------------------------------------------- rejections
    def rejected(self, document_id: int, layer: str) -> set[Key]:
        return {(r[0], r[1], r[2]) for r in self.ctx.db.execute(
            "SELECT start, end, label FROM suggestion_rejections WHERE document_id = ? "
            "AND layer = ?", [document_id, layer])}

    def reject(self, document_id: int, layer: str, keys: Iterable[Key]) -> list[Key]:
        """Record rejections (inside the caller's transaction); the new ones."""
        t = self.ctx.clock()
        new = []
        for start, end, label in keys:
            cur = self.ctx.db.execute(
                "INSERT OR IGNORE INTO suggestion_rejections (document_id, layer, start, "
                "end, label, rejected_at, rejected_by) VALUES (?,?,?,?,?,?,?)",
                [document_id, layer, start, end, label, t, self.ctx.user])
            if cur.rowcount:
                new.append((start, end, label))
        return new

    def unreject(self, document_id: int, layer: str, keys: Iterable[Key]) -> list[Key]:
        """Take rejections back (the undo of a reject); the ones that were there."""
        back = []
        for start, end, label in keys:
            cur = self.ctx.db.execute(
                "DELETE FROM suggestion_rejections WHERE document_id = ? AND layer = ? AND "
                "start = ? AND end = ? AND label = ?", [document_id, layer, start, end, label])
            if cur.rowcount:
                back.append((start, end, label))
        return back

    # --------------------------------------------------------- active learning
    def uncertainties(self) -> dict[int, float]:
        """The current model's uncertainty per scored document."""
        version = self.models.current_version()
        if version is None:
            return {}
        return dict(self.ctx.db.execute(
            "SELECT document_id, uncertainty FROM suggestion_documents WHERE "
            "model_version = ? AND uncertainty IS NOT NULL", [version]).fetchall())

    def least_certain_first(self, document_ids: Sequence[int],
                            layer: str | None = None) -> list[int]:
        """``document_ids`` with the documents the model is least sure about first, then
        those it has not scored (in their order), then those ``layer`` marked done or
        skipped: the next document to annotate is the one a correction teaches most."""
        scores = self.uncertainties()
        finished = self.finished_documents(layer) if layer is not None else set()
        todo = [d for d in document_ids if d not in finished]
        scored = sorted((d for d in todo if d in scores), key=lambda d: (-scores[d], d))
        return (scored + [d for d in todo if d not in scores]
                + [d for d in document_ids if d in finished])

    def finished_documents(self, layer: str) -> set[int]:
        """Documents the layer marked done or skipped: suggestions leave them alone."""
        return {r[0] for r in self.ctx.db.execute(
            "SELECT document_id FROM document_status WHERE layer = ? AND status IN "
            "('done', 'skipped')", [layer])}

    # ---------------------------------------------------------------- label all
    def occurrences(self, finder: LabelAll, layer: str, document_ids: Sequence[int],
                    progress: Progress | None = None) -> dict[int, list[NameMatch]]:
        """Where ``finder``'s name occurs unlabelled in the layer, per document (those
        with none left out). Texts are read a batch at a time and checked with one fast
        pass before any is tokenized."""
        out: dict[int, list[NameMatch]] = {}
        for k in range(0, len(document_ids), 200):
            batch = list(document_ids[k:k + 200])
            for doc, text in self.ctx.db.execute(
                "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?)) "
                "ORDER BY id", [to_json(batch)],
            ):
                if not finder.may_occur(text):
                    continue
                spans = [(s.start, s.end, s.label) for s in self.spans.spans(doc, layer)]
                found = finder.find(text, spans)
                if found:
                    out[doc] = found
            if progress is not None:
                progress(min(k + 200, len(document_ids)), len(document_ids))
        return out
