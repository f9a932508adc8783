"""The words an export prints besides the user's and the letter's text, in Dutch
and English: the briefing's language decides (headings, labels, dates)."""

from __future__ import annotations

import re
from datetime import date

from briefer.core.citations import dutch_date
from briefer.ingest.kamerstuk import DUTCH_MONTHS as DUTCH_MONTH_NUMBERS

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
        # the parts "Toezeggingen" and "Wat is er veranderd"
        "due": "termijn",
        "no_due": "geen termijn genoemd",
        "overdue": "verlopen",
        "done": "afgedaan",
        "compared": "{target} vergeleken met {source}.",
        "new": "Nieuw",
        "changed": "Gewijzigd",
        "removed": "Vervallen",
        "diff_note": "Ingevoegde woorden vet, geschrapte cursief tussen [ ].",
        "was": "was",
        "version": "versie",
        # a passage of Kamervragen cited in a briefing
        "answer_to": "Antwoord op vraag {number}",
        "answer": "Antwoord",
        "question_no": "Vraag {number}",
        "question": "Vraag",
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
        "due": "due",
        "no_due": "no date given",
        "overdue": "overdue",
        "done": "done",
        "compared": "{target} compared with {source}.",
        "new": "New",
        "changed": "Changed",
        "removed": "Removed",
        "diff_note": "Inserted words in bold, deleted words in italics between [ ].",
        "was": "previously",
        "version": "version",
        "answer_to": "Answer to question {number}",
        "answer": "Answer",
        "question_no": "Question {number}",
        "question": "Question",
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


# A commitment's due moment as Briefer normalises it (briefer.intelligence.dues), in
# English: the word before the year.
_DUE_WORDS_EN = {
    "voorjaar": "spring",
    "zomer": "summer",
    "najaar": "autumn",
    "winter": "winter",
    "eind": "end of",
    "begin": "early",
    "medio": "mid",
    "kerst": "Christmas",
    "zomerreces": "summer recess",
    "kerstreces": "Christmas recess",
    "herfstreces": "autumn recess",
    "voorjaarsreces": "spring recess",
    "prinsjesdag": "Budget Day (Prinsjesdag)",
    "voorjaarsnota": "Spring Memorandum (Voorjaarsnota)",
}
_DUE_WORD = re.compile(r"^(?P<word>[^\d]+?) (?P<year>\d{4})$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def due_text(label: str, language: str) -> str:
    """A normalised due moment for the document: "Q3 2022", "zomer 2022" / "summer 2022",
    "2022-06-01" as a date ("1 juni 2022" / "1 June 2022"). A label the user typed that
    is none of these stays as it is."""
    label = label.strip()
    if _ISO_DAY.match(label):
        try:
            return format_date(date.fromisoformat(label), language)
        except ValueError:
            return label
    if language != "en":
        return label
    match = _DUE_WORD.match(label)
    if match is None:
        return label
    word, year = match["word"].lower(), match["year"]
    month = DUTCH_MONTH_NUMBERS.get(word)
    if month is not None:
        return f"{ENGLISH_MONTHS[month - 1]} {year}"
    english = _DUE_WORDS_EN.get(word)
    if english is None:
        return label
    return f"mid-{year}" if english == "mid" else f"{english} {year}"
