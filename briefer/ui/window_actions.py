"""Actions of the main window that follow another object: the toolbar's short undo and
redo buttons, and undo and redo that say what they undo."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget


class MirrorAction(QAction):
    """A toolbar action with a short, steady label that follows another action."""

    def __init__(self, label: str, full: QAction, parent: QWidget) -> None:
        super().__init__(label, parent)
        self._full = full
        full.changed.connect(self.follow)
        self.triggered.connect(full.trigger)
        self.follow()

    def follow(self) -> None:
        if shiboken6.isValid(self._full):  # the window may be closing
            self.setEnabled(self._full.isEnabled())
            self.setToolTip(self._full.text().replace("&", ""))


class UndoAction(QAction):
    """Undo (or redo) with what it undoes after a colon: "Ongedaan maken: rubricering
    wijzigen", not Qt's "Ongedaan maken Rubricering wijzigen"."""

    def __init__(
        self, stack: QUndoStack, plain: str, named: str, parent: QWidget, *, redo: bool = False
    ) -> None:
        super().__init__(plain, parent)
        self._plain, self._named = plain, named
        can_changed = stack.canRedoChanged if redo else stack.canUndoChanged
        text_changed = stack.redoTextChanged if redo else stack.undoTextChanged
        self.triggered.connect(stack.redo if redo else stack.undo)
        can_changed.connect(self.setEnabled)
        text_changed.connect(self._name)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self._name(stack.redoText() if redo else stack.undoText())

    def _name(self, what: str) -> None:
        what = what.strip()
        if what and what[1:2].islower():  # "Rubricering wijzigen" -> "rubricering wijzigen"
            what = what[:1].lower() + what[1:]
        self.setText(self._named.replace("%1", what) if what else self._plain)
