"""Recognisers for the fixed parts of a Kamerstuk letter.

Page footers (``Tweede Kamer, vergaderjaar 2021–2022, 35 925 V, nr. 84 2``),
the salutation, the date line (``Den Haag, 8 maart 2022``) and the signature
(``De Minister van Buitenlandse Zaken,`` / ``W.B. Hoekstra``) are metadata,
never passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

DUTCH_MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

_FOOTER = re.compile(
    r"^\s*(?P<chamber>Tweede|Eerste) Kamer, vergaderjaar\s+"
    r"(?P<year>\d{4}\s*[–-]\s*\d{4}),\s*"
    r"(?P<dossier>\d[\d ]*\d(?:\s*[A-Z]{1,3}\b)?(?:-[\dA-Z]+)?),\s*"
    r"nr\.\s*(?P<number>\d+)"
    r"(?:\s+(?P<page>\d{1,4}))?\s*$"
)
_DATE_LINE = re.compile(
    r"^(?P<place>[A-Z][\w'’. -]{1,40}),\s+(?P<day>\d{1,2})\s+"
    r"(?P<month>" + "|".join(DUTCH_MONTHS) + r")\s+(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:De|Het)\s+(?P<role>(?:Minister|Staatssecretaris|Minister-President|Minister-president)"
    r"\b[^.;:]{0,120}),\s*$"
)
_NAME = re.compile(r"^[A-Z][\w.’'\- ]{1,60}$")


@dataclass(frozen=True)
class Footer:
    chamber: str
    vergaderjaar: str
    kamerstuk: str
    page: int | None


FOOTER_MARK = "Kamer, vergaderjaar"  # what every footer says: a cheap first test


def match_footer(line: str) -> Footer | None:
    if FOOTER_MARK not in line:
        return None
    match = _FOOTER.match(line)
    if not match:
        return None
    dossier = re.sub(r"\s+", " ", match["dossier"].strip())
    page = match["page"]
    return Footer(
        chamber=f"{match['chamber']} Kamer",
        vergaderjaar=re.sub(r"\s*[–-]\s*", "–", match["year"]),
        kamerstuk=f"{dossier}, nr. {match['number']}",
        page=int(page) if page else None,
    )


def match_date_line(text: str) -> tuple[str, date] | None:
    match = _DATE_LINE.match(text.strip())
    if not match:
        return None
    try:
        when = date(int(match["year"]), DUTCH_MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None
    return match["place"].strip(), when


def is_salutation(text: str) -> bool:
    """``Aan de Voorzitter van de Tweede Kamer der Staten-Generaal``."""
    return bool(re.match(r"^Aan (?:de|het)\s+\S", text)) and not text.rstrip().endswith(".")


def match_signature(lines: list[str]) -> list[tuple[str, str]] | None:
    """Pairs of (role, name) when the lines are a signature block, else None."""
    pairs: list[tuple[str, str]] = []
    index = 0
    cleaned = [line.strip() for line in lines if line.strip()]
    while index < len(cleaned):
        role = _ROLE.match(cleaned[index])
        if not role or index + 1 >= len(cleaned) or not _NAME.match(cleaned[index + 1]):
            return None
        pairs.append((role["role"].strip(), cleaned[index + 1]))
        index += 2
    return pairs or None


def kamerstuk_key(text: str) -> str:
    """A loose key so that ``35 925 V, nr. 84`` and ``35925V-84`` compare equal."""
    lowered = text.lower().replace("nr.", " ").replace("nr ", " ")
    return re.sub(r"[^0-9a-z]", "", lowered)
