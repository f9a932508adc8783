"""The start-up rows: the usable window as a user sees it, and the commands without one.

    .venv/bin/python bench/startup.py [--repeats N] [--workdir DIR] [--only window cli]

Window: on a private Xvfb screen of 1366x768 (a laptop's), the screen is captured
about every 35 ms from the moment the process starts until it keeps one picture
for a second (bench/screen.py); the row is the moment it first showed that
picture: the library tree, the reader with the open letter and the workspace
painted ("visually complete"). Beside it, in the same run and interleaved, a
bare PySide6 window (QApplication and an empty QMainWindow shown) measured the
same way. With the bundled letter, 1,001 letters (the bench's large library)
and 10,000 letters (short ones, 2-6 pages); memory with 10,000 letters.

Commands: ``briefer letters`` and ``briefer search oekraine`` on the 1,001-letter
library against ``python -c "import sqlalchemy.orm"``, interleaved.

bench/run.py runs these as its start-up stage; run alone, this prints its own rows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from library import SHORT, letter_spec, load_template, write_letters  # noqa: E402
from measure import Row, child_env, median, ms, python_command, run_quiet, secs, verdict  # noqa: E402
from screen import Screen, Watched, watch_start, xvfb_display  # noqa: E402

HUGE = 10_000  # letters in the largest library
BUDGETS = {"start-bundled": 3.0, "start-large": 4.0, "start-huge": 4.0}
MEMORY_BUDGET_MB = 300
COMMAND_BUDGET = 1.5


def huge_library(work: Path, log: Callable[[str], None], count: int = HUGE) -> Path:
    """A library of ``count`` short letters (made once per work folder, by a bulk import)."""
    from briefer.app import open_library
    from briefer.core.importing.bulk import import_many

    database = work / "db" / f"huge-{count}.sqlite"
    if database.exists():
        return database
    folder = work / "letters-huge"
    start = time.perf_counter()
    chunks = [(folder, i, min(500, count - i)) for i in range(0, count, 500)]
    with ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
        list(pool.map(_write_short, *zip(*chunks, strict=True)))
    letters = [folder / letter_spec(SHORT + 50_000 + i).file_name for i in range(count)]
    making = database.with_suffix(".making")
    for old in making.parent.glob(making.name + "*"):
        old.unlink()
    making.parent.mkdir(parents=True, exist_ok=True)
    store = open_library(making)
    try:
        import_many(store, letters)
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(making) + suffix).unlink(missing_ok=True)
    making.rename(database)
    log(f"library of {count:,} short letters made in {time.perf_counter() - start:.0f} s")
    return database


def _write_short(folder: Path, start: int, count: int) -> None:
    # Numbered apart from the bench's other short letters: their own kamerstuk numbers.
    write_letters(folder, 50_000 + start, count, load_template(), short=True)


def bare_geometry(screen: Screen) -> str:
    """Where Briefer's first window goes on this screen: the bare window gets the same."""
    from PySide6.QtCore import QRect

    from briefer.ui.window_layout import first_geometry

    rect = first_geometry(QRect(0, 0, screen.width, screen.height))
    return f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"


