"""The writer's share of a bulk import: rows in, as few statements and queries as it can.

A new letter (neither its file nor the letter known to the library) arrives from
a worker process with everything a single import would compute for it already
computed (tags, commitments, hashes); it is written with one INSERT per table
(``store_new``), no ORM objects and no query to find out what it is. What the
library has is loaded once per batch (``KnownLetters``); a file that may be a
duplicate or a new version of a stored letter goes the way of ``import_file``
(``store_parsed``, tagging and commitments found again), with the user's fixes
applied again.

The rows go in through ``briefer.core.store.many_rows``; SQLite's passage index is
filled for many letters at once by ``briefer.core.search.bulk_index``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Table, bindparam, insert, select
from sqlalchemy.orm import Session

from briefer.core.fulfilment_links import link_letter
from briefer.core.importing.single import NEW, ImportResult
from briefer.core.importing.worker import VOLDAAN, Parsed, SectionRow
from briefer.core.models import Commitment, Letter, LetterSource, Passage, Section, Tag, utcnow
from briefer.core.store.many_rows import ManyRows
from briefer.ingest.kamerstuk import kamerstuk_key

_LETTERS = cast(Table, Letter.__table__)
_PASSAGES = cast(Table, Passage.__table__)
_TAGS = cast(Table, Tag.__table__)
_COMMITMENTS = cast(Table, Commitment.__table__)
_SOURCES = cast(Table, LetterSource.__table__)
_SECTIONS = cast(Table, Section.__table__)
_PASSAGE_IDS = (
    select(_PASSAGES.c.id)
    .where(_PASSAGES.c.letter_id == bindparam("letter"))
    .order_by(_PASSAGES.c.position)
)


_PASSAGE_ROWS = ManyRows(
    _PASSAGES,
    (
        "letter_id",
        "section_id",
        "position",
        "text",
        "text_hash",
        "first_page",
        "last_page",
        "role",
        "number",
        "footnotes",
        "retired",
    ),
)
_TAG_ROWS = ManyRows(
    _TAGS,
    ("passage_id", "theme_id", "manual", "include", "reasons", "created_at"),
    as_json_text=("reasons",),
)

_COMMITMENT_ROWS = ManyRows(
    _COMMITMENTS,
    (
        "letter_id",
        "passage_id",
        "page",
        "text",
        "subject",
        "due_phrase",
        "due_label",
        "due_date",
        "origin",
        "key",
        "done",
        "edited",
        "deleted",
        "created_at",
        "updated_at",
        "kind",
        "made_in",
        "actor",
        "recurring",
        "meets_keys",
    ),
)
_SECTION_ROWS = ManyRows(
    _SECTIONS, ("letter_id", "parent_id", "position", "level", "title", "page")
)
_SOURCE_ROWS = ManyRows(_SOURCES, ("letter_id", "file_hash", "file_name", "imported_at"))


# What tells one letter from another (add_letter's arguments, in order).
_KEY_COLUMNS = (
    Letter.kamerstuk_key,
    Letter.content_hash,
    Letter.title,
    Letter.letter_date,
    Letter.publication,
)


class KnownLetters:
    """The files and letters in the library, to tell a new letter without a query.

    Answers "certainly new" or "maybe known"; a maybe goes the full way, which
    asks the database. Letters stored since the load are added by the writer.
    """

    def __init__(self, session: Session) -> None:
        self.seen = 0  # letters handled since the load (the bulk import loads again after many)
        self.files: set[str] = set(session.scalars(select(LetterSource.file_hash)))
        self.kamerstuk_keys: set[str] = set()
        self.contents: set[str] = set()
        self.titles: set[tuple[str, date]] = set()
        self.publications: set[str] = set()
        rows = session.execute(select(*_KEY_COLUMNS))
        for key, content, title, day, publication in rows:
            self.add_letter(key, content, title, day, publication)

    def add_letter(
        self,
        key: str | None,
        content: str,
        title: str,
        day: date | None,
        publication: str | None = None,
    ) -> None:
        if publication:
            self.publications.add(publication)
        if key:
            self.kamerstuk_keys.add(key)
        self.contents.add(content)
        if day is not None:
            self.titles.add((title, day))

    def add_stored(self, session: Session, letter_id: int) -> None:
        """A letter stored the full way (its keys may have changed): add what it is now."""
        row = session.execute(select(*_KEY_COLUMNS).where(Letter.id == letter_id)).one()
        self.add_letter(*row)

    def is_new(self, item: Parsed) -> bool:
        """Certainly a letter of its own: ``find_same_letter`` would find none."""
        meta = item.meta
        assert meta is not None
        if item.file_hash in self.files:
            return False
        if meta.publication and meta.publication in self.publications:
            return False
        if meta.kamerstuk:
            return kamerstuk_key(meta.kamerstuk) not in self.kamerstuk_keys
        if item.content_hash in self.contents:
            return False
        return meta.date is None or (meta.title, meta.date) not in self.titles


def store_new(
    session: Session, item: Parsed, now: datetime | None = None, waiting: bool = True
) -> ImportResult:
    """Insert a letter that ``KnownLetters.is_new`` said is new, with its tags and
    commitments as the worker found them, and link what meets what: what ``import_file``
    stores for it. ``waiting``: whether the library may have statements that meet a
    promise of a letter still to come (``statements_waiting``)."""
    meta = item.meta
    assert meta is not None
    now = now or utcnow()
    title = meta.title or Path(item.path.name).stem
    connection = session.connection()
    letter_id: int = connection.execute(
        insert(_LETTERS).returning(_LETTERS.c.id),
        {
            "title": title,
            "kamerstuk": meta.kamerstuk,
            "kamerstuk_key": kamerstuk_key(meta.kamerstuk) if meta.kamerstuk else None,
            "vergaderjaar": meta.vergaderjaar,
            "letter_date": meta.date,
            "signatory": meta.signatory,
            "signatory_role": meta.signatory_role,
            "addressee": meta.addressee,
            "place": meta.place,
            "reference": meta.reference,
            "ministry": meta.ministry,
            "directorate": meta.directorate,
            "dossier": meta.dossier,
            "kind": meta.kind,
            "publication": meta.publication,
            "details": item.details,
            "pages": meta.pages,
            "source_name": item.path.name,
            "source_format": item.source_format,
            "content_hash": item.content_hash,
            "bundled": False,
            "imported_at": now,
            "updated_at": now,
        },
    ).scalar_one()
    section_ids = _insert_sections(connection, letter_id, item.sections)
    passage_rows = [
        {
            "letter_id": letter_id,
            "section_id": section_ids[section] if section >= 0 else None,
            "position": position,
            "text": text,
            "text_hash": text_hash,
            "first_page": first_page,
            "last_page": last_page,
            "role": role,
            "number": number,
            "footnotes": footnotes,
            "retired": False,
        }
        for position, (
            section,
            text,
            first_page,
            last_page,
            text_hash,
            role,
            number,
            footnotes,
        ) in enumerate(item.passages)
    ]
    ids: list[int] = []
    if passage_rows:  # one statement, then their ids in one query (see insert_sections)
        _PASSAGE_ROWS.insert(connection, passage_rows)
        ids = list(connection.execute(_PASSAGE_IDS, {"letter": letter_id}).scalars().all())
    if item.tags:
        _TAG_ROWS.insert(
            connection,
            [
                {
                    "passage_id": ids[position],
                    "theme_id": theme_id,
                    "manual": False,
                    "include": True,
                    "reasons": reasons,
                    "created_at": now,
                }
                for position, theme_id, reasons in item.tags
            ],
        )
    if item.commitments:
        _COMMITMENT_ROWS.insert(
            connection,
            [
                {
                    "letter_id": letter_id,
                    "passage_id": ids[found.position],
                    "page": found.page,
                    "text": found.text,
                    "subject": found.subject,
                    "due_phrase": found.due_phrase,
                    "due_label": found.due_label,
                    "due_date": found.due_date,
                    "origin": "auto",
                    "key": found.key,
                    "done": False,
                    "edited": False,
                    "deleted": False,
                    "created_at": now,
                    "updated_at": now,
                    "kind": found.kind,
                    "made_in": found.made_in,
                    "actor": found.actor,
                    "recurring": found.recurring,
                    "meets_keys": found.meets_keys,
                }
                for found in item.commitments
            ],
        )
        statements = any(found.kind == VOLDAAN for found in item.commitments)
        named = waiting and any(found.kind != VOLDAAN for found in item.commitments)
        if statements or named:  # what link_letter would find nothing for is left out
            link_letter(session, letter_id, forward=statements, backward=named)
            session.expunge_all()
    _SOURCE_ROWS.insert(
        connection,
        [
            {
                "letter_id": letter_id,
                "file_hash": item.file_hash,
                "file_name": item.path.name,
                "imported_at": now,
            }
        ],
    )
    return ImportResult(
        item.path,
        NEW,
        letter_id,
        title,
        meta.kamerstuk,
        meta.pages,
        len(ids),
        notice=item.notice,
    )


def _insert_sections(
    connection: Connection, letter_id: int, sections: Sequence[SectionRow]
) -> list[int]:
    """The section rows of one letter, one statement per level of the tree, as
    ``insert_sections`` writes them (in the same order); their ids by index."""
    ids = [0] * len(sections)
    children: dict[int, list[int]] = {}
    for index, (parent, *_rest) in enumerate(sections):
        children.setdefault(parent, []).append(index)
    new_ids = select(_SECTIONS.c.position, _SECTIONS.c.id).where(_SECTIONS.c.letter_id == letter_id)
    level = children.get(-1, [])
    while level:
        _SECTION_ROWS.insert(
            connection,
            [
                {
                    "letter_id": letter_id,
                    "parent_id": ids[sections[index][0]] if sections[index][0] >= 0 else None,
                    "position": index,
                    "level": sections[index][1],
                    "title": sections[index][2],
                    "page": sections[index][3],
                }
                for index in level
            ],
        )
        by_position = {position: sid for position, sid in connection.execute(new_ids)}
        for index in level:
            ids[index] = by_position[index]
        level = [child for index in level for child in children.get(index, ())]
    return ids
