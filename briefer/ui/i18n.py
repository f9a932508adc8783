"""Load the user's language: Briefer's own translations and Qt's for standard dialogs.

The source strings in the code are Dutch, so Dutch needs no file of ours; only
Qt's own ``qtbase_nl.qm`` (so standard buttons read "Annuleren"). English loads
``resources/i18n/briefer_en.qm``, made by ``tools/update_translations.py``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from briefer import paths

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "nl"
_installed: list[QTranslator] = []  # children of the app: they live as long as it does
_language = [SOURCE_LANGUAGE]  # the interface's language now


class AcceleratorGaps(QTranslator):
    """What Qt's own translation lacks because Qt gave a label an accelerator since:
    the file dialog's "&Look in:" and "Files of &type:" have no Dutch in
    ``qtbase_nl.qm``, which has "Look in:" and "Files of type:". Such a label gets the
    translation of its text without the "&", with the accelerator put back on a
    word that starts with the same letter (else on the first letter)."""

    def __init__(self, base: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.base = base

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty text would be taken as the translation.
        if "&" not in source or self.base.translate(context, source, disambiguation, n):
            return None
        key = source.replace("&&", "\0")
        at = key.find("&")
        if at < 0 or at + 1 >= len(key):
            return None
        plain = key.replace("&", "").replace("\0", "&&")
        found = self.base.translate(context, plain, disambiguation, n)
        if not found:
            return None
        return with_accelerator(found, key[at + 1])


def with_accelerator(text: str, letter: str) -> str:
    """``text`` with "&" before a word starting with ``letter`` (else before the first)."""
    for word in re.finditer(r"\w+", text):
        if word.group().lower().startswith(letter.lower()):
            return text[: word.start()] + "&" + text[word.start() :]
    return "&" + text


def current_language() -> str:
    """The language the interface speaks now ("nl" or "en")."""
    return _language[0]


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_missing(language: str) -> str | None:
    """Why Qt's own words (a dialog's buttons, a context menu) would not be in
    ``language``: its translation is not where Qt looks. None when it is (or for
    English, Qt's own language)."""
    if language == "en":
        return None
    folder = qt_translations_dir()
    if (folder / f"qtbase_{language}.qm").is_file():
        return None
    return f"Qt's eigen vertaling (qtbase_{language}.qm) staat niet in {folder}"


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator installed by ``install_translator``: back to Dutch."""
    _language[0] = SOURCE_LANGUAGE
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Translate the UI into ``language`` ("nl" or "en"); False when its file is missing.

    Replaces translators installed earlier, so it can be called again.
    """
    remove_translators(app)
    _language[0] = language
    installed: list[QTranslator] = []
    ours = True
    if language != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        ours = translator.load(str(translations_dir() / f"briefer_{language}.qm"))
        if ours:
            installed.append(translator)
        else:
            log.warning("no translation of Briefer for language %r", language)
            translator.deleteLater()
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", str(qt_translations_dir())):
        installed.append(qt_translator)
        installed.append(AcceleratorGaps(qt_translator, app))
    else:
        qt_translator.deleteLater()
    for translator in installed:
        app.installTranslator(translator)
    _installed.extend(installed)
    return ours
