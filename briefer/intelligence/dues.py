"""When a promise is due: the phrase as written, a normalised label and the last day.

``in het derde kwartaal van 2022`` -> ``Q3 2022`` (2022-09-30); ``uiterlijk 1
juni`` in a letter of March 2022 -> ``2022-06-01``; ``in de tweede helft van
2023`` -> ``tweede helft 2023``; ``voor de zomer`` and ``voor het zomerreces``
-> the day before the summer recess begins (``zomerreces 2022``, 2022-07-07);
``rond de zomer``, ``dit najaar``; ``eind 2022``, ``begin 2023``, ``eind
maart/begin april``, ``begin juli``; ``later dit jaar`` -> ``2022``; ``in
2023`` (this year or the next only: further years are targets, not dues);
``na het zomerreces``; the parliamentary calendar (``rond Prinsjesdag``, ``bij
de Voorjaarsnota``, ``de eerste suppletoire begroting``, ``voor het
kerstreces``). ``elk jaar`` / ``jaarlijks`` make a recurring due
(``recurring = "jaarlijks"``, due at the end of the current year). Moments
without a date (``zo spoedig mogelijk``, ``op korte termijn``, ``de komende
maanden``) keep their phrase and label but have no last day. Relative phrases
are read against the letter's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefer.ingest.kamerstuk import DUTCH_MONTHS
from briefer.intelligence.parliament_calendar import recess_start


@dataclass(frozen=True)
class Due:
    phrase: str  # as written in the letter
    label: str  # "Q3 2022", "2022-06-01", "zomer 2022", "eind 2022", "zo spoedig mogelijk"
    last_day: date | None  # the latest day on which the promise is still kept
    recurring: str | None = None  # "jaarlijks": due again every year


_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_YEAR = r"(?P<year>20\d\d)"
_THIS_YEAR = r"(?:dit|het lopende) jaar"
_MONTH = "(?P<month>" + "|".join(DUTCH_MONTHS) + ")"
_MONTH2 = "(?P<month2>" + "|".join(DUTCH_MONTHS) + ")"
_SEASON_END = {"voorjaar": (6, 20), "zomer": (9, 22), "najaar": (12, 20), "winter": (3, 20)}
_PART_DAY = {"begin": 15, "medio": 20, "half": 20}  # "begin juni": by the 15th


def _prinsjesdag(year: int) -> date:
    """The third Tuesday of September."""
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_end(year: int, month: int) -> date:
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
_I = re.IGNORECASE

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
            rf"\b(?:(?:aan het |tegen het )?(?:eind|einde) van )?(?:in )?het "
            rf"(?P<ord>eerste|tweede|derde|vierde) kwartaal(?: van)?\s*{_WHEN_YEAR}",
            _I,
        ),
        "quarter",
    ),
    (
        re.compile(rf"\b(?:in )?de (?P<half>eerste|tweede) helft (?:van )?\s*{_WHEN_YEAR}", _I),
        "half",
    ),
    (
        re.compile(
            rf"\b(?:uiterlijk|vóór|voor|op|per|tot)\s+(?P<day>\d{{1,2}})\s+{_MONTH}(?:\s+{_YEAR})?",
            _I,
        ),
        "day",
    ),
    (
        re.compile(
            rf"\b(?:(?P<part>eind|einde|begin|medio|half)\s+){_MONTH}"
            rf"(?:\s*/\s*(?:(?P<part2>eind|einde|begin|medio|half)\s+)?{_MONTH2})?"
            rf"(?:\s+(?:van\s+)?(?:{_YEAR}|{_THIS_YEAR}))?",
            _I,
        ),
        "month_part",
    ),
    (
        re.compile(
            r"\b(?P<after>voor|vóór|na) het (?P<recess>zomerreces|kerstreces|herfstreces|"
            rf"voorjaarsreces|meireces)(?:\s+(?:van\s+)?{_YEAR})?",
            _I,
        ),
        "recess",
    ),
    (
        re.compile(rf"\b(?:rond|op|met|bij|voor|vóór) Prinsjesdag(?:\s+{_YEAR})?", _I),
        "prinsjesdag",
    ),
    (
        re.compile(
            rf"\b(?:bij|met|via|in) de (?:Voorjaarsnota|eerste suppletoire begroting)"
            rf"(?:\s+{_YEAR})?",
            _I,
        ),
        "voorjaarsnota",
    ),
    (
        re.compile(
            rf"\b(?:voor|vóór) (?:de )?(?P<season>zomer|kerst)(?:\s+(?:van\s+)?{_YEAR})?", _I
        ),
        "before_season",
    ),
    (
        re.compile(
            rf"\b(?:in (?:het|de) |dit |deze |komend |komende |het komende |rond (?:de |het )?|"
            rf"in )(?P<season>voorjaar|zomer|najaar)(?:\s+(?:van\s+)?{_YEAR})?",
            _I,
        ),
        "season",
    ),
    (re.compile(rf"\b(?P<season>voorjaar|zomer|najaar)\s+(?:van\s+)?{_YEAR}", _I), "season"),
    (
        re.compile(
            rf"\b(?:(?:aan het |tegen het )?(?:eind|einde)|uiterlijk eind|voor het einde)"
            rf"(?: van)?\s*(?:{_YEAR}|{_THIS_YEAR}|{_NEXT}|het jaar)",
            _I,
        ),
        "end_year",
    ),
    (re.compile(rf"\bbegin\s+(?:{_YEAR}|{_NEXT})", _I), "begin_year"),
    (re.compile(rf"\bmedio\s+{_YEAR}", _I), "mid_year"),
    (
        re.compile(
            rf"\b(?:later|in de loop van|nog|in|voor) {_THIS_YEAR}|\bin de loop van {_YEAR}|"
            rf"\bin de loop van {_NEXT}",
            _I,
        ),
        "year",
    ),
    (re.compile(r"\b(?:in |gedurende )?het komende jaar\b|\bkomend jaar\b", _I), "coming_year"),
    (re.compile(rf"\bin {_MONTH}(?:\s+(?:van\s+)?{_YEAR})?", _I), "month"),
    (re.compile(rf"\b(?:in|vanaf|per|gedurende|vóór|voor) {_YEAR}\b", _I), "plain_year"),
    (re.compile(r"\b(?:elk|ieder) jaar\b|\bjaarlijks\b", _I), "yearly"),
    (
        re.compile(
            r"\b(?:zo spoedig mogelijk|zo snel mogelijk|op korte termijn|binnenkort|"
            r"(?:in )?de komende (?:maanden|weken|periode))\b",
            _I,
        ),
        "vague",
    ),
]
_MONTH_NAMES = tuple(DUTCH_MONTHS)
# Words one of which a sentence must have for a rule to find anything (lower case): most
# sentences are tried by few rules.
_NEEDS: dict[str, tuple[str, ...]] = {
    "quarter": ("q1", "q2", "q3", "q4", "kwartaal"),
    "half": ("helft",),
    "day": _MONTH_NAMES,
    "month_part": _MONTH_NAMES,
    "recess": ("reces",),
    "prinsjesdag": ("prinsjesdag",),
    "voorjaarsnota": ("voorjaarsnota", "suppletoire"),
    "before_season": ("zomer", "kerst"),
    "season": ("voorjaar", "zomer", "najaar"),
    "end_year": ("eind",),
    "begin_year": ("begin",),
    "mid_year": ("medio",),
    "year": ("jaar", "loop van"),
    "coming_year": ("komend",),
    "month": _MONTH_NAMES,
    "plain_year": ("20",),
    "yearly": ("jaar",),
    "vague": ("spoedig", "snel", "korte termijn", "binnenkort", "komende"),
}
# Every rule's words, each once (the month names serve three rules): a sentence is searched
# for each word once, then each rule looks at which it has.
_WORDS = tuple(dict.fromkeys(word for words in _NEEDS.values() for word in words))
_RULE_WORDS = [(pattern, kind, frozenset(_NEEDS[kind])) for pattern, kind in _RULES]
_VAGUE_LABELS = {
    "zo snel mogelijk": "zo spoedig mogelijk",
    "binnenkort": "op korte termijn",
}


def find_due(sentence: str, letter_date: date | None) -> Due | None:
    """The first due moment in a sentence, normalised against the letter's date. A moment
    with a date wins over one without (``zo spoedig mogelijk``) and over a recurrence."""
    base = (letter_date or date.today()).year
    best: tuple[int, int, Due] | None = None
    recurring: str | None = None
    lowered = sentence.lower()
    has = {word for word in _WORDS if word in lowered}
    for pattern, kind, words in _RULE_WORDS:
        if has.isdisjoint(words):
            continue
        for match in pattern.finditer(sentence):
            due = _make(kind, match, base, letter_date)
            if due is None:
                continue
            if due.recurring:
                recurring = due.recurring
                continue
            rank = 0 if due.last_day is not None else 1
            if best is None or (rank, match.start()) < (best[0], best[1]):
                best = (rank, match.start(), due)
            break
    if best is None:
        if recurring is None:
            return None
        return Due(
            "elk jaar" if "jaar" in sentence else "jaarlijks",
            "jaarlijks",
            date(base, 12, 31),
            recurring,
        )
    due = best[2]
    if recurring is not None:
        return Due(due.phrase, due.label, due.last_day, recurring)
    return due


def _in_future(day: date, letter_date: date | None) -> date:
    """A day and month without a year that lies before the letter is next year's."""
    if letter_date is not None and day < letter_date:
        return day.replace(year=day.year + 1)
    return day


