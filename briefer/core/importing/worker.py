"""Reading, parsing, tagging and finding the commitments of one letter without the
database: the worker processes' share of a bulk import (``briefer.core.importing.bulk``).

Everything here is a pure function of the file and the themes' rules (which a
worker gets once, at its start), so the writer only inserts rows. Imports nothing
of SQLAlchemy or the store, so a worker process starts quickly.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import logging
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from json.encoder import encode_basestring_ascii
from pathlib import Path
from typing import Any, NamedTuple

from briefer.core.stored_parts import footnotes_json, letter_details, parsed_footnotes
from briefer.ingest.errors import LetterImportError
from briefer.ingest.model import LetterMeta, ParsedLetter, ParsedPassage, ParsedSection
from briefer.intelligence.commitments import (
    PassageInput,
    find_commitments,
    sentence_key,
    with_footnotes,
)
from briefer.intelligence.fulfilments import find_fulfilments
from briefer.intelligence.requests import find_requests

TOEZEGGING, VERZOEK, VOLDAAN = "toezegging", "verzoek", "voldaan"  # Commitment.kind

log = logging.getLogger(__name__)

Themes = tuple[tuple[int, str, tuple[str, ...]], ...]


def ordered_passages(parsed: ParsedLetter) -> list[tuple[ParsedPassage, ParsedSection | None]]:
    """Every passage with its section, in the order of their stored positions."""
    items: list[tuple[ParsedPassage, ParsedSection | None]] = [(p, None) for p in parsed.passages]
    for section in parsed.walk_sections():
        items.extend((passage, section) for passage in section.passages)
    return items


class FoundRow(NamedTuple):
    """A commitment found in a letter, as ``sync_commitments`` stores it."""

    position: int  # of its passage in the letter (its id, for a stored letter)
    page: int
    text: str
    subject: str
    due_phrase: str
    due_label: str
    due_date: date | None
    key: str
    kind: str = TOEZEGGING  # toezegging | verzoek | voldaan
    made_in: str = ""
    actor: str = ""
    recurring: str = ""
    meets_keys: str = ""


# A letter's tree and text as plain tuples: handed from process to process many times
# faster than the objects of a ParsedLetter (one object each costs more than its text).
# A section, in the reading order of the tree (depth first): the index of its parent in
# that order (-1: none), level, title, page.
SectionRow = tuple[int, int, str, int]
# A passage, in position order: the index of its section (-1: before the first heading),
# text, first page, last page, text hash, role, number, footnotes (as the column keeps them).
PassageRow = tuple[int, str, int, int, str, str | None, int | None, list[Any] | None]


@dataclass(frozen=True)
class Parsed:
    """What a worker hands back for one file.

    ``tags`` and ``commitments`` are what the letter gets when it is stored as a
    new letter (its text as read); a new version of a stored letter is tagged and
    searched again by the writer, after the user's fixes are applied.
    """

    path: Path
    file_hash: str
    meta: LetterMeta | None  # None: the file could not be read (``error`` says why)
    # (passage position, theme id, reasons as JSON text: what the column stores, and
    # quicker to hand from process to process than lists of dictionaries)
    tags: tuple[tuple[int, int, str], ...]
    error: str | None = None  # the user's line, when the file could not be read
    content_hash: str = ""
    source_format: str = "txt"
    sections: tuple[SectionRow, ...] = ()
    passages: tuple[PassageRow, ...] = ()
    commitments: tuple[FoundRow, ...] = ()
    notice: str | None = None  # the reader's line about how it read the file
    details: dict[str, Any] | None = None  # ``letters.details`` (briefer.core.stored_parts)

    def letter(self) -> ParsedLetter:
        """The parsed letter again, as the reader made it."""
        assert self.meta is not None
        letter = ParsedLetter(self.meta, source_format=self.source_format, notice=self.notice)
        built = [ParsedSection(title, level, page) for _parent, level, title, page in self.sections]
        for (parent, *_rest), section in zip(self.sections, built, strict=True):
            (letter.sections if parent < 0 else built[parent].sections).append(section)
        for section_index, text, first, last, _hash, role, number, notes in self.passages:
            passage = ParsedPassage(text, first, last, role, number, parsed_footnotes(notes))
            (letter.passages if section_index < 0 else built[section_index].passages).append(
                passage
            )
        return letter


def compact(parsed: ParsedLetter) -> tuple[tuple[SectionRow, ...], tuple[PassageRow, ...]]:
    """The sections and passages of ``parsed`` as ``Parsed`` holds them."""
    index: dict[int, int] = {}
    sections: list[SectionRow] = []

    def walk(children: list[ParsedSection], parent: int) -> None:  # as walk_sections goes
        for section in children:
            index[id(section)] = len(sections)
            sections.append((parent, section.level, section.title, section.page))
            walk(section.sections, index[id(section)])

    walk(parsed.sections, -1)
    passages = tuple(
        (
            index[id(section)] if section is not None else -1,
            passage.text,
            passage.first_page,
            passage.last_page,
            text_hash(passage.text),
            passage.role,
            passage.number,
            footnotes_json(passage.footnotes),
        )
        for passage, section in ordered_passages(parsed)
    )
    return tuple(sections), passages


_worker_themes: Themes = ()
_PR_SET_PDEATHSIG = 1  # prctl(2)


def init_worker(themes: Themes, writer: int = 0, log_file: str | None = None) -> None:
    """A worker process's start: the themes, its tie to the writer, where to log.

    ``writer`` is the process id of the bulk import's writer: a worker ends as
    soon as it is gone, however it ended (killed without warning included), so
    no worker outlives the import. Ctrl-C in a terminal reaches every process of
    the group; it is the writer's to handle (it stops the import and says what
    was stored), so the workers ignore it.
    """
    global _worker_themes
    _worker_themes = themes
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if log_file is not None:
        from briefer.core.store.safe_log import PrivateFileHandler, RedactingFormatter

        handler = PrivateFileHandler(log_file, encoding="utf-8", delay=True)
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        logging.getLogger().addHandler(handler)
    if writer:
        _end_with(writer)


def _end_with(writer: int) -> None:
    """End this process when the writer ends: at once on Linux, within a moment elsewhere."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.name != "posix":  # pragma: no cover - Windows: the pool ends its processes itself
        return
    if os.getppid() != writer:  # the writer died before the tie was made
        os._exit(1)

    def watch() -> None:
        while os.getppid() == writer:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="writer-watch", daemon=True).start()


