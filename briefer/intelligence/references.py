"""References to other parliamentary documents, in every printed form, to one id.

A letter cites Kamerstukken as ``(Kamerstuk 36 045, nr. 3)``, ``Kamerstukken
21 501-20, nr. 1795``, ``35 925 V, nr. 84``, ``Kamerstukken II 2021/22, 35 925
V, nr. 84, p. 13`` or compactly ``21501-32-1740``; with non-breaking spaces,
``36045`` for ``36 045``, en dashes and ``nr.3``. Each becomes one canonical id
in the publication's own scheme (``kst-21501-32-1703``, ``kst-35925-V-84``) and
one display form (``21 501-32, nr. 1703``). Handelingen (``Handelingen II
2010/11, nr. 108, item 5``) become ``h-tk-20102011-108-5``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KAMERSTUK, HANDELINGEN, NAMED = "kamerstuk", "handelingen", "named"
_SPACE = r"[ \u00a0\u202f\u2009]"  # spaces as printed, also non-breaking and thin
_DASHES = r"\-\u2010\u2011\u2012\u2013\u2014"
_DASH = rf"[{_DASHES}]"
_DOSSIER = rf"(?P<dossier>\d{{2}}{_SPACE}?\d{{3}})"
_SUB = rf"(?:{_SPACE}?{_DASH}{_SPACE}?(?P<sub>\d{{1,3}}|[A-Z]{{1,4}}))?"
_ADDITION = rf"(?:{_SPACE}+(?P<addition>[IVXLC]{{1,6}}|[A-Z](?:{_SPACE}?[A-Z])?))?"
_NUMBER = rf",?{_SPACE}*nr\.?{_SPACE}*(?P<number>\d{{1,5}})"
_CHAMBER = rf"(?:{_SPACE}+(?P<chamber>II|I))?(?:{_SPACE}+\d{{4}}/\d{{2,4}},?)?"

# "Kamerstuk(ken) [II 2021/22,] 21 501-20 [V], nr. 1795" and the bare "35 925 V, nr. 84"
_KAMERSTUK = re.compile(
    rf"(?P<prefix>Kamerstuk(?:ken)?{_CHAMBER}{_SPACE}*)?"
    rf"(?<![\d/]){_DOSSIER}{_SUB}{_ADDITION}{_NUMBER}(?!\d)"
)
# "21501-32-1740": dossier, sub-number, document number, written together
_COMPACT = re.compile(
    rf"(?<![\d/{_DASHES}])(?P<dossier>\d{{5}}){_DASH}(?P<sub>\d{{1,3}}){_DASH}"
    rf"(?P<number>\d{{1,5}})(?![\d{_DASHES}])"
)
_HANDELINGEN = re.compile(
    rf"(?P<aanhangsel>Aanhangsel{_SPACE}+)?Handelingen{_SPACE}+(?P<chamber>II|I)"
    rf"{_SPACE}+(?P<year>\d{{4}})/(?P<year2>\d{{2}}),?{_SPACE}*nr\.?{_SPACE}*(?P<number>\d{{1,5}})"
    rf"(?:,?{_SPACE}*item{_SPACE}*(?P<item>\d{{1,3}}))?"
)
# "het amendement-Mulder", "de motie van het lid Van Dam c.s." (a number may follow)
_NAMED = re.compile(
    r"\b(?P<kind>motie|amendement)(?:-|\s+van\s+(?:het\s+lid|de\s+leden)\s+)"
    r"(?P<name>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)\s+)*[A-Z][\w'’-]+)(?P<cs>\s+c\.s\.)?",
)
_KIND_BEFORE = re.compile(r"\b(motie|amendement)\b[^()]{0,60}\(?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Reference:
    kind: str  # kamerstuk | handelingen | named (a motie or amendement by its name only)
    canonical: str  # kst-21501-32-1703, h-tk-20212022-52-8
    display: str  # 21 501-32, nr. 1703
    text: str  # as printed
    start: int  # where it stands in the text
    end: int
    document: str = ""  # motie | amendement | "" (what the cited document is, when said)

    @property
    def key(self) -> str:
        """A letter's kamerstuk_key for the same document (briefer.ingest.kamerstuk)."""
        return re.sub(r"[^0-9a-z]", "", self.display.lower().replace("nr.", " "))


