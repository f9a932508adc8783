"""The 3-topic pack as a reader gets it: each letter once in Bronnen, each passage once,
each commitment once, every topic within its length target, and a commitment that
points back ("hierover") printed with what it points to."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from briefer.app import open_library
from briefer.compose.assemble import build_document
from briefer.compose.background import compact_citations
from briefer.compose.referents import context_of, points_back
from briefer.compose.render_model import BulletList, Heading, Paragraph, RenderDocument
from briefer.compose.typography import plain
from briefer.core.briefings import BriefingSpec
from briefer.core.importing.single import import_file
from briefer.core.library import LetterRow, list_letters
from briefer.core.store.database import Store
from briefer.core.tags import ThemePassage
from briefer.core.themes import find_theme
from briefer.export.pdf import layout_pdf
from tests.intelligence.letter_pairs import later_letter

PACK = ("Rusland", "Oekraïne", "Sancties")


@pytest.fixture
def store(library_db: str) -> Iterator[Store]:
    """On SQLite and on a PostgreSQL server (tests/conftest.py)."""
    store = open_library(library_db)
    yield store
    store.close()


def pack_spec(store: Store, **changes: object) -> BriefingSpec:
    spec = BriefingSpec(
        title="Delegatie Kyiv 21 maart 2022",
        theme_ids=tuple(find_theme(store, name).id for name in PACK),
        occasion="Bezoek van de delegatie",
        briefing_date=date(2022, 3, 21),
        author="A. de Vries",
        classification="Departementaal vertrouwelijk",
    )
    return BriefingSpec(**{**spec.__dict__, **changes})


def part_blocks(document: RenderDocument, topic: str, part: str) -> list[object]:
    """The blocks under ``part`` of ``topic`` (level-2 heading in a pack)."""
    blocks = list(document.blocks)
    start = next(
        i
        for i, b in enumerate(blocks)
        if isinstance(b, Heading) and b.level == 1 and b.text == topic
    )
    inside = []
    within = False
    for block in blocks[start + 1 :]:
        if isinstance(block, Heading) and block.level == 1:
            break
        if isinstance(block, Heading) and block.level == 2:
            within = block.text == part
            continue
        if within:
            inside.append(block)
    return inside


def bullets(blocks: list[object]) -> list[str]:
    return [item.text for b in blocks if isinstance(b, BulletList) for item in b.items]


def test_bronnen_lists_each_letter_once_at_the_end_of_the_pack(
    store: Store, tmp_path: Path
) -> None:
    import_file(store, later_letter(tmp_path))  # a second letter on the same themes
    document = build_document(store, pack_spec(store))
    headings = document.headings()
    assert [h.text for h in headings if h.text == "Bronnen"] == ["Bronnen"]
    bronnen = next(h for h in headings if h.text == "Bronnen")
    assert bronnen.level == 1 and headings[-1] == bronnen
    blocks = list(document.blocks)
    sources = bullets(blocks[blocks.index(bronnen) + 1 :])
    labels = [row.label for row in list_letters(store)]
    assert sorted(sources) == sorted(set(sources))
    assert sorted(source.split(" (")[0] for source in sources) == sorted(labels)


def test_the_pack_is_read_in_one_session(store: Store) -> None:
    """Its topics' points, passages, notes and commitments: one connection, one view."""
    spec = pack_spec(store)
    build_document(store, spec)  # the first also loads the ORM's mappers
    checkouts: list[object] = []
    listener = lambda *_args: checkouts.append(1)  # noqa: E731
    event.listen(store.engine, "checkout", listener)
    try:
        build_document(store, spec)
    finally:
        event.remove(store.engine, "checkout", listener)
    assert len(checkouts) == 1


def test_every_passage_and_commitment_stands_once_in_the_pack(store: Store) -> None:
    document = build_document(store, pack_spec(store))
    background = [
        text for topic in PACK for text in bullets(part_blocks(document, topic, "Achtergrond"))
    ]
    assert background and len(background) == len(set(background))
    commitments = [
        text for topic in PACK for text in bullets(part_blocks(document, topic, "Toezeggingen"))
    ]
    assert commitments and len(commitments) == len(set(commitments))
    # The later topic names what it shares with an earlier one, once, without citations twice.
    references = [
        plain(b.text)
        for topic in PACK
        for part in ("Achtergrond", "Toezeggingen")
        for b in part_blocks(document, topic, part)
        if isinstance(b, Paragraph) and b.text.startswith("Ook over dit onderwerp")
    ]
    assert references
    for line in references:
        if ", p. " in line:
            assert line.count("Kamerstuk 35 925 V, nr. 84") == 1, line
            pages = line.split(", p. ", 1)[1].rstrip(".").split(", ")
            assert len(pages) == len(set(pages)), line


