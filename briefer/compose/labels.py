"""The words an export prints besides the user's and the letter's text, in Dutch
and English: the briefing's language decides (headings, labels, dates)."""

from __future__ import annotations

from datetime import date

from briefer.core.citations import dutch_date

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "contents": "Inhoud",
        "date": "Datum",
        "author": "Opgesteld door",
        "topic": "Onderwerp",
        "topics": "Onderwerpen",
        "page": "Pagina",
        "of": "van",
        "annex": "Bijlage: brontekst",
        "see_also": "Ook over dit onderwerp, al opgenomen onder {theme}",
        "see_annex": "De volledige tekst staat in de bijlage.",
        "vergaderjaar": "vergaderjaar",
        "passage_note": "Notitie",
    },
    "en": {
        "contents": "Contents",
        "date": "Date",
        "author": "Prepared by",
        "topic": "Topic",
        "topics": "Topics",
        "page": "Page",
        "of": "of",
        "annex": "Annex: source text",
        "see_also": "Also on this topic, given under {theme}",
        "see_annex": "The full text is in the annex.",
        "vergaderjaar": "parliamentary year",
        "passage_note": "Note",
    },
}

# The language tag of the document (spelling, hyphenation, PDF /Lang).
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["nl"])


def language_of(tag: str) -> str:
    """ "nl-NL" -> "nl"; anything unknown is Dutch."""
    short = tag.split("-")[0].lower()
    return short if short in LABELS else "nl"


def format_date(value: date | None, language: str) -> str:
    """ "8 maart 2022" or "8 March 2022"; empty for no date."""
    if value is None:
        return ""
    if language == "en":
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"
    return dutch_date(value)
