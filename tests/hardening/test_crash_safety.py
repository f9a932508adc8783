"""Crash safety: a real Briefer process killed (SIGKILL) while it saves, imports, exports.

Each child prints a line when it starts the work (and at a few points inside
it); the test waits for that line, waits a random moment more, and kills the
child without warning. Then it starts again and checks what a user would find:
the database passes ``PRAGMA integrity_check`` and the search indexes theirs,
every note version the child reported as saved is there, a letter is either
wholly imported or absent, and the export target is the user's earlier file
byte for byte or a complete new one, with no temporary file left where a user
could take it for theirs.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from briefer.app import open_library
from briefer.core.briefings import BriefingSpec
from briefer.core.importing.single import import_file
from briefer.core.themes import find_theme
from briefer.export import atomic
from briefer.export import docx as docx_export
from briefer.export import pdf as pdf_export
from briefer.export.atomic import TEMPORARY_SUFFIX, remove_stale_temporaries
from briefer.export.briefing_export import export_briefing
from tests.conftest import BUNDLED_LETTER
from tests.hardening.processes import Child

BIG_LETTER_MB = 20
PACK_THEMES = ("Rusland", "Oekraïne", "Sancties")
PACK_TITLE = "Briefingpakket na de crash"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded library, made once; every test works on its own copy."""
    path = tmp_path_factory.mktemp("seeded") / "briefer.sqlite"
    open_library(path).close()
    return path


