"""How Briefer names letters, pages and dates, in one place, so that the reader,
the workspace, the CLI and both exports cite a passage the same way:
``Kamerstuk 35 925 V, nr. 84, p. 13–14``."""

from __future__ import annotations

from datetime import date

from briefer.ingest.kamerstuk import DUTCH_MONTHS

_MONTHS = list(DUTCH_MONTHS)


def letter_label(kamerstuk: str | None, title: str) -> str:
    """ "Kamerstuk 35 925 V, nr. 84", or the title of a letter without a number."""
    return f"Kamerstuk {kamerstuk}" if kamerstuk else title


def pages_label(first: int, last: int) -> str:
    """ "p. 13" or "p. 13–14" (an en dash between pages, as Dutch typesetting has it)."""
    return f"p. {first}" if first == last else f"p. {first}\u2013{last}"


def citation(kamerstuk: str | None, title: str, first: int, last: int) -> str:
    return f"{letter_label(kamerstuk, title)}, {pages_label(first, last)}"


def dutch_date(value: date | None) -> str:
    """ "8 maart 2022"; empty for no date."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}" if value else ""
