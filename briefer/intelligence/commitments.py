"""Find the government's explicit promises (toezeggingen) in a letter's passages.

Counted are only promises to the parliament or of a named deliverable, as the
parliament's own register counts them:
- to inform or send: ``Het kabinet zal uw Kamer ... informeren``, ``Uw Kamer
  ontvangt uiterlijk 1 juni een ...``, ``zal uw Kamer ... een nota toekomen``,
  ``verwacht het kabinet de Kamer ... te informeren``, ``kunt u ... verwachten``,
  ``zal ... aan de Kamer verslag uitbrengen``;
- to produce something named: ``zal het kabinet een Afrikastrategie
  formuleren``, ``een strategie, die eind 2022 gereed zal zijn``;
- ``zeg ik toe``.
A plan or wish (``zal zich blijven inzetten voor``) is not a promise, nor is
what the Kamer already received (``heeft uw Kamer geïnformeerd``). A sentence
that only says when an earlier promise is due (``Deze strategie zal in Q2/Q3
worden afgerond``) joins that promise.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from briefer.intelligence.dues import Due, find_due
from briefer.intelligence.sentences import page_at, split_sentences
from briefer.tagging.rules import fold

_I = re.IGNORECASE
_KAMER = re.compile(
    r"\b(?:uw|de) Kamer\b|\b(?:kunt|om|ontvangt) u\b|"
    r"\bu\b(?=[^.;]{0,80}\bte (?:sturen|doen toekomen)\b)",
    _I,
)
_DELIVER = re.compile(
    r"\b(?:informeren|geïnformeerd|toekomen|ontvangt|ontvangen|toesturen|sturen|toezenden|"
    r"verslag uitbrengen|rapporteren|verwachten|berichten)\b",
    _I,
)
_FUTURE = re.compile(
    r"\b(?:zal|zullen|ontvangt|wordt|verwacht|voornemen|kunt u|zeg ik toe|toezeggen)\b", _I
)
_PAST = re.compile(
    r"\b(?:heeft|hebben|is|zijn)\b[^,;]{0,60}\b(?:geïnformeerd|ontvangen|gestuurd|toegezonden)\b",
    _I,
)
_STILL_TO_COME = re.compile(r"\b(?:voornemen|te (?:sturen|informeren|toesturen|zenden))\b", _I)
_DELIVERABLE = (
    r"Staat van de Unie|[^\W\d_]*(?:strategie|nota|notitie|brief|rapport|wetsvoorstel|"
    r"conferentie|evaluatie|actieplan|visie|routekaart)"
)
_DELIVERABLE_END = re.compile(
    r"Staat van de Unie|(?:strategie|nota|notitie|brief|rapport|wetsvoorstel|conferentie|"
    r"evaluatie|actieplan|visie|routekaart)(?![^\W\d_])",
    _I,
)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str


def _deliverable(sentence: str) -> _Word | None:
    """The first word naming a deliverable (``mensenrechtennota``), or Staat van de Unie."""
    match = _DELIVERABLE_END.search(sentence)
    if match is None:
        return None
    start = match.start()
    if not match.group(0).startswith("Staat"):
        while start > 0 and sentence[start - 1].isalpha():
            start -= 1
    return _Word(start, match.end(), sentence[start : match.end()])


_PRODUCE = re.compile(
    r"\b(?:formuleren|opstellen|opgesteld|afronden|afgerond|organiseren|uitbrengen|presenteren|"
    r"publiceren|gereed|verschijnen|verschijnt|uitkomen)\b",
    _I,
)
_WILL = re.compile(r"\b(?:zal|zullen)\b", _I)
_PROMISE = re.compile(r"\bzeg(?:t|gen)? (?:ik |het kabinet |wij )?(?:\w+ ){0,6}toe\b", _I)
_WISH = re.compile(r"\b(?:blijven?|zich) (?:\w+ ){0,3}(?:inzetten|inspannen)\b", _I)
_ANAPHOR = re.compile(r"^(?:Deze|Dit|Die|Zij|Hij)\b")
_GENERIC = {"nota", "notitie", "brief", "rapport", "strategie", "kamerbrief", "evaluatie"}
_MODIFIER = re.compile(r"^(?:[A-Z][\w-]*|[^\W\d_]+(?:ale|ele|ële|ische|aire))$")
_STOP = {
    "zal", "zullen", "wordt", "worden", "verwacht", "te", "is", "zijn", "voor", "nader",
    "uitwerken", "uitgewerkt", "kunt", "ontvangt", "gaat", "heeft", "door",
}  # fmt: skip
_TRAILING = {"en", "van", "de", "het", "een", "over", "aan", "in", "met", "op"}
_ARTICLES = {"de", "het", "een"}


@dataclass(frozen=True)
class PassageInput:
    id: int
    text: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class FoundCommitment:
    passage_id: int
    page: int
    text: str  # the sentence(s), as in the letter
    subject: str  # what is promised: "mensenrechtennota"
    due: Due | None


# Words one of which every commitment has (a fast first test: most sentences have none).
_CUES = ("zal", "zullen", "ontvangt", "wordt", "verwacht", "voornemen", "kunt u", "zeg")


def has_cue(text: str) -> bool:
    """Whether ``text`` has a cue word; a sentence without one is no commitment."""
    lowered = text.lower()
    return any(cue in lowered for cue in _CUES)


# Words without which the expressions above find nothing, as folded text has them: a fast
# first test of a whole passage. Keep them in step with the expressions.
_PROMISE_WORDS = (("zeg",), ("toe",))
_INFORM_WORDS = (
    ("kamer", "kunt u", "om u", "ontvangt u", "te sturen", "te doen toekomen"),  # _KAMER
    ("informeren", "geïnformeerd", "toekomen", "ontvang", "sturen", "toezenden",
     "verslag uitbrengen", "rapporteren", "verwachten", "berichten"),  # _DELIVER
    ("zal", "zullen", "ontvangt", "wordt", "verwacht", "voornemen", "kunt u", "zeg ik toe",
     "toezeggen"),  # _FUTURE
)  # fmt: skip
_PRODUCE_WORDS = (
    ("zal", "zullen"),  # _WILL
    ("formuleren", "opstellen", "opgesteld", "afronden", "afgerond", "organiseren",
     "uitbrengen", "presenteren", "publiceren", "gereed", "verschijnen", "verschijnt",
     "uitkomen"),  # _PRODUCE
    ("staat van de unie", "strategie", "nota", "notitie", "brief", "rapport", "wetsvoorstel",
     "conferentie", "evaluatie", "actieplan", "visie", "routekaart"),  # _DELIVERABLE_END
)  # fmt: skip


def _has_all(folded: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    return all(any(word in folded for word in group) for group in groups)


def _may_promise(text: str) -> bool:
    """Whether a sentence of ``text`` can be a commitment: each test of ``is_commitment``
    that a sentence passes, the whole passage passes too (its words are in it)."""
    if not has_cue(text):
        return False
    folded = fold(text)
    return (
        _has_all(folded, _PROMISE_WORDS)
        or _has_all(folded, _INFORM_WORDS)
        or _has_all(folded, _PRODUCE_WORDS)
    )


def is_commitment(sentence: str) -> bool:
    if not _may_promise(sentence):  # the plain word tests first: most sentences stop here
        return False
    if "zeg" in sentence.lower() and _PROMISE.search(sentence):
        return True
    informs = bool(
        _KAMER.search(sentence) and _DELIVER.search(sentence) and _FUTURE.search(sentence)
    )
    if informs and _PAST.search(sentence) and not _STILL_TO_COME.search(sentence):
        informs = False
    if informs:
        return True
    if _WISH.search(sentence):
        return False
    return bool(
        _WILL.search(sentence) and _PRODUCE.search(sentence) and _deliverable(sentence) is not None
    )


def _words_after(text: str, limit: int) -> str:
    words: list[str] = []
    for word in text.split():
        bare = word.strip(",;:.()")
        if bare.lower() in _STOP or not bare:
            break
        words.append(bare)
        if word[-1:] in ",;:." or len(words) >= limit:
            break
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    return " ".join(words)


def subject_of(sentence: str) -> str:
    """What is promised, in the letter's own words: ``hoofdlijnennotitie over de Europawet``."""
    match = _deliverable(sentence)
    if match:
        before = sentence[: match.start].split()
        parts = [match.text]
        while before and _MODIFIER.match(before[-1]) and before[-1].lower() not in _ARTICLES:
            if before[-1] in ("Deze", "Dit", "Die", "Het", "De", "Een", "Uw"):
                break
            parts.insert(0, before.pop())
        subject = " ".join(parts)
        rest = sentence[match.end :]
        also = re.match(rf"\s+en\s+((?:[A-Z][\w-]*\s+){{0,3}}(?:{_DELIVERABLE}))\b", rest)
        right_after = re.match(r"\s+over\s+(.*)", rest)
        if also:
            subject += f" en {also.group(1)}"
        elif right_after:
            subject += f" over {_words_after(right_after.group(1), 4)}"
        elif match.text.lower() in _GENERIC:
            about = re.search(r"\b(?:over|waarin|inzake|met)\s+(.*)", rest)
            if about:
                topic = _words_after(about.group(1), 6)
                if topic:
                    subject += f" over {topic}"
        return subject
    about = re.search(r"\bhierover en (.*)|\b(?:over|inzake)\s+(.*)", sentence, _I)
    if about:
        topic = _words_after(about.group(1) or about.group(2), 12)
        if topic and topic.lower() not in ("hiervan", "hierover"):
            return topic
    return "informatie aan de Kamer"