def _dossier(raw: str) -> str:
    return re.sub(r"\D", "", raw)


def kamerstuk_reference(
    dossier: str, sub: str | None, addition: str | None, number: str
) -> tuple[str, str]:
    """(canonical id, display form) of one Kamerstuk."""
    digits = _dossier(dossier)
    addition = re.sub(r"\s", "", addition) if addition else None
    parts = [digits] + ([sub] if sub else []) + ([addition] if addition else [])
    canonical = "kst-" + "-".join(parts) + f"-{int(number)}"
    display = f"{digits[:2]} {digits[2:]}"
    if sub:
        display += f"-{sub}"
    if addition:
        display += f" {addition}"
    return canonical, f"{display}, nr. {int(number)}"


def normalise(printed: str) -> str | None:
    """The canonical id of one printed reference, or None when it is not one."""
    found = find_references(printed)
    return found[0].canonical if len(found) == 1 else None


def find_references(text: str) -> list[Reference]:
    """Every Kamerstuk and Handelingen reference in ``text``, in reading order."""
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, canonical: str, display: str, start: int, end: int) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        before = _KIND_BEFORE.search(text, max(0, start - 90), start)
        document = before.group(1).lower() if before else ""
        printed = " ".join(text[start:end].split())
        found.append(Reference(kind, canonical, display, printed, start, end, document))

    for match in _HANDELINGEN.finditer(text):
        chamber = "tk" if match["chamber"] == "II" else "ek"
        first = int(match["year"])
        years = f"{first}{first + 1}"
        prefix = "ah" if match["aanhangsel"] else "h"
        canonical = f"{prefix}-{chamber}-{years}-{int(match['number'])}"
        if match["item"]:
            canonical += f"-{int(match['item'])}"
        label = "Aanhangsel Handelingen" if match["aanhangsel"] else "Handelingen"
        display = (
            f"{label} {match['chamber']} {first}/{str(first + 1)[2:]}, nr. {int(match['number'])}"
        )
        if match["item"]:
            display += f", item {int(match['item'])}"
        add(HANDELINGEN, canonical, display, match.start(), match.end())
    for match in _KAMERSTUK.finditer(text):
        bare = not match["prefix"]
        # a bare "35 925 V, nr. 84" needs the comma before nr.: "in 2022 nr 3" is not one
        if bare and not re.match(rf"{_DOSSIER}{_SUB}{_ADDITION},", match.group(0)):
            continue
        canonical, display = kamerstuk_reference(
            match["dossier"], match["sub"], match["addition"], match["number"]
        )
        add(KAMERSTUK, canonical, display, match.start(), match.end())
    for match in _NAMED.finditer(text):
        numbered = any(0 <= r.start - match.end() <= 12 for r in found if r.kind == KAMERSTUK)
        if numbered:  # "motie … (Kamerstuk 36 045, nr. 4)": that reference says it already
            continue
        kind, name = match["kind"].lower(), " ".join(match["name"].split())
        label = f"{kind}-{name}" + (" c.s." if match["cs"] else "")
        canonical = f"{kind}-" + re.sub(r"[^a-z]+", "-", name.lower()).strip("-")
        add(NAMED, canonical, label, match.start(), match.end())
    for match in _COMPACT.finditer(text):
        canonical, display = kamerstuk_reference(
            match["dossier"], match["sub"], None, match["number"]
        )
        add(KAMERSTUK, canonical, display, match.start(), match.end())
    return sorted(found, key=lambda r: r.start)
