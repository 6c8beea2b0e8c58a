"""The spaCy export streams (issue 13) and still writes exactly what it wrote before.

The JSONL line is assembled from templates instead of `json.dumps` of a dict, and the
DocBin is spooled instead of held and written without building spaCy's Doc: the bytes
must be those of `json.dumps` and of spaCy's own `DocBin.to_bytes` of the Docs the
export built before. Past one DocBin's 4 GiB the DocBin becomes a folder of parts; that
limit is a parameter here, so the parts show with a few documents.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.exporters.options import TokenOptions
from annotator.core.exporters.parallel import Workers
from annotator.core.exporters.report import ExportReport
from annotator.core.exporters.spacy import _cats, _task_line, write_spacy
from annotator.core.exporters.staging import staged_writes
from annotator.core.exporters.textcat import spacy_cats
from annotator.core.exporters.tokenized import Tokenized, tokenized
from annotator.core.schema import Schema, load_schema
from annotator.core.tokens import cover, gap_tokens
from annotator.core.types import DocumentRecord, LayerRecord, Span

spacy = pytest.importorskip("spacy")


def old_task(doc: Tokenized, cover: list[tuple[int, int, bool]],
             schema: Schema) -> dict[str, Any]:
    """The task dict the spaCy export passed to json.dumps before issue 13 (frozen)."""
    record = doc.record
    text = record.text
    index = {start: i for i, (start, _, _) in enumerate(cover)}
    spans = []
    for p in doc.placed:
        span: dict[str, Any] = {"start": p.span.start, "end": p.span.end,
                                "label": p.span.label, "text": p.span.text}
        if p.exact:
            span["token_start"] = index[doc.tokens[p.first][0]]
            span["token_end"] = index[doc.tokens[p.last - 1][0]]
        spans.append(span)
    meta = {"id": record.external_id, "title": record.title, "source": record.source}
    meta.update({k: v for k, v in record.meta.items() if k not in meta})
    task = {
        "text": text,
        "meta": meta,
        "tokens": [{"text": text[a:b], "start": a, "end": b, "id": i, "ws": ws}
                   for i, (a, b, ws) in enumerate(cover)],
        "spans": spans,
    }
    (layer,) = record.layers
    cats = spacy_cats(schema, layer.doc_labels) if layer.doc_labels else {}
    if cats:
        task["cats"] = cats
    return task


def old_spacy_doc(nlp: Any, doc: Tokenized, schema: Schema) -> Any:
    """The Doc the spaCy export built and handed to DocBin before (frozen): a blank Arabic
    pipeline's Doc on the whole-text tokens, every span on token boundaries in
    spans["sc"], the outermost ones as ents, document labels as cats, the id as user
    data."""
    from spacy.tokens import Doc

    whole = cover(doc.record.text, doc.tokens, doc.texts)
    sdoc = Doc(nlp.vocab, words=whole.texts, spaces=whole.spaces)
    exact = [p for p in doc.placed if p.exact]
    spans = [sdoc.char_span(p.span.start, p.span.end, p.span.label) for p in exact]
    sdoc.spans["sc"] = spans
    sdoc.ents = [span for span, p in zip(spans, exact, strict=True) if p.level == 0]
    (layer,) = doc.record.layers
    sdoc.cats = spacy_cats(schema, layer.doc_labels) if layer.doc_labels else {}
    sdoc.user_data["id"] = doc.record.external_id
    return sdoc


LABELS = ["PER", "GPE", "ORG"]
CHARS = list("ابتثجحخ لإيران وبغداد\u00a0\n\t.،«»\"'\\/😀\u2028\u200c\x1f")


@st.composite
def records(draw: st.DrawFn) -> DocumentRecord:
    text = draw(st.text(alphabet=st.sampled_from(CHARS), min_size=1, max_size=60))
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.append(Span(start, end, draw(st.sampled_from(LABELS)), text[start:end]))
    meta = draw(st.dictionaries(st.text(max_size=5), st.one_of(
        st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8),
        st.none(), st.lists(st.booleans(), max_size=2)), max_size=3))
    labels: dict[str, Any] = {}
    if draw(st.booleans()):  # document labels become spaCy's cats
        labels["relevance"] = draw(st.sampled_from(["relevant", "partly", "not_relevant"]))
    if draw(st.booleans()):
        labels["countries"] = tuple(draw(st.lists(st.sampled_from(["iraq", "syria", "iran"]),
                                                  min_size=1, max_size=2, unique=True)))
    if draw(st.booleans()):
        labels["note"] = draw(st.text(max_size=5))
    return DocumentRecord(draw(st.text(max_size=8)), text, draw(st.text(max_size=8)),
                          draw(st.text(max_size=8)), meta,
                          [LayerRecord("gold", "done", spans, doc_labels=labels)])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=records(), split=st.booleans())
def test_a_jsonl_line_is_the_bytes_json_dumps_wrote(record: DocumentRecord,
                                                    split: bool) -> None:
    schema = load_schema()
    options = TokenOptions(clitics="split" if split else "keep")
    doc = tokenized(record, options, ExportReport(), widen=False)
    old = gap_tokens(record.text, doc.tokens)
    new = cover(record.text, doc.table, doc.texts)
    assert _task_line(doc, new, _cats(doc, schema)) == json.dumps(old_task(doc, old, schema),
                                                      ensure_ascii=False)


def corpus() -> list[DocumentRecord]:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    out = []
    for n, path in enumerate(sorted(seeds.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        words = [i for i, ch in enumerate(text) if ch == " "]
        spans = [Span(a + 1, b, LABELS[k % 3], text[a + 1:b])
                 for k, (a, b) in enumerate(zip(words[::7], words[1::7], strict=False))
                 if "\n" not in text[a + 1:b]]
        nested = [Span(s.start, s2.end, "ORG", text[s.start:s2.end])
                  for s, s2 in zip(spans[::5], spans[1::5], strict=False)
                  if "\n" not in text[s.start:s2.end]]
        labels = {"relevance": "relevant", "countries": ("iraq",)} if n % 2 else {}
        out.append(DocumentRecord(f"seed-{n}", text, path.stem, layers=[
            LayerRecord("gold", "done", spans + nested, doc_labels=labels)]))
    out.append(DocumentRecord("empty-ish", " \n ", "blank", layers=[LayerRecord("gold", "done")]))
    out.append(DocumentRecord("inside", "رسائل لإيران", "x", layers=[
        LayerRecord("gold", "done", [Span(7, 12, "GPE", "إيران")])]))
    return out


def spacy_docs(records: list[DocumentRecord]) -> list[Any]:
    nlp = spacy.blank("ar")
    schema = load_schema()
    return [old_spacy_doc(nlp, tokenized(record, TokenOptions(clitics="split"),
                                         ExportReport(), widen=False), schema)
            for record in records]


def exported_docbin(records: list[DocumentRecord], folder: Path) -> bytes:
    """The `.spacy` file the export writes of these records (in this process)."""
    write_spacy(records, folder / "out.jsonl", load_schema(), TokenOptions(clitics="split"),
                Workers(1))
    return (folder / "out.spacy").read_bytes()


def test_the_exported_docbin_is_byte_for_byte_spacys(tmp_path: Path) -> None:
    from spacy.tokens import DocBin

    records = corpus()
    expected = DocBin(store_user_data=True, docs=spacy_docs(records)).to_bytes()
    assert exported_docbin(records, tmp_path) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == [  # no spool left
        "out.jsonl", "out.spacy"]


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(batch=st.lists(records(), min_size=1, max_size=4))
def test_any_documents_docbin_is_spacys_own(batch: list[DocumentRecord],
                                            tmp_path: Path) -> None:
    """Without building the Doc, the DocBin still holds exactly what spaCy's would:
    every token's lexeme, entity tags, spans, cats and user data, and its strings."""
    from spacy.tokens import DocBin

    expected = DocBin(store_user_data=True, docs=spacy_docs(batch)).to_bytes()
    assert exported_docbin(batch, tmp_path) == expected


