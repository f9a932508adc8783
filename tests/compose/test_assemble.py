"""Assembling briefings into the render model: order, citations, choices, packs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from briefer.app import open_library
from briefer.compose.assemble import build_document, split_specs
from briefer.compose.markdown import inline_runs, markdown_blocks
from briefer.compose.render_model import (
    BulletList,
    Cover,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)
from briefer.core.briefings import (
    ACHTERGROND,
    KERNPUNTEN,
    BriefingSpec,
    delete_briefing,
    get_briefing,
    list_briefings,
    save_briefing,
)
from briefer.core.errors import BrieferError
from briefer.core.extracts import set_extract
from briefer.core.models import Passage
from briefer.core.notes import save_note
from briefer.core.points import add_point, edit_point
from briefer.core.store.database import Store
from briefer.core.themes import create_theme, find_theme


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    store = open_library(db_path)
    yield store
    store.close()


def pid(store: Store, start: str) -> int:
    with store.read() as session:
        return int(session.scalar(select(Passage.id).where(Passage.text.startswith(start))))


def china_spec(store: Store, **changes: object) -> BriefingSpec:
    spec = BriefingSpec(
        title="Bezoek aan Beijing",
        theme_ids=(find_theme(store, "China").id,),
        occasion="Bezoek minister aan Beijing",
        briefing_date=date(2026, 12, 3),
        author="A. Diplomaat",
        classification="Departementaal vertrouwelijk",
    )
    return replace(spec, **changes)  # type: ignore[arg-type]


def items_of(document: RenderDocument, heading: str) -> list[ListItem]:
    """The list items beneath a heading, up to the next heading."""
    blocks = list(document.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading)
    found: list[ListItem] = []
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading):
            break
        if isinstance(block, BulletList):
            found += block.items
    return found


def test_one_topic_in_the_order_of_a_gespreksnotitie(store: Store) -> None:
    china = find_theme(store, "China").id
    krap = pid(store, "China is in krap twee generaties")
    add_point(store, china, "China is partner, **concurrent** en systeemrivaal.", [krap])
    save_note(store, "# Gesprekspunten\n\n- mensenrechten in Xinjiang\n- R&D\x07", theme_id=china)
    document = build_document(store, china_spec(store))
    kinds = [type(block).__name__ for block in document.blocks[:6]]
    assert kinds == ["Cover", "TableOfContents", "PageBreak", "Heading", "BulletList", "Heading"]
    cover = document.blocks[0]
    assert isinstance(cover, Cover)
    assert (cover.title, cover.subtitle, cover.date_text, cover.author, cover.classification) == (
        "Bezoek aan Beijing",
        "Bezoek minister aan Beijing",
        "3 december 2026",
        "A. Diplomaat",
        "Departementaal vertrouwelijk",
    )
    level_one = [h.text for h in document.headings() if h.level == 1]
    assert level_one == ["Spreekpunten (actief)", "Achtergrond", "Eigen notities", "Bronnen"]
    points = document.blocks[4]
    assert isinstance(points, BulletList) and points.numbered
    assert points.items[0].runs == (
        Run("China is partner, "),
        Run("concurrent", bold=True),
        Run(" en systeemrivaal."),
    )
    assert points.items[0].citations == ("Kamerstuk 35 925 V, nr. 84, p. 5",)
    # A short background: per passage its first sentences, cited; no verbatim quotes.
    background = items_of(document, "Achtergrond")
    assert len(background) == 6
    assert not any(isinstance(b, Quote) for b in document.blocks)
    krap_item = next(i for i in background if i.text.startswith("China is in krap"))
    assert krap_item.citations == ("Kamerstuk 35 925 V, nr. 84, p. 5",)
    with store.read() as session:
        texts = {p.id: p.text for p in session.scalars(select(Passage))}
    for item in background:
        full = next(t for t in texts.values() if " ".join(t.split()).startswith(item.text))
        assert len(item.text.split()) <= max(45, len(full.split(". ")[0].split()) + 1)
    assert "Gesprekspunten" in [h.text for h in document.headings()]
    text = document.plain_text()
    assert "R&D" in text and "\x07" not in text
    assert text.rstrip().endswith(
        "Kamerstuk 35 925 V, nr. 84 (vergaderjaar 2021–2022): "
        "Brief van de Minister van Buitenlandse Zaken, 8 maart 2022"
    )
    anchors = [h.anchor for h in document.headings()]
    assert all(anchors) and len(set(anchors)) == len(anchors)
    assert document.meta.classification == "Departementaal vertrouwelijk"
    assert document.meta.subject == "China"
    omitted = {(o.part, o.reason) for o in document.omitted}
    assert (
        "Reactief / Q&A",
        "geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&A'",
    ) in omitted


def test_a_note_is_split_into_the_parts_its_headings_name(store: Store) -> None:
    china = find_theme(store, "China").id
    save_note(
        store,
        "Losse gedachte vooraf.\n\n"
        "## Doel\n\nRelatie verdiepen.\nTweede regel.\n\nNieuwe alinea.\n\n"
        "## Programma\n\n- 09.00 aankomst\n\n"
        "## Kernboodschappen\n\n### Economie\n\nGelijk speelveld.\n\n"
        "## Q&A\n\nVraag over Taiwan: verwijs naar EU-lijn.\n\n"
        "## Overig\n\nNog iets.",
        theme_id=china,
    )
    add_point(store, china, "Wij spreken ons uit over Xinjiang.")
    reactive = add_point(store, china, "Alleen op vraag: Hongkong.", kind="reactief")
    document = build_document(store, china_spec(store))
    level_one = [h.text for h in document.headings() if h.level == 1]
    assert level_one == [
        "Doel van het gesprek",
        "Kernboodschappen",
        "Spreekpunten (actief)",
        "Reactief / Q&A",
        "Achtergrond",
        "Programma",
        "Eigen notities",
        "Bronnen",
    ]
    blocks = list(document.blocks)
    doel = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1)
    # Note paragraphs are paragraphs of the document (not call-out boxes).
    assert blocks[doel + 1] == Paragraph((Run("Relatie verdiepen. Tweede regel."),))
    assert blocks[doel + 2] == Paragraph((Run("Nieuwe alinea."),))
    # The note's ### under ## becomes one level below the part heading.
    assert Heading("Economie", 2, "economie") in document.headings()
    assert [i.text for i in items_of(document, "Reactief / Q&A")] == ["Alleen op vraag: Hongkong."]
    assert [i.text for i in items_of(document, "Spreekpunten (actief)")] == [
        "Wij spreken ons uit over Xinjiang."
    ]
    notes = document.plain_text().split("Eigen notities", 1)[1]
    assert "Losse gedachte vooraf." in notes and "Overig" in notes and "Nog iets." in notes
    assert reactive


def test_passages_across_pages_are_cited_with_an_en_dash(store: Store) -> None:
    spec = china_spec(store, theme_ids=(find_theme(store, "Westelijke Balkan").id,))
    items = items_of(build_document(store, spec), "Achtergrond")
    assert [i.citations[0] for i in items] == [
        "Kamerstuk 35 925 V, nr. 84, p. 2\u20133",
        "Kamerstuk 35 925 V, nr. 84, p. 13",
        "Kamerstuk 35 925 V, nr. 84, p. 13\u201314",
    ]


def test_sentences_the_user_chose_replace_the_first_ones(store: Store) -> None:
    krap = pid(store, "China is in krap twee generaties")
    chosen = "een mondiale speler waar de wereld niet omheen kan"
    set_extract(store, krap, "  een mondiale speler\nwaar de wereld niet omheen kan ")
    item = next(
        i
        for i in items_of(build_document(store, china_spec(store)), "Achtergrond")
        if chosen in i.text
    )
    assert item.text == chosen
    with pytest.raises(BrieferError, match="staat niet in de passage"):
        set_extract(store, krap, "woorden die de brief niet bevat")


def test_the_annex_holds_every_passage_once_verbatim(store: Store) -> None:
    document = build_document(store, china_spec(store, annex=True))
    annex = document.blocks.index(
        next(
            b for b in document.blocks if isinstance(b, Heading) and b.text == "Bijlage: brontekst"
        )
    )
    assert isinstance(document.blocks[annex - 1], PageBreak)
    quotes = [b for b in document.blocks[annex:] if isinstance(b, Quote)]
    assert len(quotes) == 6 and len({q.passage_id for q in quotes}) == 6
    assert document.annex_anchor == document.blocks[annex].anchor  # type: ignore[union-attr]
    assert not any(isinstance(b, Quote) for b in document.blocks[:annex])


def test_parts_passages_and_points_can_be_left_out_renamed_and_reordered(store: Store) -> None:
    china = find_theme(store, "China").id
    keep = add_point(store, china, "Blijft staan")
    drop = add_point(store, china, "Valt weg")
    krap = pid(store, "China is in krap twee generaties")
    first = pid(store, "De ontwikkelingen in Oekraïne zetten")
    spec = china_spec(
        store,
        parts=(ACHTERGROND, KERNPUNTEN),
        part_titles=(("spreekpunten", "Wat wij zeggen"),),
        cover=False,
        table_of_contents=False,
        excluded_passages=frozenset({first}),
        excluded_points=frozenset({drop}),
        passage_order=(krap,),
    )
    document = build_document(store, spec)
    assert [h.text for h in document.headings() if h.level == 1] == [
        "Achtergrond",
        "Wat wij zeggen",
    ]
    assert not any(isinstance(b, Cover | TableOfContents) for b in document.blocks)
    items = items_of(document, "Achtergrond")
    assert items[0].text.startswith("China is in krap")
    assert not any(i.text.startswith("De ontwikkelingen in Oekraïne") for i in items)
    assert [item.text for item in items_of(document, "Wat wij zeggen")] == ["Blijft staan"]
    assert keep


def test_an_empty_theme_says_so(store: Store) -> None:
    empty = create_theme(store, "Antarctica", terms=["Antarctica"])
    with pytest.raises(BrieferError, match="'Antarctica' heeft nog geen passages"):
        build_document(store, china_spec(store, theme_ids=(empty,)))


def test_only_empty_parts_are_refused_with_the_reason(store: Store) -> None:
    ids = (find_theme(store, "Sancties").id, find_theme(store, "Cyber").id)
    with pytest.raises(BrieferError) as refused:
        build_document(store, china_spec(store, theme_ids=ids, parts=("notities",)))
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith("er valt niets te exporteren: 'Sancties' heeft niets")
    assert "Eigen notities: geen eigen notities" in message


def test_a_pack_has_one_cover_one_contents_and_each_passage_once(store: Store) -> None:
    names = ["Rusland", "China", "Westelijke Balkan"]
    empty = create_theme(store, "Antarctica", terms=["Antarctica"])
    ids = (*(find_theme(store, name).id for name in names), empty)
    document = build_document(store, china_spec(store, title="Pakket", theme_ids=ids))
    assert sum(isinstance(b, Cover) for b in document.blocks) == 1
    assert sum(isinstance(b, TableOfContents) for b in document.blocks) == 1
    # The empty topic is left out (and said to be), never a placeholder.
    assert [h.text for h in document.headings() if h.level == 1] == names
    assert ("Antarctica", "") in {(o.topic, o.part) for o in document.omitted}
    assert not any(isinstance(b, Paragraph) and b.style == "empty" for b in document.blocks)
    assert sum(isinstance(b, PageBreak) for b in document.blocks) == 2 + 2
    second_level = [h.text for h in document.headings() if h.level == 2]
    assert second_level.count("Achtergrond") == 3
    assert document.meta.subject == "Rusland, China, Westelijke Balkan"
    # Each passage once, under its first topic; the others refer to it.
    cited = [
        (item.text, item.citations)
        for block in document.blocks
        if isinstance(block, BulletList)
        for item in block.items
        if item.citations
    ]
    texts = [text for text, _ in cited]
    assert len(texts) == len(set(texts))
    text = document.plain_text()
    assert "Ook over dit onderwerp, al opgenomen onder Rusland: Kamerstuk 35 925 V" in text


def test_a_briefing_in_english(store: Store) -> None:
    china = find_theme(store, "China").id
    add_point(store, china, "China is partner, concurrent en systeemrivaal.")
    document = build_document(store, china_spec(store, language="en"))
    cover = document.blocks[0]
    assert isinstance(cover, Cover) and cover.date_text == "3 December 2026"
    assert [h.text for h in document.headings()] == ["Talking points", "Background", "Sources"]
    toc = document.blocks[1]
    assert isinstance(toc, TableOfContents) and toc.title == "Contents"
    assert document.meta.language == "en-GB"
    assert "(parliamentary year 2021–2022)" in document.plain_text()
    assert "8 March 2022" in document.plain_text()


def test_split_gives_one_briefing_per_topic_titled_by_its_topic(store: Store) -> None:
    ids = (find_theme(store, "Rusland").id, find_theme(store, "Oekraïne").id)
    parts = split_specs(store, china_spec(store, title="Pakket", theme_ids=ids))
    assert [(stem, spec.title, spec.occasion) for stem, spec in parts] == [
        ("rusland", "Rusland", "Bezoek minister aan Beijing"),
        ("oekraine", "Oekraïne", "Bezoek minister aan Beijing"),
    ]


def test_a_saved_briefing_follows_later_edits(store: Store) -> None:
    china = find_theme(store, "China").id
    point = add_point(store, china, "Eerste formulering")
    briefing_id = save_briefing(store, china_spec(store))
    edit_point(store, point, "Betere formulering")
    save_note(store, "Nieuwe notitie", theme_id=china)
    document = build_document(store, get_briefing(store, briefing_id))
    text = document.plain_text()
    assert "Betere formulering" in text and "Eerste formulering" not in text
    assert "Nieuwe notitie" in text


def test_briefings_are_saved_listed_and_deleted(store: Store) -> None:
    spec = china_spec(
        store,
        parts=(KERNPUNTEN,),
        excluded_passages=frozenset({1, 2}),
        passage_order=(5, 4),
    )
    briefing_id = save_briefing(store, spec)
    loaded = get_briefing(store, briefing_id)
    assert replace(loaded, id=None, updated_at=None) == spec
    (row,) = list_briefings(store)
    assert (row.id, row.title, row.themes) == (briefing_id, "Bezoek aan Beijing", ("China",))
    save_briefing(store, replace(loaded, title="Nieuwe titel"))
    assert [r.title for r in list_briefings(store)] == ["Nieuwe titel"]
    delete_briefing(store, briefing_id)
    assert list_briefings(store) == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "titel nodig"),
        ({"theme_ids": ()}, "minstens één thema"),
        ({"parts": ("inleiding",)}, "onbekend onderdeel 'inleiding'"),
        ({"part_titles": (("slot", "Tot slot"),)}, "onbekend onderdeel 'slot'"),
        ({"language": "de"}, "taal 'de' onbekend"),
        ({"target_pages": 0}, "1 tot 99 pagina's"),
        ({"parts": ()}, "minstens één onderdeel"),
    ],
)
def test_bad_briefings_are_refused(store: Store, changes: dict[str, object], message: str) -> None:
    with pytest.raises(BrieferError, match=message):
        save_briefing(store, china_spec(store, **changes))


def test_markdown_of_notes() -> None:
    assert inline_runs("R&D **vet** *schuin* sanctie* 2*3 <b>") == (
        Run("R&D "),
        Run("vet", bold=True),
        Run(" "),
        Run("schuin", italic=True),
        Run(" sanctie* 2*3 <b>"),
    )
    blocks = markdown_blocks("# Kop\n\nEen\nalinea.\n\n1. een\n2. twee\n  - dieper", 2)
    assert blocks[0] == Heading("Kop", 2)
    assert blocks[1] == Paragraph((Run("Een alinea."),), style="note")
    assert markdown_blocks("Een", 1, style="body")[0] == Paragraph((Run("Een"),))
    assert isinstance(blocks[2], BulletList) and blocks[2].numbered
    assert [(i.text, i.level) for i in blocks[2].items] == [("een", 0), ("twee", 0), ("dieper", 1)]


def test_a_briefing_saved_by_an_earlier_release_opens_with_its_parts(store: Store) -> None:
    from briefer.core.models import Briefing, BriefingTopic

    with store.session() as session:
        old = Briefing(
            title="Oud",
            occasion="",
            author="",
            classification="",
            layout={"cover": True, "parts": ["kernpunten", "achtergrond", "notities", "bronnen"]},
        )
        session.add(old)
        session.flush()
        session.add(BriefingTopic(briefing_id=old.id, theme_id=find_theme(store, "China").id))
        briefing_id = old.id
    spec = get_briefing(store, briefing_id)
    assert spec.parts == ("spreekpunten", "achtergrond", "notities", "bronnen")
    assert (spec.language, spec.target_pages, spec.annex, spec.part_titles) == ("nl", 2, False, ())
    china = find_theme(store, "China").id
    save_note(store, "## Doel\n\nVerdiepen.", theme_id=china)  # no Doel part: stays in the notes
    text = build_document(store, spec).plain_text()
    assert "Verdiepen." in text.split("Eigen notities", 1)[1]
