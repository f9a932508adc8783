"""Read any supported file into a ParsedLetter, choosing the reader by content."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.layout import Progress
from briefer.ingest.model import ParsedLetter

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".pdf", ".docx", ".odt", ".xml", ".html", ".htm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MB = 1024 * 1024
_HEAD = 65_536
MAX_TEXT_BYTES = 256 * _MB  # a text letter is rarely 1 MB; 100 MB of prose still imports
MAX_DOCUMENT_BYTES = 1024 * _MB  # PDF and Word files can carry large images


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a LetterImportError saying why they cannot be read.

    The first 64 kB decide before the rest is read: a binary file that is no
    PDF or Word document is refused at once (a 100 MB blob is never read into
    memory), and so is a file larger than any letter can be.
    """
    try:
        if path.is_dir():
            raise LetterImportError(path, "is een map, geen bestand")
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            _check_head(path, head, os.fstat(handle.fileno()).st_size)
            handle.seek(0)
            data = handle.read()  # not head + rest: that would hold the file twice
    except FileNotFoundError:
        raise LetterImportError(path, "bestand niet gevonden") from None
    except PermissionError:
        raise LetterImportError(path, "geen toestemming om het bestand te lezen") from None
    except MemoryError:
        raise LetterImportError(path, "het bestand is te groot voor het geheugen") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise LetterImportError(path, f"het bestand kan niet worden gelezen ({reason})") from None
    if not data.strip():
        raise LetterImportError(path, "het bestand is leeg")
    return data


def _check_head(path: Path, head: bytes, size: int) -> None:
    document = head.startswith((b"%PDF-", _ZIP_MAGIC, _OLE_MAGIC))
    limit = MAX_DOCUMENT_BYTES if document else MAX_TEXT_BYTES
    if size > limit:
        raise LetterImportError(
            path,
            f"het bestand is te groot voor een brief ({size // _MB} MB; "
            f"de grens is {limit // _MB} MB)",
        )
    if not document and path.suffix.lower() not in (".pdf", ".docx", ".docm", ".odt"):
        from briefer.ingest.text import binary_problem

        problem = binary_problem(head)
        if problem is not None:
            raise LetterImportError(path, problem)


def read_letter(path: Path | str, progress: Progress | None = None) -> ParsedLetter:
    """Parse a letter file (text, PDF or Word) by what it contains, not its name."""
    path = Path(path)
    return parse_letter(path, read_bytes(path), progress)


def parse_letter(
    path: Path,
    data: bytes,
    progress: Progress | None = None,
    body_lines: Sequence[tuple[int, str]] = (),
) -> ParsedLetter:
    """Parse the bytes of a letter file; ``path`` names it in messages.

    ``body_lines``: (page, text) of PDF lines the user said are the letter's text."""
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-"):
        from briefer.ingest.pdf import read_pdf

        letter = read_pdf(path, data, progress, body_lines)
    elif data.startswith(_ZIP_MAGIC):
        from briefer.ingest.odt import is_odt

        if is_odt(data):
            from briefer.ingest.odt import read_odt

            letter = read_odt(path, data)
        else:
            from briefer.ingest.docx import read_docx

            letter = read_docx(path, data, progress)
    elif data.startswith(_OLE_MAGIC):
        raise LetterImportError(
            path, "dit is een oud Word-document (.doc); sla het in Word op als .docx"
        )
    elif suffix == ".pdf":
        raise LetterImportError(path, "is geen geldige PDF (het begin van het bestand ontbreekt)")
    elif suffix in (".docx", ".docm", ".odt"):
        kind = "OpenDocument-tekstbestand (.odt)" if suffix == ".odt" else "Word-document (.docx)"
        raise LetterImportError(path, f"is geen geldig {kind}: geen zip-bestand")
    elif _is_official_xml(data):
        from briefer.ingest.official_xml import read_official_xml

        letter = read_official_xml(path, data)
    elif _is_html(data, suffix):
        from briefer.ingest.html_reader import read_html

        letter = read_html(path, data)
    elif suffix == ".xml":
        raise LetterImportError(
            path, "is geen XML van officielebekendmakingen.nl (Kamerstuk of Aanhangsel)"
        )
    else:
        from briefer.ingest.text import read_text

        letter = read_text(path, data, progress)
    if letter.passage_count() == 0:
        raise LetterImportError(path, "bevat geen tekst om te importeren")
    from briefer.ingest.kinds import recognise

    recognise(letter)
    return letter


def _is_official_xml(data: bytes) -> bool:
    from briefer.ingest.official_xml import is_official_xml

    return is_official_xml(data)


def _is_html(data: bytes, suffix: str) -> bool:
    from briefer.ingest.html_reader import is_html

    return is_html(data, suffix)
