"""The default themes on the bundled letter: precision and recall, and the known answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.library import LetterOutline, PassageRow, find_letter, letter_outline
from briefer.core.store.database import Store
from briefer.core.tags import theme_passages
from briefer.core.themes import find_theme, list_themes

# Independent oracles: a passage is on the theme when it names the subject (checked
# with plain lowercase substring tests, not the rules engine) or stands under a
# heading that does.
ORACLES: dict[str, tuple[str, ...]] = {
    "Rusland": ("rusland", "russisch", "russen", "kremlin", "poetin", "moskou"),
    "China": ("china", "chinees", "chinese", "beijing"),
    "Oekraïne": ("oekraïne", "oekraïens", "oekraïner"),
    "Westelijke Balkan": ("westelijke balkan", "servië", "bosni", "srpska", "kosovo"),
    "Sancties": ("sanctie",),
    "Midden-Oosten": (
        "midden-oosten",
        "israël",
        "palestijn",
        "syrië",
        "irak",
        "libië",
        "jemen",
        "isis",
        "golf",
    ),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_library(tmp_path_factory.mktemp("tagging") / "briefer.sqlite")
    yield store
    store.close()


@pytest.fixture(scope="module")
def outline(library: Store) -> LetterOutline:
    return letter_outline(library, find_letter(library, "35 925 V, nr. 84"))


def passages_with_headings(outline: LetterOutline) -> Iterator[tuple[PassageRow, tuple[str, ...]]]:
    for passage in outline.passages:
        yield passage, ()
    for chapter in outline.sections:
        yield from ((p, (chapter.title,)) for p in chapter.passages)
        for section in chapter.sections:
            yield from ((p, (chapter.title, section.title)) for p in section.passages)


def oracle(theme: str, text: str, headings: tuple[str, ...]) -> bool:
    words = ORACLES[theme]
    haystacks = [text.lower(), *(h.lower() for h in headings)]
    return any(re.search(r"(?<!\w)" + re.escape(w), hay) for w in words for hay in haystacks)


@pytest.mark.parametrize("theme", sorted(ORACLES))
def test_precision_and_recall_against_an_independent_oracle(
    theme: str, library: Store, outline: LetterOutline
) -> None:
    expected = {
        p.id for p, headings in passages_with_headings(outline) if oracle(theme, p.text, headings)
    }
    tagged = {p.id for p in theme_passages(library, find_theme(library, theme).id)}
    true_positives = len(expected & tagged)
    precision = true_positives / len(tagged)
    recall = true_positives / len(expected)
    assert expected, theme
    assert (precision, recall) == (1.0, 1.0), (theme, expected - tagged, tagged - expected)


def test_every_default_theme_finds_passages(library: Store) -> None:
    themes = list_themes(library)
    assert len(themes) >= 14
    assert all(theme.passages > 0 for theme in themes), [(t.name, t.passages) for t in themes]


def test_westelijke_balkan_is_exactly_the_three_passages(library: Store) -> None:
    passages = theme_passages(library, find_theme(library, "Westelijke Balkan").id)
    assert [p.pages for p in passages] == [[2, 3], [13, 13], [13, 14]]
    assert not any("Consulaire Service Organisatie" in p.text for p in passages)
    assert all(p.letter == "Kamerstuk 35 925 V, nr. 84" for p in passages)


def test_china(library: Store, outline: LetterOutline) -> None:
    passages = theme_passages(library, find_theme(library, "China").id)
    krap = [p for p in passages if p.text.startswith("China is in krap twee generaties")]
    assert len(krap) == 1 and krap[0].pages == [5, 5]
    balkan = next(s for c in outline.sections for s in c.sections if s.title == "Westelijke Balkan")
    balkan_ids = {p.id for p in balkan.passages}
    assert not balkan_ids & {p.id for p in passages}
    assert all("Chin" in p.text for p in passages)


def test_a_heading_passes_mensenrechten_to_every_passage_under_it(
    library: Store, outline: LetterOutline
) -> None:
    section = next(
        s
        for c in outline.sections
        for s in c.sections
        if s.title == "Mensenrechten, rechtsorde en democratie"
    )
    tagged = {p.id: p for p in theme_passages(library, find_theme(library, "Mensenrechten").id)}
    assert len(section.passages) == 9
    for passage in section.passages:
        assert passage.id in tagged
        assert "Mensenrechten" in passage.themes
    silent = [p for p in section.passages if "mensenrecht" not in p.text.lower()]
    assert silent, "the section has passages that never use the word"
    for passage in silent:
        assert (
            "onder de kop “Mensenrechten, rechtsorde en democratie” (“mensenrecht*”)"
            in tagged[passage.id].reasons
        )


def test_outline_json_lists_each_passages_themes(outline: LetterOutline) -> None:
    data = outline.to_json()
    krap = next(
        p
        for c in data["sections"]
        for s in c["sections"]
        for p in s["passages"]
        if p["text"].startswith("China is in krap")
    )
    assert "China" in krap["themes"]
    assert "Westelijke Balkan" not in krap["themes"]


def test_reasons_name_the_words_found(library: Store) -> None:
    passages = theme_passages(library, find_theme(library, "Rusland").id)
    opening = next(p for p in passages if p.text.startswith("Tijdens het schrijven"))
    assert "noemt “Rusland”" in opening.reasons
    assert "noemt “Russische”" in opening.reasons


def test_tagging_is_part_of_the_import(tmp_path: Path) -> None:
    store = open_library(tmp_path / "b.sqlite")
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo\n\nPoetin sprak in Moskou met Xi Jinping.\n", encoding="utf-8")
    from briefer.core.importing.single import import_file

    letter_id = import_file(store, memo).letter_id
    (section,) = letter_outline(store, letter_id).sections
    (passage,) = section.passages
    assert set(passage.themes) == {"Rusland", "China"}
    store.close()
