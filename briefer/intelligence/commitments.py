"""Find the government's explicit promises (toezeggingen) in a letter's passages.

What counts as a promise is written down in ``briefer.intelligence.promise_language``. A
sentence that only says when an earlier promise is due (``Deze strategie zal in Q2/Q3
worden afgerond``) joins that promise. A sentence that a passage breaks off (over a page
break or a footnote, when reading did not join it) runs on into the next passage. The
questions of Kamervragen are never promises. Weaker candidates (plans with a moment, by
the government or others, that promise the Kamer nothing) are a queue of their own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from briefer.intelligence import promise_language as lang
from briefer.intelligence.dues import Due, find_due
from briefer.intelligence.sentences import Sentence, page_at, split_sentences

_I = re.IGNORECASE
_ANAPHOR = re.compile(r"^(?:Deze|Dit|Die|Zij|Hij)\b")
_GENERIC = {"nota", "notitie", "brief", "rapport", "strategie", "kamerbrief", "evaluatie"}
_MODIFIER = re.compile(r"^(?:[A-Z][\w-]*|[^\W\d_]+(?:ale|ele|ële|ische|aire))$")
_STOP = {
    "zal", "zullen", "wordt", "worden", "verwacht", "te", "is", "zijn", "voor", "nader",
    "uitwerken", "uitgewerkt", "kunt", "ontvangt", "gaat", "heeft", "door",
}  # fmt: skip
_TRAILING = {"en", "van", "de", "het", "een", "over", "aan", "in", "met", "op"}
_ARTICLES = {"de", "het", "een"}
_ACTOR = re.compile(
    r"\b(?:de|De) ((?:Minister|Staatssecretaris|minister|staatssecretaris)"
    r"(?: (?:van|voor) [A-Z][\w-]*(?: (?:en|van|voor) [A-Z][\w-]*)*)?)"
)
QUESTION_ROLE = "vraag"


@dataclass(frozen=True)
class PassageInput:
    id: int
    text: str
    first_page: int
    last_page: int
    role: str | None = None  # ParsedPassage.role: "vraag", "antwoord", "verzoek", ...

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, for the finders' first tests (made once)."""
        return self.text.lower()


@dataclass(frozen=True)
class FoundCommitment:
    passage_id: int
    page: int
    text: str  # the sentence(s), as in the letter
    subject: str  # what is promised: "mensenrechtennota"
    due: Due | None
    actor: str = ""  # who promises, when the sentence names another than the letter's signer


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str


def has_cue(text: str) -> bool:
    """Whether ``text`` has a cue word; a sentence without one is no commitment."""
    return lang.may_promise(text)


def is_commitment(sentence: str) -> bool:
    return lang.is_explicit(sentence)


def _deliverable(sentence: str) -> _Word | None:
    """The first word naming a deliverable (``mensenrechtennota``), or Staat van de Unie."""
    span = lang.deliverable_end(sentence)
    if span is None:
        return None
    start, end = span
    if not sentence[start:end].startswith("Staat"):
        while start > 0 and sentence[start - 1].isalpha():
            start -= 1
    return _Word(start, end, sentence[start:end])


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
            if before[-1] in ("Deze", "Dit", "Die", "Het", "De", "Een", "Uw", "Ik", "We"):
                break
            parts.insert(0, before.pop())
        subject = " ".join(parts)
        rest = sentence[match.end :]
        also = re.match(rf"\s+en\s+((?:[A-Z][\w-]*\s+){{0,3}}(?:{lang.DELIVERABLE}))\b", rest)
        right_after = re.match(r"\s+(?:over|van)\s+(.*)", rest)
        if also:
            subject += f" en {also.group(1)}"
        elif right_after:
            after = _words_after(right_after.group(1), 4)
            if after:
                subject += f" {rest.split()[0]} {after}"
        elif match.text.lower() in _GENERIC:
            topic_at = re.search(r"\b(?:over|waarin|inzake|met)\s+(.*)", rest)
            if topic_at:
                topic = _words_after(topic_at.group(1), 6)
                if topic:
                    subject += f" over {topic}"
        return subject
    about = re.search(r"\bhierover en (.*)|\b(?:over|inzake)\s+(.*)", sentence, _I)
    if about:
        topic = _words_after(about.group(1) or about.group(2), 12)
        if topic and topic.lower() not in ("hiervan", "hierover"):
            return topic
    return "informatie aan de Kamer"


def actor_of(sentence: str) -> str:
    """The minister or state secretary a sentence names as the one who acts, if any."""
    match = _ACTOR.search(sentence)
    return match.group(1) if match else ""


_END = re.compile(r"[.!?:;][»”’)\"']*\s*$")
_HEAD = 400  # of the next passage, into which a sentence may run on


