"""Texts the core produces in Dutch (reasons, labels), rendered through Qt's
translation system so the English interface shows them in English too."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_MENTIONS = re.compile(r"^noemt “(.*)”$")
_HEADING = re.compile(r"^onder de kop “(.*)” \(“(.*)”\)$")


def tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def reason(text: str) -> str:
    """One reason from briefer.tagging.explain, translated."""
    match = _MENTIONS.match(text)
    if match:
        return tr("noemt “%1”").replace("%1", match.group(1))
    match = _HEADING.match(text)
    if match:
        return (
            tr("onder de kop “%1” (“%2”)")
            .replace("%1", match.group(1))
            .replace("%2", match.group(2))
        )
    if text == "handmatig toegevoegd":
        return tr("handmatig toegevoegd")
    if text == "handmatig uitgesloten":
        return tr("handmatig uitgesloten")
    return text


def reasons(texts: tuple[str, ...] | list[str]) -> list[str]:
    return [reason(text) for text in texts]
