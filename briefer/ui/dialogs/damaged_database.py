"""At start-up: the library is damaged. Say so plainly and offer the newest backup.

Never a crash and never a silent new, empty library: the user chooses to
restore the backup (the damaged file is kept aside, not deleted) or to quit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from briefer.core.errors import BrieferError, DamagedDatabaseError
from briefer.core.store.integrity import backup_time, restore_backup
from briefer.ui.formatting import date_time_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamagedDatabase", text)


def offer_restore(error: DamagedDatabaseError, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the newest backup; True when it was restored."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("De bibliotheek is beschadigd"))
    box.setText(_tr("Briefer kan de bibliotheek niet openen: %1.").replace("%1", error.problem))
    box.setInformativeText(str(error))
    if not error.backups:
        box.setDetailedText(_tr("Er is geen reservekopie van deze bibliotheek."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    newest = error.backups[-1]
    restore = box.addButton(
        _tr("Reservekopie van %1 terugzetten").replace("%1", date_time_text(backup_time(newest))),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(_tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDetailedText(
        _tr("Het beschadigde bestand wordt niet verwijderd, maar opzij gezet naast de database.")
    )
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restore_backup(error.database, newest)
    except BrieferError as exc:
        QMessageBox.critical(parent, _tr("Terugzetten mislukt"), str(exc))
        return False
    return True
