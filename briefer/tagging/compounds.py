"""Theme terms inside Dutch compounds: ``Chinastrategie``, ``Ruslandbeleid``, ``handelssancties``.

Dutch glues words together, so a passage on the ``Chinastrategie`` is on China
although no word in it is ``China``. A plain one-word term (``China``,
``Rusland``, ``Balkan``) also matches as the first part of a longer word, and a
term's forms (``sancties``, also of ``sanctie*``) as its last part. A hyphen
already separates words (``EU-China-relaties`` names ``China``), so only
unbroken compounds need this.

Short terms (``Rus``, ``EU``, ``Krim``: not in ``krimpen``), acronyms (``ISIS``:
not in ``coronacrisis``) and exact terms (``"EU"``) never match inside words;
the rest of the compound needs a few letters of its own (``Ruslands`` is an
inflection, not a compound). False friends stay out through a theme's
exception terms: ``!Indochina`` keeps that word (``!Malie*``: every word that
starts so) out of the theme's compounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefer.char_classes import latin_class, usual_only

MIN_PART = 5  # letters a term needs to be found inside a compound
MIN_REST = 3  # letters the rest of the compound needs
# A word (letters only) long enough to hold a part and a rest: shorter ones are skipped
# by the expression, not in Python. (A run of letters is matched from its first one:
# where a run is too short, every later start in it is shorter still.)
_LETTER = r"[^\W\d_]"
_LONG_WORD = re.compile(_LETTER + f"{{{MIN_PART + MIN_REST},}}")
# The same for a text of Latin-1 and punctuation only: three times as fast. It starts at
# the non-letter before the word (``find`` puts one before the text), so that the engine
# skips from one such character to the next instead of trying at every letter of a word.
_LONG_WORD_FAST = re.compile(
    latin_class(r"[\W\d_]") + "(" + latin_class(_LETTER) + f"{{{MIN_PART + MIN_REST},}})"
)
_WORD_CACHE = 100_000  # words whose parts were looked up, kept between passages
EXCEPTION_MARK = "!"

# (slot, term index): slot is the theme's position in the matcher's list
Entry = tuple[int, int]


def _long_words(folded: str, usual: bool) -> tuple[re.Pattern[str], str, int]:
    """The expression for ``_LONG_WORD``, the text to search and the group of the word:
    the fast expression, on the text after a non-letter, for a text of RANGES only."""
    if usual or usual_only(folded):
        return _LONG_WORD_FAST, " " + folded, 1
    return _LONG_WORD, folded, 0


def is_exception(raw: str) -> bool:
    return raw.strip().startswith(EXCEPTION_MARK)


@dataclass(frozen=True)
class Exceptions:
    """Words (folded) that are never a compound of the theme; ``prefixes`` end in ``*``."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return word in self.words or any(word.startswith(p) for p in self.prefixes)


def parse_exceptions(raws: Iterable[str], fold: object) -> Exceptions:
    assert callable(fold)
    words: set[str] = set()
    prefixes: list[str] = []
    for raw in raws:
        body = raw.strip()[len(EXCEPTION_MARK) :].strip()
        if body.endswith("*"):
            prefixes.append(fold(body.rstrip("*")))
        elif body:
            words.add(fold(body))
    return Exceptions(frozenset(words), tuple(prefixes))


_NO_EXCEPTIONS = Exceptions()


@dataclass
class CompoundIndex:
    """Where each term may stand inside a compound, for many themes at once."""

    heads: dict[str, list[Entry]] = field(default_factory=dict)  # first part -> terms
    tails: dict[str, list[Entry]] = field(default_factory=dict)  # last part -> terms
    exceptions: dict[int, Exceptions] = field(default_factory=dict)  # slot -> false friends

    def __post_init__(self) -> None:
        self._head_lengths: tuple[int, ...] = ()
        self._tail_lengths: tuple[int, ...] = ()
        self._words: dict[str, tuple[Entry, ...]] = {}  # folded word -> what it holds
        self._plain: set[str] = set()  # folded words that hold no part

    def add(self, slot: int, term: int, heads: Sequence[str], tails: Sequence[str]) -> None:
        for part in heads:
            self.heads.setdefault(part, []).append((slot, term))
        for part in tails:
            self.tails.setdefault(part, []).append((slot, term))
        self._head_lengths = tuple(sorted({len(p) for p in self.heads}))
        self._tail_lengths = tuple(sorted({len(p) for p in self.tails}))
        self._words.clear()
        self._plain.clear()

    @property
    def empty(self) -> bool:
        return not self.heads and not self.tails

    def find(self, text: str, folded: str, usual: bool = False) -> dict[int, dict[int, str]]:
        """slot -> term index -> the first compound (as written) it was found in.

        ``folded`` is ``text`` folded to lower case one character for one; ``usual``: it
        is known to be ``usual_only`` (else that is found out here).
        """
        found: dict[int, dict[int, str]] = {}
        if not self.holders(folded, usual):
            return found
        long_word, searched, group = _long_words(folded, usual)
        shift = len(searched) - len(folded)
        for match in long_word.finditer(searched):
            entries = self._cached_entries(match.group(group))
            if entries:
                start, end = match.span(group)
                written = text[start - shift : end - shift]
                for slot, term in entries:
                    found.setdefault(slot, {}).setdefault(term, written)
        return found

    def holders(self, folded: str, usual: bool = False) -> set[str]:
        """The words of ``folded`` (as ``find`` takes it) that hold a part: of a whole
        letter at once, so that only its passages with one of them are searched.

        Most passages hold no compound at all: that is found out from the set of their
        words against the words known to hold none, without a match object for each.
        """
        if self.empty:
            return set()
        long_word, searched, _group = _long_words(folded, usual)
        rest = set(long_word.findall(searched)) - self._plain
        for word in rest:
            if not self._cached_entries(word):
                if len(self._plain) >= _WORD_CACHE:
                    self._plain.clear()
                self._plain.add(word)
        return {word for word in rest if self._cached_entries(word)}

    def _cached_entries(self, word: str) -> tuple[Entry, ...]:
        entries = self._words.get(word)
        if entries is None:
            entries = self._entries(word)
            if len(self._words) >= _WORD_CACHE:
                self._words.clear()
            self._words[word] = entries
        return entries

    def _entries(self, word: str) -> tuple[Entry, ...]:
        """The (slot, term) pairs whose part begins or ends ``word``, false friends left out."""
        size = len(word)
        entries: list[Entry] = []
        for length in self._head_lengths:
            if size - length < MIN_REST:
                break
            entries.extend(self.heads.get(word[:length], ()))
        for length in self._tail_lengths:
            if size - length < MIN_REST:
                break
            entries.extend(self.tails.get(word[size - length :], ()))
        return tuple(
            (slot, term)
            for slot, term in entries
            if word not in self.exceptions.get(slot, _NO_EXCEPTIONS)
        )
