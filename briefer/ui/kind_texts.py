"""The names of the kinds of document and of a passage's roles, as the window shows them
(Dutch, or English through Qt's translation system)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.ingest.model import (
    ANSWER,
    BNC_FICHE,
    CONSIDERATION,
    DOCUMENT,
    KAMERBRIEF,
    KAMERVRAGEN,
    MOTIE,
    POSITION,
    QUESTION,
    REQUEST,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("KindTexts", text)


def kind_label(kind: str) -> str:
    """ "Kamerbrief", "Motie", "Kamervragen", "BNC-fiche", "Document"."""
    labels = {
        KAMERBRIEF: tr("Kamerbrief"),
        MOTIE: tr("Motie"),
        KAMERVRAGEN: tr("Kamervragen"),
        BNC_FICHE: tr("BNC-fiche"),
        DOCUMENT: tr("Document"),
    }
    return labels.get(kind, kind)


def kind_tooltip(kind: str) -> str:
    """One line on what the kind is, for the library's tooltip."""
    tips = {
        KAMERBRIEF: tr("Een brief van de regering aan de Tweede Kamer"),
        MOTIE: tr("Een motie: overwegingen, een verzoek aan de regering en de indieners"),
        KAMERVRAGEN: tr("Schriftelijke vragen van Kamerleden met de antwoorden van de regering"),
        BNC_FICHE: tr("Een BNC-fiche: het oordeel van het kabinet over een nieuw EU-voorstel"),
        DOCUMENT: tr("Een document van een andere soort, gelezen als gewone tekst"),
    }
    return tips.get(kind, "")


def role_label(role: str | None, number: int | None) -> str:
    """ "Vraag 1", "Antwoord 1", "Overweging", "Verzoek (dictum)", …; "" for body text."""
    if role == QUESTION:
        text = tr("Vraag %1") if number is not None else tr("Vraag")
    elif role == ANSWER:
        text = tr("Antwoord %1") if number is not None else tr("Antwoord")
    elif role == CONSIDERATION:
        return tr("Overweging")
    elif role == REQUEST:
        return tr("Verzoek (dictum)")
    elif role == POSITION:
        return tr("Nederlandse positie")
    else:
        return ""
    return text.replace("%1", str(number))
