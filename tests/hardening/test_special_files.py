"""A name that points at no regular file: a device, a FIFO, a socket.

``ln -s /dev/urandom x.pdf; briefer import x.pdf`` read without end (7.7 GB in
40 s); ``mkfifo f.txt; briefer import f.txt`` hung in open() for ever. Now each
is refused with one line naming the file, without reading it, alone or in a
folder beside good letters. A file is read with a size limit (also one that
says it is empty and is not) and a time limit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.ingest import reader
from briefer.ingest.errors import LetterImportError
from briefer.ingest.reader import read_bytes
from tests.conftest import BUNDLED_LETTER, database_snapshot
from tests.hardening.processes import REPO, child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="devices, FIFOs and sockets: POSIX")

DEVICE = "is geen gewoon bestand maar een apparaat; dat wordt niet gelezen"
FIFO = "is geen gewoon bestand maar een pipe (FIFO); die wordt niet gelezen"
SOCKET = "is geen gewoon bestand maar een socket; die wordt niet gelezen"


@pytest.fixture
def specials(tmp_path: Path) -> Iterator[dict[str, tuple[Path, str]]]:
    folder = tmp_path / "vreemd"
    folder.mkdir()
    (folder / "x.pdf").symlink_to("/dev/urandom")  # a device says it is 0 bytes, never ends
    (folder / "nul.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "f.txt")  # open() waits for a writer that never comes
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "s.md"))
    yield {
        "device as .pdf": (folder / "x.pdf", DEVICE),
        "device as .txt": (folder / "nul.txt", DEVICE),
        "FIFO": (folder / "f.txt", FIFO),
        "socket": (folder / "s.md", SOCKET),
    }
    server.close()


def briefer(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line, which must end by itself (a hang fails the test)."""
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_each_is_refused_with_one_line(specials, db_path: Path) -> None:
    assert briefer("--db", str(db_path), "letters").returncode == 0
    before = database_snapshot(db_path)
    for case, (path, problem) in specials.items():
        result = briefer("--db", str(db_path), "import", str(path))
        assert result.returncode == 1, (case, result)
        assert result.stderr == f"fout: {path}: {problem}\n", case
        assert result.stdout == ""
    assert database_snapshot(db_path) == before


def test_in_a_folder_beside_good_letters_each_gets_its_line(
    specials, db_path: Path, tmp_path: Path
) -> None:
    folder = next(iter(specials.values()))[0].parent
    good = folder / "brief.txt"
    good.write_text(BUNDLED_LETTER.read_text(encoding="utf-8").replace("nr. 84", "nr. 88"))
    result = briefer("--db", str(db_path), "import", str(folder))
    assert result.returncode == 1, result
    assert result.stdout.startswith("brief.txt: ") and "[geïmporteerd]" in result.stdout
    lines = sorted(result.stderr.splitlines())
    assert lines == sorted(f"fout: {path}: {problem}" for path, problem in specials.values())


def test_nothing_is_opened_for_reading_but_a_regular_file(specials) -> None:
    for path, problem in specials.values():
        with pytest.raises(LetterImportError) as raised:
            read_bytes(path)
        assert raised.value.problem == problem


def test_a_file_larger_than_it_says_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """/proc files say they are empty and are not: read on, but never past the limit."""
    status = Path("/proc/self/maps")
    if not status.is_file() or status.stat().st_size != 0:
        pytest.skip("needs Linux's /proc")
    assert b"[stack]" in read_bytes(status)  # under the limit: read whole
    monkeypatch.setattr(reader, "MAX_TEXT_BYTES", 64)
    with pytest.raises(LetterImportError, match="groter dan de grens"):
        read_bytes(status)


def test_a_file_that_takes_too_long_to_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deadline is looked at after each chunk; set to nothing, the first one is too late."""
    path = tmp_path / "traag.txt"
    path.write_bytes(BUNDLED_LETTER.read_bytes())
    monkeypatch.setattr("briefer.input_files.READ_SECONDS", -1.0)
    with pytest.raises(LetterImportError, match="kan niet binnen"):
        read_bytes(path)