def find_commitments(
    passages: Iterable[PassageInput], letter_date: date | None
) -> list[FoundCommitment]:
    found: list[FoundCommitment] = []
    for passage in passages:
        if not _may_promise(passage.text):  # then none of its sentences does
            continue
        previous: FoundCommitment | None = None
        for sentence in split_sentences(passage.text):
            if not is_commitment(sentence.text):
                previous = None
                continue
            due = find_due(sentence.text, letter_date)
            subject = subject_of(sentence.text)
            if previous is not None and _ANAPHOR.match(sentence.text):
                better = subject if _deliverable(sentence.text) else previous.subject
                merged = FoundCommitment(
                    previous.passage_id,
                    previous.page,
                    f"{previous.text} {sentence.text}",
                    better,
                    previous.due or due,
                )
                found[-1] = previous = merged
                continue
            page = page_at(sentence.start, len(passage.text), passage.first_page, passage.last_page)
            previous = FoundCommitment(passage.id, page, sentence.text, subject, due)
            found.append(previous)
    return found


def sentence_key(text: str) -> str:
    """What identifies a found commitment across re-imports: its words, folded."""
    folded = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.blake2b(folded.encode(), digest_size=16).hexdigest()


_FUTURE_PLAN = re.compile(r"\b(?:zal|zullen|wordt|worden|verwacht|beoogt|streeft)\b", _I)


def find_candidates(
    passages: Iterable[PassageInput], letter_date: date | None
) -> list[FoundCommitment]:
    """Weaker candidates for the user to confirm: plans with a moment, not explicit promises.

    ``Deze bijdrage wordt in de loop van dit jaar uitgebreid``: a sentence about the
    future that names when, but promises the Kamer nothing.
    """
    found: list[FoundCommitment] = []
    for passage in passages:
        for sentence in split_sentences(passage.text):
            if is_commitment(sentence.text) or not _FUTURE_PLAN.search(sentence.text):
                continue
            due = find_due(sentence.text, letter_date)
            if due is None:
                continue
            page = page_at(sentence.start, len(passage.text), passage.first_page, passage.last_page)
            subject = subject_of(sentence.text)
            found.append(FoundCommitment(passage.id, page, sentence.text, subject, due))
    return found
