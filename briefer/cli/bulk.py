"""``briefer import`` with several files or a folder: the bulk import, with its rate."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefer.cli.output import import_line, warning_lines
from briefer.core.store.database import Store

if TYPE_CHECKING:
    from briefer.core.importing.bulk import BulkProgress, Outcome


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


class StopSignals:
    """SIGTERM and Ctrl-C (SIGINT) ask the import to stop after the current letter.

    The letters done so far are then committed and named, and the rest are
    named as not stored. A second signal stops at once (KeyboardInterrupt): the
    open transaction is rolled back, and what was named before stays stored.
    Only in the main thread (where Python runs signal handlers).
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self._before: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._before[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *_: object) -> None:
        for number, handler in self._before.items():
            signal.signal(number, handler)

    def _handle(self, number: int, _frame: object) -> None:
        if self.received is not None:
            raise KeyboardInterrupt
        self.received = number

    def __call__(self) -> bool:
        return self.received is not None

    @property
    def name(self) -> str:
        return (
            "Ctrl-C"
            if self.received in (None, signal.SIGINT)
            else signal.Signals(self.received).name
        )


def import_in_bulk(store: Store, names: list[str], out: TextIO, err: TextIO) -> int:
    """Import every file named (folders walked); one line per file; 1 when any failed.

    A letter's line comes once it is stored (its transaction committed). Stopped in
    any way (Ctrl-C, SIGTERM, a failing disk or server), the import says how many
    letters were stored and names each file that was not.
    """
    from briefer.core.importing.bulk import BulkImportStoppedError, import_many
    from briefer.core.importing.single import ImportResult
    from briefer.ingest.files import collect_files

    collected = collect_files([Path(name) for name in names])
    for problem in collected.problems:
        err.write(f"fout: {problem}\n")
    terminal = RateOnTerminal(err)
    failed = len(collected.problems)
    heard: list[Outcome] = []

    def outcome(result: Outcome) -> None:
        nonlocal failed
        terminal.clear()
        heard.append(result)
        if isinstance(result, ImportResult):
            out.write(import_line(result) + "\n")
            out.flush()
            err.write(warning_lines(result))
        else:
            failed += 1
            err.write(f"fout: {result}\n")

    files = collected.files
    with StopSignals() as signals:
        try:
            outcomes = import_many(store, files, terminal, signals, on_outcome=outcome)
        except BulkImportStoppedError as exc:
            terminal.clear()
            err.write(f"fout: {exc}\n")
            _name_not_stored(exc.not_stored, err)
            return 1
        except KeyboardInterrupt:  # a second Ctrl-C: at once, the open transaction undone
            terminal.clear()
            _summary(heard, files, "afgebroken (Ctrl-C)", err)
            return 130
    if len(outcomes) < len(files):  # stopped by a signal, after the letter in hand
        terminal.clear()
        _summary(heard, files, f"afgebroken ({signals.name})", err)
        return 143 if signals.received == signal.SIGTERM else 130
    return 1 if failed else 0


def _name_not_stored(paths: list[Path], err: TextIO) -> None:
    for path in paths:
        err.write(f"niet opgeslagen: {path}\n")


def _summary(heard: list[Outcome], files: list[Path], why: str, err: TextIO) -> None:
    """How many were stored; the files not stored, each on its line (``heard`` is in order)."""
    from briefer.core.importing.single import ImportResult

    stored = sum(isinstance(outcome, ImportResult) for outcome in heard)
    rest = files[len(heard) :]
    err.write(
        f"fout: de import is {why}; {stored} van {len(files)} brieven zijn opgeslagen, "
        f"{len(rest)} niet\n"
    )
    _name_not_stored(rest, err)
