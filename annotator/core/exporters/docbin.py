"""The `.spacy` DocBin of the spaCy export, written as the documents stream past.

spaCy's DocBin keeps every document's token array (13 64-bit numbers per token: about
60 KB for a document of 3,000 characters, 6 GB for 100,000) until `to_bytes` packs them
all into one zlib-compressed msgpack map. This writer gives the same bytes (a test
compares them with `DocBin.to_bytes`) in bounded memory: each document's arrays and
packed values go to anonymous temporary files (spools) as it is added; at the end the
map's headers are written by hand and the spools copied in, all through one zlib
stream (deflate's output does not depend on how its input is cut). What each document
adds is made by `DocEncoder` straight from its tokens and spans, without spaCy's Doc.

One DocBin holds at most 4 GiB of token data (msgpack's largest binary value; about
65,000 documents of 3,000 characters): spaCy cannot write a larger one, and could not
load it without twice that memory. Past that, the target is a folder of DocBins
(`part-001.spacy`, ...) of consecutive documents, each as full as fits; spaCy reads a
folder of `.spacy` files as one corpus (`spacy train --paths.train X.spacy`).
"""

from __future__ import annotations

import os
import shutil
import struct
import tempfile
import threading
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import UserError

MAX_BIN = 0xFFFF_FFFF  # msgpack's largest binary value, in bytes
_CHUNK = 1 << 20
# The values of the map DocBin.to_bytes packs that hold one item per document, in order.
_PER_DOC = ("cats", "flags", "span_groups", "user_data")
# The token attributes a DocBin stores (spaCy 3.x). The Docs of this export set only
# ORTH, NORM, ENT_IOB, ENT_TYPE and SENT_START; the others stay 0.
_KNOWN_ATTRS = frozenset(("ORTH", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_IOB", "ENT_TYPE",
                          "HEAD", "SENT_START", "ENT_KB_ID", "MORPH", "ENT_ID"))
_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3  # spaCy's ENT_IOB values
_SPAN = struct.Struct(">QQQllll")  # SpanGroup.to_bytes: id, kb_id, label, tokens, chars


class _Part:
    """One DocBin's worth of documents, spooled."""

    def __init__(self, folder: Path) -> None:
        self.spools = {name: tempfile.TemporaryFile(dir=folder) for name in
                       ("tokens", "spaces", *_PER_DOC)}
        self.lengths = array("i")
        self.string_ids: set[int] = set()  # the ids of its documents' strings
        self.token_bytes = 0
        # A full part, deflated in a thread while the next one fills: its finished bytes.
        self.deflated: IO[bytes] | None = None
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()
        if self.deflated is not None:
            self.deflated.close()


@dataclass(frozen=True, slots=True)
class EncodedDoc:
    """One Doc as DocBin.add stores it: what the spools and the string table receive.
    Made by `DocEncoder` (in a worker process, for a large export), added in order."""

    tokens: bytes  # the token array, C order (rows: tokens, columns: the DocBin's attrs)
    rows: int
    spaces: bytes
    cats: bytes  # each of these four packed with msgpack, as to_bytes packs the lists
    flags: bytes
    span_groups: bytes
    user_data: bytes
    # The strings DocBin.add collects, as spaCy's ids (uint64, C order) and, for those
    # its encoder has not sent before, {id: string}. Sending each string once per
    # encoder, not once per document, keeps the export's parent process light.
    string_ids: bytes
    new_strings: dict[int, str]


