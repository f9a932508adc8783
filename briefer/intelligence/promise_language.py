"""How ministries write a promise to the parliament, and how they write what is not one.

Counted as an explicit promise (a toezegging, as the parliament's register counts them):
- to inform, send, present or report to the Kamer, in the future: ``Het kabinet zal uw
  Kamer ... informeren``, ``Uw Kamer ontvangt uiterlijk 1 juni een ...``, ``zal uw Kamer
  ... een nota toekomen``, ``De Kamer wordt ... naar verwachting ... geïnformeerd``,
  ``Deze sectoragenda zal ... aan uw Kamer worden aangeboden``, ``wordt de kabinetsreactie
  ... naar Uw Kamer gestuurd``, ``stuur ik u``, ``kunt u ... verwachten``, ``waarover ik uw
  Kamer ... zal berichten``, ``wil ik graag met uw Kamer ... van gedachten wisselen``;
- to produce something named: ``zal het kabinet een Afrikastrategie formuleren``, ``Ik ben
  voornemens om een tijdlijn op te stellen``, ``Het kabinet zal ... met een nadere
  uitwerking komen``, ``een strategie, die eind 2022 gereed zal zijn``, ``... een
  expertmeeting te organiseren`` - by the government, not by the RIVM or a sector;
- ``zeg ik toe``.
Not a promise: a plan or wish (``zal zich blijven inzetten voor``), what the Kamer already
received or was promised before (``heeft uw Kamer geïnformeerd``, ``is ... toegezegd dat``,
``Het streven was om``), this letter itself (``Met deze brief bied ik u ... aan``, ``kom ik
later in deze brief terug``), a question of the Kamer.
"""

from __future__ import annotations

import re

from briefer.char_classes import usual_only

_I = re.IGNORECASE

KAMER = re.compile(
    r"\b(?:uw|de|die) Kamer\b|\b(?:kunt|om|ontvangt|stuur|zend|bied|informeer) u\b|"
    r"\b(?:ik|wij|we) u\b|\b(?:stuur|zend|bied|informeer) (?:ik|wij|we) u\b|"
    r"\bu (?:ontvangt|kunt|zult)\b|"
    r"\bu\b(?=[^.;]{0,80}\b(?:te (?:sturen|doen toekomen)|toekomen|toesturen)\b)",
    _I,
)
DELIVER = re.compile(
    r"\b(?:informeren|ge ?ïnformeerd|toekomen|ontvangt|ontvangen|toesturen|toegestuurd|"
    r"sturen|stuur|gestuurd|toezenden|toegezonden|zenden|zend|gezonden|aanbieden|aangeboden|"
    r"verslag uitbrengen|rapporteren|gerapporteerd|verwachten|berichten|"
    r"van gedachten wisselen|terugkomen|terug te komen|op de hoogte (?:houden|stellen|brengen)|"
    r"(?:kom|komen)\b[^.;]{0,60}\bterug)\b",
    _I,
)
FUTURE = re.compile(
    r"\b(?:zal|zullen|zult|ontvangt|wordt|worden|verwacht|verwachting|voornemens|voornemen|"
    r"kunt u|zeg ik toe|toezeggen|wil(?:len)? (?:ik|wij|we|het kabinet)|stuur ik|ga ik|"
    r"gaan wij|gaan we|kom ik|komen wij|komen we|ik kom|wij komen|we komen|u ontvangt)\b",
    _I,
)
# Done already: "heeft uw Kamer geïnformeerd", "is de Kamer per brief ... aangeboden".
PAST = re.compile(
    r"\b(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\b[^,;]{0,60}"
    r"\b(?:ge ?ïnformeerd|ontvangen|gestuurd|toegezonden|aangeboden|toegegaan|gemeld|"
    r"bericht|gerapporteerd)\b",
    _I,
)
PAST_TENSE = re.compile(r"\b(?:was|waren|werd|werden|had|hadden)\b", _I)
RECALLED = re.compile(
    r"\b(?:is|zijn|werd|werden|heb|heeft|hebben)\b[^.]{0,80}\btoegezegd\b|"
    r"\btoegezegd (?:is|werd)\b",
    _I,
)
STILL_TO_COME = re.compile(
    r"\b(?:voornemen|voornemens|te (?:sturen|informeren|toesturen|zenden))\b", _I
)
WILL = re.compile(
    r"\b(?:zal|zullen|voornemens|voornemen|ga ik|gaan (?:wij|we)|wil(?:len)? (?:ik|wij|we))\b",
    _I,
)
PROMISE = re.compile(r"\bzeg(?:t|gen)? (?:ik |het kabinet |wij )?(?:\w+ ){0,6}toe\b", _I)
WISH = re.compile(r"\b(?:blijven?|zich) (?:\w+ ){0,3}(?:inzetten|inspannen)\b", _I)
THIS_LETTER = re.compile(
    r"\b(?:hierbij|bijgaand|(?:met|in|bij|mee met) deze (?:brief|kamerbrief|bijlage|nota|"
    r"beantwoording|antwoorden))\b",
    _I,
)
DATED_FUTURE = re.compile(r"\b(?:zal|zullen|later|volgend|komend|komende)\b", _I)
QUESTION = re.compile(r"\?[»”’)]*\s*$|^Vraag \d+", _I)
PRODUCE = re.compile(
    r"\b(?:formuleren|opstellen|op te stellen|opgesteld|afronden|afgerond|organiseren|"
    r"uitbrengen|presenteren|publiceren|gereed|verschijnen|verschijnt|uitkomen|"
    r"(?:te )?komen met|met (?:een|de|het) [^.;]{0,60}\bkomen|aanbieden|toesturen|sturen)\b",
    _I,
)
_NOUNS = (
    r"strategie|nota|notitie|brief|rapport|wetsvoorstel|voorstel|conferentie|evaluatie|"
    r"actieplan|visie|routekaart|tijdlijn|uitwerking|kabinetsreactie|beleidsreactie|"
    r"expertmeeting|bijeenkomst|rondetafelgesprek|rapportage|appreciatie|handreiking|agenda"
)
DELIVERABLE = rf"Staat van de Unie|[^\W\d_]*(?:{_NOUNS})"
_STATE_OF_THE_UNION = "Staat van de Unie"
DELIVERABLE_END = re.compile(rf"{_STATE_OF_THE_UNION}|(?:{_NOUNS})(?![^\W\d_])", _I)
# Who does it: the government (or nobody named, in a passive sentence) - not the RIVM.
GOVERNMENT = re.compile(
    r"\b(?:ik|wij|we|het kabinet|de regering|(?:de|mijn) (?:minister|staatssecretaris)|"
    r"(?:het|mijn) ministerie|nederland|het rijk)\b",
    _I,
)
BY_OTHERS = re.compile(r"\bdoor (?:het|de) (?!minister|staatssecretaris|kabinet|regering)", _I)
_ORG = (
    r"(?:het|de|Het|De) (?![Kk]abinet\b|[Rr]egering\b|[Mm]inister|[Ss]taatssecretaris|Kamer\b)"
    r"(?:[A-Z][\w-]*|\w*(?:inspectie|raad|commissie|sector|partijen)\b)"
)
# A sentence whose subject is another body: "Daarnaast zal het RIVM ...", "Het RIVM is
# voornemens ...", "Begin juli zal de Raad voor Cultuur ...".
THIRD_PARTY = re.compile(
    rf"^(?:[\w/-]+ ){{0,3}}?(?:zal|zullen|is|wordt|verwacht) {_ORG}|"
    rf"^(?:Daarnaast |Ook |Tevens |Verder )?{_ORG}"
)


