"""Bytes to stored text: encoding detection and the only normalisations allowed.

Stored text may differ from the file only by: decoding, a dropped BOM, line endings
turned into "\\n", and Unicode NFC. Annotations are offsets into it, so nothing else
(tatweel, diacritics, boilerplate) is ever touched.
"""

from __future__ import annotations

import codecs
import hashlib
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
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
# Legacy single-byte encodings an Arabic text file plausibly uses, most likely first.
_ARABIC_LEGACY = ("cp1256", "iso8859_6", "cp720", "cp864")


def text_digest(text: str) -> str:
    """Hex SHA-256 of the UTF-8 text: a document's identity in a project and in JSONL."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DecodeError(UserError):
    pass


def detect_encoding(data: bytes) -> str:
    """Name the encoding of `data`, or raise DecodeError for binary or unknown bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_ARABIC_LEGACY)).best()
    if best is not None:
        return best.encoding
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot detect the encoding (not UTF-8, UTF-16 or Windows-1256)")
    return best.encoding


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode file bytes to text (BOM dropped), detecting the encoding unless given."""
    text: str | None = None
    if encoding is None and not data.startswith(_BOM_PREFIXES) and b"\x00" not in data:
        try:  # the common case: decode once instead of detecting, then decoding again
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if text is None:
        name = encoding or detect_encoding(data)
        try:
            codecs.lookup(name)
        except LookupError:
            raise DecodeError(f"unknown encoding '{name}'") from None
        if encoding and name.lower().replace("-", "").replace("_", "") == "utf8":
            name = "utf-8-sig"
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid {name} (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise DecodeError("binary file (control characters), not text")
    return text


def _looks_binary(text: str) -> bool:
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
