"""Commands on what letters promise, cite and change: commitments, references, changes,
versions and suggested talking points."""

from __future__ import annotations

import argparse
from typing import TextIO

from briefer.cli.output import Command, library, plural, print_json
from briefer.core.citations import dutch_date
from briefer.core.commitment_register import (
    DONE,
    OPEN,
    OVERDUE,
    CommitmentRow,
    add_commitment,
    delete_commitment,
    get_commitment,
    list_candidates,
    list_commitments,
    set_done,
    update_commitment,
)
from briefer.core.errors import BrieferError
from briefer.core.letter_comparison import Changes, Side, compare_letters
from briefer.core.letter_links import cited_by, letter_references
from briefer.core.library import find_letter
from briefer.core.suggestions import accept_suggestion, suggestions
from briefer.core.themes import find_theme
from briefer.core.versions import list_versions, version_passages

_STATUS = {OPEN: "open", DONE: "afgedaan", OVERDUE: "VERLOPEN"}


def register(command: Command) -> None:
    sub = command("commitments", "the commitments (toezeggingen) the letters make")
    sub.add_argument("--letter", metavar="LETTER", help="only this letter (id or kamerstuk)")
    sub.add_argument("--theme", metavar="NAME", help="only commitments on this theme")
    state = sub.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="only open ones (also overdue)")
    state.add_argument("--overdue", action="store_true", help="only open ones past their due date")
    state.add_argument("--done", action="store_true", help="only the ones marked done")
    state.add_argument(
        "--candidates", action="store_true", help="weaker candidates (plans with a moment)"
    )
    sub.add_argument("--add", type=int, metavar="PASSAGE_ID", help="add one made in this passage")
    sub.add_argument("--subject", metavar="TEXT", help="with --add: what is promised")
    sub.add_argument("--due", metavar="WHEN", default="", help="with --add: 'Q3 2022', ...")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_commitments)

    sub = command("commitment", "show, mark done, reopen, edit or delete one commitment")
    sub.add_argument("id", type=int, metavar="ID")
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--done", action="store_true", help="mark it done")
    action.add_argument("--reopen", action="store_true", help="mark it open again")
    action.add_argument("--delete", action="store_true", help="delete it (stays deleted)")
    sub.add_argument("--subject", metavar="TEXT", help="what is promised")
    sub.add_argument("--due", metavar="WHEN", help="due moment: 'Q3 2022', '2022-06-01', ...")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_commitment)

    sub = command("references", "the parliamentary documents a letter refers to")
    sub.add_argument("letter", metavar="LETTER", help="letter id or kamerstuk")
    sub.add_argument("--cited-by", action="store_true", help="the letters that refer to it")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_references)

    sub = command("changes", "what is new, gone and changed between two letters")
    sub.add_argument("--from", dest="source", required=True, metavar="LETTER")
    sub.add_argument("--to", dest="target", required=True, metavar="LETTER")
    sub.add_argument("--from-version", type=int, metavar="N", help="an older version of --from")
    sub.add_argument("--to-version", type=int, metavar="N", help="an older version of --to")
    sub.add_argument("--theme", metavar="NAME", help="only changes that touch this theme")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_changes)

    sub = command("versions", "the versions of a letter (older ones are kept read-only)")
    sub.add_argument("letter", metavar="LETTER", help="letter id or kamerstuk")
    sub.add_argument("--show", type=int, metavar="N", help="print the text of version N")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_versions)

    sub = command("suggestions", "the government's positions on a theme, as talking points")
    sub.add_argument("theme", metavar="THEME")
    sub.add_argument("--accept", type=int, metavar="N", help="make suggestion N a talking point")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_suggestions)


def writes(args: argparse.Namespace) -> bool | None:
    """Whether one of these commands changes the library (None: not one of these)."""
    if args.command == "commitment":
        return bool(args.done or args.reopen or args.delete or args.subject or args.due)
    if args.command == "suggestions":
        return args.accept is not None
    if args.command == "commitments":
        return args.add is not None
    if args.command in ("references", "changes", "versions"):
        return False
    return None


def _commitment_lines(row: CommitmentRow) -> str:
    due = f"{row.due} ({row.due_phrase})" if row.due else "geen termijn genoemd"
    themes = f" · {', '.join(row.themes)}" if row.themes else ""
    return (
        f"#{row.id}  [{_STATUS[row.status]}]  {row.subject}\n"
        f"    termijn: {due}\n"
        f"    {row.letter}, p. {row.page}{themes}\n"
        f"    “{row.text}”\n"
    )


