"""Bytes to stored text: encoding detection and the only normalisations allowed.

Stored text may differ from the file only by: decoding, a dropped BOM, line endings
turned into "\\n", and Unicode NFC. Annotations are offsets into it, so nothing else
(tatweel, diacritics, boilerplate) is ever touched.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata

import charset_normalizer

from annotator.core.errors import UserError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
# Legacy single-byte encodings an Arabic text file plausibly uses, most likely first.
_ARABIC_LEGACY = ("cp1256", "iso8859_6", "cp720", "cp864")


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name as storable text: bytes that are not UTF-8 shown as \\xNN.

    Python keeps such bytes in a str as lone surrogates, which SQLite, JSON exports and
    Qt cannot take; the file is still importable under this name.
    """
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:
        raw = os.fspath(path).encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def text_digest(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text: a document's identity in a project and in JSONL."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DecodeError(UserError):
    """Bytes that are not text in the encoding detected or given; `line` if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def detect_encoding(data: bytes) -> str:
    """Name the encoding of `data`, or raise DecodeError for binary or unknown bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise _utf8_error(data, exc) from None
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_ARABIC_LEGACY)).best()
    if best is not None:
        return best.encoding
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot detect the encoding (not UTF-8, UTF-16 or Windows-1256)")
    return best.encoding


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 without a BOM (Notepad's "Unicode", some exports): the NUL bytes say which.

    ASCII characters (spaces, digits, line breaks) have a zero high byte, so their NULs
    all fall on odd offsets (little-endian) or even ones (big-endian). The guess is kept
    only if the whole file decodes to text without control or unassigned characters;
    binary data is refused.
    """
    even, odd = data[0::2].count(0), data[1::2].count(0)
    name = "utf-16-le" if odd > even else "utf-16-be"
    one_sided = min(even, odd) * 16 <= max(even, odd)
    if one_sided and len(data) % 2 == 0:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            text = None
        if text is not None and not any(
                unicodedata.category(ch) in _NOT_TEXT and ch not in _SPACES for ch in text):
            return name
    hint = f"; if it is UTF-16 text, pass --encoding {name}" if one_sided else ""
    raise DecodeError(f"binary file (contains NUL bytes), not text{hint}")


_NOT_TEXT = frozenset(("Cc", "Cn", "Co", "Cs"))  # controls, unassigned, private use, surrogates
_SPACES = "\t\n\r\f\v"


def _mostly_utf8(data: bytes) -> bool:
    """More well-formed non-ASCII UTF-8 characters than broken sequences.

    A UTF-8 file cut short or with a stray byte is still mostly UTF-8 and must be
    reported as broken, not read as Shift-JIS or Windows-1256 mojibake; legacy Arabic
    text almost never forms valid multi-byte UTF-8 sequences.
    """
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - broken >= max(broken, 1)


def _utf8_error(data: bytes, exc: UnicodeDecodeError, name: str = "UTF-8") -> DecodeError:
    """Where UTF-8 decoding failed: line, column (in characters) and byte offset."""
    line = data.count(b"\n", 0, exc.start) + 1
    line_start = data.rfind(b"\n", 0, exc.start) + 1
    column = len(data[line_start:exc.start].decode("utf-8", "replace")) + 1
    if exc.end == len(data) and exc.reason == "unexpected end of data":
        return DecodeError(f"not valid {name}: the file ends in the middle of a character "
                           f"at column {column} (byte offset {exc.start}); it looks truncated",
                           line)
    return DecodeError(f"not valid {name} at column {column} (byte offset {exc.start}: "
                       f"0x{data[exc.start]:02X}, {exc.reason}); if the file is in another "
                       "encoding, pass --encoding", line)


def check_encoding(name: str) -> None:
    """Refuse an encoding Python does not know: a batch checks its --encoding once, before
    any file, instead of failing each file on it."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise DecodeError(f"unknown encoding '{name}'") from None


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode file bytes to text (BOM dropped), detecting the encoding unless given."""
    text: str | None = None
    if encoding is None and not data.startswith(BOM_PREFIXES) and b"\x00" not in data:
        try:  # the common case: decode once instead of detecting, then decoding again
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if text is None:
        name = encoding or detect_encoding(data)
        check_encoding(name)
        if encoding and name.lower().replace("-", "").replace("_", "") == "utf8":
            name = "utf-8-sig"
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            if name == "utf-8-sig":
                raise _utf8_error(data, exc, encoding or "UTF-8") from None
            raise DecodeError(f"not valid {name} (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_binary(text):
        raise DecodeError("binary file (control characters), not text")
    return text


def looks_binary(text: str) -> bool:
    """Whether a text's first 8,192 characters hold more than 2% control characters."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample) > 0.02


def normalize_text(text: str) -> str:
    """The stored form of a text: "\\n" line endings and NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def is_normalized(text: str) -> bool:
    return "\r" not in text and unicodedata.is_normalized("NFC", text)
