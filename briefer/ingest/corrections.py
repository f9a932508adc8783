"""A user's corrections of how a letter was read, applied to a parsed letter.

A correction names what it applies to in the letter as read, so that it finds
the same place again when the same file is read again: a passage by the hash
of its text, a heading by its title, metadata by its field. Corrections apply
one after the other, each to the letter the ones before it produced; one whose
target is gone does nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from briefer.ingest.model import (
    LetterMeta,
    ParsedFootnote,
    ParsedLetter,
    ParsedPassage,
    ParsedSection,
)

HEADING, NOT_HEADING, MERGE, SPLIT, META = "heading", "not_heading", "merge", "split", "meta"
# A line page analysis took for page furniture (a running header, a lone number) that is
# the letter's own text: applied while the PDF is read (``body_lines``), not afterwards.
BODY_LINE = "body_line"
KINDS = (HEADING, NOT_HEADING, MERGE, SPLIT, META, BODY_LINE)
META_FIELDS = (
    "title",
    "date",
    "kamerstuk",
    "vergaderjaar",
    "reference",
    "ministry",
    "directorate",
    "dossier",
    "signatory",
    "signatory_role",
)


def text_key(text: str) -> str:
    """The key of a passage's text (the same hash the store keeps)."""
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Fix:
    kind: str
    target: str  # text_key of a passage, title of a heading, or a metadata field
    value: dict[str, Any] = field(default_factory=dict)


@dataclass
class Item:
    """A heading (``level`` set) or a passage, in reading order."""

    text: str
    first_page: int
    last_page: int
    level: int | None = None
    role: str | None = None  # a passage's, kept through every fix
    number: int | None = None
    footnotes: list[ParsedFootnote] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.text if self.level is not None else text_key(self.text)


def _item(passage: ParsedPassage) -> Item:
    return Item(
        passage.text,
        passage.first_page,
        passage.last_page,
        None,
        passage.role,
        passage.number,
        list(passage.footnotes),
    )


def flatten(letter: ParsedLetter) -> list[Item]:
    items = [_item(p) for p in letter.passages]
    for section in letter.walk_sections():
        items.append(Item(section.title, section.page, section.page, section.level))
        items.extend(_item(p) for p in section.passages)
    return items


def rebuild(
    meta: LetterMeta, items: list[Item], source_format: str, notice: str | None = None
) -> ParsedLetter:
    letter = ParsedLetter(meta=meta, source_format=source_format, notice=notice)
    stack: list[ParsedSection] = []
    for item in items:
        if item.level is None:
            passage = ParsedPassage(
                item.text,
                item.first_page,
                item.last_page,
                item.role,
                item.number,
                item.footnotes,
            )
            (stack[-1].passages if stack else letter.passages).append(passage)
            continue
        section = ParsedSection(item.text, item.level, item.first_page)
        while stack and stack[-1].level >= item.level:
            stack.pop()
        (stack[-1].sections if stack else letter.sections).append(section)
        stack.append(section)
    return letter


def _find(items: list[Item], fix: Fix, heading: bool | None) -> int | None:
    for index, item in enumerate(items):
        if heading is not None and (item.level is not None) != heading:
            continue
        if item.key == fix.target:
            return index
    return None


def line_key(text: str) -> str:
    """How a line of a page is named in a fix: its text with the spaces made single."""
    return " ".join(text.split())


def body_lines(fixes: list[Fix]) -> list[tuple[int, str]]:
    """(page, line) of every line the user said is the letter's text, for the PDF reader."""
    found = []
    for fix in fixes:
        if fix.kind == BODY_LINE:
            try:
                found.append((int(fix.value.get("page", 0)), line_key(fix.target)))
            except (TypeError, ValueError):
                continue
    return found


def _apply(items: list[Item], meta: LetterMeta, fix: Fix) -> None:
    if fix.kind == BODY_LINE:
        return  # applied while the file is read
    if fix.kind == META:
        if fix.target in META_FIELDS:
            value = fix.value.get("value")
            if fix.target == "date":
                value = date.fromisoformat(value) if value else None
            setattr(meta, fix.target, value or None)
            if fix.target == "title":
                meta.title = value or ""
            if fix.target in ("signatory", "signatory_role") and meta.signatories:
                first = (meta.signatory or "", meta.signatory_role)
                meta.signatories = [first, *meta.signatories[1:]]
                if not meta.signatory:  # the first signatory cleared
                    meta.signatories = meta.signatories[1:]
        return
    if fix.kind == HEADING:
        level = max(1, min(9, int(fix.value.get("level", 2))))
        index = _find(items, fix, None)
        if index is not None:
            items[index].level = level
        return
    if fix.kind == NOT_HEADING:
        index = _find(items, fix, True)
        if index is not None:
            items[index].level = None
        return
    index = _find(items, fix, False)
    if index is None:
        return
    item = items[index]
    if fix.kind == MERGE:
        if index + 1 < len(items) and items[index + 1].level is None:
            following = items.pop(index + 1)
            shift = len(item.text) + 1
            item.text = f"{item.text} {following.text}"
            item.last_page = max(item.last_page, following.last_page)
            item.footnotes = item.footnotes + [_moved(note, shift) for note in following.footnotes]
            if item.role is None:
                item.role, item.number = following.role, following.number
    elif fix.kind == SPLIT:
        _split(items, index, int(fix.value.get("at", 0)))


def _moved(note: ParsedFootnote, shift: int) -> ParsedFootnote:
    """The note with its marker ``shift`` characters further (or back) in the text."""
    if note.offset is None:
        return note
    return replace(note, offset=max(0, note.offset + shift))


def _split(items: list[Item], index: int, at: int) -> None:
    """The passage cut in two at ``at``; each footnote goes with the part its marker is in
    (one whose marker was not seen stays with the first), both keep the role."""
    item = items[index]
    before, after = item.text[:at], item.text[at:]
    head, tail = before.strip(), after.strip()
    if not (head and tail):
        return
    head_start = len(before) - len(before.lstrip())
    tail_start = at + len(after) - len(after.lstrip())
    first: list[ParsedFootnote] = []
    second: list[ParsedFootnote] = []
    for note in item.footnotes:
        in_head = note.offset is None or note.offset <= head_start + len(head)
        (first if in_head else second).append(note)
    item.text = head
    item.footnotes = [_moved(n, -head_start) for n in first]
    items.insert(
        index + 1,
        Item(
            tail,
            item.first_page,
            item.last_page,
            None,
            item.role,
            item.number,
            [_moved(n, -tail_start) for n in second],
        ),
    )


def apply_fixes(letter: ParsedLetter, fixes: list[Fix]) -> ParsedLetter:
    """The letter with every fix applied, in order (the letter given is not changed)."""
    if not fixes:
        return letter
    meta = replace(letter.meta)
    items = flatten(letter)
    for fix in fixes:
        _apply(items, meta, fix)
    return rebuild(meta, items, letter.source_format, letter.notice)


def meta_value(meta: LetterMeta, name: str) -> str:
    """A metadata field as text for an edit field ("" when unknown)."""
    value = getattr(meta, name, None)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
