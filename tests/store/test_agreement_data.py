"""What agreement reads: only annotators' layers marked done (core.layers decides who)."""

from __future__ import annotations

from annotator.core.types import DocumentRecord
from annotator.store.agreement_data import agreement_document_count, agreement_documents
from annotator.store.repository import Repository

TEXT = "قصفت المقاومة قاعدة حرير في أربيل يوم الأحد"


def test_only_annotator_layers_done_are_compared(repo: Repository) -> None:
    repo.import_records([DocumentRecord("news-1", TEXT, "t"), DocumentRecord("news-2", "نص", "t")])
    doc, other = repo.document_ids()
    repo.ensure_layer("rev", "reviewer")
    for layer in ("amina", "badr", "imported", "gold", "rev"):
        repo.add_span(doc, layer, 28, 33, "GPE")
        repo.set_status(doc, layer, "done")
    repo.set_status(other, "amina", "done")
    repo.set_status(other, "imported", "done")  # with amina alone: not a pair
    documents = dict(agreement_documents(repo.db))
    assert list(documents) == [doc] and agreement_document_count(repo.db) == 1
    assert sorted(documents[doc].layers) == ["amina", "badr"]
    assert documents[doc].layers["amina"].spans == [(28, 33, "GPE")]
