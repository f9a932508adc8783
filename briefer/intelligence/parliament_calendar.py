"""The Tweede Kamer's recesses: when each begins, for reading due moments such as ``voor
het zomerreces``.

The Kamer fixes its recesses year by year. The years below are as the Kamer published
them; other years follow the usual pattern (the summer recess from the first Friday of
July, the Christmas recess from the last Friday on or before 23 December), which is right
for most years but not all.
"""

from __future__ import annotations

from datetime import date, timedelta

_KNOWN = {
    ("zomerreces", 2021): date(2021, 7, 2),
    ("zomerreces", 2022): date(2022, 7, 8),
    ("zomerreces", 2023): date(2023, 7, 7),
    ("zomerreces", 2024): date(2024, 7, 5),
    ("zomerreces", 2025): date(2025, 7, 4),
}


def _first_friday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7)


def recess_start(recess: str, year: int) -> date:
    """The first day of a recess (``zomerreces``, ``kerstreces``, ``herfstreces``,
    ``voorjaarsreces``, ``meireces``) in a year."""
    known = _KNOWN.get((recess, year))
    if known is not None:
        return known
    if recess == "zomerreces":
        return _first_friday(year, 7)
    if recess == "kerstreces":
        day = date(year, 12, 23)
        return day - timedelta(days=(day.weekday() - 4) % 7)
    if recess == "herfstreces":
        return _first_friday(year, 10) + timedelta(days=7)
    if recess == "voorjaarsreces":
        return _first_friday(year, 2) + timedelta(days=7)
    if recess == "meireces":
        return date(year, 4, 25)
    raise ValueError(f"onbekend reces: {recess}")
