"""The theme editor: name, colour, description and rules, with a live preview.

The preview shows which passages the edited rules *would* tag, computed off the
GUI thread, before anything is saved; "Toepassen" saves and re-tags the library
on the writer thread, with progress and a stop button (stopping keeps everything
as it was).
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.core.colours import look_alike, suggest_colour
from briefer.core.errors import BrieferError
from briefer.core.themes import DEFAULT_COLOR, ThemeRow, fold, get_theme, list_themes
from briefer.tagging.rules import RuleError, validate_terms
from briefer.ui.actions import Actions
from briefer.ui.dialog_size import fit_to_screen
from briefer.ui.dialogs.theme_confirm import (
    loss_description,
    restore_defaults_with_confirmation,
    sentence,
)
from briefer.ui.dialogs.theme_preview import (
    DROPPED,
    NEW,
    Preview,
    compute_preview,
    passages_label,
    preview_html,
)
from briefer.ui.dialogs.theme_save_progress import SaveProgressRow
from briefer.ui.state import AppState
from briefer.ui.workers import Task

__all__ = ["ThemeEditorDialog", "restore_defaults_with_confirmation"]
PREVIEW_DELAY_MS = 400
_HEX = re.compile(r"^#?[0-9a-fA-F]{6}$")


class ThemeEditorDialog(QDialog):
    theme_saved = Signal(int)  # theme id, after create or update (the library is re-tagged)
    theme_deleted = Signal(int)  # theme id
    preview_ready = Signal(object)  # the Preview now shown
    apply_finished = Signal(bool)  # a save ended: True saved, False stopped or refused

    def __init__(
        self,
        state: AppState,
        actions: Actions,
        theme_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.theme_id = theme_id
        self.theme: ThemeRow | None = get_theme(state.store, theme_id) if theme_id else None
        self.preview: Preview | None = None
        self._generation = 0
        self._open = True
        self._task: Task | None = None  # the running save and re-tag
        self._then_close = False
        self._name_touched = theme_id is not None  # a new theme: no error before typing
        self._load_names()
        self.setWindowTitle(self.tr("Thema bewerken") if self.theme else self.tr("Nieuw thema"))
        fit_to_screen(self, 960, 640)
        self._build()
        self._fill()
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self.name_edit.textEdited.connect(self._touch_name)
        for signal in (self.name_edit.textChanged, self.hex_edit.textChanged):
            signal.connect(self._validate)
        self.description_edit.textChanged.connect(self._validate)
        self.terms_edit.textChanged.connect(self._terms_edited)
        state.themes_changed.connect(self._themes_changed)
        self._validate()
        self._start_preview()

    # --- layout ------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_error = self._error_label()
        self.swatch = QPushButton()
        self.swatch.setFixedSize(44, 26)
        self.swatch.setToolTip(self.tr("Kleur kiezen…"))
        self.swatch.clicked.connect(self.choose_color)
        self.hex_edit = QLineEdit()
        self.hex_edit.setMaxLength(7)
        self.hex_edit.setFixedWidth(90)
        self.hex_edit.setPlaceholderText("#RRGGBB")
        self.color_error = self._error_label()
        self.color_hint = QLabel()  # a colour like another theme's: a hint, never a block
        self.color_hint.setObjectName("colorHint")
        self.color_hint.setWordWrap(True)
        self.color_hint.hide()
        self.description_edit = QLineEdit()
        self.terms_edit = QPlainTextEdit()
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setPlaceholderText(self.tr("Eén term per regel"))
        self.terms_error = self._error_label()
        help_label = QLabel(
            self.tr(
                "Eén term per regel; een term wordt alleen als heel woord gevonden. "
                "Een gewoon woord vindt ook de Nederlandse vormen (<i>Rusland</i> → "
                "Ruslands). Een * aan het eind vindt elk woord dat zo begint "
                "(<i>Russisch*</i> → Russische). Meer woorden vormen een woordgroep "
                "(<i>Westelijke Balkan</i>). Tussen aanhalingstekens telt alleen precies "
                'die vorm, ook in hoofdletters (<i>"EU"</i>).'
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")

        color_row = QHBoxLayout()
        color_row.addWidget(self.swatch)
        color_row.addWidget(self.hex_edit)
        color_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Naam:"), self.name_edit), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(_buddy(self.tr("&Kleur:"), self.hex_edit), color_row)
        form.addRow("", self.color_error)
        form.addRow("", self.color_hint)
        form.addRow(_buddy(self.tr("&Beschrijving:"), self.description_edit), self.description_edit)
        form.addRow(_buddy(self.tr("&Regels:"), self.terms_edit), self.terms_edit)
        form.addRow("", self.terms_error)
        form.addRow("", help_label)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.passages_view = QTextBrowser()
        self.passages_view.setOpenLinks(False)
        preview_box = QGroupBox(self.tr("Voorbeeld"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.passages_view, 1)

        columns = QHBoxLayout()
        columns.addLayout(form, 5)
        columns.addWidget(preview_box, 6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Toepassen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.theme is not None)
        self.delete_button.clicked.connect(self.delete_theme)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.progress_row = SaveProgressRow()
        self.progress_row.stop_requested.connect(self.stop_apply)
        self.stop_button = self.progress_row.stop_button
        self.progress_label = self.progress_row.label
        layout.addWidget(self.progress_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        chain = [self.name_edit, self.swatch, self.hex_edit, self.description_edit]
        chain += [self.terms_edit, self.passages_view, *self.buttons.buttons(), self.delete_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #B03A2E;")
        label.hide()
        return label

    def _fill(self) -> None:
        theme = self.theme
        self.name_edit.setText(theme.name if theme else "")
        others = [t.color for t in list_themes(self.state.store) if t.id != self.theme_id]
        self._set_color(
            theme.color if theme else suggest_colour(others) if others else DEFAULT_COLOR
        )
        self.description_edit.setText(theme.description if theme else "")
        self.terms_edit.setPlainText("\n".join(theme.terms) if theme else "")
        self.description_edit.setCursorPosition(0)

    def _set_color(self, color: str) -> None:
        self.hex_edit.setText(color.upper())

    # --- editing and checking -------------------------------------------------------
    def terms(self) -> list[str]:
        return [line.strip() for line in self.terms_edit.toPlainText().splitlines()]

    def color(self) -> str:
        text = self.hex_edit.text().strip().upper()
        return text if text.startswith("#") else "#" + text

    def _values(self) -> tuple[str, str, str, list[str]]:
        terms = validate_terms(self.terms())
        return self.name_edit.text().strip(), self.color(), self.description_edit.text(), terms

    def _terms_error(self) -> str:
        for number, line in enumerate(self.terms_edit.toPlainText().splitlines(), 1):
            try:
                validate_terms([line])
            except RuleError as exc:
                return self.tr("Regel {n}: {message}").format(n=number, message=exc)
        return ""

    def _touch_name(self) -> None:
        self._name_touched = True
        self._validate()

    def _themes_changed(self) -> None:
        """Another window added or renamed a theme: its name is taken now."""
        if self._open:
            self._load_names()
            self._validate()

    def _load_names(self) -> None:
        others = [t for t in list_themes(self.state.store) if t.id != self.theme_id]
        self._names = {fold(t.name): t.name for t in others}
        self._colors = {t.name: t.color for t in others}

    def _name_error(self) -> str:
        name = fold(" ".join(self.name_edit.text().split()))
        if not name:
            return self.tr("Een thema heeft een naam nodig.")
        if name in self._names:
            return self.tr("Er is al een thema ‘{name}’.").format(name=self._names[name])
        return ""

    def _validate(self) -> bool:
        color_ok = bool(_HEX.match(self.hex_edit.text().strip()))
        name_error = self._name_error()
        errors = (
            (self.name_error, name_error),
            (self.color_error, "" if color_ok else self.tr("Gebruik een kleur als #RRGGBB.")),
            (self.terms_error, self._terms_error()),
        )
        for label, message in errors:
            label.setText(message)
            label.setVisible(bool(message) and (label is not self.name_error or self._name_touched))
        if color_ok:
            self.swatch.setStyleSheet(
                f"background-color: {self.color()}; border: 1px solid #777; border-radius: 3px;"
            )
        twin = look_alike(self.color(), self._colors) if color_ok else None
        self.color_hint.setText(
            self.tr(
                "Lijkt op de kleur van ‘%1’: in de lezer zijn ze lastig uit elkaar te houden."
            ).replace("%1", twin or "")
        )
        self.color_hint.setVisible(twin is not None)
        valid = not any(message for _label, message in errors)
        idle = self._task is None  # no second save while one runs
        self.ok_button.setEnabled(valid and idle)
        self.apply_button.setEnabled(valid and idle and self.is_changed())
        return valid

    def is_changed(self) -> bool:
        if self.theme is None:
            return True
        try:
            name, color, description, terms = self._values()
        except RuleError:
            return True
        saved = self.theme
        return (name, color, description.strip(), terms) != (
            saved.name,
            saved.color.upper(),
            saved.description,
            list(saved.terms),
        )

    def _terms_edited(self) -> None:
        self._validate()
        if not self._terms_error():
            self.summary.setText(self.tr("Voorbeeld wordt berekend…"))
            self._timer.start()
        else:
            self._timer.stop()
            self._generation += 1  # a preview still running is no longer wanted
            self.summary.setText(self.tr("Geen voorbeeld: verbeter eerst de regels."))
            self.passages_view.clear()

    def choose_color(self) -> None:
        initial = QColor(self.color()) if _HEX.match(self.hex_edit.text().strip()) else QColor()
        chosen = QColorDialog.getColor(initial, self, self.tr("Kleur van het thema"))
        if chosen.isValid():
            self._set_color(chosen.name())

    # --- preview ---------------------------------------------------------------------
    def _start_preview(self) -> None:
        try:
            terms = validate_terms(self.terms())
        except RuleError:
            return
        self._generation += 1
        generation, store, theme_id = self._generation, self.state.store, self.theme_id
        self.summary.setText(self.tr("Voorbeeld wordt berekend…"))

        def done(preview: object) -> None:
            if self._open and generation == self._generation:
                self._show_preview(preview)  # type: ignore[arg-type]

        def failed(message: str) -> None:
            if self._open and generation == self._generation:
                self.summary.setText(self.tr("Geen voorbeeld: {message}").format(message=message))

        self.actions.workers.read(
            lambda _context: compute_preview(store, theme_id, terms), done, failed
        )

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        new, dropped = len(preview.of(NEW)), len(preview.of(DROPPED))
        if not preview.has_terms and not preview.count:
            summary = self.tr("Nog geen termen.")
        elif self.theme is None:
            summary = self.tr("Met deze regels: {passages}.")
        elif new or dropped:
            summary = self.tr(
                "Met deze regels: {passages} (nu {current}); {new} nieuw, {dropped} vervallen."
            )
        else:
            summary = self.tr("Met deze regels: {passages}, dezelfde als nu.")
        self.summary.setText(
            summary.format(
                passages=passages_label(preview.count),
                current=preview.current,
                new=new,
                dropped=dropped,
            )
        )
        self.passages_view.setHtml(preview_html(preview, new_theme=self.theme is None))
        self.preview_ready.emit(preview)

    # --- saving and deleting -----------------------------------------------------------
    def apply(self, *, then_close: bool = False) -> bool:
        """Save the theme (creating it when new) and re-tag the library in the background.

        True when the save started; ``apply_finished`` tells how it ended. While the
        library is re-tagged the dialog shows progress and a stop button: stopping
        leaves the theme and its tags as they were.
        """
        if self._task is not None or not self._validate():
            return False
        values = self._values()
        self._then_close = then_close
        self._set_busy(True)
        self.progress_row.start()
        self._task = self.actions.save_theme_in_background(
            self.theme_id,
            values,
            self._saved,
            self._save_failed,
            self._save_progress,
            self._save_cancelled,
            expected_version=self.theme.version if self.theme else None,
        )
        return True

    def stop_apply(self) -> None:
        """Stop a running re-tag: nothing of this save is kept."""
        if self._task is not None:
            self._task.cancel()
            self.progress_row.stopping()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.swatch, self.hex_edit, self.description_edit):
            widget.setEnabled(not busy)
        self.terms_edit.setReadOnly(busy)
        self.delete_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)
        self.progress_row.set_busy(busy)
        if not busy:
            self._task = None
            self._validate()

    def _save_progress(self, done: int, total: int, _label: str) -> None:
        if self._task is not None and self.progress_row.accepts_progress():
            self.progress_row.progress(done, total)

    def _save_failed(self, message: str) -> None:
        self._set_busy(False)
        self.apply_finished.emit(False)
        if self._open:
            QMessageBox.warning(self, self.tr("Thema niet opgeslagen"), sentence(message))

    def _save_cancelled(self) -> None:
        self._set_busy(False)
        message = self.tr("Toepassen gestopt: het thema en de tags zijn gebleven zoals ze waren.")
        self.state.status.emit(message)
        if self._open:  # said here too, where the user pressed "Stoppen"
            self.progress_row.stopped(message)
        self.apply_finished.emit(False)

    def _saved(self, theme_id: int) -> None:
        self.theme_id = theme_id
        self._set_busy(False)
        self.theme = get_theme(self.state.store, theme_id)
        self.state.status.emit(
            self.tr("Thema ‘{name}’ opgeslagen: {passages}.").format(
                name=self.theme.name, passages=passages_label(self.theme.passages)
            )
        )
        self.theme_saved.emit(theme_id)
        self.apply_finished.emit(True)
        if self._then_close and self._open:
            self.accept()
            return
        if not self._open:
            return
        self.setWindowTitle(self.tr("Thema bewerken"))
        self.delete_button.setVisible(True)
        self._load_names()
        self._validate()
        self._start_preview()

    def _ok(self) -> None:
        if not self.is_changed():
            self.accept()
        else:
            self.apply(then_close=True)

    def delete_theme(self) -> None:
        if self.theme_id is None or self.theme is None:
            return
        question = loss_description(self.state.store, self.theme_id, self.theme.name)
        answer = QMessageBox.question(
            self,
            self.tr("Thema verwijderen"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        theme_id = self.theme_id
        try:
            self.actions.delete_theme(theme_id, force=True)
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Thema niet verwijderd"), sentence(str(exc)))
            return
        self.state.status.emit(self.tr("Thema ‘{name}’ verwijderd.").format(name=self.theme.name))
        self.theme_deleted.emit(theme_id)
        self.accept()

    def done(self, result: int) -> None:
        if self._task is not None and result != QDialog.DialogCode.Accepted:
            self.stop_apply()  # closing the dialog stops its re-tag; nothing is kept
        self._open = False
        self._timer.stop()
        super().done(result)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