def test_past_the_limit_the_docbin_is_parts_each_spacys_own(tmp_path: Path) -> None:
    from spacy.tokens import DocBin

    from annotator.core.exporters.docbin import DocEncoder, DocSpan, StreamedDocBin
    from annotator.core.exporters.spacy import _cats, _doc_spans

    records = corpus()
    docs = spacy_docs(records)
    encoder = DocEncoder()
    encoded = []
    schema = load_schema()
    for record in records:
        doc = tokenized(record, TokenOptions(clitics="split"), ExportReport(), widen=False)
        whole = cover(record.text, doc.tokens, doc.texts)
        spans: list[DocSpan] = _doc_spans(doc, whole)
        encoded.append(encoder.encode(whole.texts, whole.spaces, spans, _cats(doc, schema),
                                      {"id": record.external_id}))
    sizes = [len(e.tokens) for e in encoded]
    limit = max(sizes[0] + sizes[1], max(sizes))  # the first two documents fit in one part
    streamed = StreamedDocBin(tmp_path, encoder.version, encoder.attrs, max_bin=limit)
    try:
        for e in encoded:
            streamed.add(e)
        files = streamed.files()
        for name, write in files:
            with open(tmp_path / str(name), "wb") as fh:
                write(fh)
    finally:
        streamed.close()
    names = [name for name, _ in files]
    assert len(names) > 2 and names[:2] == ["part-001.spacy", "part-002.spacy"]
    got = 0
    for name in names:
        data = (tmp_path / str(name)).read_bytes()
        part = DocBin().from_bytes(data)
        expected = DocBin(store_user_data=True, docs=docs[got:got + len(part)]).to_bytes()
        assert data == expected
        got += len(part)
    assert got == len(docs) and len(DocBin().from_bytes((tmp_path / names[0]).read_bytes())) == 2


