"""The theme commands of the CLI, as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_briefer_process


def test_passages_json_for_westelijke_balkan(db_path: Path) -> None:
    result = run_briefer_process(
        "passages", "--theme", "Westelijke Balkan", "--json", "--db", str(db_path)
    )
    assert result.code == 0, result.err
    passages = json.loads(result.out)
    assert [p["pages"] for p in passages] == [[2, 3], [13, 13], [13, 14]]
    assert set(passages[0]) == {"id", "letter", "section", "text", "pages", "reasons", "manual"}
    assert passages[0]["letter"] == "Kamerstuk 35 925 V, nr. 84"
    assert passages[0]["section"] == "Een geopolitieke aardverschuiving"
    assert passages[2]["section"] == "Westelijke Balkan"
    assert "onder de kop “Westelijke Balkan” (“Westelijke Balkan”)" in passages[2]["reasons"]
    assert not any(p["manual"] for p in passages)
    assert not any("Consulaire Service Organisatie" in p["text"] for p in passages)


def test_tag_note_points_and_search_round_trip(db_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    china = json.loads(run_cli("passages", "--theme", "china", "--json", *db).out)
    krap = next(p for p in china if p["text"].startswith("China is in krap"))
    assert run_cli("tag", str(krap["id"]), "--theme", "China", "--exclude", *db).code == 0
    after = json.loads(run_cli("passages", "--theme", "China", "--json", *db).out)
    assert krap["id"] not in [p["id"] for p in after]
    run_cli("tag", str(krap["id"]), "--theme", "China", "--clear", *db)

    assert (
        run_cli("note", "China", "--set", "Eerste regel", *db).out
        == "notitie opgeslagen (versie 1)\n"
    )
    run_cli("note", "China", "--append", "Tweede regel", *db)
    assert run_cli("note", "China", *db).out == "Eerste regel\n\nTweede regel\n"
    history = run_cli("note", "China", "--history", *db).out.splitlines()
    assert [line.split()[0] for line in history] == ["2", "1"]
    run_cli("note", "China", "--restore", "1", *db)
    assert run_cli("note", "China", *db).out == "Eerste regel\n"

    added = run_cli(
        "points", "China", "--add", "China is systeemrivaal", "--cite", str(krap["id"]), *db
    )
    assert added.code == 0
    points = json.loads(run_cli("points", "China", "--json", *db).out)
    assert points[0]["text"] == "China is systeemrivaal"
    assert points[0]["citations"][0]["citation"] == "Kamerstuk 35 925 V, nr. 84, p. 5"

    found = json.loads(run_cli("search", "systeemrivaal OR krap", "--json", *db).out)
    assert any(hit["kind"] == "passage" for hit in found)
    hits = json.loads(
        run_cli("search", "oekraine", "--theme", "Westelijke Balkan", "--json", *db).out
    )
    assert len(hits) == 2 and all("**Oekraïne**" in h["snippet"] for h in hits)


def test_themes_listing_and_management(db_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    themes = json.loads(run_cli("themes", "--json", *db).out)
    assert themes[0]["name"] == "Rusland" and themes[0]["passages"] > 0
    added = run_cli("theme", "add", "Noordpool", "--terms", "Arctic*", "poolgebied", *db)
    assert added.out == "thema 'Noordpool' toegevoegd: 0 passages\n"
    edited = run_cli(
        "theme", "edit", "noordpool", "--add-term", "klimaat*", "--color", "#123456", *db
    )
    assert edited.code == 0 and "passages" in edited.out
    bad = run_cli("theme", "edit", "Noordpool", "--remove-term", "bestaatniet", *db)
    assert (bad.code, bad.err) == (1, "fout: thema 'Noordpool' heeft geen term 'bestaatniet'\n")
    assert run_cli("theme", "delete", "Noordpool", *db).code == 0
    unknown = run_cli("passages", "--theme", "Atlantis", *db)
    assert (unknown.code, unknown.err) == (1, "fout: geen thema 'Atlantis'\n")


def test_note_with_forbidden_characters_keeps_the_rest(db_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    run_cli("note", "Rusland", "--set", "R&D <b> AT&T \x07Путин 习近平", *db)
    assert run_cli("note", "Rusland", *db).out == "R&D <b> AT&T Путин 习近平\n"
