"""Two people saved one note at once: show both texts and let the user merge them.

Both texts are already safe in the note's history; this dialog only helps to
make one text of them. The merged text starts as the user's own, followed by
the paragraphs only the colleague wrote.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.core.notes import NoteConflict, NoteView
from briefer.ui.dialog_size import fit_to_screen
from briefer.ui.dialogs.note_history import local_time


def merged_text(mine: str, conflict: NoteConflict) -> str:
    """Mine, then the paragraphs that only the other person added (not in the base)."""
    own = [p for p in mine.split("\n\n") if p.strip()]
    base = {p.strip() for p in conflict.base.split("\n\n")}
    seen = {p.strip() for p in own}
    added = [p for p in conflict.theirs.split("\n\n") if p.strip() and p.strip() not in seen | base]
    return "\n\n".join(own + added)


class NoteMergeDialog(QDialog):
    merged = Signal(str)  # the text to save as the note's newest version

    def __init__(self, mine: str, conflict: NoteConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notitie samenvoegen"))
        fit_to_screen(self, 900, 560)
        who = conflict.their_author or self.tr("een ander")
        intro = QLabel(
            self.tr(
                "%1 heeft deze notitie om %2 ook gewijzigd. Beide teksten staan in de "
                "geschiedenis; er is niets verloren. Maak hieronder één tekst van beide."
            )
            .replace("%1", who)
            .replace("%2", local_time(conflict.their_saved_at).strftime("%H:%M"))
        )
        intro.setWordWrap(True)
        self.theirs = self._pane(conflict.theirs, "theirs")
        self.mine = self._pane(mine, "mine")
        self.result = QPlainTextEdit(merged_text(mine, conflict))
        self.result.setObjectName("merged")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tekst van %1").replace("%1", who)), 0, 0)
        grid.addWidget(QLabel(self.tr("Uw tekst")), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        grid.addWidget(QLabel(self.tr("Samengevoegd (dit wordt de notitie):")), 2, 0, 1, 2)
        grid.addWidget(self.result, 3, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Samengevoegde tekst opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = buttons.addButton(
            self.tr("Mijn tekst houden"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)

    def _pane(self, text: str, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(text)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return pane

    def accept(self) -> None:
        self.merged.emit(self.result.toPlainText())
        super().accept()


def offer_merge(
    view: NoteView, parent: QWidget, on_merged: Callable[[str], None]
) -> NoteMergeDialog:
    """Open (window-modal, not blocking) the merge of a note a colleague saved too."""
    assert view.conflict is not None
    dialog = NoteMergeDialog(view.body, view.conflict, parent)
    dialog.merged.connect(on_merged)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
