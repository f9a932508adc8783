"""The Toezeggingen view: every commitment of the letters, the requests of the Kamer (its
moties) and the promises met that were made elsewhere, filtered by kind, theme, letter,
due period and state; overdue ones stand out, met ones say which letter met them. Mark
done, reopen, edit, delete, open the passage it was made in or the one that met it, or
say that a letter does not meet it after all (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.core.commitment_register import (
    DONE,
    MET,
    OPEN,
    OVERDUE,
    TOEZEGGING,
    VERZOEK,
    VOLDAAN,
    CommitmentRow,
)
from briefer.core.errors import BrieferError
from briefer.ui.dialog_size import fit_to_screen
from briefer.ui.intelligence_actions import IntelligenceActions
from briefer.ui.panels.commitments_model import ID_ROLE, OVERDUE_COLOR, CommitmentsModel
from briefer.ui.panels.when_shown import WhenShown
from briefer.ui.state import AppState

__all__ = ["ID_ROLE", "OVERDUE_COLOR", "CommitmentsView"]
# due-period filter: key -> (first day, last day) relative to today; None = no bound
PERIODS = ("all", "overdue_or_soon", "quarter", "year", "undated")
OPTIONAL_COLUMNS = (3, 4)  # Bron and Thema's: shown while the pane has room for them
SUBJECT_ROOM = 220  # the least the subject keeps beside the other columns
MEASURED_ROWS = 1500  # up to this many rows each is as tall as its subject


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
        fit_to_screen(self, 560, 220)


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
            (self.tr("Elke status"), ""),
            (self.tr("Open"), OPEN),
            (self.tr("Verlopen"), OVERDUE),
            (self.tr("Afgedaan"), DONE),
            (self.tr("Voldaan"), MET),
        ):
            self.status.addItem(label, key)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort"))
        for label, kinds in (
            (self.tr("Alle soorten"), None),
            (self.tr("Toezeggingen"), (TOEZEGGING,)),
            (self.tr("Verzoeken van de Kamer"), (VERZOEK,)),
            (self.tr("Elders toegezegd, voldaan"), (VOLDAAN,)),
        ):
            self.kind.addItem(label, kinds)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Termijn"))
        for label, key in (
            (self.tr("Elke termijn"), "all"),
            (self.tr("Binnen 3 maanden"), "soon"),
            (self.tr("Dit jaar"), "year"),
            (self.tr("Zonder termijn"), "undated"),
        ):
            self.period.addItem(label, key)
        # Rows of two: each filter as wide as half the pane, never wider than it
        # (a letter's long title is elided in the closed box, whole in its list).
        filters = QGridLayout()
        for index, combo in enumerate(
            (self.kind, self.theme, self.letter, self.status, self.period)
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo, *divmod(index, 2))
            combo.currentIndexChanged.connect(self.reload)

        self.summary = QLabel()
        self.summary.setObjectName("commitmentsSummary")
        self.when_shown = WhenShown(self, self.reload)
        self.model = CommitmentsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, arrows move rows
        self.table.setObjectName("commitmentsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: taller rows must not narrow the table after its columns are set.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The subject wraps (rows as tall as their subject); the other columns are as
        # wide as their contents, and shown only while the pane has room for them
        # whole: the sentence beneath the table names the source and the themes.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)  # the rest (fit_columns)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(30)
        self._fit_timer.timeout.connect(self.fit_columns)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())
        # A scroll bar that comes or goes changes the room without resizing the view.
        self.table.viewport().installEventFilter(self)
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
        self.proof_button = QPushButton(self.tr("Toon wat voldoet"))
        self.proof_button.setToolTip(self.tr("De zin van de brief die zegt dat dit is voldaan"))
        self.proof_button.clicked.connect(self.show_proof)
        self.unmet_button = QPushButton(self.tr("Niet voldaan"))
        self.unmet_button.setToolTip(
            self.tr(
                "Deze brief voldoet er niet aan: de toezegging is weer open (ongedaan te maken)"
            )
        )
        self.unmet_button.clicked.connect(self.unmet_current)
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.add_button.setToolTip(
            self.tr("Een toezegging in de passage die in de lezer is gekozen")
        )
        self.add_button.clicked.connect(self.add_new)
        # The window sets this: the passage selected in the reader (0: none).
        self.passage_provider: Callable[[], int] | None = None
        # Rows of three, so the pane's least width (a laptop at 150%) holds them.
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.done_button,
                self.edit_button,
                self.delete_button,
                self.show_button,
                self.proof_button,
                self.unmet_button,
                self.add_button,
            )
        ):
            buttons.addWidget(button, *divmod(index, 3))

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
            self.kind.currentData(),
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
        met = sum(1 for row in self.rows if row.status == MET)
        if met:
            count += " · " + self.tr("%1 voldaan").replace("%1", str(met))
        self.summary.setText(count)
        self.model.set_rows(self.rows)
        self.fit_columns()
        if current is not None:
            self.select(current.id)
        self._selected()

    # --- columns ---------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return False

    def fit_columns(self) -> None:
        """Show the optional columns (source, themes) only while the subject keeps
        SUBJECT_ROOM beside them; then make every row as tall as its subject."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        used = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(1, self.model.columnCount())
            if c not in OPTIONAL_COLUMNS
        )
        for column in OPTIONAL_COLUMNS:
            needed = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            fits = width - used - needed >= SUBJECT_ROOM
            self.table.setColumnHidden(column, not fits)
            if fits:
                used += needed
        # The subject takes what the others leave, set now (not at the next layout), so
        # the rows are measured at the width they are shown in.
        subject = max(SUBJECT_ROOM // 2, width - used)
        if header.sectionSize(0) != subject:
            header.resizeSection(0, subject)
        self._fit_rows()

    def _fit_rows(self) -> None:
        header = self.table.verticalHeader()
        if len(self.rows) <= MEASURED_ROWS:
            self.table.resizeRowsToContents()
        else:  # a very long list: two lines a row, the whole subject in its tooltip
            height = self.table.fontMetrics().lineSpacing() * 2 + 8
            header.setDefaultSectionSize(height)

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
        met = row is not None and row.kind != VOLDAAN and bool(row.met_by)
        self.unmet_button.setEnabled(met)
        self.proof_button.setEnabled(met)
        if row is None:
            self.sentence.setText(self.tr("Kies een toezegging om de zin uit de brief te zien."))
            return
        self.done_button.setEnabled(row.kind != VOLDAAN)
        self.done_button.setText(
            self.tr("Heropenen") if row.status == DONE else self.tr("Afgedaan")
        )
        themes = f" · {', '.join(row.themes)}" if row.themes else ""
        lines = [f"“{row.text}” ({row.citation}){themes}"]
        for proof in row.met_by:
            lines.append(
                self.tr("Voldaan door %1: “%2”")
                .replace("%1", proof.citation)
                .replace("%2", proof.text)
            )
        if row.kind == VOLDAAN and row.meets is not None:
            lines.append(
                self.tr("Voldoet aan: %1 (%2, p. %3)")
                .replace("%1", row.meets.subject)
                .replace("%2", row.meets.letter)
                .replace("%3", str(row.meets.page))
            )
        self.sentence.setText("\n".join(lines))
        self.sentence.setToolTip(self.sentence.text())

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

    def unmet_current(self) -> None:
        row = self.current()
        if row is not None and row.met_by:
            self.actions.unmet(row.id)
            self.state.status.emit(
                self.tr("Niet voldaan: %1 (Ctrl+Z maakt het ongedaan)").replace("%1", row.subject)
            )

    def show_proof(self) -> None:
        row = self.current()
        if row is not None and row.met_by and row.met_by[0].passage_id is not None:
            proof = row.met_by[0]
            self.open_passage.emit(proof.letter_id, proof.passage_id)

    def show_in_letter(self) -> None:
        row = self.current()
        if row is not None and row.passage_id is not None:
            self.open_passage.emit(row.letter_id, row.passage_id)
