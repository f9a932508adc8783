"""What a letter of each kind has besides its text, as the library shows it.

A letter's details (signatories, the askers and answerers of Kamervragen, a
motie's indieners, the reader's notice) as one frozen value for lists and
outlines; Kamervragen's questions, each with its answer.
Read from what ``briefer.core.stored_parts`` keeps; no SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from briefer.core.stored_parts import detail_date, detail_text, indieners, notice, signatories
from briefer.ingest.model import (
    ANSWER,
    BNC_FICHE,
    CONSIDERATION,
    DOCUMENT,
    KAMERBRIEF,
    KAMERVRAGEN,
    MOTIE,
    POSITION,
    QUESTION,
    REQUEST,
)

# How the command line names each kind (the window translates its own).
KIND_LABELS = {
    KAMERBRIEF: "Kamerbrief",
    MOTIE: "Motie",
    KAMERVRAGEN: "Kamervragen",
    BNC_FICHE: "BNC-fiche",
    DOCUMENT: "Document",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def role_label(role: str | None, number: int | None) -> str:
    """A passage's role as the outline and the reader name it: "Vraag 1", "Verzoek"."""
    names = {
        QUESTION: "Vraag",
        ANSWER: "Antwoord",
        CONSIDERATION: "Overweging",
        REQUEST: "Verzoek",
        POSITION: "Nederlandse positie",
    }
    if role is None:
        return ""
    name = names.get(role, role)
    return f"{name} {number}" if number is not None else name


@dataclass(frozen=True)
class LetterDetails:
    signatories: tuple[tuple[str, str | None], ...] = ()  # (name, function), in order
    asked_by: str | None = None
    asked_on: date | None = None
    answered_by: str | None = None
    answered_on: date | None = None
    number: str | None = None  # the Aanhangsel's number of Kamervragen
    indieners: tuple[str, ...] = ()
    notice: str | None = None  # the reader's line about how it read the letter

    @classmethod
    def of(
        cls, details: dict[str, Any] | None, signatory: str | None, role: str | None
    ) -> LetterDetails:
        """From ``letters.details``; a letter stored before (no signatories kept) has
        its one signatory."""
        signed = signatories(details) or ([(signatory, role)] if signatory else [])
        return cls(
            tuple(signed),
            detail_text(details, "asked_by"),
            detail_date(details, "asked_on"),
            detail_text(details, "answered_by"),
            detail_date(details, "answered_on"),
            detail_text(details, "number"),
            tuple(indieners(details)),
            notice(details),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "signatories": [{"name": name, "function": role} for name, role in self.signatories],
            "asked_by": self.asked_by,
            "asked_on": self.asked_on.isoformat() if self.asked_on else None,
            "answered_by": self.answered_by,
            "answered_on": self.answered_on.isoformat() if self.answered_on else None,
            "number": self.number,
            "indieners": list(self.indieners),
            "notice": self.notice,
        }


class _Passage(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def first_page(self) -> int: ...
    @property
    def last_page(self) -> int: ...
    @property
    def role(self) -> str | None: ...
    @property
    def number(self) -> int | None: ...


@dataclass
class QuestionPair:
    """A question of Kamervragen with its answer; either may be missing (None)."""

    number: int | None
    question: str | None = None  # its paragraphs joined by a blank line
    answer: str | None = None
    question_pages: tuple[int, int] | None = None  # (first, last)
    answer_pages: tuple[int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "question": self.question,
            "answer": self.answer,
            "question_pages": list(self.question_pages) if self.question_pages else None,
            "answer_pages": list(self.answer_pages) if self.answer_pages else None,
        }


def _joined(text: str | None, more: str) -> str:
    return more if text is None else f"{text}\n\n{more}"


def _pages(pages: tuple[int, int] | None, first: int, last: int) -> tuple[int, int]:
    return (first, last) if pages is None else (min(pages[0], first), max(pages[1], last))


def question_pairs(passages: Iterable[_Passage]) -> list[QuestionPair]:
    """The questions and answers among ``passages`` (in reading order), paired by number.

    A question's paragraphs are one question, an answer's one answer; an answer goes
    with the question of its number (an answer to "vragen 2 en 3" carries the first
    number, its readers say so), or stands alone when no question has that number;
    a passage of either role without a number pairs with the one before it."""
    pairs: list[QuestionPair] = []
    by_number: dict[int, QuestionPair] = {}
    last: QuestionPair | None = None
    for passage in passages:
        if passage.role not in (QUESTION, ANSWER):
            continue
        number = passage.number
        pair = by_number.get(number) if number is not None else last
        if pair is None or (passage.role == QUESTION and pair.answer is not None):
            pair = QuestionPair(number)
            pairs.append(pair)
            if number is not None:
                by_number[number] = pair
        if passage.role == QUESTION:
            pair.question = _joined(pair.question, passage.text)
            pair.question_pages = _pages(pair.question_pages, passage.first_page, passage.last_page)
        else:
            pair.answer = _joined(pair.answer, passage.text)
            pair.answer_pages = _pages(pair.answer_pages, passage.first_page, passage.last_page)
        last = pair
    return pairs
