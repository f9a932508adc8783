"""A damaged database, backups, restoring one, and two Briefers on one database.

Real files and real processes throughout: the database is damaged by writing
into the file, a second Briefer is a second Python process.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from briefer.app import open_library
from briefer.core.errors import DamagedDatabaseError, LibraryInUseError, StoreError
from briefer.core.notes import get_note, save_note
from briefer.core.store.database import BACKUPS_KEPT, list_backups
from briefer.core.store.integrity import (
    DAILY,
    backup_time,
    daily_backup,
    describe_time,
    quick_check,
    restore_backup,
)
from briefer.core.store.lock import lock_path
from briefer.core.themes import find_theme
from tests.conftest import run_briefer_process
from tests.hardening.processes import Child

# --- helpers ----------------------------------------------------------------------------------


def library_with_backup(db_path: Path, note: str = "Notitie van gisteren") -> Path:
    """A seeded library with a note, its daily backup, and then one more note."""
    store = open_library(db_path)  # new: seeded, no backup (there is nothing to lose yet)
    save_note(store, note, theme_id=find_theme(store, "China").id)
    store.close()
    store = open_library(db_path)  # the first start of the day on an existing library
    save_note(store, note + " en vandaag", theme_id=find_theme(store, "China").id)
    store.close()
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].name.endswith(f"-{DAILY}.sqlite")
    return backups[0]


def write_garbage(path: Path, offset: int, size: int = 4096) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(random.Random(offset).randbytes(size))


def china_note(db_path: Path) -> str:
    store = open_library(db_path)
    try:
        return get_note(store, theme_id=find_theme(store, "China").id).body
    finally:
        store.close()


DAMAGES = {
    "garbage in the middle": lambda path: write_garbage(path, path.stat().st_size // 2),
    "garbage a third in": lambda path: write_garbage(path, path.stat().st_size // 3),
    "garbage near the end": lambda path: write_garbage(path, path.stat().st_size - 5000),
    "cut in half": lambda path: os.truncate(path, path.stat().st_size // 2),
    "cut to one page": lambda path: os.truncate(path, 4096),
    "cut inside the header": lambda path: os.truncate(path, 50),
    "emptied": lambda path: os.truncate(path, 0),
    "not SQLite at all": lambda path: path.write_bytes(b"Dit is geen database.\n" * 100),
}


# --- the check at start -----------------------------------------------------------------------


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_database_is_refused_naming_the_newest_backup(damage: str, db_path: Path) -> None:
    backup = library_with_backup(db_path)
    DAMAGES[damage](db_path)
    before = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as raised:
        open_library(db_path)
    error = raised.value
    message = str(error)
    assert message.startswith(f"{db_path}: ")
    assert "beschadigd" in message or "geen Briefer-database" in message
    when = describe_time(backup_time(backup))
    assert f"de nieuwste reservekopie is van {when} ({backup})" in message
    assert "briefer restore" in message and "\n" not in message
    assert error.backups == [backup] and error.database == db_path and error.problem
    # never a new, empty library in its place, and no lock left behind
    assert db_path.read_bytes() == before
    assert not lock_path(db_path).exists()


def test_the_message_says_so_when_there_is_no_backup(db_path: Path) -> None:
    open_library(db_path).close()
    write_garbage(db_path, db_path.stat().st_size // 2)
    with pytest.raises(DamagedDatabaseError, match="er is geen reservekopie") as raised:
        open_library(db_path)
    assert raised.value.backups == []


def test_an_empty_file_without_backups_is_an_interrupted_first_start(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    store = open_library(db_path)
    store.close()
    assert quick_check(db_path) is None and db_path.stat().st_size > 0


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_database_is_a_plain_error(db_path: Path) -> None:
    open_library(db_path).close()
    db_path.chmod(0)
    try:
        with pytest.raises(StoreError, match="kan niet worden gelezen"):
            open_library(db_path)
    finally:
        db_path.chmod(0o644)


def test_the_command_line_says_it_in_one_line(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    write_garbage(db_path, db_path.stat().st_size // 2)
    for command in (["letters"], ["search", "China"], ["import", "x.txt"]):
        result = run_briefer_process("--db", str(db_path), *command)
        assert result.code == 1, result
        assert "Traceback" not in result.err
        lines = result.err.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"fout: {db_path}: de database is beschadigd (SQLite: ")
        assert str(backup) in lines[0] and describe_time(backup_time(backup)) in lines[0]


# --- daily backups --------------------------------------------------------------------------


def test_one_backup_a_day_and_none_for_a_new_library(db_path: Path) -> None:
    open_library(db_path).close()
    assert list_backups(db_path) == []  # a new library: nothing to back up yet
    open_library(db_path).close()
    open_library(db_path).close()
    backups = list_backups(db_path)
    assert len(backups) == 1
    assert backup_time(backups[0]).date() == date.today()
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM passages").fetchone()[0] == 84


def test_the_next_day_makes_the_next_backup_and_ten_are_kept(db_path: Path) -> None:
    open_library(db_path).close()
    folder = db_path.parent / "backups"
    folder.mkdir()
    start = datetime.now() - timedelta(days=20)
    for day in range(12):  # twelve older daily backups
        stamp = (start + timedelta(days=day)).strftime("%Y%m%d-%H%M%S-000000")
        shutil.copy(db_path, folder / f"briefer-{stamp}-{DAILY}.sqlite")
    store = open_library(db_path)
    store.close()
    backups = list_backups(db_path)
    assert len(backups) == BACKUPS_KEPT
    assert backup_time(backups[-1]).date() == date.today()
    assert backup_time(backups[0]).date() == (start + timedelta(days=3)).date()
    store = open_library(db_path)
    assert daily_backup(store) is None  # today's exists
    assert daily_backup(store, date.today() + timedelta(days=1)) is not None
    store.close()


def test_readers_make_no_backup(db_path: Path) -> None:
    open_library(db_path).close()
    open_library(db_path, lock=False).close()
    assert list_backups(db_path) == []


# --- restoring ------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    write_garbage(db_path, db_path.stat().st_size // 2)
    damaged = db_path.read_bytes()
    aside = restore_backup(db_path, backup)
    assert aside is not None and aside.parent == db_path.parent
    assert aside.name.startswith("briefer.sqlite.damaged-")
    assert aside.read_bytes() == damaged  # moved, never deleted
    assert quick_check(db_path) is None
    assert china_note(db_path) == "Notitie van gisteren"  # the state of the backup
    assert backup.exists()  # the backup itself stays
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(".")) == []


def test_restore_over_a_whole_database_calls_it_replaced(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    aside = restore_backup(db_path, backup)
    assert aside is not None and ".replaced-" in aside.name
    assert quick_check(aside) is None
    assert china_note(db_path) == "Notitie van gisteren"


def test_restore_moves_the_write_ahead_log_aside_too(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"stale write-ahead log of the damaged file")
    aside = restore_backup(db_path, backup)
    assert aside is not None
    assert not wal.exists()
    assert aside.with_name(aside.name + "-wal").read_bytes().startswith(b"stale")
    assert china_note(db_path) == "Notitie van gisteren"


def test_a_damaged_backup_is_not_restored(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    write_garbage(backup, backup.stat().st_size // 2)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="reservekopie is niet bruikbaar"):
        restore_backup(db_path, backup)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backups", "briefer.sqlite"]


def test_restore_when_the_database_is_gone(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    db_path.unlink()
    assert restore_backup(db_path, backup) is None
    assert china_note(db_path) == "Notitie van gisteren"


def test_briefer_restore_on_the_command_line(db_path: Path) -> None:
    backup = library_with_backup(db_path)
    listing = run_briefer_process("--db", str(db_path), "restore", "--list")
    assert listing.code == 0
    assert listing.out == f"{describe_time(backup_time(backup)):24}  {backup}\n"
    write_garbage(db_path, db_path.stat().st_size // 2)
    result = run_briefer_process("--db", str(db_path), "restore")
    assert result.code == 0, result.err
    when = describe_time(backup_time(backup))
    assert result.out.startswith(f"{db_path}: de reservekopie van {when} is teruggezet\n")
    assert "het vorige bestand is bewaard als " in result.out and ".damaged-" in result.out
    assert china_note(db_path) == "Notitie van gisteren"
    again = run_briefer_process("restore", "--db", str(db_path), "--backup", str(backup))
    assert again.code == 0 and ".replaced-" in again.out


def test_restore_without_backups_says_so(db_path: Path) -> None:
    open_library(db_path).close()
    listing = run_briefer_process("--db", str(db_path), "restore", "--list")
    assert listing.out.startswith("Er zijn nog geen reservekopieën")
    result = run_briefer_process("--db", str(db_path), "restore")
    assert result.code == 1
    assert result.err == f"fout: {db_path}: er is geen reservekopie om terug te zetten\n"


# --- a second Briefer on the same database --------------------------------------------------

HOLDER = """
import sys
from briefer.app import open_library
from briefer.core.notes import save_note
store = open_library(sys.argv[1])
print("open", flush=True)
count = 0
for line in sys.stdin:  # each line: save a note version (writing while others read)
    count += 1
    save_note(store, f"versie {count}", theme_id=1)
    print("saved", count, flush=True)
