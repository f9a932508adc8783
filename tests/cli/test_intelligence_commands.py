"""briefer commitments / commitment / references / changes / versions / suggestions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.intelligence.letter_pairs import ADDED, later_letter


def test_commitments_json_and_marking_one_done(run_cli: Any, db_path: Path) -> None:
    db = ["--db", str(db_path)]
    result = run_cli("commitments", "--json", *db)
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    nota = next(row for row in rows if row["subject"] == "mensenrechtennota")
    assert nota == {
        "id": nota["id"],
        "letter": "Kamerstuk 35 925 V, nr. 84",
        "letter_id": 1,
        "page": 14,
        "pages": [14, 14],
        "passage": nota["passage"],
        "text": "Hiertoe zal uw Kamer in het derde kwartaal van 2022 een nieuwe "
        "mensenrechtennota toekomen.",
        "subject": "mensenrechtennota",
        "due": "Q3 2022",
        "due_phrase": "in het derde kwartaal van 2022",
        "due_date": "2022-09-30",
        "status": "overdue",
        "themes": ["Mensenrechten"],
        "origin": "auto",
        "kind": "toezegging",
        "recurring": None,
        "actor": None,
        "made_in": None,
        "met_by": [],
        "meets": None,
    }
    done = run_cli("commitment", str(nota["id"]), "--done", *db)
    assert done.code == 0 and "[afgedaan]  mensenrechtennota" in done.out
    overdue = json.loads(run_cli("commitments", "--overdue", "--json", *db).out)
    assert nota["id"] not in [row["id"] for row in overdue]
    on_theme = json.loads(run_cli("commitments", "--theme", "Mensenrechten", "--json", *db).out)
    assert [row["status"] for row in on_theme if row["id"] == nota["id"]] == ["done"]
    text = run_cli("commitments", "--letter", "35 925 V, nr. 84", *db).out
    assert text.startswith("16 toezeggingen, ") and "VERLOPEN" in text
    bad = run_cli("commitment", "9999", "--done", *db)
    assert (bad.code, bad.err) == (1, "fout: geen toezegging met nummer 9999\n")


def test_references_json(run_cli: Any, db_path: Path) -> None:
    result = run_cli("references", "1", "--json", "--db", str(db_path))
    assert result.code == 0, result.err
    refs = json.loads(result.out)
    assert refs[0] == {
        "kamerstuk": "36 045, nr. 3",
        "label": "36 045, nr. 3",
        "id": "kst-36045-3",
        "kind": "kamerstuk",
        "document": None,
        "text": "Kamerstuk 36 045, nr. 3",
        "page": 1,
        "passage": refs[0]["passage"],
        "letter": None,
    }
    assert len({ref["id"] for ref in refs if ref["kamerstuk"]}) == 7
    [named] = [ref for ref in refs if ref["kind"] == "named"]
    assert (named["label"], named["kamerstuk"], named["page"]) == ("amendement-Mulder", None, 11)


def test_changes_and_versions(run_cli: Any, db_path: Path, tmp_path: Path) -> None:
    db = ["--db", str(db_path)]
    run_cli("letters", *db)
    assert run_cli("import", str(later_letter(tmp_path)), *db).code == 0
    result = run_cli("changes", "--from", "1", "--to", "36 200 V, nr. 5", "--json", *db)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [p["text"] for p in data["added"]] == [ADDED]
    assert len(data["removed"]) == 1 and len(data["changed"]) == 1
    assert set(data["added"][0]) == {"id", "letter", "section", "text", "pages"}
    assert ["+", " niet langer"] in data["changed"][0]["diff"]
    china = json.loads(
        run_cli("changes", "--from", "1", "--to", "2", "--theme", "China", "--json", *db).out
    )
    assert (len(china["added"]), len(china["removed"]), len(china["changed"])) == (1, 0, 1)
    text = run_cli("changes", "--from", "1", "--to", "2", *db).out
    assert "1 nieuw, 1 vervallen, 1 gewijzigd" in text and "{+ niet langer+}" in text
    cited = run_cli("references", "1", "--cited-by", *db).out
    assert cited.startswith("Kamerstuk 36 200 V, nr. 5, p. 11: “Kamerstuk 35 925 V, nr. 84”")

    assert (
        run_cli("import", str(later_letter(tmp_path, same_kamerstuk=True, name="v2.txt")), *db).code
        == 0
    )
    versions = json.loads(run_cli("versions", "1", "--json", *db).out)
    assert [(v["version"], v["current"]) for v in versions] == [(1, False), (2, True)]
    between = json.loads(
        run_cli("changes", "--from", "1", "--from-version", "1", "--to", "1", "--json", *db).out
    )
    assert [p["text"] for p in between["added"]] == [ADDED]
    assert between["removed"][0]["id"] is None


def test_suggestions_and_accepting_one(run_cli: Any, db_path: Path) -> None:
    db = ["--db", str(db_path)]
    listed = run_cli("suggestions", "China", *db)
    assert listed.code == 0 and listed.out.startswith("1. ")
    first = json.loads(run_cli("suggestions", "China", "--json", *db).out)[0]
    accepted = run_cli("suggestions", "China", "--accept", "1", *db)
    assert accepted.code == 0 and "spreekpunt #" in accepted.out
    points = run_cli("points", "China", "--json", *db)
    assert first["text"] in points.out
    assert run_cli("suggestions", "China", "--accept", "999", *db).code == 1


def test_adding_a_commitment_by_hand(run_cli: Any, db_path: Path) -> None:
    db = ["--db", str(db_path)]
    first = json.loads(run_cli("commitments", "--json", *db).out)[0]
    added = run_cli(
        "commitments", "--add", str(first["passage"]), "--subject", "kabinetsreactie",
        "--due", "voor het zomerreces", *db,
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "kabinetsreactie" in added.out and "zomerreces 2022" in added.out
    rows = json.loads(run_cli("commitments", "--json", *db).out)
    mine = [row for row in rows if row["subject"] == "kabinetsreactie"]
    assert len(mine) == 1 and mine[0]["origin"] == "user" and mine[0]["due_date"] == "2022-07-07"
    missing = run_cli("commitments", "--add", "1", *db)
    assert missing.code == 1 and "--subject" in missing.err
    bad = run_cli("commitments", "--add", "1", "--subject", "x", "--due", "ooit", *db)
    assert bad.code == 1 and bad.err.startswith("fout: 'ooit' is geen termijn")
    assert len(json.loads(run_cli("commitments", "--json", *db).out)) == len(rows)


def test_bad_input_gets_one_line(run_cli: Any, db_path: Path) -> None:
    db = ["--db", str(db_path)]
    cases = [
        (("versions", "1", "--show", "3"), "fout: brief 1 heeft geen oudere versies\n"),
        (("changes", "--from", "1", "--to", "9"), "fout: geen brief"),
        (
            ("changes", "--from", "1", "--from-version", "2", "--to", "1"),
            "fout: brief 1 heeft geen oudere versie 2\n",
        ),
        (("commitment", "1", "--due", "ooit"), "fout: 'ooit' is geen termijn"),
        (("suggestions", "Onbekend"), "fout: "),
    ]
    for args, message in cases:
        result = run_cli(*args, *db)
        assert result.code == 1 and result.err.startswith(message), (args, result.err)
        assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_what_met_a_commitment_and_undoing_it(run_cli: Any, db_path: Path, tmp_path: Path) -> None:
    db = ["--db", str(db_path)]
    answer = tmp_path / "europawet.txt"
    answer.write_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 juni 2022\n\n"
        "Met deze brief ontvangt uw Kamer de hoofdlijnennotitie over de Europawet. Hiermee "
        "wordt de toezegging uit de beleidsbrief van 8 maart jl. (Kamerstuk 35 925 V, nr. 84) "
        "afgedaan.\n\nDe Minister van Buitenlandse Zaken,\nW.B. Hoekstra\n",
        encoding="utf-8",
    )
    assert run_cli("import", str(answer), *db).code == 0
    rows = json.loads(run_cli("commitments", "--met", "--json", *db).out)
    [met] = rows
    assert met["subject"] == "hoofdlijnennotitie over de Europawet"
    [proof] = met["met_by"]
    assert (proof["letter_id"], proof["page"], proof["letter_date"]) == (2, 1, "2022-06-03")
    text = run_cli("commitments", "--letter", "1", *db).out
    assert "; 1 voldaan door een brief" in text.splitlines()[0]
    assert (
        f"voldaan door: Brief van de Minister van Buitenlandse Zaken, p. 1 (#{proof['id']})" in text
    )
    undone = run_cli("commitment", str(met["id"]), "--unmet", *db)
    assert undone.code == 0 and "[VERLOPEN]  hoofdlijnennotitie" in undone.out
    alone = run_cli("commitments", "--letter", "2", *db).out
    assert "toegezegd: Kamerstuk 35 925 V, nr. 84, van 8 maart 2022" in alone
    again = run_cli("commitment", str(met["id"]), "--met-by", str(proof["id"]), "--json", *db)
    assert json.loads(again.out)["status"] == "voldaan"
    bad = run_cli("commitment", str(met["id"]), "--met-by", str(met["id"]), *db)
    assert bad.code == 1 and "geen zin waarin een brief" in bad.err
    assert (
        run_cli("commitments", "--requests", *db).out == "Geen verzoeken van de Kamer gevonden.\n"
    )
    refound = run_cli("commitments", "--refind", *db)
    assert refound.out == "toezeggingen opnieuw gezocht in 2 brieven\n"
    assert json.loads(run_cli("commitment", str(met["id"]), "--json", *db).out)["status"] == (
        "voldaan"
    )
