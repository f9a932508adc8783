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


_NO_NOTE = re.compile(r"^geen notitie onder '(.*)'$")


def omission_reason(text: str) -> str:
    """Why a briefing part is left out (from briefer.compose), translated."""
    match = _NO_NOTE.match(text)
    if match:
        return tr("geen notitie onder '%1'").replace("%1", match.group(1))
    known = {
        "nog geen actieve spreekpunten": tr("nog geen actieve spreekpunten"),
        "geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&A'": tr(
            "geen reactieve spreekpunten en geen notitie onder 'Reactief' of 'Q&A'"
        ),
        "geen passages over dit thema": tr("geen passages over dit thema"),
        "geen brieven gebruikt": tr("geen brieven gebruikt"),
        "geen eigen notities": tr("geen eigen notities"),
        "geen toezeggingen over dit thema en geen notitie onder 'Toezeggingen'": tr(
            "geen toezeggingen over dit thema en geen notitie onder 'Toezeggingen'"
        ),
        "er is nog geen tweede brief of versie om mee te vergelijken": tr(
            "er is nog geen tweede brief of versie om mee te vergelijken"
        ),
        "op dit thema is niets veranderd": tr("op dit thema is niets veranderd"),
        "de gekozen brief om mee te vergelijken staat niet meer in de bibliotheek": tr(
            "de gekozen brief om mee te vergelijken staat niet meer in de bibliotheek"
        ),
        "de gekozen versie om mee te vergelijken bestaat niet meer": tr(
            "de gekozen versie om mee te vergelijken bestaat niet meer"
        ),
        "geen bibliotheek om te vergelijken": tr("geen bibliotheek om te vergelijken"),
        "dit onderdeel heeft hier nog geen inhoud": tr("dit onderdeel heeft hier nog geen inhoud"),
    }
    return known.get(text, text)
