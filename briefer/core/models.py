"""The ORM models: one declarative base, typed columns, portable to PostgreSQL.

The schema only changes through an Alembic revision in ``db/versions``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class AppMeta(Base):
    """Key/value facts about this database (when it was seeded, ...)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Letter(Base):
    __tablename__ = "letters"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    kamerstuk: Mapped[str | None] = mapped_column(String(100))  # "35 925 V, nr. 84"
    kamerstuk_key: Mapped[str | None] = mapped_column(String(100), index=True)
    vergaderjaar: Mapped[str | None] = mapped_column(String(20))
    letter_date: Mapped[date | None] = mapped_column(Date)
    signatory: Mapped[str | None] = mapped_column(String(300))
    signatory_role: Mapped[str | None] = mapped_column(String(300))
    addressee: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(100))
    reference: Mapped[str | None] = mapped_column(String(200))  # "Onze referentie"/kenmerk
    ministry: Mapped[str | None] = mapped_column(String(300))
    directorate: Mapped[str | None] = mapped_column(String(300))
    dossier: Mapped[str | None] = mapped_column(String(500))  # the dossier's title
    pages: Mapped[int] = mapped_column(Integer, default=1)
    # What kind of document (briefer.ingest.model.KINDS) and its official id (migration 0012)
    kind: Mapped[str] = mapped_column(String(20), default="document", server_default="document")
    publication: Mapped[str | None] = mapped_column(String(100), index=True)  # "kst-32545-143"
    # What only some kinds have: signatories, Kamervragen's askers and answerers, a motie's
    # indieners, the reader's notice (briefer.core.stored_parts); None when nothing
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    source_name: Mapped[str] = mapped_column(String(500))  # file name it came from
    source_format: Mapped[str] = mapped_column(String(10))  # txt | pdf | docx | xml | odt | html
    content_hash: Mapped[str] = mapped_column(String(64))  # outline + text, format-neutral
    bundled: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    sections: Mapped[list[Section]] = relationship(
        back_populates="letter", cascade="all, delete-orphan", passive_deletes=True
    )
    passages: Mapped[list[Passage]] = relationship(
        back_populates="letter", cascade="all, delete-orphan", passive_deletes=True
    )


class LetterSource(Base):
    """Every file ever imported into a letter, so the same file is never stored twice."""

    __tablename__ = "letter_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the bytes
    file_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LetterFix(Base):
    """A user's correction of how a letter was read, re-applied on every re-import.

    ``kind`` is heading (make a passage a heading, or give a heading another
    level), not_heading, merge (with the next passage), split (at a character
    offset) or meta (a metadata field). ``target`` names what it applies to in
    the letter as read: a passage's text hash, a heading's title, or a field.
    Fixes apply in ``position`` order; re-tagging never touches them.
    """

    __tablename__ = "letter_fixes"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(Text)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Section(Base):
    """A hoofdstuk (level 1) or sectie (level 2+) of a letter."""

    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # reading order within the letter
    level: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    page: Mapped[int] = mapped_column(Integer)

    letter: Mapped[Letter] = relationship(back_populates="sections")


class Passage(Base):
    __tablename__ = "passages"
    __table_args__ = (Index("ix_passages_letter_position", "letter_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"))
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # reading order within the letter
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    first_page: Mapped[int] = mapped_column(Integer)
    last_page: Mapped[int] = mapped_column(Integer)
    # Its part in the document (briefer.ingest.model.ROLES) and a question's number, and
    # its footnotes as [{"marker", "text", "page", "offset"}] (migration 0012; None: none)
    role: Mapped[str | None] = mapped_column(String(20))
    number: Mapped[int | None] = mapped_column(Integer)
    footnotes: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    # A passage that a newer version of its letter no longer has, kept because
    # the user's tags, notes or citations point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    letter: Mapped[Letter] = relationship(back_populates="passages")


