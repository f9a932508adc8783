"""Sentences in which the government states its position: candidate talking points.

``Nederland zet zich in voor``, ``het kabinet steunt / veroordeelt / pleit
voor``, ``blijft zich inzetten``, ``roept ... op``, ``dringt aan op``. Questions
and conditional sentences are left out; so are sentences that only describe
what others do.
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
    r"zoek(?:t|en)|wil(?:len)?|kiest|kiezen|(?:is|zijn) (?:\w+ ){0,9}van (?:groot |essentieel |"
    r"cruciaal |wezenlijk )?belang)"
)
_ACTOR_WORD = re.compile(rf"(?<!\w){_ACTOR}(?!\w)", re.IGNORECASE)
_STANCE_WORDS = re.compile(rf"(?<!\w){_STANCE}(?!\w)", re.IGNORECASE)
_NOT = re.compile(r"\?\s*$|^(?:Als|Indien|Wanneer|Mocht)\b", re.IGNORECASE)


def is_position(sentence: str) -> bool:
    """Whether the sentence states the government's own position."""
    if _NOT.search(sentence.strip()):
        return False
    return bool(_ACTOR_WORD.search(sentence) and _STANCE_WORDS.search(sentence))
