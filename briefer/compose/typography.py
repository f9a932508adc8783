"""Words that belong together on one line: a date ("21 maart 2022"), a citation
("Kamerstuk 35 925 V, nr. 84, p. 2–3"), a number with its unit.

Both exporters print text through ``keep_together``: its spaces become
non-breaking spaces (U+00A0) and a word joiner (U+2060) follows an en dash
between two numbers, so neither Word nor the PDF breaks a line inside them. The
characters read back as the same words (a non-breaking space is a space to every
text extractor; the word joiner has no width and no glyph).
"""

from __future__ import annotations

import re

from briefer.compose.labels import ENGLISH_MONTHS
from briefer.ingest.kamerstuk import DUTCH_MONTHS

NBSP = "\u00a0"
WORD_JOINER = "\u2060"
_MONTHS = "|".join([*DUTCH_MONTHS, *(month.lower() for month in ENGLISH_MONTHS)])
# "21 maart 2022", "21 maart", "maart 2022", "8 March 2022"
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\b(?:\s+(\d{{4}}))?", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)
# "p. 13", "nr. 84", "art. 3", "Kamerstuk 35", "35 925", "925 V"
_ABBREVIATION = re.compile(r"\b(p|pp|nr|art|blz|no)\.\s+(?=\d)", re.IGNORECASE)
_NAMED_NUMBER = re.compile(r"\b(Kamerstukk?en?|Kamerstuk|Handelingen|Aanhangsel)\s+(?=\d)")
_GROUPED = re.compile(r"(?<=\b\d{2})\s+(?=\d{3}\b)")
_SUFFIX = re.compile(r"(?<=\d)\s+(?=[IVX]{1,4}\b|[A-Z]\b,)")
_RANGE = re.compile(r"(?<=\d)([\u2013-])(?=\d)")


def keep_together(text: str) -> str:
    """``text`` with non-breaking spaces inside dates, citations and numbers."""
    if not text:
        return text

    def date(match: re.Match[str]) -> str:
        return NBSP.join(part for part in match.groups() if part)

    text = _DATE.sub(date, text)
    text = _MONTH_YEAR.sub(lambda m: f"{m.group(1)}{NBSP}{m.group(2)}", text)
    text = _ABBREVIATION.sub(lambda m: f"{m.group(1)}.{NBSP}", text)
    text = _NAMED_NUMBER.sub(lambda m: f"{m.group(1)}{NBSP}", text)
    text = _GROUPED.sub(NBSP, text)
    text = _SUFFIX.sub(NBSP, text)
    return _RANGE.sub(lambda m: f"{m.group(1)}{WORD_JOINER}", text)


def plain(text: str) -> str:
    """``text`` as ``keep_together`` found it (for comparisons and file names)."""
    return text.replace(NBSP, " ").replace(WORD_JOINER, "")
