"""A letter's passage as a briefing cites it: its footnote markers where they stood in
the text (``Run.footnote``), its notes with them, and an answer of Kamervragen named
as the answer to its question ("Antwoord op vraag 3").

The background shows a passage's first sentences (or the sentences the user chose):
a note goes with them when its marker stands in them. The annex quotes a passage
whole, with every note. ``number_footnotes`` numbers the notes of the whole
document in reading order, as Word numbers its footnotes, so that the Word and
PDF exports print the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from briefer.compose.labels import labels
from briefer.compose.render_model import Block, BulletList, Footnote, Paragraph, Quote, Run
from briefer.core.tags import ThemePassage
from briefer.ingest.model import ANSWER, QUESTION


def passage_label(passage: ThemePassage, language: str) -> str:
    """ "Antwoord op vraag 3" ("Answer to question 3"), "Vraag 3"; "" for other passages."""
    words = labels(language)
    if passage.role == ANSWER:
        if passage.number is None:
            return words["answer"]
        return words["answer_to"].format(number=passage.number)
    if passage.role == QUESTION:
        if passage.number is None:
            return words["question"]
        return words["question_no"].format(number=passage.number)
    return ""


def _normalised(text: str) -> str:
    return " ".join(text.split())


def text_runs(passage: ThemePassage, shown: str) -> tuple[Run, ...]:
    """``shown`` (the passage's text, whole or some of its sentences, spaces made single)
    with the markers of the notes cited in it as footnote runs."""
    if not passage.footnotes:
        return (Run(shown),)
    whole = _normalised(passage.text)
    start = whole.find(shown) if shown else -1
    if start < 0:
        return (Run(shown),)
    marks: list[tuple[int, Footnote]] = []
    for note in passage.footnotes:
        # Where the marker stood, counted in the text with its spaces made single; a note
        # whose marker was not seen goes at the end of the passage.
        at = len(whole) if note.offset is None else len(_normalised(passage.text[: note.offset]))
        if start <= at <= start + len(shown):
            marks.append((at - start, Footnote(note.text)))
    runs: list[Run] = []
    position = 0
    for at, footnote in sorted(marks, key=lambda mark: mark[0]):
        if at > position:
            runs.append(Run(shown[position:at]))
            position = at
        runs.append(Run("", footnote=footnote))
    if position < len(shown):
        runs.append(Run(shown[position:]))
    return tuple(runs)


def cited_runs(passage: ThemePassage, shown: str, language: str) -> tuple[Run, ...]:
    """A background item's text: what the passage is ("Antwoord op vraag 3: ") and
    ``shown`` with its footnote markers."""
    label = passage_label(passage, language)
    lead = (Run(f"{label}: ", bold=True),) if label else ()
    return lead + text_runs(passage, shown)


def quoted(passage: ThemePassage, text: str, citation: str, language: str) -> Quote:
    """The passage quoted whole in the annex, with its notes and what it is."""
    runs = text_runs(passage, _normalised(text)) if passage.footnotes else ()
    return Quote(text, citation, passage.id, runs, passage_label(passage, language))


def _numbered(runs: tuple[Run, ...], next_number: list[int]) -> tuple[Run, ...]:
    if not any(run.footnote is not None for run in runs):
        return runs
    numbered = []
    for run in runs:
        if run.footnote is not None:
            number = next_number[0]
            next_number[0] += 1
            run = replace(run, text=str(number), footnote=replace(run.footnote, number=number))
        numbered.append(run)
    return tuple(numbered)


def number_footnotes(blocks: Iterable[Block]) -> list[Block]:
    """The blocks with every footnote numbered from 1 in reading order."""
    counter = [1]
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            block = replace(block, runs=_numbered(block.runs, counter))
        elif isinstance(block, BulletList):
            items = tuple(replace(item, runs=_numbered(item.runs, counter)) for item in block.items)
            block = replace(block, items=items)
        elif isinstance(block, Quote) and block.runs:
            block = replace(block, runs=_numbered(block.runs, counter))
        result.append(block)
    return result
