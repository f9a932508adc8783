"""Precision and recall of the commitments Briefer finds, against the gold set read by hand.

The gold set is ``expected/<file stem>.commitments.json`` (its format: README.md in this
folder). A found item matches a gold item of its kind by its sentence: the words they share
cover at least 0.8 of the shorter of the two and half of the longer (so that neither a
whole page nor a fragment matches a sentence), so the score survives changes in how
reading joins lines, undoes hyphens or cuts sentences. Each gold item is matched at most once.

``score`` is a plain function of what was found per document; ``library_found`` reads what
a library holds; ``corpus_scores`` imports the real documents into a temporary library
through the ordinary import and scores what it lists (what ``bench/reading.py`` prints).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

EXPECTED = Path(__file__).resolve().parent / "expected"
REAL_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
BUNDLED_STEM = "kamerstuk-35925-V-84"

PROMISE, FULFILMENT, REQUEST, WEAK = "promise", "fulfilment", "request", "weak"
CANDIDATE = "candidate"  # what the library offers as a weaker candidate (gold: weak)
SCORED = (PROMISE, FULFILMENT, REQUEST, CANDIDATE)
_GOLD_KIND = {PROMISE: PROMISE, FULFILMENT: FULFILMENT, REQUEST: REQUEST, CANDIDATE: WEAK}

OVERLAP = 0.8  # of the shorter text's words
FLOOR = 0.5  # of the longer text's words


@dataclass(frozen=True)
class Found:
    """One thing the library found in a document."""

    kind: str  # promise | fulfilment | request | candidate
    text: str
    page: int | None = None
    due_date: date | None = None  # the last day it is due, as the library normalised it


@dataclass(frozen=True)
class GoldItem:
    kind: str  # promise | fulfilment | request | weak
    text: str
    page: int
    due: str | None = None
    due_range: tuple[date, date] | None = None


@dataclass(frozen=True)
class GoldDoc:
    stem: str
    files: tuple[str, ...]
    items: tuple[GoldItem, ...]
    not_items: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def similarity(found: str, gold: str) -> float:
    """How well two sentences match (0 when they are not the same sentence)."""
    a, b = _words(found), _words(gold)
    if not a or not b:
        return 0.0
    shared = len(a & b)
    if shared < FLOOR * max(len(a), len(b)):
        return 0.0
    return shared / min(len(a), len(b))


def load_gold(folder: Path = EXPECTED) -> dict[str, GoldDoc]:
    docs: dict[str, GoldDoc] = {}
    for path in sorted(folder.glob("*.commitments.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        stem = path.name.removesuffix(".commitments.json")
        items = []
        for item in body["items"]:
            span = item.get("due_range")
            items.append(
                GoldItem(
                    item["kind"],
                    item["text"],
                    item["page"],
                    item.get("due"),
                    (date.fromisoformat(span[0]), date.fromisoformat(span[1])) if span else None,
                )
            )
        docs[stem] = GoldDoc(
            stem,
            tuple(body["files"]),
            tuple(items),
            tuple(n["text"] for n in body.get("not", [])),
        )
    return docs


@dataclass
class KindScore:
    kind: str
    found: int = 0
    right: int = 0  # found items that match a gold item of their kind
    gold: int = 0
    hits: int = 0  # gold items found
    due_checked: int = 0  # matched items whose gold due has a normalised range
    due_right: int = 0  # ... whose found due date falls in it
    wrong: list[tuple[str, str]] = field(default_factory=list)  # (document, text)
    missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0


@dataclass
class Scores:
    kinds: dict[str, KindScore]
    documents: int
    not_listed: list[tuple[str, str]]  # (document, text): a gold negative found as an item

    def line(self, kind: str) -> str:
        s = self.kinds[kind]
        due = f", due right {s.due_right}/{s.due_checked}" if s.due_checked else ""
        return (
            f"{kind}: {s.found} found, {s.gold} in the gold set; precision {s.precision:.2f} "
            f"({s.right}/{s.found}), recall {s.recall:.2f} ({s.hits}/{s.gold}){due}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            kind: {
                "found": s.found,
                "gold": s.gold,
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "due_right": s.due_right,
                "due_checked": s.due_checked,
                "wrong": s.wrong,
                "missed": s.missed,
            }
            for kind, s in self.kinds.items()
        }


def _match(found: Sequence[Found], gold: Sequence[GoldItem]) -> list[tuple[int, int]]:
    """(found index, gold index) pairs, best similarity first, each used once."""
    pairs = sorted(
        (
            (similarity(f.text, g.text), i, j)
            for i, f in enumerate(found)
            for j, g in enumerate(gold)
        ),
        reverse=True,
    )
    used_f: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for value, i, j in pairs:
        if value < OVERLAP:
            break
        if i in used_f or j in used_g:
            continue
        used_f.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def score(
    found: Mapping[str, Sequence[Found]], gold: Mapping[str, GoldDoc] | None = None
) -> Scores:
    """Precision and recall per kind over the documents of ``gold`` (by file stem).

    A document of the gold set that ``found`` does not name counts as one where nothing was
    found (its gold items are missed). Found items of documents outside the gold set are
    not counted.
    """
    gold = load_gold() if gold is None else gold
    kinds = {kind: KindScore(kind) for kind in SCORED}
    not_listed: list[tuple[str, str]] = []
    for stem, doc in gold.items():
        items = list(found.get(stem, ()))
        unmatched: list[Found] = []
        for kind in SCORED:
            mine = [f for f in items if f.kind == kind]
            theirs = [g for g in doc.items if g.kind == _GOLD_KIND[kind]]
            s = kinds[kind]
            s.found += len(mine)
            s.gold += len(theirs)
            matched = _match(mine, theirs)
            s.right += len(matched)
            s.hits += len(matched)
            hit_f = {i for i, _ in matched}
            hit_g = {j for _, j in matched}
            s.wrong += [(stem, f.text) for i, f in enumerate(mine) if i not in hit_f]
            s.missed += [(stem, g.text) for j, g in enumerate(theirs) if j not in hit_g]
            if kind != CANDIDATE:
                unmatched += [f for i, f in enumerate(mine) if i not in hit_f]
            for i, j in matched:
                span = theirs[j].due_range
                if span is not None:
                    s.due_checked += 1
                    day = mine[i].due_date
                    s.due_right += day is not None and span[0] <= day <= span[1]
        for text in doc.not_items:
            if any(similarity(f.text, text) >= OVERLAP for f in unmatched):
                not_listed.append((stem, text))
    return Scores(kinds, len(gold), not_listed)


def stem_of(file_name: str, gold: Mapping[str, GoldDoc]) -> str | None:
    """The gold document a file is a form of."""
    for stem, doc in gold.items():
        if file_name in doc.files:
            return stem
    return None


def library_found(store: Any, gold: Mapping[str, GoldDoc] | None = None) -> dict[str, list[Found]]:
    """What a library lists per gold document: its commitments, fulfilments, requests of the
    Kamer and weaker candidates, each under the file its letter was read from."""
    from briefer.core.commitment_candidates import list_candidates
    from briefer.core.commitment_register import list_commitments
    from briefer.core.library import list_letters

    gold = load_gold() if gold is None else gold
    stems = {}
    for letter in list_letters(store):
        stem = stem_of(letter.source_name, gold)
        if stem is not None:
            stems[letter.id] = stem
    found: dict[str, list[Found]] = {stem: [] for stem in stems.values()}
    for row in list_commitments(store, include_linked=True):
        stem = stems.get(row.letter_id)
        if stem is None or row.origin == "user":
            continue
        kind = {"toezegging": PROMISE, "voldaan": FULFILMENT, "verzoek": REQUEST}[row.kind]
        found[stem].append(Found(kind, row.text, row.page, row.due_date))
    for candidate in list_candidates(store):
        stem = stems.get(candidate.letter_id)
        if stem is not None:
            found[stem].append(Found(CANDIDATE, candidate.text, candidate.page, candidate.due_date))
    return found


def import_files(gold: Mapping[str, GoldDoc], corpus: Path) -> list[Path]:
    """The first form of each gold document that is in the corpus folder (the bundled letter
    is in every library already)."""
    files = []
    for doc in gold.values():
        path = next((corpus / f for f in doc.files if (corpus / f).exists()), None)
        if path is not None:
            files.append(path)
    return files


def corpus_scores(
    corpus: Path = REAL_CORPUS, workdir: Path | None = None, files: Iterable[Path] | None = None
) -> Scores:
    """Import the real documents into a new library through ``briefer import``'s own
    service (bulk import) and score what the library then lists against the gold set.

    Documents that cannot be read (scans) are kept in the score: what they promise is
    missed. The function for ``bench/reading.py``: ``corpus_scores().line("promise")``.
    """
    from briefer.app import open_library
    from briefer.core.importing.bulk import import_many

    gold = load_gold()
    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        store = open_library(Path(folder) / "briefer.sqlite")
        try:
            import_many(store, list(files) if files is not None else import_files(gold, corpus))
            found = library_found(store, gold)
        finally:
            store.close()
    bundled = gold[BUNDLED_STEM]
    found.setdefault(BUNDLED_STEM, [])
    return score(found, {**gold, BUNDLED_STEM: bundled})
