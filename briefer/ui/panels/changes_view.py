"""The Wijzigingen view: two letters (or two versions of one) side by side, per theme
or whole: passages that are new, gone or changed, with the words marked."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError
from briefer.core.letter_comparison import ChangedPair, ChangePassage, Changes, Side
from briefer.ui.dialogs.version_dialog import VersionDialog
from briefer.ui.intelligence_actions import IntelligenceActions
from briefer.ui.panels.when_shown import WhenShown
from briefer.ui.state import AppState

ROLE = Qt.ItemDataRole.UserRole + 1
ADDED_BG, REMOVED_BG = "#bfe8c4", "#f5c6c1"
INSERTED = f"<span style='background:{ADDED_BG}; font-weight:600'>{{}}</span>"
DELETED = f"<span style='background:{REMOVED_BG}; text-decoration: line-through'>{{}}</span>"
KIND_COLOR = {"added": "#1b6e2a", "removed": "#b3261e", "changed": "#8a5a00"}


def _side_key(side: Side) -> str:
    return f"{side.letter_id}:{side.version or 0}"


class ChangesView(QWidget):
    """Emits ``open_passage(letter_id, passage_id)`` to show a passage in the reader."""

    open_passage = Signal(int, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesView")
        self.state = state
        self.actions = IntelligenceActions(state, self)
        self.result: Changes | None = None
        self.entries: list[tuple[str, object]] = []

        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Eerdere brief"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Latere brief"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Thema"))
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Van")), 0, 0)
        form.addWidget(self.source, 0, 1)
        form.addWidget(QLabel(self.tr("Naar")), 1, 0)
        form.addWidget(self.target, 1, 1)
        form.addWidget(QLabel(self.tr("Thema")), 2, 0)
        form.addWidget(self.theme, 2, 1)
        self.read_button = QPushButton(self.tr("Lezen…"))
        self.read_button.setToolTip(self.tr("De oudere versie lezen (alleen lezen)"))
        self.read_button.clicked.connect(self.read_version)
        form.addWidget(self.read_button, 0, 2)
        form.setColumnStretch(1, 1)
        for combo in (self.source, self.target, self.theme):
            combo.currentIndexChanged.connect(self.compare)

        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.show_in_letter())
        self.before = QTextBrowser()
        self.before.setObjectName("changesBefore")
        self.after = QTextBrowser()
        self.after.setObjectName("changesAfter")
        sides = QSplitter(Qt.Orientation.Horizontal)
        for title, browser in ((self.tr("Eerder"), self.before), (self.tr("Nu"), self.after)):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{escape(title)}</b>"))
            column.addWidget(browser)
            sides.addWidget(box)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(sides)
        split.setSizes([220, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        state.letters_changed.connect(self.refill)
        state.themes_changed.connect(self.refill)
        self.when_shown = WhenShown(self, self.compare)
        self.refill(compare=False)  # the comparison when the view is first shown

    # --- choices ---------------------------------------------------------------
    def refill(self, compare: bool = True) -> None:
        combos = (self.source, self.target, self.theme)
        kept = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        letters = sorted(self.actions.letters(), key=lambda r: (r.date is None, r.date, r.id))
        sides: list[tuple[str, Side]] = []
        older = self.actions.older_versions()  # one query, not one per letter
        for letter in letters:
            for number in older.get(letter.id, []):
                sides.append(
                    (
                        self.tr("%1 (versie %2)")
                        .replace("%1", letter.label)
                        .replace("%2", str(number)),
                        Side(letter.id, number),
                    )
                )
            sides.append((letter.label, Side(letter.id)))
        for label, side in sides:
            self.source.addItem(label, _side_key(side))
            self.target.addItem(label, _side_key(side))
        self.theme.addItem(self.tr("Hele brief"), 0)
        for theme in self.actions.themes():
            self.theme.addItem(theme.name, theme.id)
        defaults = [
            sides[-2][1] if len(sides) > 1 else None,
            sides[-1][1] if sides else None,
        ]
        if kept[0] == kept[1]:  # no pair chosen yet (or only one letter before): the newest two
            kept[0] = kept[1] = None
        for combo, value, default in zip(combos, kept, [*defaults, None], strict=True):
            index = combo.findData(value) if value is not None else -1
            if index < 0 and default is not None:
                index = combo.findData(_side_key(default))
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        if compare:
            self.compare()

    def choose(self, source: Side, target: Side, theme_id: int = 0) -> None:
        for combo, value in (
            (self.source, _side_key(source)),
            (self.target, _side_key(target)),
            (self.theme, theme_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.compare()

    @staticmethod
    def _side(key: object) -> Side | None:
        if not isinstance(key, str):
            return None
        letter, version = key.split(":")
        return Side(int(letter), int(version) or None)

    # --- comparing -------------------------------------------------------------
    def read_version(self) -> None:
        """Open the older version chosen under "Van", read-only."""
        side = self._side(self.source.currentData())
        if side is None or side.version is None:
            return
        passages = self.actions.version_text(side.letter_id, side.version)
        VersionDialog(self.source.currentText(), passages, self).exec()

    def ensure_loaded(self) -> None:
        """Compare now if a comparison waited for the view to be shown."""
        self.when_shown.ensure()

    def compare(self) -> None:
        # Comparing two long letters takes a while: not while the window is built or
        # while another tab is open, but when the view is shown.
        if not self.when_shown.due():
            return
        source_side = self._side(self.source.currentData())
        self.read_button.setEnabled(source_side is not None and source_side.version is not None)
        self.list.clear()
        self.entries = []
        self.before.clear()
        self.after.clear()
        source, target = (
            self._side(self.source.currentData()),
            self._side(self.target.currentData()),
        )
        if source is None or target is None or source == target:
            self.result = None
            self.summary.setText(
                self.tr("Kies twee verschillende brieven of versies om te vergelijken.")
            )
            return
        try:
            self.result = self.actions.changes(source, target, self.theme.currentData() or None)
        except BrieferError as exc:
            self.result = None
            self.summary.setText(str(exc))
            return
        result = self.result
        self.summary.setText(
            self.tr("%1 nieuw, %2 vervallen, %3 gewijzigd")
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.removed)))
            .replace("%3", str(len(result.changed)))
        )
        labels = {
            "added": self.tr("Nieuw"),
            "removed": self.tr("Vervallen"),
            "changed": self.tr("Gewijzigd"),
        }
        entries: list[tuple[str, object]] = [("added", p) for p in result.added]
        entries += [("changed", pair) for pair in result.changed]
        entries += [("removed", p) for p in result.removed]
        for kind, entry in entries:
            passage = entry.after if isinstance(entry, ChangedPair) else entry
            assert isinstance(passage, ChangePassage)
            excerpt = " ".join(passage.text.split())[:160]
            item = QListWidgetItem(f"{labels[kind]} · {passage.citation}\n{excerpt}…")
            item.setForeground(QBrush(QColor(KIND_COLOR[kind])))
            item.setData(ROLE, len(self.entries))
            self.list.addItem(item)
            self.entries.append((kind, entry))
        if entries:
            self.list.setCurrentRow(0)
        else:
            self.before.setPlainText(self.tr("Geen verschillen."))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        kind, entry = self.entries[row]
        if isinstance(entry, ChangedPair):
            before = "".join(
                escape(text) if op == "=" else DELETED.format(escape(text))
                for op, text in entry.diff
                if op != "+"
            )
            after = "".join(
                escape(text) if op == "=" else INSERTED.format(escape(text))
                for op, text in entry.diff
                if op != "-"
            )
            self.before.setHtml(self._page(before, entry.before.citation))
            self.after.setHtml(self._page(after, entry.after.citation))
            return
        assert isinstance(entry, ChangePassage)
        colour = ADDED_BG if kind == "added" else REMOVED_BG
        marked = f"<span style='background:{colour}'>{escape(entry.text)}</span>"
        absent = f"<i>{escape(self.tr('(niet in deze brief)'))}</i>"
        if kind == "added":
            self.before.setHtml(absent)
            self.after.setHtml(self._page(marked, entry.citation))
        else:
            self.before.setHtml(self._page(marked, entry.citation))
            self.after.setHtml(absent)

    @staticmethod
    def _page(body: str, citation: str) -> str:
        return f"<p>{body}</p><p style='color:#6b6b6b'>{escape(citation)}</p>"

    def show_in_letter(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        _kind, entry = self.entries[row]
        candidates = [entry.after, entry.before] if isinstance(entry, ChangedPair) else [entry]
        for passage in candidates:
            if isinstance(passage, ChangePassage) and passage.id is not None:
                self.open_passage.emit(passage.letter_id, passage.id)
                return
