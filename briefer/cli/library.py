"""Commands on the library as a whole: restore a backup, open the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from briefer.app import chosen_database, open_library, resolve_database
from briefer.cli.output import Command
from briefer.core.errors import BrieferError
from briefer.core.store.database import SERVER_BACKUPS, list_backups
from briefer.core.store.integrity import backup_time, describe_time, restore_backup
from briefer.core.store.server import is_database_url


def register(command: Command) -> None:
    sub = command("restore", "put a backup of the database back (the current file is kept)")
    sub.add_argument("--backup", metavar="PATH", help="this backup (default: the newest)")
    sub.add_argument("--list", action="store_true", help="list the backups, newest first")
    sub.set_defaults(func=cmd_restore)
    sub = command("gui", "open the application window (the default)")
    sub.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="letters or folders to import once the window is open, as if dropped on it",
    )
    sub.add_argument(
        "--check",
        action="store_true",
        help="open the window, say when it shows the library, and close it again "
        "(to check an installation)",
    )
    sub.set_defaults(func=cmd_gui)


def cmd_restore(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if is_database_url(chosen_database(args.db)):
        raise BrieferError(SERVER_BACKUPS)
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
    from briefer.ui.startup import check_report, no_display_message, run_gui

    message = no_display_message()
    if message is not None:
        err.write(message + "\n")
        return 1
    files = getattr(args, "files", [])  # 'briefer' without 'gui' has none
    check = getattr(args, "check", False)
    if check and files:  # the check closes the window at once; an import would ask first
        raise BrieferError("'briefer gui --check' opent alleen het venster, zonder bestanden")
    report = check_report(out) if check else None
    return run_gui(chosen_database(args.db) or resolve_database(None), report, files)
