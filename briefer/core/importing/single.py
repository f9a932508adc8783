"""Store a parsed letter: new letters, new versions of known letters, duplicates.

A new version of a letter (same kamerstuk number, other text) updates the
letter in place. Its passages are matched to the old ones (same text first,
then nearly the same text), so passage ids, and with them the user's manual
tags, notes and citations, stay where they were. An old passage that the new
version no longer has is kept as "retired" when the user's work points at it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from briefer.core.commitment_register import sync_commitments
from briefer.core.importing.letter_sources import keep_source, stored_fixes
from briefer.core.importing.worker import text_hash
from briefer.core.models import (
    Citation,
    Letter,
    LetterSource,
    Note,
    Passage,
    Section,
    Tag,
    utcnow,
)
from briefer.core.store.database import Store
from briefer.core.stored_parts import footnotes_json, letter_details, notice
from briefer.core.tags import tag_letter
from briefer.core.versions import save_version
from briefer.ingest.corrections import apply_fixes, body_lines
from briefer.ingest.errors import LetterImportError
from briefer.ingest.kamerstuk import kamerstuk_key
from briefer.ingest.layout import Progress
from briefer.ingest.model import ParsedLetter, ParsedPassage, ParsedSection
from briefer.ingest.reader import parse_letter, read_bytes

log = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED, DUPLICATE = "new", "updated", "unchanged", "duplicate"
_SIMILAR_ENOUGH = 0.75
_FUZZY_LIMIT = 400_000  # old x new unmatched pairs beyond which only exact matches count


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: str  # new | updated | unchanged | duplicate
    letter_id: int
    title: str
    kamerstuk: str | None
    pages: int
    passages: int
    retired: int = 0  # passages kept only for the user's notes, tags or citations
    notice: str | None = None  # the reader's line about how it read the file


def import_file(
    store: Store,
    path: Path | str,
    progress: Progress | None = None,
    *,
    bundled: bool = False,
    reread: bool = False,
) -> ImportResult:
    """Read, parse and store one file in one transaction; raises LetterImportError.

    A file imported before is a duplicate, unless ``reread``: then it is read
    again (by this version's readers) into the same letter, with the user's
    fixes applied again.
    """
    path = Path(path)
    data = read_bytes(path)
    file_hash = hashlib.sha256(data).hexdigest()
    known_letter: int | None = None
    source_name = path.name
    lines: list[tuple[int, str]] = []  # the user's "this is text of the letter" fixes
    with store.read() as session:
        known = session.scalar(select(LetterSource).where(LetterSource.file_hash == file_hash))
        if known is not None and not reread:
            return _result(session, path, DUPLICATE, known.letter_id)
        if known is not None:
            known_letter, source_name = known.letter_id, known.file_name
            lines = body_lines(stored_fixes(session, known.letter_id))
    parsed = _parse(path, data, progress, lines)
    if known_letter is None:  # a new file of a known letter: read it as the user fixed it
        with store.read() as session:
            same = find_same_letter(session, parsed)
            lines = body_lines(stored_fixes(session, same.id)) if same is not None else []
        if lines:
            parsed = _parse(path, data, progress, lines)
    with store.session() as session:
        status, letter_id = store_letter(
            session,
            parsed,
            source_name,
            file_hash if known_letter is None else None,
            bundled=bundled,
            letter_id=known_letter,
        )
        result = _result(session, path, status, letter_id)
    if not bundled:
        keep_source(store, file_hash, path.suffix, data)
    return result


def store_letter(
    session: Session,
    parsed: ParsedLetter,
    source_name: str,
    file_hash: str | None,
    *,
    bundled: bool = False,
    letter_id: int | None = None,
) -> tuple[str, int]:
    """Store a letter as read from the file ``source_name``: the letter (``store_parsed``),
    its tags and commitments, and the file's hash (unless None: a file known before).
    Returns (status, letter id)."""
    status, letter_id = store_parsed(
        session, parsed, source_name, bundled=bundled, letter_id=letter_id
    )
    if status in (NEW, UPDATED):
        tag_letter(session, letter_id)
        sync_commitments(session, letter_id)
    if file_hash is not None:
        session.add(LetterSource(letter_id=letter_id, file_hash=file_hash, file_name=source_name))
    session.flush()
    return status, letter_id


def _parse(
    path: Path, data: bytes, progress: Progress | None, lines: list[tuple[int, str]]
) -> ParsedLetter:
    try:
        return parse_letter(path, data, progress, lines)
    except LetterImportError:
        raise
    except Exception as exc:  # a reader met something it did not foresee
        log.exception("reading %s failed", path)
        raise LetterImportError(
            path, f"het bestand kan niet worden gelezen ({type(exc).__name__}: {exc})"
        ) from exc


def _result(session: Session, path: Path, status: str, letter_id: int) -> ImportResult:
    letter = session.get_one(Letter, letter_id)
    rows = session.execute(
        select(Passage.retired, func.count())
        .where(Passage.letter_id == letter_id)
        .group_by(Passage.retired)
    )
    counts = {bool(retired): count for retired, count in rows}
    return ImportResult(
        path,
        status,
        letter_id,
        letter.title,
        letter.kamerstuk,
        letter.pages,
        counts.get(False, 0),
        counts.get(True, 0),
        notice(letter.details),
    )


def find_same_letter(session: Session, parsed: ParsedLetter) -> Letter | None:
    """The stored letter that ``parsed`` is a version of, if any."""
    meta = parsed.meta
    if meta.publication:  # the stuk's official id: the same in each of its published forms
        same = session.scalar(select(Letter).where(Letter.publication == meta.publication))
        if same is not None:
            return same
    if meta.kamerstuk:
        return session.scalar(
            select(Letter).where(Letter.kamerstuk_key == kamerstuk_key(meta.kamerstuk))
        )
    content = session.scalar(select(Letter).where(Letter.content_hash == parsed.content_hash()))
    if content is not None or meta.date is None:
        return content
    return session.scalar(
        select(Letter).where(Letter.title == meta.title, Letter.letter_date == meta.date)
    )


def store_parsed(
    session: Session,
    parsed: ParsedLetter,
    source_name: str,
    *,
    bundled: bool = False,
    letter_id: int | None = None,
) -> tuple[str, int]:
    """Insert or update the letter (``letter_id``, or the one it is a version of).

    The user's fixes of the letter are applied to what was read before it is
    stored. Returns (status, letter id).
    """
    existing = session.get(Letter, letter_id) if letter_id else find_same_letter(session, parsed)
    if existing is not None:
        parsed = apply_fixes(parsed, stored_fixes(session, existing.id))
    content_hash = parsed.content_hash()
    if existing is not None and existing.content_hash == content_hash:
        if letter_id is not None:  # read again or fixed: the metadata may be new
            _copy_meta(existing, parsed, source_name, content_hash, keep_known=False)
        elif (
            existing.source_format in _WITHOUT_PAGES and parsed.source_format not in _WITHOUT_PAGES
        ):
            _take_pages(session, existing, parsed)
        return UNCHANGED, existing.id
    if existing is not None:
        save_version(session, existing)  # the old text stays readable (briefer.core.versions)
    letter = existing or Letter(source_name=source_name, bundled=bundled)
    _copy_meta(letter, parsed, source_name, content_hash, keep_known=letter_id is None)
    if existing is None:
        session.add(letter)
        session.flush()
        _insert_outline(session, letter.id, parsed, matched={})
        return NEW, letter.id
    _replace_outline(session, letter.id, parsed)
    return UPDATED, letter.id


_WITHOUT_PAGES = ("xml", "html", "odt")  # forms that print no page numbers


def _take_pages(session: Session, letter: Letter, parsed: ParsedLetter) -> None:
    """The same stuk read first from a form without pages (XML, HTML, ODT) and now from
    its PDF: the letter takes the PDF's pages, passage by passage and heading by heading
    (the text is the same, so they stand in the same order)."""
    passages = session.scalars(
        select(Passage)
        .where(Passage.letter_id == letter.id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ).all()
    read = list(parsed.all_passages())
    if len(passages) != len(read):
        return
    for stored, passage in zip(passages, read, strict=True):
        stored.first_page, stored.last_page = passage.first_page, passage.last_page
        stored.footnotes = footnotes_json(passage.footnotes)
    sections = session.scalars(
        select(Section).where(Section.letter_id == letter.id).order_by(Section.position)
    ).all()
    headings = list(parsed.walk_sections())
    if len(sections) == len(headings):
        for section, heading in zip(sections, headings, strict=True):
            section.page = heading.page
    letter.pages = parsed.meta.pages
    letter.source_format = parsed.source_format


def _copy_meta(
    letter: Letter,
    parsed: ParsedLetter,
    source_name: str,
    content_hash: str,
    *,
    keep_known: bool = True,
) -> None:
    """Copy the parsed metadata onto the letter.

    ``keep_known``: another form of the same letter may not print its reference,
    ministry, directie or dossier; keep what is known. Not when the same file
    is read again or the user fixed the metadata (they may have cleared one).
    """
    meta = parsed.meta
    letter.title = meta.title or Path(source_name).stem
    letter.kamerstuk = meta.kamerstuk
    letter.kamerstuk_key = kamerstuk_key(meta.kamerstuk) if meta.kamerstuk else None
    letter.vergaderjaar = meta.vergaderjaar
    letter.letter_date = meta.date
    letter.signatory = meta.signatory
    letter.signatory_role = meta.signatory_role
    letter.addressee = meta.addressee
    letter.place = meta.place
    letter.kind = meta.kind
    letter.details = letter_details(parsed)
    for name in ("reference", "ministry", "directorate", "dossier", "publication"):
        value = getattr(meta, name)
        setattr(letter, name, (value or getattr(letter, name)) if keep_known else value)
    letter.pages = meta.pages
    letter.source_name = source_name
    letter.source_format = parsed.source_format
    letter.content_hash = content_hash
    letter.updated_at = utcnow()


def _ordered(parsed: ParsedLetter) -> list[tuple[ParsedPassage, ParsedSection | None]]:
    items: list[tuple[ParsedPassage, ParsedSection | None]] = [(p, None) for p in parsed.passages]
    for section in parsed.walk_sections():
        items.extend((passage, section) for passage in section.passages)
    return items


def insert_sections(session: Session, letter_id: int, parsed: ParsedLetter) -> dict[int, int]:
    """Insert the section tree; returns id(ParsedSection) -> section id.

    One statement per level of the tree and one query for the new ids (by
    position) after it, not one statement per section. (An INSERT … RETURNING
    of many rows in their order runs row by row on SQLite.)
    """
    ids: dict[int, int] = {}
    table = cast(Table, Section.__table__)
    # reading order, depth first, as the positions have always been
    positions = {id(section): index for index, section in enumerate(parsed.walk_sections())}
    level: list[tuple[ParsedSection, int | None]] = [(s, None) for s in parsed.sections]
    connection = session.connection()
    new_ids = select(table.c.position, table.c.id).where(table.c.letter_id == letter_id)
    while level:
        rows = [
            {
                "letter_id": letter_id,
                "parent_id": parent_id,
                "position": positions[id(section)],
                "level": section.level,
                "title": section.title,
                "page": section.page,
            }
            for section, parent_id in level
        ]
        connection.execute(insert(table), rows)
        by_position = {position: sid for position, sid in connection.execute(new_ids)}
        for section, _parent in level:
            ids[id(section)] = by_position[positions[id(section)]]
        level = [(child, ids[id(section)]) for section, _ in level for child in section.sections]
    return ids


def _insert_outline(
    session: Session, letter_id: int, parsed: ParsedLetter, matched: dict[int, int]
) -> None:
    """Insert sections and passages; ``matched`` maps a new passage index to an old id."""
    section_ids = insert_sections(session, letter_id, parsed)
    new_rows: list[dict[str, object]] = []
    for position, (passage, section) in enumerate(_ordered(parsed)):
        values: dict[str, object] = {
            "letter_id": letter_id,
            "section_id": section_ids[id(section)] if section is not None else None,
            "position": position,
            "text": passage.text,
            "text_hash": text_hash(passage.text),
            "first_page": passage.first_page,
            "last_page": passage.last_page,
            "role": passage.role,
            "number": passage.number,
            "footnotes": footnotes_json(passage.footnotes),
            "retired": False,
        }
        old_id = matched.get(position)
        if old_id is None:
            new_rows.append(values)
        else:
            session.execute(update(Passage).where(Passage.id == old_id).values(**values))
    if new_rows:
        session.connection().execute(insert(cast(Table, Passage.__table__)), new_rows)


def _replace_outline(session: Session, letter_id: int, parsed: ParsedLetter) -> None:
    old = session.execute(
        select(Passage.id, Passage.text, Passage.text_hash)
        .where(Passage.letter_id == letter_id)
        .order_by(Passage.retired, Passage.position)
    ).all()
    new = [passage.text for passage, _ in _ordered(parsed)]
    matched = match_passages([(row.id, row.text, row.text_hash) for row in old], new)
    session.execute(delete(Section).where(Section.letter_id == letter_id))
    _insert_outline(session, letter_id, parsed, matched)
    unmatched = [row.id for row in old if row.id not in set(matched.values())]
    if not unmatched:
        return
    has_user_work = or_(
        exists().where(Tag.passage_id == Passage.id, Tag.manual.is_(True)),
        exists().where(Note.passage_id == Passage.id),
        exists().where(Citation.passage_id == Passage.id),
    )
    for chunk in _chunks(unmatched, 500):
        session.execute(
            update(Passage)
            .where(Passage.id.in_(chunk), has_user_work)
            .values(retired=True, section_id=None, position=Passage.position + 1_000_000)
        )
        session.execute(delete(Passage).where(Passage.id.in_(chunk), Passage.retired.is_(False)))


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def match_passages(old: Sequence[tuple[int, str, str]], new: Sequence[str]) -> dict[int, int]:
    """Map new passage index -> old passage id: identical text first, then similar text."""
    by_hash: dict[str, list[int]] = {}
    for old_id, _text, digest in old:
        by_hash.setdefault(digest, []).append(old_id)
    matched: dict[int, int] = {}
    for index, text in enumerate(new):
        candidates = by_hash.get(text_hash(text))
        if candidates:
            matched[index] = candidates.pop(0)
    used = set(matched.values())
    rest_old = [(old_id, text) for old_id, text, _ in old if old_id not in used]
    rest_new = [(index, text) for index, text in enumerate(new) if index not in matched]
    if not rest_old or not rest_new or len(rest_old) * len(rest_new) > _FUZZY_LIMIT:
        return matched
    pairs: list[tuple[float, int, int]] = []
    for index, text in rest_new:
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(text)
        for old_id, old_text in rest_old:
            matcher.set_seq1(old_text)
            if matcher.real_quick_ratio() < _SIMILAR_ENOUGH:
                continue
            if matcher.quick_ratio() < _SIMILAR_ENOUGH:
                continue
            ratio = matcher.ratio()
            if ratio >= _SIMILAR_ENOUGH:
                pairs.append((ratio, index, old_id))
    for _ratio, index, old_id in sorted(pairs, reverse=True):
        if index not in matched and old_id not in used:
            matched[index] = old_id
            used.add(old_id)
    return matched
