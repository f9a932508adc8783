"""Label/value pairs on the first page of a letter, wherever they stand.

Ministries print a letter's facts as labels with values: "Datum 22 december
2022", "Betreft Emissies door de luchtvaart" in a block at the left, or
"Ons kenmerk" with "IENW/BSK-2022/268034" on the line below it in the column
on the right; older letters say "Onderwerp" for "Betreft". A value stands on
the label's line to its right (and may wrap onto the lines below, at the same
left edge), or on the lines right below the label at its left edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefer.ingest.page_analysis import TextLine

# Every label ministries use, by what it means.
LABELS: dict[str, tuple[str, ...]] = {
    "datum": ("Datum",),
    "betreft": ("Betreft", "Onderwerp", "Inzake"),
    "kenmerk": (
        "Ons kenmerk",
        "Onze referentie",
        "Onze ref.",
        "Kenmerk",
        "Referentie",
        "Ons nummer",
        "Zaaknummer",
    ),
    "uw kenmerk": ("Uw kenmerk", "Uw referentie", "Uw ref."),
    "uw brief": ("Uw brief van", "Uw brief", "Uw brief d.d."),
    "bijlagen": ("Bijlage(n)", "Bijlagen", "Bijlage", "Bijlage(s)"),
    "contactpersoon": ("Contactpersoon", "Behandeld door", "Inlichtingen bij", "Inlichtingen"),
    "telefoon": ("Telefoon", "Doorkiesnummer", "T"),
    "e-mail": ("E-mail", "E-mailadres"),
    "afschrift": ("Afschrift aan", "Kopie aan"),
}
_BY_TEXT = {label.casefold(): meaning for meaning, labels in LABELS.items() for label in labels}
_LONGEST_FIRST = sorted(_BY_TEXT, key=len, reverse=True)
# The labels by their first letter, longest first: a line is looked at only against the
# labels it could begin with (every line of a page's head is asked whether it is a label).
_BY_INITIAL = {
    initial: [label for label in _LONGEST_FIRST if label[0] == initial]
    for initial in {label[0] for label in _LONGEST_FIRST}
}
_SEPARATORS = ":. "


@dataclass
class LabelValue:
    meaning: str  # a key of LABELS
    label: TextLine
    value: str
    lines: list[TextLine] = field(default_factory=list)  # every line of label and value


def label_of(text: str) -> tuple[str, str] | None:
    """(meaning, rest of the line) when the line is or begins with a label."""
    folded = text.casefold()
    for label in _BY_INITIAL.get(folded[:1], ()):
        if folded == label or folded.rstrip(":") == label:
            return _BY_TEXT[label], ""
        if (
            folded.startswith(label)
            and len(folded) > len(label)
            and folded[len(label)] in _SEPARATORS
        ):
            if len(label) == 1:
                continue  # "T 070-…" only as a label on a line of its own
            return _BY_TEXT[label], text[len(label) :].lstrip(_SEPARATORS)
    return None


def is_label(text: str) -> bool:
    return label_of(text) is not None


def _below(
    lines: Sequence[TextLine], start: TextLine, used: set[int], labels: Sequence[TextLine]
) -> list[TextLine]:
    """Lines right below ``start`` at its left edge, one after the other, up to the next
    label or the next label's line (a value beside another label is that label's)."""
    found: list[TextLine] = []
    above = start
    for line in sorted(lines, key=lambda item: -item.baseline):
        if id(line) in used or line.baseline >= above.baseline or abs(line.x0 - start.x0) > 3:
            continue
        if above.baseline - line.baseline > 2.2 * max(line.size, above.size):
            break
        if is_label(line.text) or any(
            label is not start and abs(label.baseline - line.baseline) < 0.4 * line.size
            for label in labels
        ):
            break
        found.append(line)
        above = line
    return found


def label_values(lines: Sequence[TextLine]) -> list[LabelValue]:
    """Every label of ``lines`` (a page's, or part of one) with its value, top to bottom."""
    ordered = sorted(lines, key=lambda item: (-item.baseline, item.x0))
    labels = [line for line in ordered if is_label(line.text)]
    used: set[int] = set()
    pairs: list[LabelValue] = []
    for line in ordered:
        if id(line) in used:
            continue
        found = label_of(line.text)
        if found is None:
            continue
        meaning, rest = found
        taken = [line]
        beside = [
            other
            for other in ordered
            if other is not line
            and id(other) not in used
            and abs(other.baseline - line.baseline) < 0.4 * line.size
            and 0 < other.x0 - line.x1 < 20 * line.size
            and not is_label(other.text)
        ]
        beside = beside[:1]
        if beside:
            taken += beside
            continued = _below(ordered, beside[0], used | {id(item) for item in taken}, labels)
            # A wrapped value continues at the value's edge; the next label's line does not.
            taken += continued
            value = " ".join([rest, *(item.text for item in beside + continued)]).strip()
        elif rest:
            value = rest
        else:
            continued = _below(ordered, line, used, labels)
            taken += continued
            value = " ".join(item.text for item in continued)
        used.update(id(item) for item in taken)
        pairs.append(LabelValue(meaning, line, " ".join(value.split()), taken))
    return pairs


def first_value(pairs: Sequence[LabelValue], meaning: str) -> str | None:
    return next((pair.value for pair in pairs if pair.meaning == meaning and pair.value), None)
