"""Compile a theme's terms into one regular expression.

Term syntax (see resources/themes.toml):
- ``Rusland``: the word and its Dutch inflections (Ruslands; staat -> staten,
  Rus -> Russen, afhankelijkheid -> afhankelijkheden);
- ``Russisch*``: every word that starts with ``Russisch``;
- ``Westelijke Balkan``: a phrase, any white space between the words;
- ``"EU"``: exactly this form, also in case;
- ``!Indochina``: not a term but an exception: that word (``!Malie*``: every
  word starting so) is never counted as a compound of the theme's terms.
A plain one-word term also matches inside Dutch compounds (``Chinastrategie``,
``handelssancties``): see briefer.tagging.compounds.
Matching is case-insensitive otherwise, on whole words only: a term never
matches inside another word (``Servië`` is not in ``Service``). A hyphen
separates words, so ``pro-Russische`` contains ``Russische``.

Every term also says which word a match must start with (``heads``, folded to
lower case as the regex engine compares them), so that briefer.tagging.matcher
can find the few places worth trying in a whole letter at once.
"""

from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, field

from briefer.char_classes import usual_only
from briefer.tagging.compounds import (
    EXCEPTION_MARK,
    MIN_PART,
    CompoundIndex,
    is_exception,
    parse_exceptions,
)

_VOWELS = "aeiouy"
_LETTER = r"[^\W\d_]"
_FIRST_RUN = re.compile(r"\w*")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")


def _case_folding_table() -> dict[int, int]:
    """Characters that IGNORECASE treats as one letter although lower() does not (ſ, s)."""
    try:  # the regex engine's own table
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
        return {}
    groups: dict[int, set[int]] = {}
    for code, others in extra.items():
        group = {code, *others}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    return {code: min(group) for code, group in groups.items() if code != min(group)}


_FOLD = _case_folding_table()
_FOLDED = re.compile(
    "[" + "".join(re.escape(chr(code)) for code in _FOLD) + "]" if _FOLD else "(?!)"
)
# None of those characters is one of char_classes.RANGES (Greek, Cyrillic, ſ, ı ...): a
# text of those blocks only (nearly every letter), found out quicker than by a search for
# them, has none to translate.
_NONE_USUAL = not any(usual_only(chr(code)) for code in _FOLD)


def fold(text: str) -> str:
    """Lower case as the IGNORECASE regex engine compares, one character for one."""
    return fold_noting(text)[0]


def fold_noting(text: str) -> tuple[str, bool]:
    """``fold(text)``, and whether it is of char_classes.RANGES only (``usual_only``): the
    test that spares most texts the search for characters to translate, whose answer
    the matcher needs too."""
    lowered = text.replace("İ", "i").lower()
    usual = usual_only(lowered)
    if (not usual or not _NONE_USUAL) and _FOLDED.search(lowered):
        lowered = lowered.translate(_FOLD)
        usual = usual_only(lowered)
    return lowered, usual


def _first_run(word: str) -> str:
    """The word characters a word starts with: ``noord`` for ``Noord-Macedonië``."""
    match = _FIRST_RUN.match(word)
    return fold(match.group(0)) if match else ""


