"""Plain-text output of the command line (Dutch, like the application)."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from briefer.app import open_library
from briefer.core.citations import dutch_date
from briefer.core.importing.single import DUPLICATE, NEW, UNCHANGED, UPDATED, ImportResult
from briefer.core.letter_kinds import kind_label, role_label
from briefer.core.library import LetterOutline, LetterRow, PassageRow, SectionNode
from briefer.core.store.database import Store

# How a command module registers its commands: command(name, help) gives a subparser
# that already has --db (see briefer.cli.build_parser).
Command = Callable[[str, str], argparse.ArgumentParser]

_STATUS = {
    NEW: "geïmporteerd",
    UPDATED: "nieuwe versie van een bekende brief",
    UNCHANGED: "ongewijzigd, deze brief stond er al",
    DUPLICATE: "dit bestand is al eerder geïmporteerd",
}


@contextmanager
def library(args: argparse.Namespace) -> Iterator[Store]:
    """The library for one command; with the lock only when it writes (cli.command_writes)."""
    store = open_library(args.db, lock=getattr(args, "writes", True))
    try:
        yield store
    finally:
        store.close()


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def import_line(result: ImportResult) -> str:
    parts = [
        plural(result.pages, "pagina", "pagina's"),
        plural(result.passages, "passage", "passages"),
    ]
    if result.retired:
        parts.append(f"{result.retired} oude passages bewaard voor uw notities")
    label = f"{result.title} (Kamerstuk {result.kamerstuk})" if result.kamerstuk else result.title
    line = f"{result.path.name}: {label}: {', '.join(parts)} [{_STATUS[result.status]}]"
    if result.notice and result.status in (NEW, UPDATED):
        line += f"\n  let op: {result.notice}"
    return line


def format_letters(letters: list[LetterRow]) -> str:
    if not letters:
        return "De bibliotheek is leeg. Importeer een brief met 'briefer import BESTAND'.\n"
    header = ("id", "soort", "kamerstuk", "datum", "pag.", "passages", "titel")
    rows = [
        (
            str(row.id),
            kind_label(row.kind),
            row.kamerstuk or "",
            row.date.isoformat() if row.date else "",
            str(row.pages),
            str(row.passages),
            row.title,
        )
        for row in letters
    ]
    widths = [max(len(line[i]) for line in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for line in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        lines.append("  ".join([*cells, line[-1]]).rstrip())
    return "\n".join(lines) + "\n"


_NUMBERED_TITLE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\.)\s")


_START_WORDS = 12  # of a passage with a role or footnotes, shown in the outline


def _passage_lines(passages: list[PassageRow], indent: str, lines: list[str]) -> None:
    """The passages with a role ("Vraag 1", "Verzoek") or footnotes, each with its
    first words, and its footnotes beneath it; other passages are only counted."""
    for passage in passages:
        if passage.role is None and not passage.footnotes:
            continue
        words = passage.text.split()
        start = " ".join(words[:_START_WORDS]) + (" …" if len(words) > _START_WORDS else "")
        label = role_label(passage.role, passage.number) or "Passage"
        lines.append(f"{indent}   {label}  {passage.pages_label}  {start}")
        for note in passage.footnotes:
            lines.append(f"{indent}      [{note.marker}] {note.text}  (p. {note.page})")


def _section_lines(section: SectionNode, number: str, lines: list[str]) -> None:
    indent = "  " * (section.level - 1)
    count = plural(len(section.passages), "passage", "passages")
    extra = f"  ({count})" if section.passages else ""
    # A title numbered by the letter itself ("1.1 Oekraïne") keeps only its own number.
    shown = section.title if _NUMBERED_TITLE.match(section.title) else f"{number} {section.title}"
    lines.append(f"{indent}{shown}  p. {section.page}{extra}")
    _passage_lines(section.passages, indent, lines)
    for index, child in enumerate(section.sections, start=1):
        _section_lines(child, f"{number}.{index}", lines)


def _facts(letter: LetterRow) -> list[str]:
    """The second line of the outline: what the letter is and its facts."""
    details = letter.details
    signed = ", ".join(name for name, _role in details.signatories) or letter.signatory or ""
    asked = f"vragen van {details.asked_by}" if details.asked_by else ""
    if asked and details.asked_on:
        asked += f" ({dutch_date(details.asked_on)})"
    answered = f"antwoord van {details.answered_by}" if details.answered_by else ""
    if answered and details.answered_on:
        answered += f" ({dutch_date(details.answered_on)})"
    return [
        kind_label(letter.kind),
        f"Kamerstuk {letter.kamerstuk}" if letter.kamerstuk else "",
        f"nr. {details.number}" if details.number else "",
        letter.publication or "",
        f"vergaderjaar {letter.vergaderjaar}" if letter.vergaderjaar else "",
        f"kenmerk {letter.reference}" if letter.reference else "",
        letter.ministry or "",
        dutch_date(letter.date),
        signed,
        asked,
        answered,
        f"ingediend door {', '.join(details.indieners)}" if details.indieners else "",
        plural(letter.pages, "pagina", "pagina's"),
        plural(letter.passages, "passage", "passages"),
    ]


def format_outline(outline: LetterOutline) -> str:
    letter = outline.letter
    lines = [letter.title, " · ".join(fact for fact in _facts(letter) if fact)]
    if letter.details.notice:
        lines.append(f"Let op: {letter.details.notice}")
    lines.append("")
    if outline.passages:
        count = plural(len(outline.passages), "passage", "passages")
        lines.append(f"   (vóór de eerste kop: {count})")
        _passage_lines(outline.passages, "", lines)
    for index, section in enumerate(outline.sections, start=1):
        _section_lines(section, str(index), lines)
    return "\n".join(lines) + "\n"


def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
