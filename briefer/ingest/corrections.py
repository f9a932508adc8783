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

from briefer.ingest.model import LetterMeta, ParsedLetter, ParsedPassage, ParsedSection

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

    @property
    def key(self) -> str:
        return self.text if self.level is not None else text_key(self.text)


def flatten(letter: ParsedLetter) -> list[Item]:
    items = [Item(p.text, p.first_page, p.last_page) for p in letter.passages]
    for section in letter.walk_sections():
        items.append(Item(section.title, section.page, section.page, section.level))
        items.extend(Item(p.text, p.first_page, p.last_page) for p in section.passages)
    return items


def rebuild(meta: LetterMeta, items: list[Item], source_format: str) -> ParsedLetter:
    letter = ParsedLetter(meta=meta, source_format=source_format)
    stack: list[ParsedSection] = []
    for item in items:
        if item.level is None:
            passage = ParsedPassage(item.text, item.first_page, item.last_page)
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
            item.text = f"{item.text} {following.text}"
            item.last_page = max(item.last_page, following.last_page)
    elif fix.kind == SPLIT:
        at = int(fix.value.get("at", 0))
        head, tail = item.text[:at].strip(), item.text[at:].strip()
        if head and tail:
            item.text = head
            items.insert(index + 1, Item(tail, item.first_page, item.last_page))


def apply_fixes(letter: ParsedLetter, fixes: list[Fix]) -> ParsedLetter:
    """The letter with every fix applied, in order (the letter given is not changed)."""
    if not fixes:
        return letter
    meta = replace(letter.meta)
    items = flatten(letter)
    for fix in fixes:
        _apply(items, meta, fix)
    return rebuild(meta, items, letter.source_format)


def meta_value(meta: LetterMeta, name: str) -> str:
    """A metadata field as text for an edit field ("" when unknown)."""
    value = getattr(meta, name, None)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
