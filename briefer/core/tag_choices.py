"""The user's three choices on a passage's theme (briefer.core.tags applies them).

Apart from the tags service, so that the window's panels can name them without
loading the ORM before their first paint.
"""

from __future__ import annotations

INCLUDE, EXCLUDE, CLEAR = "include", "exclude", "clear"
