"""What the parliament's publications say in words, whatever form they come in.

The officielebekendmakingen publish every Kamerstuk and Aanhangsel as PDF,
XML, ODT and HTML; the readers of each form hand their text to these
recognisers, so that the same stuk reads the same in every form:

- the stuk's title names its kind: "MOTIE VAN DE LEDEN …", "BRIEF VAN DE
  MINISTER …", "FICHE: …"; Kamervragen are the Aanhangsel's "Vragen gesteld
  door de leden der Kamer …";
- Kamervragen open with who asked whom about what and when ("Vragen van het
  lid Van Nispen (SP) aan de Minister van … over het bericht «…» (ingezonden
  29 maart 2024).") and who answered when ("Antwoord van Staatssecretaris
  Heijnen (Infrastructuur en Waterstaat), mede namens … (ontvangen 17 mei
  2024)."), then label every question and answer ("Vraag 2 en 3",
  "Antwoord 5");
- a motie considers ("constaterende dat …", "overwegende dat …"), then asks
  ("verzoekt de regering …", "spreekt uit …") and is signed by its indieners.
"""

from __future__ import annotations

import re
from datetime import date

from briefer.ingest.layout import Block
from briefer.ingest.letter_parts import dutch_date, title_from_capitals
from briefer.ingest.model import (
    BNC_FICHE,
    CONSIDERATION,
    DOCUMENT,
    KAMERBRIEF,
    MOTIE,
    REQUEST,
    LetterMeta,
)

