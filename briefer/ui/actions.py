"""One small function per user action. Widgets call these, never SQLAlchemy.

Quick, undoable changes (tags, talking points, briefing edits) go on the undo
stack and run at once; long work (import, export, re-tagging, saving notes
while an import may hold the database) runs on the single writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from briefer.core.briefings import BriefingSpec
from briefer.core.errors import StaleEditError
from briefer.core.importing.bulk import import_many
from briefer.core.importing.letter_fixes import (
    FixError,
    LetterCheck,
    add_fix,
    letter_check,
    reread_letter,
)
from briefer.core.importing.single import ImportResult, import_file
from briefer.core.notes import NoteBase, NoteView, restore_version, save_note
from briefer.core.tags import CLEAR, EXCLUDE, INCLUDE
from briefer.core.themes import (
    create_theme,
    delete_theme,
    restore_default_themes,
    update_theme,
)
from briefer.export.briefing_export import export_briefing
from briefer.ingest.corrections import Fix
from briefer.ingest.errors import LetterImportError
from briefer.ingest.page_analysis import TextLine
from briefer.ingest.page_images import (
    PageImage,
    document_text,
    page_count,
    page_lines,
    render_page,
)
from briefer.ui.state import AppState
from briefer.ui.undo import (
    AddPointCommand,
    BriefingDraft,
    BriefingEditCommand,
    CitationsCommand,
    DeletePointCommand,
    EditPointCommand,
    PointKindCommand,
    ReorderPointsCommand,
    TagCommand,
)
from briefer.ui.workers import Task, TaskContext, Workers


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions(QObject):
    def __init__(self, state: AppState, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.workers = workers

    # --- tagging -------------------------------------------------------------
    def include_passage(self, passage_id: int, theme_id: int) -> None:
        self._tag(passage_id, theme_id, INCLUDE, _tr("Passage aan thema toevoegen"))

    def exclude_passage(self, passage_id: int, theme_id: int) -> None:
        self._tag(passage_id, theme_id, EXCLUDE, _tr("Passage uitsluiten van thema"))

    def clear_manual_tag(self, passage_id: int, theme_id: int) -> None:
        self._tag(passage_id, theme_id, CLEAR, _tr("Keuze terugzetten naar de regels"))

    def _tag(self, passage_id: int, theme_id: int, action: str, label: str) -> None:
        self.state.undo_stack.push(TagCommand(self.state, passage_id, theme_id, action, label))

    # --- talking points --------------------------------------------------------
    def add_point(self, theme_id: int, text: str, cite: list[int] | None = None) -> None:
        command = AddPointCommand(
            self.state, theme_id, text, cite or [], _tr("Spreekpunt toevoegen")
        )
        self.state.undo_stack.push(command)

    def edit_point(self, point_id: int, text: str, version: int | None = None) -> None:
        """Refused with StaleEditError when ``version`` (the copy shown) is outdated."""
        self.state.undo_stack.push(
            EditPointCommand(self.state, point_id, text, _tr("Spreekpunt wijzigen"), version)
        )

    def set_point_kind(self, point_id: int, kind: str) -> None:
        self.state.undo_stack.push(
            PointKindCommand(self.state, point_id, kind, _tr("Soort spreekpunt wijzigen"))
        )

    def use_in_briefing(self, passage_id: int, text: str | None) -> str:
        """The sentences of a passage a briefing shows (None: its first sentences again)."""
        from briefer.core.extracts import clear_extract, set_extract

        if text is None:
            clear_extract(self.state.store, passage_id)
            chosen = ""
        else:
            chosen = set_extract(self.state.store, passage_id, text)
        self.state.passage_note_saved.emit(passage_id)  # the preview follows
        return chosen

    def delete_point(self, point_id: int) -> None:
        self.state.undo_stack.push(
            DeletePointCommand(self.state, point_id, _tr("Spreekpunt verwijderen"))
        )

    def reorder_points(self, theme_id: int, before: list[int], after: list[int]) -> None:
        if before != after:
            self.state.undo_stack.push(
                ReorderPointsCommand(
                    self.state, theme_id, before, after, _tr("Spreekpunten ordenen")
                )
            )

    def set_citations(self, point_id: int, passage_ids: list[int]) -> None:
        self.state.undo_stack.push(
            CitationsCommand(self.state, point_id, passage_ids, _tr("Bronnen van spreekpunt"))
        )

    # --- briefings -------------------------------------------------------------
    def edit_briefing(
        self,
        before: BriefingSpec,
        after: BriefingSpec,
        label: str,
        on_change: Callable[[BriefingSpec], None],
        draft: BriefingDraft | None = None,
        on_stale: Callable[[StaleEditError], None] | None = None,
    ) -> None:
        if before != after:
            self.state.undo_stack.push(
                BriefingEditCommand(self.state, before, after, label, on_change, draft, on_stale)
            )

    def export(
        self,
        spec: BriefingSpec,
        path: Path,
        fmt: str,
        *,
        split: bool,
        on_done: Callable[[list[Path]], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int, str], None],
        on_cancel: Callable[[], None],
    ) -> Task:
        store = self.state.store
        template = self.state.settings.word_template.strip()

        def work(context: TaskContext) -> list[Path]:
            return export_briefing(
                store,
                spec,
                path,
                fmt,
                split=split,
                progress=context.progress,
                cancelled=context.cancelled,
                word_template=Path(template).expanduser() if template else None,
            )

        return self.workers.write(work, on_done, on_error, on_progress, on_cancel)

    # --- notes -----------------------------------------------------------------
    def save_theme_note(
        self,
        theme_id: int,
        body: str,
        on_saved: Callable[[NoteView], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        base: NoteBase | None = None,
    ) -> Task:
        return self._save_note(
            {"theme_id": theme_id},
            body,
            lambda: self.state.note_saved.emit(theme_id),
            on_saved,
            on_error,
            base,
        )

    def save_passage_note(
        self,
        passage_id: int,
        body: str,
        on_saved: Callable[[NoteView], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        base: NoteBase | None = None,
    ) -> Task:
        return self._save_note(
            {"passage_id": passage_id},
            body,
            lambda: self.state.passage_note_saved.emit(passage_id),
            on_saved,
            on_error,
            base,
        )

    def _save_note(
        self,
        owner: dict[str, int],
        body: str,
        announce: Callable[[], None],
        on_saved: Callable[[NoteView], None] | None,
        on_error: Callable[[str], None] | None,
        base: NoteBase | None = None,
    ) -> Task:
        """Save a note on the writer thread, then tell the panels (and the caller).

        With ``base`` (the version the editor's text builds on) a colleague's save
        in between comes back as the view's ``conflict``; the base moves on.
        """
        store = self.state.store

        def work(_context: TaskContext) -> NoteView:
            if base is None:
                return save_note(store, body, **owner)
            view = save_note(store, body, **owner, base_version_id=base.version)
            base.version = view.version_id
            return view

        def done(view: Any) -> None:
            announce()
            if on_saved is not None:
                on_saved(view)

        return self.workers.write(work, done, on_error)

    def restore_note_version(self, version_id: int) -> NoteView:
        view = restore_version(self.state.store, version_id)
        self.state.note_saved.emit(0)
        return view

    # --- themes ----------------------------------------------------------------
    def create_theme(self, name: str, terms: list[str], color: str, description: str) -> int:
        theme_id = create_theme(
            self.state.store, name, terms=terms, color=color, description=description
        )
        self._themes_changed()
        return theme_id

    def update_theme(self, theme_id: int, **changes: Any) -> None:
        update_theme(self.state.store, theme_id, **changes)
        self._themes_changed()

    def save_theme_in_background(
        self,
        theme_id: int | None,
        values: tuple[str, str, str, list[str]],
        on_done: Callable[[int], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int, str], None],
        on_cancel: Callable[[], None],
        expected_version: int | None = None,
    ) -> Task:
        """Create or update a theme and re-tag the library on the writer thread.

        ``expected_version``: the version of the theme the user edited; a theme saved
        meanwhile by someone else is refused (StaleEditError, reported by on_error).

        ``values`` is (name, colour, description, terms). One transaction: a cancel
        during the re-tag leaves the theme and every tag as they were.
        ``on_done`` gets the theme id.
        """
        store = self.state.store
        name, color, description, terms = values

        def work(context: TaskContext) -> int:
            if theme_id is None:
                saved = create_theme(
                    store,
                    name,
                    terms=terms,
                    color=color,
                    description=description,
                    progress=context.progress,
                )
            else:
                update_theme(
                    store,
                    theme_id,
                    name=name,
                    color=color,
                    description=description,
                    terms=terms,
                    progress=context.progress,
                    expected_version=expected_version,
                )
                saved = theme_id
            context.keep()  # committed: a late cancel must not report it as undone
            return saved

        def done(saved_id: Any) -> None:
            self._themes_changed()
            on_done(int(saved_id))

        return self.workers.write(work, done, on_error, on_progress, on_cancel)

    def delete_theme(self, theme_id: int, force: bool) -> None:
        delete_theme(self.state.store, theme_id, force=force)
        if self.state.current_theme_id == theme_id:
            self.state.set_current_theme(None)
        self.state.undo_stack.clear()  # earlier commands may name the deleted theme
        self._themes_changed()

    def restore_default_themes(self) -> list[str]:
        restored = restore_default_themes(self.state.store)
        self._themes_changed()
        return restored

    def _themes_changed(self) -> None:
        self.state.themes_changed.emit()
        self.state.tags_changed.emit()

    # --- import ----------------------------------------------------------------
    def import_files(
        self,
        files: list[Path],
        on_file_done: Callable[[object], None],
        on_all_done: Callable[[Any], None],
        on_progress: Callable[[int, int, str], None],
        on_cancel: Callable[[], None],
    ) -> Task:
        """Import files one by one on the writer thread; each result or failure reported.

        ``on_file_done`` gets an ImportResult or a LetterImportError per file, and
        with several files also a BulkProgress (letters per second, time left)
        after each; ``on_all_done`` gets the list of outcomes. A failure never
        stops the others; a cancel keeps the letters imported so far.
        """
        store = self.state.store

        def work(context: TaskContext) -> list[ImportResult | LetterImportError]:
            if len(files) > 1:  # many letters: one transaction, parsed in worker processes
                # Each outcome, and a BulkProgress (rate, time left) after each letter.
                return import_many(
                    store, files, context.report, context.cancelled, on_outcome=context.report
                )
            outcomes: list[ImportResult | LetterImportError] = []
            for path in files:
                if context.cancelled():
                    break
                context.label = path.name
                try:
                    outcome: ImportResult | LetterImportError = import_file(
                        store, path, context.progress
                    )
                except LetterImportError as exc:
                    outcome = exc
                outcomes.append(outcome)
                context.report(outcome)
            return outcomes

        def all_done(outcomes: Any) -> None:
            self.state.letters_changed.emit()
            self.state.themes_changed.emit()
            on_all_done(outcomes)

        def cancelled() -> None:
            self.state.letters_changed.emit()
            on_cancel()

        return self.workers.write(work, all_done, None, on_progress, cancelled, on_file_done)

    # --- import check (issue 9) ------------------------------------------------------
    def letter_check(self, letter_id: int) -> LetterCheck:
        return letter_check(self.state.store, letter_id)

    def load_page_lines(
        self, source: Path, on_done: Callable[[list[list[TextLine]]], None]
    ) -> Task:
        """The analysed lines of every page of a PDF, read off the GUI thread."""
        return self.workers.read(lambda _context: page_lines(source), on_done)

    def page_count(self, source: Path) -> int:
        return page_count(source)

    def render_page(self, source: Path, page: int, scale: float) -> PageImage:
        return render_page(source, page, scale)

    def document_text(self, source: Path) -> str:
        return document_text(source)

    def fix_letter(
        self,
        letter_id: int,
        fix: Fix,
        on_done: Callable[[object], None],
        on_error: Callable[[str], None],
    ) -> Task:
        return self.fix_letter_many(letter_id, [fix], on_done, on_error)

    def fix_letter_many(
        self,
        letter_id: int,
        fixes: list[Fix],
        on_done: Callable[[object], None],
        on_error: Callable[[str], None],
    ) -> Task:
        """Store fixes of how a letter was read and apply them, on the writer thread."""
        store = self.state.store

        def work(_context: TaskContext) -> None:
            for fix in fixes:
                add_fix(store, letter_id, fix)

        return self.workers.write(work, self._letter_fixed(on_done), on_error)

    def reread_letter(
        self,
        letter_id: int,
        on_done: Callable[[object], None],
        on_error: Callable[[str], None],
        *,
        keep_fixes: bool = True,
    ) -> Task:
        """Read the letter's kept file again, with the user's fixes (or without: undone)."""
        store = self.state.store

        def work(_context: TaskContext) -> object:
            try:
                return reread_letter(store, letter_id, keep_fixes=keep_fixes)
            except LetterImportError as exc:
                raise FixError(str(exc)) from None

        return self.workers.write(work, self._letter_fixed(on_done), on_error)

    def _letter_fixed(self, on_done: Callable[[object], None]) -> Callable[[object], None]:
        def done(result: object) -> None:
            self.state.letters_changed.emit()
            self.state.tags_changed.emit()
            on_done(result)

        return done
