"""Commands on themes: themes, theme (add/edit/delete/restore), passages, tag, note,
points and search. Thin wrappers over the core services, like the window."""

from __future__ import annotations

import argparse
from typing import TextIO

from briefer.cli.output import Command, library, plural, print_json
from briefer.core.citations import pages_label
from briefer.core.errors import BrieferError
from briefer.core.tag_choices import CLEAR, EXCLUDE, INCLUDE


def n_passages(count: int) -> str:
    return plural(count, "passage", "passages")


def register(command: Command) -> None:
    sub = command("themes", "list the themes with their passage counts")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_themes)

    sub = command("theme", "add, change, delete or restore themes")
    sub.add_argument("action", choices=["add", "edit", "delete", "restore-defaults"])
    sub.add_argument("name", nargs="?", metavar="NAME", help="the theme (not for restore-defaults)")
    sub.add_argument("--rename", metavar="NEW_NAME")
    sub.add_argument("--color", metavar="#RRGGBB")
    sub.add_argument("--description", metavar="TEXT")
    sub.add_argument("--terms", metavar="TERM", nargs="+", help="replace the rules")
    sub.add_argument("--add-term", metavar="TERM", action="append", default=[])
    sub.add_argument("--remove-term", metavar="TERM", action="append", default=[])
    sub.add_argument("--force", action="store_true", help="delete even with notes on it")
    sub.set_defaults(func=cmd_theme)

    sub = command("passages", "the passages of every letter on a theme, in reading order")
    sub.add_argument("--theme", required=True, metavar="NAME")
    sub.add_argument("--excluded", action="store_true", help="also the passages you excluded")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_passages)

    sub = command("tag", "include a passage in a theme, exclude it, or leave it to the rules")
    sub.add_argument("passage", type=int, metavar="PASSAGE_ID")
    sub.add_argument("--theme", required=True, metavar="NAME")
    choice = sub.add_mutually_exclusive_group()
    choice.add_argument("--exclude", action="store_true", help="the passage is not on the theme")
    choice.add_argument("--clear", action="store_true", help="forget your choice; rules decide")
    sub.set_defaults(func=cmd_tag)

    sub = command("note", "show or write the notes of a theme (or of one passage)")
    sub.add_argument("theme", nargs="?", metavar="THEME")
    sub.add_argument("--passage", type=int, metavar="PASSAGE_ID", help="the note on a passage")
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--set", metavar="TEXT", help="replace the note")
    action.add_argument("--append", metavar="TEXT", help="add a paragraph at the end")
    action.add_argument("--history", action="store_true", help="list the saved versions")
    action.add_argument("--restore", type=int, metavar="VERSION", help="restore version N")
    sub.set_defaults(func=cmd_note)

    sub = command("points", "the talking points (spreekpunten) of a theme")
    sub.add_argument("theme", metavar="THEME")
    sub.add_argument("--add", metavar="TEXT")
    sub.add_argument("--cite", type=int, nargs="+", metavar="PASSAGE_ID", default=[])
    sub.add_argument("--at", type=int, metavar="N", help="with --add or --move: position N")
    sub.add_argument("--move", type=int, metavar="POINT_ID")
    sub.add_argument("--delete", type=int, metavar="POINT_ID")
    sub.add_argument(
        "--reactief", action="store_true", help="with --add: only said when asked (Q&A)"
    )
    sub.add_argument(
        "--kind",
        nargs=2,
        metavar=("POINT_ID", "actief|reactief"),
        help="make a talking point actief or reactief",
    )
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_points)

    sub = command("search", 'search passages and notes (oekraine, sanctie*, "Westelijke Balkan")')
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument("--theme", metavar="NAME")
    sub.add_argument("--letter", metavar="LETTER")
    sub.add_argument("--limit", type=int, default=20)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_search)


