"""The Help menu: the first steps, the keyboard shortcuts (read from the window's own
actions, so they are always the ones that work), and Over Briefer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer import __version__
from briefer.ui.dialog_size import fit_to_screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


class HelpDialog(QDialog):
    """A page of help text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 560)


def first_steps_html() -> str:
    steps = [
        _tr(
            "<b>Lezen.</b> Links staan de brieven van de bibliotheek; kies er een en lees "
            "hem in het midden. Elke passage draagt de merktekens van haar thema's."
        ),
        _tr(
            "<b>Een thema.</b> Kies links onder Thema's een thema: rechts staan dan alle "
            "passages erover uit alle brieven, uw notities en uw spreekpunten."
        ),
        _tr(
            "<b>Een passage.</b> Klik een passage in de lezer: eronder ziet u waarom ze bij "
            "elk thema hoort, vinkt u zelf thema's aan of uit en schrijft u er een notitie bij."
        ),
        _tr(
            "<b>Een briefing.</b> Kies rechts Briefing, voeg een of meer thema's toe en kies "
            "de onderdelen; het voorbeeld toont de briefing zoals hij wordt. Ctrl+E "
            "exporteert naar Word of PDF, Ctrl+P drukt af."
        ),
        _tr(
            "<b>Een nieuwe brief.</b> Ctrl+O importeert PDF-, Word- en tekstbestanden (of "
            "sleep ze op het venster). Bestand › Inlezing controleren toont wat Briefer "
            "ervan las, en daar verbetert u het."
        ),
    ]
    return "".join(f"<p>{step}</p>" for step in steps)


def shortcuts_html(window: QMainWindow) -> str:
    """Every action of the window's menus that has a key, in menu order."""
    rows = []
    seen: set[str] = set()
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "").rstrip("…").split(":")[0]
            if keys and name not in seen:
                seen.add(name)
                rows.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    return f"<table cellpadding='3'>{''.join(rows)}</table>"


def fill_help_menu(window: QMainWindow, menu: QMenu, library: str) -> list[QAction]:
    first = QAction(_tr("&Snel aan de slag"), window)
    first.setShortcut(QKeySequence.StandardKey.HelpContents)
    first.triggered.connect(
        lambda: HelpDialog(_tr("Snel aan de slag"), first_steps_html(), window).exec()
    )
    keys = QAction(_tr("&Sneltoetsen"), window)
    keys.triggered.connect(
        lambda: HelpDialog(_tr("Sneltoetsen"), shortcuts_html(window), window).exec()
    )
    about = QAction(_tr("&Over Briefer"), window)

    def show_about() -> None:
        QMessageBox.about(
            window,
            _tr("Over Briefer"),
            _tr(
                "<b>Briefer %1</b><p>Briefings voorbereiden uit beleidsbrieven, volledig "
                "offline.</p><p>Bibliotheek: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", library),
        )

    about.triggered.connect(show_about)
    menu.addActions([first, keys])
    menu.addSeparator()
    menu.addAction(about)
    return [first, keys, about]
