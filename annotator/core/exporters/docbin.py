"""The `.spacy` DocBin of the spaCy export, written as the documents stream past.

spaCy's DocBin keeps every document's token array (13 64-bit numbers per token: about
60 KB for a document of 3,000 characters, 6 GB for 100,000) until `to_bytes` packs them
all into one zlib-compressed msgpack map. This writer gives the same bytes (a test
compares them with `DocBin.to_bytes`) in bounded memory: each document's arrays and
packed values go to anonymous temporary files (spools) as it is added; at the end the
map's headers are written by hand and the spools copied in, all through one zlib
stream (deflate's output does not depend on how its input is cut).

One DocBin holds at most 4 GiB of token data (msgpack's largest binary value; about
65,000 documents of 3,000 characters): spaCy cannot write a larger one, and could not
load it without twice that memory. Past that, the target is a folder of DocBins
(`part-001.spacy`, ...) of consecutive documents, each as full as fits; spaCy reads a
folder of `.spacy` files as one corpus (`spacy train --paths.train X.spacy`).
"""

from __future__ import annotations

import os
import struct
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_BIN = 0xFFFF_FFFF  # msgpack's largest binary value, in bytes
_CHUNK = 1 << 20
# Token accessors whose strings DocBin.add collects, with the array column each one reads.
_STRING_ATTRS = (("ORTH", "text"), ("TAG", "tag_"), ("LEMMA", "lemma_"), ("NORM", "norm_"),
                 ("MORPH", "morph"), ("DEP", "dep_"), ("ENT_TYPE", "ent_type_"),
                 ("ENT_KB_ID", "ent_kb_id_"), ("ENT_ID", "ent_id_"))
# The values of the map DocBin.to_bytes packs that hold one item per document, in order.
_PER_DOC = ("cats", "flags", "span_groups", "user_data")


@contextmanager
def msgpack_encoders_read_once() -> Iterator[None]:
    """Inside the block, srsly's msgpack looks its encoders up once, not per call.

    Every `srsly.msgpack_dumps` (spaCy calls it for each document's span groups, and
    we for its user data) asks `catalogue` for the registered encoders, which reads the
    entry points of every installed package: about 2.5 ms a call, most of the export's
    time. The encoders cannot change during an export, so the first answer is kept.
    """
    from srsly.msgpack import msgpack_encoders as registry

    if "get_all" in vars(registry):  # already inside such a block
        yield
        return
    keep_msgpack_encoders()
    try:
        yield
    finally:
        del registry.get_all


def keep_msgpack_encoders() -> None:
    """srsly's msgpack looks its encoders up once, for the rest of this process (an
    export's worker process; see `msgpack_encoders_read_once`)."""
    from srsly.msgpack import msgpack_encoders as registry

    if "get_all" not in vars(registry):
        found = registry.get_all()
        registry.get_all = lambda: found


class _Part:
    """One DocBin's worth of documents, spooled."""

    def __init__(self, folder: Path) -> None:
        self.spools = {name: tempfile.TemporaryFile(dir=folder) for name in
                       ("tokens", "spaces", *_PER_DOC)}
        self.lengths = array("i")
        self.strings: set[str] = set()
        self.token_bytes = 0

    def close(self) -> None:
        for spool in self.spools.values():
            spool.close()


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
    strings: frozenset[str]


class DocEncoder:
    """Turns Docs into what `DocBin(store_user_data=True).add` keeps of them."""

    def __init__(self) -> None:
        from spacy.attrs import IDS
        from spacy.tokens import DocBin
        from srsly.msgpack import Packer

        proto = DocBin(store_user_data=True)
        self.version: str = proto.version
        self.attrs: list[int] = list(proto.attrs)
        self.pack = Packer(use_bin_type=True).pack
        columns = {attr: i for i, attr in enumerate(self.attrs)}
        self.columns = [(columns.get(IDS[name]), accessor) for name, accessor in _STRING_ATTRS]
        self.seen: list[dict[int, str]] = [{} for _ in _STRING_ATTRS]  # value -> string

    def encode(self, doc: Doc) -> EncodedDoc:
        """What DocBin.add does, as bytes."""
        import numpy
        from spacy.attrs import SPACY

        tokens = doc.to_array(self.attrs)
        if len(tokens.shape) == 1:
            tokens = tokens.reshape((tokens.shape[0], 1))
        spaces = numpy.asarray(doc.to_array(SPACY), dtype=bool)
        pack = self.pack
        return EncodedDoc(tokens.tobytes("C"), len(tokens), spaces.tobytes("C"),
                          pack(doc.cats), pack({"has_unknown_spaces": doc.has_unknown_spaces}),
                          pack(doc.spans.to_bytes()), pack(pack(doc.user_data)),
                          frozenset(self._strings(doc, tokens)))

    def _strings(self, doc: Doc, tokens: Any) -> set[str]:
        """The strings DocBin.add collects from a Doc: each token's text, tag, lemma, norm,
        morphology, dependency and entity strings, and the span groups' labels.

        A token's string for each of these is a function of its value in one column of
        the array (a hash or a key), so it is asked of one token per value never seen
        before (and remembered), not of every token as DocBin.add does.
        """
        out: set[str] = set()
        for (column, accessor), seen in zip(self.columns, self.seen, strict=True):
            if column is None:  # a spaCy whose DocBin does not store this column
                out.update(str(getattr(t, accessor)) for t in doc)
                continue
            values = tokens[:, column].tolist()
            distinct = set(values)
            for value in distinct.difference(seen):
                seen[value] = str(getattr(doc[values.index(value)], accessor))
            out.update(map(seen.__getitem__, distinct))
        strings = doc.vocab.strings
        for group in doc.spans.values():
            for span in group:
                out.add(span.label_)
                if span.kb_id in strings:
                    out.add(span.kb_id_)
                if span.id in strings:
                    out.add(span.id_)
        return out


class StreamedDocBin:
    """Collects Docs like `DocBin(store_user_data=True)` and writes what `to_bytes` would.

    `add` each Doc (or `add_encoded` each DocEncoder result), then write the `files()`.
    Call `close` in any case (it removes the spools).
    """

    def __init__(self, folder: Path, max_bin: int = MAX_BIN) -> None:
        self.encoder = DocEncoder()
        self.version = self.encoder.version
        self.attrs = self.encoder.attrs
        self.pack = self.encoder.pack
        self.folder = folder
        self.max_bin = max_bin
        self.parts: list[_Part] = []
        self.part = _Part(folder)

    def add(self, doc: Doc) -> None:
        """What DocBin.add does, into the spools."""
        self.add_encoded(self.encoder.encode(doc))

    def add_encoded(self, doc: EncodedDoc) -> None:
        """Add a Doc encoded by a DocEncoder (of this process or another)."""
        part = self.part
        size = len(doc.tokens)
        if part.lengths and part.token_bytes + size > self.max_bin:
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
        part.strings |= doc.strings

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
        return lambda fh: self._write(part, fh)

    def close(self) -> None:
        for part in [*self.parts, self.part]:
            part.close()

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
        put(pack("strings") + pack(sorted(part.strings)))
        for name in _PER_DOC:
            put(pack(name) + _array_header(docs))
            copy(part.spools[name])
        fh.write(deflate.flush())


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
