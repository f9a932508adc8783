"""Plain-text letters: the Kamerstuk layout of DESIGN.md, or any other text.

Decoding accepts UTF-8 (with or without BOM), UTF-16 with a BOM and Windows
cp1252; binary data is refused with a clear message.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import match_footer
from briefer.ingest.layout import Progress, SourceLine, assemble_letter, blocks_from_lines
from briefer.ingest.model import LetterMeta, ParsedLetter

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 65_536


def decode_text(path: Path, data: bytes) -> str:
    """Bytes of a text file -> str, or a LetterImportError naming the problem."""
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_strict(path, data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_strict(path, data, "utf-16")
    else:
        if b"\x00" in data[:_SAMPLE]:
            raise LetterImportError(path, "bevat geen tekst maar binaire gegevens (NUL-bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise LetterImportError(path, "bevat geen leesbare tekst (binair bestand?)")
    if not text.strip():
        raise LetterImportError(path, "het bestand bevat geen tekst")
    return text


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
