"""The command line: thin commands over the same services as the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from briefer import __version__
from briefer.app import log_file, open_library, resolve_database
from briefer.cli_export import register_export_commands
from briefer.cli_format import format_letters, format_outline, import_line, print_json
from briefer.cli_topics import register_topic_commands
from briefer.core.errors import BrieferError
from briefer.core.importing import import_file
from briefer.core.library import find_letter, letter_outline, list_letters
from briefer.ingest.errors import LetterImportError

log = logging.getLogger(__name__)


class TerminalProgress:
    """Progress of one file on stderr: a live percentage on a terminal, a few lines otherwise."""

    def __init__(self, name: str, size: int, stream: TextIO) -> None:
        self.name = name
        self.stream = stream
        self.live = stream.isatty()
        self.quiet = not self.live and size < 5_000_000
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or total <= 0:
            return
        percent = min(100, done * 100 // total)
        step = percent if self.live else percent - percent % 10
        if step == self.last:
            return
        self.last = step
        if self.live:
            self.stream.write(f"\r{self.name}: {percent}%")
            if percent == 100:
                self.stream.write("\r" + " " * (len(self.name) + 6) + "\r")
        else:
            self.stream.write(f"{self.name}: {step}%\n")
        self.stream.flush()


def _add_db_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database file to use (default: briefer.sqlite in the user's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefer",
        description="Briefer: prepare briefings from policy letters, offline. "
        "Without a command it opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    _add_db_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db_option(sub, argparse.SUPPRESS)
        return sub

    sub = command("import", "import letters (.txt, .pdf, .docx) into the library")
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub.set_defaults(func=cmd_import)
    sub = command("letters", "list the letters in the library")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_letters)
    sub = command("outline", "show a letter's chapters, sections and passages")
    sub.add_argument("letter", metavar="LETTER", help='letter id or kamerstuk ("35 925 V, nr. 84")')
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_outline)
    register_topic_commands(command)
    register_export_commands(command)
    sub = command("gui", "open the application window (the default)")
    sub.set_defaults(func=cmd_gui)
    parser.set_defaults(func=cmd_gui)
    return parser


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    store = open_library(args.db)
    failed = 0
    try:
        for name in args.files:
            path = Path(name)
            try:
                size = path.stat().st_size if path.is_file() else 0
                result = import_file(store, path, TerminalProgress(path.name, size, err))
            except LetterImportError as exc:
                failed += 1
                err.write(f"fout: {exc}\n")
                continue
            out.write(import_line(result) + "\n")
            out.flush()
    finally:
        store.close()
    return 1 if failed else 0


def cmd_letters(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    store = open_library(args.db)
    try:
        letters = list_letters(store)
    finally:
        store.close()
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "title": row.title,
                    "kamerstuk": row.kamerstuk,
                    "vergaderjaar": row.vergaderjaar,
                    "date": row.date.isoformat() if row.date else None,
                    "signatory": row.signatory,
                    "pages": row.pages,
                    "passages": row.passages,
                    "source": row.source_name,
                }
                for row in letters
            ],
            out,
        )
    else:
        out.write(format_letters(letters))
    return 0


def cmd_outline(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    store = open_library(args.db)
    try:
        outline = letter_outline(store, find_letter(store, args.letter))
    finally:
        store.close()
    if args.json:
        print_json(outline.to_json(), out)
    else:
        out.write(format_outline(outline))
    return 0


def cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        err.write(
            "briefer: geen beeldscherm gevonden (DISPLAY is niet gezet); "
            "de opdrachten werken wel zonder scherm, zie 'briefer --help'\n"
        )
        return 1
    from briefer.ui.application import run_gui

    return run_gui(resolve_database(args.db))


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, out, err))
    except BrieferError as exc:
        err.write(f"fout: {exc}\n")
        return 1
    except KeyboardInterrupt:
        err.write("afgebroken\n")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``briefer outline 1 | head``).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # never a traceback for the user
        log.exception("unexpected error in 'briefer %s'", args.command or "")
        where = log_file(resolve_database(args.db))
        err.write(f"fout: onverwachte fout ({type(exc).__name__}: {exc}); details in {where}\n")
        return 2
