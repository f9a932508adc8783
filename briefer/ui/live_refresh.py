"""Notice saves made elsewhere (a colleague on the team library, another window) and
tell the panels, which refresh what they show. Polls the library's change counter
(briefer.core.change_counter) every few seconds; a read of one row."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from briefer.core.change_counter import change_count
from briefer.ui.state import AppState

log = logging.getLogger(__name__)
POLL_MS = 2_000


class LiveRefresh(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.seen = self._count()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _count(self) -> int | None:
        try:
            return change_count(self.state.store)
        except Exception as exc:  # a server out of reach: try again at the next tick
            log.warning("change counter unreadable: %s", exc)
            return None

    def poll(self) -> bool:
        """Look once; True (and library_changed emitted) when the library moved."""
        count = self._count()
        if count is None or count == self.seen:
            return False
        self.seen = count
        self.state.library_changed.emit()
        return True
