"""The main window: the letters of the library, a letter's outline and its passages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.importing import import_file
from briefer.core.library import LetterOutline, LetterRow, SectionNode, letter_outline, list_letters
from briefer.core.store import Store
from briefer.ingest.errors import LetterImportError
from briefer.ui.application import tr
from briefer.ui.passage_html import outline_html, section_html

ROLE_SECTION = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.outline: LetterOutline | None = None
        self.setWindowTitle(tr("Briefer"))
        self.resize(1200, 760)

        self.letters = QListWidget()
        self.letters.setObjectName("letters")
        self.letters.currentItemChanged.connect(self._letter_chosen)
        self.tree = QTreeWidget()
        self.tree.setObjectName("outline")
        self.tree.setHeaderLabels([tr("Hoofdstuk / sectie"), tr("Pagina")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._section_chosen)
        self.reader = QTextBrowser()
        self.reader.setObjectName("reader")
        self.reader.setOpenLinks(False)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        heading = QLabel(tr("Bibliotheek"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.letters, 1)
        layout.addWidget(self.tree, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Bestand"))
        self.import_action = QAction(tr("Brief &importeren…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.choose_and_import)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def refresh(self, select_id: int | None = None) -> None:
        rows = list_letters(self.store)
        self.letters.clear()
        for row in rows:
            item = QListWidgetItem(_letter_label(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.source_name)
            self.letters.addItem(item)
            if row.id == select_id:
                self.letters.setCurrentItem(item)
        if self.letters.currentItem() is None and self.letters.count():
            self.letters.setCurrentRow(0)
        count = len(rows)
        self.statusBar().showMessage(
            tr("1 brief in de bibliotheek")
            if count == 1
            else tr("%n brieven in de bibliotheek").replace("%n", str(count))
        )
        if not rows:
            self.tree.clear()
            self.reader.setHtml(
                "<p>"
                + tr(
                    "De bibliotheek is leeg. Kies <b>Bestand › Brief importeren…</b> "
                    "(Ctrl+O) om een brief toe te voegen."
                )
                + "</p>"
            )

    def _letter_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.tree.clear()
        if current is None:
            return
        self.outline = letter_outline(self.store, int(current.data(Qt.ItemDataRole.UserRole)))
        root = QTreeWidgetItem([tr("Hele brief"), ""])
        root.setData(0, ROLE_SECTION, None)
        self.tree.addTopLevelItem(root)
        for section in self.outline.sections:
            self.tree.addTopLevelItem(_tree_item(section))
        self.tree.expandAll()
        self.tree.setCurrentItem(root)

    def _section_chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self.outline is None or current is None:
            return
        section = current.data(0, ROLE_SECTION)
        if isinstance(section, SectionNode):
            self.reader.setHtml(section_html(section))
        else:
            self.reader.setHtml(outline_html(self.outline))

    def choose_and_import(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            tr("Brief importeren"),
            "",
            tr("Brieven (*.txt *.pdf *.docx *.md);;Alle bestanden (*)"),
        )
        self.import_files(files)

    def import_files(self, files: list[str]) -> None:
        problems: list[str] = []
        last_id: int | None = None
        for name in files:
            try:
                last_id = import_file(self.store, name).letter_id
            except LetterImportError as exc:
                problems.append(str(exc))
        self.refresh(select_id=last_id)
        if problems:
            QMessageBox.warning(self, tr("Niet alles kon worden geïmporteerd"), "\n".join(problems))


def _letter_label(row: LetterRow) -> str:
    when = row.date.strftime("%d-%m-%Y") if row.date else ""
    first = f"Kamerstuk {row.kamerstuk}" if row.kamerstuk else row.title
    second = row.title if row.kamerstuk else row.source_name
    return f"{first}\n{second}" + (f" · {when}" if when else "")


def _tree_item(section: SectionNode) -> QTreeWidgetItem:
    item = QTreeWidgetItem([section.title, str(section.page)])
    item.setData(0, ROLE_SECTION, section)
    item.setToolTip(0, section.title)
    for child in section.sections:
        item.addChild(_tree_item(child))
    return item
