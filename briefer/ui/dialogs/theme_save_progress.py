"""The theme editor's progress row while a save re-tags the library: a label, a
bar and a stop button (stopping keeps the theme and its tags as they were)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class SaveProgressRow(QWidget):
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("Stoppen"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.setToolTip(self.tr("Stoppen: het thema en de tags blijven zoals ze waren"))
        self.stop_button.clicked.connect(self.stop_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.hide()

    def start(self) -> None:
        """Saving has begun; how long the re-tag takes is not known yet."""
        self.bar.show()
        self.stop_button.show()
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Thema opslaan…"))

    def set_busy(self, busy: bool) -> None:
        self.stop_button.setEnabled(busy)
        self.setVisible(busy)

    def stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.label.setText(self.tr("Stoppen…"))

    def accepts_progress(self) -> bool:
        """False once the user pressed Stoppen: late progress must not overwrite that."""
        return self.stop_button.isEnabled()

    def progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Bibliotheek opnieuw taggen: {done} van {total} brieven").format(
                done=done, total=total
            )
        )

    def stopped(self, message: str) -> None:
        """Keep the row up with ``message``, where the user pressed Stoppen."""
        self.label.setText(message)
        self.bar.hide()
        self.stop_button.hide()
        self.show()
