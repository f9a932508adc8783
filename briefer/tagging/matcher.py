"""Apply compiled themes to passages in one pass: terms in the text, and headings.

A section or chapter whose heading matches a theme passes the theme to every
passage under it; the reason says which heading and which term.

Finding the terms gives exactly what each theme's regular expression would
(``CompiledTheme.find``), but does not run every theme's expression over every
passage. The passages of a letter are joined and folded to lower case once;
one expression built from the first words of all terms of all themes (as a
trie) finds the few places where any term can start; a dictionary says which
terms start with that word (or, for ``Russisch*``, with its beginning); only
those terms' own expressions are tried there, in the order the theme's
expression would try them, skipping text that an earlier match of the same
theme consumed. A theme with a term that cannot start at a word (one that
begins with punctuation) is matched with its expression, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Any

from briefer.char_classes import latin_class, usual_only
from briefer.tagging.rules import (
    CompiledTheme,
    compile_theme,
    compound_index,
    fold,
    fold_noting,
)

_SEPARATOR = "\x00"  # between joined passages: no term, space or word can cross it
_GROUP_CHARS = 1_000_000  # passages joined per scan, so huge imports stay bounded in memory
_HEADING_CACHE = 50_000
_WORD_CACHE = 100_000
_WORD_FAST, _NOT_WORD_FAST = latin_class(r"\w"), latin_class(r"\W")  # see char_classes

# (theme, term index) -> words found, per passage
Hits = dict[int, dict[int, str]]


@dataclass(frozen=True)
class PassageText:
    id: int
    text: str
    headings: tuple[str, ...] = ()  # chapter first, then section, ...


@dataclass
class AutoTag:
    passage_id: int
    theme_id: int
    reasons: list[dict[str, Any]] = field(default_factory=list)


def compile_themes(themes: Iterable[tuple[int, str, Sequence[str]]]) -> list[CompiledTheme]:
    """Compile (id, name, terms) once for a whole tagging run."""
    return [compile_theme(theme_id, name, list(terms)) for theme_id, name, terms in themes]


def cached_matcher(themes: Iterable[tuple[int, str, Sequence[str]]]) -> Matcher:
    """A matcher for these themes, shared by every call with the same themes and terms."""
    return _cached_matcher(tuple((tid, name, tuple(terms)) for tid, name, terms in themes))


@lru_cache(maxsize=16)
def _cached_matcher(themes: tuple[tuple[int, str, tuple[str, ...]], ...]) -> Matcher:
    return Matcher(compile_themes(themes))


@dataclass(frozen=True)
class _Candidate:
    """A term that may match where its first word stands."""

    slot: tuple[int, bool]  # (theme position, exact): one regular expression of the theme
    term: int  # index in the theme's terms
    regex: re.Pattern[str]  # the term alone, anchored where it is tried


def _trie_pattern(whole: Iterable[str], starts: Iterable[str]) -> str:
    """An expression for a word that is one of ``whole`` or starts with one of ``starts``."""
    trie: dict[str, Any] = {}
    for word, open_ended in [(w, False) for w in whole] + [(w, True) for w in starts]:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = node.get("", False) or open_ended  # "" marks an end: True = any ending

    def build(node: dict[str, Any]) -> str:
        if node.get(""):
            return ""  # this beginning is enough
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.insert(0, r"(?!\w)")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


class Matcher:
    def __init__(self, themes: list[CompiledTheme]) -> None:
        self.themes = themes
        self._heading_cache: dict[str, list[tuple[int, str]]] = {}
        self._whole: dict[str, list[_Candidate]] = {}  # the first word is exactly this
        self._starts: dict[str, list[_Candidate]] = {}  # the first word starts with this
        self._regex_themes: list[int] = []  # positions of themes matched by expression only
        for position, theme in enumerate(themes):
            if not all(term.heads for term in theme.terms):
                self._regex_themes.append(position)
                continue
            for index, term in enumerate(theme.terms):
                flags = 0 if term.exact else re.IGNORECASE
                regex = re.compile(r"(?:" + term.pattern + r")(?!\w)", flags)
                candidate = _Candidate((position, term.exact), index, regex)
                for head in term.heads:
                    (self._starts if term.prefix else self._whole).setdefault(head, []).append(
                        candidate
                    )
        for table in (self._whole, self._starts):
            for candidates in table.values():
                candidates.sort(key=lambda c: (c.slot, c.term))
        self._lengths = sorted({len(head) for head in self._starts})
        self._words: dict[str, list[_Candidate]] = {}  # word -> its candidates, as found
        heads = _trie_pattern(self._whole, self._starts)
        # The whole word where a term may start (group 1; the look-ahead finds the start,
        # the match takes the word, so no second expression has to find it). The match
        # starts at the character before the word, which is none of a word's: the engine
        # skips from one such character to the next instead of trying at every letter.
        # The word at the very start of the text has none before it: ``_scan_start``.
        self._scan = re.compile(r"\W(?=" + heads + r")(\w+)") if heads else None
        self._scan_start = re.compile(r"(?=" + heads + r")(\w+)")
        # The same for a text of Latin-1 and punctuation only (as char_classes.usual_only
        # says): classes that list their characters are tested many times as fast.
        self._scan_fast = re.compile(_NOT_WORD_FAST + "(?=" + heads + ")(" + _WORD_FAST + "+)")
        self._compounds = compound_index(
            [(position, t.terms, t.exceptions) for position, t in enumerate(themes)]
        )

    def _heading_hits(self, heading: str) -> list[tuple[int, str]]:
        hits = self._heading_cache.get(heading)
        if hits is None:
            hits = []
            for theme in self.themes:
                named = theme.find(heading)
                terms = [term for term, _found in named]
                terms += [term for term, _ in theme.find_compounds(heading, named)]
                hits += [(theme.theme_id, term) for term in terms]
            if len(self._heading_cache) >= _HEADING_CACHE:
                self._heading_cache.clear()
            self._heading_cache[heading] = hits
        return hits

    def _candidates(self, word: str) -> list[_Candidate]:
        found = self._words.get(word)
        if found is None:
            found = self._lookup(word)
            if len(self._words) >= _WORD_CACHE:
                self._words.clear()
            self._words[word] = found
        return found

    def _lookup(self, word: str) -> list[_Candidate]:
        found = self._whole.get(word, [])
        extra = [
            candidate
            for length in self._lengths
            if length <= len(word)
            for candidate in self._starts.get(word[:length], ())
        ]
        if extra:
            found = sorted([*found, *extra], key=lambda c: (c.slot, c.term))
        return found

    def _scan_group(
        self, texts: Sequence[str], hits: list[Hits], folded: str, usual: bool = False
    ) -> None:
        """Term matches of the indexed themes in ``texts`` (one scan), into ``hits``;
        ``folded``: the texts folded and joined (with ``_SEPARATOR``); ``usual``: that is
        known to be ``usual_only``."""
        assert self._scan is not None
        joined = _SEPARATOR.join(texts)
        if len(folded) != len(joined):  # not one character for one: never seen, but be safe
            if len(texts) > 1:
                for text, passage in zip(texts, hits, strict=True):
                    self._scan_group([text], [passage], fold(text))
                return
            for position in range(len(self.themes)):
                if position not in self._regex_themes:
                    self._find_with_regex(position, texts, hits)
            return
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        consumed: dict[tuple[int, bool], int] = {}  # where each expression resumes
        scan = self._scan_fast if usual or usual_only(folded) else self._scan
        first = self._scan_start.match(folded)
        for match in chain((first,) if first else (), scan.finditer(folded)):
            at = match.start(1)
            for candidate in self._candidates(match.group(1)):
                slot = candidate.slot
                # A slot that matched here resumes past ``at`` (no term matches nothing),
                # so it is never tried twice at one place.
                if consumed.get(slot, 0) > at:
                    continue
                found = candidate.regex.match(joined, at)
                if found is None:
                    continue
                consumed[slot] = found.end()
                passage = hits[bisect_right(starts, at) - 1]
                words = " ".join(found.group(0).split())
                passage.setdefault(slot[0], {}).setdefault(candidate.term, words)

    def _term_hits(
        self, texts: Sequence[str], folded: Sequence[str], usual: bool = False
    ) -> list[Hits]:
        """``folded``: each text folded (``fold``); ``usual``: all are ``usual_only``."""
        hits: list[Hits] = [{} for _ in texts]
        if self._scan is not None:
            group: list[int] = []
            size = 0

            def scan(indexes: list[int]) -> None:
                self._scan_group(
                    [texts[i] for i in indexes],
                    [hits[i] for i in indexes],
                    _SEPARATOR.join([folded[i] for i in indexes]),
                    usual,
                )

            for index, text in enumerate(texts):
                if _SEPARATOR in text:
                    scan([index])  # cannot be joined safely
                    continue
                group.append(index)
                size += len(text) + 1
                if size >= _GROUP_CHARS:
                    scan(group)
                    group, size = [], 0
            if group:
                scan(group)
        for position in self._regex_themes:
            self._find_with_regex(position, texts, hits)
        return hits

    def _find_with_regex(self, position: int, texts: Sequence[str], hits: list[Hits]) -> None:
        theme = self.themes[position]
        terms = {term.raw: index for index, term in enumerate(theme.terms)}
        for text, passage in zip(texts, hits, strict=True):
            for raw, words in theme.find(text):
                passage.setdefault(position, {})[terms[raw]] = words

    def _tags(
        self, passage: PassageText, hits: Hits, folded: str, compounds: bool, usual: bool = False
    ) -> list[AutoTag]:
        """``folded``: the passage's text folded; ``compounds``: whether it may hold one;
        ``usual``: ``folded`` is known to be ``usual_only``."""
        found: dict[int, AutoTag] = {}
        in_compounds: Hits = {}
        if compounds:
            in_compounds = self._compounds.find(passage.text, folded, usual)
        themes = self.themes
        for position in sorted(hits.keys() | in_compounds.keys()) if in_compounds else sorted(hits):
            terms = themes[position].terms
            named = hits.get(position, {})
            reasons = [
                {"kind": "term", "term": terms[index].raw, "found": words}
                for index, words in sorted(named.items())
            ]
            if position in in_compounds:
                reasons += [
                    {"kind": "compound", "term": terms[index].raw, "found": words}
                    for index, words in sorted(in_compounds[position].items())
                    if index not in named and words not in named.values()
                ]
            if reasons:
                theme_id = themes[position].theme_id
                tag = found.get(theme_id)
                if tag is None:
                    found[theme_id] = AutoTag(passage.id, theme_id, reasons)
                else:
                    tag.reasons.extend(reasons)
        for heading in passage.headings:
            for theme_id, term in self._heading_hits(heading):
                reason = {"kind": "heading", "heading": heading, "term": term}
                tag = found.get(theme_id)
                if tag is None:
                    found[theme_id] = AutoTag(passage.id, theme_id, [reason])
                else:
                    tag.reasons.append(reason)
        return list(found.values())

    def tags_for(self, passage: PassageText) -> list[AutoTag]:
        folded = fold(passage.text)
        hits = self._term_hits([passage.text], [folded])[0]
        return self._tags(passage, hits, folded, not self._compounds.empty)

    def tag_all(self, passages: Iterable[PassageText]) -> list[AutoTag]:
        items = list(passages)
        texts = [p.text for p in items]
        folded, usual = _fold_each(texts)
        # The words of the whole letter that hold a compound's part (one search): only a
        # passage with one of them can hold a compound.
        holders = self._compounds.holders(_SEPARATOR.join(folded), usual)
        tags: list[AutoTag] = []
        all_hits = self._term_hits(texts, folded, usual)
        for passage, hits, low in zip(items, all_hits, folded, strict=True):
            compounds = bool(holders) and any(word in low for word in holders)
            tags.extend(self._tags(passage, hits, low, compounds, usual))
        return tags


def _fold_each(texts: list[str]) -> tuple[list[str], bool]:
    """``fold`` of each text, folded together in one call when they can be joined: lower
    case ends at the separator as at the end of a text, so the pieces are the same. And
    whether all are ``usual_only``: found out once for the letter, not for each scan."""
    if len(texts) < 2 or any(_SEPARATOR in text for text in texts):
        return _fold_apart(texts)
    joined = _SEPARATOR.join(texts)
    folded, usual = fold_noting(joined)
    if len(folded) != len(joined):
        return _fold_apart(texts)
    return folded.split(_SEPARATOR), usual


def _fold_apart(texts: list[str]) -> tuple[list[str], bool]:
    pieces = [fold_noting(text) for text in texts]
    return [text for text, _usual in pieces], all(usual for _text, usual in pieces)
