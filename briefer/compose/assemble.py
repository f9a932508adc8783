"""Assemble a briefing from the store into one render model.

One topic: cover (with the table of contents beneath it), then the parts the
user chose, as level-1 headings, in the order of a gespreksnotitie by default
(see ``briefer.core.briefing_parts``). A pack: one cover and one table of
contents, then one level-1 heading per topic with its parts beneath. A part
with nothing to show is left out (``RenderDocument.omitted`` says why); a
briefing with nothing left is refused. Optionally the passages follow in full
in an annex, "Bijlage: brontekst".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime

from briefer.compose.background import TopicPassages, plan_background
from briefer.compose.cited_passages import number_footnotes, quoted
from briefer.compose.labels import LANGUAGE_TAGS, format_date, labels
from briefer.compose.length import block_height, blocks_height, pages_to_points
from briefer.compose.note_parts import split_note
from briefer.compose.parts import (
    Context,
    Topic,
    background_item,
    build_part,
    letter_heading,
    pack_sources,
)
from briefer.compose.render_model import (
    Block,
    BulletList,
    Cover,
    DocumentMeta,
    Heading,
    Omission,
    PageBreak,
    RenderDocument,
    TableOfContents,
)
from briefer.core.briefing_parts import ACHTERGROND, BRONNEN, part_title
from briefer.core.briefings import BriefingSpec
from briefer.core.citations import pages_label
from briefer.core.errors import BrieferError
from briefer.core.extracts import get_extracts
from briefer.core.library import LetterRow, list_letters
from briefer.core.notes import passage_notes, theme_note_text
from briefer.core.points import list_points
from briefer.core.store.database import Store
from briefer.core.tags import theme_passages
from briefer.core.themes import get_theme

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Drop control characters that no document format can store."""
    return _CONTROL.sub("", text)


