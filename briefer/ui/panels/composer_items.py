"""The composer's list of talking points and passages of the chosen themes.

Each item has a checkbox (unchecked = left out of the briefing); a passage can
be moved up or down. Passages the user sent from the reader are starred; one
that is on none of the chosen themes gets a note with a button to include it.
The items are read on the shared read pool, so a large library never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.briefings import BriefingSpec
from briefer.core.citations import pages_label
from briefer.core.errors import BrieferError
from briefer.core.library import PassageDetail, passage_detail
from briefer.core.points import PointRow, list_points
from briefer.core.tags import ThemePassage, theme_passages
from briefer.core.theme_list import ThemeRow, get_theme
from briefer.ui.actions import Actions
from briefer.ui.safe_refill import SafeRefill
from briefer.ui.state import AppState
from briefer.ui.workers import TaskContext

ROLE_KEY = Qt.ItemDataRole.UserRole + 1  # ("point" | "passage", id, theme id)
STAR = "★"


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def ordered(passages: list[ThemePassage], order: tuple[int, ...]) -> list[ThemePassage]:
    """The passages as the briefing lists them (as compose.assemble sorts them)."""
    rank = {pid: index for index, pid in enumerate(order)}
    return sorted(passages, key=lambda p: rank.get(p.id, len(rank)))


def _excerpt(text: str, length: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


@dataclass
class _Loaded:
    themes: list[tuple[ThemeRow, list[PointRow], list[ThemePassage]]] = field(default_factory=list)
    strays: list[PassageDetail] = field(default_factory=list)  # added, on no chosen theme


class BriefingItems(QWidget):
    """Emits ``changed(spec, label)`` for every choice; ``show_spec`` to follow the spec."""

    changed = Signal(object, str)

    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.spec: BriefingSpec | None = None
        self.loaded = _Loaded()
        self._generation = 0
        self._arrived_generation = 0
        self._filling = False
        self._refill = SafeRefill(self, self._fill)

        self.tree = QTreeWidget()
        self.tree.setObjectName("briefingItems")
        self.tree.setHeaderHidden(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.up = QPushButton(self.tr("Omhoog"))
        self.up.setShortcut(QKeySequence("Ctrl+Up"))
        self.up.setToolTip(self.tr("Passage eerder in de briefing (Ctrl+↑)"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down = QPushButton(self.tr("Omlaag"))
        self.down.setShortcut(QKeySequence("Ctrl+Down"))
        self.down.setToolTip(self.tr("Passage later in de briefing (Ctrl+↓)"))
        self.down.clicked.connect(lambda: self.move_current(1))
        hint = QLabel(
            self.tr("Vink uit wat niet in de briefing hoort. %1 = door u toegevoegd.").replace(
                "%1", STAR
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)

        self.note = QFrame()
        self.note.setObjectName("strayPassages")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setStyleSheet("#strayPassages { background: #fff8e1; border-radius: 4px; }")
        self.note_layout = QVBoxLayout(self.note)
        self.note_layout.setContentsMargins(8, 6, 8, 6)
        self.note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        state.tags_changed.connect(self.reload)
        state.points_changed.connect(self.reload)
        state.letters_changed.connect(self.reload)
        state.themes_changed.connect(self.reload)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------
    def show_spec(self, spec: BriefingSpec) -> None:
        themes_changed = self.spec is None or self.spec.theme_ids != spec.theme_ids
        self.spec = spec
        if themes_changed:
            self.reload()
        else:
            self._refill()

    def ready(self) -> bool:
        """True when the list shows the current themes (for tests and callers)."""
        return self._arrived_generation == self._generation and not self._refill.pending

    def reload(self, *_: object) -> None:
        """Read the chosen themes' points and passages again (e.g. after tagging)."""
        if self.spec is None:
            return
        self._generation += 1
        generation, store = self._generation, self.state.store
        theme_ids, added = self.spec.theme_ids, list(self.state.briefing_passages)

        def work(_context: TaskContext) -> tuple[int, _Loaded]:
            loaded = _Loaded()
            on_theme: set[int] = set()
            for theme_id in theme_ids:
                try:
                    theme = get_theme(store, theme_id)
                except BrieferError:
                    continue  # deleted meanwhile
                passages = theme_passages(store, theme_id)
                on_theme.update(p.id for p in passages)
                loaded.themes.append((theme, list_points(store, theme_id), passages))
            for passage_id in dict.fromkeys(added):
                if passage_id not in on_theme:
                    try:
                        loaded.strays.append(passage_detail(store, passage_id))
                    except BrieferError:
                        continue
            return generation, loaded

        self.actions.workers.read(work, self._arrived)

    def _arrived(self, result: tuple[int, _Loaded]) -> None:
        generation, loaded = result
        if generation != self._generation:
            return
        self._arrived_generation = generation
        self.loaded = loaded
        self._refill()
        self._fill_note()

    # --- the tree --------------------------------------------------------------
    def _fill(self) -> None:
        spec = self.spec
        if spec is None:
            return
        current = self._key(self.tree.currentItem())
        scroll = self.tree.verticalScrollBar().value()
        added = set(self.state.briefing_passages)
        self._filling = True
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        grey = QBrush(QColor("#6b6b6b"))
        select: QTreeWidgetItem | None = None
        for theme, points, passages in self.loaded.themes:
            top = QTreeWidgetItem([theme.name])
            top.setIcon(0, swatch(theme.color))
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            group = QTreeWidgetItem(
                top, [self.tr("Spreekpunten (%1)").replace("%1", str(len(points)))]
            )
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setForeground(0, grey)
            if not points:
                empty = QTreeWidgetItem(group, [self.tr("Nog geen spreekpunten.")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(0, grey)
            for number, point in enumerate(points, 1):
                item = self._checkable(group, f"{number}. {_excerpt(point.text)}", point.text)
                item.setCheckState(0, _check(point.id not in spec.excluded_points))
                item.setData(0, ROLE_KEY, ("point", point.id, theme.id))
                select = item if current == ("point", point.id, theme.id) else select
            label = self.tr("Passages (%1)").replace("%1", str(len(passages)))
            group = QTreeWidgetItem(top, [label])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setForeground(0, grey)
            for passage in ordered(passages, spec.passage_order):
                mine = passage.id in added
                pages = pages_label(passage.first_page, passage.last_page)
                text = f"{pages} · {_excerpt(passage.text)}"
                item = self._checkable(group, f"{STAR} {text}" if mine else text, passage.text)
                if mine:
                    item.setFont(0, bold)
                    item.setToolTip(
                        0,
                        self.tr("Door u toegevoegd vanuit de lezer.")
                        + "\n\n"
                        + _wrap(passage.text),
                    )
                item.setCheckState(0, _check(passage.id not in spec.excluded_passages))
                item.setData(0, ROLE_KEY, ("passage", passage.id, theme.id))
                select = item if current == ("passage", passage.id, theme.id) else select
        if not spec.theme_ids:
            hint = QTreeWidgetItem([self.tr("Kies eerst een thema op het tabblad Opbouw.")])
            hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
            hint.setForeground(0, grey)
            self.tree.addTopLevelItem(hint)
        self.tree.expandAll()
        self._filling = False
        if select is not None:
            self.tree.setCurrentItem(select)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _checkable(self, parent: QTreeWidgetItem, text: str, full: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setToolTip(0, _wrap(full))
        return item

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> tuple[str, int, int] | None:
        if item is None:
            return None
        key = item.data(0, ROLE_KEY)
        return tuple(key) if key else None  # type: ignore[return-value]

    def items(self, kind: str) -> list[QTreeWidgetItem]:
        """Every point or passage item, in the order shown (for tests and callers)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for g in range(top.childCount()):
                group = top.child(g)
                for c in range(group.childCount()):
                    key = self._key(group.child(c))
                    if key and key[0] == kind:
                        found.append(group.child(c))
        return found

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        with self._refill.inside():  # the new spec comes back here: refill afterwards
            self._report_check(item)

    def _report_check(self, item: QTreeWidgetItem) -> None:
        key = self._key(item)
        if self._filling or key is None or self.spec is None:
            return
        kind, item_id, _theme = key
        keep = item.checkState(0) == Qt.CheckState.Checked
        if kind == "point":
            points = self.spec.excluded_points
            points = points - {item_id} if keep else points | {item_id}
            spec = replace(self.spec, excluded_points=points)
            label = self.tr("Spreekpunt opnemen") if keep else self.tr("Spreekpunt weglaten")
        else:
            passages = self.spec.excluded_passages
            passages = passages - {item_id} if keep else passages | {item_id}
            spec = replace(self.spec, excluded_passages=passages)
            label = self.tr("Passage opnemen") if keep else self.tr("Passage weglaten")
        if spec != self.spec:
            self.changed.emit(spec, label)

    def _update_buttons(self) -> None:
        key = self._key(self.tree.currentItem())
        movable = key is not None and key[0] == "passage"
        self.up.setEnabled(movable)
        self.down.setEnabled(movable)

    def move_current(self, delta: int) -> None:
        """Move the selected passage ``delta`` places (within its theme)."""
        key = self._key(self.tree.currentItem())
        if key is None or key[0] != "passage" or self.spec is None:
            return
        _kind, passage_id, theme_id = key
        for theme, _points, passages in self.loaded.themes:
            if theme.id != theme_id:
                continue
            ids = [p.id for p in ordered(passages, self.spec.passage_order)]
            index = ids.index(passage_id)
            target = index + delta
            if not 0 <= target < len(ids):
                return
            ids[index], ids[target] = ids[target], ids[index]
            rest = [pid for pid in self.spec.passage_order if pid not in set(ids)]
            spec = replace(self.spec, passage_order=tuple(ids + rest))
            self.changed.emit(spec, self.tr("Passage verplaatsen"))
            return

    # --- passages added from the reader that are on no chosen theme -------------
    def _fill_note(self) -> None:
        while self.note_layout.count():
            child = self.note_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.deleteLater()
        strays = self.loaded.strays
        self.note.setVisible(bool(strays) and bool(self.loaded.themes))
        for passage in strays[:5]:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = self.tr("%1 %2 (%3) staat niet bij een gekozen thema.")
            text = text.replace("%1", STAR).replace("%2", f"„{_excerpt(passage.text, 60)}”")
            label = QLabel(text.replace("%3", pages_label(passage.first_page, passage.last_page)))
            label.setWordWrap(True)
            label.setToolTip(_wrap(passage.text))
            line.addWidget(label, 1)
            line.addWidget(self._include_button(passage.id))
            self.note_layout.addWidget(row)

    def _include_button(self, passage_id: int) -> QPushButton:
        themes = [theme for theme, _points, _passages in self.loaded.themes]
        if len(themes) == 1:
            button = QPushButton(self.tr("Opnemen in %1").replace("%1", themes[0].name))
            button.clicked.connect(lambda: self.actions.include_passage(passage_id, themes[0].id))
            return button
        button = QPushButton(self.tr("Opnemen in thema"))
        menu = QMenu(button)
        for theme in themes:
            action = menu.addAction(swatch(theme.color), theme.name)
            action.triggered.connect(
                lambda _checked=False, tid=theme.id: self.actions.include_passage(passage_id, tid)
            )
        button.setMenu(menu)
        return button


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def _wrap(text: str, width: int = 80) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines[:20])
