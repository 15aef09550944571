"""The words a task is written in: its tidied text, its deadline phrases, an opening imperative.

Helpers the task rules share: :class:`ActionParse` (what a sentence says about a task),
:func:`_tidy` (the task's words without markup, labels or empty clauses), the tests for words
that name a time or a deadline, and for a bullet that opens with an imperative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import _rx
from ...dates import find_dates, find_deadline
from . import _fastre, cues

_NAME = r"(?:[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖ'’.-]*)"


@dataclass(frozen=True)
class ActionParse:
    """What a sentence says about a task: owner names (as written), the task words."""

    owners: tuple[str, ...]
    task: str


_TIME_HINT = _rx.compile(
    r"\b(?:senast|innan|före|till|vid|by|before|until|due)\b.{0,30}?(?:\d|möte|meeting|januari|februari|"
    r"mars|april|maj|juni|juli|augusti|september|oktober|november|december|måndag|tisdag|onsdag|"
    r"torsdag|fredag|monday|tuesday|wednesday|thursday|friday)",
    re.I,
)


def _has_time(text: str) -> bool:
    return bool(_TIME_HINT.search(text))


def _imperative(text: str, lang: str) -> bool:
    """A bullet that starts with a task verb in the imperative: 'Förtydliga ...', 'Send ...'."""
    words = text.split(maxsplit=3)
    if len(words) < 3 or cues.NEGATED.match(words[1]):
        return False
    if {w.casefold().strip(",.") for w in words[1:3]} & {"det", "it", "this", "that", "den", "detta"}:
        return False  # "Ta upp det igen", "Take it later": a deferral, not a task
    first = words[0].casefold().strip(",.:;")
    if words[1].casefold() in ("of", "av", "på", "till", "för", "to", "from", "från"):
        return False  # "Review of last week's actions": a noun, not an order
    if first == "se" and words[1].casefold() not in ("över", "till"):
        return False  # "Se bifogade bilder": a reference, not a task
    return first in cues.SV_IMPERATIVES or first in cues.EN_IMPERATIVES


_WHEN_WORDS = _rx.compile(
    r"\b(?:senast|innan|före|by|before|until|due|end of|slutet av|eow|eom|asap|snarast|idag|today|tomorrow|"
    r"imorgon|v\.?\s?\d{1,2}|vecka \d{1,2}|\d{1,2}/\d{1,2})\b", re.I
)

_DEADLINE_PHRASE = _rx.compile(
    # ("inom två veckor", "within a month"; not "inom hemtjänsten", "within the budget": a place or a limit)
    r"\b(?:senast|innan|före|till(?:s)? (?:den )?\d|till nästa|(?:på|vid) nästa|(?:på|vid) mötet i|"
    r"(?:inom|within)(?=\s+(?:\d|v\.?\s*\d|(?:\S+\s+){0,2}?(?:dagar?|dygn|veckan?|veckor|månad(?:en|er)?|året|år|timmar?|kort|"
    r"days?|weeks?|fortnight|months?|years?|hours?|the (?:next|week|month|year|term)\b)))|"
    r"by|before|until|no later than|deadline)\b", re.I
)


def _when_like(words: str) -> bool:
    """'15 mars', 'senast fredag', 'v. 12', 'EOW': the words are (mostly) a deadline."""
    words = words.strip(" ,.;:!")
    if not words or len(words) > 40:
        return False
    mention = find_deadline(words, anchor=None) or next(iter(find_dates(words, anchor=None)), None)
    if mention is None:
        return bool(_CUED_EVENT.match(words))  # "before the field campaign", "innan hajken"
    return len(mention.text) * 2 >= len(words)


_CUED_EVENT = _rx.compile(r"(?:before|by|until|ahead of|prior to|innan|före|inför|till|senast)\s+(?:\S+\s*){1,4}$", re.I)


def _infinitive_lead(text: str, lang: str) -> str:
    """Turn a leading Swedish present-tense verb into the infinitive: 'Kollar med X' -> 'Kolla med X'."""
    if lang != "sv":
        return text
    first, _, rest = text.partition(" ")
    return f"{cues.sv_infinitive(first)} {rest}".strip()


def _looks_past(text: str) -> bool:
    return bool(re.search(r"\b(?:har|hade|has|had|was|were)\b", text, re.I))


_MD_LINK = _rx.compile(r"\[([^\]]+)\]\((?:[^)\s]+)\)")


# "Beslut: köps in" read as a task: the label is not part of what is to be done.
_TASK_LABEL = _rx.compile(r"^(?:beslut|decision|åtgärd|action)\s*:\s*", re.I)
# "köps in, , klart": the place an owner's or a deadline's words were cut out of.
_EMPTY_CLAUSE = _rx.compile(r"\s*,(?:\s*,)+")


def _tidy(task: str) -> str:
    if "](" in task:  # (no link without its "](")
        task = _MD_LINK.sub(r"\1", task)  # "[Anna](mailto:anna@x.se)" -> "Anna": the words, not the markup
    task = _BLANKS.sub(" ", task).strip(" \t,;:–—-")
    label = _TASK_LABEL.match(task)
    if label:
        task = task[label.end():]
    if task.count(",") > 1:  # (an empty clause lies between two commas)
        task = _EMPTY_CLAUSE.sub(",", task)
    task = task.rstrip(".!")
    return task[:1].upper() + task[1:] if task else task


_BLANKS = _rx.compile(r"\s+")


_fastre.speed_up(globals())
