"""Fixing how a letter was read: headings, passages, metadata; reading it again.

Every fix is stored (``letter_fixes``) and applied to the letter at once; the
letter is stored the way an import stores a new version, so passage ids, and
with them the user's tags, notes and citations, stay where they were. Fixes
never change when tags are recomputed, and every later reading of the same
letter (``reread_letter``, ``briefer import --reread``) applies them again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.importing.letter_sources import source_file, stored_fixes
from briefer.core.importing.single import ImportResult, import_file, store_parsed
from briefer.core.models import Letter, LetterFix, Passage, Section
from briefer.core.store.database import Store
from briefer.core.stored_parts import notice, parsed_footnotes, restore_details
from briefer.core.tags import tag_letter
from briefer.ingest.corrections import (
    BODY_LINE,
    KINDS,
    META,
    META_FIELDS,
    Fix,
    body_lines,
    flatten,
    line_key,
    meta_value,
)
from briefer.ingest.errors import LetterImportError
from briefer.ingest.letter_parts import dutch_date
from briefer.ingest.model import (
    LetterMeta,
    ParsedFootnote,
    ParsedLetter,
    ParsedPassage,
    ParsedSection,
)


class FixError(BrieferError):
    """A fix that cannot be made; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class CheckItem:
    """A heading (``level`` set) or a passage of the letter as it is stored."""

    key: str  # what a fix names: the passage's text hash or the heading's title
    text: str
    first_page: int
    last_page: int
    level: int | None = None
    role: str | None = None  # a passage's part (vraag, antwoord, …) and its number
    number: int | None = None
    footnotes: tuple[ParsedFootnote, ...] = ()

    @property
    def is_heading(self) -> bool:
        return self.level is not None


@dataclass(frozen=True)
class LetterCheck:
    letter_id: int
    title: str
    source_format: str
    source: Path | None  # a kept copy of the file, for the original pages
    pages: int
    meta: dict[str, str]  # META_FIELDS -> text ("" when unknown)
    items: list[CheckItem]
    fixes: int


def letter_meta(letter: Letter) -> LetterMeta:
    """The letter's metadata as a reader gave it (the details kept as JSON put back)."""
    meta = LetterMeta(
        title=letter.title,
        kamerstuk=letter.kamerstuk,
        vergaderjaar=letter.vergaderjaar,
        date=letter.letter_date,
        signatory=letter.signatory,
        signatory_role=letter.signatory_role,
        addressee=letter.addressee,
        place=letter.place,
        reference=letter.reference,
        ministry=letter.ministry,
        directorate=letter.directorate,
        dossier=letter.dossier,
        pages=letter.pages,
        kind=letter.kind,
        publication=letter.publication,
    )
    restore_details(meta, letter.details)
    return meta


def parsed_from_store(session: Session, letter_id: int) -> ParsedLetter:
    """The letter as stored, as a parsed letter (retired passages left out)."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"geen brief met nummer {letter_id}")
    meta = letter_meta(letter)
    parsed = ParsedLetter(meta, source_format=letter.source_format, notice=notice(letter.details))
    nodes: dict[int, ParsedSection] = {}
    for section in session.scalars(
        select(Section).where(Section.letter_id == letter_id).order_by(Section.position)
    ):
        node = ParsedSection(section.title, section.level, section.page)
        nodes[section.id] = node
        parent = nodes.get(section.parent_id) if section.parent_id else None
        (parent.sections if parent else parsed.sections).append(node)
    for section_id, text, first, last, role, number, notes in session.execute(
        select(
            Passage.section_id,
            Passage.text,
            Passage.first_page,
            Passage.last_page,
            Passage.role,
            Passage.number,
            Passage.footnotes,
        )
        .where(Passage.letter_id == letter_id, Passage.retired.is_(False))
        .order_by(Passage.position)
    ):
        owner = nodes.get(section_id) if section_id else None
        passage = ParsedPassage(text, first, last, role, number, parsed_footnotes(notes))
        (owner.passages if owner else parsed.passages).append(passage)
    return parsed


def letter_check(store: Store, letter_id: int) -> LetterCheck:
    """What the import check shows: the letter's metadata and outline, and its file."""
    with store.read() as session:
        parsed = parsed_from_store(session, letter_id)
        fixes = session.scalar(
            select(func.count()).select_from(LetterFix).where(LetterFix.letter_id == letter_id)
        )
    items = [
        CheckItem(
            item.key,
            item.text,
            item.first_page,
            item.last_page,
            item.level,
            item.role,
            item.number,
            tuple(item.footnotes),
        )
        for item in flatten(parsed)
    ]
    meta = parsed.meta
    return LetterCheck(
        letter_id=letter_id,
        title=meta.title,
        source_format=parsed.source_format,
        source=source_file(store, letter_id),
        pages=meta.pages,
        meta={name: meta_value(meta, name) for name in META_FIELDS},
        items=items,
        fixes=fixes or 0,
    )


