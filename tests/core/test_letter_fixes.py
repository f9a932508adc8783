"""Fixes of how a letter was read: kept through re-tagging and reading the file again;
the new metadata in the JSON; an older database upgrades to 0003 without loss."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select

from briefer import paths
from briefer.app import open_library
from briefer.core.importing.letter_fixes import FixError, add_fix, letter_check, reread_letter
from briefer.core.importing.single import DUPLICATE, UNCHANGED, UPDATED, import_file
from briefer.core.library import letter_outline
from briefer.core.models import Theme
from briefer.core.store.database import open_store
from briefer.core.tags import retag_library, set_manual_tag
from briefer.ingest.corrections import (
    BODY_LINE,
    HEADING,
    MERGE,
    META,
    NOT_HEADING,
    SPLIT,
    Fix,
    text_key,
)
from tests.ingest.published_letters import make_kamerstuk_pdf, make_rijksoverheid_pdf
from tests.intelligence.letter_pairs import later_letter

CYBER = "Cyberdiplomatie als prioriteit"


def _outline(store, letter_id: int) -> list[tuple[int, str, int]]:
    outline = letter_outline(store, letter_id).to_json()
    rows: list[tuple[int, str, int]] = []

    def walk(sections: list[dict]) -> None:
        for section in sections:
            rows.append((section["level"], section["title"], len(section["passages"])))
            walk(section["sections"])

    walk(outline["sections"])
    return rows


def _section(store, letter_id: int, title: str) -> dict:
    stack = list(letter_outline(store, letter_id).to_json()["sections"])
    while stack:
        section = stack.pop()
        if section["title"] == title:
            return section
        stack.extend(section["sections"])
    raise AssertionError(title)


def test_fixes_apply_now_and_survive_retagging_and_rereading(
    library_db: str, tmp_path: Path
) -> None:
    store = open_library(library_db)
    pdf = make_rijksoverheid_pdf(tmp_path / "kamerbrief.pdf")
    result = import_file(store, pdf)
    letter = result.letter_id
    check = letter_check(store, letter)
    assert check.source is not None and check.source.read_bytes() == pdf.read_bytes()
    assert check.meta["reference"] == "BZ2214567"
    cyber = _section(store, letter, CYBER)
    first, second, third = (p["text"] for p in cyber["passages"])
    balkan = _section(store, letter, "Westelijke Balkan")["passages"][0]["id"]
    with store.read() as session:
        theme = session.scalar(select(Theme.id).where(Theme.name == "China"))
    set_manual_tag(store, balkan, theme, "include")

    add_fix(store, letter, Fix(NOT_HEADING, CYBER))  # the heading becomes a passage
    add_fix(store, letter, Fix(MERGE, text_key(first)))  # first + second passage
    add_fix(store, letter, Fix(HEADING, text_key(third), {"level": 2}))  # a passage a heading
    at = second.index(". ") + 1
    add_fix(store, letter, Fix(SPLIT, text_key(second), {"at": at}))  # no longer there: no-op
    add_fix(store, letter, Fix(META, "title", {"value": "Kabinetsinzet veiligheid"}))
    add_fix(store, letter, Fix(META, "date", {"value": "15 oktober 2022"}))
    add_fix(store, letter, Fix(META, "directorate", {"value": ""}))  # cleared by the user
    fixed = _outline(store, letter)
    assert fixed == [
        (1, "Veiligheid: vrede, veiligheid en defensie", 0),
        (2, "Een sterk gemeenschappelijk veiligheids- en defensiebeleid (GVDB)", 5),
        (2, third, 0),
        (1, "Welvaart: open strategische autonomie, economische veiligheid en weerbaarheid", 0),
        (2, "Mitigeren van afhankelijkheidsrisico’s", 3),
        (2, "Westelijke Balkan", 2),
    ]
    gvdb = _section(store, letter, fixed[1][1])["passages"]
    assert [p["text"] for p in gvdb[3:]] == [CYBER, f"{first} {second}"]
    meta = letter_outline(store, letter).letter
    assert (meta.title, meta.date) == ("Kabinetsinzet veiligheid", date(2022, 10, 15))
    assert (meta.directorate, meta.reference) == (None, "BZ2214567")
    assert letter_check(store, letter).fixes == 7

    retag_library(store)
    assert _outline(store, letter) == fixed
    assert import_file(store, pdf).status == DUPLICATE
    again = import_file(store, pdf, reread=True)
    assert (again.letter_id, again.status) == (letter, UNCHANGED)
    assert _outline(store, letter) == fixed
    assert letter_outline(store, letter).letter.title == "Kabinetsinzet veiligheid"
    assert letter_outline(store, letter).letter.directorate is None
    # The user's manual tag stayed on its passage through all of it.
    kept = _section(store, letter, "Westelijke Balkan")["passages"][0]
    assert kept["id"] == balkan and "China" in kept["themes"]

    # Without the fixes the file reads as it did at first.
    plain = reread_letter(store, letter, keep_fixes=False)
    assert plain.status == UPDATED
    assert (2, CYBER, 3) in _outline(store, letter)
    assert letter_check(store, letter).fixes == 0
    store.close()


def test_a_bad_fix_is_refused_with_one_line(library_db: str, tmp_path: Path) -> None:
    store = open_library(library_db)
    letter = import_file(store, make_rijksoverheid_pdf(tmp_path / "brief.pdf")).letter_id
    with pytest.raises(FixError, match="geen datum"):
        add_fix(store, letter, Fix(META, "date", {"value": "ergens in het najaar"}))
    with pytest.raises(FixError, match="titel"):
        add_fix(store, letter, Fix(META, "title", {"value": " "}))
    with pytest.raises(FixError, match="pagina"):
        add_fix(store, letter, Fix(BODY_LINE, "Onze referentie", {"page": "twee"}))
    assert letter_check(store, letter).fixes == 0
    # A text letter's file is not kept: it cannot be read again with a line put back.
    text = import_file(store, later_letter(tmp_path)).letter_id
    before = letter_outline(store, text).to_json()
    with pytest.raises(FixError, match="niet bewaard"):
        add_fix(store, text, Fix(BODY_LINE, "Tweede Kamer, vergaderjaar", {"page": 2}))
    assert letter_outline(store, text).to_json() == before
    assert letter_check(store, text).fixes == 0
    store.close()


def test_letters_and_outline_json_give_the_new_metadata(
    db_path: Path, tmp_path: Path, run_cli
) -> None:
    kamerstuk = make_kamerstuk_pdf(tmp_path / "kst.pdf")
    kamerbrief = make_rijksoverheid_pdf(tmp_path / "kamerbrief.pdf")
    # Two libraries: the same body in two forms would be one letter in one library.
    other = tmp_path / "other" / "briefer.sqlite"
    assert run_cli("--db", str(db_path), "import", str(kamerstuk)).code == 0
    assert run_cli("--db", str(other), "import", str(kamerbrief)).code == 0
    letters = json.loads(run_cli("--db", str(db_path), "letters", "--json").out)
    by_source = {row["source"]: row for row in letters}
    assert {key: by_source["kst.pdf"][key] for key in ("reference", "ministry", "dossier")} == {
        "reference": None,
        "ministry": None,
        "dossier": "Raad Algemene Zaken en Raad Buitenlandse Zaken",
    }
    assert by_source["kamerstuk-35925-V-84.txt"]["dossier"] is None
    letters = json.loads(run_cli("--db", str(other), "letters", "--json").out)
    by_source = {row["source"]: row for row in letters}
    assert by_source["kamerbrief.pdf"]["reference"] == "BZ2214567"
    assert by_source["kamerbrief.pdf"]["ministry"] == "Ministerie van Buitenlandse Zaken"
    outline = json.loads(
        run_cli("--db", str(db_path), "outline", "21 501-02, nr. 2567", "--json").out
    )
    letter = outline["letter"]
    assert (letter["kamerstuk"], letter["vergaderjaar"], letter["pages"]) == (
        "21 501-02, nr. 2567",
        "2022–2023",
        3,
    )
    assert letter["dossier"] == "Raad Algemene Zaken en Raad Buitenlandse Zaken"
    assert (letter["reference"], letter["ministry"]) == (None, None)
    assert letter["signatory"] == "W.B. Hoekstra" and letter["date"] == "2022-10-14"


def test_a_database_at_0002_upgrades_without_loss(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO letters (id, title, kamerstuk, pages, source_name, source_format,"
            " content_hash, bundled, imported_at, updated_at) VALUES (7, 'Oude brief',"
            " '36 045, nr. 3', 2, 'oud.txt', 'txt', 'x', 0, '2022-01-01', '2022-01-01')"
        )
        connection.execute(
            "INSERT INTO passages (letter_id, position, text, text_hash, first_page,"
            " last_page, retired) VALUES (7, 0, 'Een oude passage.', 'h', 1, 2, 0)"
        )
    store, created = open_store(db_path)
    assert not created
    with store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT title, kamerstuk, reference, ministry, directorate, dossier FROM letters"
        ).one()
        assert tuple(row) == ("Oude brief", "36 045, nr. 3", None, None, None, None)
        assert connection.exec_driver_sql("SELECT text FROM passages").scalar() == (
            "Een oude passage."
        )
        assert connection.exec_driver_sql("SELECT count(*) FROM letter_fixes").scalar() == 0
    store.close()
