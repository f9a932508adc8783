"""Sentences of a passage, with where each starts (abbreviations do not end one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! or ? before a capital, also with a footnote marker glued to the
# stop ("te verkleinen.21 Internationaal"; not a decimal such as "versie 1.2 De").
# A list's bullet (also the private-use characters PDF fonts use for one) may stand before
# the next sentence's capital.
# Not after an abbreviation ("nr. 3", "o.a. de", "p. 13", "jl. De", "W. Hoekstra"): each is a
# lookbehind of its own, so that the cut is one expression, and it starts at the stop, so
# that the expression engine skips to the next stop at once.
_ABBREVIATIONS = (
    r"c\.s", "jl", "nr", r"o\.a", "bijv", "cf", r"e\.d", r"e\.a", "p", r"d\.w\.z", r"m\.b\.t",
    r"t\.a\.v", r"i\.p\.v", "incl", "excl", "art", "blz", "vs", "mr", "dr", "drs", "ir", "prof",
    "St", "[A-Z]",
)  # fmt: skip
_NOT_ABBREVIATED = "".join(rf"(?<!\b{abbreviation}\.)" for abbreviation in _ABBREVIATIONS)
_END = re.compile(
    rf"[.!?]{_NOT_ABBREVIATED}"
    r"(?:[»”’)]*|(?:(?<=[^\W\d_][.!?])|(?<=[^\W\d_][»”’)][.!?])|"
    r"(?<=[^\W\d_][»”’)]{2}[.!?]))\d{1,3})\s+"
    r"(?=(?:[-–•▪◦‣\uf000-\uf0ff]\s*)?[(«“‘]?[A-Z0-9ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ])"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the passage


@lru_cache(maxsize=256)  # the finders of one letter cut the same passages
def split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        stop = match.end()
        piece = text[start:stop].strip()
        if piece:
            sentences.append(Sentence(piece, start))
        start = stop
    rest = text[start:].strip()
    if rest:
        sentences.append(Sentence(rest, start))
    return tuple(sentences)


def page_at(offset: int, length: int, first_page: int, last_page: int) -> int:
    """The page a place in a passage is most likely on (by its share of the text)."""
    if last_page <= first_page or length <= 0:
        return first_page
    pages = last_page - first_page + 1
    return min(last_page, first_page + offset * pages // length)
