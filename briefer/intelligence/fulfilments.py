"""Find the sentences in which a letter says that it meets an earlier promise or motie.

``Hiermee wordt de toezegging van 6 september jl. ... afgedaan``, ``Met onderstaand
antwoord wordt de toezegging aan lid Kröger ... beschouwd als afgedaan``, ``Conform de
toezegging in het Commissiedebat Luchtvaart van 1 juni 2022 ...``, ``Zoals toegezegd aan
het lid Kröger ... is het ministerie ... in gesprek gegaan``, ``Hiermee wordt uitvoering
gegeven aan drie toezeggingen en een motie van de Kamer``, ``waarmee tevens wordt voldaan
aan een aantal toezeggingen``, ``Met deze bijlage geven we invulling aan een motie``,
``wordt er reeds conform de motie van uw Kamer gehandeld``, and a request of the Kamer
recalled in one sentence and met in the next (``heeft uw Kamer per motie ... verzocht om
.... Deze zijn opgenomen in de bijlage.``).

Not a fulfilment: work in progress on a promise or motie (``Conform motie ... beziet het
kabinet``, ``In het kader van motie-Simons zijn gesprekken gevoerd``), a promise to meet
one later (``zal ik invulling geven aan de motie``), how a motie will be carried out
(``door uitvoering te geven aan de motie``), an earlier letter that met it (``is uw Kamer
per brief van 29 september 2021 ...``), a promise recalled (``is ... toegezegd dat``).

Each fulfilment says, where the letter says so, what it meets and where that was promised:
a debate and its date, a member, a motie by name, a Kamerstuk, a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from briefer.char_classes import usual_only
from briefer.ingest.kamerstuk import DUTCH_MONTHS
from briefer.intelligence.commitments import PassageInput, answers_only, passage_sentences
from briefer.intelligence.references import KAMERSTUK, find_references

_I = re.IGNORECASE
_OBJECT = re.compile(
    r"\b(?P<what>toezegging(?:en)?|motie(?:s)?|verzoek(?:en)?|toegezegd|verzocht)\b", _I
)
_MET = re.compile(
    r"\b(?:voldaan|voldoe|voldoen|voldoet|afgedaan|(?:invulling|uitvoering|gevolg) "
    r"(?:gegeven|geven|geef|geeft)|(?:geef|geeft|geven) (?:ik|we|wij|het kabinet)? ?"
    r"(?:hierbij |hiermee |daarmee )?(?:invulling|uitvoering|gevolg)|tegemoetgekomen|"
    r"tegemoet gekomen|nagekomen|kom ik tegemoet|(?:is|wordt|worden|zijn) beantwoord)\b",
    _I,
)
_CONFORM = re.compile(
    r"\b(?:zoals|conform|overeenkomstig|ter uitvoering van)\s+(?:(?:de|het|mijn|een)\s+)?"
    r"(?:toezegging|toegezegd|motie|verzoek)",
    _I,
)
_FUTURE = re.compile(r"\b(?:zal|zullen|zult|ben voornemens|is voornemens)\b", _I)
_ONGOING = re.compile(
    r"\b(?:beziet|bezien|onderzoekt|onderzoeken|verkent|verkennen|werkt aan|werken aan|"
    r"bekijkt|bekijken|kijkt|kijken|beraadt|beraden|overweegt|overwegen|versterkt)\b",
    _I,
)
_NOT_YET = re.compile(r"\b(?:nog niet|niet langer|niet)\b[^.]{0,30}\b(?:voldaan|afgedaan)\b", _I)
_HOW = re.compile(r"\bdoor (?:uitvoering|invulling|gevolg) te geven\b", _I)
_EARLIER_LETTER = re.compile(
    r"\b(?:per|bij|in|met) (?:mijn |de |onze )?brief van \d{1,2} \w+(?: \d{4})?", _I
)
_RECALL_REQUEST = re.compile(
    r"\b(?:heeft|hebben) (?:uw|de) Kamer\b(?:[^.]|\bnr\.){0,160}\bverzocht\b|"
    r"\b(?:uw|de) Kamer heeft\b(?:[^.]|\bnr\.){0,160}\bverzocht\b",
    _I,
)
_DELIVERED = re.compile(
    r"^(?:Deze|Dit|Die|Hieraan|Daaraan|Hierop|Daarop|Hiermee|Daarmee)\b[^.]{0,80}\b"
    r"(?:opgenomen|bijgevoegd|beantwoord|uitgewerkt|voldaan|tegemoet|aangeboden|te vinden)\b",
    _I,
)
_PREFIX = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n ['’]t)\s+)*"
_NAME = rf"{_PREFIX}[A-Z][\w'’-]+"
_MOTIE = re.compile(
    rf"\bmotie(?:-|\s+van\s+(?:het\s+(?:Tweede\s+)?(?:Kamer)?lid|de\s+leden|Tweede\s+Kamerlid)\s+|\s+)"
    rf"(?P<names>{_NAME}(?:\s*(?:/|en)\s*{_NAME})*)(?P<cs>\s+c\.s\.)?"
)
_MEMBER = re.compile(rf"\b(?:Kamer)?lid\s+(?P<name>{_NAME})")
_DEBATE = re.compile(
    r"\b(?P<debate>(?:[Cc]ommissiedebat|[Nn]otaoverleg|[Ww]etgevingsoverleg|[Aa]lgemeen [Oo]verleg|"
    r"[Pp]lenaire? debat|[Tt]weeminutendebat|[Dd]ebat|[Mm]ondelinge vragenuur|[Vv]ragenuur|"
    r"[Ss]chriftelijk overleg)\b[^,.;()]{0,80}?(?:van|op)\s+(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(DUTCH_MONTHS)
    + r")(?:\s+(?P<year>\d{4})|\s+jl\.)?)"
)
_PROMISE_DATE = re.compile(
    r"\b(?:toezegging|\w*brief|motie)\s+van\s+(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(DUTCH_MONTHS)
    + r")(?:\s+(?P<year>\d{4})|\s+jl\.)?",
    _I,
)
_QUESTIONS = re.compile(r"\b(?:in antwoord op|beantwoording van) (?:de )?Kamervragen\b", _I)


@dataclass(frozen=True)
class FoundFulfilment:
    passage_id: int
    page: int
    text: str  # the sentence (or the two: a request recalled, then met)
    what: str  # toezegging | motie | verzoek (what is met)
    made_in: str  # where it was promised or asked, as the letter says; "" when it does not
    references: tuple[str, ...]  # canonical ids of the Kamerstukken it names
    dates: tuple[date, ...]  # the dates of the promise, a debate or a letter it names
    names: tuple[str, ...]  # the members or the motie's names it names
    keys: tuple[str, ...] = ()  # what to find the promise by: "k:<kamerstuk key>", "d:", "n:"


def _day(match: re.Match[str], letter_date: date | None) -> date | None:
    year = int(match["year"]) if match["year"] else (letter_date or date.today()).year
    try:
        when = date(year, DUTCH_MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None
    if not match["year"] and letter_date is not None and when > letter_date:
        when = when.replace(year=year - 1)  # "6 september jl." written in March
    return when


def _no_cue(sentence: str) -> bool:
    """Whether ``sentence`` has none of the words ``may_fulfil`` looks for, and so neither
    ``_OBJECT`` nor ``_RECALL_REQUEST`` finds anything in it (most sentences of a passage
    that has one). Told without the expressions for a text of char_classes.RANGES only,
    for which their IGNORECASE compares as ``lower()`` does."""
    return usual_only(sentence) and not may_fulfil(sentence.lower())


def is_fulfilment(sentence: str) -> bool:
    """Whether a sentence says that this letter (or what it reports) meets a promise or
    motie."""
    if _no_cue(sentence) or not _OBJECT.search(sentence):
        return False
    if _FUTURE.search(sentence) or _NOT_YET.search(sentence) or _HOW.search(sentence):
        return False
    if _EARLIER_LETTER.search(sentence) and not re.search(r"\b(?:hiermee|hierbij)\b", sentence, _I):
        return False
    if _MET.search(sentence):
        return True
    conform = _CONFORM.search(sentence)
    if conform is None:
        return False
    return not _ONGOING.search(sentence[conform.end() :])


def _what(text: str) -> str:
    words = [m["what"].lower() for m in _OBJECT.finditer(text)]
    if any(w.startswith(("toezeg", "toegezegd")) for w in words):
        return "toezegging"
    if any(w.startswith("motie") for w in words):
        return "motie"
    return "verzoek"


Described = tuple[str, tuple[str, ...], tuple[date, ...], tuple[str, ...], tuple[str, ...]]


def describe(text: str, letter_date: date | None) -> Described:
    """(where it was promised, Kamerstukken, dates, names, keys) as a fulfilment sentence
    says; the keys are how the library finds the letter of the promise: ``k:<kamerstuk
    key>`` (briefer.ingest.kamerstuk), ``d:<ISO date>``, ``n:<a name, folded>``."""
    parts: list[str] = []
    dates: list[date] = []
    names: list[str] = []
    debate = _DEBATE.search(text)
    debated: date | None = None  # a debate's day: no letter of the library has it
    if debate is not None:
        parts.append(" ".join(debate["debate"].split()))
        debated = _day(debate, letter_date)
        if debated is not None:
            dates.append(debated)
    elif _QUESTIONS.search(text):
        parts.append("Kamervragen")
    references = [r for r in find_references(text) if r.kind == KAMERSTUK]
    motie = _MOTIE.search(text)
    if motie is not None:
        label = "motie " + " ".join(motie["names"].split()) + (" c.s." if motie["cs"] else "")
        for ref in references:
            label += f" ({ref.display})"
        parts.append(label)
        names += [n.strip() for n in re.split(r"\s*(?:/|\ben\b)\s*", motie["names"]) if n.strip()]
    elif references:
        parts.append("Kamerstuk " + ", ".join(r.display for r in references))
    member = _MEMBER.search(text)
    if member is not None and (motie is None or member.start() < motie.start()):
        parts.append(f"aan het lid {member['name']}")
        names.append(member["name"])
    for match in _PROMISE_DATE.finditer(text):
        day = _day(match, letter_date)
        if day is not None and day not in dates:
            dates.append(day)
            if debate is None:
                parts.append(f"van {day.day} {match['month'].lower()} {day.year}")
    names = list(dict.fromkeys(names))
    keys = [f"k:{r.key}" for r in references]
    keys += [f"d:{d.isoformat()}" for d in dates if d != debated]
    keys += [f"n:{n.casefold().replace(' ', '_')}" for n in names]
    return (
        ", ".join(parts),
        tuple(r.canonical for r in references),
        tuple(dates),
        tuple(names),
        tuple(dict.fromkeys(keys)),
    )


_CUES = ("toezeg", "toegezegd", "motie", "verzoek", "verzocht")


def may_fulfil(lowered: str) -> bool:
    """A fast first test of a text in lower case: without these words it says nothing is
    met."""
    return any(cue in lowered for cue in _CUES)


def find_fulfilments(
    passages: Iterable[PassageInput], letter_date: date | None
) -> list[FoundFulfilment]:
    found: list[FoundFulfilment] = []
    recalled: tuple[PassageInput, str, int] | None = None  # a request of the Kamer, just before
    for passage, sentence, page in passage_sentences(answers_only(passages), may_fulfil):
        text = sentence.text
        first: tuple[PassageInput, str, int] = (passage, text, page)
        if (
            recalled is not None
            and recalled[0].id == passage.id
            and (_DELIVERED.search(text) or (is_fulfilment(text) and not _named(text)))
        ):
            first = recalled
            text = f"{recalled[1]} {text}"
        elif not is_fulfilment(text):
            asks = not _no_cue(text) and _RECALL_REQUEST.search(text)
            recalled = (passage, text, page) if asks else None
            continue
        recalled = None
        made_in, refs, dates, names, keys = describe(text, letter_date)
        found.append(
            FoundFulfilment(
                first[0].id, first[2], text, _what(text), made_in, refs, dates, names, keys
            )
        )
    return found


def _named(text: str) -> bool:
    """Whether a sentence names what it meets (a motie, debate, member, Kamerstuk, date)."""
    return bool(
        _MOTIE.search(text)
        or _DEBATE.search(text)
        or _MEMBER.search(text)
        or find_references(text)
        or _PROMISE_DATE.search(text)
    )
