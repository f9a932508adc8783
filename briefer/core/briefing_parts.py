"""The parts a briefing can have: one registry, easy to extend.

Each part has a key (stored in saved briefings and typed on the command line),
a Dutch and an English title, and the words by which a heading of the user's
theme note is recognised as belonging to it ("## Doel" goes to "Doel van het
gesprek"). The default order is that of a gespreksnotitie. What a part shows is
decided in ``briefer.compose.parts``; a part with nothing to show is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PartInfo:
    key: str
    title_nl: str
    title_en: str
    note_headings: tuple[str, ...] = ()  # extra names of a note heading for this part

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_nl


LANGUAGES = ("nl", "en")  # of a briefing's headings, labels and dates

DOEL = "doel"
KERNBOODSCHAPPEN = "kernboodschappen"
SPREEKPUNTEN = "spreekpunten"
REACTIEF = "reactief"
TOEZEGGINGEN = "toezeggingen"
WIJZIGINGEN = "wijzigingen"  # what changed against another letter (issue 10)
ACHTERGROND = "achtergrond"
FEITEN = "feiten"
GESPREKSPARTNER = "gesprekspartner"
PROGRAMMA = "programma"
NOTITIES = "notities"
BRONNEN = "bronnen"

PART_REGISTRY: dict[str, PartInfo] = {}


def register_part(info: PartInfo) -> None:
    PART_REGISTRY[info.key] = info


for _info in (
    PartInfo(DOEL, "Doel van het gesprek", "Purpose of the meeting", ("doel", "purpose")),
    PartInfo(KERNBOODSCHAPPEN, "Kernboodschappen", "Key messages"),
    PartInfo(
        SPREEKPUNTEN,
        "Spreekpunten (actief)",
        "Talking points",
        ("spreekpunten", "actief", "kernpunten"),
    ),
    PartInfo(
        REACTIEF,
        "Reactief / Q&A",
        "Reactive lines / Q&A",
        ("reactief", "reactieve lijnen", "q&a", "vragen en antwoorden", "reactive"),
    ),
    PartInfo(TOEZEGGINGEN, "Toezeggingen", "Commitments"),
    PartInfo(
        WIJZIGINGEN,
        "Wat is er veranderd",
        "What has changed",
        ("wijzigingen", "veranderd", "changes"),
    ),
    PartInfo(ACHTERGROND, "Achtergrond", "Background"),
    PartInfo(FEITEN, "Feiten en cijfers", "Facts and figures", ("feiten", "cijfers", "facts")),
    PartInfo(GESPREKSPARTNER, "Gesprekspartner", "Interlocutor", ("gesprekspartners", "cv")),
    PartInfo(PROGRAMMA, "Programma", "Programme", ("program", "agenda")),
    PartInfo(NOTITIES, "Eigen notities", "Notes", ("notities", "overig")),
    PartInfo(BRONNEN, "Bronnen", "Sources"),
):
    register_part(_info)

# The order of a gespreksnotitie; a part with nothing in it is left out of the document.
# "Wat is er veranderd" is offered but not on by default: it compares against a letter
# the user picks.
DEFAULT_PARTS: tuple[str, ...] = (
    DOEL,
    KERNBOODSCHAPPEN,
    SPREEKPUNTEN,
    REACTIEF,
    TOEZEGGINGEN,
    ACHTERGROND,
    FEITEN,
    GESPREKSPARTNER,
    PROGRAMMA,
    NOTITIES,
    BRONNEN,
)
# Keys of earlier releases, still accepted (saved briefings, scripts).
PART_ALIASES = {"kernpunten": SPREEKPUNTEN}


def offered_order(chosen: tuple[str, ...]) -> list[str]:
    """Every part, the chosen ones in their order, each other one at its place in the
    registry's order (after the nearest part that comes before it): "Wat is er
    veranderd" is offered right after "Toezeggingen", as DESIGN orders them."""
    order = [part for part in chosen if part in PART_REGISTRY]
    registry = list(PART_REGISTRY)
    for index, part in enumerate(registry):
        if part in order:
            continue
        before = [p for p in registry[:index] if p in order]
        at = order.index(before[-1]) + 1 if before else 0
        order.insert(at, part)
    return order


def known_parts() -> tuple[str, ...]:
    return tuple(PART_REGISTRY)


def part_title(key: str, language: str = "nl", custom: dict[str, str] | None = None) -> str:
    """The title a part has in the document: the user's own name, or the default."""
    if custom and custom.get(key, "").strip():
        return " ".join(custom[key].split())
    return PART_REGISTRY[key].title(language)


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", text.casefold()).split())


def part_for_heading(heading: str) -> str | None:
    """The part a theme note's heading belongs to ("## Q&A" -> reactief), or None."""
    folded = _fold(heading)
    if not folded:
        return None
    for info in PART_REGISTRY.values():
        names = (info.key, info.title_nl, info.title_en, *info.note_headings)
        if folded in {_fold(name) for name in names}:
            return info.key
    return None
