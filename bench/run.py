"""Briefer's benchmarks: one command, a table beside reference runs, JSON for the record.

    .venv/bin/python bench/run.py [--quick] [--workdir DIR] [--publish]

Builds libraries of 1, 100 and 1,000 generated letters (and one of 250,000
passages for search, one of 10,000 short letters for the window), measures
import, re-tagging, search, export, reading the real documents (bench/reading.py),
the start of the window and of two commands
against reference runs made here and now (grep, pandoc, LibreOffice, bare Qt,
importing SQLAlchemy), and compares the figures with the budgets of DESIGN.md. Writes
bench/results/latest.json and latest.md; ``--publish`` also bench/RESULTS.md.
``--quick`` uses small libraries, to try the suite itself in a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from library import BUNDLED, load_template, write_letters  # noqa: E402
from measure import (  # noqa: E402
    Row,
    median,
    ms,
    percentile,
    repeat,
    run_quiet,
    secs,
    verdict,
)


@dataclass(frozen=True)
class Sizes:
    small: int = 100
    large: int = 1_000
    search_passages: int = 250_000
    search_letters: int = 3_000  # generated; about 85 passages each
    repeats: int = 5
    slow_repeats: int = 3  # LibreOffice, grep
    huge: int = 10_000  # short letters in the largest library the window opens
    # Starts of the installed program and of the checkout, taken in turn: two programs
    # within a few percent of each other, on a machine whose noise is larger than that.
    installed_starts: int = 15


QUICK = Sizes(
    small=20,
    large=100,
    search_passages=20_000,
    search_letters=250,
    repeats=3,
    huge=500,
    installed_starts=5,
)

SEARCH_LIMIT = 100  # what the window's search panel asks for

# The fixed query set: (label, query, theme filter, grep -E pattern for the same words)
QUERIES: list[tuple[str, str, str | None, str]] = [
    ("word", "Rusland", None, r"\brusland\b"),
    ("word, no diacritics", "oekraine", None, r"\boekra[iï]ne\b"),
    ("rare word", "Srpska", None, r"\bsrpska\b"),
    ("two words", "consulaire dienstverlening", None, r"\bconsulaire\b.*\bdienstverlening\b"),
    ("prefix", "sanctie*", None, r"\bsanctie"),
    ("prefix", "cyber*", None, r"\bcyber"),
    ("phrase", '"Westelijke Balkan"', None, r"\bwestelijke balkan\b"),
    ("phrase", '"open strategische autonomie"', None, r"\bopen strategische autonomie\b"),
    ("OR", "Kremlin OR Poetin", None, r"\b(kremlin|poetin)\b"),
    ("word + theme", "Rusland", "Sancties", r"\brusland\b"),
    ("prefix + theme", "sanctie*", "Rusland", r"\bsanctie"),
    ("phrase + theme", '"Westelijke Balkan"', "Europese Unie", r"\bwestelijke balkan\b"),
    ("word + theme", "China", "Mensenrechten", r"\bchina\b"),
    ("rare word + theme", "Kremlin", "Rusland", r"\bkremlin\b"),
]


class Bench:
    def __init__(self, workdir: Path, sizes: Sizes, log: Callable[[str], None]) -> None:
        self.work = workdir
        self.sizes = sizes
        self.log = log
        self.rows: list[Row] = []
        self.data_dir = workdir / "data"
        self.letters_dir = workdir / "letters"
        self.letters: list[Path] = []
        os.environ["BRIEFER_DATA_DIR"] = str(self.data_dir)  # settings never touch the user's

    # -- libraries ---------------------------------------------------------------------------

    def generate(self) -> None:
        count, short = self.sizes.search_letters, self.sizes.large
        self.short_dir = self.work / "letters-short"
        start = time.perf_counter()
        jobs = [(self.letters_dir, i, min(200, count - i), False) for i in range(0, count, 200)]
        jobs += [(self.short_dir, i, min(200, short - i), True) for i in range(0, short, 200)]
        with ProcessPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            list(pool.map(_write_chunk, *zip(*jobs, strict=True)))
        self.letters = _ordered_letters(self.letters_dir, count)
        self.short_letters = _ordered_letters(self.short_dir, short, short=True)
        elapsed = time.perf_counter() - start
        self.log(f"generated {count} letters and {short} short ones in {elapsed:.1f} s")

    def fresh_library(self, name: str) -> Path:
        """A new database with the default themes and the bundled letter (as on first start)."""
        from startup import fresh_library

        return fresh_library(self.work, name)

    def import_letters(self, database: Path, letters: list[Path]) -> tuple[float, int]:
        """Seconds to import ``letters`` one by one with import_file; passages stored."""
        from briefer.app import open_library
        from briefer.core.importing.single import import_file

        store = open_library(database)
        passages = 0
        start = time.perf_counter()
        for letter in letters:
            passages += import_file(store, letter).passages
        elapsed = time.perf_counter() - start
        store.close()
        return elapsed, passages

    # -- measurements --------------------------------------------------------------------------

    def measure_import(self) -> None:
        sizes = self.sizes
        singles = []
        for attempt in range(sizes.repeats):
            database = self.fresh_library(f"one-{attempt}")
            singles.append(self.import_letters(database, self.letters[:1])[0])
        one = median(singles)
        self.add_import_row("import-1", "1 letter of 18 pages", 1, one, {"runs": singles})
        database = self.fresh_library("small")
        elapsed, passages = self.import_letters(database, self.letters[: sizes.small])
        self.add_import_row(
            "import-small", f"{sizes.small} letters of 18 pages", sizes.small, elapsed, {}
        )
        database = self.fresh_library("large")
        elapsed, passages = self.import_letters(database, self.letters[: sizes.large])
        self.large_passages = passages
        self.add_import_row(
            "import-large",
            f"{sizes.large:,} letters of 18 pages",
            sizes.large,
            elapsed,
            {"passages": passages},
        )
        self.measure_bulk_import(database)
        database = self.fresh_library("short")
        elapsed, passages = self.import_letters(database, self.short_letters)
        count = len(self.short_letters)
        self.add_import_row(
            "import-short",
            f"{count:,} short letters (2-6 pages, {passages / count:.0f} passages on average)",
            count,
            elapsed,
            {"passages": passages},
        )

    def add_import_row(
        self, key: str, label: str, count: int, seconds: float, data: dict[str, object]
    ) -> None:
        rate = count / seconds
        self.log(f"import {label}: {rate:.1f} letters/s")
        self.rows.append(
            Row(
                key,
                f"import, {label} (import_file, text files, fresh library)",
                f"{rate:.0f} letters/s",
                note="one file at a time, each all-or-nothing; DESIGN.md's budget is the bulk row",
                data={"seconds": seconds, "letters_per_second": rate, **data},
            )
        )

    def measure_bulk_import(self, database: Path) -> None:
        """The same letters as import-large, in bulk (import_many), against the SQLite floor.

        Twice, each run right after a floor run of its own, so that both see the
        same load of the shared machine; the ratio is the median of the two pairs'.
        """
        from briefer.app import open_library
        from briefer.core.importing.bulk import import_many

        count = self.sizes.large
        runs, floors, ratios = [], [], []
        for attempt in range(2):
            floors.append(self.import_floor(database))
            bulk_database = self.fresh_library(f"bulk-{attempt}")
            store = open_library(bulk_database)
            start = time.perf_counter()
            outcomes = import_many(store, self.letters[:count])
            runs.append(time.perf_counter() - start)
            store.close()
            assert len(outcomes) == count
            ratios.append(count / runs[-1] / floors[-1])
            self.log(
                f"bulk import of {count}: {count / runs[-1]:.1f} letters/s, floor "
                f"{floors[-1]:.0f}: {ratios[-1]:.2f} x"
            )
        floor = median(floors)
        rate = count / median(runs)
        ratio = median(ratios)
        self.rows.append(
            Row(
                "import-floor",
                "import floor: the same rows straight into SQLite (no parsing, no tagging): "
                "letter, sections, passages with their full-text index, tags, commitments, "
                "the file's record",
                f"{floor:.0f} letters/s",
                note="not a budget: what the database alone needs per letter; measured "
                "right before each bulk run",
                data={"letters_per_second": floor, "runs": floors},
            )
        )
        self.rows.append(
            Row(
                "import-bulk",
                f"bulk import, {count:,} letters of 18 pages (import_many: briefer import of a "
                "folder, a drop of many files), fresh library",
                f"{rate:.0f} letters/s",
                reference=f"SQLite alone {floor:.0f} letters/s",
                ratio=f"{ratio:.2f}",
                budget=">= 0.80 x SQLite alone",
                result=verdict(ratio >= 0.8),
                note="ratio: the median of two runs, each against a floor run just before it",
                data={"runs": runs, "letters_per_second": rate, "floor": floor, "ratios": ratios},
            )
        )

    def import_floor(self, database: Path) -> float:
        """SQLite alone: the rows of one imported letter inserted again, one transaction each;
        letters per second.

        Not a budget: it shows how much of an import the database itself takes
        (FTS5 indexing of the text, the indexes, the commit), whatever Python does.
        It writes every row a new letter gets: the letter, its sections, its
        passages (indexed by the full-text trigger), its tags, its commitments and
        the record of its file.
        """
        copy = self.work / "db" / "floor.sqlite"
        for old in copy.parent.glob("floor.sqlite*"):
            old.unlink()
        shutil.copy(database, copy)
        connection = sqlite3.connect(copy, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        letter_id = connection.execute("SELECT max(id) FROM letters").fetchone()[0]
        letter = connection.execute("SELECT * FROM letters WHERE id = ?", (letter_id,)).fetchone()
        sections = connection.execute(
            "SELECT letter_id, parent_id, position, level, title, page FROM sections "
            "WHERE letter_id = ?",
            (letter_id,),
        ).fetchall()
        passages = connection.execute(
            "SELECT section_id, position, text, text_hash, first_page, last_page FROM passages "
            "WHERE letter_id = ? ORDER BY position",
            (letter_id,),
        ).fetchall()
        tags = connection.execute(
            "SELECT p.position, t.theme_id, t.reasons, t.created_at FROM tags t "
            "JOIN passages p ON p.id = t.passage_id WHERE p.letter_id = ?",
            (letter_id,),
        ).fetchall()
        commitment_columns = (
            "page, text, subject, due_phrase, due_label, due_date, origin, key, done, edited, "
            "deleted, created_at, updated_at"
        )
        selected = ", ".join("c." + column.strip() for column in commitment_columns.split(","))
        commitments = connection.execute(
            f"SELECT p.position, {selected} "
            "FROM commitments c JOIN passages p ON p.id = c.passage_id WHERE c.letter_id = ?",
            (letter_id,),
        ).fetchall()
        source = connection.execute(
            "SELECT file_hash, file_name, imported_at FROM letter_sources WHERE letter_id = ?",
            (letter_id,),
        ).fetchone()
        assert tags and commitments and source, "the floor's letter has every kind of row"
        columns = len(letter)
        times = []
        for copy_number in range(self.sizes.small):
            start = time.perf_counter()
            connection.execute("BEGIN")
            new_letter = list(letter)
            new_letter[0] = None
            new_letter[2] = f"{letter[2]}-{copy_number}"
            new_letter[3] = f"{letter[3]}x{copy_number}"
            cursor = connection.execute(
                f"INSERT INTO letters VALUES ({', '.join('?' * columns)})", new_letter
            )
            new_id = cursor.lastrowid
            connection.executemany(
                "INSERT INTO sections (letter_id, parent_id, position, level, title, page) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(new_id, *row[1:]) for row in sections],
            )
            first = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[
                0
            ]
            connection.executemany(
                "INSERT INTO passages (id, letter_id, section_id, position, text, text_hash, "
                "first_page, last_page, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                [(first + i, new_id, *row) for i, row in enumerate(passages)],
            )
            connection.executemany(
                "INSERT INTO tags (passage_id, theme_id, manual, include, reasons, created_at) "
                "VALUES (?, ?, 0, 1, ?, ?)",
                [(first + position, theme, reasons, at) for position, theme, reasons, at in tags],
            )
            connection.executemany(
                f"INSERT INTO commitments (letter_id, passage_id, {commitment_columns}) "
                f"VALUES ({', '.join('?' * 15)})",
                [(new_id, first + row[0], *row[1:]) for row in commitments],
            )
            connection.execute(
                "INSERT INTO letter_sources (letter_id, file_hash, file_name, imported_at) "
                "VALUES (?, ?, ?, ?)",
                (new_id, f"{source[0][:-8]}{copy_number:08d}", source[1], source[2]),
            )
            connection.execute("COMMIT")
            times.append(time.perf_counter() - start)
        connection.close()
        rate = len(times) / sum(times)
        self.log(f"SQLite alone: {rate:.0f} letters/s")
        return rate

    def measure_retag(self) -> None:
        from briefer.app import open_library
        from briefer.core.tags import retag_library

        for key, name, count, times in (
            ("retag-small", "small", self.sizes.small, self.sizes.slow_repeats),
            ("retag-large", "large", self.sizes.large, 1),
        ):
            store = open_library(self.work / "db" / f"{name}.sqlite")
            runs = repeat(lambda store=store: retag_library(store), times, warmup=0)
            store.close()
            seconds = median(runs)
            letters = count + 1  # and the bundled letter
            self.log(f"retag {letters} letters: {seconds:.2f} s")
            self.rows.append(
                Row(
                    key,
                    f"re-tag the whole library, {letters:,} letters (retag_library)",
                    secs(seconds),
                    note=f"{letters / seconds:.0f} letters/s; no budget in DESIGN.md",
                    data={"seconds": seconds, "runs": runs},
                )
            )

    def build_search_library(self) -> Path:
        """The large library grown, by importing more generated letters, to 250,000 passages."""
        from briefer.app import open_library
        from briefer.core.importing.single import import_file

        database = self.work / "db" / "search.sqlite"
        for old in database.parent.glob("search.sqlite*"):
            old.unlink()
        shutil.copy(self.work / "db" / "large.sqlite", database)
        store = open_library(database)
        passages = self.large_passages + 84  # and the bundled letter
        added = 0
        start = time.perf_counter()
        for letter in self.letters[self.sizes.large :]:
            if passages >= self.sizes.search_passages:
                break
            passages += import_file(store, letter).passages
            added += 1
        elapsed = time.perf_counter() - start
        store.close()
        letters = self.sizes.large + added + 1
        self.search_letters = self.letters[: letters - 1]
        self.log(f"search library: {letters} letters, {passages} passages ({elapsed:.0f} s)")
        rate = added / elapsed if added else 0.0
        self.rows.append(
            Row(
                "import-growing",
                f"import, {added:,} letters into a library growing from "
                f"{self.sizes.large + 1:,} to {letters:,} letters",
                f"{rate:.0f} letters/s",
                note="one file at a time (import_file)",
                data={"seconds": elapsed, "letters": letters, "passages": passages},
            )
        )
        self.search_passages = passages
        return database

    def measure_search(self, database: Path) -> None:
        from briefer.app import open_library
        from briefer.core.search import search
        from briefer.core.themes import find_theme

        text_dir = self.work / "search-text"
        if text_dir.exists():
            shutil.rmtree(text_dir)
        text_dir.mkdir()
        shutil.copy(BUNDLED, text_dir / BUNDLED.name)
        for letter in self.search_letters:
            os.link(letter, text_dir / letter.name)  # the same files, without copying them
        store = open_library(database)
        ours: dict[str, list[float]] = {}
        counts: dict[str, int] = {}
        for label, query, theme, _pattern in QUERIES:
            theme_id = find_theme(store, theme).id if theme else None

            key = f"{label}: {query}"

            def run(key: str = key, query: str = query, theme_id: int | None = theme_id) -> None:
                counts[key] = len(search(store, query, theme_id=theme_id, limit=SEARCH_LIMIT))

            ours[key] = repeat(run, self.sizes.repeats)
        store.close()
        greps: dict[str, list[float]] = {}  # grep -c: finds every match, as ranking must
        listing: dict[str, list[float]] = {}  # grep -l: stops at the first match in a file
        env = dict(os.environ, LC_ALL="C.UTF-8")
        for label, query, _theme, pattern in QUERIES:
            for flags, times in (("-ricE", greps), ("-rilE", listing)):
                command = ["grep", flags, "--", pattern, str(text_dir)]
                times[f"{label}: {query}"] = repeat(
                    lambda command=command: run_quiet(command, env), self.sizes.slow_repeats
                )
        our_all = [t for runs in ours.values() for t in runs]
        grep_all = [t for runs in greps.values() for t in runs]
        speedups = {key: median(greps[key]) / median(ours[key]) for key in ours}
        slowest = min(speedups, key=lambda key: speedups[key])
        list_speedups = {key: median(listing[key]) / median(ours[key]) for key in ours}
        list_slowest = min(list_speedups, key=lambda key: list_speedups[key])
        p50, p95 = median(our_all), percentile(our_all, 0.95)
        grep50, grep95 = median(grep_all), percentile(grep_all, 0.95)
        size = f"{self.search_passages:,} passages"
        self.log(f"search p50 {ms(p50)} p95 {ms(p95)}; grep p50 {ms(grep50)}")
        self.rows.append(
            Row(
                "search-p95",
                f"search latency, {len(QUERIES)} queries x {self.sizes.repeats}, "
                f"best {SEARCH_LIMIT}, {size}: p95",
                ms(p95),
                reference=f"grep -c p95 {ms(grep95)}",
                budget="<= 20 ms",
                result=verdict(p95 <= 0.020),
                data={
                    "median": p50,
                    "p95": p95,
                    "per_query_median": {k: median(v) for k, v in ours.items()},
                    "hits": counts,
                },
            )
        )
        self.rows.append(
            Row(
                "search-median",
                f"search latency, median (same runs), {size}",
                ms(p50),
                reference=f"grep -c {ms(grep50)}",
                ratio=f"{grep50 / p50:.0f}x faster",
                data={"grep_median": grep50, "grep_p95": grep95},
            )
        )
        self.rows.append(
            Row(
                "search-vs-grep",
                "search vs grep -ricE (every match counted) over the same letters as .txt "
                "files, the query least ahead",
                ms(median(ours[slowest])),
                reference=f"grep -c {ms(median(greps[slowest]))}",
                ratio=f"{speedups[slowest]:.1f}x faster",
                budget=">= 10x faster",
                result=verdict(speedups[slowest] >= 10),
                note=slowest,
                data={
                    "speedup_per_query": speedups,
                    "grep_per_query_median": {k: median(v) for k, v in greps.items()},
                },
            )
        )
        self.rows.append(
            Row(
                "search-vs-grep-l",
                "search vs grep -rilE (stops at a file's first match: lists files, finds "
                "no passages), the query least ahead",
                ms(median(ours[list_slowest])),
                reference=f"grep -l {ms(median(listing[list_slowest]))}",
                ratio=f"{list_speedups[list_slowest]:.1f}x faster",
                note=f"{list_slowest}; not the budget's reference, shown for honesty",
                data={
                    "speedup_per_query": list_speedups,
                    "grep_per_query_median": {k: median(v) for k, v in listing.items()},
                },
            )
        )

    def measure_export(self) -> None:
        from briefing_markdown import has_toc, to_markdown

        from briefer.app import open_library
        from briefer.compose.assemble import build_document
        from briefer.core.briefings import BriefingSpec
        from briefer.core.notes import save_note
        from briefer.core.points import add_point
        from briefer.core.tags import theme_passages
        from briefer.core.themes import find_theme
        from briefer.export.briefing_export import export_briefing

        database = self.fresh_library("export")
        store = open_library(database)
        theme_ids = {}
        for name in ("China", "Rusland", "Oekraïne", "Sancties"):
            theme_id = find_theme(store, name).id
            theme_ids[name] = theme_id
            cited = [p.id for p in theme_passages(store, theme_id)[:3]]
            for number in range(1, 6):
                add_point(store, theme_id, f"Spreekpunt {number} over {name}: R&D, «EU».", cited)
            save_note(
                store,
                f"# {name}\n\nEigen notitie met **nadruk** en *cursief*.\n\n- punt een\n"
                "- punt twee\n",
                theme_id=theme_id,
            )
        out = self.work / "export"
        out.mkdir(exist_ok=True)
        profile = self.work / "lo-profile"
        lo_env = dict(os.environ, HOME=str(self.work))
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        pandoc = shutil.which("pandoc")
        for key, label, names in (
            ("one", "one topic (China)", ["China"]),
            (
                "pack",
                "3-topic pack (Rusland, Oekraïne, Sancties)",
                ["Rusland", "Oekraïne", "Sancties"],
            ),
        ):
            spec = BriefingSpec(
                title="Bezoek minister",
                theme_ids=tuple(theme_ids[name] for name in names),
                occasion="Werkbezoek",
                briefing_date=date(2022, 3, 8),
                author="Directie Europa",
                classification="Departementaal vertrouwelijk",
            )
            ours = {}
            for fmt in ("docx", "pdf"):
                target = out / f"{key}.{fmt}"
                ours[fmt] = repeat(
                    lambda fmt=fmt, target=target, spec=spec: export_briefing(
                        store, spec, target, fmt
                    ),
                    self.sizes.repeats,
                )
            document = build_document(store, spec)
            markdown = out / f"{key}.md"
            markdown.write_text(to_markdown(document), encoding="utf-8")
            pages = _pdf_pages(out / f"{key}.pdf")
            word, pdf = median(ours["docx"]), median(ours["pdf"])
            if pandoc:
                command = [
                    pandoc,
                    "-f",
                    "markdown",
                    "-t",
                    "docx",
                    "-o",
                    str(out / f"{key}-pandoc.docx"),
                ]
                command += ["--toc"] if has_toc(document) else []
                runs = repeat(lambda c=[*command, str(markdown)]: run_quiet(c), self.sizes.repeats)
                reference = median(runs)
                self.log(f"export {key} docx {ms(word)} vs pandoc {ms(reference)}")
                self.rows.append(
                    Row(
                        f"export-{key}-docx",
                        f"export {label} to Word ({pages} PDF pages)",
                        ms(word),
                        reference=f"pandoc {ms(reference)}",
                        ratio=f"{word / reference:.2f}",
                        budget="<= 1.00 x pandoc",
                        result=verdict(word <= reference),
                        data={"ours": ours["docx"], "pandoc": runs},
                    )
                )
            else:
                self.rows.append(
                    Row(
                        f"export-{key}-docx",
                        f"export {label} to Word",
                        ms(word),
                        note="pandoc not installed: no reference",
                    )
                )
            if soffice:
                command = [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(out / "lo"),
                    str(out / f"{key}.docx"),
                ]
                runs = repeat(
                    lambda command=command: run_quiet(command, lo_env), self.sizes.slow_repeats
                )
                reference = median(runs)
                self.log(f"export {key} pdf {ms(pdf)} vs LibreOffice {ms(reference)}")
                self.rows.append(
                    Row(
                        f"export-{key}-pdf",
                        f"export {label} to PDF ({pages} pages)",
                        ms(pdf),
                        reference=f"LibreOffice {ms(reference)}",
                        ratio=f"{pdf / reference:.2f}",
                        budget="<= 0.15 x LibreOffice",
                        result=verdict(pdf <= 0.15 * reference),
                        data={"ours": ours["pdf"], "libreoffice": runs},
                    )
                )
            else:
                self.rows.append(
                    Row(
                        f"export-{key}-pdf",
                        f"export {label} to PDF",
                        ms(pdf),
                        note="LibreOffice not installed: no reference",
                    )
                )
        store.close()

    def measure_startup(self, stages: set[str]) -> None:
        """The usable window by screen capture beside a bare Qt window, and two commands
        without a window beside importing sqlalchemy.orm (bench/startup.py)."""
        from startup import StartupBench, fresh_library, huge_library

        large = self.work / "db" / "large.sqlite"
        startup = StartupBench(self.work, self.data_dir, self.sizes.repeats, self.log)
        if "window" in stages:
            startup.measure_window(
                [
                    ("start-bundled", "the bundled letter", fresh_library(self.work, "bundled")),
                    ("start-large", f"{self.sizes.large + 1:,} letters", large),
                    (
                        "start-huge",
                        f"{self.sizes.huge:,} letters",
                        huge_library(self.work, self.log, self.sizes.huge),
                    ),
                ]
            )
        if "cli" in stages:
            startup.measure_commands(large, f"{self.sizes.large + 1:,} letters")
        self.rows += startup.rows


def measure_reading(repeats: int, log: Callable[[str], None]) -> list[Row]:
    """Reading the real documents of ../shared/corpus/real (bench/reading.py): the lowest
    of the reading scores over the whole set and the furniture inside passages, and the
    speed of each Rijksoverheid Kamerbrief against pypdfium2's plain text of its pages.
    No rows, with a line saying why, where the corpus is absent."""
    import reading

    if not reading.CORPUS.is_dir():
        log(f"reading: skipped, {reading.ABSENT}")
        return []
    log("reading: the real documents, scored")
    _rows, total, _known, _failures = reading.read_and_score(verbose=False)
    summary = reading._summary(total)
    lowest = min(summary, key=lambda name: summary[name])
    rows = [
        Row(
            "reading-scores",
            f"reading the real documents of {reading.CORPUS.name}/ (bench/reading.py): the "
            "lowest score over the whole set — kind, every metadata field, heading and "
            "paragraph precision and recall, footnotes, question/answer pairs",
            f"{summary[lowest]:.3f} ({lowest})",
            budget=f">= {reading.SCORE_BUDGET}",
            result=verdict(summary[lowest] >= reading.SCORE_BUDGET),
            data={"scores": summary},
        ),
        Row(
            "reading-furniture",
            "reading the real documents: furniture lines (headers, footers, letterheads, "
            "page numbers) inside passages, whole set",
            str(len(total.furniture)),
            budget="0",
            result=verdict(not total.furniture),
        ),
    ]
    log("reading: speed against pypdfium2's plain text")
    for found in reading.speed(max(repeats, 7)):
        rows.append(
            Row(
                f"reading-speed-{found['file'][:24]}",
                f"reading a real PDF with all its page analysis, {found['file']} "
                "(median CPU time in one process)",
                ms(found["ours"]),
                f"pypdfium2 plain text {ms(found['plain'])}",
                f"{found['ratio']:.2f}",
                f"<= {reading.SPEED_BUDGET} x pypdfium2",
                verdict(found["ratio"] <= reading.SPEED_BUDGET),
            )
        )
    return rows


def _write_chunk(folder: Path, start: int, count: int, short: bool) -> None:
    write_letters(folder, start, count, load_template(), short=short)


def _ordered_letters(folder: Path, count: int, *, short: bool = False) -> list[Path]:
    from library import SHORT, letter_spec

    offset = SHORT if short else 0
    return [folder / letter_spec(offset + index).file_name for index in range(count)]


def _pdf_pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def table(rows: list[Row]) -> str:
    header = ["what", "ours", "reference", "ratio", "budget", "result"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        what = row.what + (f" — {row.note}" if row.note else "")
        cells = [what, row.ours, row.reference, row.ratio, row.budget, row.result]
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small libraries, to try the suite")
    parser.add_argument("--workdir", type=Path, help="keep libraries and letters here (reused)")
    parser.add_argument("--publish", action="store_true", help="also write bench/RESULTS.md")
    parser.add_argument(
        "--only",
        nargs="*",
        default=None,
        help="import retag search export reading window cli installed",
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else Sizes()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefer-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr, flush=True)

    bench = Bench(workdir, sizes, log)
    every = ["import", "retag", "search", "export", "reading", "window", "cli", "installed"]
    stages = set(args.only or every)
    try:
        bench.generate()
        bench.measure_import()  # always: the other stages use its libraries
        if "retag" in stages:
            bench.measure_retag()
        if "search" in stages:
            bench.measure_search(bench.build_search_library())
        if "export" in stages:
            bench.measure_export()
        if "reading" in stages:
            bench.rows += measure_reading(sizes.repeats, log)
        if stages & {"window", "cli"}:
            bench.measure_startup(stages)
        if "installed" in stages:  # the built application (tools/build_app.py), if there
            import installed
            from screen import xvfb_display

            with xvfb_display() as display:
                bench.rows += installed.measure(display, sizes.installed_starts, log)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    total = time.perf_counter() - started
    text = table(bench.rows)
    print(text)
    passed = sum(row.result == "pass" for row in bench.rows)
    failed = [row.key for row in bench.rows if row.result == "FAIL"]
    summary = f"{passed} budgets met, {len(failed)} missed" + (
        f" ({', '.join(failed)})" if failed else ""
    )
    print(f"\n{summary}; the whole run took {total:.0f} s.")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    record = {
        "when": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine,
        "quick": args.quick,
        "seconds": total,
        "rows": [row.to_json() for row in bench.rows],
    }
    (results / "latest.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    markdown = (
        f"Run of {record['when'][:16].replace('T', ' ')} on {machine}"
        f"{' (--quick)' if args.quick else ''}, {total:.0f} s in all.\n\n{text}\n\n{summary}.\n"
    )
    (results / "latest.md").write_text(markdown, encoding="utf-8")
    if args.publish:
        (BENCH / "RESULTS.md").write_text(
            f"# Latest benchmark results\n\n{markdown}", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
