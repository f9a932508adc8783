"""Suggested talking points in the theme workspace: the government's stated positions in
the theme's passages. One click makes one a talking point citing its passage (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.points import REACTIEF
from briefer.core.suggestions import Suggestion
from briefer.ui.actions import Actions
from briefer.ui.intelligence_actions import IntelligenceActions
from briefer.ui.state import AppState

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionsPanel(QWidget):
    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions")
        self.state = state
        self.actions = actions
        self.reading = IntelligenceActions(state, self)
        self.theme_id: int | None = None
        self.found: list[Suggestion] = []
        self._stale = True

        self.hint = QLabel(
            self.tr(
                "Standpunten van het kabinet in de passages over dit thema. "
                "Maak er met één klik een spreekpunt van, met de passage als bron."
            )
        )
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("suggestionsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        self.accept_button = QPushButton(self.tr("Als spreekpunt toevoegen"))
        self.accept_button.clicked.connect(self.accept_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        state.points_changed.connect(self._changed)
        state.tags_changed.connect(self._changed)
        state.letters_changed.connect(self._changed)
        self._update_button()

    def set_theme(self, theme_id: int | None) -> None:
        self.theme_id = theme_id
        self._changed()

    def _changed(self, *_: object) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        row = self.list.currentRow()
        self.list.clear()
        self.found = self.reading.suggestions(self.theme_id) if self.theme_id else []
        for number, item in enumerate(self.found):
            text = f"{item.text}\n— {item.citation}"
            if item.kind == REACTIEF:  # an answer to Kamervragen: said when asked
                asked = item.question if len(item.question) <= 160 else item.question[:157] + "…"
                text = self.tr("Reactief, antwoord op: “%1”").replace("%1", asked) + "\n" + text
            entry = QListWidgetItem(text)
            entry.setData(INDEX_ROLE, number)
            entry.setToolTip(item.citation)
            self.list.addItem(entry)
        if self.found:
            self.list.setCurrentRow(min(max(row, 0), len(self.found) - 1))
        self._update_button()

    def _update_button(self) -> None:
        self.accept_button.setEnabled(0 <= self.list.currentRow() < len(self.found))

    def accept_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.found) and self.theme_id:
            item = self.found[row]
            self.actions.add_point(self.theme_id, item.text, [item.passage_id], item.kind)
