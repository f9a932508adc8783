"""Text that does not follow the Kamerstuk layout, hyphen rules, encodings."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from briefer.ingest.hyphenation import (
    _vocabulary_word_by_word,
    build_vocabulary,
    join_lines,
    keeps_hyphen,
)
from briefer.ingest.reader import read_letter
from briefer.ingest.text import parse_text


def test_paragraphs_and_recognised_headings() -> None:
    text = (
        "Notitie over de Noordzee\n\n"
        "Achtergrond\n\n"
        "De Noordzee is een druk be-\nvaren zee. Schepen varen\ner dag en nacht.\n\n"
        "Tweede alinea zonder kop.\n\n"
        "Vervolg\n\n"
        "Laatste alinea.\n"
    )
    letter = parse_text(text, fallback_title="noordzee")
    # "Notitie over de Noordzee" is followed directly by a heading: a chapter
    assert [(s.title, s.level) for s in letter.sections] == [("Notitie over de Noordzee", 1)]
    chapter = letter.sections[0]
    assert [(s.title, s.level) for s in chapter.sections] == [("Achtergrond", 2), ("Vervolg", 2)]
    assert [p.text for p in chapter.sections[0].passages] == [
        "De Noordzee is een druk bevaren zee. Schepen varen er dag en nacht.",
        "Tweede alinea zonder kop.",
    ]
    assert letter.meta.title == "Notitie over de Noordzee"
    assert letter.meta.pages == 1
    assert letter.meta.kamerstuk is None


def test_markdown_headings_and_form_feed_pages() -> None:
    text = "# Titel\n\nEen alinea.\n\n## Deel twee\n\nOp pagina een.\n\fOp pagina twee.\n"
    letter = parse_text(text)
    assert [(s.title, s.level) for s in letter.sections] == [("Titel", 1)]
    assert letter.sections[0].sections[0].title == "Deel twee"
    passages = list(letter.all_passages())
    assert [(p.text, p.first_page) for p in passages] == [
        ("Een alinea.", 1),
        ("Op pagina een.", 1),
        ("Op pagina twee.", 2),
    ]
    assert letter.meta.pages == 2


def test_only_headings_without_chapters_are_top_level() -> None:
    letter = parse_text("Eerste kop\n\nTekst een.\n\nTweede kop\n\nTekst twee.\n")
    assert [(s.title, s.level) for s in letter.sections] == [("Eerste kop", 1), ("Tweede kop", 1)]


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("aanpassings-", "vermogen", "aanpassingsvermogen"),
        ("EU-", "lidstaten", "EU-lidstaten"),
        ("Chinees-", "Russische", "Chinees-Russische"),
        ("trans-", "Atlantische", "trans-Atlantische"),
        ("macro-", "economisch", "macro-economisch"),
        ("2%-", "norm", "2%-norm"),
        ("het", "woord", "het woord"),
        ("zoals –", "met", "zoals – met"),
        # a host name broken after one of its dots is one address
        ("(2020, eu-lex.", "europa.eu).", "(2020, eu-lex.europa.eu)."),
        ("(includeplatform.", "net/publications).", "(includeplatform.net/publications)."),
        # a sentence's end before a word is not
        ("het gaat goed.", "nl is kort", "het gaat goed. nl is kort"),
        ("en de open.", "Overheid", "en de open. Overheid"),
    ],
)
def test_join_lines(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right) == joined


def test_the_letters_own_spelling_wins() -> None:
    known = {"nederlandwereldwijd"}.__contains__
    assert not keeps_hyphen("Nederland", "wereldwijd", known)
    assert keeps_hyphen("zee", "egel", None)  # vowel clash: zee-egel


def test_the_vocabulary_is_the_words_of_the_text_each_lowered() -> None:
    """Lowered at once, or word by word (the way kept for capital sigma and dotted I)."""
    pieces = [
        "EU-lidstaten", "2%-norm", "Noord-", "Macedonië", "MRV’s", "’s-Gravenhage", "R&D",
        "x1abc", "ab--cd", "ÉÉN", "STRASSE", "Straße", "½-jaar", "_a_b", "(CSO)",
        "Oekraïne-crisis", "a-b-c-", "Ⅻ-plan", "de", "DE", "kamer.", "\t", "\xa0",
    ]  # fmt: skip
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", "\n", "-", "'"]) for _ in range(12)
        )
        lines = text.split("\n")
        assert build_vocabulary(lines) == _vocabulary_word_by_word("\n".join(lines)), text
    assert build_vocabulary(["De Kamer", "EU-lidstaten 2%-norm"]) == {
        "de", "kamer", "eu-lidstaten", "norm"}  # fmt: skip
    # lowered at once, the sigma before "'Α" would not be a final one
    assert build_vocabulary(["ΟΔΥΣΣΕΥΣ'Α İstanbul"]) == {"οδυσσευς", "α", "i\u0307stanbul"}


def test_cp1252_text_is_imported_correctly(tmp_path: Path) -> None:
    source = "Oekraïne en de Europese Unie – «samen» ’s avonds.\n\nTweede alinea: R&D.\n"
    path = tmp_path / "windows.txt"
    path.write_bytes(source.encode("cp1252"))
    letter = read_letter(path)
    assert [p.text for p in letter.all_passages()] == [
        "Oekraïne en de Europese Unie – «samen» ’s avonds.",
        "Tweede alinea: R&D.",
    ]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_text_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("Eén alinea over Oekraïne.\n".encode(encoding))
    assert [p.text for p in read_letter(path).all_passages()] == ["Eén alinea over Oekraïne."]


def test_windows_line_ends(tmp_path: Path, letter_text: str) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(letter_text.replace("\n", "\r\n").encode("utf-8"))
    from_crlf = read_letter(path)
    assert from_crlf.content_hash() == parse_text(letter_text).content_hash()
    assert from_crlf.meta.pages == 18


# --- almost UTF-8 (issue 20, item 10) -----------------------------------------------------


def almost_utf8(tmp_path: Path) -> Path:
    """UTF-8 text but for three bytes: a stray 0xff, and a dash cut short (e2 80)."""
    text = (
        "Oekraïne en de Europese Unie\n\n"
        "Het kabinet steunt Oekraïne – politiek, financieel en met «wapens».\n\n"
        "Tweede alinea over Rusland en de sancties.\n"
    ).encode()
    text = text.replace(b"financieel", b"financi\xffeel").replace(b"Rusland", b"Rus\xe2\x80land")
    path = tmp_path / "bijna-utf8.txt"
    path.write_bytes(text)
    return path


def test_almost_utf8_stays_utf8_with_a_line_saying_how_many_bytes(tmp_path: Path) -> None:
    path = almost_utf8(tmp_path)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    letter = read_letter(path)
    assert letter.meta.title == "Oekraïne en de Europese Unie"  # not OekraÃ¯ne
    texts = [p.text for p in letter.all_passages()]
    assert texts[0] == "Het kabinet steunt Oekraïne – politiek, financiÿeel en met «wapens»."
    assert texts[1] == "Tweede alinea over Rus\ufffdland en de sancties."
    assert letter.notice is not None and letter.notice.endswith(
        "3 bytes waren geen geldige UTF-8 (1 gelezen als Windows-1252, 2 vervangen door \ufffd)"
    )


def test_the_command_line_says_it_beside_the_import(tmp_path: Path, db_path: Path, run_cli) -> None:
    path = almost_utf8(tmp_path)
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 0, result.err
    assert result.out.startswith("bijna-utf8.txt: Oekraïne en de Europese Unie: ")
    # One line: the kind (a plain note, no published form) and the bytes replaced.
    assert result.err.startswith(f"let op: {path}: ") and result.err.count("\n") == 1
    assert result.err.endswith(
        "3 bytes waren geen geldige UTF-8 (1 gelezen als Windows-1252, 2 vervangen door \ufffd)\n"
    )


def test_text_that_is_cp1252_throughout_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Oekraïne – «samen» ’s avonds, één keer.\n".encode("cp1252"))
    letter = read_letter(path)
    assert [p.text for p in letter.all_passages()] == ["Oekraïne – «samen» ’s avonds, één keer."]
    assert "UTF-8" not in (letter.notice or "")  # only the line that its kind is not known
