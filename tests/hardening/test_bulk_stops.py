"""A bulk import stopped in any way: what it reported is stored, it says what is not.

The real command line imports a folder of letters in a child process (worker
processes and all); once it has reported its first letter, it is stopped at a
random moment: killed without warning (SIGKILL), asked to end (SIGTERM), or
Ctrl-C as a terminal sends it (SIGINT to the whole process group). Then:

- every letter it reported as imported is in the library (it is reported only
  once its transaction has committed);
- stopped by a signal it can answer, it says how many letters were stored and
  names each file that was not, and those are exactly the files missing;
- its worker processes end with it, also when it was killed;
- the library is whole.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from briefer.app import open_library
from tests.conftest import BUNDLED_LETTER
from tests.hardening.processes import Child, children_of, wait_until_gone
from tests.hardening.test_crash_safety import assert_database_whole

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")

COUNT = 240  # the import takes about two seconds after its first letter here
BRIEFER = """
import faulthandler, signal, sys
faulthandler.register(signal.SIGUSR1, all_threads=True)  # Child.wait_or_show_where
from briefer.cli import main
sys.exit(main(sys.argv[1:]))
"""
IMPORTED = "[geïmporteerd]"


def letter_folder(folder: Path, count: int = COUNT) -> list[Path]:
    """Versions of the bundled letter under other kamerstuk numbers."""
    folder.mkdir(parents=True)
    text = BUNDLED_LETTER.read_text(encoding="utf-8")
    made = []
    for number in range(count):
        path = folder / f"brief-{number:03d}.txt"
        body = text.replace("nr. 84", f"nr. {500 + number}")
        path.write_text(body.replace("Kremlin", f"Kremlin{number}", 1), encoding="utf-8")
        made.append(path)
    return made


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "briefer.sqlite"
    open_library(path).close()
    return path


def stored_files(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT source_name FROM letters WHERE NOT bundled")
        return {name for (name,) in rows}


def reported_files(lines: list[str]) -> list[str]:
    return [line.split(": ", 1)[0] for line in lines if line.endswith(IMPORTED)]


def stop(child: Child, how: str) -> None:
    if how == "SIGKILL":
        child.kill()
    elif how == "SIGTERM":
        os.kill(child.pid, signal.SIGTERM)
    else:  # Ctrl-C in a terminal: SIGINT to every process of the foreground group
        os.killpg(child.pid, signal.SIGINT)


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "Ctrl-C"])
def test_a_stopped_bulk_import_reported_only_what_it_stored(
    how: str, seeded: Path, tmp_path: Path
) -> None:
    database = tmp_path / "bibliotheek" / "briefer.sqlite"
    database.parent.mkdir()
    shutil.copy(seeded, database)
    files = letter_folder(tmp_path / "brieven")
    args = ("--db", str(database), "import", str(tmp_path / "brieven"))
    with Child(BRIEFER, *args, new_session=True) as child:
        child.wait_for("brief-")  # the first letter reported
        workers = children_of(child.pid)  # the parsing processes and their resource tracker
        # A moment within the import, well before its end on a machine twice as fast.
        time.sleep(random.uniform(0, 0.5))
        stop(child, how)
        code = child.wait_or_show_where(120)
        # Before reading the rest of its output: a worker left running holds the pipes.
        left = wait_until_gone(workers)
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        assert workers, "the import ran no worker processes"
        assert left == [], f"worker processes outlived the import ({how})"
        lines = child.every_line()
        err = child.stderr()
    moment = f"{how} after {len(reported_files(lines))} reported"
    stored = stored_files(database)
    reported = reported_files(lines)
    assert set(reported) <= stored, f"reported but not stored: {set(reported) - stored} ({moment})"
    assert_database_whole(database)
    if how == "SIGKILL":
        return  # nothing can speak after SIGKILL: what it reported is what it promised
    assert "Traceback" not in err, err
    assert code == (143 if how == "SIGTERM" else 130), (code, err)
    assert set(reported) == stored, moment  # answered: everything stored was named
    names = [line for line in err.splitlines() if not line.startswith("niet opgeslagen: ")]
    summary = [line for line in names if line.startswith("fout: ")]
    signal_name = "SIGTERM" if how == "SIGTERM" else "Ctrl-C"
    assert summary == [
        f"fout: de import is afgebroken ({signal_name}); {len(stored)} van {COUNT} brieven "
        f"zijn opgeslagen, {COUNT - len(stored)} niet"
    ], err
    not_stored = [
        line.split(": ", 1)[1] for line in err.splitlines() if "niet opgeslagen: " in line
    ]
    assert not_stored == [str(path) for path in files if path.name not in stored], moment