class StartupBench:
    def __init__(self, work: Path, data_dir: Path, repeats: int, log: Callable[[str], None]):
        self.work = work
        self.data_dir = data_dir
        self.repeats = repeats
        self.log = log
        self.rows: list[Row] = []

    # -- the window --------------------------------------------------------------------------
    def measure_window(self, libraries: list[tuple[str, str, Path]]) -> None:
        """``libraries``: (key, label, database) for each row."""
        probe = str(BENCH / "window_probe.py")
        with xvfb_display() as display:
            if display is None:
                self.rows.append(
                    Row("start", "start-up on a real display", "not measured", note="no Xvfb")
                )
                return
            screen = Screen(display)
            geometry = bare_geometry(screen)
            bare = python_command(probe, "--reference", geometry)
            pictures = self.work / "screens"
            pictures.mkdir(exist_ok=True)
            try:
                for key, label, database in libraries:
                    # Each library its own settings and window layout (what was open).
                    env = child_env(self.data_dir / key, "xcb", DISPLAY=display)
                    watch_start(screen, bare, env)  # warm the file cache, write .pyc
                    watch_start(
                        screen, python_command(probe, str(database)), env, wait_for="filled"
                    )
                    self._window_row(screen, env, bare, probe, key, label, database, pictures)
            finally:
                screen.close()

    def _window_row(
        self,
        screen: Screen,
        env: dict[str, str],
        bare: list[str],
        probe: str,
        key: str,
        label: str,
        database: Path,
        pictures: Path,
    ) -> None:
        reference: list[Watched] = []
        runs: list[Watched] = []
        for attempt in range(self.repeats):  # interleaved: both see the same load
            reference.append(watch_start(screen, bare, env))
            last = attempt == self.repeats - 1
            runs.append(
                watch_start(
                    screen,
                    python_command(probe, str(database)),
                    env,
                    wait_for="filled",
                    final_picture=pictures / f"{key}.ppm" if last else None,
                )
            )
        ref = median([w.complete for w in reference])
        ours = median([w.complete for w in runs])
        ratio = ours / ref
        budget = BUDGETS[key]
        changes = median([w.changes for w in runs])
        filled = median([w.stamps["filled"] for w in runs])
        self.log(f"window on {label}: {ms(ours)} vs bare {ms(ref)} = {ratio:.1f} x")
        self.rows.append(
            Row(
                key,
                f"start to the usable window (visually complete: library tree, reader with the "
                f"open letter, workspace), {label}, real display (Xvfb 1366x768, xcb), "
                f"median of {self.repeats}",
                secs(ours),
                reference=f"bare PySide6 window {secs(ref)}",
                ratio=f"{ratio:.1f}",
                budget=f"<= {budget:.0f} x bare window",
                result=verdict(ratio <= budget),
                note=f"screen captured every 35 ms until it kept one picture for 1 s; "
                f"{changes:.0f} picture(s) on the way; the window reported itself filled "
                f"at {secs(filled)}",
                data={
                    "runs": [w.complete for w in runs],
                    "first_change_runs": [w.first_change for w in runs],
                    "filled_runs": [w.stamps.get("filled") for w in runs],
                    "reference_runs": [w.complete for w in reference],
                    "changes": [w.changes for w in runs],
                    "rss_kib": [int(w.lines.get("rss", 0)) for w in runs],
                },
            )
        )
        if key == "start-huge":
            peak = median([int(w.lines["rss"]) / 1024 for w in runs])
            ref_rss = median([int(w.lines["rss"]) / 1024 for w in reference])
            self.rows.append(
                Row(
                    "memory-huge",
                    f"peak memory (max RSS), window open on {label}",
                    f"{peak:.0f} MB",
                    reference=f"bare PySide6 window {ref_rss:.0f} MB",
                    budget=f"<= {MEMORY_BUDGET_MB} MB",
                    result=verdict(peak <= MEMORY_BUDGET_MB),
                    note="read when the window is closed, after it kept one picture for 1 s "
                    "(the ORM and the other panels loaded by then)",
                    data={"runs_mb": [int(w.lines["rss"]) / 1024 for w in runs]},
                )
            )

    # -- the commands ----------------------------------------------------------------------
    def measure_commands(self, database: Path, label: str) -> None:
        env = child_env(self.data_dir)
        reference_command = python_command("-c", "import sqlalchemy.orm")
        commands = [
            ("cli-letters", "briefer letters", ["letters"]),
            ("cli-search", "briefer search oekraine", ["search", "oekraine"]),
        ]
        for _key, _name, args in commands:  # warm up: .pyc and file cache
            run_quiet(python_command("-m", "briefer", "--db", str(database), *args), env)
        run_quiet(reference_command, env)
        times: dict[str, list[float]] = {key: [] for key, _n, _a in commands}
        reference: list[float] = []
        for _ in range(self.repeats * 2):  # interleaved
            reference.append(run_quiet(reference_command, env))
            for key, _name, args in commands:
                command = python_command("-m", "briefer", "--db", str(database), *args)
                times[key].append(run_quiet(command, env))
        ref = median(reference)
        for key, name, _args in commands:
            ours = median(times[key])
            ratio = ours / ref
            self.log(f"{name}: {ms(ours)} vs import sqlalchemy.orm {ms(ref)} = {ratio:.2f} x")
            self.rows.append(
                Row(
                    key,
                    f"`{name}` on {label}, the whole process, median of {len(times[key])}",
                    ms(ours),
                    reference=f"python -c 'import sqlalchemy.orm' {ms(ref)}",
                    ratio=f"{ratio:.2f}",
                    budget=f"<= {COMMAND_BUDGET} x",
                    result=verdict(ratio <= COMMAND_BUDGET),
                    note="no Qt and no window module loaded (tests/test_layers.py), "
                    "and no ORM for these two",
                    data={"runs": times[key], "reference_runs": reference},
                )
            )


def fresh_library(work: Path, name: str) -> Path:
    """A new database with the default themes and the bundled letter (as on first start)."""
    from briefer.app import open_library

    path = work / "db" / f"{name}.sqlite"
    for old in path.parent.glob(f"{name}.sqlite*"):
        old.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    # new_library: an earlier run's backups stand beside it, which would otherwise make
    # the missing file a library to restore (issue 20), not one to start again.
    open_library(path, new_library=True).close()
    return path


def large_library(work: Path, count: int) -> Path:
    """The bench's large library (1,000 generated letters and the bundled one), kept."""
    from briefer.app import open_library
    from briefer.core.importing.bulk import import_many

    database = work / "db" / "large.sqlite"
    if database.exists():
        return database
    folder = work / "letters"
    letters = [folder / letter_spec(i).file_name for i in range(count)]
    missing = [path for path in letters if not path.exists()]
    if missing:
        write_letters(folder, 0, count, load_template())
    store = open_library(database)
    try:
        import_many(store, letters)
    finally:
        store.close()
    return database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workdir", type=Path, help="keep libraries and letters here (reused)")
    parser.add_argument("--only", nargs="*", default=None, help="window cli")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="briefer-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    data_dir = work / "data"
    os.environ["BRIEFER_DATA_DIR"] = str(data_dir)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    from run import table

    stages = set(args.only or ["window", "cli"])
    large = large_library(work, 1_000)
    bench = StartupBench(work, data_dir, args.repeats, log)
    if "window" in stages:
        libraries = [
            ("start-bundled", "the bundled letter", fresh_library(work, "bundled")),
            ("start-large", "1,001 letters", large),
            ("start-huge", f"{HUGE:,} letters", huge_library(work, log)),
        ]
        bench.measure_window(libraries)
    if "cli" in stages:
        bench.measure_commands(large, "1,001 letters")
    print(table(bench.rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
