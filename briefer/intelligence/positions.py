"""Sentences in which the government states its position: candidate talking points.

``Nederland zet zich in voor``, ``het kabinet steunt / veroordeelt / pleit
voor``, ``blijft zich inzetten``, ``roept ... op``, ``dringt aan op``, ``wij zoeken``.
Questions and conditional sentences are left out; so are sentences that only describe
what others do (``mensen die ons land willen bezoeken``).

A talking point must make sense alone: a sentence that refers back (``Om die reden
...``, ``In dit kader ...``, ``... zijn hiervoor ...``, ``Het kabinet wil daarom ...``,
or too short to say what it is about: ``Waar mogelijk zoeken wij de samenwerking.``)
takes the one or two sentences before it (``stand_alone``), or is left out when those
refer back too. A pronominal adverb inside a subordinate clause (``omdat statelijke
actoren hiermee schade kunnen toebrengen``) refers within its sentence and is fine.
"""

from __future__ import annotations

import re

_ACTOR = r"(?:(?:voor )?Nederland|het kabinet|het Koninkrijk|de regering|wij|we|ik)"
_STANCE = (
    r"(?:zet(?:ten)? (?:zich|ons|in)|zich (?:blijvend |actief |onverminderd )?(?:in ?zet|inzetten)|"
    r"blijf(?:t|en)? (?:zich |ons )?(?:\w+ ){0,3}inzetten|steun(?:t|en)|veroordeel(?:t|en)|"
    r"pleit(?:en)? (?:voor|ervoor)|roep(?:t|en) (?:\w+ ){0,6}op|dring(?:t|en) (?:\w+ ){0,4}aan|"
    r"spre(?:ekt|ken) (?:zich )?(?:\w+ ){0,3}uit|hecht(?:en)? (?:\w+ ){0,3}aan|"
    r"verwelkom(?:t|en)|bepleit(?:en)?|ondersteun(?:t|en)|staa?t(?:n)? (?:pal )?(?:achter|voor)|"
    r"zal (?:zich )?(?:\w+ ){0,3}(?:inzetten|blijven inzetten|steunen|bepleiten)|"
    r"(?:is|zijn) (?:\w+ ){0,9}van (?:groot |essentieel |"
    r"cruciaal |wezenlijk )?belang)"
)
_ACTOR_WORD = re.compile(rf"(?<!\w){_ACTOR}(?!\w)", re.IGNORECASE)
# "wil", "zoekt", "kiest" say a position only with the government as their subject.
_ACTOR_WILL = re.compile(
    rf"(?<!\w){_ACTOR}\s+(?:\w+\s+){{0,2}}?(?:wil|willen|zoekt|zoeken|kiest|kiezen)(?!\w)|"
    rf"(?<!\w)(?:wil|willen|zoekt|zoeken|kiest|kiezen)\s+{_ACTOR}(?!\w)",
    re.IGNORECASE,
)
_STANCE_WORDS = re.compile(rf"(?<!\w){_STANCE}(?!\w)", re.IGNORECASE)
_NOT = re.compile(r"\?\s*$|^(?:Als|Indien|Wanneer|Mocht)\b", re.IGNORECASE)


def is_position(sentence: str) -> bool:
    """Whether the sentence states the government's own position."""
    if _NOT.search(sentence.strip()):
        return False
    if _ACTOR_WILL.search(sentence):
        return True
    return bool(_ACTOR_WORD.search(sentence) and _STANCE_WORDS.search(sentence))


# A pronominal adverb or demonstrative that points at what came before.
_BACK_ADVERB = re.compile(
    r"\b(?:hier|daar)(?:om|voor|mee|bij|toe|over|in|van|op|door|aan|uit|tegen)\b", re.IGNORECASE
)
_BACK_PHRASE = re.compile(
    r"\b(?:om (?:die|deze) reden|in (?:dit|dat|ditzelfde|datzelfde) (?:kader|licht|verband)|"
    r"in het verlengde (?:hiervan|daarvan)|naar aanleiding hiervan|op die manier|"
    r"op deze (?:manier|wijze))\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:dit|deze|die|dat|ditzelfde|datzelfde|diezelfde|zij|hij|ze|zo)\b"
    r"(?!\s+(?:kabinet|regering|jaar|voorjaar|najaar|week|maand|eeuw|brief|beleidsbrief)\b)",
    re.IGNORECASE,
)
# Where a subordinate clause begins: what refers back inside it refers within the sentence.
_SUBORDINATE = re.compile(
    r"(?:,\s*|\s)(?:omdat|zodat|waarbij|waarin|waardoor|waarmee|terwijl|hoewel|doordat|opdat|"
    r"wanneer|indien|mits|nadat|voordat|totdat|dat|die|welke)\b",
    re.IGNORECASE,
)


_PRONOUN = re.compile(r"\b(?:wij|we|ik|zij|ze|hij)\b", re.IGNORECASE)


def refers_back(sentence: str) -> bool:
    """Whether a sentence leans on what came before it, so that alone it says too little."""
    text = sentence.strip()
    words = text.split()
    short = len(words) <= 8 and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])
    if short and _PRONOUN.search(text):
        return True  # "Waar mogelijk zoeken wij de samenwerking.": who, with whom?
    if _BACK_PHRASE.search(text) or _DEMONSTRATIVE.search(text):
        return True
    cut = _SUBORDINATE.search(text, len(words[0]) if words else 0)
    main = text[: cut.start()] if cut else text
    return bool(_BACK_ADVERB.search(main))


_ALSO = re.compile(r"\bdaarnaast\b", re.IGNORECASE)


def stand_alone(sentences: list[str], index: int, reach: int = 2) -> tuple[int, str] | None:
    """The sentence at ``index`` as a talking point that makes sense alone: (index of its
    first sentence, text). A sentence that refers back takes the one or two before it
    (``reach``); None when even those do not make it stand alone. One that adds to the
    sentence before (``daarnaast``) takes it when that one stands alone, else stays alone."""
    sentence = sentences[index]
    if not refers_back(sentence):
        if _ALSO.search(sentence) and index > 0 and not refers_back(sentences[index - 1]):
            return index - 1, f"{sentences[index - 1]} {sentence}"
        return index, sentence
    for first in range(index - 1, max(-1, index - 1 - reach), -1):
        if not refers_back(sentences[first]):
            return first, " ".join(sentences[first : index + 1])
    return None
