"""The reader with its legend: above the letter, every theme its passages carry,
as the mark the reader draws (short label on the theme's colour), the theme's
name and the number of passages. It can be folded away and back at any time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.colours import text_color_on
from briefer.ui.formatting import number_text
from briefer.ui.models.reader_model import LegendEntry
from briefer.ui.panels.reading_pane import ReaderView

LEGEND_LINES = 3  # more lines scroll
LINK_STYLE = "color:#202020; text-decoration:none"  # a theme's name opens it; no link blue


def legend_html(entries: list[LegendEntry]) -> str:
    parts = []
    for entry in entries:
        mark = (
            f'<span style="background-color:{entry.color}; color:{text_color_on(entry.color)};">'
            f"&nbsp;<b>{escape(entry.label)}</b>&nbsp;</span>"
        )
        # Non-breaking spaces and a word joiner after hyphens keep an entry on one line.
        name = escape(entry.name).replace(" ", "&nbsp;").replace("-", "-\u2060")
        count = number_text(entry.passages).replace(" ", "&nbsp;")
        link = (
            f"<a href='theme:{entry.theme_id}' style='color:palette(text); text-decoration:none'>"
        )
        parts.append(
            f"{link}{mark}&nbsp;{name}</a>&nbsp;<span style='color:#6b6b6b'>{count}</span>"
        )
    # The gap stays at the end of a line (non-breaking), the plain space is where it breaks.
    return "&ensp;&ensp; ".join(parts)


class LegendView(QTextBrowser):
    """The legend's text: as tall as its lines, at most about three; more scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser#legend { background: transparent; }")
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.setFont(small)
        self.document().setDocumentMargin(2)

    def set_html(self, html: str) -> None:
        self.setHtml(html)
        self.fit_height()

    def text(self) -> str:
        """What the legend says, with ordinary spaces."""
        return self.toPlainText().replace("\xa0", " ").replace("\u2060", "")

    def fit_height(self) -> None:
        """All lines when they are few, else exactly LEGEND_LINES whole lines."""
        document = self.document()
        document.setTextWidth(max(50, self.viewport().width()))
        height = document.size().height()
        layout = document.firstBlock().layout()
        if document.blockCount() == 1 and layout is not None and layout.lineCount() > LEGEND_LINES:
            last = layout.lineAt(LEGEND_LINES - 1)
            height = last.rect().bottom() + layout.position().y()  # the position has the margin
        self.setFixedHeight(int(height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


class ReaderPane(QWidget):
    """The reader under a one-line header with the legend (folded or open).

    Clicking a theme in the legend emits ``open_theme_requested(theme_id)``.
    """

    open_theme_requested = Signal(int)

    def __init__(self, reader: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPane")
        self.reader = reader
        self.toggle = QToolButton()
        self.toggle.setObjectName("legendToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("Legenda"))
        self.toggle.setToolTip(self.tr("De thema's met hun kleur en afkorting tonen of verbergen"))
        self.toggle.toggled.connect(self.show_legend)
        self.legend = LegendView()
        self.legend.setAccessibleName(self.tr("Legenda van de thema's"))
        self.legend.setToolTip(self.tr("Klik op een thema om het te openen"))
        self.legend.anchorClicked.connect(self._anchor_clicked)
        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 4, 0)
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(reader, 1)
        reader.model_.modelReset.connect(self.update_legend)
        self.update_legend()

    def _anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("theme:") and target[6:].isdigit():
            self.open_theme_requested.emit(int(target[6:]))

    def entries(self) -> list[LegendEntry]:
        return self.reader.model_.legend()

    def update_legend(self) -> None:
        entries = self.entries()
        text = legend_html(entries)
        self.legend.set_html(text or escape(self.tr("Geen thema's in deze brief.")))
        self.show_legend(self.toggle.isChecked())

    def show_legend(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.legend.setVisible(shown)
