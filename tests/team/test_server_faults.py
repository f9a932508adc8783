"""A team library when the server fails: stopped during a bulk import, refusing a
user without rights, out of disk space. Real servers (tests/pg_cluster.py): the
session's cluster where nothing is stopped, a cluster of their own where one is.

Each time: one line with the server's own words, no traceback, and nothing half
stored; a bulk import keeps (and names) the letters it committed before.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_briefer_process
from tests.hardening.filesystems import fill, small_disk
from tests.hardening.processes import Child, child_env, children_of, wait_until_gone
from tests.hardening.test_bulk_stops import BRIEFER, letter_folder, reported_files
from tests.pg_cluster import Cluster, find_bin_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the test servers run on Unix")


def own_cluster(parent: Path | None = None) -> Cluster:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no initdb); apt-get install postgresql")
    cluster = Cluster(bin_dir, parent)
    try:
        cluster.start()
    except OSError as exc:
        cluster.stop()
        pytest.skip(f"a throw-away PostgreSQL cluster could not be started: {exc}")
    return cluster


@pytest.fixture
def stoppable() -> Iterator[Cluster]:
    """A cluster of this test's own, which it may stop."""
    cluster = own_cluster()
    yield cluster
    cluster.stop()


def letters_on(url: str) -> list[str]:
    result = run_briefer_process("--db", url, "letters", "--json")
    assert result.code == 0, result.err
    return [row["source"] for row in json.loads(result.out)]


def database_name(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


def test_a_server_lost_during_a_bulk_import_keeps_and_names_what_was_stored(
    stoppable: Cluster, tmp_path: Path
) -> None:
    url = stoppable.create_database()
    assert run_briefer_process("--db", url, "letters").code == 0  # set up and seeded
    files = letter_folder(tmp_path / "brieven", 60)
    with Child(BRIEFER, "--db", url, "import", str(tmp_path / "brieven")) as child:
        child.wait_for("brief-")  # the first letters are committed and reported
        workers = children_of(child.pid)
        stoppable.halt()  # the server goes away in the middle of the import
        code = child.wait_or_show_where(120)
        assert wait_until_gone(workers) == [], "worker processes outlived the import"
        lines = child.every_line()
        err = child.stderr()
    reported = reported_files(lines)
    assert code == 1, err
    assert "Traceback" not in err and "PendingRollbackError" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("fout: ")]
    assert len(errors) == 1, err
    assert "de import is gestopt, de verbinding met de server is verbroken" in errors[0]
    assert f"{len(reported)} van {len(files)} brieven zijn opgeslagen" in errors[0]
    if "details in " in errors[0]:  # a log named in a message exists
        assert Path(errors[0].rsplit("details in ", 1)[1]).is_file()
    not_stored = [
        line.split(": ", 1)[1] for line in err.splitlines() if "niet opgeslagen: " in line
    ]
    stoppable.resume()
    stored = [name for name in letters_on(url) if name.startswith("brief-")]
    assert sorted(stored) == sorted(reported)  # what was reported is there, nothing more
    assert not_stored == [str(path) for path in files if path.name not in reported]


@pytest.fixture
def guest(pg_cluster) -> tuple[str, str, str]:
    """A set-up library, the URL of a role that may log in but was granted nothing, its name."""
    url = pg_cluster.create_database()
    assert run_briefer_process("--db", url, "note", "China", "--set", "Van de eigenaar").code == 0
    name = database_name(url)
    role = f"gast_{name}"  # roles belong to the whole cluster: one per test
    pg_cluster.psql(name, f"CREATE ROLE {role} LOGIN")
    return url, url.replace(f"//{pg_cluster.role}@", f"//{role}@"), role


def test_a_user_without_grants_reads_the_servers_own_words(guest: tuple[str, str, str]) -> None:
    _owner, url, _role = guest
    result = run_briefer_process("--db", url, "letters")
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "permission denied for table alembic_version" in lines[0], lines[0]
    assert "current transaction is aborted" not in lines[0]
    assert "vraag de beheerder" in lines[0] and "Traceback" not in result.err


