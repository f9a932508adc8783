"""The composer's "Opbouw" page: cover facts, the themes in order, and the parts.

It shows a ``BriefingSpec`` (``show_spec``) and reports every change the user
makes as ``changed(new spec, undo label)``; the composer turns that into an
undoable edit. Typing is committed on Enter, on leaving the field, or after a
short pause, so one edit of a field is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefer.core.briefings import (
    ACHTERGROND,
    BRONNEN,
    KERNPUNTEN,
    NOTITIES,
    PART_TITLES,
    PARTS,
    TOEZEGGINGEN,
    WIJZIGINGEN,
    BriefingSpec,
    place_part,
)
from briefer.core.themes import ThemeRow
from briefer.ui.panels.composer_items import swatch
from briefer.ui.state import AppState

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "geen datum"
TEXT_PAUSE_MS = 600
MARKINGS = ("", "Departementaal vertrouwelijk", "Staatsgeheim Confidentieel", "Intern gebruik")
ROLE_ID = Qt.ItemDataRole.UserRole


class BriefingSetup(QScrollArea):
    changed = Signal(object, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.spec = BriefingSpec(title="", theme_ids=())
        self.themes: dict[int, ThemeRow] = {}
        self._applying = False
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_PAUSE_MS)
        self._text_timer.timeout.connect(self.commit_texts)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Bijvoorbeeld: Bezoek minister aan Beijing"))
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(self.tr("Waarvoor is de briefing?"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setLocale(QLocale("en_GB" if state.settings.language == "en" else "nl_NL"))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("geen datum"))
        self.date.dateChanged.connect(self._date_changed)
        self.author = QLineEdit()
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(list(MARKINGS))
        self.marking.lineEdit().setPlaceholderText(self.tr("geen rubricering"))
        for line in (self.title, self.occasion, self.author, self.marking.lineEdit()):
            line.textEdited.connect(lambda _text: self._text_timer.start())
            line.editingFinished.connect(self.commit_texts)
        self.marking.activated.connect(lambda _index: self.commit_texts())
        form = QFormLayout()
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Aanleiding"), self.occasion)
        form.addRow(self.tr("Datum"), self.date)
        form.addRow(self.tr("Auteur"), self.author)
        form.addRow(self.tr("Rubricering"), self.marking)

        self.all_themes = QComboBox()
        self.all_themes.setObjectName("allThemes")
        self.add_topic = QPushButton(self.tr("Toevoegen"))
        self.add_topic.clicked.connect(self.add_current_theme)
        adding = QHBoxLayout()
        adding.addWidget(self.all_themes, 1)
        adding.addWidget(self.add_topic)
        self.topics = QListWidget()
        self.topics.setObjectName("briefingTopics")
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.kind.setStyleSheet("color: palette(placeholder-text);")
        topic_box = QGroupBox(self.tr("Thema's"))
        topic_layout = QVBoxLayout(topic_box)
        topic_layout.addLayout(adding)
        topic_layout.addLayout(self._with_buttons(self.topics, self.move_topic, self.remove_topic))
        topic_layout.addWidget(self.kind)

        self.parts = QListWidget()
        self.parts.setObjectName("briefingParts")
        self.parts.itemChanged.connect(lambda _item: self._commit_parts())
        part_box = QGroupBox(self.tr("Onderdelen"))
        part_layout = QVBoxLayout(part_box)
        part_layout.addLayout(self._with_buttons(self.parts, self.move_part, None))
        self.cover = QCheckBox(self.tr("Voorblad"))
        self.cover.toggled.connect(
            lambda on: self._emit(replace(self.spec, cover=on), self.tr("Voorblad"))
        )
        self.contents = QCheckBox(self.tr("Inhoudsopgave"))
        self.contents.toggled.connect(
            lambda on: self._emit(
                replace(self.spec, table_of_contents=on), self.tr("Inhoudsopgave")
            )
        )
        extras = QHBoxLayout()  # created after the list's buttons: the focus order follows
        extras.addWidget(self.cover)
        extras.addWidget(self.contents)
        extras.addStretch(1)
        part_layout.addLayout(extras)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(topic_box, 1)
        layout.addWidget(part_box)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(page)

    # --- spec -> widgets ---------------------------------------------------------
    def set_themes(self, themes: list[ThemeRow]) -> None:
        self.themes = {theme.id: theme for theme in themes}
        chosen = self.all_themes.currentData()
        self.all_themes.clear()
        for theme in themes:
            self.all_themes.addItem(swatch(theme.color), theme.name, theme.id)
        self.all_themes.setCurrentIndex(max(self.all_themes.findData(chosen), 0))

    def show_spec(self, spec: BriefingSpec) -> None:
        """Put ``spec`` in the widgets without reporting any change."""
        self._text_timer.stop()
        self.spec = spec
        self._applying = True
        try:
            for line, value in (
                (self.title, spec.title),
                (self.occasion, spec.occasion),
                (self.author, spec.author),
            ):
                if line.text() != value:
                    line.setText(value)
            if self.marking.currentText() != spec.classification:
                self.marking.setCurrentText(spec.classification)
            day = spec.briefing_date
            self.date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            self.cover.setChecked(spec.cover)
            self.contents.setChecked(spec.table_of_contents)
            self._fill_topics()
            self._fill_parts()
        finally:
            self._applying = False

    def _fill_topics(self) -> None:
        current = self.topics.currentRow()
        self.topics.clear()
        for theme_id in self.spec.theme_ids:
            theme = self.themes.get(theme_id)
            item = QListWidgetItem(theme.name if theme else f"#{theme_id}")
            if theme:
                item.setIcon(swatch(theme.color))
            item.setData(ROLE_ID, theme_id)
            self.topics.addItem(item)
        self.topics.setCurrentRow(min(current, self.topics.count() - 1))
        count = len(self.spec.theme_ids)
        if count == 0:
            text = self.tr("Kies een of meer thema's: één thema geeft een briefing.")
        elif count == 1:
            text = self.tr("Eén thema: een briefing.")
        else:
            text = self.tr(
                "%1 thema's: een briefingpakket met één voorblad en één inhoudsopgave."
            ).replace("%1", str(count))
        self.kind.setText(text)

    def _fill_parts(self) -> None:
        titles = {
            KERNPUNTEN: self.tr("Kernpunten"),
            TOEZEGGINGEN: self.tr("Toezeggingen"),
            WIJZIGINGEN: self.tr("Wat is er veranderd"),
            ACHTERGROND: self.tr("Achtergrond"),
            NOTITIES: self.tr("Eigen notities"),
            BRONNEN: self.tr("Bronnen"),
        }
        shown = [self.parts.item(i).data(ROLE_ID) for i in range(self.parts.count())]
        order = list(self.spec.parts) + [p for p in PARTS if p not in self.spec.parts]
        if shown and [p for p in shown if p in self.spec.parts] == list(self.spec.parts):
            order = shown  # keep the place of a part that is switched off
        current = self.parts.currentRow()
        self.parts.clear()
        for part in order:
            item = QListWidgetItem(titles.get(part, PART_TITLES[part]))
            item.setData(ROLE_ID, part)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = part in self.spec.parts
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.parts.addItem(item)
        self.parts.setCurrentRow(current)
        rows = self.parts.sizeHintForRow(0) * self.parts.count()
        self.parts.setFixedHeight(rows + 2 * self.parts.frameWidth() + 4)

    # --- widgets -> spec ---------------------------------------------------------
    def _emit(self, after: BriefingSpec, label: str) -> None:
        if not self._applying and after != self.spec:
            self.changed.emit(after, label)

    def commit_texts(self) -> None:
        """Report the text fields now (before saving or exporting, too)."""
        self._text_timer.stop()
        after = replace(
            self.spec,
            title=self.title.text(),
            occasion=self.occasion.text(),
            author=self.author.text(),
            classification=self.marking.currentText().strip(),
        )
        labels = {
            "title": self.tr("Titel wijzigen"),
            "occasion": self.tr("Aanleiding wijzigen"),
            "author": self.tr("Auteur wijzigen"),
            "classification": self.tr("Rubricering wijzigen"),
        }
        changed = [name for name in labels if getattr(after, name) != getattr(self.spec, name)]
        self._emit(after, labels[changed[0]] if len(changed) == 1 else "")

    def _date_changed(self, value: QDate) -> None:
        day = None if value == NO_DATE else date(value.year(), value.month(), value.day())
        self._emit(replace(self.spec, briefing_date=day), self.tr("Datum wijzigen"))

    def add_current_theme(self) -> None:
        theme_id = self.all_themes.currentData()
        if theme_id is None or theme_id in self.spec.theme_ids:
            return
        after = replace(self.spec, theme_ids=(*self.spec.theme_ids, int(theme_id)))
        self._emit(after, self.tr("Thema toevoegen"))
        self.topics.setCurrentRow(self.topics.count() - 1)

    def remove_topic(self) -> None:
        row = self.topics.currentRow()
        if row >= 0:
            ids = list(self.spec.theme_ids)
            del ids[row]
            self._emit(replace(self.spec, theme_ids=tuple(ids)), self.tr("Thema weghalen"))

    def move_topic(self, delta: int) -> None:
        row, ids = self.topics.currentRow(), list(self.spec.theme_ids)
        if row < 0 or not 0 <= row + delta < len(ids):
            return
        ids[row], ids[row + delta] = ids[row + delta], ids[row]
        self._emit(replace(self.spec, theme_ids=tuple(ids)), self.tr("Thema's ordenen"))
        self.topics.setCurrentRow(row + delta)

    def move_part(self, delta: int) -> None:
        row = self.parts.currentRow()
        if row < 0 or not 0 <= row + delta < self.parts.count():
            return
        self._applying = True
        self.parts.insertItem(row + delta, self.parts.takeItem(row))
        self.parts.setCurrentRow(row + delta)
        self._applying = False
        self._commit_parts(self.tr("Onderdelen ordenen"))

    def _commit_parts(self, label: str = "") -> None:
        items = [self.parts.item(i) for i in range(self.parts.count())]
        parts = tuple(
            item.data(ROLE_ID) for item in items if item.checkState() == Qt.CheckState.Checked
        )
        added = [p for p in parts if p not in self.spec.parts]
        if len(added) == 1 and added[0] in (TOEZEGGINGEN, WIJZIGINGEN):
            parts = place_part(parts, added[0])  # switched on: at its place after Kernpunten
        self._emit(replace(self.spec, parts=parts), label or self.tr("Onderdelen kiezen"))

    def _with_buttons(
        self,
        widget: QListWidget,
        move: Callable[[int], None],
        remove: Callable[[], None] | None,
    ) -> QHBoxLayout:
        """A list with Omhoog / Omlaag (and Weghalen) buttons beside it."""
        buttons = QVBoxLayout()
        up = QPushButton(self.tr("Omhoog"))
        up.clicked.connect(lambda: move(-1))
        down = QPushButton(self.tr("Omlaag"))
        down.clicked.connect(lambda: move(1))
        buttons.addWidget(up)
        buttons.addWidget(down)
        if remove is not None:
            away = QPushButton(self.tr("Weghalen"))
            away.clicked.connect(remove)
            buttons.addWidget(away)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addLayout(buttons)
        return row
