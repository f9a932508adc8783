"""`briefer export` end to end, as the issue's checks describe: real files read back
with real readers (python-docx, pdftotext, LibreOffice)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import run_briefer_process

MARKING = "Departementaal vertrouwelijk"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_china_to_word_on_a_new_database(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "china.docx"
    result = run_briefer_process(
        "export", "--theme", "China", "--format", "docx", "-o", str(target), "--db", str(db_path)
    )
    assert result.code == 0, result.err
    assert result.out.strip() == f"{target}: Word, 1 thema, 1 pagina (doel 2)"
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:1] == ["Achtergrond"]  # no talking points yet: no empty part
    assert "Bronnen" in headings
    text = "\n".join(p.text for p in document.paragraphs)
    text = text.replace("\u00a0", " ").replace("\u2060", "")  # citations never break
    assert "China is in krap twee generaties" in text
    assert "Kamerstuk 35 925 V, nr. 84, p. 5" in text
    assert document.core_properties.title == "Briefing China"
    assert document.core_properties.author != "python-docx"


@needs_pdftotext
def test_china_to_pdf_on_a_new_database(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "china.pdf"
    result = run_briefer_process(
        "export", "--theme", "China", "--format", "pdf", "-o", str(target), "--db", str(db_path)
    )
    assert result.code == 0, result.err
    text = squash("\n".join(pdf_pages(target)))
    for expected in ("Achtergrond", "Bronnen", "China is in krap twee generaties"):
        assert expected in text
    assert "Kernpunten" not in text and "Nog geen spreekpunten" not in text
    assert "Kamerstuk 35 925 V, nr. 84, p. 5" in text
    assert len(pdf_pages(target)) == 2  # cover with contents, and the briefing: 2 pages


@needs_pdftotext
def test_china_in_word_shows_contents_page_numbers_without_a_field_update(
    db_path: Path, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    target = tmp_path / "china.docx"
    db = ["--db", str(db_path)]
    assert (
        run_briefer_process("points", "China", "--add", "Wij zoeken samenwerking.", *db).code == 0
    )
    result = run_briefer_process("export", "--theme", "China", "-o", str(target), *db)
    assert result.code == 0, result.err
    with zipfile.ZipFile(target) as archive:
        assert b"updateFields" not in archive.read("word/settings.xml")
    converted = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert converted.returncode == 0, converted.stderr
    pages = pdf_pages(tmp_path / "lo" / "china.pdf")
    contents = pages[0].split("Inhoud", 1)[1]
    entries = re.findall(r"^(\S[^.\n]*?)\s*\.{5,}\s*(\d+)\s*$", contents, flags=re.MULTILINE)
    assert [title for title, _ in entries] == ["Spreekpunten (actief)", "Achtergrond", "Bronnen"]
    for title, page in entries:  # the number LibreOffice shows is where the heading is
        assert title in pages[int(page) - 1]


@needs_pdftotext
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_marked_pack_of_three_themes(db_path: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"pakket.{fmt}"
    result = run_briefer_process(
        "export",
        "--theme",
        "Rusland",
        "--theme",
        "China",
        "--theme",
        "Westelijke Balkan",
        "--classification",
        MARKING,
        "--title",
        "Pakket delegatie",
        "-o",
        str(target),
        "--db",
        str(db_path),
    )  # fmt from the suffix
    assert result.code == 0, result.err
    if fmt == "pdf":
        pages = pdf_pages(target)
    else:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            pytest.skip("LibreOffice is not installed")
        profile = tmp_path / "profile"
        converted = subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path / "lo"),
                str(target),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        assert converted.returncode == 0, converted.stderr
        pages = pdf_pages(tmp_path / "lo" / "pakket.pdf")
    assert len(pages) >= 4
    for page in pages:
        assert MARKING in page
    text = squash("\n".join(pages))
    for heading in ("Rusland", "China", "Westelijke Balkan", "Pakket delegatie"):
        assert heading in text
    assert "Kamerstuk 35 925 V, nr. 84, p. 13–14" in text
    assert "Ook over dit onderwerp, al opgenomen onder Rusland" in text


def test_split_writes_one_file_per_theme(db_path: Path, tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "per-thema"
    result = run_cli(
        "export",
        "--theme",
        "Rusland",
        "--theme",
        "Oekraïne",
        "--format",
        "docx",
        "--split",
        "-o",
        str(folder),
        "--db",
        str(db_path),
    )
    assert result.code == 0, result.err
    assert sorted(p.name for p in folder.iterdir()) == ["oekraine.docx", "rusland.docx"]
    assert Document(str(folder / "rusland.docx")).core_properties.title == "Rusland"


@needs_pdftotext
def test_hostile_note_text_survives_both_formats(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    assert run_cli("note", "China", "--set", "R&D <b> AT&T Путин 习近平\x07", *db).code == 0
    docx_path, pdf_path = tmp_path / "n.docx", tmp_path / "n.pdf"
    assert run_cli("export", "--theme", "China", "-o", str(docx_path), *db).code == 0
    assert run_cli("export", "--theme", "China", "-o", str(pdf_path), *db).code == 0
    word = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert "R&D <b> AT&T Путин 习近平" in word and "\x07" not in word
    assert "R&D <b> AT&T Путин 习近平" in squash("\n".join(pdf_pages(pdf_path)))


def test_saved_briefings_export_again(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    first = tmp_path / "eerste.docx"
    saved = run_cli(
        "export",
        "--theme",
        "China",
        "--title",
        "Bezoek Beijing",
        "--occasion",
        "Ministersbezoek",
        "--date",
        "2026-12-03",
        "--classification",
        MARKING,
        "--save",
        "-o",
        str(first),
        *db,
    )
    assert saved.code == 0, saved.err
    assert "briefing opgeslagen als nummer 1" in saved.out
    listing = json.loads(run_cli("briefings", "--json", *db).out)
    assert listing[0]["title"] == "Bezoek Beijing" and listing[0]["themes"] == ["China"]
    run_cli("points", "China", "--add", "Later toegevoegd spreekpunt", *db)
    again = tmp_path / "opnieuw.docx"
    assert run_cli("export", "--briefing", "1", "-o", str(again), *db).code == 0
    text = "\n".join(p.text for p in Document(str(again)).paragraphs)
    assert "Later toegevoegd spreekpunt" in text and "Ministersbezoek" in text


def test_an_empty_theme_is_refused_without_a_file(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    run_cli("theme", "add", "Antarctica", "--terms", "Antarctica", *db)
    target = tmp_path / "leeg.pdf"
    result = run_cli("export", "--theme", "Antarctica", "-o", str(target), *db)
    assert result.code == 1
    assert result.err == (
        "fout: er valt niets te exporteren: 'Antarctica' heeft nog geen passages, "
        "spreekpunten of notities\n"
    )
    assert not target.exists()


def test_export_never_damages_an_earlier_file(db_path: Path, tmp_path: Path, run_cli) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"mijn eerdere versie")
    missing = run_cli("export", "--theme", "Atlantis", "-o", str(target), "--db", str(db_path))
    assert missing.code == 1
    assert target.read_bytes() == b"mijn eerdere versie"
    bad = run_cli("export", "--theme", "China", "-o", str(tmp_path / "x.odt"), "--db", str(db_path))
    assert bad.code == 1 and "kies --format docx of pdf" in bad.err
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["briefing.pdf"]


def test_only_empty_parts_exit_1_with_one_line_and_no_file(
    db_path: Path, tmp_path: Path, run_cli
) -> None:
    db = ["--db", str(db_path)]
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "x.pdf"
    for args in (
        ["--theme", "Sancties", "--theme", "Cyber", "--parts", "notities"],
        ["--theme", "Rusland", "--parts", "kernpunten"],
        ["--theme", "Rusland", "--parts", "doel,reactief", "--split"],
    ):
        result = run_cli("export", *args, "-o", str(target), *db)
        assert result.code == 1, args
        assert result.err.count("\n") == 1 and result.err.startswith(
            "fout: er valt niets te exporteren: 'Sancties' heeft niets"
            if "Sancties" in args
            else "fout: er valt niets te exporteren: 'Rusland' heeft niets"
        ), result.err
        assert list(out.iterdir()) == []


def test_a_part_left_out_is_reported(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    target = tmp_path / "x.pdf"
    result = run_cli(
        "export", "--theme", "China", "--parts", "kernpunten,achtergrond", "-o", str(target), *db
    )
    assert result.code == 0
    assert (
        result.err
        == "let op: China: Spreekpunten (actief) weggelaten (nog geen actieve spreekpunten)\n"
    )
    assert "Nog geen spreekpunten" not in squash("\n".join(pdf_pages(target)))


def test_output_permissions_symlinks_and_non_files(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    old = os.umask(0o022)
    try:
        plain = tmp_path / "china.pdf"
        assert run_cli("export", "--theme", "China", "-o", str(plain), *db).code == 0
        assert stat.S_IMODE(plain.stat().st_mode) == 0o644
    finally:
        os.umask(old)
    real = tmp_path / "echt.docx"
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    assert run_cli("export", "--theme", "China", "-o", str(link), *db).code == 0
    assert link.is_symlink() and Document(str(real)).core_properties.title == "Briefing China"
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    refused = run_cli("export", "--theme", "China", "-o", str(fifo), *db)
    assert refused.code == 1
    assert refused.err == f"fout: {fifo}: is een pipe (FIFO), geen bestand; kies een bestandsnaam\n"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    device = run_cli("export", "--theme", "China", "--format", "pdf", "-o", "/dev/null", *db)
    assert device.code == 1 and "is een apparaat" in device.err


def test_format_from_the_preference_and_english(db_path: Path, tmp_path: Path, run_cli) -> None:
    db = ["--db", str(db_path)]
    assert run_cli("settings", "--format", "pdf").code == 0
    folder = tmp_path / "pakket"
    result = run_cli(
        "export",
        "--theme",
        "China",
        "--theme",
        "Rusland",
        "--split",
        "--language",
        "en",
        "-o",
        str(folder),
        *db,
    )
    assert result.code == 0, result.err
    assert sorted(p.name for p in folder.iterdir()) == ["china.pdf", "rusland.pdf"]
    text = squash("\n".join(pdf_pages(folder / "china.pdf")))
    assert "Background" in text and "Sources" in text and "Page 1 of 2" in text
    assert "Achtergrond" not in text
    nameless = tmp_path / "briefing"
    assert run_cli("export", "--theme", "China", "-o", str(nameless), *db).code == 0
    assert nameless.read_bytes().startswith(b"%PDF")


def test_korean_in_a_pdf_is_warned_about_before_export(
    db_path: Path, tmp_path: Path, run_cli
) -> None:
    db = ["--db", str(db_path)]
    assert run_cli("note", "China", "--set", "Gesprek met ambassadeur 김민수.", *db).code == 0
    target = tmp_path / "china.pdf"
    result = run_cli("export", "--theme", "China", "-o", str(target), *db)
    assert result.code == 0 and target.exists()
    assert result.err.startswith(
        "waarschuwing: china.pdf: de PDF-lettertypen hebben geen Koreaans "
        "(3 tekens, bijv. '김민수')"
    )
    word = run_cli("export", "--theme", "China", "-o", str(tmp_path / "china.docx"), *db)
    assert word.code == 0 and word.err == ""  # Word uses the reader's own fonts
