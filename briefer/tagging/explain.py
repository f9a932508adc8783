"""Why a passage carries a theme, in the user's words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def explain_reason(reason: dict[str, Any]) -> str:
    kind = reason.get("kind")
    if kind in ("term", "compound"):
        return f"noemt “{reason.get('found') or reason.get('term', '')}”"
    if kind == "heading":
        return f"onder de kop “{reason.get('heading', '')}” (“{reason.get('term', '')}”)"
    if kind == "manual":
        return "handmatig toegevoegd"
    return str(reason)


def explain(reasons: Iterable[dict[str, Any]]) -> list[str]:
    return [explain_reason(reason) for reason in reasons]
