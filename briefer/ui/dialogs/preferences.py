"""The preferences: author, default classification marking, export folder, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer import paths
from briefer.settings import LANGUAGES, MARKINGS
from briefer.ui import file_dialogs
from briefer.ui.state import AppState

# The same markings the composer offers; the user may type any other.
# Each language is named in itself, so it can be found whatever language the UI speaks.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        settings = state.settings
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.setMinimumWidth(520)

        self.author_edit = QLineEdit(settings.author)
        self.author_edit.setPlaceholderText(self.tr("Uw naam, zoals op het voorblad"))
        self.classification_combo = QComboBox()
        self.classification_combo.setEditable(True)
        self.classification_combo.addItems(list(MARKINGS))
        self.classification_combo.lineEdit().setPlaceholderText(self.tr("geen rubricering"))
        self.classification_combo.setCurrentText(settings.default_classification)
        self.folder_edit = QLineEdit(settings.export_folder)
        self.folder_edit.setPlaceholderText(
            self.tr("De map Documenten (%1)").replace("%1", str(paths.documents_dir()))
        )
        self.browse_button = QPushButton(self.tr("Bladeren…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_note = QLabel(self.tr("De taal wordt bij de volgende start gewijzigd."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #555;")
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        self.format_combo.addItem(self.tr("Word (.docx)"), "docx")
        self.format_combo.addItem(self.tr("PDF"), "pdf")
        self.format_combo.setCurrentIndex(
            max(0, self.format_combo.findData(settings.export_format))
        )
        self.template_edit = QLineEdit(settings.word_template)
        self.template_edit.setObjectName("wordTemplate")
        self.template_edit.setPlaceholderText(self.tr("De sjabloon van Briefer"))
        self.template_edit.setToolTip(
            self.tr(
                "Een Word-sjabloon van uw ministerie (.dotx of .docx) met stijlen, logo en "
                "colofon: Word-exports gebruiken die als basis."
            )
        )
        self.template_button = QPushButton(self.tr("Kiezen…"))
        self.template_button.setAutoDefault(False)
        self.template_button.clicked.connect(self.browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.template_button)
        # issue 11: a team library on a PostgreSQL server (or another file)
        self.library_edit = QLineEdit(settings.database)
        self.library_edit.setPlaceholderText(self.tr("Het standaardbestand briefer.sqlite"))
        self.library_edit.setToolTip(
            self.tr(
                "Een databasebestand, of een teambibliotheek op een PostgreSQL-server: "
                "postgresql+psycopg://gebruiker@server/database. Geldt vanaf de volgende start."
            )
        )

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_buddy(self.tr("&Auteur:"), self.author_edit), self.author_edit)
        form.addRow(
            _buddy(self.tr("Standaard&rubricering:"), self.classification_combo),
            self.classification_combo,
        )
        form.addRow(_buddy(self.tr("&Exportmap:"), self.folder_edit), folder_row)
        form.addRow(_buddy(self.tr("&Taal:"), self.language_combo), self.language_combo)
        form.addRow("", self.language_note)
        form.addRow(_buddy(self.tr("Export&formaat:"), self.format_combo), self.format_combo)
        form.addRow(_buddy(self.tr("&Word-sjabloon:"), self.template_edit), template_row)
        form.addRow(_buddy(self.tr("&Bibliotheek:"), self.library_edit), self.library_edit)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._language_changed()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_changed(self) -> None:
        font = self.language_note.font()
        font.setBold(self.language() != self.state.settings.language)
        self.language_note.setFont(font)

    def browse(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        folder = file_dialogs.existing_folder(self, self.tr("Exportmap kiezen"), start)
        if folder:
            self.folder_edit.setText(folder)

    def browse_template(self) -> None:
        start = self.template_edit.text().strip() or str(Path.home())
        chosen = file_dialogs.open_file(
            self,
            self.tr("Word-sjabloon kiezen"),
            start,
            self.tr("Word-sjablonen (*.dotx *.docx)"),
        )
        if chosen:
            self.template_edit.setText(chosen)

    def accept(self) -> None:
        template = self.template_edit.text().strip()
        if template and not Path(template).expanduser().is_file():
            QMessageBox.warning(
                self,
                self.tr("Word-sjabloon"),
                self.tr("%1 bestaat niet; kies een .dotx- of .docx-bestand.").replace(
                    "%1", template
                ),
            )
            return
        settings = self.state.settings.with_changes(
            export_format=str(self.format_combo.currentData()),
            word_template=template,
            author=self.author_edit.text().strip(),
            default_classification=self.classification_combo.currentText().strip(),
            export_folder=self.folder_edit.text().strip(),
            language=self.language(),
            database=self.library_edit.text().strip(),
        )
        if settings != self.state.settings:
            try:
                self.state.update_settings(settings)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Voorkeuren niet opgeslagen"),
                    self.tr("De voorkeuren konden niet worden opgeslagen: {reason}").format(
                        reason=exc.strerror or exc
                    ),
                )
                return
        super().accept()


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