# Words without which the expressions above find nothing, as lower-case text has them: a
# fast first test of a passage or sentence (most stop here). Keep them in step.
_TO_KAMER = ("kamer", " u ", "u ontvangt", "kunt u")  # KAMER
_DELIVERS = (
    "informeer", "informeren", "nformeerd", "toekomen", "ontvang", " stuur", " sturen",
    "toestur", "gestuurd", "zenden", "zend ", "gezonden", "aanbied", "aangeboden", "bied ",
    "verslag uitbrengen", "rapporte", "verwachten", "berichten", "van gedachten", "terugkom",
    "terug te komen", "op terug", "op de hoogte",
)  # DELIVER  # fmt: skip
_WILLS = (
    "zal", "zullen", "zult", "ontvang", "wordt", "worden", "verwacht", "voornem", "kunt u",
    "zeg", "wil", "stuur ik", "ga ik", "gaan w", "kom", "u ontvangt",
)  # FUTURE, WILL, _FINISHED  # fmt: skip
_MAKES = (
    "formuleren", "opstellen", "op te stellen", "opgesteld", "afronden", "afgerond",
    "organiseren", "uitbrengen", "presenteren", "publiceren", "gereed", "verschijn",
    "uitkomen", " komen ", " komen.", " komen,", "aanbieden", "toesturen", " sturen",
)  # PRODUCE  # fmt: skip
_NOUN_WORDS = (
    "strategie", "nota", "notitie", "brief", "rapport", "voorstel", "conferentie", "evaluatie",
    "actieplan", "visie", "routekaart", "tijdlijn", "uitwerking", "reactie", "meeting",
    "bijeenkomst", "rondetafel", "appreciatie", "handreiking", "agenda", "staat van de unie",
)  # DELIVERABLE_END  # fmt: skip


_UNION, _NOUN_LIST = _STATE_OF_THE_UNION.lower(), _NOUNS.split("|")  # DELIVERABLE_END's
_LETTER = re.compile(r"[^\W\d_]")


