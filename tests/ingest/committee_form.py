"""A committee's besluitenlijst drawn as a real PDF: a form in two columns.

The form of a Kamer committee's procedure meeting, as the committees publish
it: the place and date at the top right, a header block of fields (the lead
committee, the committees that follow, the document's name), grey bars naming
the parts (one with no items under it, which says so in bold), numbered agenda
items ("3. Agendapunt:" with the item's title in bold beside it), and under each
item its fields ("Zaak:", "Besluit:", "Noot:") with the value beside the label,
running on at the value's edge and over a page break. A page number stands at
the foot of every page; the griffier's field closes the form. The real one in
../shared/corpus/real is read by tests/corpus; this one, with other committees,
items and wording, runs where that set is absent (on CI).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

LABEL_X = 72.0
VALUE_X = 196.0
RIGHT = 523.0
TOP = 770.0
FOOT = 78.0
LABEL_SIZE = 8.0
VALUE_SIZE = 10.0
LEADING = 12.0


@dataclass(frozen=True)
class Bar:
    """A grey bar across the page naming a part of the agenda."""

    title: str


@dataclass(frozen=True)
class Field:
    """A label at the left and its value beside it (bold: an item's title)."""

    label: str
    value: str
    number: str = ""
    bold_label: bool = False
    bold_value: bool = False


@dataclass(frozen=True)
class Remark:
    """A line of the form's own in bold, on no bar and beside no label."""

    text: str


Entry = Bar | Field | Remark

HEADER: list[Field] = [
    Field("Voortouwcommissie:", "vaste commissie voor Europese Zaken", bold_value=True),
    Field("Volgcommissie(s):", "BuZa    i.v.m. agendapunt    2, 4"),
    Field("", "EZK    i.v.m. agendapunt    4"),
    Field("", "LNV    i.v.m. agendapunt    5"),
    Field(
        "Document:",
        "Besluitenlijst van de procedurevergadering van woensdag 11 maart 2026",
        bold_value=True,
    ),
]

LONG_ZAAK = (
    "Brief regering - minister van Buitenlandse Zaken, Van den Berg M. - 4 maart 2026 "
    "Geannoteerde agenda van de Raad Buitenlandse Zaken van 16 maart 2026, met de "
    "reactie op het verzoek van de commissie over de inzet van Nederland bij de "
    "onderhandelingen over het toetredingsproces van de landen van de Westelijke "
    "Balkan en over de voortgang van de sanctiepakketten tegen Rusland - 21501-02-3012"
)

AGENDA: list[Entry] = [
    Bar("Besluitenlijst vorige vergadering(en)"),
    Field(
        "Agendapunt:",
        "Besluitenlijst van de vergadering van 4 maart 2026",
        number="1.",
        bold_value=True,
    ),
    Field("Noot:", "Besluit: besluitenlijst vastgesteld"),
    Bar("Raad Buitenlandse Zaken"),
    Field(
        "Agendapunt:",
        "Geannoteerde agenda Raad Buitenlandse Zaken van 16 maart 2026",
        number="2.",
        bold_value=True,
    ),
    Field("Zaak:", LONG_ZAAK, bold_label=True),
    Field("Besluit:", "Agenderen voor het commissiedebat Raad Buitenlandse Zaken."),
    Field(
        "Zaak:",
        "Brief regering - minister van Buitenlandse Zaken, Van den Berg M. - 6 maart 2026 "
        "Verslag van de Raad Buitenlandse Zaken van 23 februari 2026 - 21501-02-3011",
        bold_label=True,
    ),
    Field("Besluit:", "Agenderen voor het commissiedebat Raad Buitenlandse Zaken."),
    Field(
        "Agendapunt:",
        "Fiche: Verordening over de weerbaarheid van kritieke grondstoffenketens",
        number="3.",
        bold_value=True,
    ),
    Field(
        "Zaak:",
        "Brief regering - minister van Buitenlandse Zaken, Van den Berg M. - 2 maart 2026 "
        "Fiche: Verordening kritieke grondstoffen - 22112-4120",
        bold_label=True,
    ),
    Field("Besluit:", "Voor kennisgeving aannemen."),
    Field("Volgcommissie(s):", "EZK"),
    Bar("Europese wet- en regelgeving"),
    Field(
        "Agendapunt:",
        "Voorstel voor een richtlijn over de bestrijding van corruptie in de lidstaten "
        "van de Europese Unie en bij de instellingen van de Unie",
        number="4.",
        bold_value=True,
    ),
    Field(
        "Zaak:",
        "EU-voorstel - Europese Commissie - 26 februari 2026 Voorstel voor een richtlijn "
        "over de bestrijding van corruptie COM(2026) 112 - 36511-1",
        bold_label=True,
    ),
    Field(
        "Besluit:",
        "Een schriftelijk overleg voeren over het voorstel; inbrengdatum 25 maart 2026.",
    ),
    Field("Besluit:", "De commissie voor Economische Zaken en Klimaat wordt hierover ingelicht."),
    Field(
        "Agendapunt:",
        "Stand van zaken van de onderhandelingen over de landbouw- en visserijparagraaf",
        number="5.",
        bold_value=True,
    ),
    Field(
        "Zaak:",
        "Brief regering - minister van Landbouw, Visserij, Voedselzekerheid en Natuur, "
        "De Vries A. - 5 maart 2026 Stand van zaken van de onderhandelingen - 21501-32-1700",
        bold_label=True,
    ),
    Field("Besluit:", "Betrekken bij het commissiedebat Landbouw- en Visserijraad."),
    Bar("Brieven van de minister van Defensie"),
    Remark("Geen agendapunten"),
    Bar("Rondvraag"),
    Field(
        "Agendapunt:",
        "Verzoek van het lid Jansen om een technische briefing over de uitbreiding",
        number="6.",
        bold_value=True,
    ),
    Field("Besluit:", "De griffie organiseert de technische briefing voor het zomerreces."),
]

CLOSING: list[Field] = [Field("Griffier:", "E.M. de Groot", bold_value=True)]

# Short text that fills a page until the long Zaak of item 2 runs over its foot.
FILL: list[Entry] = [
    Field(
        "Zaak:",
        f"Brief regering - minister van Buitenlandse Zaken - {day} februari 2026 "
        f"Reactie op de motie over de steun aan de Oekraïne - 36045-{100 + day}",
        bold_label=True,
    )
    for day in (10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25)
]


class _Form:
    """Draws entries top down, a new page (with its number) where one runs out."""

    def __init__(self, path: Path) -> None:
        self.canvas = Canvas(str(path), pagesize=A4, invariant=True)
        self.canvas.setTitle("Besluitenlijst")
        self.page = 1
        self.y = TOP
        self.remark_gap = LEADING

    def _new_page(self) -> None:
        self.canvas.setFont("Times-Roman", VALUE_SIZE)
        self.canvas.drawRightString(RIGHT, 48, str(self.page))
        self.canvas.showPage()
        self.page += 1
        self.y = TOP

    def bar(self, bar: Bar) -> None:
        if self.y < FOOT + 3 * LEADING:
            self._new_page()
        self.y -= LEADING
        self.canvas.setFillGray(0.82)
        self.canvas.rect(LABEL_X, self.y - 4, RIGHT - LABEL_X, LEADING + 4, stroke=0, fill=1)
        self.canvas.setFillGray(0)
        self.canvas.setFont("Times-Bold", VALUE_SIZE)
        self.canvas.drawString(VALUE_X, self.y, bar.title)
        self.y -= 2 * LEADING

    def remark(self, remark: Remark) -> None:
        if self.y < FOOT + LEADING:
            self._new_page()
        self.y -= self.remark_gap  # how far it stands apart from the bar above it
        self.canvas.setFont("Times-Bold", VALUE_SIZE)
        self.canvas.drawString(VALUE_X + 4, self.y, remark.text)
        self.y -= 2 * LEADING

    def field(self, field: Field) -> None:
        font = "Times-Bold" if field.bold_value else "Times-Roman"
        lines = simpleSplit(field.value, font, VALUE_SIZE, RIGHT - VALUE_X)
        if self.y < FOOT + LEADING:
            self._new_page()
        if field.number:
            self.canvas.setFont("Times-Roman", VALUE_SIZE)
            self.canvas.drawRightString(LABEL_X - 6, self.y, field.number)
        if field.label:
            self.canvas.setFont("Times-Bold" if field.bold_label else "Times-Roman", LABEL_SIZE)
            self.canvas.drawString(LABEL_X, self.y, field.label)
        for line in lines:
            if self.y < FOOT:
                self._new_page()
            self.canvas.setFont(font, VALUE_SIZE)
            self.canvas.drawString(VALUE_X, self.y, line)
            self.y -= LEADING
        self.y -= LEADING * 0.8

    def finish(self) -> None:
        self.canvas.setFont("Times-Roman", VALUE_SIZE)
        self.canvas.drawRightString(RIGHT, 48, str(self.page))
        self.canvas.showPage()
        self.canvas.save()


def make_committee_form(path: Path, remark_gap: float = LEADING) -> Path:
    """The besluitenlijst as an A4 PDF, item 2's long Zaak over the foot of page 1;
    ``remark_gap``: the space between the empty bar and the bold remark under it, beyond
    the usual two lines."""
    form = _Form(path)
    form.remark_gap = remark_gap
    form.canvas.setFont("Times-Roman", VALUE_SIZE)
    form.canvas.drawRightString(RIGHT, TOP + 20, "Den Haag, 12 maart 2026")
    form.y = TOP - 40
    for field in HEADER:
        form.field(field)
        form.y += LEADING * 0.5
    form.y -= LEADING
    entries: list[Entry] = list(AGENDA)
    at = next(i for i, e in enumerate(entries) if isinstance(e, Field) and e.value == LONG_ZAAK)
    entries[at:at] = FILL
    for entry in entries:
        if isinstance(entry, Bar):
            form.bar(entry)
        elif isinstance(entry, Remark):
            form.remark(entry)
        else:
            form.field(entry)
    form.y -= LEADING
    for field in CLOSING:
        form.field(field)
    form.finish()
    return path
