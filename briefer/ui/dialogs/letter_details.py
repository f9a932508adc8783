"""The letter's details (title, date, kamerstuk, kenmerk, ...) as fields to correct."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget


class LetterDetailsBox(QGroupBox):
    """Two columns of label and field, so the outline above keeps the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gegevens van de brief"))
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        for index, (name, label) in enumerate(self._labels().items()):
            edit = QLineEdit()
            edit.setObjectName(f"meta_{name}")
            self.fields[name] = edit
            caption = QLabel(label)
            caption.setBuddy(edit)
            row, column = divmod(index, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(edit, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Titel"),
            "date": self.tr("Datum"),
            "kamerstuk": self.tr("Kamerstuk"),
            "vergaderjaar": self.tr("Vergaderjaar"),
            "reference": self.tr("Kenmerk"),
            "ministry": self.tr("Ministerie"),
            "directorate": self.tr("Directie"),
            "dossier": self.tr("Dossier"),
            "signatory": self.tr("Ondertekenaar"),
            "signatory_role": self.tr("Functie"),
        }

    def show_values(self, values: dict[str, str]) -> None:
        for name, edit in self.fields.items():
            edit.setText(values.get(name, ""))
            edit.setCursorPosition(0)

    def changes(self, values: dict[str, str]) -> list[tuple[str, str]]:
        """(field, new text) for every field the user changed from ``values``."""
        return [
            (name, edit.text().strip())
            for name, edit in self.fields.items()
            if edit.text().strip() != values.get(name, "")
        ]
