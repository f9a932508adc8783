"""Plain-text letters: the Kamerstuk layout of DESIGN.md, or any other text.

Decoding accepts UTF-8 (with or without BOM), UTF-16 with a BOM and Windows
cp1252, also mixed in one file (UTF-8 text with a few cp1252 bytes pasted in:
each byte that is not UTF-8 is read as cp1252, so neither part turns into
mojibake); binary data is refused with a clear message.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import match_footer
from briefer.ingest.layout import Progress, SourceLine, assemble_letter, blocks_from_lines
from briefer.ingest.model import LetterMeta, ParsedLetter

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_SAMPLE = 65_536
NUL_BYTES = "bevat geen tekst maar binaire gegevens (NUL-bytes)"
NOT_READABLE = "bevat geen leesbare tekst (binair bestand?)"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as cp1252 (or Latin-1)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_cp1252_char(byte) for byte in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d have no cp1252 character
        return chr(byte)


codecs.register_error("briefer-cp1252", _cp1252_fallback)


def binary_problem(head: bytes) -> str | None:
    """Why the first bytes of a file show that it is not text, or None if they may be."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return NUL_BYTES
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls > max(2, len(head) // 200):
        return NOT_READABLE
    return None


def decode_text(path: Path, data: bytes) -> str:
    """Bytes of a text file -> str, or a LetterImportError naming the problem."""
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_strict(path, data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strict(path, data, "utf-16")
    else:
        if b"\x00" in data:  # anywhere, not only at the start: never half a binary file
            raise LetterImportError(path, NUL_BYTES)
        text = _decode_unmarked(path, data)
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise LetterImportError(path, NOT_READABLE)
    if not text.strip():
        raise LetterImportError(path, "het bestand bevat geen tekst")
    return text


def _decode_unmarked(path: Path, data: bytes) -> str:
    """UTF-8, else cp1252; mostly UTF-8 with a few other bytes is read as both.

    A cp1252 file can contain a byte pair that happens to be valid UTF-8, so a
    file counts as UTF-8 with stray bytes only when its UTF-8 characters
    outnumber the bytes that are not UTF-8.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8 = sum(len(match) for match in _UTF8_SEQUENCE.findall(data))
    other = len(data) - len(data.translate(None, _HIGH_BYTES)) - utf8
    if utf8 <= other:  # mostly (or only) bytes that are not UTF-8: a Windows file
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    log.warning("%s: UTF-8 with bytes in another encoding; those were read as cp1252", path)
    return data.decode("utf-8", errors="briefer-cp1252")


def _decode_strict(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LetterImportError(
            path, f"ongeldige {encoding.upper()}-tekst (byte {exc.start})"
        ) from None


def source_lines(text: str) -> list[SourceLine]:
    """Give every line its page.

    A page footer ends the page whose number it carries. In the Kamerstuk layout
    (recognised by its footers) a line that begins with a space starts a new
    page; a form feed starts a new page in any text.
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kamerstuk_layout = any(match_footer(line) for line in raw[:5000]) or any(
        match_footer(line) for line in raw[-200:]
    )
    lines: list[SourceLine] = []
    page = 1
    seen_content = False
    after_footer: int | None = None
    for line in raw:
        form_feeds = line.count("\f")
        if form_feeds:
            line = line.replace("\f", "")
            if seen_content:
                page += form_feeds
                after_footer = None
                lines.append(SourceLine("", page))
                if not line.strip():
                    continue
                lines.append(SourceLine(line, page, page_start=True))
                continue
        footer = match_footer(line)
        if footer is not None:
            lines.append(SourceLine(line, page))
            after_footer = footer.page if footer.page is not None else page
            continue
        if not line.strip():
            lines.append(SourceLine("", page))
            continue
        page_start = False
        if after_footer is not None:
            page = max(page, after_footer) + 1 if seen_content else page
            page_start = seen_content
            after_footer = None
        elif kamerstuk_layout and line.startswith(" ") and seen_content:
            page += 1
            page_start = True
        seen_content = True
        lines.append(SourceLine(line, page, page_start))
    return lines


def parse_text(
    text: str, *, fallback_title: str = "", progress: Progress | None = None
) -> ParsedLetter:
    scan = blocks_from_lines(source_lines(text), progress)
    return assemble_letter(
        scan.blocks,
        LetterMeta(pages=scan.pages),
        footers=scan.footers,
        fallback_title=fallback_title,
        source_format="txt",
    )


def read_text(path: Path, data: bytes, progress: Progress | None = None) -> ParsedLetter:
    return parse_text(decode_text(path, data), fallback_title=path.stem, progress=progress)
