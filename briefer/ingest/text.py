"""Plain-text letters: the Kamerstuk layout of DESIGN.md, or any other text.

Decoding accepts UTF-8 (with or without BOM), UTF-16 with a BOM and Windows
cp1252. A file is read as cp1252 only when it is cp1252 throughout: not one
valid UTF-8 sequence of several bytes in it. Text that is UTF-8 but for a few
bytes stays UTF-8: a stray byte is read as the cp1252 character it is (a
paragraph pasted in from a Windows file keeps its «», ‘’ and ë), a broken UTF-8
sequence or a byte without a cp1252 character becomes U+FFFD, and the letter
carries a line saying how many bytes were replaced. Binary data is refused
with a clear message.
"""

from __future__ import annotations

import codecs
import logging
import re
import threading
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import FOOTER_MARK, match_footer
from briefer.ingest.layout import Progress, SourceLine, assemble_letter, blocks_from_lines
from briefer.ingest.model import LetterMeta, ParsedLetter

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_SAMPLE = 65_536
NUL_BYTES = "bevat geen tekst maar binaire gegevens (NUL-bytes)"
NOT_READABLE = "bevat geen leesbare tekst (binair bestand?)"


REPLACEMENT = "\ufffd"


class _Replaced:
    """The bytes the decoder replaced in the file being decoded (one decode at a time
    per thread: the error handler is global, so the count is kept per thread)."""

    local = threading.local()

    @classmethod
    def start(cls) -> None:
        cls.local.as_cp1252 = 0
        cls.local.unknown = 0

    @classmethod
    def counts(cls) -> tuple[int, int]:
        return getattr(cls.local, "as_cp1252", 0), getattr(cls.local, "unknown", 0)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a stray byte as its cp1252 character, a broken sequence as U+FFFD."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    local = _Replaced.local
    if len(bad) > 1:  # the start of a UTF-8 sequence cut short: no character to guess
        local.unknown = getattr(local, "unknown", 0) + len(bad)
        return REPLACEMENT, error.end
    try:
        char = bad.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d have no cp1252 character
        local.unknown = getattr(local, "unknown", 0) + 1
        return REPLACEMENT, error.end
    local.as_cp1252 = getattr(local, "as_cp1252", 0) + 1
    return char, error.end


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
    return decode_with_note(path, data)[0]


def decode_with_note(path: Path, data: bytes) -> tuple[str, str | None]:
    """The text, and a line for the user when bytes that were not UTF-8 were replaced."""
    note = None
    # UTF-8 (also with bytes replaced), cp1252 and Latin-1 make a control character of
    # that byte only: a file without such bytes (nearly every one) has none in its text,
    # found out in its bytes many times as fast.
    byte_for_byte = True
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_strict(path, data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strict(path, data, "utf-16")
        byte_for_byte = False
    else:
        if b"\x00" in data:  # anywhere, not only at the start: never half a binary file
            raise LetterImportError(path, NUL_BYTES)
        text, note = _decode_unmarked(data)
    sample = text[:_SAMPLE]
    if (
        sample
        and (not byte_for_byte or len(data.translate(None, _CONTROL_BYTES)) < len(data))
        and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)
    ):
        raise LetterImportError(path, NOT_READABLE)
    if not text.strip():
        raise LetterImportError(path, "het bestand bevat geen tekst")
    return text, note


def _decode_unmarked(data: bytes) -> tuple[str, str | None]:
    """UTF-8; cp1252 only for a file without one valid UTF-8 sequence of several bytes.

    UTF-8 but for a few bytes stays UTF-8, with those bytes replaced (see the
    module's docstring) and a line saying how many.
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data) is None:  # cp1252 throughout: a Windows file
        try:
            return data.decode("cp1252"), None
        except UnicodeDecodeError:
            return data.decode("latin-1"), None
    _Replaced.start()
    text = data.decode("utf-8", errors="briefer-cp1252")
    as_cp1252, unknown = _Replaced.counts()
    return text, replaced_note(as_cp1252, unknown)


def replaced_note(as_cp1252: int, unknown: int) -> str:
    """``5 bytes waren geen geldige UTF-8 en zijn vervangen (3 als Windows-1252, 2 door �)``."""
    total = as_cp1252 + unknown
    parts = []
    if as_cp1252:
        parts.append(f"{as_cp1252} gelezen als Windows-1252")
    if unknown:
        parts.append(f"{unknown} vervangen door {REPLACEMENT}")
    noun = "byte was" if total == 1 else "bytes waren"
    return f"{total} {noun} geen geldige UTF-8 ({', '.join(parts)})"


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
    # A letter has a thousand lines and more: the loop tests cheaply first (whether
    # the text has a form feed at all, whether a line can be a footer) and makes each
    # SourceLine as its own __new__ does, without calling that Python function.
    lines: list[SourceLine] = []
    append = lines.append
    make = tuple.__new__
    form_feed = "\f" in text
    page = 1
    seen_content = False
    after_footer: int | None = None
    for line in raw:
        if form_feed and "\f" in line:
            form_feeds = line.count("\f")
            line = line.replace("\f", "")
            if seen_content:
                page += form_feeds
                after_footer = None
                append(make(SourceLine, ("", page, False)))
                if not line.strip():
                    continue
                append(make(SourceLine, (line, page, True)))
                continue
        footer = match_footer(line) if FOOTER_MARK in line else None
        if footer is not None:
            append(make(SourceLine, (line, page, False)))
            after_footer = footer.page if footer.page is not None else page
            continue
        if not line or line.isspace():
            append(make(SourceLine, ("", page, False)))
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
        append(make(SourceLine, (line, page, page_start)))
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
    return read_text_noted(path, data, progress)[0]


def read_text_noted(
    path: Path, data: bytes, progress: Progress | None = None
) -> tuple[ParsedLetter, str | None]:
    """The letter, and the line on replaced bytes (the reader adds it to the letter's
    notice once the kind of document is settled: it says nothing about the kind)."""
    text, note = decode_with_note(path, data)
    return parse_text(text, fallback_title=path.stem, progress=progress), note
