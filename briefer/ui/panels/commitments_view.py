"""The Toezeggingen view: every commitment of the letters, filtered by theme, letter,
due period and state; overdue ones stand out. Mark done, reopen, edit, delete, and
open the passage it was made in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.core.commitment_register import DONE, OPEN, OVERDUE, CommitmentRow
from briefer.core.errors import BrieferError
from briefer.ui.intelligence_actions import IntelligenceActions
from briefer.ui.panels.commitments_model import ID_ROLE, OVERDUE_COLOR, CommitmentsModel
from briefer.ui.panels.when_shown import WhenShown
from briefer.ui.state import AppState

__all__ = ["ID_ROLE", "OVERDUE_COLOR", "CommitmentsView"]
# due-period filter: key -> (first day, last day) relative to today; None = no bound
PERIODS = ("all", "overdue_or_soon", "quarter", "year", "undated")


class CommitmentDialog(QDialog):
    """Edit what is promised and when it is due."""

    def __init__(
        self, subject: str, due: str, sentence_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toezegging"))
        self.subject = QLineEdit(subject)
        self.due = QLineEdit(due)
        self.due.setPlaceholderText(self.tr("bijv. Q3 2022, 2022-06-01, voor de zomer, eind 2022"))
        sentence = QLabel(sentence_text)
        sentence.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Onderwerp"), self.subject)
        form.addRow(self.tr("Termijn"), self.due)
        form.addRow(self.tr("In de brief"), sentence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 220)


class CommitmentsView(QWidget):
    """Emits ``open_passage(letter_id, passage_id)`` to show a commitment in the reader."""

    open_passage = Signal(int, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsView")
        self.state = state
        self.actions = IntelligenceActions(state, self)
        self.rows: list[CommitmentRow] = []

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Thema"))
        self.letter = QComboBox()
        self.letter.setAccessibleName(self.tr("Brief"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for label, key in (
            (self.tr("Alle"), ""),
            (self.tr("Open"), OPEN),
            (self.tr("Verlopen"), OVERDUE),
            (self.tr("Afgedaan"), DONE),
        ):
            self.status.addItem(label, key)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Termijn"))
        for label, key in (
            (self.tr("Elke termijn"), "all"),
            (self.tr("Binnen 3 maanden"), "soon"),
            (self.tr("Dit jaar"), "year"),
            (self.tr("Zonder termijn"), "undated"),
        ):
            self.period.addItem(label, key)
        filters = QHBoxLayout()
        for combo in (self.theme, self.letter, self.status, self.period):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.reload)

        self.summary = QLabel()
        self.summary.setObjectName("commitmentsSummary")
        self.when_shown = WhenShown(self, self.reload)
        self.model = CommitmentsModel(self)
        self.table = QTableView()
        self.table.setObjectName("commitmentsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        # One line a row (the sentence is shown beneath): no row measured, however many.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(4, 140)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.show_in_letter())

        self.sentence = QLabel()
        self.sentence.setObjectName("commitmentSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_button = QPushButton(self.tr("Afgedaan"))
        self.done_button.clicked.connect(self.toggle_done)
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_current)
        self.show_button = QPushButton(self.tr("Toon in brief"))
        self.show_button.clicked.connect(self.show_in_letter)
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.add_button.setToolTip(
            self.tr("Een toezegging in de passage die in de lezer is gekozen")
        )
        self.add_button.clicked.connect(self.add_new)
        # The window sets this: the passage selected in the reader (0: none).
        self.passage_provider: Callable[[], int] | None = None
        buttons = QHBoxLayout()
        for button in (self.done_button, self.edit_button, self.delete_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sentence)
        layout.addLayout(buttons)

        self.actions.commitments_changed.connect(self.reload)
        state.commitments_changed.connect(self.follow)  # a colleague's changes
        state.letters_changed.connect(self.refill)
        state.themes_changed.connect(self.refill)
        state.tags_changed.connect(self.reload)
        self.refill(load=False)  # the table when the view is first shown

    # --- filters ---------------------------------------------------------------
    def refill(self, load: bool = True) -> None:
        """Reload the theme and letter lists (keeping the choices), then the table."""
        for combo in (self.theme, self.letter):
            combo.blockSignals(True)
        theme, letter = self.theme.currentData(), self.letter.currentData()
        self.theme.clear()
        self.theme.addItem(self.tr("Alle thema's"), 0)
        for row in self.actions.themes():
            self.theme.addItem(row.name, row.id)
        self.letter.clear()
        self.letter.addItem(self.tr("Alle brieven"), 0)
        for row in self.actions.letters():
            self.letter.addItem(row.label, row.id)
        for combo, value in ((self.theme, theme), (self.letter, letter)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        if load:
            self.reload()

    def follow(self) -> None:
        """Reload for someone else's change: keep the selection and the scroll position."""
        scrolled = self.table.verticalScrollBar().value()
        self.reload()
        self.table.verticalScrollBar().setValue(scrolled)

    def set_theme(self, theme_id: int) -> None:
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme_id)))

    def _in_period(self, row: CommitmentRow, today: date) -> bool:
        period = self.period.currentData()
        if period == "undated":
            return row.due_date is None
        if period == "soon":
            return row.due_date is not None and row.due_date <= today + timedelta(days=92)
        if period == "year":
            return row.due_date is not None and row.due_date.year == today.year
        return True

    # --- table -----------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Fill the table if a reload waited for the view to be shown."""
        self.when_shown.ensure()

    def reload(self) -> None:
        # A library of 1,000 letters holds some 16,000 commitments: read them when the
        # view is shown, not while the window is built or while another tab is open.
        if not self.when_shown.due():
            return
        current = self.current()
        today = self.actions.today()
        rows = self.actions.commitments(
            self.letter.currentData() or None,
            self.theme.currentData() or None,
            self.status.currentData() or None,
        )
        self.rows = [row for row in rows if self._in_period(row, today)]
        overdue = sum(1 for row in self.rows if row.status == OVERDUE)
        count = (
            self.tr("1 toezegging")
            if len(self.rows) == 1
            else self.tr("%1 toezeggingen").replace("%1", str(len(self.rows)))
        )
        if overdue:
            count += " · " + self.tr("%1 verlopen").replace("%1", str(overdue))
        self.summary.setText(count)
        self.model.set_rows(self.rows)
        if current is not None:
            self.select(current.id)
        self._selected()

    def select(self, commitment_id: int) -> bool:
        for number, row in enumerate(self.rows):
            if row.id == commitment_id:
                self.table.selectRow(number)
                return True
        return False

    def current(self) -> CommitmentRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected:
            return None
        number = selected[0].row()
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def _selected(self) -> None:
        row = self.current()
        for button in (self.done_button, self.edit_button, self.delete_button, self.show_button):
            button.setEnabled(row is not None)
        self.show_button.setEnabled(row is not None and row.passage_id is not None)
        if row is None:
            self.sentence.setText(self.tr("Kies een toezegging om de zin uit de brief te zien."))
            return
        self.done_button.setText(
            self.tr("Heropenen") if row.status == DONE else self.tr("Afgedaan")
        )
        themes = f" · {', '.join(row.themes)}" if row.themes else ""
        self.sentence.setText(f"“{row.text}” ({row.citation}){themes}")

    # --- user actions ----------------------------------------------------------
    def toggle_done(self) -> None:
        row = self.current()
        if row is not None:
            self.actions.mark_done(row.id, row.status != DONE)

    def delete_current(self) -> None:
        row = self.current()
        if row is not None:
            self.actions.delete(row.id)
            self.state.status.emit(self.tr("Toezegging verwijderd: %1").replace("%1", row.subject))

    def edit_current(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = CommitmentDialog(row.subject, row.due_phrase or row.due, row.text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.actions.edit(row.id, dialog.subject.text(), dialog.due.text())
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Toezegging"), str(exc))

    def add_new(self) -> None:
        """A commitment the user found: in the passage selected in the reader."""
        passage_id = self.passage_provider() if self.passage_provider else 0
        if not passage_id:
            QMessageBox.information(
                self,
                self.tr("Toezegging"),
                self.tr("Kies eerst in de lezer de passage waarin de toezegging staat."),
            )
            return
        text = self.actions.passage_text(passage_id)
        dialog = CommitmentDialog("", "", text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            new_id = self.actions.add(passage_id, dialog.subject.text(), dialog.due.text())
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Toezegging"), str(exc))
            return
        self.status.setCurrentIndex(0)
        self.select(new_id)

    def show_in_letter(self) -> None:
        row = self.current()
        if row is not None and row.passage_id is not None:
            self.open_passage.emit(row.letter_id, row.passage_id)
