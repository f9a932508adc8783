"""The reader with its legend: above the letter, every theme its passages carry,
as the mark the reader draws (short label on the theme's colour), the theme's
name and the number of passages. It can be folded away and back at any time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from briefer.core.colours import text_color_on
from briefer.ui.formatting import number_text
from briefer.ui.models.reader_model import LegendEntry
from briefer.ui.panels.reader import ReaderView


def legend_html(entries: list[LegendEntry]) -> str:
    parts = []
    for entry in entries:
        mark = (
            f'<span style="background-color:{entry.color}; color:{text_color_on(entry.color)};">'
            f"&nbsp;<b>{escape(entry.label)}</b>&nbsp;</span>"
        )
        parts.append(
            f"<span style='white-space:nowrap'>{mark}&nbsp;{escape(entry.name)}"
            f"&nbsp;<span style='color:#6b6b6b'>{number_text(entry.passages)}</span></span>"
        )
    return " &nbsp; ".join(parts)


class ReaderPane(QWidget):
    """The reader under a one-line header with the legend (folded or open)."""

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
        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Legenda van de thema's"))
        small = self.legend.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.legend.setFont(small)
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

    def entries(self) -> list[LegendEntry]:
        return self.reader.model_.legend()

    def update_legend(self) -> None:
        entries = self.entries()
        text = legend_html(entries)
        self.legend.setText(text or self.tr("Geen thema's in deze brief."))
        self.show_legend(self.toggle.isChecked())

    def show_legend(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.legend.setVisible(shown)
