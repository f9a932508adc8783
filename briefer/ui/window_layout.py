"""The main window's layout between sessions: size, panes, tabs, what was open.

The window always fits its screen: the first size follows the screen's
available area (never larger; a laptop's 1366x768 gets nearly all of it, a
1920x1080 monitor a comfortable 1600x960 in the middle), and a remembered
geometry that no longer fits (another screen, another scale) is brought back
on screen and shrunk to fit. The file is owner-only, like everything of Briefer's.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QFrame, QScrollArea, QSplitter, QTabWidget, QWidget

from briefer import paths
from briefer.core.store.private import create_private_file, make_private, private_folder
from briefer.ui.window_tabs import NAV_LIBRARY, WORK_THEME


class PanedWindow(Protocol):
    """The window the layout helpers act on: a QWidget with these panes (the main
    window is one). Named here so that main_window imports this module, never the
    other way round."""

    navigator: QTabWidget
    center: QSplitter
    splitter: QSplitter
    workspace: QTabWidget
    reader: Any  # the reading pane's view: select_passage, current_passage, model_
    reader_pane: Any  # the reading pane with its legend's toggle
    inspector: QWidget
    library: QAbstractItemView
    library_model: Any  # letter_index, rowCount, index
    themes: QAbstractItemView
    themes_model: Any  # row_of, index
    state: Any  # current_theme_id

    def open_letter(self, letter_id: int) -> None: ...
    def width(self) -> int: ...
    def isMaximized(self) -> bool: ...
    def isFullScreen(self) -> bool: ...
    def saveGeometry(self) -> QByteArray: ...
    def restoreGeometry(self, geometry: QByteArray) -> bool: ...


# The largest first window (on a big monitor the window need not fill it) and the
# share of a small screen it takes.
COMFORTABLE = QSize(1600, 960)
SHARE = 0.94
# Splitter shares: navigator, reader with inspector, workspace.
PANE_SHARES = (0.23, 0.44, 0.33)
# The least each pane keeps (at 150% on a 1366x768 laptop the window is 911x512
# in Qt's units; the three panes and their handles still fit side by side).
MIN_NAVIGATOR = QSize(180, 160)  # its tabs scroll when it is narrower than they are
MIN_CENTER = QSize(236, 240)
MIN_WORKSPACE = QSize(360, 240)
WORKSPACE_COMFORT = 470  # the composer's rows of fields and buttons without scrolling
MIN_READER_HEIGHT = 120
MIN_INSPECTOR_HEIGHT = 110


def window_settings() -> QSettings:
    """Window geometry and layout, kept beside the preferences (owner-only)."""
    file = paths.window_layout_file()
    try:
        private_folder(file.parent)
        create_private_file(file)
    except OSError:
        pass  # QSettings then keeps the values in memory only
    return QSettings(str(file), QSettings.Format.IniFormat)


def first_geometry(available: QRect) -> QRect:
    """The window's first geometry on a screen whose free area is ``available``."""
    width = min(COMFORTABLE.width(), round(available.width() * SHARE))
    height = min(COMFORTABLE.height(), round(available.height() * SHARE))
    if available.width() < 1100:  # a small or scaled screen: use all of it
        width = available.width()
    if available.height() < 700:
        height = available.height()
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return fit_into(rect, available)


def fit_into(frame: QRect, available: QRect) -> QRect:
    """``frame`` shrunk to at most ``available`` and moved so that all of it is inside."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() - size.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def available_geometry(window: QWidget) -> QRect:
    """The free area of the screen the window is on (or would be on)."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_on_screen(window: QWidget, wanted: QRect | None = None) -> None:
    """Give the window ``wanted`` (its frame), or keep its own, fitted to the screen.

    Sizes are of the frame (title bar and borders included), so the whole
    window is on screen, not only its contents.
    """
    available = available_geometry(window)
    frame = wanted if wanted is not None else window.frameGeometry()
    fitted = fit_into(frame, available)
    # The decorations the window manager adds around the contents.
    extra_width = window.frameGeometry().width() - window.geometry().width()
    extra_height = window.frameGeometry().height() - window.geometry().height()
    window.resize(
        max(1, fitted.width() - max(0, extra_width)),
        max(1, fitted.height() - max(0, extra_height)),
    )
    window.move(fitted.topLeft())


