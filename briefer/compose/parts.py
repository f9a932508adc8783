"""What each briefing part shows, built from one topic: one builder per part.

A builder returns the part's blocks (without its heading) and, when it has
nothing to show, the reason the part is left out. Parts fed by the theme note
take the note's section of that name (see ``note_parts``). To add a part,
register it in ``briefer.core.briefing_parts`` and give it a builder here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefer.compose.background import BackgroundPlan, compact_citations
from briefer.compose.cited_passages import cited_runs
from briefer.compose.intelligence import (
    COMMITMENT_KINDS,
    toezeggingen_blocks,
    wijzigingen_blocks,
)
from briefer.compose.labels import format_date, labels
from briefer.compose.markdown import inline_runs, markdown_blocks
from briefer.compose.note_parts import SplitNote
from briefer.compose.render_model import Block, BulletList, ListItem, Paragraph, Run
from briefer.compose.summary import first_sentences
from briefer.core.briefing_parts import (
    ACHTERGROND,
    BRONNEN,
    DOEL,
    FEITEN,
    GESPREKSPARTNER,
    KERNBOODSCHAPPEN,
    NOTITIES,
    PROGRAMMA,
    REACTIEF,
    SPREEKPUNTEN,
    TOEZEGGINGEN,
    WIJZIGINGEN,
)
from briefer.core.citations import pages_label
from briefer.core.commitment_register import CommitmentRow, list_commitments
from briefer.core.letter_comparison import Side
from briefer.core.library import LetterRow
from briefer.core.points import ACTIEF, PointRow
from briefer.core.store.database import Store
from briefer.core.tags import ThemePassage


@dataclass
class Topic:
    name: str
    points: list[PointRow]
    passages: list[ThemePassage]
    note: SplitNote
    passage_notes: dict[int, str]
    extracts: dict[int, str]  # passage -> the sentences the user chose
    theme_id: int = 0

    @property
    def empty(self) -> bool:
        return not (self.points or self.passages or self.note.sections)


@dataclass
class Context:
    """What the parts of all topics of one document share."""

    letters: dict[int, LetterRow]
    language: str
    annex: bool
    annexed: list[ThemePassage] = field(default_factory=list)  # in order of first showing
    store: Store | None = None  # for the parts read from the library (toezeggingen, ...)
    changes_from: int | None = None  # "Wat is er veranderd": the letter compared against
    changes_from_version: int | None = None  # ... or this older version of it
    plan: BackgroundPlan | None = None  # which passages each topic's Achtergrond shows
    target_pages: int = 0  # per topic, for the line on passages left out
    commitments_shown: dict[int, str] = field(default_factory=dict)  # commitment -> topic
    theme_ids: tuple[int, ...] = ()  # every topic's theme, for what is read once for all
    _commitments: list[CommitmentRow] | None = field(default=None, init=False, repr=False)

    def commitments_of(self, theme_id: int) -> list[CommitmentRow]:
        """The theme's promises and requests: read once for all topics of the document."""
        if self.store is None:
            return []
        if self._commitments is None:
            self._commitments = list_commitments(
                self.store, theme_ids=self.theme_ids or (theme_id,), kinds=COMMITMENT_KINDS
            )
        return [row for row in self._commitments if theme_id in row.theme_ids]


Builder = Callable[[Topic, Context, int], tuple[list[Block], str]]


def letter_heading(letter: LetterRow, language: str) -> str:
    parts = [letter.label]
    if letter.kamerstuk:
        parts.append(letter.title)
    if letter.date:
        parts.append(format_date(letter.date, language))
    return " · ".join(parts)


def _note_blocks(topic: Topic, part: str, level: int) -> list[Block]:
    """The note's section for ``part``, its own headings beneath the part's heading."""
    text = topic.note.sections.get(part, "")
    if not text.strip():
        return []
    # A heading of the note's top level becomes level + 1 (only in "Eigen notities",
    # where the top headings stay); deeper headings follow one level at a time.
    top = topic.note.top_level
    first = level + 2 - top if part == NOTITIES else level + 1 - top
    return markdown_blocks(text, first, style="body")


