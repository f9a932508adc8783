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
from briefer.compose.model import (
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Quote,
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
from briefer.core.models import Passage
from briefer.core.notes import save_note
from briefer.core.points import add_point, edit_point
from briefer.core.store import Store
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


def test_one_topic_in_the_order_of_the_design(store: Store) -> None:
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
    assert level_one == ["Kernpunten", "Achtergrond", "Eigen notities", "Bronnen"]
    points = document.blocks[4]
    assert isinstance(points, BulletList) and points.numbered
    assert points.items[0].runs == (
        Run("China is partner, "),
        Run("concurrent", bold=True),
        Run(" en systeemrivaal."),
    )
    assert points.items[0].citations == ("Kamerstuk 35 925 V, nr. 84, p. 5",)
    quotes = [b for b in document.blocks if isinstance(b, Quote)]
    assert len(quotes) == 6
    assert any(q.text.startswith("China is in krap") for q in quotes)
    assert {q.citation for q in quotes} >= {"Kamerstuk 35 925 V, nr. 84, p. 5"}
    letter_heading = next(h for h in document.headings() if h.level == 2)
    assert letter_heading.text == (
        "Kamerstuk 35 925 V, nr. 84 · Brief van de Minister van Buitenlandse Zaken · 8 maart 2022"
    )
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


def test_passages_across_pages_are_cited_with_a_range(store: Store) -> None:
    spec = china_spec(store, theme_ids=(find_theme(store, "Westelijke Balkan").id,))
    quotes = [b for b in build_document(store, spec).blocks if isinstance(b, Quote)]
    assert [q.citation for q in quotes] == [
        "Kamerstuk 35 925 V, nr. 84, p. 2-3",
        "Kamerstuk 35 925 V, nr. 84, p. 13",
        "Kamerstuk 35 925 V, nr. 84, p. 13-14",
    ]


def test_parts_passages_and_points_can_be_left_out_and_reordered(store: Store) -> None:
    china = find_theme(store, "China").id
    keep = add_point(store, china, "Blijft staan")
    drop = add_point(store, china, "Valt weg")
    krap = pid(store, "China is in krap twee generaties")
    first = pid(store, "De ontwikkelingen in Oekraïne zetten")
    spec = china_spec(
        store,
        parts=(ACHTERGROND, KERNPUNTEN),
        cover=False,
        table_of_contents=False,
        excluded_passages=frozenset({first}),
        excluded_points=frozenset({drop}),
        passage_order=(krap,),
    )
    document = build_document(store, spec)
    assert [h.text for h in document.headings() if h.level == 1] == ["Achtergrond", "Kernpunten"]
    assert not any(isinstance(b, Cover | TableOfContents) for b in document.blocks)
    quotes = [b for b in document.blocks if isinstance(b, Quote)]
    assert quotes[0].passage_id == krap
    assert first not in [q.passage_id for q in quotes]
    points = next(b for b in document.blocks if isinstance(b, BulletList))
    assert [item.text for item in points.items] == ["Blijft staan"]
    assert keep


def test_an_empty_theme_says_so(store: Store) -> None:
    empty = create_theme(store, "Antarctica", terms=["Antarctica"])
    with pytest.raises(BrieferError, match="'Antarctica' heeft nog geen passages"):
        build_document(store, china_spec(store, theme_ids=(empty,)))


def test_a_pack_has_one_cover_one_contents_and_a_part_per_topic(store: Store) -> None:
    names = ["Rusland", "China", "Westelijke Balkan"]
    empty = create_theme(store, "Antarctica", terms=["Antarctica"])
    ids = (*(find_theme(store, name).id for name in names), empty)
    document = build_document(store, china_spec(store, title="Pakket", theme_ids=ids))
    assert sum(isinstance(b, Cover) for b in document.blocks) == 1
    assert sum(isinstance(b, TableOfContents) for b in document.blocks) == 1
    assert [h.text for h in document.headings() if h.level == 1] == [*names, "Antarctica"]
    assert sum(isinstance(b, PageBreak) for b in document.blocks) == 1 + 3
    assert isinstance(document.blocks[-1], Paragraph) and document.blocks[-1].style == "empty"
    second_level = [h.text for h in document.headings() if h.level == 2]
    assert second_level.count("Achtergrond") == 3
    assert document.meta.subject == "Rusland, China, Westelijke Balkan, Antarctica"


def test_split_gives_one_briefing_per_topic(store: Store) -> None:
    ids = (find_theme(store, "Rusland").id, find_theme(store, "Oekraïne").id)
    parts = split_specs(store, china_spec(store, title="Pakket", theme_ids=ids))
    assert [(stem, spec.title) for stem, spec in parts] == [
        ("rusland", "Pakket: Rusland"),
        ("oekraine", "Pakket: Oekraïne"),
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
    assert isinstance(blocks[2], BulletList) and blocks[2].numbered
    assert [(i.text, i.level) for i in blocks[2].items] == [("een", 0), ("twee", 0), ("dieper", 1)]