store.close()
print("closed", flush=True)
"""


def test_a_second_briefer_is_refused_politely(db_path: Path) -> None:
    open_library(db_path).close()
    with Child(HOLDER, str(db_path)) as holder:
        holder.wait_for("open")
        assert lock_path(db_path).read_text(encoding="ascii").strip() == str(holder.pid)
        with pytest.raises(LibraryInUseError) as raised:
            open_library(db_path)
        expected = f"Briefer is al geopend op deze database (proces {holder.pid})"
        assert str(raised.value) == f"{db_path}: {expected}"
        assert raised.value.pid == holder.pid
        for command in (
            ["import", str(db_path)],
            ["note", "China", "--set", "Tekst"],
            ["theme", "add", "Arctis"],
            ["restore"],
        ):
            result = run_briefer_process("--db", str(db_path), *command)
            assert result.code == 1, (command, result)
            assert result.err == f"fout: {db_path}: {expected}\n", command
        backups = list_backups(db_path)  # the holder made the day's backup
        assert len(backups) == 1
        with pytest.raises(LibraryInUseError):
            restore_backup(db_path, backups[0])
        assert holder.finish() == 0
        assert holder.rest()[-1] == "closed"
    assert not lock_path(db_path).exists()
    open_library(db_path).close()  # free again


def test_commands_that_only_read_run_beside_the_window(db_path: Path) -> None:
    open_library(db_path).close()
    readers = [
        ["letters"],
        ["outline", "35 925 V, nr. 84"],
        ["themes"],
        ["passages", "--theme", "China"],
        ["search", "Oekraïne"],
        ["briefings"],
        ["note", "China"],
        ["points", "China"],
    ]
    with Child(HOLDER, str(db_path)) as holder:
        holder.wait_for("open")
        for number, command in enumerate(readers, start=1):
            assert holder.process.stdin is not None
            holder.process.stdin.write("save\n")  # the holder writes while we read
            holder.process.stdin.flush()
            result = run_briefer_process("--db", str(db_path), *command)
            assert result.code == 0, (command, result.err)
            assert result.err == ""
            holder.wait_for(f"saved {number}")
        note = run_briefer_process("--db", str(db_path), "note", "Rusland")  # theme 1
        assert note.out == f"versie {len(readers)}\n"  # sees what the holder committed
        assert holder.finish() == 0


def test_a_lock_left_by_a_killed_briefer_is_taken_over(db_path: Path) -> None:
    open_library(db_path).close()
    with Child(HOLDER, str(db_path)) as holder:
        holder.wait_for("open")
        holder.kill()
    assert lock_path(db_path).read_text(encoding="ascii").strip() == str(holder.pid)
    store = open_library(db_path)  # the process is gone, and with it its lock
    assert lock_path(db_path).read_text(encoding="ascii").strip() == str(os.getpid())
    store.close()
    assert not lock_path(db_path).exists()


def test_one_process_shares_its_lock_between_stores(db_path: Path) -> None:
    first = open_library(db_path)
    second = open_library(db_path)  # e.g. a worker's own store in the window
    first.close()
    assert lock_path(db_path).exists()
    with Child(HOLDER, str(db_path)) as other:
        with pytest.raises(AssertionError, match="ended before"):
            other.wait_for("open")
        assert "Briefer is al geopend op deze database" in other.stderr()
    second.close()
    assert not lock_path(db_path).exists()
