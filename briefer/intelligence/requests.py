"""The requests of the Kamer in a motie: its dictum (``verzoekt de regering ...``,
``spreekt uit ...``, ``roept de regering op ...``).

Readers mark a motie's dictum passages with the role "verzoek"; where one passage holds
the whole motie (a plain text, or a reader that kept it together), the dictum is found in
it by its opening words. Only a motie has requests: the same words quoted in a letter
(``hieruit: 'verzoekt de regering ...'``) are not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.intelligence.commitments import PassageInput
from briefer.intelligence.sentences import page_at

REQUEST_ROLE = "verzoek"
_I = re.IGNORECASE
_OPENING = (
    r"(?:verzoekt|verzoeken|roept|draagt|spreekt|vraagt|dringt)\s+"
    r"(?:de regering|het kabinet|de minister|de staatssecretaris|uit|zich uit|de bewindspersoon)"
)
_START = re.compile(rf"(?:^|(?<=[;,:]))\s*(?={_OPENING})", _I)
_END = re.compile(r";|,?\s*en gaat over tot de orde van de dag", _I)
_MOTIE = re.compile(r"\bgehoord de beraadslaging\b|\ben gaat over tot de orde van de dag\b", _I)
_LEAD = re.compile(rf"^{_OPENING}(?:\s+(?:tevens|voorts|daarnaast|ook|op))?[\s,]*(?:om[\s,]+)?", _I)


@dataclass(frozen=True)
class FoundRequest:
    passage_id: int
    page: int
    text: str  # the dictum, as in the motie: "verzoekt de regering, om ...;"
    subject: str  # what is asked, shortly: "een grensspaarsaldo te definiëren ..."


def is_motie(passages: Sequence[PassageInput], kind: str | None = None) -> bool:
    """Whether a document is a motie: its kind says so, a passage has the role of a
    request, or its text has the motie's set phrases."""
    if kind is not None:
        return kind == "motie"
    return any(
        p.role == REQUEST_ROLE
        or (("beraadslaging" in p.text or "orde van de dag" in p.text) and _MOTIE.search(p.text))
        for p in passages
    )


def subject_of(request: str, words: int = 12) -> str:
    rest = _LEAD.sub("", request.strip())
    parts = rest.rstrip(";,. ").split()
    subject = " ".join(parts[:words])
    return subject + ("…" if len(parts) > words else "")


def _pieces(passage: PassageInput) -> list[tuple[int, str]]:
    """(offset, text) of each dictum in a passage."""
    starts = sorted({m.end() for m in _START.finditer(passage.text)})
    pieces = []
    for start in starts:
        end = _END.search(passage.text, start)
        stop = (
            end.end()
            if end is not None and end.group(0) == ";"
            else (end.start() if end is not None else len(passage.text))
        )
        text = passage.text[start:stop].strip()
        if text:
            pieces.append((start, text))
    return pieces


def find_requests(passages: Sequence[PassageInput], kind: str | None = None) -> list[FoundRequest]:
    """The dictum of a motie, one request per "verzoekt ..." / "spreekt uit ..."."""
    if not is_motie(passages, kind):
        return []
    found: list[FoundRequest] = []
    for passage in passages:
        if passage.role == REQUEST_ROLE:
            pieces = _pieces(passage) or [(0, passage.text.strip())]
        elif passage.role is None:
            pieces = _pieces(passage)
        else:
            continue
        for offset, text in pieces:
            page = page_at(offset, len(passage.text), passage.first_page, passage.last_page)
            found.append(FoundRequest(passage.id, page, text, subject_of(text)))
    return found
