"""The agreement report `annotator agreement` prints and Team > Agreement report shows.

The store reads the documents a batch at a time, core counts them one by one; progress
is reported through a callback that may raise annotator.core.progress.Cancelled.
"""

from __future__ import annotations

from annotator.core.agreement import agreement
from annotator.core.progress import Progress
from annotator.store.agreement_data import agreement_document_count, agreement_documents
from annotator.store.repository import Repository


def agreement_report(repo: Repository, progress: Progress | None = None) -> dict:
    """The report `annotator agreement --json` prints (keys in core.agreement).

    With no document marked done by two annotators it has "documents": 0 and no pairs;
    the caller decides how to tell the user.
    """
    total = agreement_document_count(repo.db) if progress else 0
    documents = (doc for _, doc in agreement_documents(repo.db))
    labels = [label.name for label in repo.schema().all_labels]
    return agreement(documents, labels, progress, total)
