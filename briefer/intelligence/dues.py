"""When a promise is due: the phrase as written, a normalised label and the last day.

``in het derde kwartaal van 2022`` -> ``Q3 2022`` (2022-09-30); ``uiterlijk 1
juni`` in a letter of March 2022 -> ``2022-06-01``; ``voor de zomer`` ->
``zomer 2022`` (before the summer recess); ``eind 2022``; ``begin 2023``;
``later dit jaar`` -> ``2022``; the parliamentary calendar (``voor het
zomerreces``, ``rond Prinsjesdag``, ``bij de Voorjaarsnota``, ``de eerste
suppletoire begroting``, ``voor het kerstreces``). Relative phrases are read
against the letter's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefer.ingest.kamerstuk import DUTCH_MONTHS


@dataclass(frozen=True)
class Due:
    phrase: str  # as written in the letter
    label: str  # "Q3 2022", "2022-06-01", "zomer 2022", "eind 2022"
    last_day: date | None  # the latest day on which the promise is still kept


_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_YEAR = r"(?P<year>20\d\d)"
_THIS_YEAR = r"(?:dit|het lopende) jaar"
_MONTH = "(?P<month>" + "|".join(DUTCH_MONTHS) + ")"
_SEASON_END = {"voorjaar": (6, 20), "zomer": (9, 22), "najaar": (12, 20), "winter": (3, 20)}


def _prinsjesdag(year: int) -> date:
    """The third Tuesday of September."""
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(match: re.Match[str], base: int) -> int:
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("next"):
        return base + 1
    return base


_NEXT = r"(?P<next>volgend jaar|komend jaar|het volgende jaar)"
_WHEN_YEAR = rf"(?:(?:van |in )?{_YEAR}|(?:van )?{_THIS_YEAR}|{_NEXT})?"

# (pattern, how to make (label, last day) from a match and the letter's year)
_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"\b(?:in |uiterlijk |voor |vóór )?Q(?P<q1>[1-4])"
            rf"(?:\s*/\s*Q?(?P<q2>[1-4]))?(?:\s+{_YEAR})?"
        ),
        "quarter",
    ),
    (
        re.compile(
            rf"\b(?:in )?het (?P<ord>eerste|tweede|derde|vierde) kwartaal(?: van)?\s*{_WHEN_YEAR}",
            re.IGNORECASE,
        ),
        "quarter",
    ),
    (
        re.compile(
            rf"\b(?:uiterlijk|vóór|voor|op|per|tot)\s+(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+{_YEAR})?",
            re.IGNORECASE,
        ),
        "day",
    ),
    (
        re.compile(
            r"\b(?:voor|vóór) het (?P<recess>zomerreces|kerstreces|herfstreces|voorjaarsreces)"
            rf"(?:\s+(?:van\s+)?{_YEAR})?",
            re.IGNORECASE,
        ),
        "recess",
    ),
    (
        re.compile(rf"\b(?:rond|op|met|bij) Prinsjesdag(?:\s+{_YEAR})?", re.IGNORECASE),
        "prinsjesdag",
    ),
    (
        re.compile(
            rf"\b(?:bij|met|via) de (?:Voorjaarsnota|eerste suppletoire begroting)(?:\s+{_YEAR})?",
            re.IGNORECASE,
        ),
        "voorjaarsnota",
    ),
    (
        re.compile(
            rf"\b(?:voor|vóór) (?:de )?(?P<season>zomer|kerst)(?:\s+(?:van\s+)?{_YEAR})?",
            re.IGNORECASE,
        ),
        "before_season",
    ),
    (
        re.compile(
            rf"\b(?:in (?:het|de) |dit |deze |komend |komende |het komende )"
            rf"(?P<season>voorjaar|zomer|najaar)(?:\s+(?:van\s+)?{_YEAR})?",
            re.IGNORECASE,
        ),
        "season",
    ),
    (
        re.compile(
            rf"\b(?:(?:aan het |tegen het )?(?:eind|einde)|uiterlijk eind|voor het einde)"
            rf"(?: van)?\s*(?:{_YEAR}|{_THIS_YEAR}|{_NEXT}|het jaar)",
            re.IGNORECASE,
        ),
        "end_year",
    ),
    (re.compile(rf"\bbegin\s+(?:{_YEAR}|{_NEXT})", re.IGNORECASE), "begin_year"),
    (re.compile(rf"\bmedio\s+{_YEAR}", re.IGNORECASE), "mid_year"),
    (
        re.compile(
            rf"\b(?:later|in de loop van|nog|in|voor) {_THIS_YEAR}|\bin de loop van {_YEAR}|"
            rf"\bin de loop van {_NEXT}",
            re.IGNORECASE,
        ),
        "year",
    ),
    (re.compile(rf"\bin {_MONTH}(?:\s+{_YEAR})?", re.IGNORECASE), "month"),
]


def find_due(sentence: str, letter_date: date | None) -> Due | None:
    """The first due moment in a sentence, normalised against the letter's date."""
    base = (letter_date or date.today()).year
    best: tuple[int, Due] | None = None
    for pattern, kind in _RULES:
        match = pattern.search(sentence)
        if match is None:
            continue
        due = _make(kind, match, base, letter_date)
        if due is not None and (best is None or match.start() < best[0]):
            best = (match.start(), due)
    return best[1] if best else None


