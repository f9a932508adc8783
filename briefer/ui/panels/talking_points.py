"""The theme's talking points: a numbered list to add to, edit in place, reorder and cite.

Every change goes through Actions (undoable); the list reloads on
``state.points_changed``. Reordering works by drag and drop and by
Ctrl+Up / Ctrl+Down; Del deletes; F2 or a double-click edits.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.errors import BrieferError, StaleEditError
from briefer.core.points import PointRow, list_points
from briefer.core.tags import ThemePassage, theme_passages
from briefer.ui.actions import Actions
from briefer.ui.models.points_model import PointDelegate, PointsModel
from briefer.ui.models.theme_passages_model import citation, draw_empty_hint
from briefer.ui.state import AppState


class PointsListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            draw_empty_hint(painter, self.viewport().rect(), self.empty_text, self.palette())


class CitationPicker(QDialog):
    """The theme's passages with check boxes: which ones a talking point cites."""

    def __init__(
        self, passages: list[ThemePassage], point: PointRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bronnen van spreekpunt %1").replace("%1", str(point.position)))
        self.resize(560, 520)
        self._before = [c.passage_id for c in point.citations]
        self.list = QListWidget()
        self.list.setObjectName("citation-picker")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        shown = {p.id for p in passages}
        rows = [
            (c.passage_id, c.label, c.excerpt) for c in point.citations if c.passage_id not in shown
        ]
        rows += [(p.id, citation(p), _excerpt(p.text)) for p in passages]
        for passage_id, label, excerpt in rows:
            item = QListWidgetItem(f"{label}\n{excerpt}")
            item.setData(Qt.ItemDataRole.UserRole, passage_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = passage_id in self._before
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vink de passages aan waarop dit spreekpunt steunt:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def set_checked(self, passage_id: int, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == passage_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        """Checked passages: the ones cited before keep their order, new ones follow."""
        checked = [
            int(self.list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
        return [pid for pid in self._before if pid in checked] + [
            pid for pid in checked if pid not in self._before
        ]


def _excerpt(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class TalkingPointsView(QWidget):
    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self._theme_id: int | None = None
        self._passage: ThemePassage | None = None  # selected in the Passages list
        self._follow: int | None = None  # point id to select after the next reload
        self._follow_last = False
        self.picker: CitationPicker | None = None

        self.model = PointsModel(self)
        self.list = PointsListView()
        self.list.setObjectName("talking-points")
        self.list.setModel(self.model)
        self.list.setItemDelegate(PointDelegate(self.list))
        self.list.empty_text = self.tr(
            "Nog geen spreekpunten. Typ hieronder het eerste en druk op Enter."
        )
        self.model.edit_requested.connect(self._edit)
        self.model.reorder_requested.connect(self._reorder)
        self.list.selectionModel().currentChanged.connect(self._update_buttons)

        self.link_button = QPushButton(self.tr("Bron koppelen"))
        self.link_button.clicked.connect(self.link_selected_passage)
        self.sources_button = QPushButton(self.tr("Bronnen…"))
        self.sources_button.setToolTip(self.tr("Kies de passages waarop dit spreekpunt steunt"))
        self.sources_button.clicked.connect(self.choose_sources)
        style = self.style()
        self.up_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Omhoog (Ctrl+Pijl omhoog)"),
            lambda: self.move_selected(-1),
        )
        self.down_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Omlaag (Ctrl+Pijl omlaag)"),
            lambda: self.move_selected(1),
        )
        self.reactive_button = QPushButton(self.tr("Reactief"))
        self.reactive_button.setObjectName("reactivePoint")
        self.reactive_button.setCheckable(True)
        self.reactive_button.setToolTip(
            self.tr("Alleen op vraag (Reactief / Q&A in de briefing), niet actief uitdragen")
        )
        self.reactive_button.clicked.connect(self.toggle_reactive)
        self.delete_button = self._tool(  # an icon, so the row fits a narrow pane
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
            self.tr("Het gekozen spreekpunt verwijderen (Del)"),
            self.delete_selected,
        )
        self.delete_button.setAccessibleName(self.tr("Verwijderen"))
        self.new_point = QLineEdit()
        self.new_point.setObjectName("new-point")
        self.new_point.setPlaceholderText(self.tr("Nieuw spreekpunt…"))
        self.new_point.returnPressed.connect(self.add_from_line)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.add_button.clicked.connect(self.add_from_line)
        # Someone else saved a point first (a team library, or a second window).
        self.stale_message = QLabel()
        self.stale_message.setObjectName("stale-point")
        self.stale_message.setWordWrap(True)
        self.stale_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_message.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c36a;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.stale_message.hide()

        tools = QHBoxLayout()
        tools.addWidget(self.link_button)
        tools.addWidget(self.sources_button)
        tools.addWidget(self.reactive_button)
        tools.addStretch(1)
        adding = QHBoxLayout()  # the arrows and the bin beside the new point: one row less wide
        adding.addWidget(self.new_point, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.up_button)
        adding.addWidget(self.down_button)
        adding.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stale_message)
        layout.addWidget(self.list, 1)
        layout.addLayout(adding)
        self.setTabOrder(self.list, self.new_point)
        self.setTabOrder(self.new_point, self.add_button)

        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(keys, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        state.points_changed.connect(self._points_changed)
        state.library_changed.connect(self._changed_elsewhere)
        self._update_buttons()

    def _tool(self, icon: object, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    # --- what is shown ---------------------------------------------------------
    def set_theme(self, theme_id: int | None) -> None:
        if theme_id != self._theme_id:
            self._theme_id = theme_id
            self.new_point.clear()
            self.reload()

    def set_linkable_passage(self, passage: ThemePassage | None) -> None:
        self._passage = passage
        self._update_buttons()

    def reload(self) -> None:
        current = self.selected_point()
        rows = list_points(self.state.store, self._theme_id) if self._theme_id else []
        self.model.set_points(rows)
        follow = self._follow if self._follow is not None else (current.id if current else None)
        if self._follow_last and rows:
            follow = rows[-1].id
        self._follow, self._follow_last = None, False
        row = self.model.row_of(follow) if follow is not None else -1
        if row >= 0:
            self.select_row(row)
        self.new_point.setEnabled(self._theme_id is not None)
        self.add_button.setEnabled(self._theme_id is not None)
        self._update_buttons()

    def _changed_elsewhere(self) -> None:
        """Someone else saved: show the fresh points, unless one is being edited now."""
        if self.list.state() != QAbstractItemView.State.EditingState:
            try:
                self.reload()
            except BrieferError as exc:  # e.g. the theme was deleted meanwhile
                self.state.status.emit(str(exc))

    def _points_changed(self, theme_id: int) -> None:
        if theme_id == self._theme_id:
            self.reload()

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def selected_point(self) -> PointRow | None:
        index = self.list.currentIndex()
        return self.model.point(index.row()) if index.isValid() else None

    def _update_buttons(self, *_: object) -> None:
        point = self.selected_point()
        rows = self.model.rowCount()
        passage = self._passage
        cited = (
            point is not None
            and passage is not None
            and any(c.passage_id == passage.id for c in point.citations)
        )
        self.link_button.setEnabled(point is not None and passage is not None and not cited)
        if passage is None:
            tip = self.tr("Kies boven een passage en hier een spreekpunt om ze te koppelen")
        elif cited:
            tip = self.tr("Dit spreekpunt noemt %1 al als bron").replace("%1", citation(passage))
        else:
            tip = self.tr("%1 als bron van dit spreekpunt koppelen").replace(
                "%1", citation(passage)
            )
        self.link_button.setToolTip(tip)
        self.sources_button.setEnabled(point is not None)
        self.reactive_button.setEnabled(point is not None)
        self.reactive_button.setChecked(point is not None and point.kind == "reactief")
        self.delete_button.setEnabled(point is not None)
        self.up_button.setEnabled(point is not None and point.position > 1)
        self.down_button.setEnabled(point is not None and point.position < rows)

    # --- changes (all undoable) --------------------------------------------------
    def toggle_reactive(self) -> None:
        point = self.selected_point()
        if point is not None:
            kind = "actief" if point.kind == "reactief" else "reactief"
            self.actions.set_point_kind(point.id, kind)

    def add_point(self, text: str) -> bool:
        text = " ".join(text.split())
        if not text or self._theme_id is None:
            return False
        self._follow_last = True
        self.actions.add_point(self._theme_id, text)
        self.state.status.emit(self.tr("Spreekpunt toegevoegd"))
        return True

    def add_from_line(self) -> None:
        if self.add_point(self.new_point.text()):
            self.new_point.clear()
        self.new_point.setFocus()

    def _edit(self, point_id: int, text: str) -> None:
        self._follow = point_id
        row = self.model.row_of(point_id)
        shown = self.model.point(row) if row >= 0 else None
        try:
            self.actions.edit_point(point_id, text, shown.version if shown else None)
            self.stale_message.hide()
        except StaleEditError as exc:  # someone else saved it first: show theirs, say so
            self.reload()
            self.state.status.emit(str(exc))
            # The user's own words stay on screen (selectable), to merge by hand.
            self.stale_message.setText(
                f"{exc}\n" + self.tr("Uw tekst was: %1").replace("%1", f"«{text}»")
            )
            self.stale_message.show()
        except BrieferError as exc:
            self.state.status.emit(str(exc))

    def delete_selected(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        row = self.list.currentIndex().row()
        self.actions.delete_point(point.id)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.state.status.emit(
            self.tr("Spreekpunt %1 verwijderd (Ctrl+Z maakt dit ongedaan)").replace(
                "%1", str(point.position)
            )
        )

    def move_selected(self, step: int) -> None:
        point = self.selected_point()
        if point is None or self._theme_id is None:
            return
        before = self.model.ids()
        row = before.index(point.id)
        target = row + step
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[row], after[target] = after[target], after[row]
        self._reorder(before, after, point.id)

    def _reorder(self, before: list[int], after: list[int], follow: int | None = None) -> None:
        if self._theme_id is None:
            return
        if follow is None and self.model.last_moved:  # a drop: follow what was dragged
            follow = self.model.last_moved[0]
        self._follow = follow
        self.actions.reorder_points(self._theme_id, list(before), list(after))

    def link_selected_passage(self) -> None:
        point, passage = self.selected_point(), self._passage
        if point is None or passage is None:
            return
        ids = [c.passage_id for c in point.citations]
        if passage.id not in ids:
            self._follow = point.id
            self.actions.set_citations(point.id, [*ids, passage.id])
            self.state.status.emit(
                self.tr("Spreekpunt %1 verwijst nu naar %2")
                .replace("%1", str(point.position))
                .replace("%2", citation(passage))
            )

    def choose_sources(self) -> CitationPicker | None:
        point = self.selected_point()
        if point is None or self._theme_id is None:
            return None
        picker = CitationPicker(theme_passages(self.state.store, self._theme_id), point, self)
        picker.accepted.connect(lambda: self._sources_chosen(point, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def _sources_chosen(self, point: PointRow, chosen: list[int]) -> None:
        if chosen != [c.passage_id for c in point.citations]:
            self._follow = point.id
            self.actions.set_citations(point.id, chosen)
