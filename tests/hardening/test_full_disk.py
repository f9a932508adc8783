"""A full disk, a read-only library file or folder, a lock file that cannot be written.

Every write error of the store is one line that names the file and the cause,
never a traceback or SQLAlchemy's statement, and the library stays exactly as
it was (compared row by row once the disk has room again). The disk is really
full: a small tmpfs mounted for the test and filled up (as root), and, which
runs anywhere on POSIX, a child whose file size limit makes a write past it
fail (EFBIG) as a full disk does. Read-only is a read-only bind mount (root)
or the file's modes (anyone else).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.store.lock import lock_path
from tests.conftest import BUNDLED_LETTER, database_snapshot, run_briefer_process
from tests.hardening.filesystems import (
    briefer_with_file_limit,
    fill,
    read_only,
    small_disk,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="full and read-only disks: POSIX")

LONG_NOTE = "Een lange notitie over de Westelijke Balkan. " * 2500  # about 110 kB


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "briefer.sqlite"
    open_library(path).close()
    return path


def letters(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    made = []
    for number in range(count):
        path = folder / f"brief-{number}.txt"
        path.write_text(text.replace("nr. 84", f"nr. {300 + number}"), encoding="utf-8")
        made.append(path)
    return made


def _folder(err: str) -> list[Path]:
    named = [Path(line.split(": ", 1)[1]) for line in err.splitlines() if "niet opgeslagen" in line]
    return sorted(named[0].parent.glob("*.txt"))


def commands(tmp_path: Path, *, small: bool = False) -> dict[str, list[str]]:
    """What a user does that writes: a note, one letter, many letters (and, ``small``,
    a theme: a write too small to fill a disk, but not too small for a read-only file)."""
    one = letters(tmp_path / "een", 1)[0]
    letters(tmp_path / "map", 3)
    return {
        "note --append": ["note", "China", "--append", LONG_NOTE],
        "import a letter": ["import", str(one)],
        "import a folder": ["import", str(tmp_path / "map")],
        **({"theme add": ["theme", "add", "Arctis"]} if small else {}),
    }


def assert_one_line(err: str, database: Path, *causes: str) -> str:
    """One line with the cause; a stopped bulk import then names each file not stored."""
    assert "Traceback" not in err and "sqlalche.me" not in err and "[SQL" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    named = [line for line in lines if line.startswith("niet opgeslagen: ")]
    lines = [line for line in lines if line not in named]
    if named:
        assert "0 van 3 brieven zijn opgeslagen, 3 niet" in lines[0]
        assert named == [f"niet opgeslagen: {path}" for path in sorted(_folder(err))]
    assert len(lines) == 1, err
    assert lines[0].startswith(f"fout: {database}"), lines[0]
    assert any(cause in lines[0] for cause in causes), lines[0]
    return lines[0]


@pytest.mark.parametrize("action", ["note --append", "import a letter", "import a folder"])
def test_a_full_disk_is_one_line_and_changes_nothing(
    action: str, seeded: Path, tmp_path: Path
) -> None:
    disk = tmp_path / "schijf"
    command = commands(tmp_path)[action]
    with small_disk(disk, megabytes=8):
        database = disk / "briefer.sqlite"
        shutil.copy(seeded, database)
        open_library(database).close()  # today's backup is made: the start needs no room
        before = database_snapshot(database)
        filler = fill(disk, leave_kb=96)  # room to open, no room for the change
        result = run_briefer_process("--db", str(database), *command)
        assert result.code == 1, result
        assert_one_line(result.err, database, "de schijf is vol")
        assert result.out == ""
        filler.unlink()
        assert database_snapshot(database) == before


def test_a_disk_full_before_the_start_is_one_line_too(seeded: Path, tmp_path: Path) -> None:
    """No room even for the lock's process id or SQLite's index of its log (-shm)."""
    disk = tmp_path / "schijf"
    with small_disk(disk, megabytes=8):
        database = disk / "briefer.sqlite"
        shutil.copy(seeded, database)
        open_library(database).close()
        before = database_snapshot(database)
        filler = fill(disk, leave_kb=0)
        result = run_briefer_process("--db", str(database), "note", "China", "--append", "Nu")
        assert result.code == 1, result
        line = assert_one_line(result.err, database, "de schijf is vol")
        assert "details in" not in line  # no log to point to: it could not be written
        reading = run_briefer_process("--db", str(database), "letters")  # may still work
        assert reading.code == 0 or assert_one_line(reading.err, database, "de schijf is vol")
        filler.unlink()
        assert database_snapshot(database) == before
        assert not lock_path(database).exists()


def test_a_write_past_the_file_size_limit_is_one_line(seeded: Path, tmp_path: Path) -> None:
    """RLIMIT_FSIZE: every write past the limit fails (EFBIG), as on a full disk; no mount."""
    database = tmp_path / "bibliotheek" / "briefer.sqlite"
    database.parent.mkdir()
    shutil.copy(seeded, database)
    open_library(database).close()
    before = database_snapshot(database)
    for action, command in commands(tmp_path).items():
        # The write-ahead log may grow 64 kB: a long note or a letter does not fit.
        code, out, err = briefer_with_file_limit(64 * 1024, "--db", str(database), *command)
        assert code == 1 and out == "", (action, out, err)
        assert_one_line(err, database, "schrijffout", "de schijf is vol")
    assert database_snapshot(database) == before


def test_a_read_only_library_file_is_one_line(seeded: Path, tmp_path: Path) -> None:
    database = tmp_path / "bibliotheek" / "briefer.sqlite"
    database.parent.mkdir()
    shutil.copy(seeded, database)
    open_library(database).close()
    before = database_snapshot(database)
    with read_only(database):
        for action, command in commands(tmp_path, small=True).items():
            result = run_briefer_process("--db", str(database), *command)
            assert result.code == 1, (action, result)
            assert_one_line(result.err, database, "alleen-lezen")
        reading = run_briefer_process("--db", str(database), "note", "China")
        assert reading.code in (0, 1) and "Traceback" not in reading.err
    assert database_snapshot(database) == before


def test_a_read_only_library_folder_is_one_line_naming_the_lock(
    seeded: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "bibliotheek"
    folder.mkdir()
    database = folder / "briefer.sqlite"
    shutil.copy(seeded, database)
    open_library(database).close()
    before = database_snapshot(database)
    with read_only(folder):
        for action, command in commands(tmp_path, small=True).items():
            result = run_briefer_process("--db", str(database), *command)
            assert result.code == 1, (action, result)
            line = assert_one_line(result.err, database, "alleen-lezen", "geen toestemming")
            assert "briefer.sqlite.lock" in line
    assert database_snapshot(database) == before


def test_a_lock_file_that_cannot_be_written_is_one_line(seeded: Path, tmp_path: Path) -> None:
    database = tmp_path / "bibliotheek" / "briefer.sqlite"
    database.parent.mkdir()
    shutil.copy(seeded, database)
    open_library(database).close()
    before = database_snapshot(database)
    lock = lock_path(database)
    lock.write_text("", encoding="ascii")  # left behind by a Briefer, then made read-only
    with read_only(lock):
        result = run_briefer_process("--db", str(database), "note", "China", "--set", "Tekst")
        assert result.code == 1, result
        line = assert_one_line(result.err, database, "alleen-lezen", "geen toestemming")
        assert "het slotbestand briefer.sqlite.lock" in line
    assert database_snapshot(database) == before
