"""Assemble a briefing from the store into one render model.

One topic: cover, table of contents, then the parts (Kernpunten, Achtergrond,
Eigen notities, Bronnen) as level-1 headings. A pack: one cover and one table
of contents, then one level-1 heading per topic with its parts beneath.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from briefer.compose.intelligence import INTELLIGENCE_PARTS, intelligence_part
from briefer.compose.markdown import inline_runs, markdown_blocks
from briefer.compose.model import (
    Block,
    BulletList,
    Cover,
    DocumentMeta,
    Heading,
    ListItem,
    PageBreak,
    Paragraph,
    Quote,
    RenderDocument,
    Run,
    TableOfContents,
)
from briefer.core.briefings import (
    ACHTERGROND,
    BRONNEN,
    KERNPUNTEN,
    NOTITIES,
    PART_TITLES,
    BriefingSpec,
)
from briefer.core.citations import dutch_date, pages_label
from briefer.core.errors import BrieferError
from briefer.core.library import LetterRow, list_letters
from briefer.core.notes import get_note, passage_notes
from briefer.core.points import PointRow, list_points
from briefer.core.store import Store
from briefer.core.tags import ThemePassage, theme_passages
from briefer.core.themes import ThemeRow, get_theme

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Drop control characters that no document format can store."""
    return _CONTROL.sub("", text)


