"""Team-library benchmarks: search on PostgreSQL beside SQLite and grep, and many
writers at once. Prints a Markdown table (and writes bench/results/team.md).

    .venv/bin/python bench/team.py [--passages 250000] [--seconds 30] [--writers 2,4,8]

Starts a throw-away PostgreSQL cluster (tests/pg_cluster.py), builds a SQLite
library of generated letters up to ``--passages`` passages, copies it to the
server with ``briefer copy``, then runs the fixed query set of bench/run.py on
both and ``grep -ricE`` over the same letters as text files. The writers are
separate processes, each with its own connection, appending to theme notes and
adding talking points for ``--seconds``; afterwards every write is looked up
(0 lost is the only acceptable result).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from measure import median, ms, percentile  # noqa: E402
from run import QUERIES, SEARCH_LIMIT, _ordered_letters, _write_chunk  # noqa: E402

WRITER = """
import json, sys, time
from sqlalchemy.exc import OperationalError
from briefer.app import open_library
from briefer.core.errors import BrieferError
from briefer.core.notes import append_to_note
from briefer.core.points import add_point
from briefer.core.themes import find_theme
db, who, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
store = open_library(db, lock=False)
store.author = who
themes = [find_theme(store, name).id for name in ("Rusland", "China", "Sancties")]
done, saved, refused = 0, [], 0
end = time.monotonic() + seconds
while time.monotonic() < end:
    theme = themes[done % 3]
    try:
        if done % 2:
            add_point(store, theme, f"{who} punt {done}")
        else:
            append_to_note(store, f"{who} regel {done}", theme_id=theme)
        saved.append(done)
    except (OperationalError, BrieferError):  # told, not lost (SQLite: busy too long)
        refused += 1
    done += 1
