"""The agreement report `annotator agreement` prints and Team > Agreement report shows.

The store reads the documents, core computes; progress is reported through a
callback that may raise annotator.core.progress.Cancelled.
"""

from __future__ import annotations

from annotator.core.agreement import agreement
from annotator.core.doc_label_agreement import document_label_agreement
from annotator.core.errors import UserError
from annotator.core.progress import Progress
from annotator.store.agreement_data import (
    agreement_documents,
    document_label_votes,
    suggested_spans,
)
from annotator.store.repository import Repository

# How accepted suggestions count: as every other span, left out, or both reports.
SUGGESTION_CHOICES = ("include", "exclude", "apart")


def agreement_report(repo: Repository, progress: Progress | None = None,
                     suggestions: str = "include") -> dict:
    """The report `annotator agreement --json` prints (keys in core.agreement).

    With no document marked done by two annotators it has "documents": 0 and no pairs;
    the caller decides how to tell the user. ``suggestions``: "include" counts spans made
    from suggestions like any other; "exclude" leaves them out (agreement on what people
    marked themselves: suggestions anchor annotators); "apart" gives the report with
    them, and adds "without_suggestions" (the report without them) and
    "suggested_spans" (how many each annotator accepted).
    """
    if suggestions not in SUGGESTION_CHOICES:
        raise UserError(f"unknown choice for suggestions '{suggestions}'")
    labels = [label.name for label in repo.schema().all_labels]
    documents = agreement_documents(repo.db, without_suggestions=suggestions == "exclude")
    report = agreement(documents, labels, progress)
    if suggestions != "include":
        report["suggestions"] = suggestions
    if suggestions == "apart":
        report["suggested_spans"] = suggested_spans(repo.db)
        report["without_suggestions"] = agreement(
            agreement_documents(repo.db, without_suggestions=True), labels)
    fields = repo.schema().document_fields
    if fields and report["documents"]:
        report["document_fields"] = document_label_agreement(
            fields, document_label_votes(repo.db))
    return report
