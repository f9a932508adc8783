"""Short labels for themes (``Ru``, ``WB``, ``EU``), so a theme is recognised by
more than its colour: the reader prints them on its colour marks."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SMALL_WORDS = {"en", "van", "de", "het", "der", "voor", "op", "in", "and", "of", "the"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(name: str) -> list[str]:
    words = _WORD.findall(name)
    return [word for word in words if word.lower() not in _SMALL_WORDS] or words


def _first_choice(name: str) -> str:
    words = _words(name)
    if not words:
        return name.strip()[:2] or "?"
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    word = words[0]
    if word.isupper():  # an abbreviation: NAVO, EU
        return word[:3]
    return word[:2].capitalize()


def _alternatives(name: str) -> Iterable[str]:
    words = _words(name)
    letters = "".join(words) or name
    yield _first_choice(name)
    if words:
        yield words[0][:3].capitalize()
        for letter in letters[1:]:
            yield (words[0][0] + letter).capitalize()
    for number in range(2, 100):
        yield f"{_first_choice(name)}{number}"


def short_labels(names: Iterable[str]) -> dict[str, str]:
    """A distinct short label (two or three characters) for each theme name."""
    labels: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        label = next(label for label in _alternatives(name) if label.casefold() not in taken)
        taken.add(label.casefold())
        labels[name] = label
    return labels
