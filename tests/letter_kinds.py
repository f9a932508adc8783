"""Parsed letters of the new kinds, made by hand, for the tests of everything after reading.

Until the readers of issue 18 give these from real files, the tests build what a
reader hands over (a ``ParsedLetter`` with its kind, roles, numbers and footnotes)
and store it the way an import does (``store_letter``). The texts are written
for these tests in the style of the published documents, not copied from them.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from briefer.core.importing.single import store_letter
from briefer.core.store.database import Store
from briefer.ingest.model import (
    ANSWER,
    CONSIDERATION,
    KAMERVRAGEN,
    MOTIE,
    QUESTION,
    REQUEST,
    LetterMeta,
    ParsedFootnote,
    ParsedLetter,
    ParsedPassage,
    ParsedSection,
)

ANSWER_1 = (
    "Ja. Het kabinet heeft de steun aan Oekraïne in 2024 verhoogd tot 2,5 miljard euro, "
    "zoals aan uw Kamer gemeld. Daarnaast steunt Nederland de sancties van de Europese Unie "
    "tegen Rusland."
)
MARKED = "zoals aan uw Kamer gemeld"  # the footnote's marker stands right after these words
FOOTNOTE_1 = "Kamerstuk 21 501-20, nr. 1900"
FOOTNOTE_2 = (
    "Zie de Kamerbrief van 4 maart 2024 over de sanctiepakketten (Kamerstuk 36 045, nr. 8)."
)


def kamervragen() -> ParsedLetter:
    """Written questions with their answers: two questions, the first answered in two
    paragraphs with two footnotes, and a notice of the reader."""
    marker = ANSWER_1.index(MARKED) + len(MARKED)
    meta = LetterMeta(
        title="het bericht «Nederland schiet tekort in de steun aan Oekraïne»",
        vergaderjaar="2023–2024",
        date=date(2024, 5, 17),
        signatory="H.G.J. Bruins Slot",
        signatory_role="Minister van Buitenlandse Zaken",
        pages=3,
        kind=KAMERVRAGEN,
        publication="ah-tk-20232024-2001",
        signatories=[("H.G.J. Bruins Slot", "Minister van Buitenlandse Zaken")],
        asked_by="Van Dijk (CDA) en Brekelmans (VVD)",
        asked_on=date(2024, 3, 29),
        answered_by="Minister Bruins Slot (Buitenlandse Zaken)",
        answered_on=date(2024, 5, 17),
        number="2001",
    )
    passages = [
        ParsedPassage(
            "Bent u bekend met het bericht «Nederland schiet tekort in de steun aan Oekraïne»?",
            1,
            1,
            QUESTION,
            1,
        ),
        ParsedPassage(
            ANSWER_1,
            1,
            2,
            ANSWER,
            1,
            [
                ParsedFootnote("1", FOOTNOTE_1, 1, marker),
                ParsedFootnote("2", FOOTNOTE_2, 2, len(ANSWER_1) - 1),
            ],
        ),
        ParsedPassage("De steun wordt met de partners in de NAVO afgestemd.", 2, 2, ANSWER, 1),
        ParsedPassage(
            "Welke sancties tegen Rusland steunt het kabinet in de Raad?", 2, 2, QUESTION, 2
        ),
        ParsedPassage(
            "Het kabinet steunt het veertiende sanctiepakket van de Europese Unie tegen Rusland.",
            2,
            3,
            ANSWER,
            2,
        ),
    ]
    return ParsedLetter(
        meta,
        passages=passages,
        source_format="xml",
        notice="het antwoord op vraag 3 ontbreekt in het bestand",
    )


def motie() -> ParsedLetter:
    """A motie: considerations, a dictum and its indieners."""
    meta = LetterMeta(
        title="Motie van de leden Sjoerdsma en Brekelmans over sancties tegen Rusland",
        kamerstuk="36 045, nr. 12",
        vergaderjaar="2022–2023",
        date=date(2023, 2, 14),
        pages=1,
        kind=MOTIE,
        publication="kst-36045-12",
        dossier="Situatie in Oekraïne",
        indieners=["Sjoerdsma", "Brekelmans"],
    )
    section = ParsedSection("MOTIE VAN DE LEDEN SJOERDSMA EN BREKELMANS", 1, 1)
    section.passages = [
        ParsedPassage("De Kamer,", 1, 1),
        ParsedPassage("gehoord de beraadslaging,", 1, 1),
        ParsedPassage(
            "constaterende dat Rusland de sancties van de Europese Unie via derde landen omzeilt;",
            1,
            1,
            CONSIDERATION,
        ),
        ParsedPassage(
            "overwegende dat de handhaving van sancties in de lidstaten verschilt;",
            1,
            1,
            CONSIDERATION,
        ),
        ParsedPassage(
            "verzoekt de regering, in de Raad te pleiten voor een Europese "
            "sanctiehandhavingsautoriteit,",
            1,
            1,
            REQUEST,
        ),
        ParsedPassage("en gaat over tot de orde van de dag.", 1, 1),
    ]
    return ParsedLetter(meta, sections=[section], source_format="pdf")


def stored(store: Store, parsed: ParsedLetter, name: str) -> int:
    """Store ``parsed`` as the import of a file ``name`` does; its letter id."""
    digest = hashlib.sha256(f"{name}\x00{parsed.content_hash()}".encode()).hexdigest()
    with store.session() as session:
        _status, letter_id = store_letter(session, parsed, name, digest)
    return letter_id


def with_answer(parsed: ParsedLetter, text: str) -> ParsedLetter:
    """The letter with the first paragraph of answer 1 worded otherwise (a new version);
    its footnotes stay where they were."""
    passages = list(parsed.passages)
    passages[1] = replace(passages[1], text=text)
    return replace(parsed, passages=passages)