def _points(points: list[PointRow]) -> list[Block]:
    items = tuple(
        ListItem(inline_runs(point.text), tuple(c.label for c in point.citations))
        for point in points
    )
    return [BulletList(items, numbered=True)] if items else []


def _spreekpunten(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    active = [p for p in topic.points if p.kind == ACTIEF]
    blocks = _note_blocks(topic, SPREEKPUNTEN, level) + _points(active)
    return blocks, "nog geen actieve spreekpunten"


def _reactief(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    reactive = [p for p in topic.points if p.kind != ACTIEF]
    blocks = _points(reactive) + _note_blocks(topic, REACTIEF, level)
    return blocks, "geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&A'"


def _citation(context: Context, passage: ThemePassage) -> str:
    letter = context.letters[passage.letter_id]
    return f"{letter.label}, {pages_label(passage.first_page, passage.last_page)}"


def background_item(topic: Topic, context: Context, passage: ThemePassage) -> ListItem:
    """One passage in the short background: its first (or chosen) sentences, its note, cited."""
    words = labels(context.language)
    text = topic.extracts.get(passage.id) or first_sentences(passage.text)
    runs: tuple[Run, ...] = cited_runs(passage, text, context.language)
    note = topic.passage_notes.get(passage.id, "").strip()
    if note:
        runs += (Run(f" {words['passage_note']}: "), *_italic(" ".join(note.split())))
    return ListItem(runs, (_citation(context, passage),))


def _achtergrond(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    """Per passage its first sentences (or the sentences the user chose), cited.

    In a pack a passage stands once, under the topic it is most about; the
    others refer to it. What the length target leaves no room for is named in
    one line (see ``compose.background``)."""
    words = labels(context.language)
    plan = context.plan
    shown = plan.shown.get(topic.name, []) if plan else list(topic.passages)
    trimmed = plan.trimmed.get(topic.name, []) if plan else []
    elsewhere: dict[str, list[ThemePassage]] = {}
    if plan is not None:
        for passage in topic.passages:
            other = plan.owner.get(passage.id)
            if other is not None and other != topic.name:
                elsewhere.setdefault(other, []).append(passage)
    for passage in shown:
        context.annexed.append(passage)
    items = [background_item(topic, context, passage) for passage in shown]
    blocks = _note_blocks(topic, ACHTERGROND, level)
    if items:
        blocks.append(BulletList(tuple(items)))
    order = list(plan.shown) if plan else []
    for other, passages in elsewhere.items():
        earlier = order.index(other) < order.index(topic.name) if topic.name in order else True
        label = words["see_also"] if earlier else words["see_also_later"]
        cited = compact_citations(passages, context.letters)
        blocks.append(Paragraph((Run(f"{label.format(theme=other)}: {cited}."),)))
    if trimmed:
        count = len(trimmed)
        target = context.target_pages
        pages = words["one_page"] if target == 1 else words["pages"].format(count=target)
        text = words["trimmed_one" if count == 1 else "trimmed"].format(count=count, pages=pages)
        cited = compact_citations(trimmed, context.letters)
        blocks.append(Paragraph((Run(f"{text}: {cited}.", italic=True),)))
    if items and context.annex:
        blocks.append(Paragraph((Run(words["see_annex"], italic=True),)))
    return blocks, "geen passages over dit thema"


def _italic(text: str) -> tuple[Run, ...]:
    return tuple(replace_italic(run) for run in inline_runs(text))


def replace_italic(run: Run) -> Run:
    return Run(run.text, bold=run.bold, italic=True)


def letters_used(topics: list[Topic], context: Context) -> list[int]:
    """The letters the topics draw on (passages and talking points' citations), each once."""
    used: list[int] = []
    for topic in topics:
        for passage in topic.passages:
            if passage.letter_id not in used:
                used.append(passage.letter_id)
        cited = {c.label.rsplit(", p.", 1)[0] for p in topic.points for c in p.citations}
        for letter_id, letter in context.letters.items():
            if letter.label in cited and letter_id not in used:
                used.append(letter_id)
    return used


def sources_list(letter_ids: list[int], context: Context) -> list[Block]:
    words = labels(context.language)
    items = []
    for letter_id in letter_ids:
        letter = context.letters[letter_id]
        text = letter.label
        if letter.vergaderjaar:
            text += f" ({words['vergaderjaar']} {letter.vergaderjaar})"
        details = [letter.title] if letter.kamerstuk else []
        if letter.date:
            details.append(format_date(letter.date, context.language))
        if details:
            text += ": " + ", ".join(details)
        items.append(ListItem((Run(text),)))
    return [BulletList(tuple(items))] if items else []


def _bronnen(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    blocks = sources_list(letters_used([topic], context), context)
    return _note_blocks(topic, BRONNEN, level) + blocks, "geen brieven gebruikt"


def pack_sources(topics: list[Topic], context: Context) -> list[Block]:
    """A pack's one *Bronnen*: every letter of every topic once, then the notes' sources."""
    blocks = sources_list(letters_used(topics, context), context)
    for topic in topics:
        blocks += _note_blocks(topic, BRONNEN, 1)
    return blocks


def _toezeggingen(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    """The theme's commitments with due dates and citations, after the note's own section."""
    found = (
        toezeggingen_blocks(
            context.store,
            topic.theme_id,
            language=context.language,
            shown=context.commitments_shown,
            topic=topic.name,
            rows=context.commitments_of(topic.theme_id),
        )
        if context.store
        else []
    )
    reason = "geen toezeggingen over dit thema en geen notitie onder 'Toezeggingen'"
    return _note_blocks(topic, TOEZEGGINGEN, level) + found, reason


def _wijzigingen(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    if context.store is None:
        return [], "geen bibliotheek om te vergelijken"
    source = (
        Side(context.changes_from, context.changes_from_version)
        if context.changes_from is not None
        else None
    )
    return wijzigingen_blocks(
        context.store,
        source,
        topic.theme_id,
        level + 1,
        context.language,
    )


def _make_note_builder(part: str, reason: str) -> Builder:
    def build(topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
        return _note_blocks(topic, part, level), reason

    return build


def _no_note(title: str) -> str:
    return f"geen notitie onder '{title}'"


BUILDERS: dict[str, Builder] = {
    DOEL: _make_note_builder(DOEL, _no_note("Doel van het gesprek")),
    KERNBOODSCHAPPEN: _make_note_builder(KERNBOODSCHAPPEN, _no_note("Kernboodschappen")),
    SPREEKPUNTEN: _spreekpunten,
    REACTIEF: _reactief,
    TOEZEGGINGEN: _toezeggingen,
    WIJZIGINGEN: _wijzigingen,
    ACHTERGROND: _achtergrond,
    FEITEN: _make_note_builder(FEITEN, _no_note("Feiten en cijfers")),
    GESPREKSPARTNER: _make_note_builder(GESPREKSPARTNER, _no_note("Gesprekspartner")),
    PROGRAMMA: _make_note_builder(PROGRAMMA, _no_note("Programma")),
    NOTITIES: _make_note_builder(NOTITIES, "geen eigen notities"),
    BRONNEN: _bronnen,
}


def build_part(part: str, topic: Topic, context: Context, level: int) -> tuple[list[Block], str]:
    """(blocks, reason when empty) of one part of one topic."""
    builder = BUILDERS.get(part)
    if builder is None:  # registered without a builder (yet): nothing to show
        return [], "dit onderdeel heeft hier nog geen inhoud"
    return builder(topic, context, level)
