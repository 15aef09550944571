"""Cheap language detection for meeting notes: Swedish or English.

Counts common function words of each language; notes are assumed Swedish unless
English clearly dominates, since Swedish is the primary language of the project.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

from . import _rx
from .schemas import Language

_SV_WORDS_TEXT = """
    och att det som en på är för med av till den har de inte om ett vi kan ska
    från vid var även eller men så också detta denna dessa där när hur vilka
    under efter inför mötet möte nästa beslut beslutar närvarande ordförande
    sig oss våra vår deras alla något ingen skulle kommer finns får
    """
_SV_WORDS = frozenset(_SV_WORDS_TEXT.split())
_EN_WORDS_TEXT = """
    the and of to is in that for on with was will be are we it this from by at
    as an have has not or but which who what when how all our their there were
    would should can could meeting next decided agreed present chair minutes
    """
_EN_WORDS = frozenset(_EN_WORDS_TEXT.split())
_WORD = _rx.compile(r"[^\W\d_]+", re.UNICODE)
_SEPARATORS = '.,:;()!?"*-/0123456789'
# Letters that occur in Swedish words but never in English ones.
_SV_LETTERS = "åäöÅÄÖ"


def detect_language(text: str) -> Language:
    """Return ``"en"`` when English function words clearly outnumber Swedish ones, else ``"sv"``."""
    sv, en = _function_words(text)
    # å/ä/ö are strong Swedish evidence even in a list of names or headings.
    sv_letters = sum(map(text.count, _SV_LETTERS))  # str.count: no match objects to build
    sv_score = sv + min(sv_letters, sv + 5) * 0.25
    return "en" if en > sv_score and en >= 2 else "sv"


def _function_words(text: str) -> tuple[int, int]:
    """How many words of ``text`` (runs of letters, lower-cased) are Swedish / English function words."""
    if "\u0130" in text:
        # "İ" is the one letter that lower-cases to two characters: count word by word.
        words = Counter(word.lower() for word in _WORD.findall(text))
        return _count(words, _SV_WORDS), _count(words, _EN_WORDS)
    # Lower-casing keeps every other character one character, a letter a letter and white
    # space white space, so the lower-cased text has the same words, lower-cased: count its
    # whitespace tokens in C, and split only the tokens that hold more than letters (fewer
    # once the commonest separators are spaces: no word holds one).
    lowered = text.lower()
    for separator in _SEPARATORS:
        lowered = lowered.replace(separator, " ")
    tokens = Counter(lowered.split())
    sv, en = _count(tokens, _SV_WORDS), _count(tokens, _EN_WORDS)
    for token in filterfalse(str.isalpha, tokens):
        count = tokens[token]
        for word in _WORD.findall(token):
            if word in _SV_WORDS:
                sv += count
            elif word in _EN_WORDS:
                en += count
    return sv, en


def _count(words: Counter[str], vocabulary: frozenset[str]) -> int:
    return sum(words[word] for word in vocabulary.intersection(words))


__all__ = ["detect_language"]