def slug(text: str) -> str:
    """A file-name-safe form of a title: "Westelijke Balkan" -> "westelijke-balkan"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "briefing"


@dataclass
class _Topic:
    theme: ThemeRow
    points: list[PointRow]
    passages: list[ThemePassage]
    note: str
    passage_notes: dict[int, str]

    @property
    def empty(self) -> bool:
        return not (self.points or self.passages or self.note.strip())


class _Anchors:
    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, text: str) -> str:
        base = slug(text)[:40]
        anchor, number = base, 2
        while anchor in self.used:
            anchor, number = f"{base}-{number}", number + 1
        self.used.add(anchor)
        return anchor


def _load_topic(store: Store, spec: BriefingSpec, theme_id: int) -> _Topic:
    theme = get_theme(store, theme_id)
    points = [p for p in list_points(store, theme_id) if p.id not in spec.excluded_points]
    passages = [p for p in theme_passages(store, theme_id) if p.id not in spec.excluded_passages]
    if spec.passage_order:
        rank = {pid: index for index, pid in enumerate(spec.passage_order)}
        passages.sort(key=lambda p: rank.get(p.id, len(rank)))
    notes = passage_notes(store, [p.id for p in passages])
    return _Topic(
        theme,
        points,
        passages,
        get_note(store, theme_id=theme_id).body,
        {pid: body for pid, body in notes.items() if body.strip()},
    )


def _letters_by_id(store: Store) -> dict[int, LetterRow]:
    return {row.id: row for row in list_letters(store)}


def _letter_heading(letter: LetterRow) -> str:
    parts = [letter.label]
    if letter.kamerstuk:
        parts.append(letter.title)
    if letter.date:
        parts.append(dutch_date(letter.date))
    return " · ".join(parts)


def _kernpunten(topic: _Topic) -> list[Block]:
    if not topic.points:
        return [Paragraph((Run("Nog geen spreekpunten."),), style="empty")]
    items = tuple(
        ListItem(inline_runs(clean(point.text)), tuple(c.label for c in point.citations))
        for point in topic.points
    )
    return [BulletList(items, numbered=True)]


def _achtergrond(
    topic: _Topic, level: int, letters: dict[int, LetterRow], anchors: _Anchors
) -> list[Block]:
    if not topic.passages:
        return [Paragraph((Run("Geen passages over dit thema."),), style="empty")]
    blocks: list[Block] = []
    current_letter: int | None = None
    current_section: str | None = None
    for passage in topic.passages:
        letter = letters[passage.letter_id]
        if passage.letter_id != current_letter:
            current_letter, current_section = passage.letter_id, None
            heading = _letter_heading(letter)
            blocks.append(Heading(heading, level, anchors.make(heading)))
        if passage.section and passage.section != current_section:
            current_section = passage.section
            blocks.append(Heading(passage.section, level + 1, anchors.make(passage.section)))
        citation = f"{letter.label}, {pages_label(passage.first_page, passage.last_page)}"
        blocks.append(Quote(clean(passage.text), citation, passage.id))
        note = topic.passage_notes.get(passage.id)
        if note:
            blocks += markdown_blocks(clean(note), level + 2)
    return blocks


def _bronnen(topic: _Topic, letters: dict[int, LetterRow]) -> list[Block]:
    used: list[int] = []
    for passage in topic.passages:
        if passage.letter_id not in used:
            used.append(passage.letter_id)
    cited_labels = {c.label.rsplit(", p.", 1)[0] for p in topic.points for c in p.citations}
    for letter_id, letter in letters.items():
        if letter.label in cited_labels and letter_id not in used:
            used.append(letter_id)
    items = []
    for letter_id in used:
        letter = letters[letter_id]
        text = letter.label
        if letter.vergaderjaar:
            text += f" (vergaderjaar {letter.vergaderjaar})"
        details = [letter.title] if letter.kamerstuk else []
        if letter.date:
            details.append(dutch_date(letter.date))
        if details:
            text += ": " + ", ".join(details)
        items.append(ListItem((Run(text),)))
    return [BulletList(tuple(items))] if items else []


def _topic_blocks(
    topic: _Topic,
    spec: BriefingSpec,
    level: int,
    letters: dict[int, LetterRow],
    anchors: _Anchors,
    store: Store,
) -> list[Block]:
    blocks: list[Block] = []
    for part in spec.parts:
        if part == KERNPUNTEN:
            body = _kernpunten(topic)
        elif part in INTELLIGENCE_PARTS:
            body = intelligence_part(store, spec, part, topic.theme.id, level + 1)
        elif part == ACHTERGROND:
            body = _achtergrond(topic, level + 1, letters, anchors)
        elif part == NOTITIES:
            body = markdown_blocks(clean(topic.note), level + 1) if topic.note.strip() else []
        elif part == BRONNEN:
            body = _bronnen(topic, letters)
        else:  # pragma: no cover - BriefingSpec.check() refuses unknown parts
            continue
        if body:
            title = PART_TITLES[part]
            anchor = anchors.make(f"{topic.theme.name} {title}" if level > 1 else title)
            blocks += [Heading(title, level, anchor), *body]
    return blocks


def build_document(
    store: Store, spec: BriefingSpec, *, created: datetime | None = None
) -> RenderDocument:
    """The render model of a briefing, or BrieferError when there is nothing to show."""
    spec = spec.check()
    topics = [_load_topic(store, spec, theme_id) for theme_id in spec.theme_ids]
    empty = [topic.theme.name for topic in topics if topic.empty]
    if len(empty) == len(topics):
        quoted = ", ".join(f"'{name}'" for name in empty)
        verb = "heeft" if len(empty) == 1 else "hebben"
        raise BrieferError(
            f"er valt niets te exporteren: {quoted} {verb} nog geen passages, "
            "spreekpunten of notities"
        )
    letters = _letters_by_id(store)
    anchors = _Anchors()
    names = tuple(topic.theme.name for topic in topics)
    blocks: list[Block] = []
    if spec.cover:
        blocks.append(
            Cover(
                title=spec.title,
                subtitle=spec.occasion,
                date_text=dutch_date(spec.briefing_date),
                author=spec.author,
                classification=spec.classification,
                topics=names,
            )
        )
    if spec.table_of_contents:
        blocks += [TableOfContents(depth=2), PageBreak()]
    pack = len(topics) > 1
    for index, topic in enumerate(topics):
        if pack:
            if index > 0:
                blocks.append(PageBreak())
            blocks.append(Heading(topic.theme.name, 1, anchors.make(topic.theme.name)))
            if topic.empty:
                blocks.append(
                    Paragraph(
                        (Run("Voor dit thema zijn nog geen passages, spreekpunten of notities."),),
                        style="empty",
                    )
                )
                continue
        blocks += _topic_blocks(topic, spec, 2 if pack else 1, letters, anchors, store)
    blocks = [
        replace(block, anchor=anchors.make(block.text))
        if isinstance(block, Heading) and not block.anchor
        else block
        for block in blocks
    ]
    meta = DocumentMeta(
        title=spec.title,
        subject=", ".join(names),
        author=spec.author,
        classification=spec.classification,
        keywords=("briefing", *names),
        created=created or datetime.now().astimezone(),
    )
    return RenderDocument(meta, tuple(blocks))


def split_specs(store: Store, spec: BriefingSpec) -> list[tuple[str, BriefingSpec]]:
    """One briefing per topic, for one file per topic: (file stem, spec), stems unique."""
    result: list[tuple[str, BriefingSpec]] = []
    for theme_id in spec.theme_ids:
        name = get_theme(store, theme_id).name
        title = spec.title if len(spec.theme_ids) == 1 else f"{spec.title}: {name}"
        result.append((slug(name), replace(spec, theme_ids=(theme_id,), title=title)))
    return result
