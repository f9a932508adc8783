"""Confirmations around themes: what deleting one would lose, restoring the defaults.

The theme editor asks before deleting; the main window's menu calls
``restore_defaults_with_confirmation`` directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefer.core.errors import BrieferError
from briefer.core.notes import get_note
from briefer.core.store.database import Store
from briefer.core.themes import theme_work
from briefer.ui.actions import Actions
from briefer.ui.dialogs.theme_preview import excerpt
from briefer.ui.state import AppState


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThemeEditorDialog", text)


def sentence(message: str) -> str:
    """Core messages are lower-case clauses; show them as a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def loss_description(store: Store, theme_id: int, name: str) -> str:
    """The confirmation text: exactly what deleting this theme would lose."""
    work = theme_work(store, theme_id)
    if work.empty:
        return _tr(
            "Het thema ‘{name}’ verwijderen? Er staan geen notities, spreekpunten of "
            "handmatige keuzes op; de passages zelf blijven in de bibliotheek."
        ).format(name=name)
    lost: list[str] = []
    if work.notes:
        body = get_note(store, theme_id=theme_id).body
        lost.append(_tr("de notitie bij dit thema (‘{opening}’)").format(opening=excerpt(body, 80)))
    if work.talking_points:
        lost.append(
            _tr("1 spreekpunt")
            if work.talking_points == 1
            else _tr("{n} spreekpunten").format(n=work.talking_points)
        )
    if work.manual_tags:
        lost.append(
            _tr("1 handmatige keuze voor een passage")
            if work.manual_tags == 1
            else _tr("{n} handmatige keuzes voor passages").format(n=work.manual_tags)
        )
    listed = "\n".join(f"• {item}" for item in lost)
    return _tr(
        "Het thema ‘{name}’ verwijderen? Daarmee gaat verloren:\n\n{lost}\n\n"
        "Briefer maakt eerst een reservekopie van de bibliotheek."
    ).format(name=name, lost=listed)


def restore_defaults_with_confirmation(
    state: AppState, actions: Actions, parent: QWidget | None = None
) -> list[str] | None:
    """Ask, then put the shipped themes back; returns the restored names (None: cancelled)."""
    answer = QMessageBox.question(
        parent,
        _tr("Standaardthema's herstellen"),
        _tr(
            "De meegeleverde thema's krijgen hun oorspronkelijke naam, kleur, beschrijving "
            "en regels terug; verwijderde standaardthema's komen terug. De bibliotheek wordt "
            "opnieuw getagd.\n\nUw eigen thema's, notities, spreekpunten en handmatige keuzes "
            "blijven staan."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = actions.restore_default_themes()
    except BrieferError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("Standaardthema's niet hersteld"), sentence(str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    if restored:
        message = _tr("Hersteld: {names}.").format(names=", ".join(restored))
    else:
        message = _tr("De standaardthema's waren al zoals meegeleverd.")
    state.status.emit(message)
    return restored