def _headings(parsed: ParsedLetter) -> dict[int, tuple[str, ...]]:
    chains: dict[int, tuple[str, ...]] = {}

    def walk(sections: list[ParsedSection], above: tuple[str, ...]) -> None:
        for section in sections:
            chains[id(section)] = (*above, section.title)
            walk(section.sections, chains[id(section)])

    walk(parsed.sections, ())
    return chains


def parse_many(paths: list[Path]) -> list[Parsed]:
    """``parse_and_tag`` for a few files: one task of a worker process."""
    return [parse_and_tag(path) for path in paths]


def parse_and_tag(path: Path, themes: Themes | None = None) -> Parsed:
    """Read, parse and tag one file without the database (runs in a worker process)."""
    from briefer.ingest.reader import parse_letter, read_bytes

    try:
        data = read_bytes(path)
        file_hash = hashlib.sha256(data).hexdigest()
        parsed = parse_letter(path, data)
    except LetterImportError as exc:
        return Parsed(path, "", None, (), exc.problem)
    except Exception as exc:  # a reader met something it did not foresee
        log.exception("reading %s failed", path)
        problem = f"het bestand kan niet worden gelezen ({type(exc).__name__}: {exc})"
        return Parsed(path, "", None, (), problem)
    return tag_parsed(path, file_hash, parsed, themes)