def cmd_commitments(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = OVERDUE if args.overdue else OPEN if args.open else DONE if args.done else None
    if args.add is not None:
        if not args.subject:
            err.write("fout: --add heeft --subject nodig (wat er is toegezegd)\n")
            return 1
        with library(args) as store:
            new_id = add_commitment(store, args.add, args.subject, args.due)
            row = get_commitment(store, new_id)
        out.write(_commitment_lines(row))
        return 0
    with library(args) as store:
        letter_id = find_letter(store, args.letter) if args.letter else None
        if args.candidates:
            candidates = list_candidates(store, letter_id)
            if args.json:
                print_json([c.to_json() for c in candidates], out)
                return 0
            out.write(
                f"{plural(len(candidates), 'kandidaat', 'kandidaten')}; bevestig er een "
                "met 'briefer commitments --add PASSAGE --subject TEKST --due TERMIJN'\n\n"
            )
            for item in candidates:
                out.write(
                    f"passage #{item.passage_id}  {item.letter}, p. {item.page}  "
                    f"termijn: {item.due} ({item.due_phrase})\n    “{item.text}”\n"
                )
            return 0
        theme_id = find_theme(store, args.theme).id if args.theme else None
        rows = list_commitments(store, letter_id=letter_id, theme_id=theme_id, status=status)
    if args.json:
        print_json([row.to_json() for row in rows], out)
        return 0
    if not rows:
        out.write("Geen toezeggingen gevonden.\n")
        return 0
    overdue = sum(1 for row in rows if row.status == OVERDUE)
    out.write(f"{plural(len(rows), 'toezegging', 'toezeggingen')}, {overdue} verlopen\n\n")
    for row in rows:
        out.write(_commitment_lines(row) + "\n")
    return 0


def cmd_commitment(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        if args.delete:
            delete_commitment(store, args.id)
            out.write(f"toezegging #{args.id} verwijderd\n")
            return 0
        if args.subject is not None or args.due is not None:
            update_commitment(store, args.id, subject=args.subject, due=args.due)
        if args.done or args.reopen:
            set_done(store, args.id, bool(args.done))
        row = get_commitment(store, args.id)
    if args.json:
        print_json(row.to_json(), out)
    else:
        out.write(_commitment_lines(row))
    return 0


def cmd_references(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        letter_id = find_letter(store, args.letter)
        if args.cited_by:
            citing = cited_by(store, letter_id)
            if args.json:
                print_json([c.to_json() for c in citing], out)
            elif not citing:
                out.write("Geen brief in de bibliotheek verwijst naar deze brief.\n")
            for item in citing:
                out.write(
                    f"{item.letter}, p. {item.page}: “{item.text}” (passage #{item.passage_id})\n"
                )
            return 0
        refs = letter_references(store, letter_id)
    if args.json:
        print_json([ref.to_json() for ref in refs], out)
        return 0
    if not refs:
        out.write("Deze brief verwijst niet naar andere Kamerstukken.\n")
        return 0
    distinct = len({ref.canonical for ref in refs})
    out.write(f"{plural(len(refs), 'verwijzing', 'verwijzingen')} naar {distinct} stukken\n")
    for ref in refs:
        kind = f" ({ref.document})" if ref.document else ""
        link = (
            f"  → in de bibliotheek: {ref.letter} (brief {ref.letter_id})" if ref.letter_id else ""
        )
        label = ref.kamerstuk if ref.kind != "kamerstuk" else f"Kamerstuk {ref.kamerstuk}"
        out.write(f"p. {ref.page:>3}  {label}{kind}{link}\n")
    return 0


def _format_changes(changes: Changes) -> str:
    lines = [
        f"Van {changes.source} naar {changes.target}: {len(changes.added)} nieuw, "
        f"{len(changes.removed)} vervallen, {len(changes.changed)} gewijzigd\n"
    ]
    for passage in changes.added:
        lines.append(f"\n+ NIEUW ({passage.citation})\n  {passage.text}\n")
    for passage in changes.removed:
        lines.append(f"\n- VERVALLEN ({passage.citation})\n  {passage.text}\n")
    for pair in changes.changed:
        marked = "".join(
            text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
            for op, text in pair.diff
        )
        lines.append(
            f"\n~ GEWIJZIGD ({pair.before.citation} → {pair.after.citation})\n  {marked}\n"
        )
    return "".join(lines)


def cmd_changes(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        source = Side(find_letter(store, args.source), args.from_version)
        target = Side(find_letter(store, args.target), args.to_version)
        theme_id = find_theme(store, args.theme).id if args.theme else None
        changes = compare_letters(store, source, target, theme_id)
    if args.json:
        print_json(changes.to_json(), out)
    else:
        out.write(_format_changes(changes))
    return 0


def cmd_versions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        letter_id = find_letter(store, args.letter)
        versions = list_versions(store, letter_id)
        if args.show is not None:
            if not 1 <= args.show < len(versions):
                current = len(versions)
                raise BrieferError(
                    f"brief {letter_id} heeft geen oudere versie {args.show} "
                    f"(oudere versies: 1-{current - 1}; versie {current} is de brief zelf)"
                    if current > 1
                    else f"brief {letter_id} heeft geen oudere versies"
                )
            passages = version_passages(store, letter_id, args.show)
            if args.json:
                print_json([p.__dict__ for p in passages], out)
                return 0
            out.write(f"Versie {args.show} (alleen lezen)\n\n")
            for passage in passages:
                out.write(f"p. {passage.first_page}  {passage.text}\n\n")
            return 0
    if args.json:
        print_json([v.to_json() for v in versions], out)
        return 0
    for version in versions:
        when = (
            f"vervangen {dutch_date(version.replaced_at.date())}"
            if version.replaced_at
            else "huidig"
        )
        out.write(
            f"versie {version.number}  {version.title} · {version.source_name} · "
            f"{plural(version.passages, 'passage', 'passages')} · {when}\n"
        )
    return 0


def cmd_suggestions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with library(args) as store:
        theme = find_theme(store, args.theme)
        found = suggestions(store, theme.id)
        if args.accept is not None:
            if not 1 <= args.accept <= len(found):
                err.write(f"fout: er is geen suggestie {args.accept} (1-{len(found)})\n")
                return 1
            point_id = accept_suggestion(store, found[args.accept - 1])
            out.write(f"spreekpunt #{point_id} toegevoegd aan '{theme.name}'\n")
            return 0
    if args.json:
        print_json([s.to_json() for s in found], out)
        return 0
    if not found:
        out.write(f"Geen standpunten gevonden in de passages over {theme.name}.\n")
    for number, item in enumerate(found, 1):
        out.write(f"{number}. {item.text}\n   ({item.citation}, passage #{item.passage_id})\n")
    return 0
