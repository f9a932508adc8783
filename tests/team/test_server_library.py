"""The same library on SQLite and on a real PostgreSQL server (tests/pg_cluster.py):
the issue's checks, run on both backends through one parametrised fixture."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from briefer.app import open_library
from briefer.core.errors import StoreError
from briefer.core.search import MARK_END, MARK_START, search

LETTER = "35 925 V, nr. 84"
QUERIES = [
    "oekraine",
    "OEKRAÏNE",
    "sanctie*",
    '"Westelijke Balkan"',
    "Rusland OF China",
    "Rusland NIET China",
    "china rusland",
    "EU-lidstaten",
    "R&D",
    "zo’n",
    "Chinees-Russische",
    "cyber* EN veiligheid",
    'oekraine NIET "Westelijke Balkan"',  # a phrase under NOT: checked as a phrase
    '"Westelijke Balkan" OF Kremlin',
]


def test_outline_on_an_empty_server_database_is_the_same_as_on_sqlite(
    pg_cluster, tmp_path: Path, run_cli
) -> None:
    server = run_cli("--db", pg_cluster.create_database(), "outline", LETTER, "--json")
    local = run_cli("--db", str(tmp_path / "a.sqlite"), "outline", LETTER, "--json")
    assert server.code == 0 and local.code == 0, server.err + local.err
    outline = json.loads(server.out)
    assert outline == json.loads(local.out)
    assert outline["letter"]["pages"] == 18 and len(outline["sections"]) == 5


def test_the_westelijke_balkan_passages(library_db: str, run_cli) -> None:
    result = run_cli("--db", library_db, "passages", "--theme", "Westelijke Balkan", "--json")
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    passages = rows["passages"] if isinstance(rows, dict) else rows
    assert len(passages) == 3
    assert all("Westelijke Balkan" in p["text"] or "Servië" in p["text"] for p in passages)


def test_search_finds_the_same_passages_as_sqlite(pg_cluster, tmp_path: Path) -> None:
    server = open_library(pg_cluster.create_database())
    local = open_library(tmp_path / "a.sqlite")
    try:
        for query in QUERIES:
            found = {hit.id for hit in search(server, query, limit=500)}
            expected = {hit.id for hit in search(local, query, limit=500)}
            assert found == expected, query
            assert found, query
        from briefer.core.tags import set_manual_tag
        from briefer.core.themes import find_theme

        for store in (server, local):  # a manual exclude and a manual include count
            rusland = find_theme(store, "Rusland").id
            set_manual_tag(store, 2, rusland, "exclude")
            set_manual_tag(store, 84, rusland, "include")
        for theme_name in ("Rusland", "Westelijke Balkan", "Sancties"):
            for query in ("oekraine", "sanctie*", "EU"):
                found = {
                    hit.id
                    for hit in search(server, query, theme_id=find_theme(server, theme_name).id)
                }
                expected = {
                    hit.id
                    for hit in search(local, query, theme_id=find_theme(local, theme_name).id)
                }
                assert found == expected, (theme_name, query)
        from briefer.core.library import find_letter

        for query in ("oekraine", '"Westelijke Balkan"'):  # within one letter
            found = {
                hit.id
                for hit in search(server, query, letter_id=find_letter(server, LETTER), limit=500)
            }
            expected = {
                hit.id
                for hit in search(local, query, letter_id=find_letter(local, LETTER), limit=500)
            }
            assert found == expected and found, query
        best = search(server, "oekraine", limit=3)
        assert all(MARK_START + "Oekraïne" + MARK_END in hit.snippet for hit in best)
        assert best == sorted(best, key=lambda hit: hit.rank)
        assert search(server, "sanctie* NIET", limit=5)  # a dangling operator is dropped
        assert search(server, "'\\:&|!()") == []
    finally:
        server.close()
        local.close()


def test_search_on_the_server_sees_notes_and_new_text_at_once(pg_cluster) -> None:
    from briefer.core.notes import save_note
    from briefer.core.themes import find_theme

    store = open_library(pg_cluster.create_database())
    try:
        china = find_theme(store, "China").id
        save_note(store, "Bezoek aan Beijing: let op Taiwan en de Oeigoeren.", theme_id=china)
        hits = [hit for hit in search(store, "oeigoeren") if hit.kind == "note"]
        assert len(hits) == 1 and hits[0].theme == "China"
        assert search(store, "oeigoeren", theme_id=china)
    finally:
        store.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_export_to_word_and_pdf(library_db: str, tmp_path: Path, run_cli) -> None:
    word, pdf = tmp_path / "china.docx", tmp_path / "china.pdf"
    for target in (word, pdf):
        result = run_cli("--db", library_db, "export", "--theme", "China", "-o", str(target))
        assert result.code == 0, result.err
    paragraphs = " ".join(p.text for p in Document(str(word)).paragraphs)
    assert "Kamerstuk 35 925 V, nr. 84" in paragraphs
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "China" in text and "Kamerstuk" in text


def test_a_bad_server_url_gets_one_clear_line(tmp_path: Path, run_cli) -> None:
    missing = f"postgresql+psycopg://nobody@/briefer?host={tmp_path}"
    result = run_cli("--db", missing, "letters")
    assert result.code == 1
    assert result.err.startswith("fout: postgresql+psycopg://nobody@/briefer")
    assert "de server is niet bereikbaar" in result.err and "Traceback" not in result.err
    other = run_cli("--db", "mysql://x@y/z", "letters")
    assert other.code == 1 and "alleen PostgreSQL-servers" in other.err


def test_the_server_makes_no_backups_of_its_own_and_says_so(pg_cluster, run_cli) -> None:
    url = pg_cluster.create_database()
    store = open_library(url)
    try:
        with pytest.raises(StoreError, match="reservekopieën van de server"):
            store.backup("test")
    finally:
        store.close()
    result = run_cli("--db", url, "restore", "--list")
    assert result.code == 1 and "reservekopieën van de server" in result.err


def test_the_author_from_the_settings_is_stored_with_each_note_version(
    library_db: str, run_cli
) -> None:
    assert run_cli("settings", "--author", "A. de Vries").code == 0
    assert run_cli("--db", library_db, "note", "China", "--append", "Eerste regel").code == 0
    assert run_cli("settings", "--author", "B. Jansen").code == 0
    assert run_cli("--db", library_db, "note", "China", "--append", "Tweede regel").code == 0
    history = run_cli("--db", library_db, "note", "China", "--history").out.splitlines()
    assert len(history) == 2
    assert "(B. Jansen)" in history[0] and "(A. de Vries)" in history[1]


def test_a_theme_with_work_can_be_deleted_on_the_server_with_force(pg_cluster, run_cli) -> None:
    url = pg_cluster.create_database()
    assert run_cli("--db", url, "note", "Cyber", "--append", "Mijn notitie").code == 0
    refused = run_cli("--db", url, "theme", "delete", "Cyber")
    assert refused.code == 1 and "notitie" in refused.err
    assert run_cli("--db", url, "theme", "delete", "Cyber", "--force").code == 0
    assert "Cyber" not in run_cli("--db", url, "themes").out


def test_a_user_without_rights_gets_one_clear_line(pg_cluster, run_cli) -> None:
    import subprocess as sp

    url = pg_cluster.create_database()
    sp.run(
        [*pg_cluster.prefix, str(pg_cluster.bin_dir / "psql"), "-h", str(pg_cluster.socket),
         "-U", pg_cluster.role, "-d", url.split("@/")[1].split("?")[0], "-q", "-c",
         "CREATE ROLE gast LOGIN; REVOKE CREATE ON SCHEMA public FROM PUBLIC"],
        check=True, capture_output=True,
    )  # fmt: skip
    guest = url.replace(f"//{pg_cluster.role}@", "//gast@")
    result = run_cli("--db", guest, "letters")
    assert result.code == 1
    assert "de database kan niet worden ingericht" in result.err
    assert "vraag de beheerder" in result.err and "Traceback" not in result.err
