"""The composer's list of parts, with the reason beside a part that would be empty.

A chosen part with nothing to show is left out of the document; the list says so
where the user looks: the part's name greyed, and after it, in grey italics, why
("leeg: geen notitie onder 'Feiten en cijfers'"), for every topic or for the
topics of a pack that have nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from briefer.compose.render_model import Omission

REASON_ROLE = Qt.ItemDataRole.UserRole + 7
GAP = 12


class PartReasonDelegate(QStyledItemDelegate):
    """Paints a part as usual, then its reason (``REASON_ROLE``) after its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        reason = index.data(REASON_ROLE)
        if not reason:
            return
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        style = view.widget.style() if view.widget else None
        if style is None:
            return
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view, view.widget)
        metrics = view.fontMetrics
        used = metrics.horizontalAdvance(view.text) + GAP
        room = text_rect.adjusted(used, 0, 0, 0)
        if room.width() < 40:
            return
        painter.save()
        font = view.font
        font.setItalic(True)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        roles = view.palette.ColorRole
        role = roles.HighlightedText if selected else roles.PlaceholderText
        painter.setPen(view.palette.color(role))
        shown = metrics.elidedText(str(reason), Qt.TextElideMode.ElideRight, room.width())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(room, int(align), shown)
        painter.restore()


def part_reasons(omitted: Iterable[Omission], topics: list[str]) -> dict[str, tuple[str, bool]]:
    """part -> (what the list says, whether the whole document leaves it out).

    ``topics``: the topics the document shows. A part empty for all of them is left
    out ("leeg: <reason>"); for some of them only, the list names those topics."""
    by_part: dict[str, list[Omission]] = {}
    for omission in omitted:
        if omission.key and omission.topic in topics:
            by_part.setdefault(omission.key, []).append(omission)
    found: dict[str, tuple[str, bool]] = {}
    for part, omissions in by_part.items():
        empty_in = [o.topic for o in omissions]
        if len(topics) <= 1 or set(empty_in) >= set(topics):
            found[part] = (omissions[0].reason, True)
        else:
            found[part] = (", ".join(empty_in), False)
    return found
