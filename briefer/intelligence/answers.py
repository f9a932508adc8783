"""The government's answers to Kamervragen, each with the question it answers.

Readers give a question the role "vraag" and its answer the role "antwoord", with the
same number; where reading kept only the printed labels ("Vraag 2", "Antwoord 2", also
"Vraag 2 en 3"), the labels pair them: a passage that starts with "Vraag N" is the
question (up to an "Antwoord N" in the same passage), and the passages after an "Antwoord
N" label, up to the next question, are its answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

QUESTION, ANSWER = "vraag", "antwoord"
_LABEL = re.compile(
    r"^(?P<kind>Vraag|Antwoord)\s+(?P<number>\d+)(?:(?:\s*,\s*|\s+en\s+)\d+)*\s*", re.IGNORECASE
)
_ANSWER_IN = re.compile(r"\bAntwoord\s+(?P<number>\d+)(?:(?:\s*,\s*|\s+en\s+)\d+)*\s+")


@dataclass(frozen=True)
class QuestionPassage:
    id: int
    text: str
    role: str | None = None
    number: int | None = None


@dataclass(frozen=True)
class Answer:
    passage_id: int  # a passage of the answer
    number: int
    question: str  # the question it answers, without its label
    text: str  # the answer's text in this passage, without its label


def pair_answers(passages: Sequence[QuestionPassage]) -> dict[int, Answer]:
    """Answer passages by id, each with its question; passages in reading order."""
    questions: dict[int, str] = {}
    answers: dict[int, Answer] = {}
    current: int | None = None  # the number of the answer being read
    for passage in passages:
        text = passage.text.strip()
        if passage.role == QUESTION and passage.number is not None:
            questions[passage.number] = _LABEL.sub("", text, count=1)
            current = None
            continue
        if passage.role == ANSWER and passage.number is not None:
            body = _LABEL.sub("", text, count=1)
            question = questions.get(passage.number, "")
            answers[passage.id] = Answer(passage.id, passage.number, question, body)
            continue
        label = _LABEL.match(text)
        if label is not None and label["kind"].lower() == QUESTION:
            number = int(label["number"])
            rest = text[label.end() :]
            inside = _ANSWER_IN.search(rest)
            questions[number] = rest[: inside.start()].strip() if inside else rest.strip()
            current = None
            if inside is not None and rest[inside.end() :].strip():
                body = rest[inside.end() :].strip()
                answers[passage.id] = Answer(passage.id, number, questions[number], body)
                current = number
            continue
        if label is not None:  # "Antwoord N", perhaps with the answer's first words
            current = int(label["number"])
            body = text[label.end() :].strip()
            if body:
                answers[passage.id] = Answer(passage.id, current, questions.get(current, ""), body)
            continue
        if current is not None and passage.role is None:
            answers[passage.id] = Answer(passage.id, current, questions.get(current, ""), text)
    return answers
