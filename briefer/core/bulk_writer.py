"""The writer's share of a bulk import: rows in, as few statements and queries as it can.

A new letter (neither its file nor the letter known to the library) arrives from
a worker process with everything a single import would compute for it already
computed (tags, commitments, hashes); it is written with one INSERT per table
(``store_new``), no ORM objects and no query to find out what it is. What the
library has is loaded once per batch (``KnownLetters``); a file that may be a
duplicate or a new version of a stored letter goes the way of ``import_file``
(``store_parsed``, tagging and commitments found again), with the user's fixes
applied again.

``FullTextInBulk`` fills SQLite's passage index for many letters in one statement
(see its docstring).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from itertools import repeat
from operator import is_, itemgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Table, bindparam, insert, select
from sqlalchemy.orm import Session

from briefer.core.fulfilment_links import link_letter
from briefer.core.importing import NEW, ImportResult
from briefer.core.models import Commitment, Letter, LetterSource, Passage, Section, Tag, utcnow
from briefer.core.parse_worker import VOLDAAN, Parsed, SectionRow
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


def _check_json_text(converter: Callable[[Any], Any] | None) -> None:
    """The JSON type's conversion must be ``json.dumps`` for text made by ``json.dumps``
    to be stored as is; any other (a serializer set on the engine) is refused."""
    sample = [{"kind": "term", "found": "Oekraïne"}]
    made = converter(sample) if converter is not None else sample
    if made != json.dumps(sample):
        raise TypeError("the JSON column's serializer is not json.dumps")
    return None


class _ManyRows:
    """An INSERT of many rows, handed to the driver as tuples where it takes ``?``.

    SQLAlchemy's executemany prepares every value of every row in Python (a bound
    parameter per column, then each type's conversion: JSON, booleans,
    timestamps); for a letter's tags that takes longer than SQLite takes to store
    them. Here a value that is the same in every row of a call (a flag, the
    batch's timestamp) is converted once per call, the others once each, with
    the same conversions SQLAlchemy would apply, and the driver's executemany
    gets the tuples. ``as_json_text``: JSON columns whose values arrive as the
    text ``json.dumps`` made of them (in the worker process), stored as they
    are. Drivers with other placeholders get the rows through Core.
    """

    def __init__(
        self, table: Table, columns: Sequence[str], as_json_text: Sequence[str] = ()
    ) -> None:
        self.table = table
        self.columns = tuple(columns)
        self.as_json_text = frozenset(as_json_text)  # JSON columns whose values come as text
        marks = ", ".join("?" * len(self.columns))
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({marks})"
        self._converted: dict[Dialect, list[Callable[[Any], Any] | None]] = {}

    def _converters(self, dialect: Dialect) -> list[Callable[[Any], Any] | None]:
        """Each column's conversion of a value for the driver, as SQLAlchemy's (or None)."""
        cached = self._converted.get(dialect)
        if cached is None:
            cached = []
            for name in self.columns:
                column_type = self.table.c[name].type
                converter = column_type.dialect_impl(dialect).bind_processor(dialect)
                if name in self.as_json_text:  # already what the JSON type would make of it
                    _check_json_text(converter)
                    converter = None
                cached.append(converter)
            self._converted[dialect] = cached
        return cached

    def insert(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        dialect = connection.dialect
        if dialect.paramstyle != "qmark":
            if self.as_json_text:
                rows = [
                    {
                        name: json.loads(v) if name in self.as_json_text else v
                        for name, v in row.items()
                    }
                    for row in rows
                ]
            connection.execute(insert(self.table), rows)
            return
        first = rows[0]
        count = len(rows)
        values: list[Iterable[Any]] = []  # column by column, in C (no Python loop per value)
        for name, convert in zip(self.columns, self._converters(dialect), strict=True):
            value = first[name]
            if all(map(is_, map(itemgetter(name), rows), repeat(value))):  # one for all
                values.append(repeat(convert(value) if convert is not None else value, count))
            elif convert is None:
                values.append(map(itemgetter(name), rows))
            else:
                values.append(
                    [None if v is None else convert(v) for v in map(itemgetter(name), rows)]
                )
        tuples = list(zip(*values, strict=True))
        connection.exec_driver_sql(self.sql, tuples)


_PASSAGE_ROWS = _ManyRows(
    _PASSAGES,
    (
        "letter_id",
        "section_id",
        "position",
        "text",
        "text_hash",
        "first_page",
        "last_page",
        "retired",
    ),
)
_TAG_ROWS = _ManyRows(
    _TAGS,
    ("passage_id", "theme_id", "manual", "include", "reasons", "created_at"),
    as_json_text=("reasons",),
)

_COMMITMENT_ROWS = _ManyRows(
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
_SECTION_ROWS = _ManyRows(
    _SECTIONS, ("letter_id", "parent_id", "position", "level", "title", "page")
)
_SOURCE_ROWS = _ManyRows(_SOURCES, ("letter_id", "file_hash", "file_name", "imported_at"))


class KnownLetters:
    """The files and letters in the library, to tell a new letter without a query.

    Answers "certainly new" or "maybe known"; a maybe goes the full way, which
    asks the database. Letters stored since the load are added by the writer.
    """

    def __init__(self, session: Session) -> None:
        self.files: set[str] = set(session.scalars(select(LetterSource.file_hash)))
        self.kamerstuk_keys: set[str] = set()
        self.contents: set[str] = set()
        self.titles: set[tuple[str, date]] = set()
        rows = session.execute(
            select(Letter.kamerstuk_key, Letter.content_hash, Letter.title, Letter.letter_date)
        )
        for key, content, title, day in rows:
            self.add_letter(key, content, title, day)

    def add_letter(self, key: str | None, content: str, title: str, day: date | None) -> None:
        if key:
            self.kamerstuk_keys.add(key)
        self.contents.add(content)
        if day is not None:
            self.titles.add((title, day))

    def add_stored(self, session: Session, letter_id: int) -> None:
        """A letter stored the full way (its keys may have changed): add what it is now."""
        row = session.execute(
            select(
                Letter.kamerstuk_key, Letter.content_hash, Letter.title, Letter.letter_date
            ).where(Letter.id == letter_id)
        ).one()
        self.add_letter(*row)

    def is_new(self, item: Parsed) -> bool:
        """Certainly a letter of its own: ``find_same_letter`` would find none."""
        meta = item.meta
        assert meta is not None
        if item.file_hash in self.files:
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
            "retired": False,
        }
        for position, (section, text, first_page, last_page, text_hash) in enumerate(item.passages)
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
    return ImportResult(item.path, NEW, letter_id, title, meta.kamerstuk, meta.pages, len(ids))


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


class FullTextInBulk:
    """SQLite: the passage index filled for many letters in one statement, not row by row.

    Inside the batch's transaction the insert trigger is set aside; the passages
    added since the last fill are indexed with one INSERT … SELECT (``fill``),
    before a letter that may change stored passages and at the end of the batch;
    the trigger is put back before the commit. DDL is transactional in SQLite:
    other readers never see the library without its trigger, and a rollback
    restores it. A letter rolled back to its savepoint takes its passages with
    it, so they are never indexed.
    """

    TRIGGER = "passage_fts_insert"

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sql: str | None = None
        self.indexed_up_to = 0

    def start(self) -> None:
        connection = self.session.connection()
        if connection.dialect.name != "sqlite":
            return
        self.sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (self.TRIGGER,)
        ).scalar()
        if self.sql is None:
            return
        self.indexed_up_to = self._newest()
        connection.exec_driver_sql(f"DROP TRIGGER {self.TRIGGER}")

    def _newest(self) -> int:
        connection = self.session.connection()
        newest = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM passages")
        return int(newest.scalar_one())

    def fill(self) -> None:
        """Index the passages added since the last fill (every id above the last one
        indexed: SQLite gives a new row the largest id plus one)."""
        if self.sql is None:
            return
        self.session.connection().exec_driver_sql(
            "INSERT INTO passage_fts(rowid, text) SELECT id, text FROM passages WHERE id > ?",
            (self.indexed_up_to,),
        )
        self.indexed_up_to = self._newest()

    def rolled_back(self) -> None:
        """A letter that went the full way was rolled back: what it indexed is gone too."""
        if self.sql is not None:
            self.indexed_up_to = self._newest()

    def finish(self) -> None:
        if self.sql is not None:
            self.fill()
            self.session.connection().exec_driver_sql(self.sql)
            self.sql = None
