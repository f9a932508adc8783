"""The saved versions of a note, newest first, with a preview and "restore this version"."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError
from briefer.core.notes import VersionRow, note_versions
from briefer.ui.actions import Actions
from briefer.ui.dialog_size import fit_to_screen
from briefer.ui.formatting import date_time_text, number_text
from briefer.ui.models.theme_passages_model import mute
from briefer.ui.state import AppState


def local_time(moment: datetime) -> datetime:
    """The database keeps UTC (read back without a zone); show the user's own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def when_label(moment: datetime) -> str:
    return date_time_text(local_time(moment))


def summary(body: str, limit: int = 90) -> str:
    """The first lines of a note without Markdown marks, for a list of versions."""
    lines = [line.strip().lstrip("#-*+ ").strip() for line in body.splitlines()]
    text = " · ".join(line for line in lines if line)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NoteHistoryDialog(QDialog):
    restored = Signal(object)  # the NoteView after restoring

    def __init__(
        self, state: AppState, actions: Actions, note_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.setWindowTitle(self.tr("Eerdere versies van de notitie"))
        fit_to_screen(self, 780, 480)
        self.versions: list[VersionRow] = note_versions(state.store, note_id)

        self.list = QListWidget()
        self.list.setObjectName("versions")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        for index, version in enumerate(self.versions):
            words = len(version.body.split())
            facts = [
                when_label(version.saved_at),
                self.tr("1 woord")
                if words == 1
                else self.tr("%1 woorden").replace("%1", number_text(words)),
            ]
            if version.author:
                facts.insert(1, self.tr("door %1").replace("%1", version.author))
            if index == 0:
                facts.append(self.tr("huidige tekst"))
            gist = summary(version.body) or self.tr("(lege notitie)")
            item = QListWidgetItem("  ·  ".join(facts) + "\n" + gist)
            item.setToolTip(self.tr("Versie %1").replace("%1", str(version.number)))
            self.list.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("version-preview")
        self.preview.setReadOnly(True)
        self.caption = QLabel()
        mute(self.caption)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([330, 450])
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.restore_button = QPushButton(self.tr("Deze versie terugzetten"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Elke opgeslagen tekst blijft bewaard. Terugzetten maakt van de gekozen "
                "versie de nieuwste; de huidige tekst blijft in deze lijst staan."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show)
        if self.versions:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        self.list.setFocus()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.preview.clear()
            self.caption.setText(self.tr("Nog geen versies."))
            self.restore_button.setEnabled(False)
            return
        version = self.versions[row]
        self.preview.setPlainText(version.body)
        self.caption.setText(
            self.tr("Versie %1, opgeslagen op %2")
            .replace("%1", str(version.number))
            .replace("%2", when_label(version.saved_at))
        )
        current = row == 0
        self.restore_button.setEnabled(not current)
        self.restore_button.setToolTip(self.tr("Dit is de huidige tekst.") if current else "")

    def select_version(self, number: int) -> None:
        """Select a version by its number (1 = the first saved one)."""
        for row, version in enumerate(self.versions):
            if version.number == number:
                self.list.setCurrentRow(row)
                return

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 < row < len(self.versions):
            return
        try:
            view = self.actions.restore_note_version(self.versions[row].id)
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Terugzetten mislukt"), str(exc))
            return
        self.restored.emit(view)
        self.accept()