def passage_sentences(
    passages: Sequence[PassageInput], wanted: Callable[[str], bool] | None = None
) -> Iterator[tuple[PassageInput, Sentence, int]]:
    """Every sentence with the passage it starts in and its page. A passage that breaks off
    in mid-sentence, followed by one that begins in lower case, runs on into it: the
    sentence is the first passage's, and the next passage starts after it.

    ``wanted``: a fast test of a passage's text in lower case (with the start of the next
    one, when it breaks off) that the caller's sentences must pass: the passages that fail
    it are not cut into sentences."""
    carried: tuple[PassageInput, Sentence, int] | None = None
    for number, passage in enumerate(passages):
        if wanted is not None and carried is None and not wanted(passage.lowered):
            cut_off = not _END.search(passage.text[-12:])
            if not cut_off or number + 1 == len(passages):
                continue
            following = passages[number + 1].lowered[:_HEAD]
            if not wanted(f"{passage.lowered[-_HEAD:]} {following}"):
                continue
        sentences = split_sentences(passage.text)
        if carried is not None:
            first, sentence, page = carried
            carried = None
            if sentences and passage.text[:1].islower():
                joined = Sentence(f"{sentence.text} {sentences[0].text}", sentence.start)
                yield first, joined, page
                sentences = sentences[1:]
            else:
                yield first, sentence, page
        for index, sentence in enumerate(sentences):
            page = page_at(sentence.start, len(passage.text), passage.first_page, passage.last_page)
            if index == len(sentences) - 1 and not _END.search(sentence.text):
                carried = (passage, sentence, page)
            else:
                yield passage, sentence, page
    if carried is not None:
        yield carried


def with_footnotes(
    passages: Sequence[PassageInput], notes: Iterable[tuple[int, str, int]]
) -> list[PassageInput]:
    """The passages, then their footnotes as (id of the passage citing it, text, page): a
    note promises too ("Het kabinet zal de quickscan benutten om …"). The notes come
    after every passage, so that a sentence running from one passage into the next is
    not cut by a note; what a note says is found at the passage that cites it."""
    return [*passages, *(PassageInput(cited, text, page, page) for cited, text, page in notes)]


_ANSWER_LABEL = re.compile(r"\bAntwoord(?: (?:op )?(?:vraag )?\d+(?:(?:, | en )\d+)*)?\s+")


def answers_only(passages: Iterable[PassageInput]) -> list[PassageInput]:
    """The passages without the questions of Kamervragen: a question (role "vraag", or text
    that starts with "Vraag N") is left out, up to its answer when reading kept the two in
    one passage."""
    kept: list[PassageInput] = []
    for passage in passages:
        if passage.role == QUESTION_ROLE:
            continue
        if passage.text.startswith(("Vraag ", "Vragen ")):
            answer = _ANSWER_LABEL.search(passage.text)
            if answer is None:
                continue
            passage = PassageInput(
                passage.id,
                passage.text[answer.end() :],
                passage.first_page,
                passage.last_page,
                passage.role,
            )
        kept.append(passage)
    return kept


def find_commitments(
    passages: Iterable[PassageInput], letter_date: date | None
) -> list[FoundCommitment]:
    found: list[FoundCommitment] = []
    previous: FoundCommitment | None = None
    previous_passage = -1
    for passage, sentence, page in passage_sentences(
        answers_only(passages), lang.may_promise_lowered
    ):
        if passage.id != previous_passage:
            previous, previous_passage = None, passage.id
        text = sentence.text
        if not lang.is_explicit(text):
            previous = None
            continue
        due = find_due(text, letter_date)
        subject = subject_of(text)
        if previous is not None and _ANAPHOR.match(text):
            better = subject if _deliverable(text) else previous.subject
            merged = FoundCommitment(
                previous.passage_id,
                previous.page,
                f"{previous.text} {text}",
                better,
                previous.due or due,
                previous.actor or actor_of(text),
            )
            found[-1] = previous = merged
            continue
        previous = FoundCommitment(passage.id, page, text, subject, due, actor_of(text))
        found.append(previous)
    return found


def sentence_key(text: str) -> str:
    """What identifies a found commitment across re-imports: its words, folded."""
    folded = re.sub(r"\W+", " ", text.lower()).strip()
    return hashlib.blake2b(folded.encode(), digest_size=16).hexdigest()


def find_candidates(
    passages: Iterable[PassageInput], letter_date: date | None
) -> list[FoundCommitment]:
    """Weaker candidates for the user to confirm: plans with a moment, not explicit promises.

    ``Deze bijdrage wordt in de loop van dit jaar uitgebreid``, ``Het RIVM is voornemens om
    vanaf 2023 ...``: a sentence about the future that names when (a moment not before the
    letter's date), but promises the Kamer nothing. Never a sentence about the past
    (``Op 31 mei 2010 waren er ...``).
    """
    found: list[FoundCommitment] = []
    for passage, sentence, page in passage_sentences(answers_only(passages)):
        text = sentence.text
        if not lang.is_plan(text) or lang.is_explicit(text):
            continue
        due = find_due(text, letter_date)
        if due is None:
            continue
        if letter_date is not None and due.last_day is not None and due.last_day < letter_date:
            continue
        found.append(FoundCommitment(passage.id, page, text, subject_of(text), due, actor_of(text)))
    return found
