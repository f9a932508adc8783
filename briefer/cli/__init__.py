"""The command line: thin commands over the same services as the window.

One module per group of commands (letters, themes, briefings, library), each with a
``register(command)``; shared formatting lives in ``output``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from sqlalchemy.exc import DBAPIError

from briefer import __version__
from briefer.app import chosen_database, log_file, resolve_database
from briefer.cli import briefings, copy, intelligence, letters, library, themes
from briefer.cli.library import cmd_gui
from briefer.core.errors import BrieferError
from briefer.core.store.integrity import damaged_error, is_damage
from briefer.core.store.server import is_database_url

log = logging.getLogger(__name__)


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

    # One module per group of commands, each with register(command).
    for group in (letters, themes, briefings, library, intelligence, copy):
        group.register(command)
    parser.set_defaults(func=cmd_gui)
    return parser


# Which commands change the library, and so take its lock (briefer.core.store.lock): the
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
        changes = (args.add, args.move, args.delete, args.kind)
        return any(change is not None for change in changes)
    if command == "export":
        return bool(args.save)
    group_says = intelligence.writes(args)
    if group_says is not None:
        return group_says
    return True  # import, theme, tag, restore, gui, and any command added later


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
        if isinstance(exc, DBAPIError) and is_database_url(chosen_database(args.db)):
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            err.write(f"fout: de server gaf een fout ({reason}); er is niets half opgeslagen\n")
            return 1
        if is_damage(exc):  # damage that the quick check at start could not see
            reason = str(getattr(exc, "orig", exc)).splitlines()[0]
            err.write(f"fout: {damaged_error(resolve_database(args.db), f'SQLite: {reason}')}\n")
            return 1
        log.exception("unexpected error in 'briefer %s'", args.command or "")
        where = log_file(resolve_database(args.db))
        err.write(f"fout: onverwachte fout ({type(exc).__name__}: {exc}); details in {where}\n")
        return 2
