"""Refilling an item view, never from inside one of its own item signals.

A ``QTreeWidget`` or ``QListWidget`` changes an item (a tick, a new name), emits
``itemChanged``, and then goes on with that item and with its index in the view.
A slot that clears the view meanwhile (because the change it made came back as a
new briefing spec, or as ``tags_changed``) deletes the item under Qt's feet: the
program reads freed memory and, sooner or later, stops with a segmentation fault.

``SafeRefill`` wraps a view's fill function. The slots of the view's own item
signals do their work ``with refill.inside():``; a refill asked for meanwhile runs
on the next turn of the event loop, once Qt is done with the item. Anywhere else
it runs at once, as a plain call would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer


class SafeRefill:
    """Call it to refill; it waits for the event loop while an item signal is handled."""

    def __init__(self, owner: QObject, fill: Callable[[], None]) -> None:
        self._owner = owner  # the timer's context: no refill after the owner is gone
        self._fill = fill
        self._depth = 0
        self.pending = False

    @contextmanager
    def inside(self) -> Iterator[None]:
        """Around the slot of an item signal of the view this refill fills."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def __call__(self) -> None:
        if self._depth:
            if not self.pending:
                self.pending = True
                QTimer.singleShot(0, self._owner, self._deferred)
            return
        self.pending = False
        self._fill()

    def _deferred(self) -> None:
        if self.pending:  # not refilled at once since (which makes this one needless)
            self.pending = False
            self._fill()
