"""The command line on a new database: the contract later checks rely on."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import BUNDLED_LETTER, run_briefer_process


def walk(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found.append(section)
        found.extend(walk(section["sections"]))
    return found


def test_outline_json_of_the_bundled_letter(db_path: Path) -> None:
    result = run_briefer_process("outline", "35 925 V, nr. 84", "--json", "--db", str(db_path))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["letter"] == {
        "id": data["letter"]["id"],
        "title": "Brief van de Minister van Buitenlandse Zaken",
        "kamerstuk": "35 925 V, nr. 84",
        "vergaderjaar": "2021–2022",
        "date": "2022-03-08",
        "signatory": "W.B. Hoekstra",
        "reference": None,  # the text layout prints no kenmerk, ministry or dossier title
        "ministry": None,
        "dossier": None,
        "pages": 18,
        # issue 18: the kind of document and its facts (a kamerbrief has only signatories)
        "kind": "kamerbrief",
        "publication": None,
        "signatories": [{"name": "W.B. Hoekstra", "function": "Minister van Buitenlandse Zaken"}],
        "asked_by": None,
        "asked_on": None,
        "answered_by": None,
        "answered_on": None,
        "number": None,
        "indieners": [],
        "notice": None,
    }
    assert "questions" not in data  # only Kamervragen have them
    chapters = data["sections"]
    assert [c["title"] for c in chapters] == [
        "Inleiding",
        "Veiligheid: vrede, veiligheid en defensie",
        "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid",
        "Waarden, democratie en internationale rechtsorde",
        "Dienstverlening",
    ]
    assert {c["level"] for c in chapters} == {1}
    sections = walk(chapters)
    assert len(sections) == 5 + 21
    titles = [s["title"] for s in sections]
    assert (
        "Grotere besluitvaardigheid van de Unie en versterking van het sanctie-instrument" in titles
    )
    passages = data["passages"] + [p for s in sections for p in s["passages"]]
    assert len(passages) == 84
    assert set(passages[0]) == {"id", "text", "pages", "themes", "role", "number", "footnotes"}
    assert {(p["role"], p["number"], len(p["footnotes"])) for p in passages} == {(None, None, 0)}
    by_start = {p["text"][:32]: p for p in passages}
    assert by_start["China is in krap twee generaties"]["pages"] == [5, 5]
    enlargement = by_start["Voor wat betreft EU-uitbreiding,"]
    assert enlargement["pages"] == [13, 14]
    assert enlargement["text"].endswith("goed bestuur en de rechtsstaat.")
    assert len({p["id"] for p in passages}) == 84


def test_outline_by_id_and_by_loose_kamerstuk(db_path: Path, run_cli) -> None:
    by_number = run_cli("outline", "--db", str(db_path), "35925V-84", "--json")
    by_id = run_cli(
        "outline",
        "--db",
        str(db_path),
        str(json.loads(by_number.out)["letter"]["id"]),
        "--json",
    )
    assert by_number.code == by_id.code == 0
    assert by_number.out == by_id.out


def test_outline_text_shows_the_tree(db_path: Path, run_cli) -> None:
    result = run_cli("outline", "--db", str(db_path), "35 925 V, nr. 84")
    assert result.code == 0
    assert "Kamerstuk 35 925 V, nr. 84 · vergaderjaar 2021–2022 · 8 maart 2022" in result.out
    assert "3.4 Westelijke Balkan  p. 13  (2 passages)" in result.out


def test_unknown_letter_is_one_clear_line(db_path: Path, run_cli) -> None:
    result = run_cli("outline", "--db", str(db_path), "12 345, nr. 6")
    assert result.code == 1
    assert result.err == "fout: geen brief gevonden voor '12 345, nr. 6'\n"


def test_letters_and_import_lines(db_path: Path, tmp_path: Path, run_cli) -> None:
    memo = tmp_path / "memo.txt"
    memo.write_text("Memo Sahel\n\nEen alinea.\n\nNog een alinea.\n", encoding="utf-8")
    result = run_cli("import", "--db", str(db_path), str(memo), str(BUNDLED_LETTER))
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "memo.txt: Memo Sahel: 1 pagina, 2 passages [geïmporteerd]",
        "  let op: soort document niet herkend: gelezen als gewoon document met kopjes en alinea's",
        "kamerstuk-35925-V-84.txt: Brief van de Minister van Buitenlandse Zaken "
        "(Kamerstuk 35 925 V, nr. 84): 18 pagina's, 84 passages "
        "[dit bestand is al eerder geïmporteerd]",
    ]
    rows = json.loads(run_cli("letters", "--db", str(db_path), "--json").out)
    assert [(r["title"], r["pages"], r["passages"]) for r in rows] == [
        ("Brief van de Minister van Buitenlandse Zaken", 18, 84),
        ("Memo Sahel", 1, 2),
    ]
    table = run_cli("letters", "--db", str(db_path)).out
    assert table.splitlines()[0].split() == [
        "id",
        "soort",
        "kamerstuk",
        "datum",
        "pag.",
        "passages",
        "titel",
    ]
    assert [line.split()[1] for line in table.splitlines()[1:]] == ["Kamerbrief", "Document"]
    assert [(r["kind"], r["signatories"]) for r in rows] == [
        ("kamerbrief", [{"name": "W.B. Hoekstra", "function": "Minister van Buitenlandse Zaken"}]),
        ("document", []),
    ]


def test_db_option_before_or_after_the_command(tmp_path: Path, run_cli) -> None:
    first = tmp_path / "a.sqlite"
    second = tmp_path / "b.sqlite"
    assert run_cli("--db", str(first), "letters").code == 0
    assert run_cli("letters", "--db", str(second)).code == 0
    assert first.exists() and second.exists()


def test_gui_without_a_display_says_so(db_path: Path) -> None:
    result = run_briefer_process(
        "--db", str(db_path), env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    )
    assert result.code == 1
    assert "geen beeldscherm gevonden" in result.err
    assert "Traceback" not in result.err
