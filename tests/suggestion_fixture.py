"""Small projects for the suggestion tests: synthetic Arabic news sentences with people and
places (the sentences of tests/core/test_suggest_model.py), some documents finished by an
annotator, some still to do. Qt-free."""

from __future__ import annotations

import random
from pathlib import Path

from annotator.core.types import DocumentRecord, LayerRecord, Span
from annotator.store.repository import Repository
from tests.core.test_suggest_model import make_document

USER = "amina"
# Said in a document nobody finished: the model has seen these names in training.
UNSEEN_DOCUMENT = ("وفي تصريح لاحق قال جو بايدن إن دمشق تتحمل المسؤولية. "
                   "وذكرت مصادر محلية أن القصف توقف مساء أمس.")


def records(count: int, seed: int = 3, layer: str = USER,
            status: str = "done") -> list[DocumentRecord]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        doc = make_document(rng)
        spans = [Span(s, e, label, doc.text[s:e]) for s, e, label in doc.spans]
        out.append(DocumentRecord(f"doc-{seed}-{n}", doc.text, f"document {n}",
                                  layers=[LayerRecord(layer, status, spans)]))
    return out


def make_project(path: Path, finished: int = 12, layer: str = USER) -> Path:
    """`finished` documents done in `layer`, then one nobody has touched
    (UNSEEN_DOCUMENT). Closed when returned."""
    repo = Repository.open(path, user=layer)
    try:
        repo.import_records(records(finished, layer=layer), origin="manual")
        repo.import_records([DocumentRecord("new", UNSEEN_DOCUMENT, "not done yet")])
    finally:
        repo.close()
    return path


def document_id(repo: Repository, external_id: str) -> int:
    for doc in repo.document_ids():
        if repo.document(doc, with_text=False).external_id == external_id:
            return doc
    raise LookupError(external_id)