def slug(text: str) -> str:
    """A file-name-safe form of a title: "Westelijke Balkan" -> "westelijke-balkan"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "briefing"


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


def _load_topic(store: Store, spec: BriefingSpec, theme_id: int) -> Topic:
    theme = get_theme(store, theme_id)
    points = [p for p in list_points(store, theme_id) if p.id not in spec.excluded_points]
    passages = [p for p in theme_passages(store, theme_id) if p.id not in spec.excluded_passages]
    if spec.passage_order:
        rank = {pid: index for index, pid in enumerate(spec.passage_order)}
        passages.sort(key=lambda p: rank.get(p.id, len(rank)))
    ids = [p.id for p in passages]
    notes = passage_notes(store, ids)
    note = clean(theme_note_text(store, theme_id))
    return Topic(
        theme.name,
        points,
        passages,
        split_note(note, spec.parts),
        {pid: clean(body) for pid, body in notes.items() if body.strip()},
        {pid: clean(text) for pid, text in get_extracts(store, ids).items()},
        theme_id=theme_id,
    )


def _letters_by_id(store: Store) -> dict[int, LetterRow]:
    return {row.id: row for row in list_letters(store)}


def _annex(context: Context, anchors: _Anchors, title: str) -> list[Block]:
    """Every passage of the briefing once, verbatim, grouped by letter and section."""
    blocks: list[Block] = [PageBreak(), Heading(title, 1, anchors.make(title))]
    current_letter: int | None = None
    current_section: str | None = None
    for passage in context.annexed:
        letter = context.letters[passage.letter_id]
        if passage.letter_id != current_letter:
            current_letter, current_section = passage.letter_id, None
            heading = letter_heading(letter, context.language)
            blocks.append(Heading(heading, 2, anchors.make(heading)))
        if passage.section and passage.section != current_section:
            current_section = passage.section
            blocks.append(Heading(passage.section, 3, anchors.make(passage.section)))
        citation = f"{letter.label}, {pages_label(passage.first_page, passage.last_page)}"
        blocks.append(quoted(passage, clean(passage.text), citation, context.language))
    return blocks


_NOTHING = "nog geen passages, spreekpunten of notities"


def _why_empty(topics: list[Topic], omitted: list[Omission]) -> str:
    """One line: why none of the topics has anything to show in the chosen parts."""
    empty = [f"'{topic.name}'" for topic in topics if topic.empty]
    reasons = []
    if empty:
        verb = "heeft" if len(empty) == 1 else "hebben"
        reasons.append(f"{', '.join(empty)} {verb} {_NOTHING}")
    for topic in topics:
        if not topic.empty:
            parts = [f"{o.part}: {o.reason}" for o in omitted if o.topic == topic.name]
            reasons.append(
                f"'{topic.name}' heeft niets in de gekozen onderdelen ({'; '.join(parts)})"
            )
    return "; ".join(reasons)


# Per topic: part -> (its blocks, why it is empty).
Built = dict[str, tuple[list[Block], str]]
# Points kept free in a topic's pages for the lines that refer to other topics.
_REFERENCE_ROOM = 2 * 14.5 + 6


def _plan(topics: list[Topic], spec: BriefingSpec, context: Context, built: list[Built]) -> None:
    """Which passages each topic's Achtergrond shows (``context.plan``), within the pages
    its other parts leave (``built``: per topic, part -> (blocks, reason))."""
    pack = len(topics) > 1
    planned = []
    for topic, parts in zip(topics, built, strict=True):
        budget = None
        if spec.target_pages and not topic.empty:
            others = [
                block_height(Heading("", 2 if pack else 1)) + blocks_height(blocks)
                for part, (blocks, _reason) in parts.items()
                if blocks and part != ACHTERGROND
            ]
            used = sum(others) + (block_height(Heading("", 1)) if pack else 0)
            used += 2 * block_height(Heading("", 2 if pack else 1)) + _REFERENCE_ROOM
            budget = pages_to_points(spec.target_pages) - used
        planned.append(TopicPassages(topic.name, topic.passages, frozenset(topic.extracts), budget))
    by_name = {topic.name: topic for topic in topics}

    def height(planned_topic: TopicPassages, passage: object) -> float:
        item = background_item(by_name[planned_topic.name], context, passage)  # type: ignore[arg-type]
        return blocks_height([BulletList((item,))]) - 4

    context.plan = plan_background(planned, height, spec.passage_order)


def build_document(
    store: Store, spec: BriefingSpec, *, created: datetime | None = None
) -> RenderDocument:
    """The render model of a briefing, or BrieferError when there is nothing to show."""
    with store.one_read():  # its many small reads in one session: one view of the library
        return _build(store, spec.check(), created)


def _build(store: Store, spec: BriefingSpec, created: datetime | None) -> RenderDocument:
    topics = [_load_topic(store, spec, theme_id) for theme_id in spec.theme_ids]
    language = spec.language
    words = labels(language)
    context = Context(
        _letters_by_id(store),
        language,
        spec.annex,
        store=store,
        changes_from=spec.changes_from,
        changes_from_version=spec.changes_from_version,
        target_pages=spec.target_pages,
        theme_ids=tuple(spec.theme_ids),
    )
    anchors = _Anchors()
    pack = len(topics) > 1
    level = 2 if pack else 1
    # In a pack the sources are listed once, at the end, for all topics.
    parts = [part for part in spec.parts if not (pack and part == BRONNEN)]
    # First every part but the background, topic by topic (commitments once in a pack),
    # then the background, in the pages those parts leave.
    built: list[Built] = []
    for topic in topics:
        built.append(
            {}
            if topic.empty
            else {
                part: build_part(part, topic, context, level)
                for part in parts
                if part != ACHTERGROND
            }
        )
    if ACHTERGROND in parts:
        _plan(topics, spec, context, built)
        for topic, topic_parts in zip(topics, built, strict=True):
            if not topic.empty:
                topic_parts[ACHTERGROND] = build_part(ACHTERGROND, topic, context, level)
    omitted: list[Omission] = []
    body: list[Block] = []
    shown: list[str] = []
    for topic, topic_parts in zip(topics, built, strict=True):
        blocks: list[Block] = []
        if topic.empty:
            omitted.append(Omission(topic.name, "", _NOTHING))
            continue
        for part in parts:
            title = part_title(part, language, spec.titles)
            content, reason = topic_parts[part]
            if not content:
                omitted.append(Omission(topic.name, title, reason, part))
                continue
            anchor = anchors.make(f"{topic.name} {title}" if pack else title)
            blocks += [Heading(title, level, anchor), *content]
        if not blocks:
            continue
        if pack:
            if shown:
                body.append(PageBreak())
            body.append(Heading(topic.name, 1, anchors.make(topic.name)))
        shown.append(topic.name)
        body += blocks
    if pack and BRONNEN in spec.parts and body:
        sources = pack_sources([t for t in topics if t.name in shown], context)
        title = part_title(BRONNEN, language, spec.titles)
        if sources:
            body += [PageBreak(), Heading(title, 1, anchors.make(title)), *sources]
        else:
            omitted.append(Omission("", title, "geen brieven gebruikt", BRONNEN))
    if not body:
        raise BrieferError(f"er valt niets te exporteren: {_why_empty(topics, omitted)}")
    blocks = []
    if spec.cover:
        blocks.append(
            Cover(
                title=spec.title,
                subtitle=spec.occasion,
                date_text=format_date(spec.briefing_date, language),
                author=spec.author,
                classification=spec.classification,
                topics=tuple(shown),
            )
        )
    if spec.table_of_contents:  # on the cover, beneath its details, also in a pack
        blocks.append(TableOfContents(title=words["contents"], depth=2))
    if blocks:
        blocks.append(PageBreak())
    blocks += body
    annex_anchor = ""
    if spec.annex and context.annexed:
        annex = _annex(context, anchors, words["annex"])
        annex_anchor = annex[1].anchor if isinstance(annex[1], Heading) else ""
        blocks += annex
    blocks = [
        replace(block, anchor=anchors.make(block.text))
        if isinstance(block, Heading) and not block.anchor
        else block
        for block in number_footnotes(blocks)
    ]
    meta = DocumentMeta(
        title=spec.title,
        subject=", ".join(shown),
        author=spec.author,
        classification=spec.classification,
        keywords=("briefing", *shown),
        created=created or datetime.now().astimezone(),
        language=LANGUAGE_TAGS.get(language, "nl-NL"),
        target_pages=spec.target_pages * len(shown),
    )
    trimmed = tuple(
        passage.id
        for passages in (context.plan.trimmed.values() if context.plan else ())
        for passage in passages
    )
    return RenderDocument(meta, tuple(blocks), tuple(omitted), annex_anchor, trimmed, tuple(shown))


def split_specs(store: Store, spec: BriefingSpec) -> list[tuple[str, BriefingSpec]]:
    """One briefing per topic, for one file per topic: (file stem, spec), stems unique.

    Each file is titled by its topic, with the occasion (or the pack's title) as
    subtitle: "China" with "Bezoek minister aan Beijing", not "Pakket: China"."""
    result: list[tuple[str, BriefingSpec]] = []
    used: set[str] = set()
    for theme_id in spec.theme_ids:
        name = get_theme(store, theme_id).name
        if len(spec.theme_ids) == 1:
            title, occasion = spec.title, spec.occasion
        else:
            title, occasion = name, spec.occasion or spec.title
        stem = slug(name)
        while stem in used:
            stem += "-2"
        used.add(stem)
        result.append((stem, replace(spec, theme_ids=(theme_id,), title=title, occasion=occasion)))
    return result
