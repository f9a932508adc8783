"""How well a parsed letter matches the expected outline of a real document.

The expected outlines (``expected/*.outline.json``, format in README.md) were
written by reading the documents; for a stuk with its official XML the
outline is also derived from the XML itself (``official_xml.py``). This
module compares what a reader made of a file with them, field by field:
metadata fields right, headings and paragraphs found (precision and recall),
footnotes kept apart and with the passage that cites them, question/answer
pairs, and furniture lines that ended up inside passages. The tests and
``bench/reading.py`` share it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefer.ingest.model import ParsedLetter, ParsedPassage

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
CORPUS = Path(os.environ.get("BRIEFER_CORPUS", HERE.parents[2] / "shared" / "corpus" / "real"))
ABSENT = f"the real documents are not here ({CORPUS}): see tests/corpus/README.md"

# Documents whose layout the readers do not follow well enough yet, and why; the test
# fails (strict) as soon as one reads to its outline, so that it is taken off this list.
NOT_YET: dict[str, str] = {}

META_FIELDS = (
    "title",
    "date",
    "reference",
    "ministry",
    "directorate",
    "signatories",
    "kamerstuk",
    "vergaderjaar",
    "dossier",
    "pages",
    "number",
    "asked_by",
    "asked_on",
    "answered_by",
    "answered_on",
    "indieners",
)


def normal(text: str) -> str:
    """Text as compared: NFC, one space for any run of white space, no soft hyphens."""
    text = unicodedata.normalize("NFC", text).replace("\xad", "")
    return " ".join(text.split())


def loose(text: str) -> str:
    """Text compared without case and without trailing punctuation (titles, names)."""
    return normal(text).casefold().rstrip(" .,:;")


@dataclass(frozen=True)
class Expected:
    """One document's expected outline, as the file in ``expected/`` gives it."""

    name: str  # the outline file's stem: "kst-32545-143"
    files: tuple[str, ...]
    kind: str
    meta: dict[str, Any]
    headings: tuple[dict[str, Any], ...]
    paragraphs: tuple[dict[str, Any], ...]
    footnotes: tuple[dict[str, Any], ...]
    furniture: tuple[str, ...]
    error: str | None

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> Expected:
        return cls(
            name=name,
            files=tuple(data["files"]),
            kind=data.get("kind", "document"),
            meta={key: value for key, value in data.get("meta", {}).items() if value is not None},
            headings=tuple(data.get("headings", ())),
            paragraphs=tuple(data.get("paragraphs", ())),
            footnotes=tuple(data.get("footnotes", ())),
            furniture=tuple(data.get("furniture", ())),
            error=data.get("error"),
        )


def expected_outlines() -> list[Expected]:
    """Every expected outline, in file-name order.

    An outline with ``paragraphs_from`` takes its paragraphs from the stuk's
    official XML in the corpus (official_xml.py)."""
    from tests.corpus.official_xml import xml_paragraphs

    outlines = []
    for path in sorted(EXPECTED.glob("*.outline.json")):
        data = json.loads(path.read_text())
        if data.get("paragraphs_from") and (CORPUS / data["paragraphs_from"]).is_file():
            data["paragraphs"] = xml_paragraphs(CORPUS / data["paragraphs_from"])
        outlines.append(Expected.from_json(path.name.removesuffix(".outline.json"), data))
    return outlines


def corpus_files() -> Iterator[tuple[Expected, Path]]:
    """(expected outline, file) for every file of the corpus that has one."""
    for expected in expected_outlines():
        for name in expected.files:
            yield expected, CORPUS / name


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __iadd__(self, other: Ratio) -> Ratio:
        self.right += other.right
        self.total += other.total
        return self

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