def deliverable_end(sentence: str) -> tuple[int, int] | None:
    """Where ``DELIVERABLE_END`` first matches in ``sentence`` (start, end), if it does.

    The expression has no first character to skip to, so the engine tries it at every
    character: a text of char_classes.RANGES only (nearly every sentence) is searched
    for each word with ``str.find`` instead, several times as fast. For such a text the
    expression's IGNORECASE compares as ``lower()`` does, one character for one (every
    other character it equates with a letter, such as ``ſ`` or ``K``, lies outside), so
    both find the same: the first place at which one of the words starts (no two of
    them can match at one place), a noun only where no letter follows.
    """
    if not usual_only(sentence):
        match = DELIVERABLE_END.search(sentence)
        return match.span() if match else None
    lowered = sentence.lower()
    at = lowered.find(_UNION)
    first = (at, at + len(_UNION)) if at >= 0 else None
    for noun in _NOUN_LIST:
        at = lowered.find(noun)
        while at >= 0 and (first is None or at < first[0]):
            end = at + len(noun)
            if not _LETTER.match(sentence, end):
                first = (at, end)
                break
            at = lowered.find(noun, at + 1)
    return first


def may_promise(text: str) -> bool:
    """A fast first test of a passage (or sentence): without these words none of its
    sentences is a promise."""
    return may_promise_lowered(text.lower())


def may_promise_lowered(lowered: str) -> bool:
    """``may_promise`` of a text already in lower case."""
    if not any(word in lowered for word in _WILLS):
        return False
    if "zeg" in lowered and " toe" in lowered:
        return True
    to_kamer = "kamer" in lowered or " u " in lowered or lowered.startswith("u ")
    if to_kamer and any(word in lowered for word in _DELIVERS):
        return True
    # The rarer words first: most texts have none of them, and the nouns are not looked for.
    return any(w in lowered for w in _MAKES) and any(w in lowered for w in _NOUN_WORDS)


def _question(stripped: str) -> bool:
    """``QUESTION.search``, without searching a sentence that has no "?" and does not
    start with "vraag" (in any case: the expression's letters have no other forms)."""
    if "?" not in stripped and stripped[:5].lower() != "vraag":
        return False
    return QUESTION.search(stripped) is not None


def is_explicit(sentence: str) -> bool:
    """Whether the sentence is an explicit promise to the parliament."""
    lowered = sentence.lower()
    if not may_promise_lowered(lowered) or _question(sentence.strip()):
        return False
    if "zeg" in lowered and PROMISE.search(sentence):
        return True
    will = WILL.search(sentence) is not None
    if not will and "toegezegd" in lowered and RECALLED.search(sentence):
        return False
    if not will and PAST_TENSE.search(sentence):
        return False
    if THIS_LETTER.search(sentence) and not DATED_FUTURE.search(sentence):
        return False
    if KAMER.search(sentence) and DELIVER.search(sentence) and FUTURE.search(sentence):
        return not (PAST.search(sentence) and not STILL_TO_COME.search(sentence))
    if not (will or _FINISHED.search(sentence)) or WISH.search(sentence):
        return False
    if not (PRODUCE.search(sentence) and deliverable_end(sentence)):
        return False
    return by_government(sentence)


# "een strategie, die eind 2022 gereed zal zijn" / "wordt gewerkt aan een strategie"
_FINISHED = re.compile(r"\bgereed zal zijn\b|\bwordt gewerkt aan\b", _I)


def by_government(sentence: str) -> bool:
    """The government acts (or a passive sentence names nobody else)."""
    if THIRD_PARTY.search(sentence) or BY_OTHERS.search(sentence):
        return False
    if GOVERNMENT.search(sentence):
        return True
    return bool(re.search(r"\b(?:wordt|worden)\b", sentence, _I))


PLAN = re.compile(
    r"\b(?:zal|zullen|wordt|worden|verwacht|verwachting|beoogt|streeft|streven|voornemens|"
    r"laat|gaat|gaan|ontvangen|ontvangt|komt)\b",
    _I,
)


_PERFECT = re.compile(r"(?<!\bte )\b(?:heeft|hebben)\b", _I)
_QUOTED_REQUEST = re.compile(r"\bverzoekt de regering\b", _I)
_MUST = re.compile(r"\b(?:zal|zullen)\b[^,.;]{0,60}\bmoeten\b", _I)  # a need, not a plan


def is_plan(sentence: str) -> bool:
    """A sentence about a future act (a weaker candidate, once it names a moment): not in
    the past, not a question, not a motie's request quoted."""
    stripped = sentence.strip()
    if QUESTION.search(stripped) or not PLAN.search(sentence):
        return False
    if RECALLED.search(sentence) or _QUOTED_REQUEST.search(sentence) or _MUST.search(sentence):
        return False
    if _PERFECT.search(sentence) and not WILL.search(sentence):
        return False
    return not (PAST_TENSE.search(sentence) or PAST.search(sentence))