_ASKED = re.compile(
    r"^Vragen\s+van\s+(?:het\s+lid|de\s+leden|mevrouw|de\s+heer)\s+(?P<who>.+?)\s+"
    r"(?:aan\s+(?P<whom>.+?)\s+)?over\s+(?P<subject>.+?)\s*"
    r"\(\s*ingezonden\s+(?P<when>[^)]+)\)\s*\.?\s*(?P<rest>.*)$",
    re.DOTALL,
)
_ANSWERED = re.compile(
    r"^(?:Antwoord|Antwoorden)\s+van\s+(?:de\s+)?(?P<who>.+?)\s*"
    r"\(\s*ontvangen\s+(?P<when>[^)]+)\)\s*\.?\s*(?P<rest>.*)$",
    re.DOTALL,
)
_ALSO = re.compile(r",?\s+(?:mede\s+namens|namens)\b.*$", re.DOTALL)
_LABEL = re.compile(
    r"^(?P<role>Vraag|Vragen|Antwoord|Antwoorden)\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?"
    r"(?P<number>\d{1,3})(?P<more>(?:\s*(?:,|en|t/m|tot en met|-|–)\s*\d{1,3})*)\s*[.:]?$",
    re.IGNORECASE,
)
_CONSIDERATION = re.compile(
    r"^(?:constaterende|overwegende|van\s+mening|gelet\s+op|wijzend\s+op|"
    r"vaststellende|erkennende|beseffende|tevens\s+constaterende|voorts\s+overwegende)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"^(?:verzoekt|spreekt\s+(?:uit|zich\s+uit)|roept|draagt\s+.{1,60}\s+op|"
    r"dringt\s+er\s+bij|besluit|vraagt\s+de\s+regering|verzoekt\s+voorts)\b",
    re.IGNORECASE,
)
MOTIE_OPENING = ("De Kamer,", "gehoord de beraadslaging,")
MOTIE_END = re.compile(r"^en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?$", re.IGNORECASE)
_KINDS = (
    (re.compile(r"^(?:GEWIJZIGDE\s+)?MOTIE\b", re.IGNORECASE), MOTIE),
    (re.compile(r"^BRIEF\b", re.IGNORECASE), KAMERBRIEF),
    (re.compile(r"^FICHE\b|^BNC-?FICHE\b", re.IGNORECASE), BNC_FICHE),
)


def stuk_kind(title: str) -> str:
    """The kind a Kamerstuk's title names ("MOTIE VAN …" is a motie)."""
    for pattern, kind in _KINDS:
        if pattern.match(title.strip()):
            return kind
    return DOCUMENT


def stuk_title(capitals: str, names: list[str] | None = None) -> str:
    """A title printed in capitals, written as a sentence; the indieners keep their names'
    capitals ("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS" -> "Motie van de leden Inge van
    Dijk en Grinwis")."""
    if capitals != capitals.upper():
        return " ".join(capitals.split())
    text = title_from_capitals(" ".join(capitals.split()))
    text = re.sub(r"\b(van de|van het) (Leden|Lid)\b", lambda m: f"{m[1]} {m[2].lower()}", text)
    for name in names or []:
        text = re.sub(re.escape(name), name, text, flags=re.IGNORECASE)
    return text


def _day(text: str) -> date | None:
    return dutch_date(text)


class Omschrijving:
    """Who asked whom about what, and who answered, from the opening of Kamervragen."""

    def __init__(self) -> None:
        self.asked_by: str | None = None
        self.asked_to: str | None = None
        self.subject: str | None = None
        self.asked_on: date | None = None
        self.answered_by: str | None = None
        self.answered_on: date | None = None

    def read(self, text: str) -> bool:
        """Take what ``text`` says; False when it is neither question nor answer line."""
        text = " ".join(text.split())
        asked = _ASKED.match(text)
        if asked is not None:
            self.asked_by = re.sub(r"(\w)\(", r"\1 (", asked["who"].strip())
            self.asked_to = (asked["whom"] or "").strip() or None
            self.subject = asked["subject"].strip()
            self.asked_on = _day(asked["when"])
            if asked["rest"]:
                self.read(asked["rest"])
            return True
        answered = _ANSWERED.match(text)
        if answered is not None:
            who = _ALSO.sub("", answered["who"].strip()).strip().rstrip(",")
            self.answered_by = who
            self.answered_on = _day(answered["when"])
            return True
        return False


def question_label(text: str) -> tuple[str, int] | None:
    """("vraag"/"antwoord", first number) for a label line ("Vraag 2 en 3", "Antwoord 5")."""
    found = _LABEL.match(" ".join(text.split()))
    if found is None:
        return None
    role = "vraag" if found["role"].lower().startswith("vra") else "antwoord"
    return role, int(found["number"])


def motie_role(text: str) -> str | None:
    """The part a motie's paragraph plays: a consideration, the request (dictum), or None."""
    text = text.strip()
    if _CONSIDERATION.match(text):
        return CONSIDERATION
    if _REQUEST.match(text):
        return REQUEST
    return None


def is_motie_end(text: str) -> bool:
    return bool(MOTIE_END.match(" ".join(text.split())))


def take_questions(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """Kamervragen: the opening read into ``meta``, every paragraph after a label a
    question's or an answer's with its number."""
    kept: list[Block] = []
    omschrijving = Omschrijving()
    labelled = False
    for block in blocks:
        if not labelled and block.role is None and omschrijving.read(block.text):
            continue
        if block.role is not None:
            labelled = True
        kept.append(block)
    meta.asked_by, meta.asked_on = omschrijving.asked_by, omschrijving.asked_on
    meta.answered_by, meta.answered_on = omschrijving.answered_by, omschrijving.answered_on
    meta.date = meta.date or omschrijving.answered_on or omschrijving.asked_on
    if omschrijving.subject:
        meta.title = omschrijving.subject
    return kept


def take_motie(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """A motie: each paragraph with its part; the names after its end are its indieners."""
    kept: list[Block] = []
    ended = False
    for block in blocks:
        if ended and block.heading_level is None:
            meta.indieners.extend(line.strip() for line in block.lines or [block.text])
            continue
        block.role = motie_role(block.text)
        kept.append(block)
        ended = ended or is_motie_end(block.text)
    return kept
