"""What Briefer keeps of how a letter was read: a copy of its file, the user's fixes.

The copy of a PDF or Word file (``sources/<sha256><suffix>`` next to the
database) lets the import check show the original pages later and lets a
letter be read again; the
fixes (``letter_fixes``) are re-applied whenever the letter is read again.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefer import paths
from briefer.core.models import Letter, LetterFix, LetterSource
from briefer.core.store.database import Store
from briefer.ingest.corrections import Fix

log = logging.getLogger(__name__)

SOURCES_DIR = "sources"
_SUFFIXES = (".pdf", ".docx", ".txt", ".text", ".md")


def sources_dir(store: Store) -> Path:
    return store.path.parent / SOURCES_DIR


def _copy_path(store: Store, file_hash: str, suffix: str) -> Path:
    suffix = suffix.lower() if suffix.lower() in _SUFFIXES else ".bin"
    return sources_dir(store) / f"{file_hash}{suffix}"


def keep_source(store: Store, file_hash: str, suffix: str, data: bytes) -> None:
    """Keep a copy of an imported PDF or Word file (written atomically); a failure only logs.

    Text letters are not copied: they are small, a bulk import of thousands of
    them should not double its writes, and the check view shows their passages.
    """
    if not data.startswith((b"%PDF-", b"PK\x03\x04")):
        return
    target = _copy_path(store, file_hash, suffix)
    if target.exists():
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError:
        log.warning("could not keep a copy of the imported file in %s", target.parent)


def source_file(store: Store, letter_id: int) -> Path | None:
    """The newest kept copy of a file the letter was imported from, if there is one."""
    with store.read() as session:
        sources = session.execute(
            select(LetterSource.file_hash, LetterSource.file_name)
            .where(LetterSource.letter_id == letter_id)
            .order_by(LetterSource.id.desc())
        ).all()
        letter = session.get(Letter, letter_id)
        bundled = letter.source_name if letter is not None and letter.bundled else None
    for file_hash, file_name in sources:
        copy = _copy_path(store, file_hash, Path(file_name).suffix)
        if copy.is_file():
            return copy
    if bundled is not None:  # the shipped letter is its own source
        shipped = paths.resources_dir() / "letters" / Path(bundled).name
        if shipped.is_file():
            return shipped
    return None


def stored_fixes(session: Session, letter_id: int) -> list[Fix]:
    rows = session.scalars(
        select(LetterFix).where(LetterFix.letter_id == letter_id).order_by(LetterFix.position)
    )
    return [Fix(row.kind, row.target, dict(row.value)) for row in rows]