@dataclass(frozen=True, slots=True)
class DocSpan:
    """A span of the Doc: tokens [start, end), characters [start_char, end_char)."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    entity: bool  # also one of doc.ents (these must not overlap)


class DocEncoder:
    """What `DocBin(store_user_data=True).add` keeps of the Doc a blank Arabic pipeline
    makes of given tokens and spans, without making the Doc.

    Making spaCy's Doc and reading it back took most of the spaCy export's time (about
    2 ms a document). Yet such a Doc holds little: per token, its lexeme's ORTH and NORM
    (asked of spaCy's own vocabulary, once per distinct text), its entity tag, and a
    sentence start on the first token; every other attribute is 0. So the array and
    the packed values are written here directly. A property test holds them to
    spaCy's own `DocBin` of the Doc built the usual way, byte for byte.
    """

    def __init__(self) -> None:
        import numpy
        import spacy
        from spacy.attrs import IDS
        from spacy.tokens import DocBin
        from srsly.msgpack import Packer

        proto = DocBin(store_user_data=True)
        self.version: str = proto.version
        self.attrs: list[int] = list(proto.attrs)
        names = {value: name for name, value in IDS.items()}
        unknown = {names.get(attr, str(attr)) for attr in self.attrs} - _KNOWN_ATTRS
        if unknown:
            raise UserError(f"spaCy {spacy.__version__} stores token attributes that the "
                            f"spaCy export cannot fill ({', '.join(sorted(unknown))}); "
                            "use spaCy 3.7 or 3.8")
        column = {names[attr]: i for i, attr in enumerate(self.attrs)}
        self.orth, self.norm = column["ORTH"], column["NORM"]
        self.iob, self.ent_type = column["ENT_IOB"], column["ENT_TYPE"]
        self.sent_start = column["SENT_START"]
        self.pack = Packer(use_bin_type=True).pack
        self.vocab = spacy.blank("ar").vocab
        # Each token text seen (and sent) so far: its row in `lexemes`, which holds its
        # lexeme's ORTH and NORM.
        self.rows: dict[str, int] = {}
        self.lexemes = numpy.zeros((0, 2), dtype=numpy.uint64)
        self.flags = self.pack({"has_unknown_spaces": False})  # every space is given
        self.empty = self.vocab.strings.add("")  # each token's (empty) tag, lemma, ...
        self.sent: set[int] = set()  # the ids of the labels (and "") sent so far

    def encode(self, texts: list[str], spaces: list[bool], spans: list[DocSpan],
               cats: dict[str, float], user_data: dict[str, Any]) -> EncodedDoc:
        """What DocBin.add keeps of `Doc(vocab, words=texts, spaces=spaces)` whose
        spans["sc"] are `spans`, whose ents are those of them marked `entity`, with
        these cats and user_data."""
        import numpy

        distinct = set(texts)
        new_strings = self._learn(distinct.difference(self.rows))
        rows = len(texts)
        tokens = numpy.zeros((rows, len(self.attrs)), dtype=numpy.uint64)
        others = set()  # string ids besides the tokens' texts and norms
        if rows:
            lexemes = self.lexemes[numpy.fromiter(map(self.rows.__getitem__, texts),
                                                  numpy.intp, rows)]
            tokens[:, self.orth] = lexemes[:, 0]
            tokens[:, self.norm] = lexemes[:, 1]
            tokens[:, self.iob] = _OUTSIDE
            tokens[0, self.sent_start] = 1
            others.add(self.empty)  # a span's empty knowledge base id and id too
        packed = []
        for span in spans:
            label = self.vocab.strings.add(span.label)
            packed.append(_SPAN.pack(0, 0, label, span.start, span.end, span.start_char,
                                     span.end_char))
            others.add(label)
            if span.entity:
                tokens[span.start, self.iob] = _BEGIN
                tokens[span.start + 1:span.end, self.iob] = _INSIDE
                tokens[span.start:span.end, self.ent_type] = label
        pack = self.pack
        group = pack({"name": "sc", "attrs": {}, "spans": packed})
        for string_id in others.difference(self.sent):
            new_strings[string_id] = self.vocab.strings[string_id]
            self.sent.add(string_id)
        ids = numpy.concatenate((  # the distinct texts' ORTH and NORM, and the others
            self.lexemes[numpy.fromiter(map(self.rows.__getitem__, distinct), numpy.intp,
                                        len(distinct))].ravel(),
            numpy.fromiter(others, numpy.uint64, len(others))))
        return EncodedDoc(tokens.tobytes("C"), rows, bytes(spaces), pack(cats), self.flags,
                          pack(pack({group: ["sc"]})), pack(pack(user_data)),
                          ids.tobytes("C"), new_strings)

    def _learn(self, texts: set[str]) -> dict[int, str]:
        """Each new token text's lexeme, as spaCy's vocabulary makes it; the new strings
        (the texts and their norms) by id."""
        new: dict[int, str] = {}
        if not texts:
            return new
        import numpy

        first = len(self.rows)
        if first + len(texts) > len(self.lexemes):  # room for twice as many, copied once
            grown = numpy.zeros((2 * (first + len(texts)), 2), dtype=numpy.uint64)
            grown[:first] = self.lexemes[:first]
            self.lexemes = grown
        for row, text in enumerate(texts, first):
            lexeme = self.vocab[text]
            self.rows[text] = row
            self.lexemes[row] = (lexeme.orth, lexeme.norm)
            new[lexeme.orth] = text
            new[lexeme.norm] = lexeme.norm_
        return new


class StreamedDocBin:
    """Collects Docs like `DocBin(store_user_data=True)` and writes what `to_bytes` would.

    `add` each DocEncoder result (of this process or a worker's), in order, then write
    the `files()`. Call `close` in any case (it removes the spools).
    """

    def __init__(self, folder: Path, version: str, attrs: list[int],
                 max_bin: int = MAX_BIN) -> None:
        from srsly.msgpack import Packer

        self.version = version
        self.attrs = attrs
        self.pack = Packer(use_bin_type=True).pack
        self.folder = folder
        self.max_bin = max_bin
        self.parts: list[_Part] = []
        self.part = _Part(folder)
        self.strings: dict[int, str] = {}  # every string id the encoders sent, its string
        self.closing = False

    def add(self, doc: EncodedDoc) -> None:
        """What DocBin.add does, into the spools."""
        import numpy

        part = self.part
        size = len(doc.tokens)
        if part.lengths and part.token_bytes + size > self.max_bin:
            self._deflate_early(part)
            self.parts.append(part)
            self.part = part = _Part(self.folder)
        part.token_bytes += size
        part.lengths.append(doc.rows)
        spools = part.spools
        spools["tokens"].write(doc.tokens)
        spools["spaces"].write(doc.spaces)
        spools["cats"].write(doc.cats)
        spools["flags"].write(doc.flags)
        spools["span_groups"].write(doc.span_groups)
        spools["user_data"].write(doc.user_data)
        part.string_ids.update(numpy.frombuffer(doc.string_ids, numpy.uint64).tolist())
        self.strings.update(doc.new_strings)

    def files(self) -> list[tuple[str | None, Callable[[IO[bytes]], None]]]:
        """(name, write) per file, once every Doc is added: `write(fh)` writes its bytes.

        One DocBin has no name (the caller's target file); several are `part-001.spacy`,
        `part-002.spacy`, ... for the caller's target folder.
        """
        parts = [*self.parts, self.part]
        if len(parts) == 1:
            return [(None, self._writer(parts[0]))]
        return [(f"part-{n:03d}.spacy", self._writer(part)) for n, part in enumerate(parts, 1)]

    def _writer(self, part: _Part) -> Callable[[IO[bytes]], None]:
        return lambda fh: self._write_part(part, fh)

    def close(self) -> None:
        self.closing = True  # a part still deflating in its thread stops
        for part in [*self.parts, self.part]:
            if part.thread is not None:
                part.thread.join()
            part.close()

    def _deflate_early(self, part: _Part) -> None:
        """Deflate a full part in a thread, into a spool of its own, while the next part
        fills. Deflating is most of a large DocBin's writing (about 0.7 ms a document,
        45 s for a full part) and zlib works outside the GIL, so it is done before the
        last document, on the CPU the export's other work leaves free."""
        part.deflated = tempfile.TemporaryFile(dir=self.folder)

        def run() -> None:
            assert part.deflated is not None
            try:
                self._write(part, part.deflated)
            except BaseException as exc:  # raised where the part is written, if it is
                part.error = exc

        part.thread = threading.Thread(target=run, name="docbin-deflate", daemon=True)
        part.thread.start()

    def _write_part(self, part: _Part, fh: IO[bytes]) -> None:
        if part.thread is None:
            self._write(part, fh)
            return
        part.thread.join()
        if part.error is not None:
            raise part.error
        assert part.deflated is not None
        part.deflated.seek(0)
        shutil.copyfileobj(part.deflated, fh, _CHUNK)

    def _write(self, part: _Part, fh: IO[bytes]) -> None:
        """zlib(msgpack(map)) exactly as DocBin.to_bytes builds it."""
        import numpy

        deflate = zlib.compressobj()
        pack = self.pack

        def put(data: bytes) -> None:
            out = deflate.compress(data)
            if out:
                fh.write(out)

        def copy(spool: IO[bytes]) -> None:
            spool.flush()
            spool.seek(0)
            while chunk := spool.read(_CHUNK):
                if self.closing:
                    raise _Closed
                put(chunk)

        docs = len(part.lengths)
        put(_map_header(10))
        put(pack("version") + pack(self.version) + pack("attrs") + pack(self.attrs))
        for name in ("tokens", "spaces"):
            spool = part.spools[name]
            put(pack(name) + _bin_header(spool.seek(0, os.SEEK_END)))
            copy(spool)
        lengths = numpy.asarray(part.lengths, dtype="int32").tobytes("C")
        put(pack("lengths") + _bin_header(len(lengths)) + lengths)
        put(pack("strings") + pack(sorted(map(self.strings.__getitem__, part.string_ids))))
        for name in _PER_DOC:
            put(pack(name) + _array_header(docs))
            copy(part.spools[name])
        fh.write(deflate.flush())


class _Closed(Exception):
    """The DocBin was closed (the export failed or was cancelled) while a part deflated."""


def _map_header(n: int) -> bytes:
    assert n <= 15
    return bytes([0x80 | n])


def _array_header(n: int) -> bytes:
    if n <= 15:
        return bytes([0x90 | n])
    if n <= 0xFFFF:
        return b"\xdc" + struct.pack(">H", n)
    return b"\xdd" + struct.pack(">I", n)


def _bin_header(n: int) -> bytes:
    if n <= 0xFF:
        return b"\xc4" + struct.pack(">B", n)
    if n <= 0xFFFF:
        return b"\xc5" + struct.pack(">H", n)
    if n <= MAX_BIN:
        return b"\xc6" + struct.pack(">I", n)
    raise ValueError(f"{n} bytes do not fit in one msgpack binary value")
