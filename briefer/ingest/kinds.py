"""The kind of a document that no reader of a published form named, told from its outline.

Readers of the parliament's publications name the kind from the stuk itself
(stukken.py) and the Rijksoverheid letter reader names a Kamerbrief; this
module looks at what any reader made of a document it could not place:

- a BNC-fiche (the cabinet's assessment of a new EU proposal) has a title
  "Fiche N: …" or the template's parts ("Algemene gegevens", "Essentie
  voorstel", "Nederlandse positie …"); its "Eerstverantwoordelijk ministerie"
  names the ministry, and what stands under "Nederlandse positie" is the
  government's position;
- a letter to the parliament (a kamerstuk number or a Kamer as addressee, with a
  signatory or a date) read by a reader of no published form (Word, the
  Kamerstuk text layout) is a Kamerbrief;
- anything else stays a plain document, with a line saying so.
"""

from __future__ import annotations

import re

from briefer.ingest.model import (
    BNC_FICHE,
    DOCUMENT,
    KAMERBRIEF,
    POSITION,
    ParsedLetter,
    ParsedSection,
)

UNKNOWN = "soort document niet herkend: gelezen als gewoon document met kopjes en alinea's"
_ENUMERATOR = re.compile(r"^(?:\(?[a-z]\)|\d{1,2}(?:\.\d{1,2})*\.?)\s*")
_FICHE_TITLE = re.compile(r"^(?:BNC-?)?fiche\s*\d*\s*[:.–-]", re.IGNORECASE)
_FICHE_PARTS = (
    re.compile(r"^algemene gegevens\b", re.IGNORECASE),
    re.compile(r"^essentie (?:van het )?voorstel\b", re.IGNORECASE),
    re.compile(r"^nederlandse positie\b", re.IGNORECASE),
    re.compile(r"^beoordeling bevoegdheid\b", re.IGNORECASE),
    re.compile(r"^implicaties voor (?:uitvoering|ontwikkelingslanden)\b", re.IGNORECASE),
)
_POSITION = re.compile(r"^nederlandse positie\b", re.IGNORECASE)
_MINISTRY = re.compile(r"^eerstverantwoordelijk(?:e)? ministerie\b", re.IGNORECASE)


def bare(title: str) -> str:
    """A heading without its number or letter: "3. Nederlandse positie" -> "Nederlandse positie"."""
    return _ENUMERATOR.sub("", title.strip())


def _is_fiche(letter: ParsedLetter) -> bool:
    titles = [bare(section.title) for section in letter.walk_sections()]
    parts = sum(any(pattern.match(title) for title in titles) for pattern in _FICHE_PARTS)
    return bool(_FICHE_TITLE.match(letter.meta.title or "")) or parts >= 3


def _mark_positions(section: ParsedSection) -> None:
    for passage in section.passages:
        passage.role = passage.role or POSITION
    for child in section.sections:
        _mark_positions(child)


def _is_letter(letter: ParsedLetter) -> bool:
    """A letter to the parliament: a kamerstuk number or an addressee in the Kamer, and
    someone who signs it or a date (a Word letter, the Kamerstuk text layout)."""
    meta = letter.meta
    to_the_kamer = bool(meta.kamerstuk) or "kamer" in (meta.addressee or "").lower()
    return to_the_kamer and bool(meta.signatory or meta.signatories or meta.date)


def recognise(letter: ParsedLetter) -> None:
    """Name the kind of a document a reader left as a plain document (in place)."""
    if letter.meta.kind != DOCUMENT:
        return
    if _is_letter(letter):
        letter.meta.kind = KAMERBRIEF
        return
    if _is_fiche(letter):
        letter.meta.kind = BNC_FICHE
        for section in letter.walk_sections():
            title = bare(section.title)
            if _POSITION.match(title):
                _mark_positions(section)
            elif _MINISTRY.match(title) and section.passages and not letter.meta.ministry:
                letter.meta.ministry = section.passages[0].text.strip().rstrip(".")
        return
    letter.notice = letter.notice or UNKNOWN
