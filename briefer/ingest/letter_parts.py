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
_CLOSING = re.compile(
    r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting)\s*,?$",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:De|Het)\s+(?P<role>(?:minister|staatssecretaris|minister-president|"
    r"directeur|secretaris-generaal)\b[^.;:]{0,120}),$",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-Z][\w.’'\- ]{1,60}$")
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


def take_greetings(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """Remove the salutation, the closing and the signature blocks, filling ``meta``.

    The signature is searched from the end: the last block that names a
    function ("De minister van Buitenlandse Zaken,"), then the name, in the
    same block or in the blocks after it; everything from the closing on is
    metadata.
    """
    kept = [block for block in blocks[:3] if not _plain_salutation(block)] + blocks[3:]
    end = len(kept)
    for index in range(len(kept) - 1, max(-1, len(kept) - 8), -1):
        block = kept[index]
        if block.heading_level is not None:
            break
        lines = block.lines or [block.text]
        role = _ROLE.match(lines[0].strip())
        if role is None:
            continue
        names = [line.strip() for line in lines[1:]]
        names += [
            line.strip() for later in kept[index + 1 :] for line in later.lines or [later.text]
        ]
        if not names or not all(_NAME.match(name) for name in names):
            continue
        meta.signatory_role = role["role"].strip().rstrip(",")
        meta.signatory = names[-1]
        end = index
        break
    if end > 0 and _CLOSING.match(kept[end - 1].text.strip()):
        end -= 1
    return kept[:end]


def _plain_salutation(block: Block) -> bool:
    return block.heading_level is None and is_salutation(block.text)