@dataclass
class Score:
    """What a reading got right of one document (or, added up, of many)."""

    kind: Ratio = field(default_factory=Ratio)
    fields: dict[str, Ratio] = field(default_factory=dict)
    heading_precision: Ratio = field(default_factory=Ratio)
    heading_recall: Ratio = field(default_factory=Ratio)
    paragraph_precision: Ratio = field(default_factory=Ratio)
    paragraph_recall: Ratio = field(default_factory=Ratio)
    footnotes: Ratio = field(default_factory=Ratio)  # found, with the passage citing them
    pairs: Ratio = field(default_factory=Ratio)  # question/answer pairs as the document has
    furniture: list[str] = field(default_factory=list)  # furniture found inside passages
    wrong: list[str] = field(default_factory=list)  # what was wrong, for a test's message

    def __iadd__(self, other: Score) -> Score:
        self.kind += other.kind
        for name, ratio in other.fields.items():
            self.fields.setdefault(name, Ratio())
            self.fields[name] += ratio
        for name in (
            "heading_precision",
            "heading_recall",
            "paragraph_precision",
            "paragraph_recall",
            "footnotes",
            "pairs",
        ):
            mine: Ratio = getattr(self, name)
            mine += getattr(other, name)
        self.furniture.extend(other.furniture)
        self.wrong.extend(other.wrong)
        return self

    @property
    def metadata(self) -> Ratio:
        total = Ratio()
        for ratio in self.fields.values():
            total += ratio
        return total

    def perfect(self) -> bool:
        return not self.wrong and not self.furniture


def _meta_value(letter: ParsedLetter, name: str) -> Any:
    meta = letter.meta
    if name == "signatories":
        if meta.signatories:
            return [[who, role] for who, role in meta.signatories]
        if meta.signatory:
            return [[meta.signatory, meta.signatory_role]]
        return []
    value = getattr(meta, "date" if name == "date" else name, None)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _same(name: str, expected: Any, found: Any) -> bool:
    if found is None:
        return False
    if name == "signatories":
        return len(expected) == len(found) and all(
            loose(want[0]) == loose(got[0]) and _function(want[1]) == _function(got[1])
            for want, got in zip(expected, found, strict=True)
        )
    if name == "indieners":
        return [loose(item) for item in expected] == [loose(item) for item in found]
    if name == "pages":
        return int(expected) == int(found)
    if name in ("title", "ministry", "directorate", "dossier", "asked_by", "answered_by"):
        return loose(str(expected)) == loose(str(found))
    return normal(str(expected)) == normal(str(found))


def _function(text: str | None) -> str:
    """A signatory's function compared without its article ("De Minister van …")."""
    return re.sub(r"^(?:de|het)\s+", "", loose(text or ""))


def _sections(letter: ParsedLetter) -> list[tuple[str, int, int]]:
    return [(section.title, section.level, section.page) for section in letter.walk_sections()]


def _starts(text: str, start: str) -> bool:
    return normal(text).startswith(normal(start))


def _ends(text: str, end: str) -> bool:
    return normal(text).endswith(normal(end))


def _paragraph_matches(passage: ParsedPassage, want: dict[str, Any]) -> bool:
    return (
        _starts(passage.text, want["start"])
        and _ends(passage.text, want["end"])
        and want.get("page") in (None, passage.first_page)
        and passage.role == want.get("role")
        and passage.number == want.get("number")
    )


def _match(
    found: Sequence[Any], wanted: Sequence[dict[str, Any]], same: Any
) -> tuple[set[int], set[int]]:
    """Indices of found and wanted items matched one to one, in reading order.

    Greedy along both sequences: an item matches the first unmatched wanted item
    at or after the last match that it equals (a reader that drops or adds an
    item does not shift every later match)."""
    matched_found: set[int] = set()
    matched_wanted: set[int] = set()
    cursor = 0
    for index, item in enumerate(found):
        for position in range(cursor, len(wanted)):
            if same(item, wanted[position]):
                matched_found.add(index)
                matched_wanted.add(position)
                cursor = position + 1
                break
    return matched_found, matched_wanted


def score(letter: ParsedLetter, expected: Expected) -> Score:
    """Compare a parsed letter with its document's expected outline."""
    result = Score()
    result.kind.add(letter.meta.kind == expected.kind)
    if letter.meta.kind != expected.kind:
        result.wrong.append(f"kind {letter.meta.kind!r}, expected {expected.kind!r}")
    for name in META_FIELDS:
        if name not in expected.meta:
            continue
        want, got = expected.meta[name], _meta_value(letter, name)
        ok = _same(name, want, got)
        result.fields.setdefault(name, Ratio()).add(ok)
        if not ok:
            result.wrong.append(f"{name}: {got!r}, expected {want!r}")
    _score_headings(letter, expected, result)
    passages = list(letter.all_passages())
    _score_paragraphs(passages, expected, result)
    _score_footnotes(passages, expected, result)
    _score_pairs(passages, expected, result)
    for passage in passages:
        text = normal(passage.text)
        result.furniture.extend(
            f"{piece!r} in passage p. {passage.first_page} ({text[:50]}…)"
            for piece in expected.furniture
            if normal(piece) in text
        )
    return result


