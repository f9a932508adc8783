"""Choosing files and folders: the platform's own dialog where the desktop has one,
else Qt's, fitted to the screen with none of its columns cut.

Qt's dialog speaks the interface's language through Qt's own translations (see
``i18n.py``, which also fills what ``qtbase_nl.qm`` lacks, such as "&Look in:").
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from briefer.ui.dialog_size import fit_to_screen

SIZE = (860, 520)


def _dialog(parent: QWidget | None, title: str, folder: str, filters: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setObjectName("fileDialog")
    fit_to_screen(dialog, *SIZE)
    details = dialog.findChild(QTreeView, "treeView")
    if details is not None:  # Qt's own dialog: the name takes what the others leave
        header = details.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def open_files(parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
    dialog = _dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() else []


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    dialog = _dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def save_file(parent: QWidget | None, title: str, path: str, filters: str) -> str:
    dialog = _dialog(parent, title, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def existing_folder(parent: QWidget | None, title: str, folder: str) -> str:
    dialog = _dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
