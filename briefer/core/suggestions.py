"""Suggested talking points: the government's stated positions in a theme's passages.

One click (``accept_suggestion``) makes a suggestion a talking point of the
theme that cites its passage. Sentences that name one of the theme's terms
come first; those already a talking point of the theme are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from briefer.core.citations import pages_label
from briefer.core.models import TalkingPoint, Theme
from briefer.core.points import add_point
from briefer.core.store.database import Store
from briefer.core.tags import require_theme, theme_passages
from briefer.intelligence.positions import is_position
from briefer.intelligence.sentences import page_at, split_sentences
from briefer.tagging.matcher import Matcher, PassageText, compile_themes


@dataclass(frozen=True)
class Suggestion:
    theme_id: int
    passage_id: int
    letter: str
    page: int
    pages: tuple[int, int]
    text: str  # the sentence
    names_theme: bool  # the sentence itself names the theme

    @property
    def citation(self) -> str:
        return f"{self.letter}, {pages_label(self.page, self.page)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "passage": self.passage_id,
            "letter": self.letter,
            "page": self.page,
            "pages": list(self.pages),
        }


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def suggestions(store: Store, theme_id: int, limit: int | None = None) -> list[Suggestion]:
    """Position sentences in the theme's passages, newest letter first."""
    with store.read() as session:
        theme = require_theme(session, theme_id)
        matcher = Matcher(compile_themes([(theme.id, theme.name, theme.terms or [])]))
        taken = {
            _normal(text)
            for text in session.scalars(
                select(TalkingPoint.text).where(TalkingPoint.theme_id == theme_id)
            )
        }
    named: list[Suggestion] = []
    other: list[Suggestion] = []
    for passage in theme_passages(store, theme_id):
        for sentence in split_sentences(passage.text):
            if not is_position(sentence.text) or _normal(sentence.text) in taken:
                continue
            page = page_at(sentence.start, len(passage.text), passage.first_page, passage.last_page)
            names = bool(matcher.tags_for(PassageText(0, sentence.text)))
            item = Suggestion(
                theme_id,
                passage.id,
                passage.letter,
                page,
                (passage.first_page, passage.last_page),
                sentence.text,
                names,
            )
            (named if names else other).append(item)
    found = named + other
    return found[:limit] if limit is not None else found


def accept_suggestion(store: Store, suggestion: Suggestion) -> int:
    """Make a suggestion a talking point of its theme, citing its passage; returns the point id."""
    with store.read() as session:
        require_theme(session, suggestion.theme_id)
        session.get(Theme, suggestion.theme_id)
    return add_point(store, suggestion.theme_id, suggestion.text, cite=[suggestion.passage_id])