def _score_headings(letter: ParsedLetter, expected: Expected, result: Score) -> None:
    found = _sections(letter)

    def same(item: tuple[str, int, int], want: dict[str, Any]) -> bool:
        return (
            loose(item[0]) == loose(want["title"])
            and item[1] == want["level"]
            and item[2] == want["page"]
        )

    hit_found, hit_wanted = _match(found, expected.headings, same)
    for index in range(len(found)):
        result.heading_precision.add(index in hit_found)
        if index not in hit_found:
            result.wrong.append(f"heading not expected: {found[index]}")
    for index, want in enumerate(expected.headings):
        result.heading_recall.add(index in hit_wanted)
        if index not in hit_wanted:
            result.wrong.append(
                f"heading missed: {want['title']!r} ({want['level']}, p. {want['page']})"
            )


def _score_paragraphs(passages: Sequence[ParsedPassage], expected: Expected, result: Score) -> None:
    hit_found, hit_wanted = _match(passages, expected.paragraphs, _paragraph_matches)
    for index, passage in enumerate(passages):
        result.paragraph_precision.add(index in hit_found)
        if index not in hit_found:
            result.wrong.append(
                f"passage not expected (p. {passage.first_page}, {passage.role}): "
                f"{normal(passage.text)[:70]!r} … {normal(passage.text)[-40:]!r}"
            )
    for index, want in enumerate(expected.paragraphs):
        result.paragraph_recall.add(index in hit_wanted)
        if index not in hit_wanted:
            result.wrong.append(f"paragraph missed (p. {want.get('page')}): {want['start']!r}")


def _score_footnotes(passages: Sequence[ParsedPassage], expected: Expected, result: Score) -> None:
    for want in expected.footnotes:
        ok = any(
            footnote.marker == want["marker"]
            and normal(footnote.text) == normal(want["text"])
            and _cited_after(passage, footnote.offset, want.get("after", ""))
            for passage in passages
            for footnote in passage.footnotes
        )
        result.footnotes.add(ok)
        if not ok:
            result.wrong.append(f"footnote {want['marker']} (p. {want['page']}) not kept right")
        for passage in passages:
            if len(normal(want["text"])) >= 12 and normal(want["text"]) in normal(passage.text):
                result.furniture.append(f"footnote {want['marker']} inside a passage")


def _cited_after(passage: ParsedPassage, offset: int | None, after: str) -> bool:
    """The footnote's marker stood right after ``after`` in the passage."""
    if not after:
        return True
    if offset is None:
        return False
    return normal(passage.text[:offset]).endswith(normal(after).rstrip())


def _score_pairs(passages: Sequence[ParsedPassage], expected: Expected, result: Score) -> None:
    wanted = _pairs(expected.paragraphs)
    if not wanted:
        return
    found = _pairs(
        {"role": passage.role, "number": passage.number, "start": passage.text}
        for passage in passages
    )
    for number, (questions, answers) in wanted.items():
        got = found.get(number)
        ok = got is not None and len(got[0]) == len(questions) and len(got[1]) == len(answers)
        ok = ok and all(
            _starts(text, want)
            for text, want in zip(got[0] + got[1], questions + answers, strict=True)  # type: ignore[index]
        )
        result.pairs.add(ok)
        if not ok:
            result.wrong.append(f"question/answer {number} not paired as in the document")


def _pairs(items: Iterable[dict[str, Any]]) -> dict[int, tuple[list[str], list[str]]]:
    pairs: dict[int, tuple[list[str], list[str]]] = {}
    for item in items:
        if item.get("role") not in ("vraag", "antwoord") or item.get("number") is None:
            continue
        questions, answers = pairs.setdefault(item["number"], ([], []))
        (questions if item["role"] == "vraag" else answers).append(item["start"])
    return pairs
