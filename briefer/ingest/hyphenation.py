"""Resolve a hyphen at the end of a line: a broken word, or a real compound hyphen?

``aanpassings-`` + ``vermogen`` is one word, but ``EU-`` + ``lidstaten``,
``Chinees-`` + ``Russische`` and ``trans-`` + ``Atlantische`` keep their hyphen
(a capital on either side), as does ``macro-`` + ``economisch`` (Dutch writes a
hyphen where two vowels would clash). Where the letter itself spells the word
elsewhere, that spelling wins; a name the letter also uses on its own keeps
its hyphen (``Oekraïne-`` + ``crisis``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_RUN = re.compile(r"[\w-]+")
_VOWELS = frozenset("aeiouy")

Vocabulary = Callable[[str], bool]


def build_vocabulary(texts: Iterable[str]) -> set[str]:
    """Every word (with its inner hyphens) of a text, lower-cased."""
    text = "\n".join(texts)
    if "\u03a3" in text or "\u0130" in text:
        return _vocabulary_word_by_word(text)
    # Lower case char by char here (one char for one, a letter stays a letter), so the
    # whole text is lowered at once. No word holds white space: each distinct piece
    # between spaces is looked at once; one of letters only is a word as it stands.
    words: set[str] = set()
    for piece in set(text.lower().split()):
        if piece.isalpha():
            words.add(piece)
        else:
            words.update(_WORD.findall(piece))
    return words


def build_vocabularies(part: Sequence[str], rest: Sequence[str]) -> tuple[set[str], set[str]]:
    """The vocabulary of ``part``, and that of ``part`` and ``rest`` together, each text
    read once (a letter's body, and its body with its notes and closing).

    Words never cross a line, and lower-casing goes char by char, so the whole's words
    are the two parts' words together; not where a capital sigma or a dotted capital I
    stands (see ``_vocabulary_word_by_word``): then the whole is read on its own."""
    own = build_vocabulary(part)
    whole = "\n".join([*part, *rest])
    if "\u03a3" in whole or "\u0130" in whole:
        return own, build_vocabulary([whole])
    return own, own | build_vocabulary(rest)


def _vocabulary_word_by_word(text: str) -> set[str]:
    """For a text with a capital sigma (its lower case depends on the letters around it)
    or a dotted capital I (lower case: "i" and a combining dot, which is no letter)."""
    # One scan of the whole text for runs of word characters and hyphens (every
    # word lies inside one; a run of letters only is a word); the words found
    # are lower-cased together (lower() never makes a newline).
    words: set[str] = set()
    for run in set(_RUN.findall(text)):
        if run.isalpha():
            words.add(run)
        else:
            words.update(_WORD.findall(run))
    return set("\n".join(words).lower().split("\n")) if words else set()


_LAST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-$")


def _last_word(text: str) -> str:
    # The word cannot hold white space: look only after the last, not through
    # the whole paragraph joined so far.
    parts = text.rsplit(None, 1)
    match = _LAST_WORD.search(parts[-1] if parts else text)
    return match.group(0)[:-1] if match else ""


def _first_word(text: str) -> str:
    match = re.match(r"[^\W\d_]+", text)
    return match.group(0) if match else ""


def keeps_hyphen(left: str, right: str, known: Vocabulary | None = None) -> bool:
    """Whether ``left-`` at a line end followed by ``right`` keeps its hyphen.

    ``left`` is the text before the hyphen (at least its last word), ``right``
    the text of the next line.
    """
    before = left[-1:] if left else ""
    after = right[:1]
    if not before.isalpha() or not after.isalpha():
        return True  # "(onderzoeks-" or "2%-": not a broken word
    if before.isupper() or after.isupper():
        return True
    head, tail = _last_word(left + "-"), _first_word(right)
    if known is not None and head and tail:
        joined = (head + tail).lower()
        hyphenated = f"{head}-{tail}".lower()
        if known(joined):
            return False
        if known(hyphenated):
            return True
        if head[0].isupper() and known(head.lower()):
            return True  # a name the letter uses on its own: Oekraïne-crisis
    return before.lower() in _VOWELS and after.lower() in _VOWELS


_DOMAINS = "nl|com|org|eu|int|net|be|de|gov|uk|fr|ch|info|io"
_ADDRESS = re.compile(r"(?:https?://|www\.|\w\.(?:" + _DOMAINS + r")/)\S*$")
_ADDRESS_PUNCTUATION = tuple("/-.=&?_~#%:")
_ADDRESS_GOES_ON = frozenset("%/?#&=")


_HOST_START = re.compile(r"\(?[a-z0-9-]+\.$")
_HOST_END = re.compile(
    r"^(?:(?:[a-z0-9-]+\.)+(?:" + _DOMAINS + r")(?:[/).,;:]|$)|(?:" + _DOMAINS + r")/)"
)


def _broken_address(left: str, right: str) -> bool:
    """Whether ``left`` ends inside a web address that ``right`` goes on with (also a
    host name broken after a dot: "eu-lex." + "europa.eu")."""
    last = left[left.rfind(" ") + 1 :]  # an address holds no space: look at the last word only
    if _HOST_START.search(last) and _HOST_END.match(right.split(" ", 1)[0]):
        return True
    found = _ADDRESS.search(last)
    if found is None:
        return False
    return (
        left.endswith(_ADDRESS_PUNCTUATION)
        or right[:1] in _ADDRESS_GOES_ON
        or (
            right[:1].isdigit() and left[-1:].isalnum()  # "…did=2022D222" + "49;": one address
        )
    )


_SUSPENDED = re.compile(r"^(?:en|of|en/of|tot|dan wel|noch)\s+\w")


def join_lines(left: str, right: str, known: Vocabulary | None = None) -> str:
    """Join two lines of one paragraph, resolving a line-end hyphen.

    A hyphen before "en", "of" or "tot" is a suspended one, whose word is
    completed by the next (``wet-`` + ``en regelgeving``: "wet- en
    regelgeving", ``land-`` + ``en tuinbouw``): it stays, and so does the space."""
    if not left:
        return right
    if not right:
        return left
    if _broken_address(left, right):  # a web address broken over lines: no space, hyphen kept
        return left + right
    if left.endswith("-") and len(left) > 2 and left[-2].isalpha() and _SUSPENDED.match(right):
        return f"{left} {right}"
    if left.endswith("-") and len(left) > 1 and not left[-2].isspace():
        if keeps_hyphen(left[:-1], right, known):
            return left + right
        return left[:-1] + right
    return f"{left} {right}"
