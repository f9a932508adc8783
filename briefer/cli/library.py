"""Commands on the library as a whole: restore a backup, open the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefer.app import chosen_database, open_library, resolve_database
from briefer.cli.output import Command, plural
from briefer.core.errors import BrieferError
from briefer.core.store.database import SERVER_BACKUPS, list_backups
from briefer.core.store.integrity import backup_time, describe_time, restore_backup
from briefer.paths import is_database_url

if TYPE_CHECKING:
    from briefer.core.note_replay import ReplayReport


def register(command: Command) -> None:
    sub = command("restore", "put a backup of the database back (the current file is kept)")
    sub.add_argument("--backup", metavar="PATH", help="this backup (default: the newest)")
    sub.add_argument("--list", action="store_true", help="list the backups, newest first")
    sub.set_defaults(func=cmd_restore)
    sub = command(
        "new-library",
        "begin a new, empty library where the library file is missing (its backups stay)",
    )
    sub.set_defaults(func=cmd_new_library)
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
    from briefer.core.note_replay import replay_notes

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
    store = open_library(database)  # upgrade it if it is older; shows it opens
    try:
        replayed = replay_notes(store)  # the notes saved since the backup was made
    finally:
        store.close()
    for line in replay_lines(replayed):
        out.write(line + "\n")
    return 0


def replay_lines(report: ReplayReport) -> list[str]:
    """What the journal brought back after a restore, in a line or two."""
    lines = []
    if report.versions:
        versions = plural(report.versions, "notitieversie", "notitieversies")
        notes = plural(report.notes, "notitie", "notities")
        lines.append(f"{versions} van na de reservekopie teruggezet ({notes})")
    if report.aside_file is not None:
        notes = plural(report.kept_aside, "notitie hoorde", "notities hoorden")
        lines.append(
            f"{notes} bij een brief die na de reservekopie kwam; "
            f"de tekst staat in {report.aside_file}"
        )
    return lines


def cmd_new_library(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if is_database_url(chosen_database(args.db)):
        raise BrieferError("een nieuwe teambibliotheek maakt de beheerder van de server")
    database = resolve_database(args.db)
    if database.exists():
        raise BrieferError(f"{database}: de bibliotheek bestaat al; er is niets veranderd")
    open_library(database, new_library=True).close()
    out.write(f"{database}: een nieuwe, lege bibliotheek is gemaakt\n")
    backups = list_backups(database)
    if backups:
        out.write(
            f"de reservekopieën van de vorige staan nog in {backups[-1].parent} "
            "('briefer restore --list')\n"
        )
    return 0


def cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.app import no_display_message
    from briefer.ui.entry import run_window

    message = no_display_message()
    if message is not None:
        err.write(message + "\n")
        return 1
    files = getattr(args, "files", [])  # 'briefer' without 'gui' has none
    check = getattr(args, "check", False)
    if check and files:  # the check closes the window at once; an import would ask first
        raise BrieferError("'briefer gui --check' opent alleen het venster, zonder bestanden")
    return run_window(chosen_database(args.db) or resolve_database(None), None, files, check)
