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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefer.core.briefing_parts import PART_REGISTRY, WIJZIGINGEN, offered_order, part_title
from briefer.core.briefings import BriefingSpec
from briefer.core.letter_comparison import Side
from briefer.core.theme_list import ThemeRow
from briefer.settings import MARKINGS
from briefer.ui import texts
from briefer.ui.panels.composer_changes import ComparisonPicker, spec_source, with_source
from briefer.ui.panels.composer_items import swatch
from briefer.ui.panels.part_reasons import REASON_ROLE, PartReasonDelegate
from briefer.ui.safe_refill import SafeRefill
from briefer.ui.state import AppState

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "geen datum"
TEXT_PAUSE_MS = 600
ROLE_ID = Qt.ItemDataRole.UserRole


class BriefingSetup(QScrollArea):
    changed = Signal(object, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.spec = BriefingSpec(title="", theme_ids=())
        self.themes: dict[int, ThemeRow] = {}
        self._applying = False
        self._refill_parts = SafeRefill(self, self._fill_parts)
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
        self.all_themes.setMinimumContentsLength(10)  # narrow panes: the names in its list
        self.all_themes.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
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
        self.parts.setToolTip(
            self.tr("Vink aan wat erin moet; dubbelklik om een onderdeel te hernoemen.")
        )
        self.parts.itemChanged.connect(self._part_item_changed)
        # part -> (why it is left out, or which topics of a pack lack it; whether the
        # whole document leaves it out), from the preview
        self.empty_parts: dict[str, tuple[str, bool]] = {}
        self.parts.setItemDelegate(PartReasonDelegate(self.parts))
        part_box = QGroupBox(self.tr("Onderdelen"))
        part_layout = QVBoxLayout(part_box)
        part_layout.addLayout(self._with_buttons(self.parts, self.move_part, None))
        self.compare = ComparisonPicker(state)  # for "Wat is er veranderd", right beneath
        self.compare.chosen.connect(self._compare_chosen)
        part_layout.addWidget(self.compare)
        self.language = QComboBox()
        self.language.setObjectName("briefingLanguage")
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        self.language.activated.connect(
            lambda _index: self._emit(
                replace(self.spec, language=str(self.language.currentData())),
                self.tr("Taal van de briefing"),
            )
        )
        self.target = QSpinBox()
        self.target.setObjectName("targetPages")
        self.target.setRange(1, 99)
        self.target.setSuffix(self.tr(" pagina's per onderwerp"))
        self.target.valueChanged.connect(
            lambda value: self._emit(
                replace(self.spec, target_pages=int(value)), self.tr("Doellengte wijzigen")
            )
        )
        self.annex = QCheckBox(self.tr("Bijlage met de volledige brontekst"))
        self.annex.toggled.connect(
            lambda on: self._emit(replace(self.spec, annex=on), self.tr("Bijlage"))
        )
        shape = QFormLayout()
        shape.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        shape.addRow(self.tr("Taal van de export"), self.language)
        shape.addRow(self.tr("Doellengte"), self.target)
        shape.addRow("", self.annex)
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
        part_layout.addLayout(shape)

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
        self._offer_themes()

    def _offer_themes(self) -> None:
        """The themes not in the briefing yet (a theme stands once in a briefing)."""
        chosen = self.all_themes.currentData()
        taken = set(self.spec.theme_ids) if self.spec is not None else set()
        self.all_themes.clear()
        for theme in self.themes.values():
            if theme.id not in taken:
                self.all_themes.addItem(swatch(theme.color), theme.name, theme.id)
        self.all_themes.setCurrentIndex(max(self.all_themes.findData(chosen), 0))
        self.add_topic.setEnabled(self.all_themes.count() > 0)

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
            self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
            self.target.setValue(spec.target_pages)
            self.annex.setChecked(spec.annex)
            self._fill_topics()
            self._refill_parts()  # after Qt is done with a ticked or renamed part
            self.compare.show_choice(spec_source(spec), WIJZIGINGEN in spec.parts)
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
        self._offer_themes()
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

    def part_text(self, part: str) -> str:
        """The part's name as the document will print it (the user's own, or the default)."""
        return part_title(part, self.spec.language, self.spec.titles)

    def _fill_parts(self) -> None:
        shown = [self.parts.item(i).data(ROLE_ID) for i in range(self.parts.count())]
        order = offered_order(self.spec.parts)
        if shown and [p for p in shown if p in self.spec.parts] == list(self.spec.parts):
            order = shown  # keep the place of a part that is switched off
        current = self.parts.currentRow()
        was = self._applying
        self._applying = True
        try:
            self.parts.clear()
            for part in order:
                item = QListWidgetItem(self.part_text(part))
                item.setData(ROLE_ID, part)
                item.setFlags(
                    item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                )
                on = part in self.spec.parts
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self._mark(item)
                self.parts.addItem(item)
        finally:
            self._applying = was
        self.parts.setCurrentRow(current)
        rows = self.parts.sizeHintForRow(0) * min(self.parts.count(), 12)
        self.parts.setFixedHeight(rows + 2 * self.parts.frameWidth() + 4)

    def show_empty_parts(self, reasons: dict[str, tuple[str, bool]]) -> None:
        """Grey out the chosen parts the document leaves out, the reason beside them."""
        self.empty_parts = reasons
        was = self._applying
        self._applying = True
        try:
            for index in range(self.parts.count()):
                self._mark(self.parts.item(index))
        finally:
            self._applying = was

    def _mark(self, item: QListWidgetItem) -> None:
        part = item.data(ROLE_ID)
        reason, everywhere = self.empty_parts.get(part, ("", False))
        chosen = item.checkState() == Qt.CheckState.Checked
        if chosen and reason and everywhere:
            item.setForeground(self.palette().placeholderText())
            why = texts.omission_reason(reason)
            item.setData(REASON_ROLE, self.tr("leeg: %1").replace("%1", why))
            item.setToolTip(self.tr("Leeg, dus weggelaten: %1").replace("%1", why))
        elif chosen and reason:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setData(REASON_ROLE, self.tr("leeg bij %1").replace("%1", reason))
            item.setToolTip(self.tr("Weggelaten bij %1: daar is niets voor").replace("%1", reason))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setData(REASON_ROLE, None)
            item.setToolTip("")

    # --- widgets -> spec ---------------------------------------------------------
    def _emit(self, after: BriefingSpec, label: str) -> None:
        if not self._applying and after != self.spec:
            self.changed.emit(after, label)

    def has_pending_text(self) -> bool:
        """True while the user has typed into a text field what the spec does not hold yet."""
        return self._text_timer.isActive() or (
            self.spec is not None
            and (
                self.title.text() != self.spec.title
                or self.occasion.text() != self.spec.occasion
                or self.author.text() != self.spec.author
            )
        )

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

    def _part_item_changed(self, item: QListWidgetItem) -> None:
        with self._refill_parts.inside():  # the new spec comes back here: refill afterwards
            self._part_changed(item)

    def _part_changed(self, item: QListWidgetItem) -> None:
        if self._applying:
            return
        part = item.data(ROLE_ID)
        text = " ".join(item.text().split())
        if text and text != self.part_text(part):  # renamed by the user
            titles = dict(self.spec.part_titles)
            default = PART_REGISTRY[part].title(self.spec.language)
            if text == default:
                titles.pop(part, None)
            else:
                titles[part] = text
            self._emit(
                replace(self.spec, part_titles=tuple(titles.items())),
                self.tr("Onderdeel hernoemen"),
            )
            return
        if not text:
            self._applying = True
            item.setText(self.part_text(part))
            self._applying = False
        self._commit_parts()

    def _commit_parts(self, label: str = "") -> None:
        items = [self.parts.item(i) for i in range(self.parts.count())]
        parts = tuple(
            item.data(ROLE_ID) for item in items if item.checkState() == Qt.CheckState.Checked
        )
        after = replace(self.spec, parts=parts)
        if WIJZIGINGEN in parts and WIJZIGINGEN not in self.spec.parts and not after.changes_from:
            after = with_source(after, self.compare.default())  # one undo step with the part
        self._emit(after, label or self.tr("Onderdelen kiezen"))

    def _compare_chosen(self, side: Side | None) -> None:
        self._emit(with_source(self.spec, side), self.tr("Vergelijken met"))

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
