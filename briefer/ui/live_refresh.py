"""Notice saves made elsewhere (a colleague on the team library, another window) and
tell the panels, which refresh what they show. Polls the library's change counter
(briefer.core.store.change_counter) every few seconds; a read of one row. When it moved,
``library_changed`` goes out (notes and talking points follow it), and a summary of
the library (core/library_fingerprint) says which parts moved, so only those panels
reload: letters, themes, tags, briefings, commitments."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from briefer.core.store.change_counter import change_count
from briefer.core.store.library_fingerprint import LibraryFingerprint, library_fingerprint
from briefer.ui.state import AppState

log = logging.getLogger(__name__)
POLL_MS = 2_000


class LiveRefresh(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.seen = self._count()
        self.fingerprint = self._fingerprint()
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

    def _fingerprint(self) -> LibraryFingerprint | None:
        try:
            return library_fingerprint(self.state.store)
        except Exception as exc:  # as above: the next tick tries again
            log.warning("library summary unreadable: %s", exc)
            return None

    def poll(self) -> bool:
        """Look once; True (and library_changed emitted) when the library moved."""
        count = self._count()
        if count is None or count == self.seen:
            return False
        self.seen = count
        self.state.library_changed.emit()
        self._follow_parts()
        return True

    def _follow_parts(self) -> None:
        """Tell the panels of each part that moved, as a local change would."""
        fresh = self._fingerprint()
        if fresh is None:
            return
        moved = fresh.parts_changed(self.fingerprint) if self.fingerprint else {"letters"}
        self.fingerprint = fresh
        state = self.state
        for part, signal in (
            ("letters", state.letters_changed),
            ("themes", state.themes_changed),
            ("tags", state.tags_changed),
            ("briefings", state.briefings_changed),
            ("commitments", state.commitments_changed),
        ):
            if part in moved:
                signal.emit()
