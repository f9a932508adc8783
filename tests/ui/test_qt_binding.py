"""The Qt binding itself: a release that miscounts references would abort the window.

PySide6 6.12.0 dropped a reference to ``None`` on every item setter; after a few
thousand calls (the toezeggingen view on a library of 1,000 letters makes tens of
thousands) Python aborted with "none_dealloc". pyproject.toml keeps that release out;
this test fails on any release with the same fault.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication, QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

CALLS = 300


def _none_lost(setter: Callable[[int], object]) -> int:
    before = sys.getrefcount(None)
    for number in range(CALLS):
        setter(number)
    return before - sys.getrefcount(None)


def test_item_setters_keep_none_alive(qapp: QApplication) -> None:
    table, listed, standard = QTableWidgetItem("x"), QListWidgetItem("x"), QStandardItem("x")
    tree = QTreeWidgetItem(["x"])
    setters = {
        "QTableWidgetItem.setData": lambda n: table.setData(Qt.ItemDataRole.UserRole, n),
        "QTableWidgetItem.setToolTip": lambda n: table.setToolTip(f"tip {n}"),
        "QListWidgetItem.setData": lambda n: listed.setData(Qt.ItemDataRole.UserRole, n),
        "QStandardItem.setData": lambda n: standard.setData(n, Qt.ItemDataRole.UserRole),
        "QTreeWidgetItem.setData": lambda n: tree.setData(0, Qt.ItemDataRole.UserRole, n),
    }
    # A few references may come and go with Python's own caches; one per call is the fault.
    lost = {name: _none_lost(setter) for name, setter in setters.items()}
    assert all(count < CALLS // 3 for count in lost.values()), lost