store.close()
print(json.dumps({"saved": saved, "refused": refused}))
"""


def build_library(work: Path, passages: int, log) -> tuple[Path, list[Path]]:
    from briefer.app import open_library
    from briefer.core.importing.single import import_file

    letters_dir = work / "letters"
    count = max(1, passages // 84 + 1)
    for start in range(0, count, 200):
        _write_chunk(letters_dir, start, min(200, count - start), False)
    letters = _ordered_letters(letters_dir, count)
    database = work / "search.sqlite"
    store = open_library(database)
    total, used = 84, []
    started = time.perf_counter()
    for letter in letters:
        if total >= passages:
            break
        total += import_file(store, letter).passages
        used.append(letter)
    store.close()
    elapsed = time.perf_counter() - started
    log(f"library: {len(used) + 1} letters, {total:,} passages ({elapsed:.0f} s)")
    return database, used


def search_times(db: str, repeats: int) -> list[float]:
    from briefer.app import open_library
    from briefer.core.search import search
    from briefer.core.themes import find_theme

    store = open_library(db, lock=False)
    times: list[float] = []
    try:
        for _label, query, theme, _pattern in QUERIES:
            theme_id = find_theme(store, theme).id if theme else None
            search(store, query, theme_id=theme_id, limit=SEARCH_LIMIT)  # warm-up
            for _ in range(repeats):
                start = time.perf_counter()
                search(store, query, theme_id=theme_id, limit=SEARCH_LIMIT)
                times.append(time.perf_counter() - start)
    finally:
        store.close()
    return times


def grep_times(text_dir: Path, repeats: int) -> list[float]:
    times = []
    for _label, _query, _theme, pattern in QUERIES:
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(["grep", "-ricE", "--", pattern, str(text_dir)], capture_output=True)
            times.append(time.perf_counter() - start)
    return times


def writers(url: str, count: int, seconds: float) -> tuple[int, int, int]:
    """(writes reported saved, writes missing, writes refused) for ``count`` writers."""
    import json

    from briefer.app import open_library
    from briefer.core.notes import get_note
    from briefer.core.points import list_points
    from briefer.core.themes import find_theme

    names = [f"w{count}-{index}" for index in range(count)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, name, str(seconds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    reported: dict[str, list[int]] = {}
    refused = 0
    for name, run in zip(names, runs, strict=True):
        out, err = run.communicate(timeout=seconds * 10 + 120)
        if run.returncode:
            raise SystemExit(f"writer {name} failed: {err.strip()[-400:]}")
        result = json.loads(out.strip().splitlines()[-1])
        reported[name] = result["saved"]
        refused += result["refused"]
    store = open_library(url, lock=False)
    found: set[str] = set()
    try:
        for theme_name in ("Rusland", "China", "Sancties"):
            theme = find_theme(store, theme_name).id
            found.update(get_note(store, theme_id=theme).body.split("\n\n"))
            found.update(point.text for point in list_points(store, theme))
    finally:
        store.close()
    expected = {
        f"{name} {'punt' if done % 2 else 'regel'} {done}"
        for name, saved in reported.items()
        for done in saved
    }
    return len(expected), len(expected - found), refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=250_000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--writers", default="2,4,8")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    from tests.pg_cluster import Cluster, find_bin_dir

    work = Path(tempfile.mkdtemp(prefix="briefer-team-bench-"))
    os.environ["BRIEFER_DATA_DIR"] = str(work / "data")
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (initdb not found)")
    cluster = Cluster(bin_dir)
    cluster.start()
    rows: list[str] = []
    try:
        database, letters = build_library(work, args.passages, log)
        from briefer.cli import main as briefer

        url = cluster.create_database("search")
        started = time.perf_counter()
        assert briefer(["copy", "--from", str(database), "--to", url]) == 0
        log(f"copied to the server in {time.perf_counter() - started:.0f} s")
        with cluster_analyze(url):
            pass
        text_dir = work / "text"
        text_dir.mkdir()
        for letter in letters:
            (text_dir / letter.name).write_bytes(letter.read_bytes())
        local = search_times(str(database), args.repeats)
        server = search_times(url, args.repeats)
        grep = grep_times(text_dir, max(1, args.repeats // 2))
        size = f"{args.passages:,} passages, {len(QUERIES)} queries x {args.repeats}"
        for name, times in (("SQLite (FTS5)", local), ("PostgreSQL (tsvector, GIN)", server)):
            p95, g95 = percentile(times, 0.95), percentile(grep, 0.95)
            verdict = "pass" if g95 / p95 >= 10 else "FAIL"
            rows.append(
                f"| search p95, {name}, {size} | {ms(p95)} | grep -ricE p95 {ms(g95)} "
                f"| {g95 / p95:.1f}x faster | >= 10x faster | {verdict} |"
            )
        rows.append(
            f"| search median, SQLite / PostgreSQL / grep | {ms(median(local))} / "
            f"{ms(median(server))} | {ms(median(grep))} |  |  |  |"
        )
        for row in rows:
            log(row)
        for count in [int(n) for n in args.writers.split(",") if n]:
            for backend in ("SQLite", "PostgreSQL"):
                if backend == "SQLite":
                    db = str(work / f"writers-{count}.sqlite")
                else:
                    db = cluster.create_database(f"writers_{count}")
                from briefer.app import open_library

                open_library(db).close()
                total, lost, refused = writers(db, count, args.seconds)
                rate = total / args.seconds
                told = f"; {refused} refused with a message (busy)" if refused else ""
                rows.append(
                    f"| {count} writers, {backend}, {args.seconds:.0f} s: note appends + "
                    f"talking points{told} | {rate:.0f} writes/s | {total:,} writes |  | 0 lost "
                    f"| {'pass' if lost == 0 else f'FAIL ({lost} lost)'} |"
                )
                log(rows[-1])
    finally:
        cluster.stop()
    table = ["| what | ours | reference | ratio | budget | result |", "|---|---|---|---|---|---|"]
    output = "\n".join(table + rows) + "\n"
    print(output)
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / "team.md").write_text(output, encoding="utf-8")
    return 0


class cluster_analyze:  # noqa: N801
    """VACUUM ANALYZE the copied tables, as a server's autovacuum soon does (it did
    within a minute of a copy here): statistics for the planner, and the visibility
    map that lets the search read a theme's tags from the index alone."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url)
        with engine.connect() as connection:
            autocommit = connection.execution_options(isolation_level="AUTOCOMMIT")
            autocommit.execute(text("VACUUM ANALYZE"))
        engine.dispose()

    def __exit__(self, *_exc: object) -> None:
        return None


if __name__ == "__main__":
    raise SystemExit(main())
