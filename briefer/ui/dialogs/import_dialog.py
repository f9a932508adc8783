"""Import progress: one row per file with its outcome, an overall bar, cancel.

Non-modal: the window stays usable while letters are read on the writer thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.importing.bulk import BulkProgress
from briefer.core.importing.single import DUPLICATE, NEW, UNCHANGED, UPDATED, ImportResult
from briefer.ingest.errors import LetterImportError
from briefer.ui.actions import Actions
from briefer.ui.workers import Task


class ImportDialog(QDialog):
    check_requested = Signal(int)  # a letter id: show how it was read

    def __init__(
        self,
        actions: Actions,
        files: list[Path],
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Brieven importeren"))
        self.resize(720, 380)
        self.actions = actions
        self.files = files
        self.outcomes: list[ImportResult | LetterImportError] = []
        self.finished_all = False
        self._task: Task | None = None

        self.summary = QLabel()
        self.table = QTableWidget(len(files) + len(problems), 2)
        self.table.setObjectName("importTable")
        self.table.setHorizontalHeaderLabels([self.tr("Bestand"), self.tr("Resultaat")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, path in enumerate(files):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            self.table.item(row, 0).setToolTip(str(path))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr("wacht…")))
        for offset, problem in enumerate(problems):
            row = len(files) + offset
            name, _, reason = problem.partition(": ")
            self.table.setItem(row, 0, QTableWidgetItem(Path(name).name))
            self._set_result(row, reason, error=True)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, len(files)) * 100)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.rejected.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._index_of = {path.name: row for row, path in enumerate(files)}
        self._current_row = 0

    def start(self) -> None:
        if not self.files:
            self._finish()
            return
        self.summary.setText(self.tr("Bezig met importeren…"))
        self._task = self.actions.import_files(
            self.files, self._file_done, self._all_done, self._progress, self._cancelled
        )

    def _set_result(self, row: int, text: str, error: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if error:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.table.setItem(row, 1, item)

    def _progress(self, done: int, total: int, name: str) -> None:
        row = self._index_of.get(name, self._current_row)
        self._current_row = row
        self.table.item(row, 1).setText(self.tr("bezig…"))
        share = int(done * 100 / total) if total else 0
        self.bar.setValue(row * 100 + min(100, share))

    def _file_done(self, outcome: object) -> None:
        if isinstance(outcome, BulkProgress):
            self._show_rate(outcome)
            return
        row = len(self.outcomes)
        if isinstance(outcome, ImportResult):
            status = {
                NEW: self.tr("geïmporteerd"),
                UPDATED: self.tr("nieuwe versie"),
                UNCHANGED: self.tr("stond er al"),
                DUPLICATE: self.tr("al eerder geïmporteerd"),
            }[outcome.status]
            text = self.tr("%1: %2 pagina's, %3 passages (%4)")
            text = text.replace("%1", outcome.title).replace("%2", str(outcome.pages))
            text = text.replace("%3", str(outcome.passages)).replace("%4", status)
            self._set_result(row, text)
        elif isinstance(outcome, LetterImportError):
            self._set_result(row, outcome.problem, error=True)
        self.outcomes.append(outcome)  # type: ignore[arg-type]
        self.bar.setValue((row + 1) * 100)

    def _show_rate(self, progress: BulkProgress) -> None:
        """Several letters: how many, how fast, how long still (the bulk import's report)."""
        text = self.tr("%1 van %2 brieven · %3 brieven per seconde")
        text = text.replace("%1", str(progress.done)).replace("%2", str(progress.total))
        text = text.replace("%3", f"{progress.per_second:.0f}")
        left = progress.seconds_left
        if left is not None and progress.done < progress.total:
            seconds = max(1, round(left))
            remaining = (
                self.tr("nog %1 s").replace("%1", str(seconds))
                if seconds < 60
                else self.tr("nog %1 min").replace("%1", str(round(seconds / 60)))
            )
            text += " · " + remaining
        self.summary.setText(text)
        if progress.done < len(self.files):
            row = progress.done
            if self.table.item(row, 1) is not None:
                self.table.item(row, 1).setText(self.tr("bezig…"))

    def _all_done(self, _outcomes: object) -> None:
        self._finish()

    def _cancelled(self) -> None:
        for row in range(len(self.outcomes), len(self.files)):
            self._set_result(row, self.tr("geannuleerd"))
        self._finish()

    def _finish(self) -> None:
        self.finished_all = True
        self._task = None
        failed = sum(isinstance(o, LetterImportError) for o in self.outcomes)
        failed += self.table.rowCount() - len(self.files)
        done = sum(isinstance(o, ImportResult) for o in self.outcomes)
        text = self.tr("%1 van %2 bestanden geïmporteerd.").replace("%1", str(done))
        text = text.replace("%2", str(self.table.rowCount()))
        if failed:
            text += " " + self.tr("%1 niet: zie de reden per bestand.").replace("%1", str(failed))
        self.summary.setText(text)
        self.bar.setValue(self.bar.maximum())
        self.buttons.clear()
        read = [o for o in self.outcomes if isinstance(o, ImportResult)]
        if read:
            # Offer the check of how the letter was read (double-click a row for another).
            check = self.buttons.addButton(
                self.tr("Inlezing controleren…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            check.setObjectName("checkReading")
            check.clicked.connect(lambda: self.check_requested.emit(self._chosen_letter()))
            self.table.cellDoubleClicked.connect(lambda row, _column: self._check_row(row))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        self.buttons.rejected.connect(self.accept)

    def _chosen_letter(self) -> int:
        row = self.table.currentRow()
        if 0 <= row < len(self.outcomes) and isinstance(self.outcomes[row], ImportResult):
            return self.outcomes[row].letter_id  # type: ignore[union-attr]
        return next(o.letter_id for o in self.outcomes if isinstance(o, ImportResult))

    def _check_row(self, row: int) -> None:
        if 0 <= row < len(self.outcomes) and isinstance(self.outcomes[row], ImportResult):
            self.check_requested.emit(self.outcomes[row].letter_id)  # type: ignore[union-attr]

    def _cancel_or_close(self) -> None:
        if self._task is not None and not self.finished_all:
            self._task.cancel()
            self.summary.setText(self.tr("Annuleren…"))
        else:
            self.accept()
