"""The short form of a passage for a briefing's background: its first sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

# A sentence ends at . ! ? (or …) followed by a space and a capital, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”’\"')]*\s+(?=[A-ZÀ-Ý0-9«“‘\"'(])")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = ("nr", "p", "bijv", "o.a", "m.n", "d.w.z", "i.e", "e.g", "art", "mr", "dr", "ca")

MAX_WORDS = 45
MAX_SENTENCES = 2


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (a best effort for Dutch and English prose)."""
    return list(_sentences(text))


def _sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` one by one (a summary stops reading after its first)."""
    text = " ".join(text.split())
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()].rstrip()
        last_word = piece.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last_word in _ABBREVIATIONS:
            continue
        sentence = text[start : match.start()].strip()
        if sentence:
            yield sentence
        start = match.end()
    rest = text[start:].strip()
    if rest:
        yield rest


def first_sentences(text: str, max_words: int = MAX_WORDS, limit: int = MAX_SENTENCES) -> str:
    """The first sentence, plus the next while both stay within ``max_words``.

    A first sentence longer than ``max_words`` is kept whole: a cut sentence
    could say the opposite of what the letter says."""
    found = list(islice(_sentences(text), limit))
    if not found:
        return ""
    chosen = [found[0]]
    words = len(found[0].split())
    for sentence in found[1:]:
        words += len(sentence.split())
        if words > max_words:
            break
        chosen.append(sentence)
    return " ".join(chosen)


def is_whole(summary: str, text: str) -> bool:
    return " ".join(summary.split()) == " ".join(text.split())
