"""What changed between two texts of passages: matched by content, then diffed word by word.

Passages are matched first by identical text, then by similarity (the best
pairs first), never by position: a passage that moved is neither deleted nor
added, and one that was edited is "changed" with its words inserted and
deleted marked. What matters in these texts is a change of modality ("zal" ->
"overweegt"), negation, amounts, dates and countries: all words, so a
word-level diff shows them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

SIMILAR_ENOUGH = 0.6  # below this a pair is a removal and an addition
_PAIR_LIMIT = 250_000  # unmatched old x new pairs beyond which only identical text counts
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")

EQUAL, INSERT, DELETE = "=", "+", "-"
Diff = list[tuple[str, str]]  # (op, text): op is "=", "+" or "-"


@dataclass(frozen=True)
class Matched:
    old: int  # index in the old passages
    new: int  # index in the new passages
    diff: Diff
    ratio: float


@dataclass(frozen=True)
class Comparison:
    added: list[int]  # indexes in the new passages
    removed: list[int]  # indexes in the old passages
    changed: list[Matched]
    moved: list[tuple[int, int]]  # (old, new): same text, another place among the others


def word_diff(old: str, new: str) -> Diff:
    """Words deleted and inserted between two texts, as (op, text) runs."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    diff: Diff = []

    def push(op: str, text: str) -> None:
        if not text:
            return
        if diff and diff[-1][0] == op:
            diff[-1] = (op, diff[-1][1] + text)
        else:
            diff.append((op, text))

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            push(EQUAL, "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            push(DELETE, "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            push(INSERT, "".join(b[j1:j2]))
    return diff


def _similarity(old: str, new: str) -> float:
    matcher = SequenceMatcher(None, _TOKEN.findall(old), _TOKEN.findall(new), autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR_ENOUGH or matcher.quick_ratio() < SIMILAR_ENOUGH:
        return 0.0
    return matcher.ratio()


def compare(old: Sequence[str], new: Sequence[str]) -> Comparison:
    """Match old passages to new ones by content and say what was added, removed, changed."""
    pairs: dict[int, int] = {}  # new index -> old index
    by_text: dict[str, list[int]] = {}
    for index, text in enumerate(old):
        by_text.setdefault(" ".join(text.split()), []).append(index)
    for index, text in enumerate(new):
        same = by_text.get(" ".join(text.split()))
        if same:
            pairs[index] = same.pop(0)
    used = set(pairs.values())
    rest_old = [i for i in range(len(old)) if i not in used]
    rest_new = [j for j in range(len(new)) if j not in pairs]
    ratios: dict[tuple[int, int], float] = {}
    if rest_old and rest_new and len(rest_old) * len(rest_new) <= _PAIR_LIMIT:
        scored = []
        for j in rest_new:
            for i in rest_old:
                ratio = _similarity(old[i], new[j])
                if ratio >= SIMILAR_ENOUGH:
                    scored.append((ratio, j, i))
        for ratio, j, i in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            if j not in pairs and i not in used:
                pairs[j] = i
                used.add(i)
                ratios[(i, j)] = ratio
    changed = [
        Matched(i, j, word_diff(old[i], new[j]), ratios[(i, j)])
        for j, i in sorted(pairs.items())
        if (i, j) in ratios
    ]
    # identical passages out of order: those not on the longest run kept in order
    identical: list[tuple[int, int]] = sorted(
        (i, j) for j, i in pairs.items() if (i, j) not in ratios
    )
    in_order = _longest_increasing([new_index for _old_index, new_index in identical])
    moved = [pair for pair in identical if pair[1] not in in_order]
    return Comparison(
        added=[j for j in range(len(new)) if j not in pairs],
        removed=[i for i in range(len(old)) if i not in used],
        changed=changed,
        moved=moved,
    )


def _longest_increasing(values: list[int]) -> set[int]:
    """The values on one longest increasing run (patience sorting)."""
    from bisect import bisect_left

    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        spot = bisect_left(tails, value)
        if spot == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[spot] = value
            tail_at[spot] = index
        previous[index] = tail_at[spot - 1] if spot else -1
    run: set[int] = set()
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        run.add(values[index])
        index = previous[index]
    return run
