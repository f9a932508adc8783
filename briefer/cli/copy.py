"""``briefer copy``: move a whole library between SQLite files and PostgreSQL servers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from briefer.app import open_library
from briefer.cli.output import Command, plural
from briefer.core.copy_library import copy_library
from briefer.core.errors import BrieferError
from briefer.core.store.server import is_database_url

# What the user cares about, in this order, with Dutch words.
_SHOWN = (
    ("letters", "brief", "brieven"),
    ("passages", "passage", "passages"),
    ("themes", "thema", "thema's"),
    ("tags", "themakoppeling", "themakoppelingen"),
    ("notes", "notitie", "notities"),
    ("note_versions", "notitieversie", "notitieversies"),
    ("talking_points", "spreekpunt", "spreekpunten"),
    ("briefings", "briefing", "briefings"),
)


def register(command: Command) -> None:
    sub = command(
        "copy",
        "copy a whole library to a new, empty database (SQLite file or PostgreSQL URL), "
        "verified by counting every table on both sides",
    )
    sub.add_argument("--from", dest="source", required=True, metavar="DB", help="file or URL")
    sub.add_argument("--to", dest="target", required=True, metavar="DB", help="file or URL")
    sub.set_defaults(func=cmd_copy)


def cmd_copy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not is_database_url(args.source) and not Path(args.source).expanduser().is_file():
        raise BrieferError(f"{args.source}: deze database bestaat niet")
    source = open_library(args.source, lock=False)
    try:
        result = copy_library(source, args.target)
    finally:
        source.close()
    shown = ", ".join(plural(result.count(table), one, many) for table, one, many in _SHOWN)
    out.write(f"{result.source} → {result.target}: gekopieerd en nageteld: {shown}\n")
    return 0
