"""Snippets for PostgreSQL search hits, the same as a SQLite library shows.

Used by briefer.core.search.postgres: ts_headline parses every passage shown
again on the server and picks its fragment differently. ``snippets`` hands the
texts shown to SQLite's own FTS5 ``snippet()`` in a throw-away in-memory table
(the same tokenizer as a library's index; a few milliseconds for a hundred
hits). ``snippet`` makes a snippet the same way in Python, for a text FTS5 does
not match (a word PostgreSQL folds and FTS5 does not) or a Python without
FTS5: the window of SNIPPET_WORDS words that holds the most distinct query
phrases (1,000 points each, one more per repeat) is shown, or, for 100 points
more, the one that starts at a sentence holding them; a phrase is marked as
one span.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from briefer.core.search import query as common

ELLIPSIS = "…"
TOKENIZER = "unicode61 remove_diacritics 2"  # as a library's index (migration 0002)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Phrase:
    """Words (folded) that must follow each other; the last one a prefix if ``prefix``."""

    words: tuple[str, ...]
    prefix: bool = False


def fold(word: str) -> str:
    """Case and diacritics folded, as the search does (Oekraïne -> oekraine)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _variants() -> dict[str, str]:
    """Each letter's regex class of the letters that fold to it (e -> [eéèêë...])."""
    groups: dict[str, set[str]] = {}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and base.isascii() and base.isalpha():
            groups.setdefault(base, {base}).update({ch, ch.lower(), ch.upper()})
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in groups.items()}


_VARIANTS = _variants()


def phrases(query: str) -> list[Phrase]:
    """The phrases of a user's query that a match shows (not those after NOT)."""
    found: list[Phrase] = []
    negated = after_term = False
    for quoted, word in common._TOKEN.findall(query):
        if not quoted and word in common._OPERATORS and after_term:
            negated = common._OPERATORS[word] == "NOT"
            after_term = False
            continue
        prefix = not quoted and word.endswith("*")
        words = _WORD.findall(quoted if quoted else word.strip("*"))
        if not words:
            continue
        if not negated:
            found.append(Phrase(tuple(fold(w) for w in words), prefix and not quoted))
        negated, after_term = False, True
    return found


@lru_cache(maxsize=256)
def _pattern(phrase: Phrase) -> re.Pattern[str]:
    """The phrase in folded text: its words in a row, whole (the last one a prefix)."""
    words = r"[\W_]+".join(
        "".join(_VARIANTS.get(ch, re.escape(ch)) for ch in word) for word in phrase.words
    )
    return _compiled(r"(?<![^\W_])" + words + (r"[^\W_]*" if phrase.prefix else r"(?![^\W_])"))


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _instances(text: str, starts: list[int], wanted: list[Phrase]) -> list[tuple[int, int, int]]:
    """(first token, last token, phrase index) of every phrase found, in text order."""
    found: list[tuple[int, int, int]] = []
    for index, phrase in enumerate(wanted):
        size = len(phrase.words)
        for match in _pattern(phrase).finditer(text):
            first = bisect_left(starts, match.start())
            found.append((first, first + size - 1, index))
    found.sort()
    return found


def _score(
    instances: list[tuple[int, int, int]], start: int, width: int, size: int
) -> tuple[int, int]:
    """FTS5's score of the window at ``start``, and where it would centre the window."""
    seen: set[int] = set()
    score, first, last = 0, -1, -1
    stop = start + width
    for begin, end, phrase in instances:
        if start <= begin < stop:
            score += 1 if phrase in seen else 1000
            seen.add(phrase)
            if first < 0:
                first = begin
            if end > last:
                last = end
    if first < 0:
        return score, start
    adjusted = first - (width - (last - first + 1)) // 2
    adjusted = min(adjusted, size - width)
    return score, max(adjusted, 0)


# Where FTS5 starts a sentence: after a full stop or colon and white space.
_SENTENCE = re.compile(r"[.:][ \t\n\r]+(?=[^\W_])")


def _sentence_starts(text: str, starts: list[int], ends: list[int]) -> list[int]:
    sentences = [0]
    for match in _SENTENCE.finditer(text, ends[0]):
        sentences.append(bisect_left(starts, match.end()))
    return sentences


def _best_start(
    text: str, starts: list[int], ends: list[int], instances: list[tuple[int, int, int]]
) -> int:
    width, size = common.SNIPPET_WORDS, len(starts)
    best_score, best = -1, 0
    sentences = _sentence_starts(text, starts, ends) if size > width else []
    for at, _end, _phrase in instances:
        score, adjusted = _score(instances, at, width, size)
        if score > best_score:
            best_score, best = score, adjusted
        if sentences:
            sentence = sentences[bisect_right(sentences, at) - 1]  # the last one at or before
            if sentence < at:
                score, _ = _score(instances, sentence, width, size)
                score += 120 if sentence == 0 else 100
                if score > best_score:
                    best_score, best = score, sentence
    return best


def snippet(text: str, wanted: list[Phrase]) -> str:
    """About SNIPPET_WORDS words of ``text`` around the best matches, marked."""
    starts: list[int] = []
    ends: list[int] = []
    for token in _WORD.finditer(text):
        starts.append(token.start())
        ends.append(token.end())
    if not starts:
        return text
    instances = _instances(text, starts, wanted)
    start = _best_start(text, starts, ends, instances)
    stop = min(start + common.SNIPPET_WORDS, len(starts)) - 1  # last token shown
    spans: list[tuple[int, int]] = []  # overlapping instances joined, as FTS5 does
    for begin, end, _phrase in instances:
        if end < start or begin > stop:
            continue
        begin, end = max(begin, start), min(end, stop)
        if spans and begin <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((begin, end))
    offset = 0 if start == 0 else starts[start]
    parts = [ELLIPSIS] if start > 0 else []
    for begin, end in spans:
        first, last = starts[begin], ends[end]
        parts += [text[offset:first], common.MARK_START, text[first:last], common.MARK_END]
        offset = last
    if stop >= len(starts) - 1:
        parts.append(text[offset:])
    else:
        parts += [text[offset : ends[stop]], ELLIPSIS]
    return "".join(parts)


def snippets(texts: dict[int, str], query: str) -> dict[int, str]:
    """A snippet of each text (by id) for the user's ``query``."""
    made: dict[int, str] = {}
    expression = common.fts_query(query)
    if texts and expression:
        try:
            made = _fts5_snippets(texts, expression)
        except sqlite3.Error:  # no FTS5 in this Python's SQLite
            made = {}
    if len(made) < len(texts):
        wanted = phrases(query)
        for key, text in texts.items():
            if key not in made:
                made[key] = snippet(text, wanted)
    return made


def _fts5_snippets(texts: dict[int, str], expression: str) -> dict[int, str]:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(f"CREATE VIRTUAL TABLE shown USING fts5(text, tokenize='{TOKENIZER}')")
        connection.executemany("INSERT INTO shown(rowid, text) VALUES (?, ?)", texts.items())
        rows = connection.execute(
            f"""SELECT rowid, snippet(shown, 0, ?, ?, ?, {common.SNIPPET_WORDS})
                FROM shown WHERE shown MATCH ?""",
            (common.MARK_START, common.MARK_END, ELLIPSIS, expression),
        ).fetchall()
    finally:
        connection.close()
    return {int(key): str(made) for key, made in rows}
