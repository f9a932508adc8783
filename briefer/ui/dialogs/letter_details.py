"""The letter's details (title, date, kamerstuk, kenmerk, ...) as fields to correct."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from briefer.ui.formatting import date_text, parse_date_text


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
            edit.setText(self._shown(name, values.get(name, "")))
            edit.setCursorPosition(0)
        self.fields["date"].setPlaceholderText(
            self.tr("bijv. %1").replace("%1", date_text(date(2022, 10, 14)))
        )

    @staticmethod
    def _shown(name: str, value: str) -> str:
        """A date as the window writes dates ("14 oktober 2022"), the rest as stored."""
        if name == "date" and value:
            try:
                return date_text(date.fromisoformat(value))
            except ValueError:
                return value
        return value

    def changes(self, values: dict[str, str]) -> list[tuple[str, str]]:
        """(field, new text) for every field the user changed from ``values``; a date
        typed as the window writes it is handed on as 2022-10-14."""
        changed = []
        for name, edit in self.fields.items():
            text = edit.text().strip()
            if text == self._shown(name, values.get(name, "")):
                continue
            if name == "date":
                parsed = parse_date_text(text)
                text = parsed.isoformat() if parsed else text
            changed.append((name, text))
        return changed
