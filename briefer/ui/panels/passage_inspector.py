"""Beneath the reader: the selected passage, why it carries each theme, a theme
switch per theme (manual include/exclude), its note, and "add to briefing"."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError
from briefer.core.library import passage_detail
from briefer.core.tag_choices import EXCLUDE, INCLUDE
from briefer.ingest.model import ParsedFootnote
from briefer.ui import texts
from briefer.ui.actions import Actions
from briefer.ui.kind_texts import role_label
from briefer.ui.models.themes_model import swatch
from briefer.ui.panels.empty_state import EmptyState
from briefer.ui.panels.reader_notes import notes_html
from briefer.ui.safe_refill import SafeRefill
from briefer.ui.state import AppState
from briefer.ui.window_layout import scrollable

if TYPE_CHECKING:
    from briefer.core.notes import NoteBase, NoteView
    from briefer.core.tags import PassageTheme
    from briefer.ui.dialogs.note_merge import NoteMergeDialog

THEME_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 800


class PassageInspector(QWidget):
    add_to_briefing_requested = Signal(int)  # passage id
    first_passage_requested = Signal()  # from the button shown before any passage is chosen

    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.passage_id = 0
        self._filling = False
        self._refill_themes = SafeRefill(self, self._refresh_themes)
        self._saved_body = ""
        # The note version the text builds on: a colleague's save in between is a
        # conflict (both kept in the history, the merge dialog opens). Set with the
        # passage's note (show_passage); nothing is saved before a passage is shown.
        self._base: NoteBase | None = None
        self._in_flight = 0
        self.merge_dialog: NoteMergeDialog | None = None
        self.extract_chosen = ""  # the sentences of the passage a briefing shows

        self.stack = QStackedWidget()
        hint = QLabel(
            self.tr(
                "Kies een passage in de lezer om te zien bij welke thema's ze hoort. "
                "U vinkt daarna zelf thema's aan of uit, schrijft er een notitie bij "
                "of neemt de passage op in een briefing."
            )
        )
        self.empty = EmptyState(self.tr("Geen passage gekozen"), hint)
        self.empty.add_button(self.tr("Eerste passage tonen"), self.first_passage_requested.emit)
        self.stack.addWidget(scrollable(self.empty))  # a low pane scrolls, never overlaps

        details = QWidget()
        self.citation = QLabel()
        self.citation.setObjectName("citation")
        self.citation.setStyleSheet("font-weight: 600;")
        self.citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.citation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Toevoegen aan briefing"))
        self.add_button.setToolTip(self.tr("Neem deze passage op in de briefing die u samenstelt"))
        self.add_button.clicked.connect(self.add_to_briefing)
        top = QHBoxLayout()
        top.addWidget(self.citation, 1)
        top.addWidget(self.add_button)

        # The passage's text: select sentences and "Gebruik in briefing" puts them in the
        # short background instead of the first sentences.
        self.text = QPlainTextEdit()
        self.text.setObjectName("passageText")
        self.text.setReadOnly(True)
        self.text.selectionChanged.connect(self._update_extract_buttons)
        # The passage's footnotes, small, beneath its text (hidden when it has none).
        self.footnotes = QLabel()
        self.footnotes.setObjectName("passageFootnotes")
        self.footnotes.setWordWrap(True)
        self.footnotes.setTextFormat(Qt.TextFormat.RichText)
        self.footnotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.footnotes.setAccessibleName(self.tr("Voetnoten van de passage"))
        self.footnotes.hide()
        self.use_button = QPushButton(self.tr("Gebruik in briefing"))
        self.use_button.setObjectName("useInBriefing")
        self.use_button.setToolTip(
            self.tr("De geselecteerde zinnen tonen in de korte achtergrond van de briefing")
        )
        self.use_button.clicked.connect(self.use_selection)
        self.first_button = QPushButton(self.tr("Eerste zinnen"))
        self.first_button.setToolTip(self.tr("De briefing toont weer de eerste zinnen"))
        self.first_button.clicked.connect(self.use_first_sentences)
        self.extract_status = QLabel()
        self.extract_status.setObjectName("extractStatus")
        self.extract_status.setWordWrap(True)
        self.extract_status.setStyleSheet("color: #6b6b6b;")
        extract_row = QHBoxLayout()
        extract_row.addStretch(1)
        extract_row.addWidget(self.use_button)
        extract_row.addWidget(self.first_button)

        self.themes = QListWidget()
        self.themes.setObjectName("passageThemes")
        self.themes.setAccessibleName(self.tr("Thema's van de passage"))
        self.themes.itemChanged.connect(self._theme_toggled)
        # Every reason whole: a row is as tall as its wrapped text.
        self.themes.setWordWrap(True)
        self.themes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.themes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.themes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        themes_label = QLabel(self.tr("Vink een thema aan of uit om zelf te kiezen:"))
        themes_label.setWordWrap(True)
        themes_page = QWidget()
        themes_box = QVBoxLayout(themes_page)
        themes_box.setContentsMargins(0, 4, 0, 0)
        themes_box.addWidget(themes_label)
        themes_box.addWidget(self.themes, 1)

        self.note = QPlainTextEdit()
        self.note.setObjectName("passageNote")
        self.note.setPlaceholderText(self.tr("Eigen notitie bij deze passage…"))
        self.note.textChanged.connect(self._note_edited)
        self.note_status = QLabel()
        self.note_status.setStyleSheet("color: #6b6b6b;")
        note_page = QWidget()
        note_box = QVBoxLayout(note_page)
        note_box.setContentsMargins(0, 4, 0, 0)
        note_box.addWidget(self.note, 1)
        note_box.addWidget(self.note_status)

        # The passage, its themes and its note each get the pane's whole height (one
        # tab at a time) instead of three small boxes that each scroll.
        text_page = QWidget()
        text_box = QVBoxLayout(text_page)
        text_box.setContentsMargins(0, 4, 0, 0)
        text_box.addWidget(self.text, 1)
        text_box.addWidget(self.footnotes)
        text_box.addWidget(self.extract_status)
        text_box.addLayout(extract_row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(text_page, self.tr("Tekst"))
        self.tabs.addTab(themes_page, self.tr("Thema's"))
        self.tabs.addTab(note_page, self.tr("Notitie"))
        layout = QVBoxLayout(details)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(details)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_note)

        # a tick in the list comes back as tags_changed: refilled once Qt is done with it
        state.tags_changed.connect(self._refill_themes)
        state.themes_changed.connect(self._refill_themes)
        state.library_changed.connect(self._changed_elsewhere)

    def show_passage(self, passage_id: int) -> None:
        if passage_id == self.passage_id:
            return
        self.flush()
        self.passage_id = passage_id
        if not passage_id:
            self.stack.setCurrentIndex(0)
            return
        try:
            detail = passage_detail(self.state.store, passage_id)
        except BrieferError:
            self.passage_id = 0
            self.stack.setCurrentIndex(0)
            return
        from briefer.core.extracts import get_extracts
        from briefer.core.notes import get_note

        section = f" · {detail.section}" if detail.section else ""
        role = role_label(detail.role, detail.number)
        self.citation.setText((f"{role} · " if role else "") + detail.citation + section)
        self.text.setPlainText(detail.text)
        self._show_footnotes(detail.footnotes)
        self._show_extract(get_extracts(self.state.store, [passage_id]).get(passage_id, ""))
        self._refresh_themes()
        view = get_note(self.state.store, passage_id=passage_id)
        self._show_note(view)
        self.note_status.setText("")
        self.stack.setCurrentIndex(1)

    def _show_note(self, view: NoteView) -> None:
        from briefer.core.notes import NoteBase

        self._filling = True
        self.note.setPlainText(view.body)
        self._filling = False
        self._note_tab_text(view.body)
        self._saved_body = view.body
        self._base = NoteBase(view.version_id)

    def _shows(self, body: str) -> bool:
        """Whether the note field holds ``body`` (as it would be saved)."""
        from briefer.core.notes import clean_note_text

        try:
            return clean_note_text(self.note.toPlainText()) == clean_note_text(body)
        except BrieferError:
            return self.note.toPlainText() == body

    def _changed_elsewhere(self) -> None:
        """A colleague (or another window) saved: follow the passage and its note, calmly."""
        if not self.passage_id or self._base is None:
            return
        from briefer.core.extracts import get_extracts
        from briefer.core.notes import get_note
        from briefer.ui.dialogs.note_history import local_time

        try:
            passage_detail(self.state.store, self.passage_id)
        except BrieferError:  # the letter was deleted or imported again without it
            self.passage_id = 0
            self.stack.setCurrentIndex(0)
            return
        self._show_extract(
            get_extracts(self.state.store, [self.passage_id]).get(self.passage_id, "")
        )
        view = get_note(self.state.store, passage_id=self.passage_id)
        if view.version_id == self._base.version:
            return
        if self._timer.isActive() or self._in_flight or not self._shows(self._saved_body):
            return  # never overwrite the user's typing; their save shows both texts to merge
        same = self._shows(view.body)
        position = self.note.textCursor().position()
        self._show_note(view)
        if not same:
            cursor = self.note.textCursor()
            cursor.setPosition(min(position, len(view.body)))
            self.note.setTextCursor(cursor)
            if view.author and view.updated_at is not None:
                self.note_status.setText(
                    self.tr("Notitie van %1, %2")
                    .replace("%1", view.author)
                    .replace("%2", local_time(view.updated_at).strftime("%H:%M"))
                )

    def _refresh_themes(self) -> None:
        if not self.passage_id:
            return
        from briefer.core.tags import passage_themes

        try:
            themes = passage_themes(self.state.store, self.passage_id)
        except BrieferError:
            return
        self._filling = True
        current = self.themes.currentRow()
        self.themes.clear()
        for theme in themes:
            item = QListWidgetItem(swatch(theme.color), _label(theme))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if theme.carried else Qt.CheckState.Unchecked)
            item.setData(THEME_ROLE, theme)
            item.setToolTip(
                "\n".join(texts.reasons(theme.reasons))
                or self.tr("Geen van de regels van dit thema")
            )
            if not theme.carried:
                item.setForeground(Qt.GlobalColor.gray)
            self.themes.addItem(item)
        if current >= 0:
            self.themes.setCurrentRow(current)
        self._filling = False
        carried = sum(1 for theme in themes if theme.carried)
        self.tabs.setTabText(1, self.tr("Thema's (%1)").replace("%1", str(carried)))

    def _show_footnotes(self, notes: tuple[ParsedFootnote, ...]) -> None:
        if not notes:
            self.footnotes.clear()
            self.footnotes.hide()
            return
        title = escape(self.tr("Voetnoten:"))
        self.footnotes.setText(
            f"<b style='font-size: small'>{title}</b>{notes_html(notes, self.tr('p.'))}"
        )
        self.footnotes.show()

    def _theme_toggled(self, item: QListWidgetItem) -> None:
        with self._refill_themes.inside():
            self._toggle_theme(item)

    def _toggle_theme(self, item: QListWidgetItem) -> None:
        if self._filling or not self.passage_id:
            return
        theme: PassageTheme = item.data(THEME_ROLE)
        wanted = item.checkState() == Qt.CheckState.Checked
        if wanted == theme.carried:
            return
        if wanted:
            self.state.status.emit(
                self.tr("Passage hoort nu bij %1 (Ctrl+Z maakt dit ongedaan)").replace(
                    "%1", theme.name
                )
            )
            if theme.by_rules and theme.manual == EXCLUDE:
                self.actions.clear_manual_tag(self.passage_id, theme.theme_id)
            else:
                self.actions.include_passage(self.passage_id, theme.theme_id)
            return
        self.state.status.emit(
            self.tr("Passage uitgesloten van %1 (Ctrl+Z maakt dit ongedaan)").replace(
                "%1", theme.name
            )
        )
        if theme.manual == INCLUDE and not theme.by_rules:
            self.actions.clear_manual_tag(self.passage_id, theme.theme_id)
        else:
            self.actions.exclude_passage(self.passage_id, theme.theme_id)

    # --- the sentences a briefing shows ----------------------------------------------
    def _show_extract(self, chosen: str) -> None:
        self.extract_chosen = chosen
        if chosen:
            self.extract_status.setText(self.tr("In de briefing: „%1”").replace("%1", chosen))
        else:
            self.extract_status.setText(self.tr("In de briefing: de eerste zinnen."))
        self._update_extract_buttons()

    def _update_extract_buttons(self) -> None:
        self.use_button.setEnabled(self.text.textCursor().hasSelection())
        self.first_button.setEnabled(bool(self.extract_chosen))

    def use_selection(self) -> None:
        selected = self.text.textCursor().selectedText().replace("\u2029", " ")
        if not self.passage_id or not selected.strip():
            return
        try:
            self._show_extract(self.actions.use_in_briefing(self.passage_id, selected))
        except BrieferError as exc:
            self.extract_status.setText(str(exc))

    def use_first_sentences(self) -> None:
        if self.passage_id:
            self._show_extract(self.actions.use_in_briefing(self.passage_id, None))

    def add_to_briefing(self) -> None:
        """Hand the passage to the briefing composer (the main window shows it there)."""
        if self.passage_id:
            self.add_to_briefing_requested.emit(self.passage_id)

    # --- the passage note ------------------------------------------------------
    def _note_tab_text(self, body: str) -> None:
        """ "Notitie ●" while the passage has a note, so it is seen without opening the tab."""
        self.tabs.setTabText(2, self.tr("Notitie ●") if body.strip() else self.tr("Notitie"))

    def _note_edited(self) -> None:
        if self._filling:
            return
        self._note_tab_text(self.note.toPlainText())
        self.note_status.setText(self.tr("Wijzigingen…"))
        self._timer.start()

    def _save_note(self) -> None:
        body = self.note.toPlainText()
        if body == self._saved_body or not self.passage_id:
            return
        self.note_status.setText(self.tr("Opslaan…"))
        passage_id = self.passage_id
        self._in_flight += 1

        def saved(view: NoteView) -> None:
            self._in_flight -= 1
            if passage_id == self.passage_id:
                self._saved_body = view.body
                self.note_status.setText(self.tr("Opgeslagen"))
                if view.conflict is not None:
                    self._offer_merge(view)

        def failed(message: str) -> None:
            self._in_flight -= 1
            self._save_failed(message)

        self.actions.save_passage_note(passage_id, body, saved, failed, self._base)

    def _offer_merge(self, view: NoteView) -> NoteMergeDialog:
        """A colleague saved this note too: both texts are kept; offer to merge them."""
        from briefer.ui.dialogs.note_merge import offer_merge

        assert view.conflict is not None
        self.note_status.setText(
            self.tr("Ook gewijzigd door %1: beide teksten zijn bewaard.").replace(
                "%1", view.conflict.their_author or self.tr("iemand anders")
            )
        )
        self.merge_dialog = offer_merge(view, self, self._merge_chosen)
        return self.merge_dialog

    def _merge_chosen(self, text: str) -> None:
        self.note.setPlainText(text)  # saved like any edit, on top of both versions
        self._timer.stop()
        self._save_note()

    def _save_failed(self, message: str) -> None:
        self.note_status.setText(self.tr("Niet opgeslagen: %1").replace("%1", message))
        self.note_status.setStyleSheet("color: #b03a2e;")

    def flush(self) -> None:
        """Save a pending note change now (on passage change and on close)."""
        if self._timer.isActive():
            self._timer.stop()
        if not self.passage_id or self._base is None:
            return
        body = self.note.toPlainText()
        if body != self._saved_body:
            from briefer.core.notes import save_note

            self.actions.workers.wait()
            view = save_note(
                self.state.store,
                body,
                passage_id=self.passage_id,
                base_version_id=self._base.version,
            )
            self._base.version = view.version_id
            self._saved_body = body
            self.state.passage_note_saved.emit(self.passage_id)
            if view.conflict is not None:  # both texts are in the note's history
                self.state.status.emit(
                    self.tr(
                        "Notitie ook gewijzigd door %1: beide teksten staan in de geschiedenis."
                    ).replace("%1", view.conflict.their_author or self.tr("iemand anders"))
                )


def _label(theme: PassageTheme) -> str:
    if theme.manual == EXCLUDE:
        why = texts.tr("uitgesloten")
    elif theme.manual == INCLUDE:
        why = texts.tr("handmatig")
    else:
        why = "; ".join(texts.reasons(theme.reasons[:2]))
    return f"{theme.name} — {why}" if why else theme.name
