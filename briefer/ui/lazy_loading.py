"""What the main window builds or loads later than its first screen: a tab's page
whose panel is built the first time it is shown (``LazyPage``), and the modules
imported on a thread once the window has been painted (``WarmUp``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A tab's page whose panel is built the first time it is needed."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.panel: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.panel is None:
            self.panel = self._build()
            self.layout().addWidget(self.panel)
            if self.isVisible():
                self.panel.show()  # now, so that work it does when shown starts now
        return self.panel


class WarmUp(QObject):
    """Imports ``modules`` on a thread; ``done`` is emitted on the GUI thread afterwards.

    ``stop()`` lets the thread end after the module it is importing (a window that
    closes waits for that: the interpreter must not end in the middle of an import).
    """

    done = Signal()

    def __init__(self, modules: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = modules
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._work, name="briefer-warm-up", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        import importlib
        import logging

        for name in self._modules:
            if self._stop.is_set():
                return
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread imports it again when needed, and says why
                logging.getLogger(__name__).warning("warming up %s failed", name)
        self.done.emit()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def join(self) -> None:
        """Wait until every module is loaded."""
        self._thread.join()