@pytest.fixture
def library(seeded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "library" / "briefer.sqlite"
    path.parent.mkdir()
    shutil.copy(seeded, path)
    return path


def kill_after(child: Child, line: str, longest: float) -> float:
    """Wait for ``line``, then a random moment up to ``longest`` seconds, then SIGKILL."""
    child.wait_for(line)
    delay = random.uniform(0, longest)
    time.sleep(delay)
    child.kill()
    return delay


def assert_database_whole(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for index in ("passage_fts", "note_fts"):  # raises when an index disagrees
            connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    open_library(path).close()  # the next start: quick check, stale lock taken over


# --- notes ------------------------------------------------------------------------------------

NOTE_SAVER = """
import sys
from briefer.app import open_library
from briefer.core.notes import save_note
store = open_library(sys.argv[1])
print("started", flush=True)
number = 0
while True:
    number += 1
    body = f"versie {number} " + "tekst met inhoud " * (number % 40) * 50
    if number % 3:
        owner = ("theme_id", number % 14 + 1)
    else:
        owner = ("passage_id", number % 80 + 1)
    save_note(store, body, **{owner[0]: owner[1]})
    print("saved", owner[0], owner[1], number, flush=True)  # after the commit
"""


@pytest.mark.parametrize("run", range(3))
def test_killed_while_saving_notes(run: int, library: Path) -> None:
    with Child(NOTE_SAVER, str(library)) as child:
        # The kill comes after the first reported save, at a random moment within the next
        # saves: killed before any save there would be nothing to check.
        delay = kill_after(child, "saved", 0.8)
        reported = [line.split() for line in child.every_line() if line.startswith("saved")]
    assert reported, f"nothing saved before the kill after {delay:.2f} s"
    assert_database_whole(library)
    assert_versions_kept(library, reported, delay)


def assert_versions_kept(library: Path, reported: list[list[str]], delay: float) -> None:
    """Every note version the child reported saved ("saved KIND OWNER N") is there once."""
    with sqlite3.connect(library) as connection:
        for _, kind, owner, number in reported:
            column = "theme_id" if kind == "theme_id" else "passage_id"
            found = connection.execute(
                f"SELECT count(*) FROM note_versions v JOIN notes n ON n.id = v.note_id "
                f"WHERE n.{column} = ? AND (v.body = ? OR v.body LIKE ?)",
                (int(owner), f"versie {number}", f"versie {number} %"),
            ).fetchone()[0]
            assert found == 1, f"version {number} lost (kill after {delay:.2f} s)"


# --- a big import -----------------------------------------------------------------------------

IMPORTER = """
import sys
from pathlib import Path
from briefer.app import open_library
from briefer.core.importing import single as importing

store_parsed = importing.store_parsed


def reporting_store_parsed(*args, **kwargs):
    print("storing", flush=True)
    result = store_parsed(*args, **kwargs)
    print("stored", flush=True)  # tagging follows, in the same transaction
    return result


importing.store_parsed = reporting_store_parsed
store = open_library(sys.argv[1])
print("started", flush=True)
result = importing.import_file(store, Path(sys.argv[2]))
print("imported", result.letter_id, result.passages, flush=True)
"""


@pytest.fixture(scope="module")
def big_letter(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    """A text letter of some tens of MB: its path, passage count and chapter count."""
    paragraphs = [
        block.replace("\n", " ").strip()
        for block in BUNDLED_LETTER.read_text(encoding="utf-8").split("\n\n")
        if len(block) > 200 and "Tweede Kamer, vergaderjaar" not in block
    ]
    path = tmp_path_factory.mktemp("big") / "groot.txt"
    size = count = chapters = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Een heel grote notitie\n\n")
        while size < BIG_LETTER_MB * 1024 * 1024:
            block = ""
            if count % 40 == 0:
                block = f"Hoofdstuk {count}\n\n"
                chapters += 1
            block += f"{count}. {paragraphs[count % len(paragraphs)]}\n\n"
            handle.write(block)
            size += len(block.encode("utf-8"))
            count += 1
    return path, count, chapters


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signal_line", "longest"),
    [("started", 0.5), ("storing", 1.5), ("stored", 3.0)],
    ids=["while-reading", "while-inserting", "while-tagging"],
)
def test_killed_during_a_big_import(
    signal_line: str, longest: float, library: Path, big_letter: tuple[Path, int, int]
) -> None:
    path, passages, chapters = big_letter
    with Child(IMPORTER, str(library), str(path)) as child:
        delay = kill_after(child, signal_line, longest)
        finished = any(line.startswith("imported") for line in child.every_line())
    assert_database_whole(library)
    with sqlite3.connect(library) as connection:
        letters = connection.execute(
            "SELECT id FROM letters WHERE source_name = 'groot.txt'"
        ).fetchall()
        sources = connection.execute(
            "SELECT count(*) FROM letter_sources WHERE file_name = 'groot.txt'"
        ).fetchone()[0]
        orphans = connection.execute(
            "SELECT (SELECT count(*) FROM passages WHERE letter_id NOT IN (SELECT id FROM letters))"
            " + (SELECT count(*) FROM sections WHERE letter_id NOT IN (SELECT id FROM letters))"
        ).fetchone()[0]
        assert orphans == 0
        moment = f"killed {delay:.2f} s after '{signal_line}'"
        if not letters:
            assert not finished and sources == 0, moment
            total = connection.execute("SELECT count(*) FROM passages").fetchone()[0]
            assert total == 84, moment  # only the bundled letter
            return
        (letter_id,) = letters[0]
        stored = connection.execute(
            "SELECT count(*) FROM passages WHERE letter_id = ?", (letter_id,)
        ).fetchone()[0]
        headings = connection.execute(
            "SELECT count(*) FROM sections WHERE letter_id = ?", (letter_id,)
        ).fetchone()[0]
        # the title line and every "Hoofdstuk N" are headings
        assert (stored, headings, sources) == (passages, chapters + 1, 1), moment


# --- an export over the user's earlier file ---------------------------------------------------

EXPORTER = """
import sys
from pathlib import Path
from briefer.app import open_library
from briefer.core.briefings import BriefingSpec
from briefer.core.themes import find_theme
from briefer.export import atomic, docx, pdf
from briefer.export.briefing_export import export_briefing

write_atomically = atomic.write_atomically


def reporting_write_atomically(path, write):
    def reporting_write(temporary):
        print("writing", flush=True)
        write(temporary)
        print("written", flush=True)  # then fsync and the rename

    return write_atomically(path, reporting_write)


docx.write_atomically = pdf.write_atomically = reporting_write_atomically
store = open_library(sys.argv[1], lock=False)
themes = tuple(find_theme(store, name).id for name in sys.argv[4:])
spec = BriefingSpec(title=sys.argv[3], theme_ids=themes).check()
print("started", flush=True)
export_briefing(store, spec, Path(sys.argv[2]), Path(sys.argv[2]).suffix[1:])
print("exported", flush=True)
"""


@pytest.fixture(scope="module")
def export_library(seeded: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeded library and five more versions of the letter, so that a pack takes a while."""
    path = tmp_path_factory.mktemp("export") / "briefer.sqlite"
    shutil.copy(seeded, path)
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    store = open_library(path)
    try:
        for number in range(85, 90):
            letter = path.parent / f"kamerstuk-35925-V-{number}.txt"
            letter.write_text(text.replace("nr. 84", f"nr. {number}"), encoding="utf-8")
            import_file(store, letter)
    finally:
        store.close()
    return path


def export_pack(library: Path, target: Path, title: str) -> tuple[float, float]:
    """Export the pack in this process; returns how long it took, and its writing part."""
    writing: list[float] = []

    def timed(path: Path, write: Callable[[Path], None]) -> Path:
        def timed_write(temporary: Path) -> None:
            started = time.perf_counter()
            write(temporary)
            writing.append(time.perf_counter() - started)

        return atomic.write_atomically(path, timed_write)

    store = open_library(library)
    try:
        themes = tuple(find_theme(store, name).id for name in PACK_THEMES)
        spec = BriefingSpec(title=title, theme_ids=themes).check()
        started = time.perf_counter()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(docx_export, "write_atomically", timed)
            patch.setattr(pdf_export, "write_atomically", timed)
            export_briefing(store, spec, target, target.suffix[1:])
        return time.perf_counter() - started, writing[0]
    finally:
        store.close()


def assert_complete_export(target: Path, title: str) -> None:
    if target.suffix == ".pdf":
        reader = PdfReader(target)
        assert len(reader.pages) > 3
        text = "".join(page.extract_text() for page in reader.pages)
    else:
        text = "\n".join(paragraph.text for paragraph in Document(str(target)).paragraphs)
    assert title in text and "Sancties" in text


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_killed_while_exporting_over_an_earlier_file(
    fmt: str, export_library: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Documenten"
    folder.mkdir()
    target = folder / f"Briefingpakket Oost-Europa.{fmt}"
    total, writing = export_pack(export_library, target, "Het pakket van vorige week")
    earlier = target.read_bytes()  # the user's file, from last week
    plans = [("started", total), ("writing", writing), ("writing", writing), ("written", 0.01)]
    outcomes = []
    for signal_line, longest in plans:
        target.write_bytes(earlier)
        args = (str(export_library), str(target), PACK_TITLE, *PACK_THEMES)
        with Child(EXPORTER, *args) as child:
            delay = kill_after(child, signal_line, longest)
        moment = f"killed {delay:.2f} s after '{signal_line}'"
        visible = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
        assert visible == [target.name], moment
        for leftover in folder.iterdir():  # hidden, and no viewer takes it for a PDF or docx
            if leftover != target:
                assert leftover.name.startswith(".") and leftover.suffix == TEMPORARY_SUFFIX
        if target.read_bytes() == earlier:
            outcomes.append("earlier")
        else:
            assert_complete_export(target, PACK_TITLE)
            outcomes.append("new")
        remove_stale_temporaries(folder)  # what the next export does first
        assert sorted(p.name for p in folder.iterdir()) == [target.name], moment
    # A leftover of a killed export is removed by the next export into the folder.
    leftover = folder / f".{target.name}.999999999-abc123{TEMPORARY_SUFFIX}"
    leftover.write_bytes(b"half a file")
    export_pack(export_library, target, PACK_TITLE)
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert_complete_export(target, PACK_TITLE)
