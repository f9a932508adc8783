"""Commands for briefings: export, briefings, settings."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefer.cli.output import Command, library, plural, print_json
from briefer.core.errors import BrieferError
from briefer.core.library import find_letter

if TYPE_CHECKING:
    from briefer.core.briefings import BriefingSpec
    from briefer.export.briefing_export import PlannedFile


def register(command: Command) -> None:
    from briefer.core.briefing_parts import LANGUAGES, PART_REGISTRY
    from briefer.settings import EXPORT_FORMATS as FORMATS

    sub = command("export", "export a briefing (one theme or a pack) to Word or PDF")
    source = sub.add_mutually_exclusive_group(required=True)
    source.add_argument("--theme", action="append", metavar="NAME", help="repeat for a pack")
    source.add_argument("--briefing", type=int, metavar="ID", help="a saved briefing")
    sub.add_argument(
        "--format",
        choices=sorted(FORMATS),
        help="default: from the -o suffix, else the preference (briefer settings --format)",
    )
    sub.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="file, or folder with --split"
    )
    sub.add_argument("--title", metavar="TEXT")
    sub.add_argument("--occasion", metavar="TEXT", help="e.g. 'Bezoek minister aan Beijing'")
    sub.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the cover")
    sub.add_argument("--author", metavar="NAME", help="default: from 'briefer settings'")
    sub.add_argument("--classification", metavar="TEXT", help="the marking on every page")
    sub.add_argument(
        "--parts",
        metavar="PART,...",
        help=f"parts in order, from: {','.join(PART_REGISTRY)} (empty parts are left out)",
    )
    sub.add_argument(
        "--part-title",
        action="append",
        metavar="PART=TITLE",
        help="your own title for a part, e.g. spreekpunten='Wat wij zeggen'",
    )
    sub.add_argument(
        "--language", choices=list(LANGUAGES), help="of headings, labels and dates (default nl)"
    )
    sub.add_argument(
        "--target-pages", type=int, metavar="N", help="length to aim at per topic (default 2)"
    )
    sub.add_argument(
        "--annex", action="store_true", help="the passages in full in 'Bijlage: brontekst'"
    )
    sub.add_argument(
        "--changes-from", metavar="LETTER", help="'wijzigingen': the letter to compare against"
    )
    sub.add_argument(
        "--changes-from-version",
        type=int,
        metavar="N",
        help="... its older version N (see 'briefer versions LETTER')",
    )
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
    sub.add_argument("--format", choices=sorted(FORMATS), help="export format by default")
    sub.add_argument(
        "--word-template", metavar="PATH", help="a ministry's .dotx/.docx as base ('' = none)"
    )
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
    from briefer.core.briefings import DEFAULT_TARGET_PAGES, PARTS, BriefingSpec
    from briefer.settings import load_settings

    settings = load_settings()
    ids = tuple(theme_id for theme_id, _ in store_themes)
    names = [name for _, name in store_themes]
    pack = "Briefing pack " if args.language == "en" else "Briefingpakket "
    default_title = f"Briefing {names[0]}" if len(names) == 1 else pack + ", ".join(names)
    parts = tuple(p.strip() for p in args.parts.split(",")) if args.parts else PARTS
    return BriefingSpec(
        language=args.language or "nl",
        target_pages=args.target_pages or DEFAULT_TARGET_PAGES,
        annex=args.annex,
        part_titles=_part_titles(args.part_title),
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


def _part_titles(given: list[str] | None) -> tuple[tuple[str, str], ...]:
    titles = []
    for text in given or []:
        key, _, title = text.partition("=")
        if not title.strip():
            raise BrieferError(f"--part-title '{text}': schrijf ONDERDEEL=TITEL")
        titles.append((key.strip(), title.strip()))
    return tuple(titles)


def _word_template(template: str) -> Path | None:
    return Path(template).expanduser() if template.strip() else None


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.briefings import get_briefing, save_briefing
    from briefer.core.recent_exports import remember_exports
    from briefer.core.theme_list import find_theme
    from briefer.export.briefing_export import FORMATS, format_for, plan_export, write_planned
    from briefer.settings import load_settings

    path = Path(args.output).expanduser()
    settings = load_settings()
    if args.split:
        fmt = (args.format or settings.export_format).lower()
    else:
        fmt = format_for(path, args.format, settings.export_format)
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
                language=args.language or spec.language,
                target_pages=args.target_pages or spec.target_pages,
                annex=args.annex or spec.annex,
                part_titles=spec.part_titles + _part_titles(args.part_title),
                parts=_parts(args.parts) if args.parts else spec.parts,
            )
        else:
            themes = [find_theme(store, name) for name in args.theme]
            spec = _spec_from_args(args, [(theme.id, theme.name) for theme in themes])
        if args.changes_from:
            spec = replace(
                spec,
                changes_from=find_letter(store, args.changes_from),
                changes_from_version=args.changes_from_version,
            )
        elif args.changes_from_version is not None:
            raise BrieferError("--changes-from-version hoort bij --changes-from LETTER")
        spec = spec.check()
        planned = plan_export(store, spec, path, fmt, split=args.split)
        _report_before_export(planned, fmt, explicit_parts=bool(args.parts), err=err)
        written = write_planned(
            planned,
            fmt,
            word_template=_word_template(settings.word_template),
            split=args.split,
        )
        remember_exports(written)  # in the window's Briefing › Recente exports, as its exports
        if args.save:
            saved = save_briefing(store, spec, base_version=spec.version)
            out.write(f"briefing opgeslagen als nummer {saved}\n")
    for file, plan in zip(written, planned, strict=True):
        topics = plural(len(plan.document.meta.subject.split(", ")), "thema", "thema's")
        out.write(f"{file}: {FORMATS[fmt]}, {topics}, {_length(plan)}\n")
    return 0


def _parts(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _length(plan: PlannedFile) -> str:
    from briefer.export.pdf import layout_pdf

    document = plan.document
    pages = layout_pdf(document).content_pages(document)
    target = document.meta.target_pages
    verdict = f"doel {target}" if pages <= target else f"LANGER dan het doel van {target}"
    count = plural(pages, "pagina", "pagina's")
    return f"{count} ({verdict})"


def _report_before_export(
    planned: list[PlannedFile], fmt: str, *, explicit_parts: bool, err: TextIO
) -> None:
    """Warnings before anything is written: parts left out, text the PDF cannot print."""
    for plan in planned:
        document = plan.document
        if explicit_parts:
            for omission in document.omitted:
                err.write(f"let op: {omission}\n")
        else:
            empty_topics = [o.topic for o in document.omitted if not o.part]
            for topic in empty_topics:
                err.write(
                    f"let op: {topic} weggelaten (nog geen passages, spreekpunten of notities)\n"
                )
        if fmt == "pdf":
            from briefer.export.preflight import script_warnings

            for warning in script_warnings(document):
                err.write(f"waarschuwing: {plan.path.name}: {warning}\n")


def cmd_briefings(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.briefings import delete_briefing, list_briefings

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
    from briefer.settings import load_settings, save_settings

    settings = load_settings()
    changes = {
        key: value
        for key, value in (
            ("author", args.author),
            ("default_classification", args.classification),
            ("export_folder", args.export_folder),
            ("language", args.language),
            ("export_format", args.format),
            ("word_template", args.word_template),
            ("database", args.database),
        )
        if value is not None
    }
    template = changes.get("word_template", "")
    if template and not Path(template).expanduser().is_file():
        raise BrieferError(f"{template}: de Word-sjabloon bestaat niet")
    if changes:
        settings = settings.with_changes(**changes)
        save_settings(settings)
    labels = {
        "author": "auteur",
        "default_classification": "standaardrubricering",
        "export_folder": "exportmap",
        "language": "taal",
        "export_format": "exportformaat",
        "word_template": "Word-sjabloon",
        "database": "bibliotheek",
    }
    for key, label in labels.items():
        value = getattr(settings, key) or "(niet ingesteld)"
        out.write(f"{label}: {value}\n")
    return 0
