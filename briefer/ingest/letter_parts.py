"""The fixed parts around a letter's body, common to every published form.

The salutation ("Geachte voorzitter,"), the closing ("Hoogachtend,") and the
signature (the signatory's function, then their name, often after a gap for
the signature itself) are metadata, never passages. Dates are written in
Dutch ("14 oktober 2022"); a kamerstukkop prints the document title in
capitals ("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN").
"""

from __future__ import annotations

import re
from datetime import date

from briefer.ingest.kamerstuk import DUTCH_MONTHS
from briefer.ingest.layout import Block
from briefer.ingest.model import LetterMeta

_SALUTATION = re.compile(r"^(?:Geachte|Zeer geachte|Beste)\b.{0,80},$", re.IGNORECASE)
_DATE = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>" + "|".join(DUTCH_MONTHS) + r")\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    [
        "van",
        "de",
        "der",
        "het",
        "en",
        "voor",
        "op",
        "over",
        "in",
        "met",
        "aan",
        "te",
        "bij",
        "tot",
        "uit",
        "inzake",
        "ter",
        "den",
    ]
)


def dutch_date(text: str) -> date | None:
    """The first date written in Dutch in ``text`` ("14 oktober 2022")."""
    match = _DATE.search(text)
    if match is None:
        return None
    try:
        return date(int(match["year"]), DUTCH_MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None


def title_from_capitals(text: str) -> str:
    """``BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN`` -> ``Brief van de Minister van …``."""
    if text != text.upper():
        return text
    words = text.lower().split()
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION.match(text.strip()))


HEADER_ZONE = 15  # the salutation is among the first paragraphs
_FIELDS = {"datum": "date", "betreft": "title", "kenmerk": "reference"}
_BARE = {
    (meaning, "")
    for meaning in (
        "datum",
        "betreft",
        "kenmerk",
        "uw kenmerk",
        "uw brief",
        "bijlagen",
        "contactpersoon",
        "telefoon",
        "e-mail",
        "afschrift",
    )
}


def take_label(meta: LetterMeta, label: str, value: str) -> bool:
    """Fill ``meta`` from a label and its value ("Datum", "Betreft" or "Onderwerp",
    "Ons kenmerk" …: label_values.LABELS); False when ``label`` is no label."""
    from briefer.ingest.label_values import label_of

    found = label_of(label.strip())
    if found is None or found[1]:
        return False
    field = _FIELDS.get(found[0], "")
    value = value.strip()
    if field == "date" and meta.date is None:
        meta.date = dutch_date(value)
    elif field == "title" and not meta.title:
        meta.title = value
    elif field == "reference" and meta.reference is None:
        meta.reference = value or None
    return True


def is_metadata_table(rows: list[list[str]]) -> bool:
    """A table whose rows are label and value ("Datum | 14 oktober 2022")."""
    from briefer.ingest.label_values import label_of

    return bool(rows) and any(
        row and (label_of(row[0].strip()) or ("", "x"))[1] == "" for row in rows
    )


def take_header(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """Before "Geachte …,": the addressee and label lines are metadata, not passages."""
    from briefer.ingest.label_values import label_of

    salutation = next(
        (
            index
            for index, block in enumerate(blocks[:HEADER_ZONE])
            if block.heading_level is None and is_salutation(block.text)
        ),
        None,
    )
    if salutation is None:
        return blocks
    addressee: list[str] = []
    stopped = False
    for block in blocks[:salutation]:
        for line in block.lines or [block.text]:
            labelled = label_of(line)
            if labelled is not None and labelled[1]:
                take_label(meta, line[: len(line) - len(labelled[1])].strip(), labelled[1])
                stopped = True
                continue
            if line.startswith(">") or line.lower().startswith("retouradres"):
                continue
            if line[:1].isdigit() or line.startswith(("Postbus", "Binnenhof")):
                stopped = True
            if not stopped:
                addressee.append(line)
    if addressee and meta.addressee is None:
        meta.addressee = " ".join(addressee)
    return blocks[salutation + 1 :]


def row_passage(header: list[str], row: list[str]) -> str:
    """A table row as one readable passage: ``Kop: waarde; Kop: waarde``."""
    cells = [cell.strip() for cell in row]
    if header and len(header) == len(cells):
        return "; ".join(
            f"{name.strip()}: {cell}" if name.strip() else cell
            for name, cell in zip(header, cells, strict=True)
            if cell
        )
    return "; ".join(cell for cell in cells if cell)
