"""Undoable user actions (QUndoCommand): tagging, talking points, briefing edits.

Each command calls a core service in redo() and the inverse in undo(), then
announces the change through AppState so every panel refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from briefer.core.briefings import BriefingSpec, save_briefing_at
from briefer.core.errors import BrieferError, StaleEditError
from briefer.core.points import (
    ACTIEF,
    PointSnapshot,
    add_point,
    delete_point,
    edit_point,
    get_point,
    reorder_points,
    restore_point,
    set_citations,
    set_point_kind,
    snapshot_point,
)
from briefer.core.tags import manual_state, set_manual_tag
from briefer.ui.state import AppState


class TagCommand(QUndoCommand):
    """Include, exclude or clear one theme on one passage."""

    def __init__(
        self, state: AppState, passage_id: int, theme_id: int, action: str, text: str
    ) -> None:
        super().__init__(text)
        self.state = state
        self.passage_id = passage_id
        self.theme_id = theme_id
        self.action = action
        self.before = manual_state(state.store, passage_id, theme_id)

    def _apply(self, action: str) -> None:
        set_manual_tag(self.state.store, self.passage_id, self.theme_id, action)
        self.state.tags_changed.emit()
        self.state.themes_changed.emit()

    def redo(self) -> None:
        self._apply(self.action)

    def undo(self) -> None:
        self._apply(self.before)


class AddPointCommand(QUndoCommand):
    def __init__(
        self,
        state: AppState,
        theme_id: int,
        text: str,
        cite: list[int],
        label: str,
        kind: str = ACTIEF,
    ) -> None:
        super().__init__(label)
        self.state = state
        self.theme_id = theme_id
        self.text = text
        self.cite = cite
        self.kind = kind
        self.snapshot: PointSnapshot | None = None
        self.point_id: int | None = None

    def redo(self) -> None:
        if self.snapshot is None:
            self.point_id = add_point(
                self.state.store, self.theme_id, self.text, self.cite, kind=self.kind
            )
        else:
            restore_point(self.state.store, self.snapshot)
        self.state.points_changed.emit(self.theme_id)

    def undo(self) -> None:
        if self.point_id is None:
            return
        self.snapshot = snapshot_point(self.state.store, self.point_id)
        delete_point(self.state.store, self.point_id)
        self.state.points_changed.emit(self.theme_id)


class DeletePointCommand(QUndoCommand):
    def __init__(self, state: AppState, point_id: int, label: str) -> None:
        super().__init__(label)
        self.state = state
        self.snapshot = snapshot_point(state.store, point_id)

    def redo(self) -> None:
        delete_point(self.state.store, self.snapshot.id)
        self.state.points_changed.emit(self.snapshot.theme_id)

    def undo(self) -> None:
        restore_point(self.state.store, self.snapshot)
        self.state.points_changed.emit(self.snapshot.theme_id)


class EditPointCommand(QUndoCommand):
    """Change a talking point's text; refused (StaleEditError) when ``version`` is not
    the current one, i.e. someone else saved the point after this window showed it."""

    def __init__(
        self, state: AppState, point_id: int, text: str, label: str, version: int | None = None
    ) -> None:
        super().__init__(label)
        self.state = state
        point = get_point(state.store, point_id)
        if version is not None and point.version != version:
            state.points_changed.emit(point.theme_id)  # show the fresh text
            raise StaleEditError(
                QCoreApplication.translate(
                    "Briefer",
                    "Dit spreekpunt is intussen gewijzigd door %1; uw wijziging is niet "
                    "opgeslagen. De nieuwe tekst staat nu in de lijst.",
                ).replace("%1", point.author or QCoreApplication.translate("Briefer", "een ander")),
                point,
            )
        self.point_id = point_id
        self.theme_id = point.theme_id
        self.before = point.text
        self.after = text
        self.version = point.version

    def _apply(self, text: str) -> None:
        try:
            self.version = edit_point(
                self.state.store, self.point_id, text, expected_version=self.version
            )
        except StaleEditError as exc:  # saved by someone else between the check and now
            self.state.status.emit(str(exc))
            self.setObsolete(True)
        self.state.points_changed.emit(self.theme_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class PointKindCommand(QUndoCommand):
    """A talking point becomes actief or reactief (issue 14)."""

    def __init__(self, state: AppState, point_id: int, kind: str, label: str) -> None:
        super().__init__(label)
        self.state = state
        point = get_point(state.store, point_id)
        self.point_id, self.theme_id = point_id, point.theme_id
        self.before, self.after = point.kind, kind

    def _apply(self, kind: str) -> None:
        set_point_kind(self.state.store, self.point_id, kind)
        self.state.points_changed.emit(self.theme_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class CitationsCommand(QUndoCommand):
    def __init__(self, state: AppState, point_id: int, passage_ids: list[int], label: str) -> None:
        super().__init__(label)
        self.state = state
        point = get_point(state.store, point_id)
        self.point_id = point_id
        self.theme_id = point.theme_id
        self.before = [c.passage_id for c in point.citations]
        self.after = passage_ids

    def _apply(self, ids: list[int]) -> None:
        set_citations(self.state.store, self.point_id, ids)
        self.state.points_changed.emit(self.theme_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ReorderPointsCommand(QUndoCommand):
    def __init__(
        self, state: AppState, theme_id: int, before: list[int], after: list[int], label: str
    ) -> None:
        super().__init__(label)
        self.state = state
        self.theme_id = theme_id
        self.before = before
        self.after = after

    def _apply(self, order: list[int]) -> None:
        reorder_points(self.state.store, self.theme_id, order)
        self.state.points_changed.emit(self.theme_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class BriefingDraft:
    """One briefing as the composer edits it, shared by all its undo steps.

    Steps made before the briefing was first saved hold specs without an id;
    once it is saved, ``id`` is set here, so undoing or redoing them changes the
    saved briefing instead of detaching it (and a later save never duplicates)."""

    def __init__(self, briefing_id: int | None = None, version: int | None = None) -> None:
        self.id = briefing_id
        self.version = version  # the stored version shown; a save from an older one is refused


class BriefingEditCommand(QUndoCommand):
    """Any change to a briefing: title, topics, parts, passages left out or moved."""

    def __init__(
        self,
        state: AppState,
        before: BriefingSpec,
        after: BriefingSpec,
        label: str,
        on_change: Callable[[BriefingSpec], None],
        draft: BriefingDraft | None = None,
        on_stale: Callable[[StaleEditError], None] | None = None,
    ) -> None:
        super().__init__(label)
        self.state = state
        self.before = before
        self.after = after
        self.on_change = on_change
        self.draft = draft
        self.on_stale = on_stale

    def _apply(self, spec: BriefingSpec) -> None:
        if spec.id is None and self.draft is not None and self.draft.id is not None:
            spec = replace(spec, id=self.draft.id)
        if spec.id is not None:
            try:
                spec.check()
            except BrieferError:
                pass  # back before it had a title or a theme: shown, the stored one stays
            else:
                base = self.draft.version if self.draft is not None else None
                try:
                    saved = save_briefing_at(self.state.store, spec, base_version=base)
                except StaleEditError as exc:  # a colleague saved it since: refused, say so
                    self.setObsolete(True)
                    if self.on_stale is not None:
                        self.on_stale(exc)
                    return
                if self.draft is not None:
                    self.draft.version = saved.version
                self.state.briefings_changed.emit()
        if self.draft is not None and spec.id is not None and spec.id == self.draft.id:
            # Shown at the version stored now, not the one the step was made at: the
            # composer takes an older version for someone else's save, and would
            # refuse the user's next edit as a conflict with their own undo.
            spec = replace(spec, version=self.draft.version)
        self.on_change(spec)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
