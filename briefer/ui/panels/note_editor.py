"""The theme note: plain text with light Markdown, saved while the user types.

Nothing typed may be lost. Edits are saved ~800 ms after the last key on the
writer thread; a pending save is sent at once when the theme changes or the
editor is hidden; ``flush()`` saves synchronously (the main window calls it on
close). A text whose save failed is kept here, shown again when its theme is
chosen, and retried.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QHideEvent, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError, NotFoundError
from briefer.core.notes import NoteBase, NoteView, clean_note_text, get_note, save_note
from briefer.ui.actions import Actions
from briefer.ui.dialogs.note_history import NoteHistoryDialog, local_time
from briefer.ui.dialogs.note_merge import NoteMergeDialog, offer_merge
from briefer.ui.formatting import date_text
from briefer.ui.models.theme_passages_model import mute
from briefer.ui.state import AppState

DEBOUNCE_MS = 800
RETRY_MS = 5_000
FLUSH_WAIT_MS = 15_000
_ERROR_STYLE = "color: #B03A2E;"


class MarkdownHighlighter(QSyntaxHighlighter):
    """Headings, list markers, **bold** and *italic*: enough to read the structure."""

    _RULES = (
        (re.compile(r"\*\*[^*\n]+\*\*"), "bold"),
        (re.compile(r"(?<![*\w])[*_][^*_\n]+[*_](?![*\w])"), "italic"),
        (re.compile(r"^\s*([-*+]|\d+[.)])\s"), "marker"),
    )

    def __init__(self, document: object) -> None:
        super().__init__(document)  # type: ignore[arg-type]
        self._heading = QTextCharFormat()
        self._heading.setFontWeight(QFont.Weight.Bold)
        self._heading.setForeground(QColor("#1F4E79"))
        self._formats = {name: QTextCharFormat() for name in ("bold", "italic", "marker")}
        self._formats["bold"].setFontWeight(QFont.Weight.Bold)
        self._formats["italic"].setFontItalic(True)
        self._formats["marker"].setForeground(QColor("#1F618D"))

    def highlightBlock(self, text: str) -> None:
        if re.match(r"^#{1,6}\s", text):
            self.setFormat(0, len(text), self._heading)
            return
        for pattern, name in self._RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])


class NoteEditor(QWidget):
    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self._theme_id: int | None = None
        self._loading = False
        self._dirty = False  # the editor holds text not yet handed to the writer
        self._edits = 0  # counts keystrokes, so a late save knows whether it is still current
        self._outbox: dict[int, str] = {}  # theme -> text sent (or failed), not yet confirmed
        self._failed: set[int] = set()
        self._in_flight = 0
        self.history_dialog: NoteHistoryDialog | None = None
        # The version each theme's text builds on (a colleague's save in between is a
        # conflict: both are kept and the merge dialog opens).
        self._bases: dict[int, NoteBase] = {}
        self.merge_dialog: NoteMergeDialog | None = None

        self.edit = QPlainTextEdit()
        self.edit.setObjectName("theme-note")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(
            self.tr(
                "Schrijf hier uw notities bij dit thema. Ze worden vanzelf opgeslagen.\n\n"
                "Opmaak mag: # kop, - opsomming, **vet**, *cursief*."
            )
        )
        self.edit.textChanged.connect(self._changed)
        MarkdownHighlighter(self.edit.document())
        self.status = QLabel()
        self.status.setObjectName("note-status")
        self.status.setWordWrap(True)
        mute(self.status)
        self.history_button = QPushButton(self.tr("Versies…"))
        self.history_button.setToolTip(self.tr("Eerdere versies van deze notitie bekijken"))
        self.history_button.clicked.connect(self.open_history)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addLayout(bottom)
        state.note_saved.connect(self._saved_elsewhere)
        # A colleague (or another window) saved: show it, unless the user is typing.
        state.library_changed.connect(lambda: self._saved_elsewhere(0))
        self._load()

    # --- public ----------------------------------------------------------------
    @property
    def theme_id(self) -> int | None:
        return self._theme_id

    def text(self) -> str:
        return self.edit.toPlainText()

    def is_saved(self) -> bool:
        return not self._dirty and not self._outbox

    def set_theme(self, theme_id: int | None) -> None:
        if theme_id == self._theme_id:
            return
        self.save_now()  # hand the old theme's text to the writer first
        self._theme_id = theme_id
        self._load()

    def flush(self) -> bool:
        """Save everything now and wait for it (on close). False if something failed."""
        self._timer.stop()
        if self._dirty and self._theme_id is not None:
            self._outbox[self._theme_id] = self.edit.toPlainText()
            self._dirty = False
        if not self._outbox:
            return True
        if self._in_flight:  # let earlier saves land first, so the newest text wins
            self.actions.workers.writer.waitForDone(FLUSH_WAIT_MS)
        ok = True
        for theme_id, body in list(self._outbox.items()):
            try:
                base = self._bases.get(theme_id)
                if base is None:
                    view = save_note(self.state.store, body, theme_id=theme_id)
                else:
                    view = save_note(
                        self.state.store, body, theme_id=theme_id, base_version_id=base.version
                    )
                    base.version = view.version_id
            except NotFoundError:  # the theme was deleted, with its notes, on purpose
                self._outbox.pop(theme_id, None)
                self._failed.discard(theme_id)
                continue
            except Exception as exc:
                ok = False
                self._failed.add(theme_id)
                if theme_id == self._theme_id:
                    self._dirty = True
                    self._show_error(self.tr("Niet opgeslagen: %1").replace("%1", str(exc)))
                continue
            if self._outbox.get(theme_id) == body:
                del self._outbox[theme_id]
            self._failed.discard(theme_id)
            if theme_id == self._theme_id:
                self._show_saved(view)
            self.state.note_saved.emit(theme_id)
        return ok

    def save_now(self) -> None:
        """Send the pending text to the writer now (debounce over, theme change, hidden)."""
        self._timer.stop()
        if not self._dirty or self._theme_id is None:
            return
        theme_id, body, edits = self._theme_id, self.edit.toPlainText(), self._edits
        self._dirty = False
        self._outbox[theme_id] = body
        self._in_flight += 1
        self._show_quiet(self.tr("Opslaan…"))
        self.actions.save_theme_note(
            theme_id,
            body,
            on_saved=lambda view: self._saved(theme_id, body, edits, view),
            on_error=lambda message: self._save_failed(theme_id, body, edits, message),
            base=self._bases.get(theme_id),
        )

    def open_history(self) -> NoteHistoryDialog | None:
        if self._theme_id is None:
            return None
        self.flush()  # the text on screen becomes a version before any other is restored
        view = get_note(self.state.store, theme_id=self._theme_id)
        if view.id is None:
            return None
        dialog = NoteHistoryDialog(self.state, self.actions, view.id, self)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(dialog.deleteLater)
        self.history_dialog = dialog
        dialog.open()
        return dialog

    # --- loading and saving ----------------------------------------------------
    def _load(self) -> None:
        self._timer.stop()
        theme_id = self._theme_id
        self.edit.setEnabled(theme_id is not None)
        if theme_id is None:
            self._set_text("")
            self.history_button.setEnabled(False)
            self._show_quiet("")
            return
        view = get_note(self.state.store, theme_id=theme_id)
        unsent = self._outbox.get(theme_id)
        if unsent is None:  # nothing of ours on its way: the text builds on the newest
            self._bases[theme_id] = NoteBase(view.version_id)
        self._set_text(view.body if unsent is None else unsent)
        self.history_button.setEnabled(view.versions > 0)
        if theme_id in self._failed:
            self._dirty = True
            self._show_error(
                self.tr("Deze tekst is nog niet opgeslagen; Briefer probeert het opnieuw.")
            )
            self._timer.start(RETRY_MS)
        else:
            self._dirty = False
            self._show_saved(view)

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False

    def _changed(self) -> None:
        if self._loading or self._theme_id is None:
            return
        self._dirty = True
        self._edits += 1
        self._show_quiet(self.tr("Opslaan…"))
        self._timer.start(DEBOUNCE_MS)

    def _saved(self, theme_id: int, body: str, edits: int, view: NoteView) -> None:
        self._in_flight -= 1
        if view.conflict is not None and theme_id == self._theme_id:
            self._offer_merge(view)
        if self._outbox.get(theme_id) == body:
            del self._outbox[theme_id]
            self._failed.discard(theme_id)
        if theme_id == self._theme_id and edits == self._edits and not self._dirty:
            self._show_saved(view)
            self.history_button.setEnabled(view.versions > 0)

    def _save_failed(self, theme_id: int, body: str, edits: int, message: str) -> None:
        self._in_flight -= 1
        self._failed.add(theme_id)
        if theme_id == self._theme_id:
            self._dirty = True
            self._show_error(self.tr("Niet opgeslagen: %1").replace("%1", message))
            if edits == self._edits:
                self._timer.start(RETRY_MS)

    def _saved_elsewhere(self, theme_id: int) -> None:
        """Another part of the app saved a note (or restored a version): show it if calm."""
        if self._theme_id is None or theme_id not in (0, self._theme_id):
            return
        if self._dirty or self._theme_id in self._outbox:
            return  # the user's newer text wins; it is on its way to the database
        view = get_note(self.state.store, theme_id=self._theme_id)
        self.history_button.setEnabled(view.versions > 0)
        try:
            same = clean_note_text(self.edit.toPlainText()) == view.body
        except BrieferError:
            same = False
        self._bases[self._theme_id] = NoteBase(view.version_id)
        if not same:
            position = self.edit.textCursor().position()
            self._set_text(view.body)
            cursor = self.edit.textCursor()
            cursor.setPosition(min(position, len(view.body)))
            self.edit.setTextCursor(cursor)
            self._show_saved(view)

    def _offer_merge(self, view: NoteView) -> NoteMergeDialog:
        """A colleague saved this note too: both texts are kept; offer to merge them."""
        self.merge_dialog = offer_merge(view, self, self._merge_chosen)
        return self.merge_dialog

    def _merge_chosen(self, text: str) -> None:
        self.edit.setPlainText(text)  # saved like any edit, on top of both versions
        self.save_now()

    def _restored(self, view: NoteView) -> None:
        self._timer.stop()
        if self._theme_id is not None:
            self._bases[self._theme_id] = NoteBase(view.version_id)
        self._dirty = False
        self._set_text(view.body)
        self.history_button.setEnabled(view.versions > 0)
        stamp = local_time(view.updated_at or datetime.now()).strftime("%H:%M")
        self._show_quiet(self.tr("Eerdere versie teruggezet om %1").replace("%1", stamp))

    # --- status line -----------------------------------------------------------
    def _show_saved(self, view: NoteView) -> None:
        if view.updated_at is None:
            self._show_quiet("")
            return
        moment = local_time(view.updated_at)
        if view.author and view.author != self.state.store.author:  # a colleague's text
            text = (
                self.tr("Notitie van %1, %2")
                .replace("%1", view.author)
                .replace("%2", moment.strftime("%H:%M"))
            )
        elif moment.date() == datetime.now().astimezone().date():
            text = self.tr("Opgeslagen om %1").replace("%1", moment.strftime("%H:%M"))
        else:
            text = (
                self.tr("Opgeslagen op %1 om %2")
                .replace("%1", date_text(moment.date()))
                .replace("%2", moment.strftime("%H:%M"))
            )
        self._show_quiet(text)

    def _show_quiet(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(_ERROR_STYLE)
        self.status.setText(text)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
