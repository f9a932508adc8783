"""``letters`` and ``outline`` on letters of the new kinds: the kind and its facts, roles,
footnotes, and Kamervragen's questions each with its answer (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from briefer.app import open_library
from tests.letter_kinds import ANSWER_1, FOOTNOTE_1, FOOTNOTE_2, MARKED, kamervragen, motie, stored


def _library(db_path: Path) -> tuple[int, int]:
    store = open_library(db_path)
    try:
        return stored(store, kamervragen(), "vragen.xml"), stored(store, motie(), "motie.pdf")
    finally:
        store.close()


def test_letters_json_prints_each_kind_and_its_facts(db_path: Path, run_cli) -> None:
    questions, motion = _library(db_path)
    result = run_cli("letters", "--db", str(db_path), "--json")
    assert result.code == 0, result.err
    rows = {row["id"]: row for row in json.loads(result.out)}
    assert {k: rows[questions][k] for k in list(rows[questions])[12:]} == {
        "kind": "kamervragen",
        "publication": "ah-tk-20232024-2001",
        "signatories": [
            {"name": "H.G.J. Bruins Slot", "function": "Minister van Buitenlandse Zaken"}
        ],
        "asked_by": "Van Dijk (CDA) en Brekelmans (VVD)",
        "asked_on": "2024-03-29",
        "answered_by": "Minister Bruins Slot (Buitenlandse Zaken)",
        "answered_on": "2024-05-17",
        "number": "2001",
        "indieners": [],
        "notice": "het antwoord op vraag 3 ontbreekt in het bestand",
    }
    assert (rows[motion]["kind"], rows[motion]["indieners"]) == (
        "motie",
        ["Sjoerdsma", "Brekelmans"],
    )
    assert rows[motion]["publication"] == "kst-36045-12" and rows[motion]["signatories"] == []
    table = run_cli("letters", "--db", str(db_path)).out.splitlines()
    kinds = {line.split()[0]: line.split()[1] for line in table[1:]}
    assert kinds == {"1": "Kamerbrief", str(questions): "Kamervragen", str(motion): "Motie"}


def test_outline_json_gives_roles_footnotes_and_the_questions(db_path: Path, run_cli) -> None:
    questions, motion = _library(db_path)
    result = run_cli("outline", "--db", str(db_path), str(questions), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["letter"]["kind"] == "kamervragen"
    assert data["letter"]["number"] == "2001" and data["letter"]["notice"].startswith("het ant")
    passages = data["passages"]
    assert [(p["role"], p["number"]) for p in passages] == [
        ("vraag", 1),
        ("antwoord", 1),
        ("antwoord", 1),
        ("vraag", 2),
        ("antwoord", 2),
    ]
    offset = ANSWER_1.index(MARKED) + len(MARKED)
    assert passages[1]["footnotes"] == [
        {"marker": "1", "text": FOOTNOTE_1, "page": 1, "offset": offset},
        {"marker": "2", "text": FOOTNOTE_2, "page": 2, "offset": len(ANSWER_1) - 1},
    ]
    assert passages[0]["footnotes"] == []
    parsed = kamervragen()
    assert data["questions"] == [
        {
            "number": 1,
            "question": parsed.passages[0].text,
            "answer": f"{ANSWER_1}\n\n{parsed.passages[2].text}",
            "question_pages": [1, 1],
            "answer_pages": [1, 2],
        },
        {
            "number": 2,
            "question": parsed.passages[3].text,
            "answer": parsed.passages[4].text,
            "question_pages": [2, 2],
            "answer_pages": [2, 3],
        },
    ]
    motion_json = json.loads(run_cli("outline", "--db", str(db_path), str(motion), "--json").out)
    assert "questions" not in motion_json
    roles = [p["role"] for p in motion_json["sections"][0]["passages"]]
    assert roles == [None, None, "overweging", "overweging", "verzoek", None]


def test_outline_text_names_roles_and_shows_footnotes_under_their_passage(
    db_path: Path, run_cli
) -> None:
    questions, motion = _library(db_path)
    lines = run_cli("outline", "--db", str(db_path), str(questions)).out.splitlines()
    assert lines[1].startswith("Kamervragen · nr. 2001 · ah-tk-20232024-2001 · vergaderjaar")
    assert "vragen van Van Dijk (CDA) en Brekelmans (VVD) (29 maart 2024)" in lines[1]
    assert lines[2] == "Let op: het antwoord op vraag 3 ontbreekt in het bestand"
    labels = [line.strip().split("  ")[0] for line in lines[4:] if line.startswith("   ")]
    assert labels == [
        "(vóór de eerste kop: 5 passages)",
        "Vraag 1",
        "Antwoord 1",
        f"[1] {FOOTNOTE_1}",
        f"[2] {FOOTNOTE_2}",
        "Antwoord 1",
        "Vraag 2",
        "Antwoord 2",
    ]
    answer = next(line for line in lines if line.startswith("   Antwoord 1"))
    assert answer.startswith("   Antwoord 1  p. 1–2  Ja. Het kabinet heeft")
    assert "      [1] Kamerstuk 21 501-20, nr. 1900  (p. 1)" in lines
    text = run_cli("outline", "--db", str(db_path), str(motion)).out
    assert "   Verzoek  p. 1  verzoekt de regering, in de Raad" in text
    assert "ingediend door Sjoerdsma, Brekelmans" in text.splitlines()[1]
