"""Sentences of a passage, with where each starts (abbreviations do not end one)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! or ? before a capital, also with a footnote marker glued to the
# stop ("te verkleinen.21 Internationaal"; not a decimal such as "versie 1.2 De").
# A list's bullet (also the private-use characters PDF fonts use for one) may stand before
# the next sentence's capital.
_END = re.compile(
    r"(?:[.!?][»”’)]*|(?<=[^\W\d_])[»”’)]*[.!?]\d{1,3})\s+"
    r"(?=(?:[-–•▪◦‣\uf000-\uf0ff]\s*)?[(«“‘]?[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ])"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:c\.s|jl|nr|o\.a|bijv|cf|e\.d|e\.a|p|d\.w\.z|m\.b\.t|t\.a\.v|i\.p\.v|incl|excl|"
    r"art|blz|vs|mr|dr|drs|ir|prof|St)|\b[A-Z])\.$"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the passage


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        stop = match.end()
        head = text[max(start, match.start() - 12) : match.start() + 1]
        if _ABBREVIATIONS.search(head):
            continue
        piece = text[start:stop].strip()
        if piece:
            sentences.append(Sentence(piece, start))
        start = stop
    rest = text[start:].strip()
    if rest:
        sentences.append(Sentence(rest, start))
    return sentences


def page_at(offset: int, length: int, first_page: int, last_page: int) -> int:
    """The page a place in a passage is most likely on (by its share of the text)."""
    if last_page <= first_page or length <= 0:
        return first_page
    pages = last_page - first_page + 1
    return min(last_page, first_page + offset * pages // length)
