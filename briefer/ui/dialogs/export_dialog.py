"""Export a briefing to Word or PDF: format, one file or one per theme, target, progress.

The export runs on the writer thread (``Actions.export``) with a progress bar
and an "Annuleren" button that really stops it. When it is done the dialog
says where the file is and offers to open it or its folder; an error is shown
in plain words and the dialog stays open to try again.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefer.compose.assemble import slug
from briefer.core.briefings import BriefingSpec
from briefer.ui.actions import Actions
from briefer.ui.recent_exports_menu import remember_exports
from briefer.ui.state import AppState
from briefer.ui.workers import Task

SUFFIXES = (".docx", ".pdf")


class ExportDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        actions: Actions,
        spec: BriefingSpec,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.actions = actions
        self.spec = spec
        self.task: Task | None = None
        self.written: list[Path] = []
        self.outcome = ""  # "", "done", "failed" or "cancelled": the last export's end
        self._cancel_requested = False
        self._started = 0.0
        self._confirmed: Path | None = None  # chosen in the file dialog, which asked already
        self.setWindowTitle(self.tr("Briefing exporteren"))
        self.setMinimumWidth(520)
        pack = len(spec.theme_ids) > 1

        intro = QLabel(
            (self.tr("Briefingpakket „%1”") if pack else self.tr("Briefing „%1”")).replace(
                "%1", spec.title
            )
        )
        intro.setStyleSheet("font-weight: 600;")
        intro.setWordWrap(True)
        self.word = QRadioButton(self.tr("Word (.docx)"))
        self.pdf = QRadioButton(self.tr("PDF"))
        # The format the preferences name (Bestand › Voorkeuren), Word unless set to PDF.
        (self.pdf if state.settings.export_format == "pdf" else self.word).setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.word)
        formats.addButton(self.pdf)
        format_row = QHBoxLayout()
        format_row.addWidget(self.word)
        format_row.addWidget(self.pdf)
        format_row.addStretch(1)
        self.single = QRadioButton(self.tr("Eén document"))
        self.split = QRadioButton(self.tr("Een bestand per thema"))
        self.single.setChecked(True)
        split_group = QButtonGroup(self)
        split_group.addButton(self.single)
        split_group.addButton(self.split)
        split_row = QHBoxLayout()
        split_row.addWidget(self.single)
        split_row.addWidget(self.split)
        split_row.addStretch(1)
        self.target = QLineEdit()
        self.target.setObjectName("exportTarget")
        self.target.textEdited.connect(lambda _text: setattr(self, "_confirmed", None))
        self.choose = QPushButton(self.tr("Kiezen…"))
        self.choose.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.choose)
        self.target_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Formaat"), format_row)
        if pack:
            form.addRow(self.tr("Pakket"), split_row)
        else:
            for button in (self.single, self.split):
                button.hide()
        form.addRow(self.target_label, target_row)
        self.split_hint = QLabel(self.tr("Elk thema krijgt een eigen bestand in deze map."))
        self.split_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.split_hint)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(self.tr("Bestand openen"))
        self.open_file.clicked.connect(lambda: self._open(self.written[0]))
        self.open_folder = QPushButton(self.tr("Map openen"))
        self.open_folder.clicked.connect(lambda: self._open(self._folder()))
        result_row = QHBoxLayout()
        result_row.addWidget(self.open_file)
        result_row.addWidget(self.open_folder)
        result_row.addStretch(1)

        self.export_button = QPushButton(self.tr("Exporteren"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.word.toggled.connect(lambda _on: self._format_changed())
        self.split.toggled.connect(lambda _on: self._split_changed())
        self._set_default_target()
        self._set_running(False)
        self._show_result(False)

    # --- choices -----------------------------------------------------------------
    def fmt(self) -> str:
        return "pdf" if self.pdf.isChecked() else "docx"

    def is_split(self) -> bool:
        return self.split.isChecked() and len(self.spec.theme_ids) > 1

    def _default_folder(self) -> Path:
        folder = Path(self.state.settings.export_folder or Path.home()).expanduser()
        return folder if folder.is_dir() else Path.home()

    def _set_default_target(self) -> None:
        stem = slug(self.spec.title)
        folder = self._default_folder()
        path = folder / stem if self.is_split() else folder / f"{stem}.{self.fmt()}"
        self.target.setText(str(path))
        self._update_target_label()

    def _update_target_label(self) -> None:
        self.target_label.setText(self.tr("Map") if self.is_split() else self.tr("Bestand"))
        self.split_hint.setVisible(self.is_split())

    def _format_changed(self) -> None:
        text = self.target.text().strip()
        if text and not self.is_split():
            path = Path(text)
            if path.suffix.lower() in SUFFIXES:
                self.target.setText(str(path.with_suffix(f".{self.fmt()}")))
        self._confirmed = None

    def _split_changed(self) -> None:
        text = self.target.text().strip()
        if text:
            path = Path(text)
            if self.is_split():
                self.target.setText(str(path.with_suffix("") if path.suffix else path))
            else:
                self.target.setText(str(path / f"{slug(self.spec.title)}.{self.fmt()}"))
        self._confirmed = None
        self._update_target_label()

    def choose_target(self) -> None:
        current = self.target.text().strip() or str(self._default_folder())
        if self.is_split():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Map voor de bestanden"), current
            )
        else:
            filters = (
                self.tr("PDF-document (*.pdf)")
                if self.fmt() == "pdf"
                else self.tr("Word-document (*.docx)")
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Briefing opslaan als"), current, filters
            )
        if chosen:
            path = Path(chosen)
            if not self.is_split() and path.suffix.lower() != f".{self.fmt()}":
                path = path.with_name(path.name + f".{self.fmt()}")
            self.target.setText(str(path))
            self._confirmed = path

    def _target_path(self) -> Path | None:
        text = self.target.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not self.is_split() and path.suffix.lower() != f".{self.fmt()}":
            path = path.with_name(path.name + f".{self.fmt()}")
            self.target.setText(str(path))
        return path

    # --- running -----------------------------------------------------------------
    def export(self) -> None:
        """Start the export to the path in the target field."""
        if self.task is not None:
            return
        path = self._target_path()
        if path is None:
            self._say(self.tr("Kies eerst waar de briefing moet komen."), error=True)
            return
        if not self.is_split() and path.is_file() and path != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Bestand bestaat al"),
                self.tr("%1 bestaat al. Vervangen?").replace("%1", path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.written, self.outcome = [], ""
        self._cancel_requested = False
        self._started = time.time()
        self._show_result(False)
        self._say(self.tr("Bezig met exporteren…"))
        self.progress.setRange(0, 0)
        self._set_running(True)
        self.task = self.actions.export(
            self.spec,
            path,
            self.fmt(),
            split=self.is_split(),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancel=self._cancelled,
        )

    def is_running(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        """Stop a running export; nothing is written (the exporters write atomically)."""
        if self.task is None:
            return
        self._cancel_requested = True
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Bezig met annuleren…"))

    def _progressed(self, done: int, total: int, _what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, paths: list[Path]) -> None:
        self.task = None
        self.written = [Path(p) for p in paths]
        remember_exports(self.written)  # Briefing › Recente exports
        self.outcome = "done"
        self._set_running(False)
        if self.is_split():
            text = self.tr("Klaar: %1 bestanden in %2").replace("%1", str(len(self.written)))
            text = text.replace("%2", str(self._folder()))
        else:
            text = self.tr("Klaar. De briefing staat in %1").replace("%1", str(self.written[0]))
        self._say(text)
        self._show_result(True)
        self.state.status.emit(text)

    def _failed(self, message: str) -> None:
        if self._cancel_requested:  # an exporter may report its own stop as an error
            self._cancelled()
            return
        self.task = None
        self.outcome = "failed"
        self._set_running(False)
        self._say(message[:1].upper() + message[1:], error=True)

    def _cancelled(self) -> None:
        self.task = None
        self._set_running(False)
        path = self._target_path()
        if (
            path is not None
            and not self.is_split()
            and path.is_file()
            and path.stat().st_mtime >= self._started
        ):  # cancelled too late: the file was already complete
            self.written, self.outcome = [path], "done"
            self._say(self.tr("De export was al klaar: %1").replace("%1", str(path)))
            self._show_result(True)
            return
        self.outcome = "cancelled"
        self._say(self.tr("Export geannuleerd; er is geen bestand geschreven."))

    # --- presentation --------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        for widget in (self.word, self.pdf, self.single, self.split, self.target, self.choose):
            widget.setEnabled(not running)

    def _show_result(self, shown: bool) -> None:
        self.open_file.setVisible(shown and len(self.written) == 1)
        self.open_folder.setVisible(shown and bool(self.written))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b03a2e;" if error else "")
        self.message.setText(text)

    def _folder(self) -> Path:
        if self.is_split():
            return self._target_path() or self._default_folder()
        return self.written[0].parent if self.written else self._default_folder()

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("%1 kan niet worden geopend.").replace("%1", str(path)), error=True)

    def reject(self) -> None:
        """Esc: cancel a running export first; close only when nothing runs."""
        if self.task is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
