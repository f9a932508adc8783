"""``briefer import`` with several files or a folder: the bulk import, with its rate."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from briefer.cli.output import import_line
from briefer.core.importing.bulk import BulkProgress, Outcome, import_many
from briefer.core.importing.single import ImportResult
from briefer.core.store.database import Store
from briefer.ingest.files import collect_files


def wants_bulk(names: list[str]) -> bool:
    return len(names) > 1 or any(Path(name).is_dir() for name in names)


def rate_line(progress: BulkProgress) -> str:
    """``120 van 1.000 brieven · 41 brieven/s · nog 21 s``"""
    text = (
        f"{progress.done:,} van {progress.total:,} brieven".replace(",", ".")
        + f" · {progress.per_second:.0f} brieven/s"
    )
    left = progress.seconds_left
    if left is not None and progress.done < progress.total:
        text += f" · nog {_duration(left)}"
    return text


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


class RateOnTerminal:
    """The rate and time left on stderr: one live line on a terminal, a few lines otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.width = 0
        self.next_line = 5.0  # not a terminal (a log, a pipe): a line every 5 s, if it lasts
        self.printed = False

    def __call__(self, progress: BulkProgress) -> None:
        line = rate_line(progress)
        if self.live:
            self.stream.write("\r" + line.ljust(self.width))
            self.width = len(line)
            if progress.done == progress.total:
                self.stream.write("\n")
        elif progress.seconds >= self.next_line or (
            self.printed and progress.done == progress.total
        ):
            self.stream.write(line + "\n")
            self.next_line = progress.seconds + 5
            self.printed = True
        self.stream.flush()

    def clear(self) -> None:
        if self.live and self.width:
            self.stream.write("\r" + " " * self.width + "\r")


def import_in_bulk(store: Store, names: list[str], out: TextIO, err: TextIO) -> int:
    """Import every file named (folders walked); one line per file; 1 when any failed."""
    collected = collect_files([Path(name) for name in names])
    for problem in collected.problems:
        err.write(f"fout: {problem}\n")
    terminal = RateOnTerminal(err)
    failed = len(collected.problems)

    def outcome(result: Outcome) -> None:
        nonlocal failed
        terminal.clear()
        if isinstance(result, ImportResult):
            out.write(import_line(result) + "\n")
            out.flush()
        else:
            failed += 1
            err.write(f"fout: {result}\n")

    import_many(store, collected.files, terminal, on_outcome=outcome)
    return 1 if failed else 0
