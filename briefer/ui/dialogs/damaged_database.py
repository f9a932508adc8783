"""At start-up: the library is damaged or missing. Say so plainly and offer the newest backup.

Never a crash and never a silent new, empty library: the user chooses to
restore the backup (the damaged file is kept aside, not deleted), or, when the
file is missing, to begin a new, empty library (the backups stay), or to quit.
After a restore the notes saved since the backup come back from the journal
(``briefer.core.note_replay``), and the window says so.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.core.errors import BrieferError, DamagedDatabaseError, MissingLibraryError
from briefer.core.note_replay import ReplayReport
from briefer.core.store.integrity import backup_time, restore_backup
from briefer.ui.formatting import date_time_text


class Choice(Enum):
    QUIT = "quit"
    RESTORED = "restored"
    NEW_LIBRARY = "new"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamagedDatabase", text)


def offer_restore(error: DamagedDatabaseError, parent: QWidget | None = None) -> Choice:
    """Ask whether to restore the newest backup (or, for a missing file, begin anew)."""
    missing = isinstance(error, MissingLibraryError)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if missing else QMessageBox.Icon.Critical)
    if missing:
        box.setWindowTitle(_tr("De bibliotheek ontbreekt"))
        box.setText(_tr("Het bibliotheekbestand is er niet meer, maar er zijn reservekopieën van."))
    else:
        box.setWindowTitle(_tr("De bibliotheek is beschadigd"))
        box.setText(_tr("Briefer kan de bibliotheek niet openen: %1.").replace("%1", error.problem))
    box.setInformativeText(str(error))
    if not error.backups:
        box.setDetailedText(_tr("Er is geen reservekopie van deze bibliotheek."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return Choice.QUIT
    newest = error.backups[-1]
    restore = box.addButton(
        _tr("Reservekopie van %1 terugzetten").replace("%1", date_time_text(backup_time(newest))),
        QMessageBox.ButtonRole.AcceptRole,
    )
    begin = None
    if missing:
        begin = box.addButton(_tr("Nieuwe, lege bibliotheek"), QMessageBox.ButtonRole.ResetRole)
    box.addButton(_tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(
        _tr("De reservekopieën blijven bewaard.")
        if missing
        else _tr(
            "Het beschadigde bestand wordt niet verwijderd, maar opzij gezet naast de database."
        )
    )
    box.exec()
    clicked = box.clickedButton()
    if begin is not None and clicked is begin:
        return Choice.NEW_LIBRARY
    if clicked is not restore:
        return Choice.QUIT
    try:
        restore_backup(error.database, newest)
    except BrieferError as exc:
        QMessageBox.critical(parent, _tr("Terugzetten mislukt"), str(exc))
        return Choice.QUIT
    return Choice.RESTORED


def say_what_came_back(report: ReplayReport, parent: QWidget | None = None) -> None:
    """After a restore: the notes saved since the backup that were put back from the journal."""
    if not report.versions and report.aside_file is None:
        return
    lines = []
    if report.versions:
        text = (
            _tr("Eén notitieversie van na de reservekopie is teruggezet.")
            if report.versions == 1
            else _tr("%1 notitieversies van na de reservekopie zijn teruggezet (%2 notities).")
        )
        lines.append(text.replace("%1", str(report.versions)).replace("%2", str(report.notes)))
    if report.aside_file is not None:
        text = (
            _tr(
                "Eén notitie hoorde bij een brief die na de reservekopie kwam; "
                "de tekst staat in %2."
            )
            if report.kept_aside == 1
            else _tr(
                "%1 notities hoorden bij een brief die na de reservekopie kwam; "
                "hun tekst staat in %2."
            )
        )
        lines.append(
            text.replace("%1", str(report.kept_aside)).replace("%2", str(report.aside_file))
        )
    QMessageBox.information(parent, _tr("Bibliotheek teruggezet"), "\n\n".join(lines))
