"""Read any supported file into a ParsedLetter, choosing the reader by content."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.errors import LetterImportError
from briefer.ingest.layout import Progress
from briefer.ingest.model import ParsedLetter

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".pdf", ".docx")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a LetterImportError saying why they cannot be read."""
    try:
        if path.is_dir():
            raise LetterImportError(path, "is een map, geen bestand")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LetterImportError(path, "bestand niet gevonden") from None
    except PermissionError:
        raise LetterImportError(path, "geen toestemming om het bestand te lezen") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise LetterImportError(path, f"het bestand kan niet worden gelezen ({reason})") from None
    if not data.strip():
        raise LetterImportError(path, "het bestand is leeg")
    return data


def read_letter(path: Path | str, progress: Progress | None = None) -> ParsedLetter:
    """Parse a letter file (text, PDF or Word) by what it contains, not its name."""
    path = Path(path)
    return parse_letter(path, read_bytes(path), progress)


def parse_letter(path: Path, data: bytes, progress: Progress | None = None) -> ParsedLetter:
    """Parse the bytes of a letter file; ``path`` names it in messages."""
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-"):
        from briefer.ingest.pdf import read_pdf

        letter = read_pdf(path, data, progress)
    elif data.startswith(_ZIP_MAGIC):
        from briefer.ingest.docx import read_docx

        letter = read_docx(path, data, progress)
    elif data.startswith(_OLE_MAGIC):
        raise LetterImportError(
            path, "dit is een oud Word-document (.doc); sla het in Word op als .docx"
        )
    elif suffix == ".pdf":
        raise LetterImportError(path, "is geen geldige PDF (het begin van het bestand ontbreekt)")
    elif suffix in (".docx", ".docm"):
        raise LetterImportError(path, "is geen geldig Word-document (.docx): geen zip-bestand")
    else:
        from briefer.ingest.text import read_text

        letter = read_text(path, data, progress)
    if letter.passage_count() == 0:
        raise LetterImportError(path, "bevat geen tekst om te importeren")
    return letter
