"""Bad input: one clear line naming the file and the problem, and no change at all."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from tests.conftest import BUNDLED_LETTER, database_snapshot, run_briefer_process


def small_pdf(path: Path, *, encrypt: str | None = None) -> Path:
    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    pdf.drawString(72, 720, "Een korte brief over Oekraïne.")
    pdf.save()
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "leeg.txt"
    empty.write_bytes(b"")
    blank = folder / "spaties.txt"
    blank.write_bytes(b"  \n\n \t\n")
    junk = folder / "ruis.bin"
    junk.write_bytes(random.Random(7).randbytes(20_000).replace(b"\x00", b"\x01"))
    nul = folder / "nul.txt"
    nul.write_bytes(b"Tekst met\x00NUL-bytes erin\x00")
    encrypted = small_pdf(folder / "beveiligd.pdf", encrypt="geheim")
    whole = small_pdf(folder / "heel.pdf").read_bytes()
    damaged = folder / "beschadigd.pdf"
    damaged.write_bytes(whole[: len(whole) // 2])
    not_zip = folder / "geen-zip.docx"
    not_zip.write_bytes(b"Dit is platte tekst met een verkeerde naam.\n")
    return {
        "empty": (empty, "het bestand is leeg"),
        "blank": (blank, "het bestand is leeg"),
        "junk": (junk, "bevat geen leesbare tekst"),
        "nul": (nul, "NUL-bytes"),
        "encrypted": (encrypted, "wachtwoord"),
        "damaged": (damaged, "beschadigd"),
        "not_zip": (not_zip, "geen geldig Word-document"),
        "missing": (folder / "bestaat-niet.txt", "bestand niet gevonden"),
    }


@pytest.mark.parametrize(
    "case",
    ["empty", "blank", "junk", "nul", "encrypted", "damaged", "not_zip", "missing"],
)
def test_bad_file_is_refused_and_nothing_changes(
    case: str, tmp_path: Path, db_path: Path, run_cli
) -> None:
    assert run_cli("letters", "--db", str(db_path)).code == 0  # create and seed
    before = database_snapshot(db_path)
    path, problem = bad_files(tmp_path / "bad")[case]
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith(f"fout: {path}: ")
    assert problem in lines[0]
    assert result.out == ""
    assert database_snapshot(db_path) == before


def test_a_folder_imports_its_good_letter_and_names_each_bad_file(
    tmp_path: Path, db_path: Path, run_cli
) -> None:
    assert run_cli("letters", "--db", str(db_path)).code == 0
    cases = bad_files(tmp_path / "bad")
    (tmp_path / "bad" / "heel.pdf").unlink()
    good = tmp_path / "bad" / "goed.txt"
    good.write_text(
        BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 85"), encoding="utf-8"
    )
    result = run_cli("import", "--db", str(db_path), str(tmp_path / "bad"))
    assert result.code == 1
    assert result.out.startswith("goed.txt: ") and len(result.out.splitlines()) == 1
    lines = result.err.strip().splitlines()
    del cases["junk"]  # ruis.bin: a folder's walk takes only letter formats
    bad = [(path, problem) for path, problem in cases.values() if path.exists()]
    assert len(lines) == len(bad), result.err
    for path, problem in bad:
        assert any(line.startswith(f"fout: {path}: ") and problem in line for line in lines)
    listed = run_cli("letters", "--db", str(db_path), "--json")
    assert len(json.loads(listed.out)) == 2  # the bundled letter and the good one


def test_no_traceback_from_a_real_process(tmp_path: Path, db_path: Path) -> None:
    files = bad_files(tmp_path / "bad")
    names = [str(path) for path, _ in files.values()]
    result = run_briefer_process("--db", str(db_path), "import", *names)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == len(names)


def test_failure_in_a_batch_keeps_the_others(tmp_path: Path, db_path: Path, run_cli) -> None:
    first = tmp_path / "eerste.txt"
    first.write_text("Eerste notitie\n\nDe eerste alinea over China.\n", encoding="utf-8")
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    last = tmp_path / "laatste.txt"
    last.write_text("Laatste notitie\n\nDe laatste alinea over Rusland.\n", encoding="utf-8")
    result = run_cli("import", "--db", str(db_path), str(first), str(broken), str(last))
    assert result.code == 1
    assert f"{broken}: " in result.err
    assert "eerste.txt: Eerste notitie" in result.out
    assert "laatste.txt: Laatste notitie" in result.out
    listing = run_cli("letters", "--db", str(db_path), "--json")
    titles = {letter["title"] for letter in __import__("json").loads(listing.out)}
    assert {"Eerste notitie", "Laatste notitie"} <= titles


def test_cp1252_file_is_imported_correctly(tmp_path: Path, db_path: Path, run_cli) -> None:
    path = tmp_path / "windows-1252.txt"
    path.write_bytes(
        BUNDLED_LETTER.read_text(encoding="utf-8").replace("35 925 V", "35 999 V").encode("cp1252")
    )
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 0, result.err
    assert "35 999 V, nr. 84" in result.out
    outline = run_cli("outline", "--db", str(db_path), "35 999 V, nr. 84", "--json")
    text = outline.out
    assert "Oekraïne" in text and "«Belt and Road Initiative»" in text and "R&D" in text


@pytest.mark.slow
def test_a_50_mb_text_file_is_imported_with_progress(
    tmp_path: Path, db_path: Path, run_cli
) -> None:
    paragraphs = [
        block.replace("\n", " ").strip()
        for block in BUNDLED_LETTER.read_text(encoding="utf-8").split("\n\n")
        if len(block) > 200 and "Tweede Kamer, vergaderjaar" not in block
    ]
    path = tmp_path / "groot.txt"
    size = 0
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Een heel grote notitie\n\n")
        while size < 50 * 1024 * 1024:
            block = f"Hoofdstuk {count}\n\n" if count % 40 == 0 else ""
            block += f"{count}. {paragraphs[count % len(paragraphs)]}\n\n"
            handle.write(block)
            size += len(block.encode("utf-8"))
            count += 1
    result = run_cli("import", "--db", str(db_path), str(path))
    assert result.code == 0, result.err
    assert "groot.txt: 0%" in result.err and "groot.txt: 100%" in result.err
    assert f"{count} passages" in result.out
