"""A calm empty pane: a short heading, two or three lines on what to do next, and
buttons for the first actions. Used where a pane has nothing to show yet (the
workspace before a theme is chosen, the inspector before a passage is)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefer.ui.models.theme_passages_model import mute


class EmptyState(QWidget):
    def __init__(self, heading: str, text: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.heading = QLabel(heading)
        self.heading.setObjectName("emptyHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.text = text
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMargin(0)
        mute(self.text)
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(6)
        self.row = QHBoxLayout()
        self.row.addStretch(1)
        self.row.addLayout(self.buttons)
        self.row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addLayout(self.row)
        layout.addStretch(2)

    def add_button(self, text: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def clear_buttons(self) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
