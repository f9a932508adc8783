"""The parts of a parsed letter the store keeps as JSON, and back (migration 0012).

``letters.details``: what only some kinds of document have, as one object with
only the keys that have a value (None when there are none)::

    {"signatories": [{"name": "W.B. Hoekstra", "function": "Minister van ..."}],
     "asked_by": "Van Nispen (SP)", "asked_on": "2024-03-29",
     "answered_by": "Staatssecretaris Heijnen (...)", "answered_on": "2024-05-17",
     "number": "1771", "indieners": ["Sjoerdsma", "Brekelmans"],
     "notice": "soort stuk niet herkend: gelezen als gewoon document"}

``passages.footnotes``: a passage's footnotes in their order, as
``[{"marker": "1", "text": "...", "page": 2, "offset": 118}]`` (None when it has
none); ``offset`` is where the marker stood in the passage's text, or None.

Footnotes are a column of their passage, not a table of their own: nothing
points at a footnote (the user's tags, notes and citations point at passages),
a footnote is always read with its passage, and so it follows its passage
wherever the passage goes without a statement of its own: the UPDATE of a
passage matched in a new version of its letter, the text of an older version
(``letter_versions.passages``), the one INSERT per table of a bulk import and
the table-by-table copy of a library.

Pure functions, no SQLAlchemy: the bulk import's worker processes make the
values (``briefer.core.importing.worker``), single imports the same ones.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from briefer.ingest.model import LetterMeta, ParsedFootnote, ParsedLetter

_TEXT_FIELDS = ("asked_by", "answered_by", "number")
_DATE_FIELDS = ("asked_on", "answered_on")


def letter_details(letter: ParsedLetter) -> dict[str, Any] | None:
    """``letters.details`` of a parsed letter."""
    meta = letter.meta
    details: dict[str, Any] = {}
    if meta.signatories:
        details["signatories"] = [
            {"name": name, "function": function} for name, function in meta.signatories
        ]
    for name in _TEXT_FIELDS:
        value = getattr(meta, name)
        if value:
            details[name] = value
    for name in _DATE_FIELDS:
        day = getattr(meta, name)
        if day is not None:
            details[name] = day.isoformat()
    if meta.indieners:
        details["indieners"] = list(meta.indieners)
    if letter.notice:
        details["notice"] = letter.notice
    return details or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def signatories(details: dict[str, Any] | None) -> list[tuple[str, str | None]]:
    """The signatories kept in ``details`` (name, function), in order."""
    found: list[tuple[str, str | None]] = []
    items = (details or {}).get("signatories")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and _text(item.get("name")):
            found.append((str(item["name"]), _text(item.get("function"))))
    return found


def indieners(details: dict[str, Any] | None) -> list[str]:
    items = (details or {}).get("indieners")
    return [item for item in items if _text(item)] if isinstance(items, list) else []


def notice(details: dict[str, Any] | None) -> str | None:
    """The reader's line about how it read the letter, kept in ``details``."""
    return _text(details.get("notice")) if isinstance(details, dict) else None


def detail_text(details: dict[str, Any] | None, name: str) -> str | None:
    return _text(details.get(name)) if isinstance(details, dict) else None


def detail_date(details: dict[str, Any] | None, name: str) -> date | None:
    return _day(details.get(name)) if isinstance(details, dict) else None


def restore_details(meta: LetterMeta, details: dict[str, Any] | None) -> None:
    """Put what ``details`` keeps back on ``meta``."""
    meta.signatories = signatories(details)
    for name in _TEXT_FIELDS:
        setattr(meta, name, detail_text(details, name))
    for name in _DATE_FIELDS:
        setattr(meta, name, detail_date(details, name))
    meta.indieners = indieners(details)


def footnote_json(note: ParsedFootnote) -> dict[str, Any]:
    """One footnote as the column keeps it and ``outline --json`` prints it."""
    return {"marker": note.marker, "text": note.text, "page": note.page, "offset": note.offset}


def footnotes_json(footnotes: list[ParsedFootnote]) -> list[dict[str, Any]] | None:
    """``passages.footnotes`` of a passage's footnotes."""
    return [footnote_json(note) for note in footnotes] if footnotes else None


def parsed_footnotes(value: object) -> list[ParsedFootnote]:
    """The footnotes kept in ``passages.footnotes`` (anything malformed left out)."""
    notes: list[ParsedFootnote] = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            continue
        page, offset = item.get("page"), item.get("offset")
        notes.append(
            ParsedFootnote(
                str(item.get("marker") or ""),
                item["text"],
                page if isinstance(page, int) else 0,
                offset if isinstance(offset, int) else None,
            )
        )
    return notes