@pytest.mark.parametrize("target", [1, 2])
def test_the_length_target_holds_every_topic(store: Store, target: int) -> None:
    document = build_document(store, pack_spec(store, target_pages=target))
    layout = layout_pdf(document)
    starts = [layout.heading_pages[h.anchor] for h in document.headings() if h.level == 1]
    # Each topic from its first page to the page before the next topic (or the sources).
    for first, following in itertools.pairwise(starts):
        assert following - first <= target, (target, starts)
    if target == 1:  # the pack has more passages than one page per topic holds
        assert document.trimmed
        text = plain(document.plain_text())
        assert "passen niet in de doellengte van 1 pagina: Kamerstuk 35 925 V, nr. 84, p. " in text


def test_a_commitment_that_points_back_gets_what_it_points_to(store: Store) -> None:
    document = build_document(store, pack_spec(store))
    items = [
        item
        for topic in PACK
        for b in part_blocks(document, topic, "Toezeggingen")
        if isinstance(b, BulletList)
        for item in b.items
    ]
    hierover = next(item for item in items if "Uw Kamer wordt hierover geïnformeerd" in item.text)
    # The sentence before it in the letter, in italics, says what "hierover" is.
    context = [run for run in hierover.runs if run.italic]
    assert context and "NAVO" in context[0].text
    assert hierover.text.index(context[0].text) < hierover.text.index("hierover")


def test_which_sentences_point_back() -> None:
    assert points_back("Uw Kamer wordt hierover geïnformeerd.")
    assert points_back("Hiertoe zal het kabinet een gerichte Afrikastrategie formuleren.")
    assert points_back("In dit kader zal Nederland begin 2023 een conferentie organiseren.")
    assert points_back("Over de uitwerking van deze plannen wordt uw Kamer geïnformeerd.")
    assert not points_back("Uw Kamer ontvangt uiterlijk 1 juni een hoofdlijnennotitie.")
    text = "Het kabinet werkt aan een nieuwe strategie. Uw Kamer wordt hierover geïnformeerd."
    assert context_of("Uw Kamer wordt hierover geïnformeerd.", text) == (
        "Het kabinet werkt aan een nieuwe strategie."
    )
    # The first sentence of its passage: the section's title says what it is about.
    assert context_of("Daartoe wordt een plan gemaakt.", "Daartoe wordt een plan gemaakt.", "Cyber")
    assert context_of("Hij komt.", "Hij komt.", "Cyber") == ""


def test_citations_name_each_letter_and_page_once() -> None:
    def passage(pid: int, letter: int, first: int, last: int) -> ThemePassage:
        return ThemePassage(pid, letter, "", None, "", first, last, (), False)

    letters = {
        1: LetterRow(1, "t", "35 925 V, nr. 84", None, None, None, 18, 84, "a.txt", False),
        2: LetterRow(2, "t", "36 200 V, nr. 5", None, None, None, 18, 84, "b.txt", False),
    }
    passages = [
        passage(1, 1, 2, 2),
        passage(2, 1, 2, 2),
        passage(3, 1, 4, 5),
        passage(4, 1, 5, 5),
        passage(5, 2, 1, 1),
    ]
    cited = compact_citations(passages, letters)
    assert plain(cited) == (
        "Kamerstuk 35 925 V, nr. 84, p. 2, 4\u20135; Kamerstuk 36 200 V, nr. 5, p. 1"
    )
    # A line breaks only between two pages or two letters, never inside a citation.
    assert [part for part in cited.split(" ")] == [
        "Kamerstuk\u00a035\u00a0925\u00a0V,\u00a0nr.\u00a084,\u00a0p.\u00a02,",
        "4\u2013\u20605;",
        "Kamerstuk\u00a036\u00a0200\u00a0V,\u00a0nr.\u00a05,\u00a0p.\u00a01",
    ]
