"""Dates and numbers as the interface's language writes them: ``8 maart 2022`` and
``1.234`` in Dutch, ``8 March 2022`` and ``1,234`` in English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from briefer.ui import i18n


def ui_locale() -> QLocale:
    if i18n.current_language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def date_text(value: date | None) -> str:
    """``8 maart 2022`` (``8 March 2022`` in English); empty for no date."""
    if value is None:
        return ""
    return ui_locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def parse_date_text(text: str) -> date | None:
    """A date written as ``date_text`` writes it (in either language), or None."""
    for locale in (ui_locale(), *_LOCALES):
        parsed = locale.toDate(" ".join(text.split()), "d MMMM yyyy")
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


_LOCALES = (
    QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
)


def date_time_text(value: datetime) -> str:
    """``8 maart 2022 14:02``."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return ui_locale().toString(moment, "d MMMM yyyy HH:mm")


def number_text(value: int) -> str:
    """``1.234`` (``1,234`` in English)."""
    return ui_locale().toString(value)
