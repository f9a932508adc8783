"""User actions on commitments, changes, references and suggestions: one small
function each, calling the services (widgets never touch SQLAlchemy)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from briefer.core.changes import Changes, Side, compare_letters
from briefer.core.commitments import (
    CommitmentRow,
    add_commitment,
    delete_commitment,
    list_commitments,
    restore_commitment,
    set_done,
    update_commitment,
)
from briefer.core.library import LetterRow, list_letters, passage_detail
from briefer.core.references import CitingPassage, ReferenceRow, cited_by, passage_references
from briefer.core.suggestions import Suggestion, accept_suggestion, suggestions
from briefer.core.themes import ThemeRow, list_themes
from briefer.core.versions import VersionPassage, VersionRow, list_versions, version_passages
from briefer.ui.state import AppState


class IntelligenceActions(QObject):
    commitments_changed = Signal()

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    # --- reading ---------------------------------------------------------------
    def commitments(
        self, letter_id: int | None, theme_id: int | None, status: str | None
    ) -> list[CommitmentRow]:
        return list_commitments(
            self.state.store, letter_id=letter_id, theme_id=theme_id, status=status
        )

    def letters(self) -> list[LetterRow]:
        return list_letters(self.state.store)

    def themes(self) -> list[ThemeRow]:
        return list_themes(self.state.store)

    def versions(self, letter_id: int) -> list[VersionRow]:
        return list_versions(self.state.store, letter_id)

    def version_text(self, letter_id: int, number: int) -> list[VersionPassage]:
        return version_passages(self.state.store, letter_id, number)

    def changes(self, source: Side, target: Side, theme_id: int | None) -> Changes:
        return compare_letters(self.state.store, source, target, theme_id)

    def references(self, passage_id: int) -> list[ReferenceRow]:
        return passage_references(self.state.store, passage_id)

    def cited_by(self, letter_id: int) -> list[CitingPassage]:
        return cited_by(self.state.store, letter_id)

    def suggestions(self, theme_id: int) -> list[Suggestion]:
        return suggestions(self.state.store, theme_id)

    # --- changing --------------------------------------------------------------
    def passage_text(self, passage_id: int) -> str:
        return passage_detail(self.state.store, passage_id).text

    def add(self, passage_id: int, subject: str, due: str) -> int:
        """A commitment the user found; raises BrieferError for a bad subject or due moment."""
        new_id = add_commitment(self.state.store, passage_id, subject, due)
        self.commitments_changed.emit()
        return new_id

    def mark_done(self, commitment_id: int, done: bool) -> None:
        set_done(self.state.store, commitment_id, done)
        self.commitments_changed.emit()

    def delete(self, commitment_id: int) -> None:
        delete_commitment(self.state.store, commitment_id)
        self.commitments_changed.emit()

    def undelete(self, commitment_id: int) -> None:
        restore_commitment(self.state.store, commitment_id)
        self.commitments_changed.emit()

    def edit(self, commitment_id: int, subject: str, due: str) -> None:
        """Raises BrieferError (shown to the user as one line) for a due moment it cannot read."""
        update_commitment(self.state.store, commitment_id, subject=subject, due=due)
        self.commitments_changed.emit()

    def accept(self, suggestion: Suggestion) -> int:
        point_id = accept_suggestion(self.state.store, suggestion)
        self.state.points_changed.emit(suggestion.theme_id)
        return point_id

    def today(self) -> date:
        return date.today()