def _make(kind: str, match: re.Match[str], base: int, letter_date: date | None) -> Due | None:
    phrase = " ".join(match.group(0).split())
    groups = match.groupdict()
    year = _year_of(match, base)
    has_year = bool(groups.get("year") or groups.get("next"))
    if kind == "quarter":
        quarter = (
            int(groups["q2"] or groups["q1"])
            if groups.get("q1")
            else _ORDINALS[groups["ord"].lower()]
        )
        return Due(phrase, f"Q{quarter} {year}", _quarter_end(year, quarter))
    if kind == "half":
        half = groups["half"].lower()
        last = date(year, 6, 30) if half == "eerste" else date(year, 12, 31)
        return Due(phrase, f"{half} helft {year}", last)
    if kind == "day":
        month = DUTCH_MONTHS[groups["month"].lower()]
        try:
            when = date(year, month, int(groups["day"]))
        except ValueError:
            return None
        if not has_year:
            when = _in_future(when, letter_date)  # "voor 1 februari" written in March
        return Due(phrase, when.isoformat(), when)
    if kind == "month_part":
        second = bool(groups.get("month2"))  # "eind maart/begin april": the later one
        part = ((second and groups.get("part2")) or groups["part"]).lower()
        name = groups["month2" if second else "month"].lower()
        day = _PART_DAY.get(part)
        month = DUTCH_MONTHS[name]
        last = date(year, month, day) if day else _month_end(year, month)
        if not has_year:
            last = _in_future(last, letter_date)
        word = "eind" if part == "einde" else part
        return Due(phrase, f"{word} {name} {last.year}", last)
    if kind == "recess":
        recess = groups["recess"].lower()
        start = recess_start(recess, year)
        if letter_date is not None and not has_year and start < letter_date:
            start = recess_start(recess, year + 1)
        if groups["after"].lower() == "na":
            end = _month_end(start.year, 9) if recess == "zomerreces" else start + timedelta(30)
            return Due(phrase, f"na {recess} {start.year}", end)
        return Due(phrase, f"{recess} {start.year}", start - timedelta(days=1))
    if kind == "prinsjesdag":
        return Due(phrase, f"Prinsjesdag {year}", _prinsjesdag(year))
    if kind == "voorjaarsnota":
        return Due(phrase, f"Voorjaarsnota {year}", date(year, 6, 1))
    if kind == "before_season":
        if groups["season"].lower() == "kerst":
            return Due(phrase, f"kerst {year}", date(year, 12, 24))
        start = recess_start("zomerreces", year)
        return Due(phrase, f"zomer {year}", start - timedelta(days=1))
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
    if kind == "coming_year":
        start = letter_date or date(base, 1, 1)
        return Due(phrase, "komend jaar", start + timedelta(days=365))
    if kind == "month":
        month = DUTCH_MONTHS[groups["month"].lower()]
        if not has_year and letter_date is not None and month < letter_date.month:
            year += 1
        return Due(phrase, f"{groups['month'].lower()} {year}", _month_end(year, month))
    if kind == "plain_year":
        if not 0 <= year - base <= 1:  # "in 2030": a target, not when something is due
            return None
        return Due(phrase, str(year), date(year, 12, 31))
    if kind == "yearly":
        return Due(phrase, "jaarlijks", date(base, 12, 31), "jaarlijks")
    if kind == "vague":
        word = phrase.lower().removeprefix("in ")
        return Due(phrase, _VAGUE_LABELS.get(word, word), None)
    return None