def test_a_cancelled_export_stops_the_part_deflating_early(tmp_path: Path) -> None:
    """A full part is deflated in a thread while the next one fills; an export that stops
    then (an error, Cancel) must not wait for it to finish nor leave it running."""
    import threading

    from annotator.core.exporters.docbin import DocEncoder, DocSpan, StreamedDocBin

    encoder = DocEncoder()
    text = "بغداد " * 400
    words = text.split()
    encoded = encoder.encode(words, [True] * len(words), [DocSpan(0, 1, 0, 5, "GPE", True)],
                             {}, {"id": "big"})
    streamed = StreamedDocBin(tmp_path, encoder.version, encoder.attrs,
                              max_bin=len(encoded.tokens) * 2000)
    for _ in range(2001):  # the first part is full: it deflates while the second fills
        streamed.add(encoded)
    assert [t for t in threading.enumerate() if t.name == "docbin-deflate"]
    streamed.close()  # right away: 80 MB are far from deflated
    assert not [t for t in threading.enumerate() if t.name == "docbin-deflate"]
    assert type(streamed.parts[0].error).__name__ == "_Closed"  # stopped, not finished
    assert list(tmp_path.iterdir()) == []


def test_spacy_reads_a_folder_of_parts_as_one_corpus_and_the_manifest_checks_them(
        tmp_path: Path, schema: Schema) -> None:
    """What a user does with a DocBin folder: `spacy train --paths.train out.spacy`."""
    from spacy.training import Corpus

    from annotator.core.exporters import write_folder_atomic

    records = corpus()
    docs = spacy_docs(records)
    (tmp_path / "out.spacy").write_bytes(b"an older single DocBin")
    with staged_writes() as batch:
        from spacy.tokens import DocBin

        write_folder_atomic(tmp_path / "out.spacy", [
            ("part-001.spacy", lambda fh: fh.write(DocBin(docs=docs[:3]).to_bytes())),
            ("part-002.spacy", lambda fh: fh.write(DocBin(docs=docs[3:]).to_bytes()))])
        assert (tmp_path / "out.spacy").read_bytes() == b"an older single DocBin"
        sums = batch.checksums()
        batch.commit()
    assert sorted(sums) == ["out.spacy/part-001.spacy", "out.spacy/part-002.spacy"]
    nlp = spacy.blank("ar")
    read = [example.reference.text for example in Corpus(tmp_path / "out.spacy")(nlp)]
    assert sorted(read) == sorted(r.text for r in records)
    # And back: a single DocBin replaces the folder.
    write_spacy(records[:1], tmp_path / "out.jsonl", schema, TokenOptions())
    assert (tmp_path / "out.spacy").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "out.spacy"]
