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
from briefer.core.integrity import (
    backup_time,
    damaged_error,
    describe_time,
    is_damage,
    restore_backup,
)
from briefer.core.library import find_letter, letter_outline, list_letters
from briefer.core.store import list_backups
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
    sub = command("restore", "put a backup of the database back (the current file is kept)")
    sub.add_argument("--backup", metavar="PATH", help="this backup (default: the newest)")
    sub.add_argument("--list", action="store_true", help="list the backups, newest first")
    sub.set_defaults(func=cmd_restore)
    sub = command("gui", "open the application window (the default)")
    sub.set_defaults(func=cmd_gui)
    parser.set_defaults(func=cmd_gui)
    return parser


# Which commands change the library, and so take its lock (briefer.core.lock): the
# window holds it, so these refuse while it is open ("Briefer is al geopend op deze
# database (proces N)"). The others only read; SQLite's WAL mode lets them run beside
# the window, each seeing the library as it was at its last save.
READ_ONLY_COMMANDS = frozenset(("letters", "outline", "themes", "passages", "search", "settings"))


def command_writes(args: argparse.Namespace) -> bool:
    """Whether the command may change the database (and so needs the lock)."""
    command = args.command or "gui"
    if command in READ_ONLY_COMMANDS:
        return False
    if command == "briefings":
        return args.delete is not None
    if command == "note":
        return args.set is not None or args.append is not None or args.restore is not None
    if command == "points":
        return args.add is not None or args.move is not None or args.delete is not None
    if command == "export":
        return bool(args.save)
    return True  # import, theme, tag, restore, gui, and any command added later


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
    store = open_library(args.db, lock=False)
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
    store = open_library(args.db, lock=False)
    try:
        outline = letter_outline(store, find_letter(store, args.letter))
    finally:
        store.close()
    if args.json:
        print_json(outline.to_json(), out)
    else:
        out.write(format_outline(outline))
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    database = resolve_database(args.db)
    backups = list_backups(database)
    if args.list:
        if not backups:
            out.write(f"Er zijn nog geen reservekopieën van {database}.\n")
        for backup in reversed(backups):
            out.write(f"{describe_time(backup_time(backup)):24}  {backup}\n")
        return 0
    if args.backup:
        backup = Path(args.backup).expanduser()
    elif backups:
        backup = backups[-1]
    else:
        raise BrieferError(f"{database}: er is geen reservekopie om terug te zetten")
    aside = restore_backup(database, backup)
    out.write(
        f"{database}: de reservekopie van {describe_time(backup_time(backup))} is teruggezet\n"
    )
    if aside is not None:
        out.write(f"het vorige bestand is bewaard als {aside}\n")
    open_library(database).close()  # upgrade it if it is older; shows it opens
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
    args.writes = command_writes(args)
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
        if is_damage(exc):  # damage that the quick check at start could not see
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            err.write(f"fout: {damaged_error(resolve_database(args.db), f'SQLite: {reason}')}\n")
            return 1
        log.exception("unexpected error in 'briefer %s'", args.command or "")
        where = log_file(resolve_database(args.db))
        err.write(f"fout: onverwachte fout ({type(exc).__name__}: {exc}); details in {where}\n")
        return 2
