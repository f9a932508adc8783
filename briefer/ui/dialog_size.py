"""Dialogs that fit the screen they open on: a preferred size, never more than the
screen's free area (room left for the window manager's title bar and borders), and
centred on the window that opened them.

A 1366x768 laptop at 150% is 911x512 for Qt: every dialog's minimum fits that, and
its buttons stay on screen (a test opens each dialog on both screens).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window manager adds around a dialog (title bar, borders), kept free.
FRAME_ROOM = QSize(16, 40)


def available_for(widget: QWidget) -> QRect:
    """The free screen area of the window that opened ``widget`` (or of its own screen)."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, shrunk to the screen (its frame included), never below the minimum."""
    available = available_for(widget).size() - FRAME_ROOM
    size = preferred.boundedTo(available)
    return size.expandedTo(widget.minimumSizeHint().boundedTo(available))


def place(widget: QWidget) -> None:
    """Centre ``widget`` on the window that opened it, wholly inside the free area."""
    available = available_for(widget)
    frame = widget.frameGeometry()
    extra = frame.size() - widget.geometry().size()
    size = widget.size()
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent else available.center()
    rect = QRect(0, 0, size.width() + extra.width(), size.height() + extra.height())
    rect.moveCenter(centre)
    left = min(max(rect.left(), available.left()), available.right() - rect.width() + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - rect.height() + 1)
    widget.move(max(left, available.left()), max(top, available.top()))


class _FitWhenShown(QObject):
    def __init__(self, widget: QWidget, preferred: QSize) -> None:
        super().__init__(widget)
        self.widget = widget
        self.preferred = preferred
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show:
            self.widget.removeEventFilter(self)
            self.widget.resize(fitted_size(self.widget, self.preferred))
            place(self.widget)
        return False


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` its preferred size now and fit it to its screen when it is shown."""
    preferred = QSize(width, height)
    widget.resize(fitted_size(widget, preferred))
    _FitWhenShown(widget, preferred)