def scrollable(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: narrower than it needs, it scrolls, never clips."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or 'page'}Scroll")
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def set_pane_minimums(window: PanedWindow) -> None:
    """A usable least size per pane, so the window's own minimum fits a small screen."""
    window.navigator.tabBar().setUsesScrollButtons(True)
    window.navigator.setMinimumSize(MIN_NAVIGATOR)
    window.reader.setMinimumHeight(MIN_READER_HEIGHT)
    window.inspector.setMinimumHeight(MIN_INSPECTOR_HEIGHT)
    # Never less than what the pane's contents need: a pane narrower than its
    # contents would cut them off (its pages have no scroll area around them).
    window.center.setMinimumSize(MIN_CENTER.expandedTo(window.center.minimumSizeHint()))
    window.workspace.setMinimumSize(MIN_WORKSPACE.expandedTo(window.workspace.minimumSizeHint()))


class _RefitWhenShown(QObject):
    """Once the window is shown (and the window manager has added its frame), fit it again."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._refit)  # dropped with the window
            # The window manager's frame (title bar, borders) may come a little later.
            QTimer.singleShot(400, self, self._refit_and_go)
        return False

    def _refit(self) -> None:
        # The top-level window: the main window may sit inside the start window.
        window = self._window.window()
        managed = window.isMaximized() or window.isFullScreen()
        if not managed and not available_geometry(window).contains(window.frameGeometry()):
            place_on_screen(window)

    def _refit_and_go(self) -> None:
        self._refit()
        self.deleteLater()


def split_sizes(window: PanedWindow) -> list[int]:
    """First pane widths. The workspace gets room for the composer's widest row
    (WORKSPACE_COMFORT) and the navigator room for its tabs, as far as the screen
    allows; on a small screen the navigator gives way first (its tabs scroll),
    then the letter, down to its minimum."""
    width = window.width() - 8  # the two splitter handles
    # On a small screen (a laptop at 150%) the letter keeps a readable width first.
    comfort = WORKSPACE_COMFORT if width >= 1100 else window.workspace.minimumWidth()
    workspace = max(round(width * PANE_SHARES[2]), comfort)
    least_center = window.center.minimumWidth()
    workspace = min(workspace, width - window.navigator.minimumWidth() - least_center)
    workspace = max(workspace, window.workspace.minimumWidth())
    navigator = round(width * PANE_SHARES[0])
    if width >= 1100:
        navigator = max(navigator, window.navigator.tabBar().sizeHint().width() + 6)
    room = width - workspace - window.center.minimumWidth()
    navigator = max(window.navigator.minimumWidth(), min(navigator, room))
    return [navigator, width - navigator - workspace, workspace]


def restore_window_layout(window: PanedWindow) -> None:
    """Window size, panes, tabs and the letter, passage and theme last open."""
    set_pane_minimums(window)
    _RefitWhenShown(window)
    settings = window_settings()
    geometry = settings.value("geometry")
    if geometry is None or not window.restoreGeometry(geometry):  # type: ignore[arg-type]
        place_on_screen(window, first_geometry(available_geometry(window)))
        window.splitter.setSizes(split_sizes(window))
    elif window.isMaximized() or window.isFullScreen():
        pass  # the window manager sizes it to the screen
    else:
        place_on_screen(window)  # another screen, another scale: back on screen
    for key, splitter in (("splitter", window.splitter), ("center", window.center)):
        value = settings.value(key)
        if value is not None:
            splitter.restoreState(value)  # type: ignore[arg-type]
    window.reader_pane.toggle.setChecked(str(settings.value("legend", "true")) == "true")
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


def save_window_layout(window: PanedWindow) -> None:
    settings = window_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("splitter", window.splitter.saveState())
    settings.setValue("center", window.center.saveState())
    settings.setValue("legend", window.reader_pane.toggle.isChecked())
    settings.setValue("navigator", window.navigator.currentIndex())
    settings.setValue("workspace", window.workspace.currentIndex())
    settings.setValue("letter", window.reader.model_.letter_id or 0)
    settings.setValue("passage", window.reader.current_passage())
    settings.setValue("theme", window.state.current_theme_id or 0)
    settings.sync()
    make_private(paths.window_layout_file())
