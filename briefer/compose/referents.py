"""What a sentence that points back refers to: "Uw Kamer wordt hierover geïnformeerd"
needs the sentence before it to say what "hierover" is.

A commitment is one sentence of a passage. When it opens with, or holds, a word
that points back (hierover, daartoe, in dit kader, om die reden, deze plannen,
...), the briefing prints the sentence before it in the passage as its context;
when the commitment is the passage's first sentence, the section's title.
"""

from __future__ import annotations

import re

from briefer.compose.summary import sentences

_POINTING_BACK = re.compile(
    r"\b(?:hier|daar|waar)(?:aan|bij|door|in|mee|na|naar|om|op|over|toe|uit|van|voor)\b"
    r"|\b(?:in dit kader|om die reden|om deze reden|in dat verband|in dit verband)\b"
    r"|\b(?:deze|dit|die|dat|zulke)\s+(?:plannen|plan|kader|reden|ontwikkelingen|"
    r"stappen|voornemens|voornemen|afspraken|maatregelen|inzet|onderwerpen|punten|"
    r"procedure|voorstellen|voorstel|strategie|aanpak)\b"
    r"|^(?:dit|dat|deze|die)\b",
    re.IGNORECASE,
)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` leans on what came before it to be understood."""
    return _POINTING_BACK.search(sentence.strip()) is not None


def context_of(sentence: str, passage_text: str, section: str | None = None) -> str:
    """The sentence before ``sentence`` in ``passage_text`` when ``sentence`` points
    back ("" when it does not); the section's title when it is the first sentence."""
    if not points_back(sentence):
        return ""
    wanted = " ".join(sentence.split())
    found = sentences(passage_text)
    for number, candidate in enumerate(found):
        if wanted.startswith(candidate[:60]) or candidate.startswith(wanted[:60]):
            if number > 0:
                return found[number - 1]
            break
    return section or ""
