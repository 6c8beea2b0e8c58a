"""Reading a JSON lines file record by record as it is decoded, in bounded memory.

`read_file` holds a file's bytes, its text, its lines and all its records at once: about
six times the file (4.85 GB for 850 MB). A JSON lines file (native, doccano, Prodigy,
spaCy) is read here instead: 4 MB of bytes at a time through an incremental decoder,
cut into lines, each line read by the same function as `read_file` reads it
(`jsonl.line_record`), so a record is what it was and a bad line is refused in the
same words, naming the same line.

Whatever the streamed reading cannot decide the way the whole-file reading does,
it does not decide: it raises ReadWhole, and the caller (operations/importing.py)
rolls back what it stored of the file and reads it whole with `read_file`. That is:
a file not in UTF-8 (without a byte order mark or --encoding saying which), bytes that
do not decode, NUL bytes, control characters at the start ("binary"), a file with no
record (empty or blank), a JSON array (Label Studio) and formats that are not JSON
lines (txt, conll), and, in a spaCy file, a bad record (its token check of the whole
file comes first). A bad line is reported only once the rest of the file is known to
decode, as the whole-file reading decodes before it reads a line.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from annotator.core.errors import ImportFileError
from annotator.core.formats import AUTO, DEFAULT_IMPORT_LAYER, detect_import_format, import_format
from annotator.core.importers.jsonl import line_record
from annotator.core.importers.spacy import token_line_problem
from annotator.core.schema import Schema
from annotator.core.textio import BOM_PREFIXES, detect_encoding, looks_binary, path_text
from annotator.core.types import DocumentRecord

CHUNK = 4 << 20  # bytes read at a time
# The formats read line by line, and the reader's kind for each.
_KINDS = {"jsonl": "jsonl", "native": "native", "doccano": "doccano", "prodigy": "prodigy",
          "spacy": "prodigy"}
_BINARY_SAMPLE = 8192  # characters looks_binary inspects


class ReadWhole(Exception):
    """The file must be read whole (read_file): the streamed reading stops here."""


class RecordStream:
    """The records of one JSON lines file, read as they are iterated (once).

    `done` and `size` (bytes) tell how far it has got, for a progress bar.
    """

    def __init__(self, path: Path, schema: Schema, fmt: str = AUTO,
                 encoding: str | None = None, layer: str = DEFAULT_IMPORT_LAYER,
                 chunk: int = CHUNK) -> None:
        if fmt != AUTO:
            import_format(fmt)  # an unknown format is refused before the file is read
        self.path = path
        self.schema = schema
        self.fmt = fmt
        self.encoding = encoding
        self.layer = layer
        self.chunk = chunk
        self.done = 0
        try:
            self.size = os.stat(path).st_size
        except OSError:
            raise ReadWhole() from None

    def __iter__(self) -> Iterator[DocumentRecord]:
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 (closed below)
        except OSError:
            raise ReadWhole() from None
        with fh:
            yield from self._records(fh)

    def _records(self, fh: IO[bytes]) -> Iterator[DocumentRecord]:
        pieces = self._text(fh)
        head = self._head(pieces)
        name = Path(path_text(self.path))  # as stored and reported (always valid UTF-8)
        kind = self.fmt
        if kind == AUTO:
            if head.lstrip("\ufeff \t\r\n")[:1] == "[":
                raise ReadWhole()  # a JSON array (Label Studio): parsed whole
            kind = detect_import_format(name, head)
        if kind not in _KINDS:
            raise ReadWhole()
        spacy = kind == "spacy"
        found = 0
        for lineno, line in _lines(head, pieces):
            problem = token_line_problem(line) if spacy else None
            if problem:
                self._drain(pieces)
                raise ImportFileError(str(name), problem, lineno)
            try:
                record = line_record(name, lineno, line, self.schema, _KINDS[kind], self.layer)
            except ImportFileError:
                if spacy:
                    raise ReadWhole() from None  # a token problem further on comes first
                self._drain(pieces)
                raise
            if record is not None:
                found += 1
                yield record
        if not found:
            raise ReadWhole()  # empty, blank or no records: read_file says which

    def _text(self, fh: IO[bytes]) -> Iterator[str]:
        """The file's text, piece by piece, exactly as textio.decode would give it whole.

        The encoding: --encoding if given, else a byte order mark's, else UTF-8 (what
        decode tries first). A NUL byte (UTF-16 without a mark?) or bytes that do not
        decode: ReadWhole, where detection looks at the whole file.
        """
        wanted = max(self.chunk, 4)  # a byte order mark is up to 4 bytes
        data = fh.read(wanted)
        self.done = len(data)
        name = self.encoding
        if name is None:
            if data.startswith(BOM_PREFIXES):
                name = detect_encoding(data[:4])
            else:
                name = "utf-8"
                if b"\x00" in data:
                    raise ReadWhole()
        else:
            try:
                codecs.lookup(name)
            except LookupError:
                raise ReadWhole() from None
            if name.lower().replace("-", "").replace("_", "") == "utf8":
                name = "utf-8-sig"
        check_nul = self.encoding is None and name == "utf-8"
        decoder = codecs.getincrementaldecoder(name)(errors="strict")
        first = True
        while True:
            final = len(data) < wanted
            try:
                text = decoder.decode(data, final=final)
            except UnicodeDecodeError:
                raise ReadWhole() from None
            if first and text:
                first = False
                if text.startswith("\ufeff"):
                    text = text[1:]
            if text:
                yield text
            if final:
                return
            wanted = self.chunk
            data = fh.read(wanted)
            self.done += len(data)
            if check_nul and b"\x00" in data:
                raise ReadWhole()

    def _head(self, pieces: Iterator[str]) -> str:
        """The text's start: its first 8,192 characters (what the binary check looks at)
        and its first non-blank line whole (what format detection looks at)."""
        head = ""
        for piece in pieces:
            head += piece
            body = head.lstrip("\ufeff \t\r\n")
            if len(head) >= _BINARY_SAMPLE and "\n" in body:
                break
        if looks_binary(head):
            raise ReadWhole()
        return head

    def _drain(self, pieces: Iterator[str]) -> None:
        """Decode the rest of the file: read_file refuses a file that does not decode
        before it reads a line, so that is the error to give if there is one."""
        for _ in pieces:
            pass


def _lines(head: str, pieces: Iterator[str]) -> Iterator[tuple[int, str]]:
    """(number, line) of the text split at "\\n" only, as read_jsonl splits it."""
    lineno = 0
    rest = head
    for piece in pieces:
        rest += piece
        *complete, rest = rest.split("\n")
        for line in complete:
            lineno += 1
            yield lineno, line
    *complete, rest = rest.split("\n")
    for line in complete:
        lineno += 1
        yield lineno, line
    yield lineno + 1, rest
