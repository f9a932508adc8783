"""User actions on commitments, changes, references and suggestions: one small
function each, calling the services (widgets never touch SQLAlchemy)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from briefer.compose.intelligence import default_comparison
from briefer.core.commitment_register import (
    CommitmentRow,
    CommitmentState,
    add_commitment,
    commitment_state,
    delete_commitment,
    list_commitments,
    restore_state,
    set_done,
    update_commitment,
)
from briefer.core.fulfilment_links import set_met_by, statements_meeting
from briefer.core.letter_comparison import Changes, Side, compare_letters
from briefer.core.letter_links import CitingPassage, ReferenceRow, cited_by, passage_references
from briefer.core.library import LetterRow, list_letters, passage_detail
from briefer.core.suggestions import Suggestion, suggestions
from briefer.core.theme_list import ThemeRow, list_themes
from briefer.core.versions import (
    VersionPassage,
    VersionRow,
    list_versions,
    older_versions,
    version_passages,
)
from briefer.ui.state import AppState


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntelligenceActions", text)


class IntelligenceActions(QObject):
    commitments_changed = Signal()

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    # --- reading ---------------------------------------------------------------
    def commitments(
        self,
        letter_id: int | None,
        theme_id: int | None,
        status: str | None,
        kinds: tuple[str, ...] | None = None,
    ) -> list[CommitmentRow]:
        if kinds is None:
            return list_commitments(
                self.state.store, letter_id=letter_id, theme_id=theme_id, status=status
            )
        return list_commitments(
            self.state.store, letter_id=letter_id, theme_id=theme_id, status=status, kinds=kinds
        )

    def letters(self) -> list[LetterRow]:
        return list_letters(self.state.store)

    def themes(self) -> list[ThemeRow]:
        return list_themes(self.state.store)

    def versions(self, letter_id: int) -> list[VersionRow]:
        return list_versions(self.state.store, letter_id)

    def older_versions(self) -> dict[int, list[int]]:
        return older_versions(self.state.store)

    def default_comparison(self) -> Side | None:
        """What "Wat is er veranderd" compares the newest letter with, unless the user picks."""
        return default_comparison(self.state.store)

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
        after = commitment_state(self.state.store, new_id)
        self._done(replace(after, deleted=True), after, _tr("Toezegging toevoegen"))
        return new_id

    def mark_done(self, commitment_id: int, done: bool) -> None:
        label = _tr("Toezegging afdoen") if done else _tr("Toezegging heropenen")
        self._change(commitment_id, lambda: set_done(self.state.store, commitment_id, done), label)

    def delete(self, commitment_id: int) -> None:
        change = lambda: delete_commitment(self.state.store, commitment_id)  # noqa: E731
        self._change(commitment_id, change, _tr("Toezegging verwijderen"))

    def edit(self, commitment_id: int, subject: str, due: str) -> None:
        """Raises BrieferError (shown to the user as one line) for a due moment it cannot read."""

        def change() -> None:
            update_commitment(self.state.store, commitment_id, subject=subject, due=due)

        self._change(commitment_id, change, _tr("Toezegging wijzigen"))

    def unmet(self, commitment_id: int) -> None:
        """No letter meets it: each statement that met it is unlinked (undoable)."""
        ids = statements_meeting(self.state.store, commitment_id)
        before = [commitment_state(self.state.store, i) for i in ids]
        set_met_by(self.state.store, commitment_id, None)
        after = [commitment_state(self.state.store, i) for i in ids]
        self.state.undo_stack.push(
            StatesCommand(self, before, after, _tr("Niet voldaan door deze brief"))
        )
        self.commitments_changed.emit()

    # --- undo ------------------------------------------------------------------
    def _change(self, commitment_id: int, change: Callable[[], None], label: str) -> None:
        """Make the change now (errors reach the caller), then put it on the undo stack."""
        before = commitment_state(self.state.store, commitment_id)
        change()
        self._done(before, commitment_state(self.state.store, commitment_id), label)

    def _done(self, before: CommitmentState, after: CommitmentState, label: str) -> None:
        self.state.undo_stack.push(StatesCommand(self, [before], [after], label))
        self.commitments_changed.emit()

    def restore_all(self, snapshots: list[CommitmentState]) -> None:
        for snapshot in snapshots:
            restore_state(self.state.store, snapshot)
        self.commitments_changed.emit()

    def today(self) -> date:
        return date.today()


class StatesCommand(QUndoCommand):
    """A change to one commitment or several (the statements that met a commitment),
    already made when pushed: undo puts back ``before``."""

    def __init__(
        self,
        actions: IntelligenceActions,
        before: list[CommitmentState],
        after: list[CommitmentState],
        label: str,
    ) -> None:
        super().__init__(label)
        self.actions = actions
        self.before = before
        self.after = after
        self.first = True

    def redo(self) -> None:
        if self.first:  # done already, before it was pushed
            self.first = False
            return
        self.actions.restore_all(self.after)

    def undo(self) -> None:
        self.actions.restore_all(self.before)
