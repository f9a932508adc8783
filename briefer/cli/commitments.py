"""``briefer commitments`` and ``briefer commitment``: what letters promise, what the Kamer
asks in its moties, and which letter meets which."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from briefer.cli.output import Command, library, plural, print_json

if TYPE_CHECKING:
    from briefer.core.commitment_register import CommitmentRow

# The register's states as the command line names them (its constants are these words).
_STATUS = {"open": "open", "done": "afgedaan", "overdue": "VERLOPEN", "voldaan": "voldaan"}


def register(command: Command) -> None:
    sub = command(
        "commitments",
        "the commitments (toezeggingen) the letters make, the requests of the Kamer (moties) "
        "and the letters that meet them",
    )
    sub.add_argument("--letter", metavar="LETTER", help="only this letter (id or kamerstuk)")
    sub.add_argument("--theme", metavar="NAME", help="only commitments on this theme")
    state = sub.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="only open ones (also overdue)")
    state.add_argument("--overdue", action="store_true", help="only open ones past their due date")
    state.add_argument("--done", action="store_true", help="only the ones marked done")
    state.add_argument("--met", action="store_true", help="only the ones a letter met (voldaan)")
    state.add_argument(
        "--candidates", action="store_true", help="weaker candidates (plans with a moment)"
    )
    state.add_argument(
        "--refind", action="store_true", help="find them again in every letter (keeps your work)"
    )
    sub.add_argument(
        "--requests", action="store_true", help="only the requests of the Kamer (moties)"
    )
    sub.add_argument("--add", type=int, metavar="PASSAGE_ID", help="add one made in this passage")
    sub.add_argument("--subject", metavar="TEXT", help="with --add: what is promised")
    sub.add_argument("--due", metavar="WHEN", default="", help="with --add: 'Q3 2022', ...")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_commitments)

    sub = command(
        "commitment", "show, mark done, reopen, edit, delete one commitment, or say what meets it"
    )
    sub.add_argument("id", type=int, metavar="ID")
    action = sub.add_mutually_exclusive_group()
    action.add_argument("--done", action="store_true", help="mark it done")
    action.add_argument("--reopen", action="store_true", help="mark it open again")
    action.add_argument("--delete", action="store_true", help="delete it (stays deleted)")
    action.add_argument(
        "--unmet", action="store_true", help="no letter meets it (undo a letter's 'voldaan')"
    )
    action.add_argument(
        "--met-by", type=int, metavar="STATEMENT_ID", help="this statement of a letter meets it"
    )
    sub.add_argument("--subject", metavar="TEXT", help="what is promised")
    sub.add_argument("--due", metavar="WHEN", help="due moment: 'Q3 2022', '2022-06-01', ...")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(func=cmd_commitment)


def writes(args: argparse.Namespace) -> bool | None:
    """Whether one of these commands changes the library (None: not one of these)."""
    if args.command == "commitment":
        changes = (args.done, args.reopen, args.delete, args.unmet, args.subject, args.due)
        return any(changes) or args.met_by is not None
    if args.command == "commitments":
        return args.add is not None or args.refind
    return None


def commitment_lines(row: CommitmentRow) -> str:
    from briefer.core.commitment_register import MET, TOEZEGGING, VERZOEK, VOLDAAN

    themes = f" · {', '.join(row.themes)}" if row.themes else ""
    source = f"    {row.letter}, p. {row.page}{themes}\n"
    quote = f"    “{row.text}”\n"
    if row.kind == VOLDAAN:
        head = f"#{row.id}  [{_STATUS[MET]}]  toegezegd: {row.made_in or 'niet genoemd'}\n"
        meets = (
            f"    voldoet aan #{row.meets.id}: {row.meets.subject} ({row.meets.letter}, "
            f"p. {row.meets.page})\n"
            if row.meets
            else ""
        )
        return head + f"    voldaan in: {row.letter}, p. {row.page}{themes}\n" + quote + meets
    label = "verzoek van de Kamer: " if row.kind == VERZOEK else ""
    head = f"#{row.id}  [{_STATUS[row.status]}]  {label}{row.subject}\n"
    due = f"{row.due} ({row.due_phrase})" if row.due else "geen termijn genoemd"
    if row.recurring:
        due += f", {row.recurring}"
    lines = head + (f"    termijn: {due}\n" if row.kind == TOEZEGGING else "") + source + quote
    if row.actor:
        lines += f"    door: {row.actor}\n"
    for proof in row.met_by:
        lines += f"    voldaan door: {proof.citation} (#{proof.id}): “{proof.text}”\n"
    return lines


def _summary(rows: list[CommitmentRow]) -> str:
    from briefer.core.commitment_register import MET, OVERDUE, TOEZEGGING, VERZOEK, VOLDAAN

    promises = [r for r in rows if r.kind == TOEZEGGING]
    overdue = sum(1 for r in promises if r.status == OVERDUE)
    parts = [f"{plural(len(promises), 'toezegging', 'toezeggingen')}, {overdue} verlopen"]
    requests = sum(1 for r in rows if r.kind == VERZOEK)
    if requests:
        parts.append(plural(requests, "verzoek van de Kamer", "verzoeken van de Kamer"))
    alone = sum(1 for r in rows if r.kind == VOLDAAN)
    if alone:
        parts.append(f"{alone} elders toegezegd en voldaan")
    met = sum(1 for r in rows if r.kind != VOLDAAN and r.status == MET)
    if met:
        parts.append(f"{met} voldaan door een brief")
    return "; ".join(parts) + "\n\n"


def _candidates(args: argparse.Namespace, out: TextIO, letter_id: int | None) -> int:
    from briefer.core.commitment_candidates import list_candidates

    with library(args) as store:
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


def cmd_commitments(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.commitment_register import (
        DONE,
        KINDS,
        MET,
        OPEN,
        OVERDUE,
        VERZOEK,
        add_commitment,
        get_commitment,
        list_commitments,
        refind_commitments,
    )
    from briefer.core.library import find_letter
    from briefer.core.themes import find_theme

    status = (
        OVERDUE
        if args.overdue
        else OPEN
        if args.open
        else DONE
        if args.done
        else MET
        if args.met
        else None
    )
    if args.add is not None:
        if not args.subject:
            err.write("fout: --add heeft --subject nodig (wat er is toegezegd)\n")
            return 1
        with library(args) as store:
            new_id = add_commitment(store, args.add, args.subject, args.due)
            row = get_commitment(store, new_id)
        out.write(commitment_lines(row))
        return 0
    if args.refind:
        with library(args) as store:
            count = refind_commitments(store)
        out.write(f"toezeggingen opnieuw gezocht in {plural(count, 'brief', 'brieven')}\n")
        return 0
    with library(args) as store:
        letter_id = find_letter(store, args.letter) if args.letter else None
    if args.candidates:
        return _candidates(args, out, letter_id)
    kinds = (VERZOEK,) if args.requests else KINDS
    with library(args) as store:
        theme_id = find_theme(store, args.theme).id if args.theme else None
        rows = list_commitments(
            store, letter_id=letter_id, theme_id=theme_id, status=status, kinds=kinds
        )
    if args.json:
        print_json([row.to_json() for row in rows], out)
        return 0
    if not rows:
        out.write(
            "Geen verzoeken van de Kamer gevonden.\n"
            if args.requests
            else "Geen toezeggingen gevonden.\n"
        )
        return 0
    out.write(_summary(rows))
    for row in rows:
        out.write(commitment_lines(row) + "\n")
    return 0


def cmd_commitment(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from briefer.core.commitment_register import (
        delete_commitment,
        get_commitment,
        set_done,
        update_commitment,
    )
    from briefer.core.fulfilment_links import set_met_by

    with library(args) as store:
        if args.delete:
            delete_commitment(store, args.id)
            out.write(f"toezegging #{args.id} verwijderd\n")
            return 0
        if args.subject is not None or args.due is not None:
            update_commitment(store, args.id, subject=args.subject, due=args.due)
        if args.done or args.reopen:
            set_done(store, args.id, bool(args.done))
        if args.unmet:
            set_met_by(store, args.id, None)
        if args.met_by is not None:
            set_met_by(store, args.id, args.met_by)
        row = get_commitment(store, args.id)
    if args.json:
        print_json(row.to_json(), out)
    else:
        out.write(commitment_lines(row))
    return 0
