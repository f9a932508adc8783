"""Work a panel does only when it is on screen: a tab's table filled when the tab is
first shown, not while the window is built or while another tab is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs ``work`` now if ``panel`` is shown (or would be once its window shows, its
    tab current), else once it is shown; ``ensure()`` catches up on a tab change."""

    def __init__(self, panel: QWidget, work: Callable[[], None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.work = work
        self.pending = True
        panel.installEventFilter(self)

    def shown(self) -> bool:
        top = self.panel.window()
        return top is self.panel or self.panel.isVisibleTo(top)

    def due(self) -> bool:
        """Call at the start of ``work``: False (and kept pending) while not shown."""
        self.pending = not self.shown()
        return not self.pending

    def ensure(self) -> None:
        if self.pending and self.shown():
            self.work()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel and event.type() == QEvent.Type.Show:
            self.ensure()
        return False
