"""A quiet bar over a panel: someone else changed what is shown, or refused a save.

Never a dialog: the user keeps typing; the bar says who changed it and offers
"Vernieuwen" (load the fresh state) where the panel has an edit it will not
overwrite on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class ChangeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change-bar")
        self.setStyleSheet(
            "QFrame#change-bar { background: #fff4ce; border: 1px solid #e0c36a;"
            " border-radius: 4px; } QLabel { color: #3b2f00; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.refresh_button.clicked.connect(self._refresh)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Melding sluiten"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(close)
        self._on_refresh: Callable[[], None] | None = None
        self.hide()

    def tell(self, text: str, on_refresh: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``on_refresh`` a "Vernieuwen" button that calls it."""
        self.label.setText(text)
        self._on_refresh = on_refresh
        self.refresh_button.setVisible(on_refresh is not None)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _refresh(self) -> None:
        action, self._on_refresh = self._on_refresh, None
        self.hide()
        if action is not None:
            action()