class RuleError(ValueError):
    """A term that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Term:
    raw: str
    pattern: str  # a regular expression without boundaries
    needle: str  # lower-case text every match contains (a fast pre-check)
    exact: bool = False  # a quoted term: case-sensitive
    # The folded run of word characters at which every match starts: it equals
    # one of ``heads`` or, with ``prefix``, starts with it. Empty: no such run
    # (a term that starts with punctuation); only the regex can find it.
    heads: tuple[str, ...] = ()
    prefix: bool = False
    # Folded forms this term may take as the first or last part of a compound.
    compound_heads: tuple[str, ...] = ()
    compound_tails: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledTheme:
    theme_id: int
    name: str
    terms: tuple[Term, ...]
    regex: re.Pattern[str] | None
    exact: re.Pattern[str] | None  # quoted terms, case-sensitive
    needles: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()  # the "!word" terms, as written
    compounds: CompoundIndex = field(default_factory=CompoundIndex)  # this theme alone, slot 0

    def find_compounds(
        self, text: str, named: list[tuple[str, str]] | None = None
    ) -> list[tuple[str, str]]:
        """(term, compound) for the terms ``text`` has inside a compound.

        ``named``: what ``find`` gave already; those terms and words are left out.
        """
        named = self.find(text) if named is None else named
        terms = {term for term, _words in named}
        words = {found for _term, found in named}
        hits = self.compounds.find(text, fold(text)).get(0, {})
        return [
            (self.terms[index].raw, word)
            for index, word in sorted(hits.items())
            if self.terms[index].raw not in terms and word not in words
        ]

    def find(self, text: str, lowered: str | None = None) -> list[tuple[str, str]]:
        """(term as written in the theme, the words found) for each term in ``text``.

        ``lowered`` is ``text.lower()`` when the caller has it already.
        """
        lowered = text.lower() if lowered is None else lowered
        if not any(needle in lowered for needle in self.needles):
            return []
        found: dict[int, str] = {}
        for regex in (self.regex, self.exact):
            if regex is None:
                continue
            for match in regex.finditer(text):
                index = int((match.lastgroup or "t0")[1:])
                found.setdefault(index, " ".join(match.group(0).split()))
        return [(self.terms[index].raw, found[index]) for index in sorted(found)]


def inflections(word: str) -> list[str]:
    """Dutch forms of a word: plural, genitive and adjective endings."""
    forms = [word, word + "s", word + "'s", word + "’s"]
    lower = word.lower()
    if lower[-1:] in _VOWELS or lower[-1:] in "ëï":
        if lower.endswith("e"):
            forms.append(word + "n")
        return forms
    forms += [word + "e", word + "en"]
    if lower.endswith("heid"):
        forms.append(word[:-4] + "heden")
    # staat -> staten, groot -> grote: one vowel of a doubled pair drops
    doubled = re.match(rf"^(.*?)([{_VOWELS}])\2([^{_VOWELS}\W])$", word, re.IGNORECASE)
    if doubled:
        stem = doubled.group(1) + doubled.group(2) + doubled.group(3)
        forms += [stem + "e", stem + "en"]
    # Rus -> Russen, wet -> wetten: after a short vowel the consonant doubles
    short = re.match(rf"^(?:.*[^{_VOWELS}])?[{_VOWELS}]([^{_VOWELS}\W])$", word, re.IGNORECASE)
    if short and len(word) <= 6:
        forms += [word + short.group(1) + "e", word + short.group(1) + "en"]
    return list(dict.fromkeys(forms))


def compile_term(raw: str) -> tuple[Term, bool]:
    """A term's pattern, and whether it is an exact (case-sensitive) term."""
    term = raw.strip()
    if not term:
        raise RuleError("een lege term")
    if term.startswith(EXCEPTION_MARK):
        body = term[len(EXCEPTION_MARK) :].strip()
        if not any(ch.isalpha() for ch in body) or "*" in body.rstrip("*") or " " in body:
            raise RuleError(f"'{raw}': na ! staat één woord dat niet bij het thema hoort")
        return Term(term, "(?!)", ""), False
    if len(term) >= 2 and term[0] == term[-1] == '"':
        inner = term[1:-1].strip()
        if not inner:
            raise RuleError(f"'{raw}': tussen de aanhalingstekens staat niets")
        words = inner.split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        return Term(term, pattern, words[0].lower(), True, _heads([words[0]])), True
    prefix = term.endswith("*")
    words = term.rstrip("*").split()
    if not words or not any(ch.isalnum() for ch in term):
        raise RuleError(f"'{raw}': een term heeft minstens één letter of cijfer nodig")
    if any("*" in word for word in words):
        raise RuleError(f"'{raw}': een * mag alleen aan het eind staan")
    head = [re.escape(word) for word in words[:-1]]
    last = words[-1]
    if prefix:
        tail = re.escape(last) + r"[\w-]*"
        stem = last
        forms = [last]
    else:
        forms = sorted(inflections(last), key=len, reverse=True)
        tail = "(?:" + "|".join(re.escape(form) for form in forms) + ")"
        stem = os.path.commonprefix([form.lower() for form in forms])  # noqa: RUF071
    needle = words[0].lower() if len(words) > 1 else stem.lower()
    pattern = r"\s+".join([*head, tail])
    if len(words) > 1:
        return Term(term, pattern, needle, False, _heads(words[:1])), False
    # "Russisch*" starts a run of word characters; "EU-*" is the whole run "EU".
    open_ended = prefix and _FIRST_RUN.fullmatch(last) is not None
    heads, tails = _compound_parts(last, prefix)
    return Term(term, pattern, needle, False, _heads(forms), open_ended, heads, tails), False


def _compound_parts(word: str, prefix: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A one-word term's folded forms as first and last part of a compound."""
    if len(word) < MIN_PART or not _LETTERS_ONLY.fullmatch(word) or word.isupper():
        return (), ()  # short words and acronyms (ISIS is not in "coronacrisis")
    tails = tuple(dict.fromkeys(fold(f) for f in inflections(word) if _LETTERS_ONLY.fullmatch(f)))
    # a prefix term (sanctie*) already matches every word that starts with it
    return ((), tails) if prefix else ((fold(word),), tails)


def _heads(words: list[str]) -> tuple[str, ...]:
    heads = tuple(dict.fromkeys(_first_run(word) for word in words))
    return () if "" in heads else heads


def compile_theme(theme_id: int, name: str, raw_terms: list[str]) -> CompiledTheme:
    """One regex for the ordinary terms and one for exact terms, with a group per term."""
    terms: list[Term] = []
    loose: list[str] = []
    exact: list[str] = []
    exceptions: list[str] = []
    for raw in raw_terms:
        if not raw.strip():
            continue
        if is_exception(raw):
            compile_term(raw)
            exceptions.append(raw.strip())
            continue
        term, is_exact = compile_term(raw)
        group = f"(?P<t{len(terms)}>{term.pattern})"
        (exact if is_exact else loose).append(group)
        terms.append(term)

    def build(parts: list[str], flags: int) -> re.Pattern[str] | None:
        if not parts:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", flags)

    return CompiledTheme(
        theme_id,
        name,
        tuple(terms),
        build(loose, re.IGNORECASE),
        build(exact, 0),
        tuple(dict.fromkeys(term.needle for term in terms if term.needle)),
        tuple(exceptions),
        compound_index([(0, terms, exceptions)]),
    )


def compound_index(
    themes: list[tuple[int, list[Term] | tuple[Term, ...], list[str] | tuple[str, ...]]],
) -> CompoundIndex:
    """One index of compound parts for (slot, terms, exceptions) of several themes."""
    index = CompoundIndex()
    for slot, terms, exceptions in themes:
        for position, term in enumerate(terms):
            if term.compound_heads or term.compound_tails:
                index.add(slot, position, term.compound_heads, term.compound_tails)
        if exceptions:
            index.exceptions[slot] = parse_exceptions(exceptions, fold)
    return index


def validate_terms(raw_terms: list[str]) -> list[str]:
    """Clean terms (stripped, no empties, no duplicates) or RuleError for a bad one."""
    cleaned: list[str] = []
    for raw in raw_terms:
        term = raw.strip()
        if not term:
            continue
        compile_term(term)
        if term.lower() not in {t.lower() for t in cleaned}:
            cleaned.append(term)
    return cleaned
