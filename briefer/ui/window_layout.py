"""The main window's layout between sessions: size, panes, tabs, what was open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from briefer import paths

if TYPE_CHECKING:
    from briefer.ui.main_window import MainWindow

NAV_LIBRARY, WORK_THEME = 0, 0


def window_settings() -> QSettings:
    """Window geometry and layout, kept beside the preferences."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_window_layout(window: MainWindow) -> None:
    """Window size, panes, tabs and the letter, passage and theme last open."""
    settings = window_settings()
    geometry = settings.value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)  # type: ignore[arg-type]
    for key, splitter in (("splitter", window.splitter), ("center", window.center)):
        value = settings.value(key)
        if value is not None:
            splitter.restoreState(value)  # type: ignore[arg-type]
    window.navigator.setCurrentIndex(int(settings.value("navigator", NAV_LIBRARY)))  # type: ignore[arg-type]
    window.workspace.setCurrentIndex(int(settings.value("workspace", WORK_THEME)))  # type: ignore[arg-type]
    letter = int(settings.value("letter", 0) or 0)  # type: ignore[arg-type]
    if letter and window.library_model.letter_index(letter).isValid():
        window.open_letter(letter)
    elif window.library_model.rowCount():
        window.library.setCurrentIndex(window.library_model.index(0, 0))
    passage = int(settings.value("passage", 0) or 0)  # type: ignore[arg-type]
    if passage:
        window.reader.select_passage(passage)
    theme = int(settings.value("theme", 0) or 0)  # type: ignore[arg-type]
    if theme and window.themes_model.row_of(theme) >= 0:
        window.themes.setCurrentIndex(window.themes_model.index(window.themes_model.row_of(theme)))
        workspace = int(settings.value("workspace", WORK_THEME))  # type: ignore[arg-type]
        window.workspace.setCurrentIndex(workspace)


def save_window_layout(window: MainWindow) -> None:
    settings = window_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("splitter", window.splitter.saveState())
    settings.setValue("center", window.center.saveState())
    settings.setValue("navigator", window.navigator.currentIndex())
    settings.setValue("workspace", window.workspace.currentIndex())
    settings.setValue("letter", window.reader.model_.letter_id or 0)
    settings.setValue("passage", window.reader.current_passage())
    settings.setValue("theme", window.state.current_theme_id or 0)
    settings.sync()