def _checked(fix: Fix) -> Fix:
    if fix.kind not in KINDS:
        raise FixError(f"onbekende correctie '{fix.kind}'")
    if fix.kind == BODY_LINE:
        page = fix.value.get("page")
        if not line_key(fix.target) or not isinstance(page, int) or page < 1:
            raise FixError("geef de regel en de pagina waarop hij staat")
        return Fix(BODY_LINE, line_key(fix.target), {"page": page})
    if fix.kind != META:
        return fix
    if fix.target not in META_FIELDS:
        raise FixError(f"onbekend gegeven '{fix.target}'")
    value = str(fix.value.get("value") or "").strip()
    if fix.target == "title" and not value:
        raise FixError("een brief heeft een titel nodig")
    if fix.target == "date" and value:
        try:
            when: date | None = date.fromisoformat(value)
        except ValueError:
            when = dutch_date(value)
        if when is None:
            raise FixError(f"'{value}' is geen datum (bijvoorbeeld 14 oktober 2022)")
        value = when.isoformat()
    return Fix(META, fix.target, {"value": value})


def _store_again(session: Session, letter_id: int, parsed: ParsedLetter) -> None:
    letter = session.get_one(Letter, letter_id)
    store_parsed(session, parsed, letter.source_name, letter_id=letter_id)
    tag_letter(session, letter_id)


def add_fix(store: Store, letter_id: int, fix: Fix) -> None:
    """Store a fix and apply it to the letter now (raises FixError, NotFoundError).

    A line that is the letter's text after all (``BODY_LINE``) changes how the file
    is read: the letter is read again from its kept file, with every fix."""
    fix = _checked(fix)
    if fix.kind == BODY_LINE:
        _add_body_line(store, letter_id, fix)
        return
    with store.session() as session:
        parsed = parsed_from_store(session, letter_id)
        _append(session, letter_id, fix)
        # Every fix applies again to the letter as stored: each one is idempotent.
        _store_again(session, letter_id, parsed)


def _add_body_line(store: Store, letter_id: int, fix: Fix) -> None:
    if source_file(store, letter_id) is None:
        raise FixError("het oorspronkelijke bestand is niet bewaard; importeer het opnieuw")
    with store.session() as session:
        if session.get(Letter, letter_id) is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        known = body_lines(stored_fixes(session, letter_id))
        if (fix.value["page"], fix.target) in known:
            return  # said before
        _append(session, letter_id, fix)
    try:
        reread_letter(store, letter_id)
    except LetterImportError:
        with store.session() as session:  # the letter stays as it was, and so do its fixes
            session.execute(
                delete(LetterFix).where(
                    LetterFix.letter_id == letter_id,
                    LetterFix.kind == BODY_LINE,
                    LetterFix.target == fix.target,
                )
            )
        raise


def _append(session: Session, letter_id: int, fix: Fix) -> None:
    position = session.scalar(
        select(func.coalesce(func.max(LetterFix.position), 0)).where(
            LetterFix.letter_id == letter_id
        )
    )
    session.add(
        LetterFix(
            letter_id=letter_id,
            position=(position or 0) + 1,
            kind=fix.kind,
            target=fix.target,
            value=fix.value,
        )
    )
    session.flush()


def reread_letter(store: Store, letter_id: int, *, keep_fixes: bool = True) -> ImportResult:
    """Read the letter's file again (with the user's fixes, unless ``keep_fixes`` is False)."""
    source = source_file(store, letter_id)
    if source is None:
        raise LetterImportError(
            f"brief {letter_id}",
            "het oorspronkelijke bestand is niet bewaard; importeer het opnieuw",
        )
    if not keep_fixes:
        with store.session() as session:
            session.execute(delete(LetterFix).where(LetterFix.letter_id == letter_id))
    return import_file(store, source, reread=True)
