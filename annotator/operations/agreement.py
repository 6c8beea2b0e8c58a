"""The agreement report `annotator agreement` prints and Team > Agreement report shows.

The store reads the documents, core computes; progress is reported through a
callback that may raise annotator.core.progress.Cancelled.
"""

from __future__ import annotations

from annotator.core.agreement import agreement
from annotator.core.doc_label_agreement import document_label_agreement
from annotator.core.progress import Progress
from annotator.store.agreement_data import agreement_documents, document_label_votes
from annotator.store.repository import Repository


def agreement_report(repo: Repository, progress: Progress | None = None) -> dict:
    """The report `annotator agreement --json` prints (keys in core.agreement).

    With no document marked done by two annotators it has "documents": 0 and no pairs;
    the caller decides how to tell the user.
    """
    documents = agreement_documents(repo.db)
    labels = [label.name for label in repo.schema().all_labels]
    report = agreement(documents, labels, progress)
    fields = repo.schema().document_fields
    if fields and report["documents"]:
        report["document_fields"] = document_label_agreement(
            fields, document_label_votes(repo.db))
    return report
