"""Suggested talking points: the government's stated positions in a theme's passages, and
its answers to Kamervragen as reactive lines.

Each suggestion reads as a sentence that makes sense alone: a position that refers back
(``Om die reden …``, ``Waar mogelijk zoeken wij de samenwerking.``) comes with the
sentence(s) it refers to, or is left out (``briefer.intelligence.positions``). An answer
to Kamervragen on the theme is offered as a reactive line (said when asked), with the
question it answers. One click (``accept_suggestion``) makes a suggestion a talking point
of the theme that cites its passage. Sentences that name one of the theme's terms come
first; those already a talking point of the theme are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from briefer.core.citations import pages_label
from briefer.core.models import Passage, TalkingPoint, Theme
from briefer.core.points import ACTIEF, REACTIEF, add_point
from briefer.core.store.database import Store
from briefer.core.tags import ThemePassage, require_theme, theme_passages
from briefer.intelligence.answers import Answer, QuestionPassage, pair_answers
from briefer.intelligence.positions import is_position, stand_alone
from briefer.intelligence.sentences import page_at, split_sentences
from briefer.tagging.matcher import Matcher, PassageText, compile_themes

_ANSWER_WORDS = 80  # a longer answer is offered by its first sentences


@dataclass(frozen=True)
class Suggestion:
    theme_id: int
    passage_id: int
    letter: str
    page: int
    pages: tuple[int, int]
    text: str  # the sentence (with the one or two before it that it refers to)
    names_theme: bool  # the text itself names the theme
    kind: str = ACTIEF  # actief | reactief (an answer to Kamervragen)
    question: str = ""  # for an answer: the question it answers

    @property
    def citation(self) -> str:
        return f"{self.letter}, {pages_label(self.page, self.page)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "question": self.question or None,
            "passage": self.passage_id,
            "letter": self.letter,
            "page": self.page,
            "pages": list(self.pages),
        }


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _answers(store: Store, letter_ids: set[int]) -> dict[int, Answer]:
    """The answer passages (by id) of those of these letters that are Kamervragen, each
    with its question: two queries per 900 letters, whatever the letters are."""
    columns = [Passage.letter_id, Passage.id, Passage.text, Passage.role, Passage.number]
    is_question = Passage.text.like("Vraag %") | (Passage.role == "vraag")
    found: dict[int, Answer] = {}
    ids = sorted(letter_ids)
    with store.read() as session:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            asked = select(Passage.letter_id).where(Passage.letter_id.in_(chunk), is_question)
            rows = session.execute(
                select(*columns)
                .where(Passage.letter_id.in_(asked), Passage.retired.is_(False))
                .order_by(Passage.letter_id, Passage.position)
            ).all()
            by_letter: dict[int, list[QuestionPassage]] = defaultdict(list)
            for row in rows:
                values: tuple[Any, ...] = tuple(row)
                by_letter[int(values[0])].append(QuestionPassage(*values[1:]))
            for letter_passages in by_letter.values():
                found.update(pair_answers(letter_passages))
    return found


def _answer_text(answer: Answer) -> str:
    sentences = [s.text for s in split_sentences(answer.text)]
    text: list[str] = []
    words = 0
    for sentence in sentences:
        if text and words + len(sentence.split()) > _ANSWER_WORDS:
            break
        text.append(sentence)
        words += len(sentence.split())
    return " ".join(text)


def _positions(passage: ThemePassage) -> list[tuple[int, str]]:
    """(offset, text) of each position of a passage that stands alone; a sentence already
    taken into a longer one is not offered again on its own."""
    sentences = split_sentences(passage.text)
    texts = [s.text for s in sentences]
    chosen: list[tuple[int, int, str]] = []  # (first index, last index, text)
    for index, sentence in enumerate(texts):
        if not is_position(sentence):
            continue
        alone = stand_alone(texts, index)
        if alone is not None:
            chosen.append((alone[0], index, alone[1]))
    kept = [
        (sentences[first].start, text)
        for first, last, text in chosen
        if not any(a <= first and last <= b and (a, b) != (first, last) for a, b, _text in chosen)
    ]
    return kept


def suggestions(store: Store, theme_id: int, limit: int | None = None) -> list[Suggestion]:
    """Position sentences in the theme's passages (newest letter first), then its answers
    to Kamervragen as reactive lines."""
    with store.read() as session:
        theme = require_theme(session, theme_id)
        matcher = Matcher(compile_themes([(theme.id, theme.name, theme.terms or [])]))
        taken = {
            _normal(text)
            for text in session.scalars(
                select(TalkingPoint.text).where(TalkingPoint.theme_id == theme_id)
            )
        }
    passages = theme_passages(store, theme_id)
    answers = _answers(store, {p.letter_id for p in passages})
    named: list[Suggestion] = []
    other: list[Suggestion] = []
    reactive: list[Suggestion] = []
    seen: set[str] = set()
    for passage in passages:
        answer = answers.get(passage.id)
        if answer is not None:
            text = _answer_text(answer)
            if text and _normal(text) not in taken | seen:
                seen.add(_normal(text))
                reactive.append(
                    Suggestion(
                        theme_id,
                        passage.id,
                        passage.letter,
                        passage.first_page,
                        (passage.first_page, passage.last_page),
                        text,
                        bool(matcher.tags_for(PassageText(0, text))),
                        REACTIEF,
                        answer.question,
                    )
                )
            continue
        for offset, text in _positions(passage):
            if _normal(text) in taken | seen:
                continue
            seen.add(_normal(text))
            page = page_at(offset, len(passage.text), passage.first_page, passage.last_page)
            names = bool(matcher.tags_for(PassageText(0, text)))
            item = Suggestion(
                theme_id,
                passage.id,
                passage.letter,
                page,
                (passage.first_page, passage.last_page),
                text,
                names,
            )
            (named if names else other).append(item)
    found = named + other + reactive
    return found[:limit] if limit is not None else found


def accept_suggestion(store: Store, suggestion: Suggestion) -> int:
    """Make a suggestion a talking point of its theme, citing its passage; an answer to
    Kamervragen becomes a reactive one. Returns the point id."""
    with store.read() as session:
        require_theme(session, suggestion.theme_id)
        session.get(Theme, suggestion.theme_id)
    return add_point(
        store,
        suggestion.theme_id,
        suggestion.text,
        cite=[suggestion.passage_id],
        kind=suggestion.kind,
    )
