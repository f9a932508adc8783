"""Commands for briefings: export, briefings, settings."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TextIO

from briefer.cli.output import Command, library, plural, print_json
from briefer.core.briefings import (
    PARTS,
    BriefingSpec,
    delete_briefing,
    get_briefing,
    list_briefings,
    save_briefing,
)
from briefer.core.errors import BrieferError
from briefer.core.themes import find_theme
from briefer.export.briefing_export import FORMATS, export_briefing, format_for
from briefer.settings import load_settings, save_settings


def register(command: Command) -> None:
    sub = command("export", "export a briefing (one theme or a pack) to Word or PDF")
    source = sub.add_mutually_exclusive_group(required=True)
    source.add_argument("--theme", action="append", metavar="NAME", help="repeat for a pack")
    source.add_argument("--briefing", type=int, metavar="ID", help="a saved briefing")
    sub.add_argument("--format", choices=sorted(FORMATS), help="default: from the -o suffix")
    sub.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="file, or folder with --split"
    )
    sub.add_argument("--title", metavar="TEXT")
    sub.add_argument("--occasion", metavar="TEXT", help="e.g. 'Bezoek minister aan Beijing'")
    sub.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the cover")
    sub.add_argument("--author", metavar="NAME", help="default: from 'briefer settings'")
    sub.add_argument("--classification", metavar="TEXT", help="the marking on every page")
    sub.add_argument("--parts", metavar="PART,...", help=f"parts in order, from: {','.join(PARTS)}")
    sub.add_argument("--no-cover", action="store_true")
    sub.add_argument("--no-toc", action="store_true", help="without a table of contents")
    sub.add_argument("--split", action="store_true", help="one file per theme in a folder")
    sub.add_argument("--save", action="store_true", help="also save the briefing for later")
    sub.set_defaults(func=cmd_export)

    sub = command("briefings", "list the saved briefings")
    sub.add_argument("--delete", type=int, metavar="ID", help="delete a saved briefing")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_briefings)

    sub = command("settings", "show or change the preferences (author, marking, ...)")
    sub.add_argument("--author", metavar="NAME")
    sub.add_argument("--classification", metavar="TEXT", help="default marking")
    sub.add_argument("--export-folder", metavar="PATH")
    sub.add_argument("--language", choices=["nl", "en"])
    sub.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="the library to open without --db: a file, or a team library's "
        "postgresql+psycopg:// URL ('' for the default file)",
    )
    sub.set_defaults(func=cmd_settings)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BrieferError(f"'{text}' is geen datum; schrijf bijvoorbeeld 2026-03-08") from None


def _spec_from_args(args: argparse.Namespace, store_themes: list[tuple[int, str]]) -> BriefingSpec:
    settings = load_settings()
    ids = tuple(theme_id for theme_id, _ in store_themes)
    names = [name for _, name in store_themes]
    default_title = (
        f"Briefing {names[0]}" if len(names) == 1 else "Briefingpakket " + ", ".join(names)
    )
    parts = tuple(p.strip() for p in args.parts.split(",")) if args.parts else PARTS
    return BriefingSpec(
        title=args.title or default_title,
        theme_ids=ids,
        occasion=args.occasion or "",
        briefing_date=_parse_date(args.date) or date.today(),
        author=args.author if args.author is not None else settings.author_or_account(),
        classification=(
            args.classification
            if args.classification is not None
            else settings.default_classification
        ),
        cover=not args.no_cover,
        table_of_contents=not args.no_toc,
        parts=parts,
    )


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = Path(args.output).expanduser()
    fmt = format_for(path, args.format) if not args.split else (args.format or "")
    if args.split and not fmt:
        raise BrieferError("met --split hoort --format docx of --format pdf")
    with library(args) as store:
        if args.briefing is not None:
            spec = get_briefing(store, args.briefing)
            spec = replace(
                spec,
                title=args.title if args.title is not None else spec.title,
                occasion=args.occasion if args.occasion is not None else spec.occasion,
                author=args.author if args.author is not None else spec.author,
                classification=(
                    args.classification if args.classification is not None else spec.classification
                ),
                briefing_date=_parse_date(args.date) if args.date else spec.briefing_date,
            )
        else:
            themes = [find_theme(store, name) for name in args.theme]
            spec = _spec_from_args(args, [(theme.id, theme.name) for theme in themes])
        spec = spec.check()
        written = export_briefing(store, spec, path, fmt, split=args.split)
        if args.save:
            saved = save_briefing(store, spec)
            out.write(f"briefing opgeslagen als nummer {saved}\n")
    topics = plural(1 if args.split else len(spec.theme_ids), "thema", "thema's")
    for file in written:
        out.write(f"{file}: {FORMATS[fmt]}, {topics}\n")
    return 0


def cmd_briefings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        if args.delete is not None:
            delete_briefing(store, args.delete)
            out.write(f"briefing {args.delete} verwijderd\n")
            return 0
        rows = list_briefings(store)
    if args.json:
        print_json([row.to_json() for row in rows], out)
        return 0
    if not rows:
        out.write("Nog geen opgeslagen briefings. Bewaar er een met 'briefer export ... --save'.\n")
    for row in rows:
        when = row.briefing_date.isoformat() if row.briefing_date else ""
        marking = f" [{row.classification}]" if row.classification else ""
        out.write(f"{row.id:>3}  {when:10}  {row.title}{marking} · {', '.join(row.themes)}\n")
    return 0


def cmd_settings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = load_settings()
    changes = {
        key: value
        for key, value in (
            ("author", args.author),
            ("default_classification", args.classification),
            ("export_folder", args.export_folder),
            ("language", args.language),
            ("database", args.database),
        )
        if value is not None
    }
    if changes:
        settings = settings.with_changes(**changes)
        save_settings(settings)
    labels = {
        "author": "auteur",
        "default_classification": "standaardrubricering",
        "export_folder": "exportmap",
        "language": "taal",
        "database": "bibliotheek",
    }
    for key, label in labels.items():
        value = getattr(settings, key) or "(niet ingesteld)"
        out.write(f"{label}: {value}\n")
    return 0