def test_a_user_who_may_only_read_is_told_the_server_refuses_a_change(
    pg_cluster, guest: tuple[str, str, str]
) -> None:
    owner, url, role = guest
    pg_cluster.psql(database_name(owner), f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    reading = run_briefer_process("--db", url, "note", "China")
    assert reading.code == 0 and reading.out == "Van de eigenaar\n", reading.err
    for command in (["note", "China", "--set", "Van de gast"], ["theme", "add", "Arctis"]):
        result = run_briefer_process("--db", url, *command)
        assert result.code == 1, (command, result)
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, result.err
        assert "niet opgeslagen, de server weigert het (permission denied for table" in lines[0]
        assert "Traceback" not in result.err and "[SQL" not in result.err
    assert run_briefer_process("--db", owner, "note", "China").out == "Van de eigenaar\n"


def test_a_full_disk_on_the_server_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    # Outside tmp_path (owner-only): the server runs as another user and must reach it.
    disk = Path(tempfile.mkdtemp(prefix="briefer-serverschijf-"))
    try:
        with small_disk(disk, megabytes=160):
            disk.chmod(0o755)
            full_server_disk(disk, tmp_path)
    finally:
        disk.rmdir()


def full_server_disk(disk: Path, tmp_path: Path) -> None:
    """A server whose data is on ``disk``: a note, a letter and a folder that do not fit."""
    cluster = own_cluster(disk)
    try:
        url = cluster.create_database()
        assert run_briefer_process("--db", url, "note", "China", "--set", "Eerst").code == 0
        letter = letter_folder(tmp_path / "een", 1)[0]
        folder = tmp_path / "map"
        letter_folder(folder, 3)
        filler = fill(disk, leave_kb=64)
        # A long note that does not compress to nothing (the server compresses text).
        note = base64.b64encode(os.urandom(90_000)).decode("ascii")
        for command in (
            ["note", "China", "--set", note],
            ["import", str(letter)],
            ["import", str(folder)],
        ):
            result = run_briefer_process("--db", url, *command)
            assert result.code == 1, (command, result)
            assert "Traceback" not in result.err and "[SQL" not in result.err, result.err
            errors = [line for line in result.err.splitlines() if line.startswith("fout: ")]
            assert len(errors) == 1, result.err
            assert "de schijf van de server is vol" in errors[0], errors[0]
            assert "No space left on device" in errors[0] or "wrote only" in errors[0]
        filler.unlink()
        assert run_briefer_process("--db", url, "note", "China").out == "Eerst\n"
        assert [name for name in letters_on(url) if name.startswith("brief-")] == []
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


BROKEN_COMMAND = """
import sys
import briefer.cli.letters as letters


def broken(store):
    raise RuntimeError("een fout die geen commando voorzag")


letters.list_letters = broken  # a bug, for once: the one line and the log it names
from briefer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_message_names_the_log_only_when_it_was_written(library_db: str, tmp_path: Path) -> None:
    """On main a server library's unexpected error pointed to a briefer.log never written."""
    env = child_env(BRIEFER_DATA_DIR=str(tmp_path / "gegevens"))
    assert run_briefer_process("--db", library_db, "themes", env=env).code == 0
    with Child(BROKEN_COMMAND, "--db", library_db, "letters", env=env) as child:
        code = child.process.wait(timeout=120)
        err = child.stderr()
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("fout: onverwachte fout (RuntimeError: ")
    log = Path(lines[0].rsplit("details in ", 1)[1])
    assert log.is_file()
    written = log.read_text(encoding="utf-8")
    assert "RuntimeError (message withheld)" in written and "een fout die" not in written


@pytest.fixture
def mute_server() -> Iterator[str]:
    """A "server" on a Unix socket that takes connections and never answers (a server
    hung in its start, a half-open connection): the URL of a library on it."""
    folder = Path(tempfile.mkdtemp(prefix="briefer-mute-"))
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / ".s.PGSQL.5432"))
    listener.listen(8)
    taken: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                connection, _address = listener.accept()
            except OSError:
                return  # closed: the test is over
            taken.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield f"postgresql+psycopg://postgres@/briefer?host={folder}"
    listener.close()
    for connection in taken:
        connection.close()
    shutil.rmtree(folder, ignore_errors=True)


def test_a_server_that_never_answers_is_reported_not_waited_for(mute_server: str) -> None:
    started = time.monotonic()
    result = run_briefer_process("--db", mute_server, "letters")
    waited = time.monotonic() - started
    assert result.code == 1, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    assert "de server is niet bereikbaar" in lines[0], lines[0]
    assert "timeout" in lines[0], lines[0]
    assert waited < 120, f"waited {waited:.0f} s"  # libpq alone would wait for ever
