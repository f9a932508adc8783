"""Commands on letters: import, letters, outline."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from briefer.app import open_library
from briefer.cli.bulk import import_in_bulk, wants_bulk
from briefer.cli.output import (
    Command,
    format_letters,
    format_outline,
    import_line,
    library,
    print_json,
)
from briefer.core.importing.single import import_file
from briefer.core.library import find_letter, letter_outline, list_letters
from briefer.ingest.errors import LetterImportError


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


def register(command: Command) -> None:
    sub = command(
        "import",
        "import letters (.txt, .pdf, .docx) into the library; several files or a folder "
        "are imported in bulk, with the rate and time left",
    )
    sub.add_argument("files", nargs="+", metavar="FILE", help="files or folders")
    sub.add_argument(
        "--reread",
        action="store_true",
        help="read files imported before again (your fixes are applied again)",
    )
    sub.set_defaults(func=cmd_import)
    sub = command("letters", "list the letters in the library")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_letters)
    sub = command("outline", "show a letter's chapters, sections and passages")
    sub.add_argument("letter", metavar="LETTER", help='letter id or kamerstuk ("35 925 V, nr. 84")')
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_outline)


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    store = open_library(args.db)
    if wants_bulk(args.files) and not args.reread:
        try:
            return import_in_bulk(store, args.files, out, err)
        finally:
            store.close()
    failed = 0
    try:
        for name in args.files:
            path = Path(name)
            try:
                size = path.stat().st_size if path.is_file() else 0
                result = import_file(
                    store, path, TerminalProgress(path.name, size, err), reread=args.reread
                )
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
    with library(args) as store:
        letters = list_letters(store)
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
                    "reference": row.reference,
                    "ministry": row.ministry,
                    "dossier": row.dossier,
                    "pages": row.pages,
                    "passages": row.passages,
                    "source": row.source_name,
                    **row.facts_json(),
                }
                for row in letters
            ],
            out,
        )
    else:
        out.write(format_letters(letters))
    return 0


def cmd_outline(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        outline = letter_outline(store, find_letter(store, args.letter))
    if args.json:
        print_json(outline.to_json(), out)
    else:
        out.write(format_outline(outline))
    return 0
