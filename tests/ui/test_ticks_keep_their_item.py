"""A tick in a list or tree comes back as a change that refills the same view.

Qt goes on with the item after its ``itemChanged`` (and the view with its index):
a view refilled inside that signal deletes the item under Qt's feet, and the
program stops with a segmentation fault sooner or later (CI stopped on it). Each
view here is ticked the way a user does it, with Space on the current row; the
item must still exist when Qt is done with it, and the refill comes after.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem

from briefer.core.tags import theme_passages
from briefer.core.themes import find_theme
from briefer.ui.main_window import MainWindow
from tests.ui.test_composer import KRAP, passage_item, settle, start_briefing
from tests.ui.test_main_window import passage_row


def press_space_on(
    qtbot, view: QListWidget | QTreeWidget, item: QListWidgetItem | QTreeWidgetItem, what: str
) -> None:
    """Tick ``item`` as a user does: Space on the current row; Qt must be done with it."""
    view.setFocus()
    view.setCurrentItem(item)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shiboken6.isValid(item), f"the {what} were refilled while Qt still changed the item"


def test_space_on_a_passage_of_the_briefing_leaves_it_out(qtbot, composer) -> None:
    start_briefing(qtbot, composer)
    item = passage_item(qtbot, composer, KRAP)
    passage_id = item.data(0, Qt.ItemDataRole.UserRole + 1)[1]
    press_space_on(qtbot, composer.items.tree, item, "passages")
    assert passage_id in composer.spec.excluded_passages
    settle(qtbot, composer)
    assert not shiboken6.isValid(item)  # refilled afterwards, from the new spec
    again = passage_item(qtbot, composer, KRAP)
    assert again.checkState(0) == Qt.CheckState.Unchecked
    assert composer.items.tree.currentItem() is again  # the user's place is kept
    assert KRAP not in composer.preview.browser.toPlainText()
    composer.state.undo_stack.undo()
    assert passage_item(qtbot, composer, KRAP).checkState(0) == Qt.CheckState.Checked


def _part(composer, name: str) -> QListWidgetItem:
    return composer.setup.parts.findItems(name, Qt.MatchFlag.MatchExactly)[0]


def test_space_on_a_part_leaves_it_out(qtbot, composer) -> None:
    start_briefing(qtbot, composer)
    settle(qtbot, composer)
    parts = composer.setup.parts
    item = _part(composer, "Achtergrond")
    press_space_on(qtbot, parts, item, "parts")
    assert "achtergrond" not in composer.spec.parts
    qtbot.waitUntil(lambda: not shiboken6.isValid(item))
    assert _part(composer, "Achtergrond").checkState() == Qt.CheckState.Unchecked
    assert parts.currentItem() is _part(composer, "Achtergrond")
    settle(qtbot, composer)
    assert KRAP not in composer.preview.browser.toPlainText()


def _theme_item(window: MainWindow, name: str) -> QListWidgetItem:
    themes = window.inspector.themes
    return next(
        themes.item(i) for i in range(themes.count()) if themes.item(i).text().startswith(name)
    )


def test_space_on_a_theme_of_the_passage_excludes_it(qtbot, window: MainWindow) -> None:
    store = window.state.store
    china = find_theme(store, "China").id
    row = passage_row(window, KRAP)
    passage_id = window.reader.model_.rows[row].passage_id
    window.reader.setCurrentIndex(window.reader.model_.index(row))
    item = _theme_item(window, "China")
    press_space_on(qtbot, window.inspector.themes, item, "themes")
    assert passage_id not in {p.id for p in theme_passages(store, china)}
    qtbot.waitUntil(lambda: not shiboken6.isValid(item))
    assert _theme_item(window, "China").checkState() == Qt.CheckState.Unchecked
    window.commands.undo_action.trigger()
    assert _theme_item(window, "China").checkState() == Qt.CheckState.Checked


def test_refill_outside_an_item_signal_is_at_once(qtbot, composer) -> None:
    """Undo, a moved passage, a chosen theme: no item signal, so no waiting."""
    start_briefing(qtbot, composer)
    item: QTreeWidgetItem = passage_item(qtbot, composer, KRAP)
    composer.items.tree.setCurrentItem(item)
    composer.items.move_current(-1)
    assert not shiboken6.isValid(item)
    assert composer.items.ready()
