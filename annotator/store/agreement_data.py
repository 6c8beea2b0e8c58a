"""What agreement compares, read a batch of documents at a time (none per document).

Only annotator layers count (core.layers: not gold, not reviewers', not imported). Only
documents that two or more of them marked done are read, and for each such document
only the layers marked done. Documents come in id order, 500 at a time (five queries
per batch, each batch in one read snapshot), so memory does not grow with the corpus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator

from sqlite_utils import Database

from annotator.core.agreement import AgreementDocument, LayerAnnotations
from annotator.core.document_fields import DocLabels, from_json
from annotator.core.layers import annotator_layers
from annotator.store.db import read_snapshot
from annotator.store.project import reviewers
from annotator.store.values import to_json

# The (document, layer) pairs that count: done annotator layers of documents with two,
# among the documents first..last. Parameters: the JSON list of annotator layers, first,
# last. "+layer": by the primary key's document range, not the layer's index (which
# visits every status of the layers for each batch).
_DONE = (
    "WITH annotated AS (SELECT document_id, layer FROM document_status WHERE status = 'done' "
    "AND +layer IN (SELECT value FROM json_each(?)) AND document_id BETWEEN ? AND ?), "
    "done AS (SELECT document_id, layer FROM annotated WHERE document_id IN "
    "(SELECT document_id FROM annotated GROUP BY document_id HAVING count(*) >= 2)) "
)
_COUNT = _DONE + "SELECT count(DISTINCT document_id) FROM done"
_LAYERS = _DONE + "SELECT document_id, layer FROM done"
_TEXTS = _DONE + "SELECT id, text FROM documents WHERE id IN (SELECT document_id FROM done)"
_SPANS = _DONE + (
    "SELECT s.document_id, s.layer, s.start, s.end, s.label FROM done d "
    "JOIN spans s ON s.document_id = d.document_id AND s.layer = d.layer"
)
_TRIGGERS = _DONE + (
    "SELECT e.document_id, e.layer, t.start, t.end, e.type FROM done d "
    "JOIN events e ON e.document_id = d.document_id AND e.layer = d.layer "
    "JOIN spans t ON t.id = e.trigger_span_id"
)
_ARGUMENTS = _DONE + (
    "SELECT e.document_id, e.layer, t.start, t.end, e.type, a.role, s.start, s.end "
    "FROM done d JOIN events e ON e.document_id = d.document_id AND e.layer = d.layer "
    "JOIN event_arguments a ON a.event_id = e.id "
    "JOIN spans t ON t.id = e.trigger_span_id JOIN spans s ON s.id = a.span_id"
)
_ALL = (0, 2**63 - 1)  # every document id


_SUGGESTED = _DONE + (
    "SELECT s.layer, count(*) FROM done d JOIN spans s ON s.document_id = d.document_id "
    "AND s.layer = d.layer WHERE s.origin = 'suggestion' GROUP BY s.layer ORDER BY s.layer"
)


def _compared(db: Database) -> str:
    """The JSON list of the layers that count as annotators."""
    done = [r[0] for r in db.execute(
        "SELECT DISTINCT layer FROM document_status WHERE status = 'done'")]
    return to_json(annotator_layers(done, reviewers(db)))


def agreement_document_count(db: Database) -> int:
    """How many documents two or more annotators marked done (what agreement reads)."""
    count: int = db.execute(_COUNT, [_compared(db), *_ALL]).fetchone()[0]
    return count


def suggested_spans(db: Database) -> dict[str, int]:
    """Per annotator, the accepted suggestions among the spans agreement compares."""
    return dict(db.execute(_SUGGESTED, [_compared(db), *_ALL]).fetchall())


def agreement_documents(db: Database, batch_size: int = 500, without_suggestions: bool = False,
                        ) -> Iterator[tuple[int, AgreementDocument]]:
    """(id, text and layers) of each document done by two or more annotators, in id order.

    ``without_suggestions`` leaves out the spans made from suggestions (origin
    'suggestion': accepted, labelled all, pre-annotated), so agreement measures what
    people marked themselves."""
    names = _compared(db)
    spans_sql = _SPANS + (" WHERE s.origin != 'suggestion'" if without_suggestions else "")
    after = 0
    while True:
        with read_snapshot(db):
            ids = [r[0] for r in db.execute(
                "SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", [after, batch_size])]
            if not ids:
                return
            args = [names, ids[0], ids[-1]]
            after = ids[-1]
            layers: dict[int, dict[str, LayerAnnotations]] = defaultdict(dict)
            for doc_id, layer in db.execute(_LAYERS, args):
                layers[doc_id][layer] = LayerAnnotations()
            if not layers:
                continue
            for doc_id, layer, *span in db.execute(spans_sql, args):
                layers[doc_id][layer].spans.append(tuple(span))
            for doc_id, layer, *trigger in db.execute(_TRIGGERS, args):
                layers[doc_id][layer].triggers.append(tuple(trigger))
            for doc_id, layer, *argument in db.execute(_ARGUMENTS, args):
                layers[doc_id][layer].arguments.append(tuple(argument))
            texts = db.execute(_TEXTS, args).fetchall()
        for doc_id, text in sorted(texts):
            yield doc_id, AgreementDocument(text, layers[doc_id])


# ------------------------------------------------------------------ document labels
_DOC_LABELS = _DONE + (
    "SELECT l.document_id, l.layer, l.field, l.value FROM done d JOIN document_labels l "
    "ON l.document_id = d.document_id AND l.layer = d.layer WHERE l.value IS NOT NULL"
)


def document_label_votes(db: Database) -> dict[int, dict[str, DocLabels]]:
    """Per document done by two or more annotators: each done layer's document labels
    (a done layer without any is there, empty: its fields count as unset)."""
    args = [_compared(db), *_ALL]
    votes: dict[int, dict[str, DocLabels]] = defaultdict(dict)
    for doc_id, layer in db.execute(_LAYERS, args):
        votes[doc_id][layer] = {}
    for doc_id, layer, name, value in db.execute(_DOC_LABELS, args):
        stored = from_json(json.loads(value))
        if stored is not None:
            votes[doc_id][layer][name] = stored
    return {doc_id: votes[doc_id] for doc_id in sorted(votes)}