def cmd_themes(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.theme_list import list_themes

    with library(args) as store:
        themes = list_themes(store)
    if args.json:
        print_json([theme.to_json() for theme in themes], out)
        return 0
    width = max((len(theme.name) for theme in themes), default=5)
    for theme in themes:
        out.write(f"{theme.name.ljust(width)}  {theme.color}  {n_passages(theme.passages)}\n")
    return 0


def cmd_theme(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.themes import (
        create_theme,
        delete_theme,
        find_theme,
        restore_default_themes,
        update_theme,
    )

    with library(args) as store:
        if args.action == "restore-defaults":
            restored = restore_default_themes(store)
            out.write(
                "standaardthema's hersteld: "
                + (", ".join(restored) or "er was niets veranderd")
                + "\n"
            )
            return 0
        if not args.name:
            raise BrieferError(f"'briefer theme {args.action}' heeft de naam van een thema nodig")
        if args.action == "add":
            create_theme(
                store,
                args.name,
                terms=(args.terms or []) + args.add_term,
                color=args.color or "#5D6D7E",
                description=args.description or "",
            )
            theme = find_theme(store, args.name)
            out.write(f"thema '{theme.name}' toegevoegd: {n_passages(theme.passages)}\n")
            return 0
        theme = find_theme(store, args.name)
        if args.action == "delete":
            delete_theme(store, theme.id, force=args.force)
            out.write(f"thema '{theme.name}' verwijderd\n")
            return 0
        terms = list(args.terms) if args.terms else list(theme.terms)
        terms += [term for term in args.add_term if term not in terms]
        removed = {term.casefold() for term in args.remove_term}
        unknown = [t for t in args.remove_term if t.casefold() not in {x.casefold() for x in terms}]
        if unknown:
            raise BrieferError(f"thema '{theme.name}' heeft geen term '{unknown[0]}'")
        terms = [term for term in terms if term.casefold() not in removed]
        update_theme(
            store,
            theme.id,
            name=args.rename,
            color=args.color,
            description=args.description,
            terms=terms,
        )
        updated = find_theme(store, str(theme.id))
        out.write(f"thema '{updated.name}' bijgewerkt: {n_passages(updated.passages)}\n")
    return 0


def cmd_passages(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.tags import theme_passages
    from briefer.core.theme_list import find_theme

    with library(args) as store:
        theme = find_theme(store, args.theme)
        passages = theme_passages(store, theme.id, with_excluded=args.excluded)
    if args.json:
        print_json(
            [p.to_json() | ({"excluded": True} if p.excluded else {}) for p in passages], out
        )
        return 0
    if not passages:
        out.write(f"Geen passages over {theme.name}.\n")
    for passage in passages:
        pages = pages_label(passage.first_page, passage.last_page)
        flag = " [uitgesloten]" if passage.excluded else (" [handmatig]" if passage.manual else "")
        out.write(f"#{passage.id}  {passage.letter}, {pages} · {passage.section or ''}{flag}\n")
        out.write(f"    {passage.text}\n")
        out.write(f"    waarom: {'; '.join(passage.reasons)}\n\n")
    return 0


def cmd_tag(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.tags import set_manual_tag
    from briefer.core.theme_list import find_theme

    action = EXCLUDE if args.exclude else CLEAR if args.clear else INCLUDE
    with library(args) as store:
        theme = find_theme(store, args.theme)
        set_manual_tag(store, args.passage, theme.id, action)
    said = {
        INCLUDE: "hoort nu bij",
        EXCLUDE: "is uitgesloten van",
        CLEAR: "volgt weer de regels van",
    }[action]
    out.write(f"passage #{args.passage} {said} '{theme.name}'\n")
    return 0


def cmd_note(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.notes import (
        append_to_note,
        get_note,
        note_versions,
        restore_version,
        save_note,
    )
    from briefer.core.theme_list import find_theme

    if (args.theme is None) == (args.passage is None):
        raise BrieferError("noem een thema, of een passage met --passage")
    with library(args) as store:
        owner: dict[str, int] = {}
        if args.theme is not None:
            owner["theme_id"] = find_theme(store, args.theme).id
        else:
            owner["passage_id"] = args.passage
        if args.set is not None:
            view = save_note(store, args.set, **owner)
            out.write(f"notitie opgeslagen (versie {view.versions})\n")
        elif args.append is not None:
            view = append_to_note(store, args.append, **owner)
            out.write(f"notitie aangevuld (versie {view.versions})\n")
        elif args.history or args.restore is not None:
            view = get_note(store, **owner)
            versions = note_versions(store, view.id) if view.id is not None else []
            if args.history:
                for version in versions:
                    stamp = version.saved_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
                    who = f"  ({version.author})" if version.author else ""
                    out.write(f"{version.number:>3}  {stamp}{who}  {version.preview}\n")
                if not versions:
                    out.write("Nog geen versies.\n")
            else:
                match = [v for v in versions if v.number == args.restore]
                if not match:
                    raise BrieferError(f"geen versie {args.restore} van deze notitie")
                view = restore_version(store, match[0].id)
                out.write(f"versie {args.restore} hersteld (nu versie {view.versions})\n")
        else:
            view = get_note(store, **owner)
            out.write(view.body + "\n" if view.body else "")
    return 0


def cmd_points(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.points import (
        ACTIEF,
        REACTIEF,
        add_point,
        delete_point,
        list_points,
        move_point,
        set_point_kind,
    )
    from briefer.core.theme_list import find_theme

    with library(args) as store:
        theme = find_theme(store, args.theme)
        if args.add is not None:
            kind = REACTIEF if args.reactief else ACTIEF
            add_point(store, theme.id, args.add, args.cite, args.at, kind=kind)
        elif args.cite or args.reactief:
            raise BrieferError("--cite en --reactief horen bij --add")
        if args.kind is not None:
            point_id, kind = args.kind
            if not point_id.isdigit():
                raise BrieferError(f"--kind: '{point_id}' is geen nummer van een spreekpunt")
            set_point_kind(store, int(point_id), kind)
        if args.move is not None:
            if args.at is None:
                raise BrieferError("--move heeft --at N nodig")
            move_point(store, args.move, args.at)
        if args.delete is not None:
            delete_point(store, args.delete)
        points = list_points(store, theme.id)
    if args.json:
        print_json([point.to_json() for point in points], out)
        return 0
    if not points:
        out.write(f"Nog geen spreekpunten voor {theme.name}.\n")
    for point in points:
        kind = "  (reactief)" if point.kind == REACTIEF else ""
        out.write(f"{point.position}. {point.text}  [#{point.id}]{kind}\n")
        for citation in point.citations:
            note = " (niet meer in de huidige versie)" if citation.retired else ""
            out.write(f"     – {citation.label} (#{citation.passage_id}){note}\n")
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.library import find_letter
    from briefer.core.search import search
    from briefer.core.theme_list import find_theme

    with library(args) as store:
        theme_id = find_theme(store, args.theme).id if args.theme else None
        letter_id = find_letter(store, args.letter) if args.letter else None
        hits = search(store, args.query, theme_id=theme_id, letter_id=letter_id, limit=args.limit)
    if args.json:
        print_json([hit.to_json() for hit in hits], out)
        return 0
    if not hits:
        out.write(f"Niets gevonden voor {args.query}.\n")
    bold = ("\033[1m", "\033[0m") if out.isatty() else ("**", "**")
    for hit in hits:
        if hit.kind == "note" and hit.theme:
            where = f"notitie bij {hit.theme}"
        else:
            pages = pages_label(hit.first_page or 0, hit.last_page or 0)
            kind = "notitie bij passage" if hit.kind == "note" else "passage"
            where = f"{kind} #{hit.passage_id} · {hit.letter}, {pages}"
            if hit.section:
                where += f" · {hit.section}"
        out.write(f"{where}\n    {hit.snippet_with(*bold)}\n\n")
    return 0
