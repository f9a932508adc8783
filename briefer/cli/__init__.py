"""The command line: thin commands over the same services as the window.

One module per group of commands (letters, themes, briefings, library), each with a
``register(command)``; shared formatting lives in ``output``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from briefer import __version__
from briefer.app import chosen_database, log_exception, resolve_database, setup_logging
from briefer.cli import briefings, copy, intelligence, letters, library, themes
from briefer.cli.library import cmd_gui
from briefer.core.errors import BrieferError
from briefer.core.store.disk_errors import os_problem
from briefer.core.store.integrity import damaged_error, is_damage
from briefer.paths import is_database_url


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


# Commands whose one positional argument is a query the user types: it may start with
# "-" (``briefer search -rusland``), which argparse would take for an unknown option.
QUERY_COMMANDS = frozenset(("search",))


def query_after_dash(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``briefer search -rusland`` as ``briefer search -- -rusland`` (the query is a query).

    A word after a query command that starts with "-" but is none of the
    command's options is its query: it goes after a ``--``, the options stay
    where they were. ``--`` typed by the user works as before.
    """
    position = _command_position(argv)
    if position is None or argv[position] not in QUERY_COMMANDS or "--" in argv:
        return argv
    sub = _subparser(parser, argv[position])
    known = set(sub._option_string_actions) if sub is not None else set()
    takes_value = {
        name
        for name, action in (sub._option_string_actions.items() if sub is not None else ())
        if action.nargs != 0
    }
    rest = argv[position + 1 :]
    options, queries = [], []
    index = 0
    while index < len(rest):
        word = rest[index]
        name = word.split("=", 1)[0]
        if name in known or (word.startswith("--") and len(word) > 2):
            options.append(word)
            if word in takes_value and index + 1 < len(rest):  # --theme China
                options.append(rest[index + 1])
                index += 1
        elif word.startswith("-") and len(word) > 1:
            queries.append(word)
        else:
            options.append(word)  # a query without a dash stays where argparse expects it
        index += 1
    if not queries:
        return argv
    return [*argv[: position + 1], *options, "--", *queries]


def _command_position(argv: list[str]) -> int | None:
    """Where the command's name is: after the main options (``--db PATH``)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--db":
            index += 2
        elif word.startswith("-"):
            index += 1
        else:
            return index
    return None


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser | None = action.choices.get(name)
            return found
    return None


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


def _from_the_driver(exc: BaseException) -> bool:
    """An error of the database driver, as SQLAlchemy wraps it (if it was loaded at all)."""
    errors = sys.modules.get("sqlalchemy.exc")
    return errors is not None and isinstance(exc, errors.DBAPIError)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(query_after_dash(parser, list(sys.argv[1:] if argv is None else argv)))
    args.writes = command_writes(args)
    # From the start: a warning before the library is open (a lock file that cannot
    # name its holder on a full disk) goes to the log, not onto the terminal.
    setup_logging(resolve_database(args.db))
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
        return _report_unexpected(args, exc, err)


def _library_name(args: argparse.Namespace) -> str:
    chosen = chosen_database(args.db)
    if is_database_url(chosen):
        from sqlalchemy.engine import make_url

        return make_url(str(chosen)).render_as_string(hide_password=True)
    return str(resolve_database(args.db))


def _report_unexpected(args: argparse.Namespace, exc: Exception, err: TextIO) -> int:
    """One line for an error no command foresaw; the details go to the log, if it can be written."""
    if is_damage(exc):  # damage that the quick check at start could not see
        reason = str(getattr(exc, "orig", exc)).splitlines()[0]
        err.write(f"fout: {damaged_error(resolve_database(args.db), f'SQLite: {reason}')}\n")
        return 1
    if _from_the_driver(exc):  # outside a session: the same line as inside one
        from briefer.core.store.failures import driver_message, store_problem

        problem = store_problem(exc) or f"de database gaf een fout ({driver_message(exc)})"
        err.write(f"fout: {_library_name(args)}: {problem}; er is niets half opgeslagen\n")
        return 1
    if isinstance(exc, OSError) and exc.errno is not None:
        log_exception(resolve_database(args.db), f"'briefer {args.command or ''}': OSError")
        name = f"{exc.filename}: " if exc.filename else ""
        err.write(f"fout: {name}{os_problem(exc)}\n")
        return 1
    written = log_exception(
        resolve_database(args.db), f"unexpected error in 'briefer {args.command or ''}'"
    )
    details = f"; details in {written}" if written else ""
    err.write(f"fout: onverwachte fout ({type(exc).__name__}: {exc}){details}\n")
    return 2
