"""The briefing composer: choose themes, parts and passages, preview, save and export.

The composer edits one ``BriefingSpec``. Every change goes through
``Actions.edit_briefing`` so it can be undone; the undo command calls back
``_apply_spec``, which puts the spec into the widgets without pushing anything.
A saved briefing is stored again on every change (by the undo command).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.core.briefings import (
    BriefingRow,
    BriefingSpec,
    delete_briefing,
    get_briefing,
    list_briefings,
    save_briefing_at,
)
from briefer.core.errors import BrieferError, NotFoundError, StaleEditError
from briefer.core.theme_list import list_themes
from briefer.ui.actions import Actions
from briefer.ui.dialogs.export_dialog import ExportDialog
from briefer.ui.panels.briefing_preview import BriefingPreview
from briefer.ui.panels.change_bar import ChangeBar
from briefer.ui.panels.composer_items import BriefingItems
from briefer.ui.panels.composer_setup import BriefingSetup
from briefer.ui.panels.part_reasons import part_reasons
from briefer.ui.state import AppState
from briefer.ui.undo import BriefingDraft


class Composer(QWidget):
    def __init__(self, state: AppState, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.spec = self._new_spec()
        self.draft = BriefingDraft()  # the briefing being edited, across undo steps
        # One draft per saved briefing, so that opening it again joins its undo steps
        # (they and the composer must agree on the version they save from).
        self._drafts: dict[int, BriefingDraft] = {}
        self.export_dialog: ExportDialog | None = None
        self._applying = False

        self.saved = QComboBox()
        self.saved.setObjectName("savedBriefings")
        self.saved.setMinimumContentsLength(10)
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved.activated.connect(self._saved_chosen)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete)
        self.saved.setAccessibleName(self.tr("Briefing"))
        self.saved.setToolTip(self.tr("Een opgeslagen briefing openen, of een nieuwe beginnen"))
        top = QHBoxLayout()
        top.addWidget(self.saved, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.delete_button)

        self.tabs = QTabWidget()
        self.setup = BriefingSetup(state)
        self.setup.changed.connect(self._edit)
        self.tabs.addTab(self.setup, self.tr("Opbouw"))
        self.items = BriefingItems(state, actions)
        self.items.changed.connect(self._edit)
        self.tabs.addTab(self.items, self.tr("Passages en spreekpunten"))
        self.preview = BriefingPreview(state, actions)
        self.preview.updated.connect(self._preview_updated)
        self.tabs.addTab(self.preview, self.tr("Voorbeeld"))
        self.length = QLabel()
        self.length.setObjectName("briefingLength")
        self.length.setWordWrap(True)

        self.status = QLabel()
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.open_export_dialog)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)

        self.change_bar = ChangeBar()  # a colleague changed (or deleted) this briefing

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.change_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.length)
        layout.addLayout(bottom)

        state.themes_changed.connect(self._themes_changed)
        state.briefings_changed.connect(self._fill_saved)
        state.current_briefing_changed.connect(self._current_briefing_changed)
        state.library_changed.connect(self._changed_elsewhere)
        self.setup.set_themes(list_themes(state.store))
        self._fill_saved()
        self._apply_spec(self.spec)

    def _new_spec(self) -> BriefingSpec:
        return BriefingSpec(
            title="",
            theme_ids=(),
            briefing_date=date.today(),
            author=self.state.settings.author_or_account(),
            classification=self.state.settings.default_classification,
        )

    # --- spec -> widgets ---------------------------------------------------------
    def _apply_spec(self, spec: BriefingSpec) -> None:
        """Show ``spec`` in every widget; called by undo and redo too, so never edits."""
        if spec.id != self.draft.id and not (spec.id is None and self.draft.id is not None):
            self.draft = self._draft_for(spec)  # another briefing (or a new one)
        self.spec = spec
        self._applying = True
        try:
            self.setup.show_spec(spec)
            self._select_saved(spec.id)
        finally:
            self._applying = False
        self.delete_button.setEnabled(spec.id is not None)
        self.status.setText(
            self.tr("Wijzigingen worden meteen bewaard.")
            if spec.id is not None
            else self.tr("Nog niet opgeslagen.")
        )
        if spec.id != self.state.current_briefing_id:
            self.state.current_briefing_id = spec.id
            self.state.current_briefing_changed.emit(spec.id or 0)
        self.items.show_spec(spec)
        self.preview.set_spec(spec if spec.theme_ids else None)

    def _draft_for(self, spec: BriefingSpec) -> BriefingDraft:
        """The draft of a briefing opened again, if nobody saved it since; else a new one."""
        if spec.id is None:
            return BriefingDraft()
        known = self._drafts.get(spec.id)
        if known is None or known.version != spec.version:  # older steps: refused, not lost
            known = self._drafts[spec.id] = BriefingDraft(spec.id, spec.version)
        return known

    def _fill_saved(self) -> None:
        rows = list_briefings(self.state.store)
        self.saved.clear()
        self.saved.addItem(self.tr("Nieuwe briefing"), 0)
        for row in rows:
            self.saved.addItem(_saved_label(row), row.id)
        self._select_saved(self.spec.id)

    def _select_saved(self, briefing_id: int | None) -> None:
        index = self.saved.findData(briefing_id or 0)
        self.saved.setCurrentIndex(max(index, 0))

    def _preview_updated(self) -> None:
        """The estimated length against the target, parts left out, text the PDF lacks."""
        document = self.preview.document
        if document is None:
            self.length.clear()
            self.setup.show_empty_parts({})
            return
        self.setup.show_empty_parts(part_reasons(document.omitted, list(document.topics)))
        lines = []
        pages, target = self.preview.pages, document.meta.target_pages
        if pages is not None:
            text = (
                self.tr("Geschatte lengte: %1 pagina (doel: %2).")
                if pages == 1
                else self.tr("Geschatte lengte: %1 pagina's (doel: %2).")
            )
            text = text.replace("%1", str(pages)).replace("%2", str(target))
            if pages > target:
                text += " " + self.tr("Langer dan het doel: kort in of laat onderdelen weg.")
                lines.append(_red(text))
            else:
                lines.append(escape(text, quote=False))
        for warning in self.preview.warnings:
            message = self.tr("Let op bij PDF: %1").replace("%1", warning)
            lines.append(_red(message))
        self.length.setText("<br>".join(lines))

    # --- widgets -> spec ---------------------------------------------------------
    def _edit(self, after: BriefingSpec, label: str) -> None:
        if self._applying or after == self.spec:
            return
        if after.id is not None:  # stored at once: it must be valid
            try:
                after.check()
            except BrieferError as exc:
                self.status.setText(_sentence(str(exc)))
                return
        self.actions.edit_briefing(
            self.spec,
            after,
            label or self.tr("Briefing wijzigen"),
            self._apply_spec,
            self.draft,
            self._refused,
        )

    # --- saved briefings ---------------------------------------------------------
    def _saved_chosen(self, index: int) -> None:
        briefing_id = int(self.saved.itemData(index) or 0)
        if briefing_id != (self.spec.id or 0):
            self.load(briefing_id or None)

    def load(self, briefing_id: int | None) -> None:
        """Show a saved briefing (None: a new one). Not an undo step of its own."""
        if briefing_id is None:
            self.draft = BriefingDraft()
            self._apply_spec(self._new_spec())
            return
        try:
            spec = get_briefing(self.state.store, briefing_id)
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Briefing openen"), _sentence(str(exc)))
            self._select_saved(self.spec.id)
            return
        self._apply_spec(spec)

    def save(self) -> None:
        self.setup.commit_texts()
        spec = self.spec
        if spec.id is None and self.draft.id is not None:  # saved before: never a duplicate
            spec = replace(spec, id=self.draft.id)
        base = self.draft.version if spec.id is not None else None
        try:
            saved = save_briefing_at(self.state.store, spec, base_version=base)
        except StaleEditError as exc:  # a colleague saved it since it was loaded
            self._refused(exc)
            return
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Briefing opslaan"), _sentence(str(exc)))
            return
        briefing_id = saved.id or 0
        self.draft.id = briefing_id  # earlier undo steps now change this saved briefing
        self.draft.version = saved.version
        self._drafts[briefing_id] = self.draft
        self.change_bar.hide()
        self.state.briefings_changed.emit()
        self._apply_spec(replace(spec, id=briefing_id))
        self.state.status.emit(self.tr("Briefing opgeslagen."))

    def delete(self) -> None:
        if self.spec.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Briefing verwijderen"),
            self.tr("De briefing „%1” verwijderen? Dit kan niet ongedaan worden gemaakt.").replace(
                "%1", self.spec.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_briefing(self.state.store, self.spec.id)
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Briefing verwijderen"), _sentence(str(exc)))
        self.state.undo_stack.clear()  # earlier steps would store the deleted briefing again
        self._drafts.pop(self.spec.id, None)
        self.draft = BriefingDraft()
        self._apply_spec(self._new_spec())
        self.state.briefings_changed.emit()

    def _current_briefing_changed(self, briefing_id: int) -> None:
        if not self._applying and (briefing_id or None) != self.spec.id:
            self.load(briefing_id or None)

    # --- other changes -----------------------------------------------------------
    def _refused(self, error: StaleEditError) -> None:
        """A save based on an outdated copy was refused: show the briefing as it is now."""
        fresh = error.fresh if isinstance(error.fresh, BriefingSpec) else None
        message = _sentence(str(error)).rstrip(".") + "."
        self.change_bar.tell(message)
        self.state.status.emit(message)
        self._show_fresh(fresh)

    def _show_fresh(self, fresh: BriefingSpec | None) -> None:
        # A new draft: older undo steps keep the old version and are refused, never
        # written over the colleague's work.
        self.draft = BriefingDraft(fresh.id if fresh else None, fresh.version if fresh else None)
        if fresh is not None and fresh.id is not None:
            self._drafts[fresh.id] = self.draft
        self._fill_saved()
        self._apply_spec(fresh if fresh is not None else self._new_spec())

    def _changed_elsewhere(self) -> None:
        """The library moved (a colleague, another window): follow calmly, keep edits."""
        if not self.saved.view().isVisible():
            self._fill_saved()
        if self.spec.id is None or self.draft.version is None:
            return
        try:
            fresh = get_briefing(self.state.store, self.spec.id)
        except NotFoundError:
            self.change_bar.tell(
                self.tr(
                    "Iemand anders heeft deze briefing verwijderd; wat u ziet is niet opgeslagen."
                )
            )
            self._drafts.pop(self.spec.id, None)
            self.draft = BriefingDraft()
            self._apply_spec(replace(self.spec, id=None))
            return
        except BrieferError:
            return
        if fresh.version == self.draft.version:
            if self.isVisible():
                self.refresh()  # their notes, points and passages in the preview
            return
        who = fresh.saved_by or self.tr("Iemand anders")
        if self.setup.has_pending_text():  # never type over the user's words
            self.change_bar.tell(
                self.tr("%1 heeft deze briefing gewijzigd.").replace("%1", who),
                self._reload_current,
            )
            return
        self._show_fresh(fresh)
        self.change_bar.tell(
            self.tr("%1 heeft deze briefing gewijzigd; de nieuwe stand wordt getoond.").replace(
                "%1", who
            )
        )

    def _reload_current(self) -> None:
        if self.spec.id is None:
            return
        try:
            self._show_fresh(get_briefing(self.state.store, self.spec.id))
        except BrieferError as exc:
            self.change_bar.tell(_sentence(str(exc)))

    def _themes_changed(self) -> None:
        self.setup.set_themes(list_themes(self.state.store))
        kept = tuple(tid for tid in self.spec.theme_ids if tid in self.setup.themes)
        # A deleted theme cleared the undo stack; dropping it is no undo step.
        self._apply_spec(replace(self.spec, theme_ids=kept))

    def refresh(self) -> None:
        """Read the passages the user added from the reader, and everything else, again."""
        self.items.reload()
        self.preview.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.items.reload()

    # --- export ------------------------------------------------------------------
    def open_export_dialog(self) -> ExportDialog | None:
        """Ctrl+E: check that there is something to export, then offer the export dialog."""
        self.setup.commit_texts()
        try:
            spec = self.spec.check()
        except BrieferError as exc:
            QMessageBox.warning(self, self.tr("Exporteren"), _sentence(str(exc)))
            return None
        if self.preview.is_current() and self.preview.error:
            QMessageBox.warning(self, self.tr("Exporteren"), _sentence(self.preview.error))
            return None
        self.export_dialog = ExportDialog(self.state, self.actions, spec, self)
        self.export_dialog.open()
        return self.export_dialog


def _saved_label(row: BriefingRow) -> str:
    themes = ", ".join(row.themes)
    return f"{row.title} ({themes})" if themes else row.title


def _red(text: str) -> str:
    return f'<span style="color:#a00000;">{escape(text, quote=False)}</span>'


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
