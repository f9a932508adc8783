"""The briefings exported lately, in the Briefing menu: open one, or its folder.

Kept in the window's settings file (owner-only, see ``window_layout``), newest
first; a file that has since been moved or deleted is left out of the menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from briefer.ui.window_layout import window_settings

KEY = "recent_exports"
KEPT = 8


def recent_exports() -> list[Path]:
    """The exported files, newest first, that still exist."""
    value = window_settings().value(KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [Path(name) for name in names if name and Path(name).is_file()]


def remember_exports(written: list[Path]) -> None:
    """Put newly written exports at the top of the list."""
    if not written:
        return
    settings = window_settings()
    new = [str(Path(path).resolve()) for path in written]
    value = settings.value(KEY, [])
    old = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    kept = new + [name for name in old if name not in new]
    settings.setValue(KEY, kept[:KEPT])
    settings.sync()


def forget_exports() -> None:
    settings = window_settings()
    settings.remove(KEY)
    settings.sync()


class RecentExportsMenu(QMenu):
    """Briefing › Recente exports: each file opens in its program; its folder via a submenu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentExports")
        self.setTitle(self.tr("Re&cente exports"))
        self.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.clear()
        files = recent_exports()
        if not files:
            empty = self.addAction(self.tr("Nog geen exports"))
            empty.setEnabled(False)
            return
        for path in files:
            action = self.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        self.addSeparator()
        folders = self.addMenu(self.tr("Map openen"))
        for folder in dict.fromkeys(path.parent for path in files):
            action = folders.addAction(str(folder))
            action.triggered.connect(lambda _checked=False, f=folder: open_path(f))
        self.addSeparator()
        clear = self.addAction(self.tr("Lijst wissen"))
        clear.triggered.connect(forget_exports)


def open_path(path: Path) -> bool:
    """Open a file in its own program, or a folder in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
