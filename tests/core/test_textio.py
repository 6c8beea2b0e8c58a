"""Bytes to stored text: encoding detection and the only normalisations allowed."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from annotator.core.textio import (
    DecodeError,
    decode,
    detect_encoding,
    normalize_text,
    path_text,
)


def seed_paragraphs(seed_files: list[Path], encodable_in: str | None = None) -> list[str]:
    out = []
    for path in seed_files:
        for para in path.read_text(encoding="utf-8").split("\n"):
            if not para.strip():
                continue
            if encodable_in:
                try:
                    para.encode(encodable_in)
                except UnicodeEncodeError:
                    continue
            out.append(para)
    return out


def test_utf8_seeds_decode_unchanged(seed_files: list[Path]) -> None:
    for path in seed_files:
        data = path.read_bytes()
        assert detect_encoding(data) == "utf-8"
        assert decode(data) == data.decode("utf-8")


def test_every_cp1256_seed_paragraph_is_detected(seed_files: list[Path]) -> None:
    """Windows-1256 is the legacy Arabic encoding; no paragraph may come back garbled."""
    paragraphs = seed_paragraphs(seed_files, "cp1256")
    assert len(paragraphs) > 20
    wrong = [p[:30] for p in paragraphs if decode(p.encode("cp1256")) != p]
    assert wrong == []


@pytest.mark.parametrize("text", ["طهران", "الوضع المظلم", "قال بايدن إن الولايات المتحدة سترد."])
def test_short_cp1256_texts(text: str) -> None:
    assert decode(text.encode("cp1256")) == text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_bom_is_detected_and_dropped(bom: bytes, encoding: str) -> None:
    text = "عنوان\nنص فيه 😀 و\u00a0مسافة"
    assert decode(bom + text.encode(encoding)) == text


def test_explicit_encoding_overrides_detection() -> None:
    text = "الحرس الثوري الإيراني في بغداد"
    raw = text.encode("mac_arabic")  # detection guesses another single-byte code page
    assert decode(raw, "mac_arabic") == text
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8") == text
    assert decode(text.encode("utf-16-le"), "utf-16-le") == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["الحرس الثوري الإيراني\nفي بغداد، 7 أكتوبر.\n",
                                  "Plain English notes\r\nsecond line\n", "طهران بغداد"])
def test_utf16_without_bom_is_detected(encoding: str, text: str) -> None:
    assert detect_encoding(text.encode(encoding)) == encoding
    assert decode(text.encode(encoding)) == text


def test_nul_bytes_that_are_not_utf16_text_are_binary_with_a_hint() -> None:
    broken = "عنوان\x01\x02 نص".encode("utf-16-le")  # control characters: not text
    with pytest.raises(DecodeError, match="binary.*pass --encoding utf-16-le"):
        decode(broken)
    with pytest.raises(DecodeError, match="binary.*pass --encoding utf-16-le"):
        decode("some text".encode("utf-16-le")[:-1])  # odd length: cut in a character
    with pytest.raises(DecodeError, match=r"binary file \(contains NUL bytes\), not text$"):
        decode("text".encode("utf-32-le"))  # NULs on both sides: no UTF-16 hint


def test_truncated_utf8_says_where() -> None:
    data = "سطر أول\nسطر ثان مقطوع".encode()[:-1]
    with pytest.raises(DecodeError, match="not valid UTF-8: the file ends in the middle "
                       "of a character at column 13") as info:
        decode(data)
    assert info.value.line == 2
    assert f"byte offset {len(data) - 1}" in str(info.value)


def test_a_stray_byte_in_utf8_says_where() -> None:
    data = "سطر أول\n".encode() * 3 + "في بغداد".encode() + b"\xff" + "نص".encode()
    with pytest.raises(DecodeError, match=r"not valid UTF-8 at column 9 \(byte offset "
                       r"\d+: 0xFF, invalid start byte\); if the file is in another "
                       "encoding, pass --encoding") as info:
        decode(data)
    assert info.value.line == 4


def test_unknown_or_wrong_explicit_encoding() -> None:
    with pytest.raises(DecodeError, match="unknown encoding 'klingon'"):
        decode(b"abc", "klingon")
    with pytest.raises(DecodeError, match="not valid utf-8 at column 1"):
        decode("طهران".encode("cp1256"), "utf-8")


def test_file_names_that_are_not_utf8_become_storable_text() -> None:
    name = os.fsdecode(b"/tmp/bad\xffname.txt")  # what Python makes of such a name
    assert path_text(name) == "/tmp/bad\\xffname.txt"
    assert path_text(Path("/tmp/خبر.txt")) == "/tmp/خبر.txt"
    path_text(name).encode("utf-8")  # storable


def test_binary_bytes_are_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    with pytest.raises(DecodeError, match="binary"):
        decode(png)
    controls = bytes(range(1, 9)) * 50 + b"text"
    with pytest.raises(DecodeError, match="binary"):
        decode(controls)


def test_normalize_text_only_line_endings_and_nfc() -> None:
    assert normalize_text("a\r\nb\rc\n") == "a\nb\nc\n"
    assert normalize_text("cafe\u0301") == "caf\u00e9"
    # Tatweel, tashkeel, NBSP, RLM, ZWNJ and alef variants are annotation-relevant: kept.
    arabic = "مُحَمَّد العـــراق\u00a0\u200fأإآ\u200c"
    assert normalize_text(arabic) == arabic