def _make(kind: str, match: re.Match[str], base: int, letter_date: date | None) -> Due | None:
    phrase = " ".join(match.group(0).split())
    groups = match.groupdict()
    year = _year_of(match, base)
    if kind == "quarter":
        quarter = (
            int(groups["q2"] or groups["q1"])
            if groups.get("q1")
            else _ORDINALS[groups["ord"].lower()]
        )
        return Due(phrase, f"Q{quarter} {year}", _quarter_end(year, quarter))
    if kind == "day":
        month = DUTCH_MONTHS[groups["month"].lower()]
        try:
            when = date(year, month, int(groups["day"]))
        except ValueError:
            return None
        if not groups.get("year") and letter_date is not None and when < letter_date:
            when = when.replace(year=year + 1)  # "voor 1 februari" written in March: next year
        return Due(phrase, when.isoformat(), when)
    if kind == "recess":
        recess = groups["recess"].lower()
        ends = {
            "zomerreces": date(year, 7, 1),
            "kerstreces": date(year, 12, 16),
            "herfstreces": date(year, 10, 14),
            "voorjaarsreces": date(year, 2, 17),
        }
        return Due(phrase, f"{recess} {year}", ends[recess])
    if kind == "prinsjesdag":
        return Due(phrase, f"Prinsjesdag {year}", _prinsjesdag(year))
    if kind == "voorjaarsnota":
        return Due(phrase, f"Voorjaarsnota {year}", date(year, 6, 1))
    if kind == "before_season":
        if groups["season"].lower() == "kerst":
            return Due(phrase, f"kerst {year}", date(year, 12, 24))
        return Due(phrase, f"zomer {year}", date(year, 7, 1))
    if kind == "season":
        season = groups["season"].lower()
        month, day = _SEASON_END[season]
        return Due(phrase, f"{season} {year}", date(year, month, day))
    if kind == "end_year":
        return Due(phrase, f"eind {year}", date(year, 12, 31))
    if kind == "begin_year":
        return Due(phrase, f"begin {year}", date(year, 3, 31))
    if kind == "mid_year":
        return Due(phrase, f"medio {year}", date(year, 7, 31))
    if kind == "year":
        return Due(phrase, str(year), date(year, 12, 31))
    if kind == "month":
        month = DUTCH_MONTHS[groups["month"].lower()]
        if not groups.get("year") and letter_date is not None and month < letter_date.month:
            year += 1
        last = date(year, month, calendar.monthrange(year, month)[1])
        return Due(phrase, f"{groups['month'].lower()} {year}", last)
    return None
