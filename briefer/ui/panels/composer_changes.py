"""The composer's choice of the letter "Wat is er veranderd" compares against.

Beneath the list of parts, enabled while that part is chosen: every letter of
the library, newest first, each followed by its older versions. The first
entry, "Automatisch", follows the library (the newest letter's previous
version or the latest earlier letter of the same kind); turning the part on
picks that default explicitly, so the briefing keeps comparing the same two
letters when more are imported. The choice is saved with the briefing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from briefer.core.briefings import BriefingSpec
from briefer.core.letter_comparison import Side
from briefer.core.library import LetterRow
from briefer.ui.intelligence_actions import IntelligenceActions
from briefer.ui.state import AppState

AUTOMATIC = ""


def side_key(side: Side | None) -> str:
    return AUTOMATIC if side is None else f"{side.letter_id}:{side.version or 0}"


def key_side(key: str) -> Side | None:
    if not key:
        return None
    letter, version = key.split(":")
    return Side(int(letter), int(version) or None)


def _letter_text(row: LetterRow) -> str:
    parts = [row.label]
    if row.kamerstuk and row.title:
        parts.append(row.title)
    if row.date:
        parts.append(row.date.strftime("%d-%m-%Y"))
    return " · ".join(parts)


def spec_source(spec: BriefingSpec) -> Side | None:
    """The letter or version a briefing compares against (None: automatic)."""
    return Side(spec.changes_from, spec.changes_from_version) if spec.changes_from else None


def with_source(spec: BriefingSpec, side: Side | None) -> BriefingSpec:
    letter, version = (side.letter_id, side.version) if side else (None, None)
    return replace(spec, changes_from=letter, changes_from_version=version)


class ComparisonPicker(QWidget):
    """Emits ``chosen(side or None)`` when the user picks another letter or version."""

    chosen = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = IntelligenceActions(state, self)
        self.combo = QComboBox()
        self.combo.setObjectName("changesFrom")
        self.combo.setAccessibleName(self.tr("Vergelijken met"))
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setToolTip(
            self.tr("'Wat is er veranderd' zet de nieuwste brief naast deze brief of versie.")
        )
        self.label = QLabel(self.tr("&Vergelijken met"))
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        self._current: Side | None = None
        self._filling = False
        self.combo.activated.connect(self._activated)
        state.letters_changed.connect(self.refill)
        self.refill()

    def default(self) -> Side | None:
        return self.actions.default_comparison()

    def refill(self) -> None:
        self._filling = True
        try:
            self.combo.clear()
            default = self.default()
            names: dict[str, str] = {}
            letters = sorted(
                self.actions.letters(), key=lambda r: (r.date is not None, r.date, r.id)
            )
            letters.reverse()  # newest first
            older = self.actions.older_versions()
            entries: list[tuple[str, str]] = []
            for row in letters:
                entries.append((_letter_text(row), side_key(Side(row.id))))
                names[side_key(Side(row.id))] = row.label
                for number in reversed(older.get(row.id, [])):
                    text = self.tr("%1 (versie %2)").replace("%1", row.label)
                    text = text.replace("%2", str(number))
                    entries.append(("    " + text, side_key(Side(row.id, number))))
                    names[side_key(Side(row.id, number))] = text
            automatic = self.tr("Automatisch")
            if default is not None and side_key(default) in names:
                automatic += f" ({names[side_key(default)]})"
            self.combo.addItem(automatic, AUTOMATIC)
            for text, key in entries:
                self.combo.addItem(text, key)
        finally:
            self._filling = False
        self.show_choice(self._current, self.isEnabled())

    def show_choice(self, side: Side | None, enabled: bool) -> None:
        """Show ``side`` (None: automatic) without reporting a change."""
        self._current = side
        index = self.combo.findData(side_key(side))
        if index < 0 and side is not None:  # a letter since deleted: say so
            self.combo.addItem(self.tr("(brief niet meer in de bibliotheek)"), side_key(side))
            index = self.combo.count() - 1
        self._filling = True
        self.combo.setCurrentIndex(max(index, 0))
        self._filling = False
        self.setEnabled(enabled)

    def _activated(self, index: int) -> None:
        if self._filling:
            return
        side = key_side(str(self.combo.itemData(index) or ""))
        if side != self._current:
            self.chosen.emit(side)
