"""CoNLL: a token and one or more tag columns per line (our export, Wojood, CoNLL-2003 NER).

CoNLL keeps no original text, so each document's text is rebuilt from its tokens:
tokens joined by one space, sentences by one line break, one document per
"-DOCSTART-" block (docs/decisions/0010-token-exports.md). Every tag column is read
(nested spans are in the further columns); BIO, IOB1, BILOU and BIOES tags are
accepted, and an I- tag with no open span of its label starts one, as conlleval does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import ImportFileError
from annotator.core.importers.txt import title_of
from annotator.core.schema import Schema
from annotator.core.textio import normalize_text
from annotator.core.types import DocumentRecord, LayerRecord, Origin, Span, Status

DOCSTART = "-DOCSTART-"
_STARTS = frozenset("BUS")  # always open a span
_GOES_ON = frozenset("ILME")  # continue the open span of the same label, else open one
_ENDS = frozenset("LEUS")  # close the span after this token


@dataclass
class _Doc:
    """Text rebuilt so far and the spans found in it, as (start, end, label)."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    line: int = 0


def read_conll(path: Path, text: str, schema: Schema, layer: str) -> list[DocumentRecord]:
    docs: list[_Doc] = []
    doc = _Doc()
    sentence: list[tuple[str, list[str], int]] = []  # token, tags, line number
    for lineno, raw in enumerate(text.split("\n"), 1):
        fields = raw.split()
        if not fields or fields[0] == DOCSTART:
            _end_sentence(doc, sentence, schema, path)
            sentence = []
            if fields:
                docs.append(doc)
                doc = _Doc()
            continue
        if len(fields) < 2:
            raise ImportFileError(str(path), "expected a token and at least one tag", lineno)
        if not sentence and not doc.parts:
            doc.line = lineno
        sentence.append((normalize_text(fields[0]), fields[1:], lineno))
    _end_sentence(doc, sentence, schema, path)
    docs.append(doc)
    records = [_record(d, path, n, layer) for n, d in enumerate(
        (d for d in docs if d.parts), 1)]
    if not records:
        raise ImportFileError(str(path), "no tokens")
    return records


def _end_sentence(doc: _Doc, sentence: list[tuple[str, list[str], int]], schema: Schema,
                  path: Path) -> None:
    """Append a sentence's tokens to the document text and decode each tag column."""
    if not sentence:
        return
    if doc.parts:
        doc.parts.append("\n")
        doc.size += 1
    offsets: list[tuple[int, int]] = []
    for k, (token, _, _) in enumerate(sentence):
        if k:
            doc.parts.append(" ")
            doc.size += 1
        offsets.append((doc.size, doc.size + len(token)))
        doc.parts.append(token)
        doc.size += len(token)
    depth = max(len(tags) for _, tags, _ in sentence)
    for col in range(depth):
        open_at: tuple[int, str] | None = None  # (token index, label) of the open span
        for k, (_, tags, lineno) in enumerate([*sentence, ("", ["O"] * depth, 0)]):
            prefix, label = _tag(tags[col] if col < len(tags) else "O", schema, path, lineno)
            continues = prefix in _GOES_ON and open_at is not None and open_at[1] == label
            if open_at is not None and not continues:
                doc.spans.append((offsets[open_at[0]][0], offsets[k - 1][1], open_at[1]))
                open_at = None
            if prefix in _STARTS or (prefix in _GOES_ON and open_at is None):
                open_at = (k, label)
            if prefix in _ENDS and open_at is not None:
                doc.spans.append((offsets[open_at[0]][0], offsets[k][1], open_at[1]))
                open_at = None


def _tag(tag: str, schema: Schema, path: Path, lineno: int) -> tuple[str, str]:
    if tag == "O":
        return "O", ""
    prefix, dash, label = tag.partition("-")
    if not dash or len(prefix) != 1 or prefix not in _STARTS | _GOES_ON:
        raise ImportFileError(str(path), f"cannot read tag {tag!r} (expected O or B-, I-, "
                              "L-, U-, E-, S- and a label)", lineno)
    if schema.label(label) is None:
        raise ImportFileError(str(path), f"unknown label {label!r} in tag {tag!r}", lineno)
    return prefix, label


def _record(doc: _Doc, path: Path, n: int, layer: str) -> DocumentRecord:
    text = "".join(doc.parts)
    seen: set[tuple[int, int, str]] = set()
    spans: list[Span] = []
    for start, end, label in doc.spans:
        if (start, end, label) not in seen:  # the same span in two columns is one span
            seen.add((start, end, label))
            spans.append(Span(start, end, label, text[start:end], origin=Origin.IMPORTED))
    layers = [LayerRecord(layer, Status.NEW.value, spans, [])] if spans else []
    return DocumentRecord(f"{path.stem}-{n}", text, title_of(text), path.as_posix(), {},
                          layers, doc.line)
