"""The briefings exported lately, in the Briefing menu: open one, or its folder.

The list is ``briefer.core.recent_exports`` (beside the preferences, owner-only),
shared with ``briefer export`` on the command line; newest first, and a file
that has since been moved or deleted is left out of the menu. Earlier releases
kept it in the window's settings file: that list is taken over once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from briefer.core.recent_exports import (
    adopt_exports,
    forget_exports,
    recent_exports,
    remember_exports,
)
from briefer.ui.window_layout import window_settings

OLD_KEY = "recent_exports"  # where earlier releases kept the list (window.ini)

__all__ = ["RecentExportsMenu", "forget_exports", "recent_exports", "remember_exports"]


def adopt_window_list() -> None:
    """Move the list an earlier release kept in the window's settings into the shared one."""
    settings = window_settings()
    value = settings.value(OLD_KEY)
    if value is None:
        return
    names = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    adopt_exports(str(name) for name in names)
    settings.remove(OLD_KEY)
    settings.sync()


class RecentExportsMenu(QMenu):
    """Briefing › Recente exports: each file opens in its program; its folder via a submenu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentExports")
        self.setTitle(self.tr("Re&cente exports"))
        self.aboutToShow.connect(self.fill)  # exports made on the command line show up too
        adopt_window_list()
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
