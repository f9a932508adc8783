"""Letter pairs made from the bundled letter: one China passage changed, one passage
added (it names China only in "Chinastrategie" and cites the bundled letter), one removed."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import BUNDLED_LETTER

CHANGED_BEFORE = "Waar mogelijk zoeken wij de samenwerking."
CHANGED_AFTER = "Waar mogelijk zoeken wij niet langer de samenwerking."
ADDED = (
    "Zoals gemeld in de beleidsbrief (Kamerstuk 35 925 V, nr. 84) wordt de Chinastrategie "
    "dit jaar herzien."
)
REMOVED_START = "De oorlog in Oekraïne onderstreept nogmaals dat een assertief"


def later_letter(folder: Path, *, same_kamerstuk: bool = False, name: str = "later.txt") -> Path:
    """The bundled letter, changed in three places; another kamerstuk unless ``same_kamerstuk``."""
    lines = BUNDLED_LETTER.read_text(encoding="utf-8").split("\n")
    start = next(
        i for i, line in enumerate(lines) if line.startswith("De oorlog in Oekraïne onderstreept")
    )
    end = lines.index("", start)
    lines[start : end + 1] = [ADDED, ""]
    text = "\n".join(lines)
    assert "zoeken wij de samenwerking." in text
    text = text.replace("zoeken wij de samenwerking.", "zoeken wij niet langer de samenwerking.")
    if not same_kamerstuk:
        text = text.replace("2021–2022, 35 925 V, nr. 84", "2022–2023, 36 200 V, nr. 5")
        text = text.replace("Den Haag, 8 maart 2022", "Den Haag, 7 maart 2023")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
