"""The Hugging Face export's rows are made from templates (issue 13): they must be the
bytes `json.dumps` of the row dict wrote before, for any text, id, spans and options."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.exporters.hf import _document_rows, tag_names
from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.tokenized import tokenized
from annotator.core.types import DocumentRecord, LayerRecord, Span

LABELS = ["PER", "GPE", "ORG"]
CHARS = list("ابتثجحخ لإيران وبغداد\u00a0\n\t.؟!،«»\"'\\/😀\u2028\u200c\x1f")


def old_rows(record: DocumentRecord, options: TokenOptions, names: list[str]) -> str:
    """The rows as the export wrote them before: `json.dumps` of each row's dict (frozen)."""
    ids = {name: i for i, name in enumerate(names)}
    nested = options.nested != "outermost"
    doc = tokenized(record, options, ExportReport(), widen=True, known=set(LABELS))
    cols = [list(map(ids.__getitem__, col))
            for col in doc.columns(options.scheme, outermost=not nested)]
    rows = []
    for n, (first, last) in enumerate(doc.sentences()):
        row: dict[str, Any] = {"id": f"{record.external_id}-{n}",
                               "document": record.external_id,
                               "tokens": doc.texts[first:last],
                               "ner_tags": cols[0][first:last]}
        if nested:
            inner = [col[first:last] for col in cols[1:]]
            while inner and not any(inner[-1]):
                inner.pop()
            row["nested_ner_tags"] = inner
        rows.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(rows)


@st.composite
def records(draw: st.DrawFn) -> DocumentRecord:
    text = draw(st.text(alphabet=st.sampled_from(CHARS), min_size=1, max_size=60))
    spans = []
    for _ in range(draw(st.integers(0, 8))):  # nested and crossing spans too
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        label = draw(st.sampled_from([*LABELS, "MISC"]))  # MISC: not in the label list
        spans.append(Span(start, end, label, text[start:end]))
    return DocumentRecord(draw(st.text(max_size=8)), text, "", "", {},
                          [LayerRecord("gold", "done", spans)])


@settings(max_examples=300, deadline=None)
@given(record=records(), scheme=st.sampled_from(["bio", "bilou"]),
       nested=st.sampled_from(["columns", "outermost"]),
       clitics=st.sampled_from(["keep", "split"]))
def test_hf_rows_are_the_bytes_json_dumps_wrote(record: DocumentRecord, scheme: str,
                                                nested: str, clitics: str) -> None:
    options = TokenOptions(scheme=scheme, clitics=clitics, nested=nested)
    names = tag_names(LABELS, scheme)
    rows = _document_rows(record, (options, LABELS, names))[0].decode("utf-8")
    assert rows == old_rows(record, options, names)
    if rows:
        assert all(json.loads(row)["document"] == record.external_id
                   for row in rows.split("\n"))
