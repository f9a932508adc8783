"""References between letters: what a letter cites, and which letters cite it.

Found in the passages' text on demand (briefer.intelligence.references), so
they are always in step with the letters as imported, re-imported or deleted.
A reference to a Kamerstuk that is in the library links to that letter.
Plain SQL through ``Store.reading`` (no ORM): the reader shows the links on the
window's first screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from briefer.core.citations import letter_label
from briefer.core.errors import NotFoundError
from briefer.core.library import LetterOutline
from briefer.core.store.database import Store
from briefer.core.store.plain_rows import Rows
from briefer.intelligence.references import KAMERSTUK, Reference, find_references
from briefer.intelligence.sentences import page_at


@dataclass(frozen=True)
class ReferenceRow:
    kind: str  # kamerstuk | handelingen | named ("amendement-Mulder")
    canonical: str  # kst-36045-3
    kamerstuk: str  # "36 045, nr. 3" (or the Handelingen form, or "amendement-Mulder")
    text: str  # as printed
    document: str  # motie | amendement | ""
    passage_id: int
    page: int
    start: int  # offset in the passage text (for links in the reader)
    end: int
    letter_id: int | None  # the cited letter, when it is in the library
    letter: str | None  # its label

    def to_json(self) -> dict[str, Any]:
        return {
            "kamerstuk": self.kamerstuk if self.kind == KAMERSTUK else None,
            "label": self.kamerstuk,
            "id": self.canonical,
            "kind": self.kind,
            "document": self.document or None,
            "text": self.text,
            "page": self.page,
            "passage": self.passage_id,
            "letter": self.letter_id,
        }


@dataclass(frozen=True)
class CitingPassage:
    letter_id: int
    letter: str
    passage_id: int
    page: int
    text: str  # the reference as printed

    def to_json(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "letter": self.letter,
            "passage": self.passage_id,
            "page": self.page,
            "text": self.text,
        }


class _Passage(NamedTuple):
    id: int
    text: str
    first_page: int
    last_page: int


def _library_keys(rows: Rows) -> dict[str, tuple[int, str]]:
    found = rows.all(
        "SELECT id, kamerstuk_key, kamerstuk, title FROM letters WHERE kamerstuk_key IS NOT NULL"
    )
    return {key: (lid, letter_label(ks, title)) for lid, key, ks, title in found if key}


def outline_links(store: Store, outline: LetterOutline) -> dict[str, tuple[int, str]]:
    """kamerstuk_key -> (letter id, label) of the other letters of the library that a
    letter's passages cite (the reader's links), without reading every letter."""
    keys = sorted(
        {
            ref.key
            for passage in outline.all_passages()
            for ref in find_references(passage.text)
            if ref.kind == KAMERSTUK
        }
    )
    found: dict[str, tuple[int, str]] = {}
    with store.reading() as rows:
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            for lid, key, kamerstuk, title in rows.all(
                "SELECT id, kamerstuk_key, kamerstuk, title FROM letters "
                f"WHERE kamerstuk_key IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                if lid != outline.letter.id:
                    found[key] = (lid, letter_label(kamerstuk, title))
    return found


def _row(ref: Reference, passage: _Passage, keys: dict[str, tuple[int, str]]) -> ReferenceRow:
    linked = keys.get(ref.key) if ref.kind == KAMERSTUK else None
    page = page_at(ref.start, len(passage.text), passage.first_page, passage.last_page)
    return ReferenceRow(
        ref.kind,
        ref.canonical,
        ref.display,
        ref.text,
        ref.document,
        passage.id,
        page,
        ref.start,
        ref.end,
        linked[0] if linked else None,
        linked[1] if linked else None,
    )


def letter_references(store: Store, letter_id: int) -> list[ReferenceRow]:
    """Every reference in a letter, in reading order, with its page and link."""
    with store.reading() as rows:
        if rows.first("SELECT id FROM letters WHERE id = ?", (letter_id,)) is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        keys = _library_keys(rows)
        passages = [
            _Passage(*row)
            for row in rows.all(
                "SELECT id, text, first_page, last_page FROM passages "
                "WHERE letter_id = ? AND retired = ? ORDER BY position",
                (letter_id, False),
            )
        ]
    return [_row(ref, p, keys) for p in passages for ref in find_references(p.text)]


def passage_references(store: Store, passage_id: int) -> list[ReferenceRow]:
    """The references in one passage (the reader shows them as links)."""
    with store.reading() as rows:
        found = rows.first(
            "SELECT id, text, first_page, last_page FROM passages WHERE id = ?", (passage_id,)
        )
        if found is None:
            raise NotFoundError(f"geen passage met nummer {passage_id}")
        passage = _Passage(*found)
        refs = find_references(passage.text)
        keys = _library_keys(rows) if refs else {}
    return [_row(ref, passage, keys) for ref in refs]


_CITING = (
    "SELECT p.id, p.text, p.first_page, p.last_page, p.letter_id, l.kamerstuk, l.title "
    "FROM passages p JOIN letters l ON l.id = p.letter_id "
    "WHERE p.letter_id != ? AND p.retired = ? AND {which} "
    "ORDER BY l.letter_date DESC, p.letter_id, p.position"
)


def _mentioning(rows: Rows, letter_id: int, dossier: str) -> list[tuple[Any, ...]]:
    """The passages of other letters whose text has the dossier number in it, as a
    reference prints it: ``35 925`` (the words 35 and 925) or ``35925`` (one word).

    From the full-text index where there is one (a word lookup instead of reading
    every passage's text: the reader shows these on the window's first screen),
    else every passage's text holding the number's last three digits.
    """
    candidates = rows.passages_with_words([dossier[2:]], [dossier]) if len(dossier) == 5 else None
    if candidates is None or len(candidates) > 900:  # no index, or a number in every letter
        sql = _CITING.format(which="p.text LIKE ?")
        return rows.all(sql, (letter_id, False, f"%{dossier[-3:]}%"))
    if not candidates:
        return []
    which = f"p.id IN ({', '.join('?' * len(candidates))})"
    return rows.all(_CITING.format(which=which), (letter_id, False, *sorted(candidates)))


def cited_by(store: Store, letter_id: int) -> list[CitingPassage]:
    """The passages of other letters that refer to this letter ("aangehaald in")."""
    with store.reading() as rows:
        letter = rows.first(
            "SELECT kamerstuk_key, kamerstuk FROM letters WHERE id = ?", (letter_id,)
        )
        if letter is None:
            raise NotFoundError(f"geen brief met nummer {letter_id}")
        key, kamerstuk = letter
        if not key or not kamerstuk:
            return []
        dossier = "".join(ch for ch in kamerstuk.split(",")[0] if ch.isdigit())
        found = _mentioning(rows, letter_id, dossier)
    citing: list[CitingPassage] = []
    for pid, text, first, last, other, other_kamerstuk, title in found:
        for ref in find_references(text):
            if ref.kind == KAMERSTUK and ref.key == key:
                page = page_at(ref.start, len(text), first, last)
                label = letter_label(other_kamerstuk, title)
                citing.append(CitingPassage(other, label, pid, page, ref.text))
    return citing