def tag_parsed(path: Path, file_hash: str, parsed: ParsedLetter, themes: Themes | None) -> Parsed:
    """What a worker hands back for a letter it has read: tagged, its commitments found."""
    from briefer.tagging.matcher import PassageText, cached_matcher

    matcher = cached_matcher(_worker_themes if themes is None else themes)
    chains = _headings(parsed)
    ordered = ordered_passages(parsed)
    texts = [
        PassageText(position, passage.text, chains[id(section)] if section is not None else ())
        for position, (passage, section) in enumerate(ordered)
    ]
    tags = tuple(
        (t.passage_id, t.theme_id, reasons_json(t.reasons)) for t in matcher.tag_all(texts)
    )
    sections, passages = compact(parsed)
    return Parsed(
        path,
        file_hash,
        parsed.meta,
        tags,
        content_hash=parsed.content_hash(),
        source_format=parsed.source_format,
        sections=sections,
        passages=passages,
        commitments=found_commitments(parsed, ordered),
        notice=parsed.notice,
        details=letter_details(parsed),
    )


# json.dumps makes its C encoder anew for each call, which costs a tag's reasons more than
# their encoding: this is the one it makes (its arguments as json.dumps gives them, without
# the check for circular references, which reasons of plain dictionaries never have).
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_ENCODE = (
    _C_ENCODER(
        None, json.JSONEncoder().default, encode_basestring_ascii, None, ": ", ", ", False,
        False, True,
    )
    if _C_ENCODER is not None
    else None
)  # fmt: skip


def reasons_json(reasons: list[dict[str, Any]]) -> str:
    """``json.dumps(reasons)``, the same text, in a third of the time for a tag's reasons:
    many of them for each letter."""
    if _ENCODE is None:  # pragma: no cover - a Python without json's C speedups
        return json.dumps(reasons)
    return "".join(_ENCODE(reasons, 0))


def text_hash(text: str) -> str:
    """What a passage's text is recognised by when a new version of its letter comes."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def found_commitments(
    parsed: ParsedLetter, ordered: list[tuple[ParsedPassage, ParsedSection | None]]
) -> tuple[FoundRow, ...]:
    """The commitments of a new letter, one per sentence (as ``sync_commitments`` keeps them)."""
    return found_rows(
        with_footnotes(
            [
                PassageInput(
                    position, passage.text, passage.first_page, passage.last_page, passage.role
                )
                for position, (passage, _section) in enumerate(ordered)
            ],
            (
                (position, note.text, note.page)
                for position, (passage, _section) in enumerate(ordered)
                for note in passage.footnotes
            ),
        ),
        parsed.meta.date,
    )


def found_rows(passages: list[PassageInput], letter_date: date | None) -> tuple[FoundRow, ...]:
    """What a letter promises, asks (a motie) and says it meets, as rows: the one finder of
    a single import (``sync_commitments``) and of the workers of a bulk import, so that
    both store the same. A row's passage is ``PassageInput.id``."""
    rows: dict[str, FoundRow] = {}
    for item in find_commitments(passages, letter_date):
        key = sentence_key(item.text)
        if key not in rows:
            due = item.due
            rows[key] = FoundRow(
                item.passage_id,
                item.page,
                item.text,
                item.subject,
                due.phrase if due else "",
                due.label if due else "",
                due.last_day if due else None,
                key,
                actor=item.actor,
                recurring=(due.recurring or "") if due else "",
            )
    for request in find_requests(passages):
        key = sentence_key(f"{VERZOEK}: {request.text}")
        rows.setdefault(
            key,
            FoundRow(
                request.passage_id,
                request.page,
                request.text,
                request.subject,
                "",
                "",
                None,
                key,
                VERZOEK,
            ),
        )
    for met in find_fulfilments(passages, letter_date):
        key = sentence_key(f"{VOLDAAN}: {met.text}")
        subject = met.made_in or met.what
        keys = " ".join((f"w:{met.what}", *met.keys))
        rows.setdefault(
            key,
            FoundRow(
                met.passage_id,
                met.page,
                met.text,
                subject[:500],
                "",
                "",
                None,
                key,
                VOLDAAN,
                met.made_in[:500],
                meets_keys=keys[:500],
            ),
        )
    return tuple(rows.values())
