"""Render models built by hand, shared by the Word and PDF export tests.

``sample_document()`` is a one-topic China briefing; ``sample_pack()`` holds
three topics (Rusland, China, Westelijke Balkan) under one cover and one table
of contents. The text is taken from Kamerstuk 35 925 V, nr. 84 (the bundled
letter) and deliberately carries characters that break naive exporters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from briefer.compose.render_model import (
    Block,
    BulletList,
    Cover,
    DocumentMeta,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)

MARKING = "Departementaal vertrouwelijk"
AUTHOR = "A. de Vries"
LETTER = "Kamerstuk 35 925 V, nr. 84"
CREATED = datetime(2022, 3, 8, 10, 30, tzinfo=timezone(timedelta(hours=1)))
CONTROL = "\x07"  # a bell character: the exporters must drop it and keep the rest

# The note is the user's own text with every character that trips up an exporter.
NOTE = "Let op bij het gesprek: R&D <b> AT&T Путин 习近平 «tegenspraak» – Oekraïne, café."
NOTE_IN_MODEL = NOTE.replace("AT&T", "AT&T" + CONTROL)


@dataclass(frozen=True)
class _Topic:
    points: list[tuple[str, str, str, int]]  # text before, emphasised text, text after, page
    quotes: list[tuple[str, str]]  # quote, pages


_TOPICS = {
    "China": _Topic(
        points=[
            ("Nederland zoekt samenwerking met China, ", "kritisch", " waar nodig.", 5),
            ("Bij uiteenlopende belangen werken wij via de rechtsorde.", "", "", 13),
            ("De balans verschuift naar beschermend waar nodig.", "", "", 14),
        ],
        quotes=[
            (
                "China is in krap twee generaties uitgegroeid tot een economische grootmacht "
                "en een mondiale speler waar de wereld niet omheen kan als het gaat om "
                "welvaart, veiligheid en klimaatbeleid.",
                "p. 5",
            ),
            (
                "Daarbij is de realiteit dat China zich in toenemende mate assertief opstelt en "
                "nadrukkelijker de internationale orde naar eigen inzicht probeert in te richten.",
                "p. 13-14",
            ),
            (
                "In dit krachtenveld verschuift de balans voor Nederland en de EU van open waar "
                "mogelijk, naar beschermend waar nodig.",
                "p. 13",
            ),
        ],
    ),
    "Rusland": _Topic(
        points=[
            ("Het beleid kan niet langer een balans tussen druk en dialoog zijn.", "", "", 6),
            ("Diplomatie en de-escalatie blijven ", "noodzakelijk", ".", 6),
        ],
        quotes=[
            (
                "Rusland heeft de soevereiniteit en territoriale integriteit van Oekraïne op "
                "grove wijze geschonden.",
                "p. 1",
            ),
            (
                "Diplomatie en de-escalatie blijven mogelijk en zelfs noodzakelijk.",
                "p. 6",
            ),
        ],
    ),
    "Westelijke Balkan": _Topic(
        points=[
            ("Nederland blijft kritisch maar betrokken bij het uitbreidingsproces.", "", "", 19),
            ("Ongewenste invloed van derde landen wordt ", "actief", " tegengegaan.", 20),
        ],
        quotes=[
            (
                "De relatieve stabiliteit op de Westelijke Balkan en het verloop van het "
                "uitbreidingsproces vragen om blijvende aandacht.",
                "p. 3",
            ),
        ],
    ),
}


def quotes_of(topic: str) -> list[tuple[str, str]]:
    """(quote text, full citation) for every quote of ``topic``, in document order."""
    return [(text, f"{LETTER}, {pages}") for text, pages in _quotes(topic)]


def points_of(topic: str) -> list[tuple[str, str]]:
    """(talking point text, citation) for every talking point of ``topic``."""
    return [
        (before + emphasis + after, f"{LETTER}, p. {page}")
        for before, emphasis, after, page in _points(topic)
    ]


def sample_document() -> RenderDocument:
    """A one-topic briefing on China: cover, contents, the four parts at heading level 1."""
    cover = Cover(
        title="Briefing China",
        subtitle="Bezoek minister aan Beijing",
        date_text="8 maart 2022",
        author=AUTHOR,
        classification=MARKING,
        topics=("China",),
    )
    blocks: list[Block] = [cover, TableOfContents(), PageBreak()]
    blocks += topic_blocks("China", level=1)
    return RenderDocument(meta=_meta("Briefing China", ("China",)), blocks=tuple(blocks))


def sample_pack() -> RenderDocument:
    """Three topics under one cover and contents; each topic starts on a new page."""
    topics = ("Rusland", "China", "Westelijke Balkan")
    cover = Cover(
        title="Briefingpakket Raad Buitenlandse Zaken",
        subtitle="Raad Buitenlandse Zaken, 21 maart 2022",
        date_text="8 maart 2022",
        author=AUTHOR,
        classification=MARKING,
        topics=topics,
    )
    blocks: list[Block] = [cover, PageBreak(), TableOfContents()]  # a long contents: own page
    for topic in topics:
        blocks += [PageBreak(), Heading(topic, 1, anchor=_anchor(topic))]
        blocks += topic_blocks(topic, level=2)
    return RenderDocument(
        meta=_meta("Briefingpakket Raad Buitenlandse Zaken", topics), blocks=tuple(blocks)
    )


def topic_blocks(topic: str, level: int) -> list[Block]:
    """Kernpunten, achtergrond, eigen notities and bronnen of one topic."""
    anchor = _anchor(topic)
    points = tuple(
        ListItem(
            runs=tuple(
                run for run in (Run(before), Run(emphasis, italic=True), Run(after)) if run.text
            ),
            citations=(f"{LETTER}, p. {page}",),
        )
        for before, emphasis, after, page in _points(topic)
    )
    detail = ListItem(runs=(Run("Toelichting: zie de achtergrond hieronder."),), level=1)
    points = (points[0], detail, *points[1:])
    blocks: list[Block] = [
        Heading("Kernpunten", level, anchor=f"{anchor}-kernpunten"),
        BulletList(items=points, numbered=True),
        Heading("Achtergrond", level, anchor=f"{anchor}-achtergrond"),
        Heading(f"{LETTER} – Staat van de Unie buitenland", level + 1, anchor=f"{anchor}-brief"),
    ]
    for number, (text, pages) in enumerate(_quotes(topic)):
        if number in (0, 1):
            title = "Inleiding" if number == 0 else "Strategische prioriteiten"
            blocks.append(Heading(title, level + 2, anchor=f"{anchor}-sectie-{number}"))
        blocks.append(Quote(text=text, citation=f"{LETTER}, {pages}", passage_id=number + 1))
    blocks.append(Heading("Eigen notities", level, anchor=f"{anchor}-notities"))
    if topic == "China":
        blocks.append(
            Paragraph(runs=(Run("Gespreksnotitie. ", bold=True), Run(NOTE_IN_MODEL)), style="note")
        )
    else:
        blocks.append(Paragraph(runs=(Run("Geen eigen notities."),), style="empty"))
    blocks += [
        Heading("Bronnen", level, anchor=f"{anchor}-bronnen"),
        BulletList(
            items=(
                ListItem(runs=(Run(f"{LETTER}: Staat van de Unie buitenland (8 maart 2022)"),)),
                ListItem(runs=(Run("Kamerstuk 36 045, nr. 3: Russische agressie"),)),
            )
        ),
    ]
    return blocks


def _points(topic: str) -> list[tuple[str, str, str, int]]:
    return _TOPICS[topic].points


def _quotes(topic: str) -> list[tuple[str, str]]:
    return _TOPICS[topic].quotes


def _anchor(topic: str) -> str:
    return topic.lower().replace(" ", "-")


def _meta(title: str, topics: tuple[str, ...]) -> DocumentMeta:
    return DocumentMeta(
        title=title,
        subject=", ".join(topics),
        author=AUTHOR,
        classification=MARKING,
        keywords=("briefing", *topics),
        created=CREATED,
    )
