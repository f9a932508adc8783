"""Which passages each topic's *Achtergrond* shows: every passage once in a pack, and
no more than the length target holds.

A passage on several topics of a pack stands under the topic it is most about
(the most reasons to carry the theme: terms it names, a heading above it, the
user's own choice; on a tie the first topic); the other topics refer to it. A
topic shows its passages by priority (those the user put first, included by
hand or gave chosen sentences, then the most relevant) while they fit the pages
left by its other parts; what does not fit goes to a later topic of the pack
that has it too, or is named in one line with its pages. The passages shown
keep their reading order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from briefer.compose.typography import NBSP, WORD_JOINER
from briefer.core.library import LetterRow
from briefer.core.tags import ThemePassage


@dataclass
class BackgroundPlan:
    owner: dict[int, str] = field(default_factory=dict)  # passage -> topic showing it
    shown: dict[str, list[ThemePassage]] = field(default_factory=dict)
    trimmed: dict[str, list[ThemePassage]] = field(default_factory=dict)  # over the target


@dataclass(frozen=True)
class TopicPassages:
    """What the plan needs of one topic."""

    name: str
    passages: Sequence[ThemePassage]
    extracts: frozenset[int] = frozenset()  # passages with sentences the user chose
    budget: float | None = None  # points left for the passages; None = no target


def relevance(passage: ThemePassage) -> int:
    """How much a passage is about its theme: one for each reason, more when chosen by hand."""
    return len(passage.reasons) + (10 if passage.manual else 0)


def plan_background(
    topics: Sequence[TopicPassages],
    height: Callable[[TopicPassages, ThemePassage], float],
    first: Sequence[int] = (),
) -> BackgroundPlan:
    """Decide, topic by topic, which passages stand where (see the module's text).

    ``height`` estimates the points one passage's item takes under a topic;
    ``first`` lists the passages the user put first, in their order."""
    put_first = {passage_id: rank for rank, passage_id in enumerate(first)}
    preferred: dict[int, tuple[int, int]] = {}  # passage -> (relevance, topic index)
    for index, topic in enumerate(topics):
        for passage in topic.passages:
            score = relevance(passage)
            if passage.id not in preferred or score > preferred[passage.id][0]:
                preferred[passage.id] = (score, index)
    plan = BackgroundPlan()
    handed_on: set[int] = set()
    for index, topic in enumerate(topics):
        later = {p.id for other in topics[index + 1 :] for p in other.passages}
        mine = [
            p
            for p in topic.passages
            if p.id not in plan.owner and (preferred[p.id][1] == index or p.id in handed_on)
        ]
        reading = {p.id: number for number, p in enumerate(topic.passages)}

        def priority(
            passage: ThemePassage,
            topic: TopicPassages = topic,
            reading: dict[int, int] = reading,
        ) -> tuple[int, ...]:
            return (
                put_first.get(passage.id, len(put_first)),
                0 if passage.manual else 1,
                0 if passage.id in topic.extracts else 1,
                -relevance(passage),
                reading[passage.id],
            )

        kept: list[ThemePassage] = []
        used = 0.0
        trimmed: list[ThemePassage] = []
        for passage in sorted(mine, key=priority):
            needed = height(topic, passage)
            if topic.budget is None or not kept or used + needed <= topic.budget:
                kept.append(passage)
                used += needed
            elif passage.id in later:
                handed_on.add(passage.id)
            else:
                trimmed.append(passage)
        kept.sort(key=lambda p: reading[p.id])
        trimmed.sort(key=lambda p: reading[p.id])
        for passage in kept:
            plan.owner[passage.id] = topic.name
        plan.shown[topic.name] = kept
        plan.trimmed[topic.name] = trimmed
    return plan


def compact_citations(passages: Iterable[ThemePassage], letters: dict[int, LetterRow]) -> str:
    """One citation per letter with each page once: "Kamerstuk 35 925 V, nr. 84, p. 1, 2, 4–5".

    A line may break between two pages, never inside the letter's name and "p. 1" or
    inside "4–5": those spaces are non-breaking, a word joiner follows the en dash."""
    pages: dict[int, list[tuple[int, int]]] = {}
    for passage in passages:
        spans = pages.setdefault(passage.letter_id, [])
        span = (passage.first_page, passage.last_page)
        if span not in spans:
            spans.append(span)
    cited = []
    for letter_id, spans in pages.items():
        # A page already within another passage's pages is not named again.
        spans = [
            (first, last)
            for first, last in spans
            if not any(o != (first, last) and o[0] <= first and last <= o[1] for o in spans)
        ]
        label = letters[letter_id].label if letter_id in letters else ""
        numbers = ", ".join(
            str(first) if first == last else f"{first}\u2013{WORD_JOINER}{last}"
            for first, last in sorted(spans)
        )
        whole = f"{label}, p. " if label else "p. "
        cited.append(whole.replace(" ", NBSP) + numbers)
    return "; ".join(cited)
