"""The closing of a letter: "Hoogachtend," and who signs, one or several, with their function.

A closing is the greeting ("Hoogachtend,", "Met vriendelijke groet,") and
then, for each signatory, the function ("DE MINISTER VAN INFRASTRUCTUUR EN
WATERSTAAT," or "De Minister van Buitenlandse Zaken,", which may wrap) and
the name after the space left for the signature ("Mark Harbers", "drs.
V.L.W.A. Heijnen"). Several signatories stand below each other or side by
side. What follows the signatures (an appendix in the same file) is body
text again. None of it is a passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefer.ingest.layout import Block
from briefer.ingest.letter_parts import is_salutation, title_from_capitals
from briefer.ingest.model import LetterMeta

if TYPE_CHECKING:
    from briefer.ingest.page_analysis import TextLine

GREETING = re.compile(
    r"^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met de meeste hoogachting|"
    r"Met beleefde groet(?:en)?)\s*,?$",
    re.IGNORECASE,
)
FUNCTION = re.compile(
    r"^(?:de|het)\s+(?:minister(?:-president)?|staatssecretaris|secretaris-generaal|"
    r"directeur(?:-generaal)?|plaatsvervangend|waarnemend|voorzitter|griffier|"
    r"minister\s+voor|ambassadeur)\b.{0,160}$",
    re.IGNORECASE,
)
_TITLES = r"(?:drs|mr|dr|ir|ing|prof|mevr|dhr|ds|bc|ba|ma|msc|lls)\.?"
_PARTICLES = r"(?:van|de|der|den|ter|ten|het|te|in|op|'t|’t|du|la|le|von|zu|el|al|bin)"
NAME = re.compile(
    rf"^(?:{_TITLES}\s+)*(?:[A-Z]\.\s*){{0,6}}(?:{_PARTICLES}\s+){{0,3}}[A-Z][\w’'\-]+"
    rf"(?:\s+(?:{_PARTICLES}|[A-Z][\w’'\-.]*)){{0,5}}$",
)
MAX_SIGNATURE_LINES = 14


def _function_text(lines: Sequence[str]) -> str:
    """The function as the letter's metadata keeps it: "Minister van Buitenlandse Zaken"."""
    text = " ".join(lines).strip().rstrip(",").strip()
    text = title_from_capitals(text)
    return re.sub(r"^(?:De|Het)\s+", "", text, flags=re.IGNORECASE)


def is_function(text: str) -> bool:
    return bool(FUNCTION.match(text.strip()))


def is_name(text: str) -> bool:
    text = text.strip()
    return 2 <= len(text) <= 60 and bool(NAME.match(text)) and not text.endswith(",")


def _columns(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Signature lines split into the columns they stand in (side-by-side signatories)."""
    starts = sorted({round(line.x0) for line in lines if is_function(line.text)})
    edges: list[float] = []
    for start in starts:
        if not edges or start - edges[-1] > 60:
            edges.append(start)
    if len(edges) <= 1:
        return [list(lines)]
    columns: list[list[TextLine]] = [[] for _ in edges]
    for line in lines:
        nearest = min(range(len(edges)), key=lambda index: abs(line.x0 - edges[index]))
        columns[nearest].append(line)
    return columns


def pair_signatures(texts: Sequence[str]) -> list[tuple[str, str | None]]:
    """(name, function) pairs of a closing's lines in reading order: each function
    (which may wrap over lines up to its comma) with the name after it."""
    found: list[tuple[str, str | None]] = []
    function: list[str] = []
    pending: str | None = None
    for raw in texts:
        text = raw.strip()
        if not text or GREETING.match(text):
            continue
        if is_function(text) or (function and not function[-1].rstrip().endswith(",")):
            function.append(text)
            continue
        if function:
            pending = _function_text(function)
            function = []
        if is_name(text):
            found.append((text, pending))
            pending = None
    return found


def signatories(lines: Sequence[TextLine]) -> list[tuple[str, str | None]]:
    """(name, function) of each signatory among a closing's lines, in reading order;
    signatories side by side are read column by column."""
    found: list[tuple[str, str | None]] = []
    for column in _columns(lines):
        ordered = sorted(column, key=lambda item: -item.baseline)
        found.extend(pair_signatures([line.text for line in ordered]))
    return found


def split_closing(lines: list[TextLine]) -> tuple[list[TextLine], list[TextLine], list[TextLine]]:
    """(body before, the closing's lines, body after) of a letter's body lines.

    The closing starts at the greeting, or (without one) at a function line among
    the last lines of the letter that a name follows; it ends at the first line
    after a name that is neither function nor name."""
    start = next(
        (index for index, line in enumerate(lines) if GREETING.match(line.text.strip())), None
    )
    if start is None:
        for index in range(len(lines) - 1, max(-1, len(lines) - MAX_SIGNATURE_LINES), -1):
            if is_function(lines[index].text) and any(
                is_name(line.text) for line in lines[index + 1 : index + 6]
            ):
                start = index
        if start is None:
            return lines, [], []
    end = start + 1
    seen_name = False
    while end < len(lines) and end - start <= MAX_SIGNATURE_LINES:
        text = lines[end].text.strip()
        if is_function(text) or (not seen_name and not is_name(text) and text.isupper()):
            end += 1
            continue
        if is_name(text):
            seen_name = True
            end += 1
            continue
        if text.endswith(",") and len(text) < 120 and not seen_name:
            end += 1  # a wrapped function: "… EN WATERSTAAT,"
            continue
        break
    if not seen_name:
        return lines, [], []
    return lines[:start], lines[start:end], lines[end:]


def take_greetings(blocks: list[Block], meta: LetterMeta) -> list[Block]:
    """Remove the salutation and the closing (greeting and signatures), filling ``meta``.

    The closing is searched from the end: the greeting ("Hoogachtend,"), or the
    last function line ("De minister van Buitenlandse Zaken,") that a name
    follows; one or several signatories, each a function and a name, follow it.
    Blocks after the signatures (an appendix) stay."""
    kept = [block for block in blocks[:3] if not _plain_salutation(block)] + blocks[3:]
    start = None
    for index in range(len(kept) - 1, max(-1, len(kept) - 14), -1):
        block = kept[index]
        if block.heading_level is not None:
            continue
        first = (block.lines or [block.text])[0].strip()
        if GREETING.match(first):
            start = index
            break
        if is_function(first) and start is None:
            start = index  # keep looking for a greeting above it
    if start is None:
        return kept
    end = start
    texts: list[str] = []
    while end < len(kept) and kept[end].heading_level is None:
        lines = [line.strip() for line in kept[end].lines or [kept[end].text]]
        if not all(
            GREETING.match(line)
            or is_function(line)
            or is_name(line)
            or line.isupper()
            or line.endswith(",")
            for line in lines
        ):
            break
        texts.extend(lines)
        end += 1
    found = pair_signatures(texts)
    if not found:
        return kept
    meta.signatories = found
    meta.signatory, meta.signatory_role = found[0]
    return kept[:start] + kept[end:]


def _plain_salutation(block: Block) -> bool:
    return block.heading_level is None and is_salutation(block.text)
