"""An older version of a letter, read-only: its passages with their pages and sections."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefer.core.versions import VersionPassage
from briefer.ui.dialog_size import fit_to_screen


def version_html(title: str, passages: list[VersionPassage]) -> str:
    parts = [f"<h2>{escape(title)}</h2>"]
    section: str | None = None
    for passage in passages:
        if passage.section and passage.section != section:
            section = passage.section
            parts.append(f"<h3>{escape(section)}</h3>")
        pages = (
            f"p. {passage.first_page}"
            if passage.first_page == passage.last_page
            else f"p. {passage.first_page}-{passage.last_page}"
        )
        parts.append(
            f"<p><span style='color:#6b6b6b'>{pages}</span>&nbsp;&nbsp;{escape(passage.text)}</p>"
        )
    return "".join(parts)


class VersionDialog(QDialog):
    def __init__(
        self, title: str, passages: list[VersionPassage], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Oudere versie (alleen lezen)"))
        self.text = QTextBrowser()
        self.text.setObjectName("versionText")
        self.text.setHtml(version_html(title, passages))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 800)