class Theme(Base):
    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    color: Mapped[str] = mapped_column(String(9))  # "#RRGGBB"
    description: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[list[Any]] = mapped_column(default=list)  # words, aliases, phrases
    default_key: Mapped[str | None] = mapped_column(String(100))  # set for shipped themes
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Optimistic version (migration 0005): a save based on an older copy is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Tag(Base):
    """A theme on a passage: automatic (with reasons) or the user's manual choice."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("passage_id", "theme_id", "manual"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    passage_id: Mapped[int] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    include: Mapped[bool] = mapped_column(Boolean, default=True)  # False: manual exclude
    reasons: Mapped[list[Any]] = mapped_column(default=list)  # [{"kind": "term", "term": ...}]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")  # manual
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Note(Base):
    """The user's own notes: on a theme, or on a single passage."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), index=True
    )
    passage_id: Mapped[int | None] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class NoteVersion(Base):
    """Every saved version of a note, so any earlier text can be restored."""

    __tablename__ = "note_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")


class TalkingPoint(Base):
    """A spreekpunt of a theme, in the user's order."""

    __tablename__ = "talking_points"
    id: Mapped[int] = mapped_column(primary_key=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # "actief" (said on one's own initiative) or "reactief" (only when asked): migration 0008
    kind: Mapped[str] = mapped_column(String(10), default="actief", server_default="actief")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PassageExtract(Base):
    """The sentences of a passage the user chose for the short background (migration 0008)."""

    __tablename__ = "passage_extracts"
    passage_id: Mapped[int] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Citation(Base):
    """A talking point citing a passage."""

    __tablename__ = "citations"
    __table_args__ = (UniqueConstraint("talking_point_id", "passage_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    talking_point_id: Mapped[int] = mapped_column(
        ForeignKey("talking_points.id", ondelete="CASCADE"), index=True
    )
    passage_id: Mapped[int] = mapped_column(
        ForeignKey("passages.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Briefing(Base):
    __tablename__ = "briefings"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    occasion: Mapped[str] = mapped_column(Text, default="")
    briefing_date: Mapped[date | None] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(300), default="")
    classification: Mapped[str] = mapped_column(String(200), default="")
    # Parts, their order, and the passages left out: see briefer.core.briefings.
    layout: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class BriefingTopic(Base):
    __tablename__ = "briefing_topics"
    __table_args__ = (UniqueConstraint("briefing_id", "theme_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    briefing_id: Mapped[int] = mapped_column(
        ForeignKey("briefings.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Commitment(Base):
    """A toezegging: found in a letter ("auto") or added by the user ("user").

    The user's choices (done, edits, deletion) stay when the letter is imported
    again: an automatic commitment is found again by ``key`` (its sentence); a
    deleted one stays as a tombstone so that it does not come back.
    """

    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    passage_id: Mapped[int | None] = mapped_column(
        ForeignKey("passages.id", ondelete="SET NULL"), index=True
    )
    page: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(String(500))
    due_phrase: Mapped[str] = mapped_column(String(200), default="")  # as written
    due_label: Mapped[str] = mapped_column(String(100), default="")  # "Q3 2022"
    due_date: Mapped[date | None] = mapped_column(Date)  # the last day it is kept
    origin: Mapped[str] = mapped_column(String(10), default="auto")  # auto | user
    key: Mapped[str | None] = mapped_column(String(64))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LetterVersion(Base):
    """The text of a letter as it was before a newer version replaced it (read-only)."""

    __tablename__ = "letter_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1 = the first version imported
    title: Mapped[str] = mapped_column(String(500))
    kamerstuk: Mapped[str | None] = mapped_column(String(100))
    letter_date: Mapped[date | None] = mapped_column(Date)
    source_name: Mapped[str] = mapped_column(String(500))
    content_hash: Mapped[str] = mapped_column(String(64))
    # [{"text", "first_page", "last_page", "section"}] in reading order
    passages: Mapped[list[Any]] = mapped_column(default=list)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    replaced_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LibraryChanges(Base):
    """One row counting the saves to this library, so open windows notice others' work."""

    __tablename__ = "library_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
