"""Tasks in later clauses: the writer's own task, and one task per owner in one sentence.

:func:`_writer_task` tells a sentence in which the writer of the notes takes a task on ("I'll
bring the quotes", "Jag lovade att boka lokalen"); :func:`_next_clause_task` finds where a
sentence goes on with a task for someone else ("Lollo fixar korv, Mattias tar ut växelkassa",
"..., och själv tar jag kontakt med ...") so that each owner gets a task of their own.
"""

from __future__ import annotations

import re

from ... import _rx
from ..._structure_lines import case_folds
from . import rules
from ._context import _Context
from ._dispatch import unanchored_part
from ._fastre import lower_source
from ._literals import required_literals

_MAX_SPLITS = 4  # tasks of one sentence split apart, at most


def _next_clause_task(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """The next task of the sentence given to someone else: a named person's, else the
    writer's ("..., och själv tar jag kontakt med ...", "... and I said I'd ...")."""
    return _second_owner(ctx, words, raw, action) or _writer_clause(ctx, words, raw, action)


def _writer_clause(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """(offset in ``raw``, the task before, the writer's task) when a later clause of a named
    person's sentence is the writer's own task; None otherwise."""
    if not ctx.writer or ctx.writer in action.owners:
        return None
    later = _LATER_WRITER.search(words)
    if later is None:
        return None
    clause = words[later.start("clause") if later.group("clause") else later.start("bare"):]
    # "själv tar jag kontakt med ..." is read as "jag tar kontakt med ..."
    inverted = _SELF_INVERTED.match(clause)
    plain = f"jag {inverted.group(1)} {clause[inverted.end():]}" if inverted else clause
    mine = rules.parse_action(plain, ctx.names, in_section=False, lang=ctx.lang, speaker=ctx.writer)
    if mine is None or mine.owners != (ctx.writer,):
        return None
    return _cut_before(raw, action, clause, mine)


_SELF_INVERTED = _rx.compile(r"själv\s+([a-zåäö]+)\s+jag\s+", re.I)
# "..., and I said I'd ...", "... och själv tar jag ...", "..., så jag skickar ...": the writer's clause
_LATER_WRITER = _rx.compile(
    r"(?:[,;]\s+|\s)(?i:och|and|so|så|then|sen|sedan)\s+(?P<clause>(?:(?i:själv)\s+)?(?:I|jag)\b"
    r"|(?i:själv)\s+[a-zåäö]+\s+jag\b)"
    # "kallelse senast 3 v innan, ML skriver den, jag delar ut i brevlådorna": after a comma alone
    # (not a hand with the same task: "Dragan skriver den, jag hjälper till med formuleringen")
    r"|[,;]\s+(?P<bare>(?!(?:I(?:'ll|’ll| will)|jag(?:\s+ska)?)\s+(?:help|hjälpa|hjälper)\b)"
    r"(?:I(?:'ll|’ll| will)|jag\s+(?:ska\s+)?[a-zåäö]+(?:ar|er|ör))\s)"
)


def _second_owner(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """(offset in ``raw``, the first task, the second task) when a later clause of the sentence
    gives a task to someone else; None otherwise."""
    later = rules.second_task(words, ctx.names, ctx.lang, action.owners)
    if later is None:
        return None
    cut, second = later
    return _cut_before(raw, action, words[cut:], second)


def _cut_before(raw: str, action: rules.ActionParse, tail: str, following: rules.ActionParse):
    """(offset in ``raw``, the task before ``tail``, ``following``) where the clause ``tail``
    (cleaned words) starts; None when it cannot be found in ``raw`` and in the task."""
    raw_cut = _raw_offset(raw, tail[:24])
    at = action.task.casefold().find(tail[:24].casefold())
    if raw_cut <= 0 or at <= 0:
        return None
    head_task = rules._tidy(_JOINING_WORD.sub("", action.task[:at]).rstrip(" ,;–-"))
    return (raw_cut, head_task, following) if head_task else None


_JOINING_WORD = _rx.compile(rf"[\s,;]*\b(?:{rules.JOINING_WORDS})\s*$", re.I)


def _raw_offset(raw: str, words: str) -> int:
    """Where cleaned ``words`` start in ``raw``, whose line breaks and runs of blanks the
    cleaning folded ("och Jonny\nkollar ..."); -1 when they are not there."""
    found = raw.find(words)
    if found >= 0 or not words.strip():
        return found
    loose = re.compile(r"\s+".join(map(re.escape, words.split())))
    match = loose.search(raw)
    return match.start() if match is not None else -1


# A sentence in which the writer of the notes takes a task on.
# The writer's own lead-in: "On my end, I'll email ...", "För min del: jag ..."
_WRITER_LEAD_EN = r"on my (?:end|side)|for my part"
_WRITER_LEAD = rf"{_WRITER_LEAD_EN}|för min del"
# after a clause: "Nobody disagreed, so I'll book it", "ingen invände, så jag bokar"
# ... or after an arrow: "kallelsen ska ut 3 veckor innan -> jag (AN) fixar det"
_WRITER_CLAUSE_START = (r"(?:[,;]\s+(?:so|and|then|så|och|då)|\s(?:->|→|=>))\s+"
                        r"(?=(?:i'll|i will|jag(?:\s*\([^()]{1,30}\))? (?:ska|tar|fixar|bokar|skickar|kollar|ringer|mejlar|"
                        r"köper|ordnar|skriver|hör|frågar|kontaktar|beställer|lagar|hämtar))\b)")
_WRITER_TASK = _rx.compile(
    # (after the matter's label: "medlemsbrevet: jag (eo) skriver + skickar ut innan midsommar")
    rf"^(?:(?:ok|okay|sure|yes|ja|okej|och|and|so|så|då|{_WRITER_LEAD})[,.]?\s+|[^:\n]{{1,40}}:\s+)?"
    r"(?:i|jag)(?:\s+(?:själv|myself))?(?:\s*\([^()]{1,30}\))?\s+(?:'ll|will|can|shall|am going to|'m going to|"
    r"kan|ska|tar|lovade|lovar|fixar|ringer|skickar|mejlar|mailar|bokar|kollar|hör|återkommer|gör|ordnar|"
    r"sammanställer|skriver|beställer|uppdaterar|frågar|pratar|kontaktar|meddelar|påminner|undersöker|tittar|"
    r"hämtar|köper|lägger|sätter|delar|bjuder|"
    r"promised|offered|said i'd)\b|"
    rf"^(?:(?:ok|okay|sure|yes|so|and|{_WRITER_LEAD_EN})[,.]?\s+)?i['’]ll\b|"
    r"\b(?:jag|i) (?:lovade|promised) (?:att|to)\b|^(?:jag|me)\s*(?::|[–—]|-\s)|"
    # "me to post on fb by fri": the minutes' "X to <verb>" with the writer as X
    r"^me\s+to\s+[a-z]|"
    # "Själv sammanställer jag en lista ...": the writer's own task, the verb before "jag"
    r"^själv\s+[a-zåäö]+\s+jag\b|"
    rf"{_WRITER_CLAUSE_START}",
    re.I,
)
_SPLIT, _WRITER_TASK_LATER = unanchored_part(_WRITER_TASK)
# ... and a lead-in before the writer's own words: "On my end, I'll email ...", "För min del: jag ..."
_WRITER_CLAUSE = _rx.compile(rf"{_WRITER_CLAUSE_START}|^(?:{_WRITER_LEAD})[,:]?\s+", re.I)


def _writer_task(words: str) -> bool:
    """``bool(_WRITER_TASK.search(words))``: the branches tied to the start are tried there
    only, the others over the sentence. Or the writer and one other open the sentence ("Lina
    och jag ordnar fikat", "jb + me do the app"): whether a task follows is the parser's to say."""
    if rules.WITH_ME.match(words) is not None:
        return True
    if not _SPLIT:
        return bool(_WRITER_TASK.search(words))
    return bool(_WRITER_TASK.match(words) or (_WRITER_TASK_LATER is not None and _may_promise_later(words)
                                              and _WRITER_TASK_LATER.search(words)))


# Words one of which every match of _WRITER_TASK_LATER holds in lower case ("lovade", "i'll", ...).
_LATER_WORDS = () if _WRITER_TASK_LATER is None else required_literals(
    lower_source(_WRITER_TASK_LATER.pattern), _WRITER_TASK_LATER.flags & ~re.IGNORECASE)


def _may_promise_later(words: str) -> bool:
    """False only where _WRITER_TASK_LATER cannot match: ``words`` lacks each of its words in
    lower case and holds no letter IGNORECASE folds another way (see case_folds)."""
    if not _LATER_WORDS:
        return True
    low = words.lower()
    return any(word in low for word in _LATER_WORDS) or case_folds(words)


# "pelle: jag kollar den i eftermiddag", 'Lisa (när hon kom): "jag fixar pyntet!"', 'kväll: Viktor:
# "jag kan ta kvällsandakten"', "Raj: I'll ring them": a name and a colon, then the first person
# speaking, after a sentence of its own or not ("bandsågen låter konstigt. pelle: jag kollar den"). The
# caller checks that the name is one of the meeting's people; quoted words end at their closing quote.
_SPEAKER_ASIDE = _rx.compile(
    r"(?:^|(?<=[.?!]\s))(?:[\wåäöÅÄÖ-]{1,20}:\s+)?(?P<name>[A-Za-zÅÄÖåäöÉé][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)"
    r"(?:\s*\([^()]{1,40}\))?:\s*(?P<quote>[\"“”„])?"
    r"(?=(?:(?:ok|okej|okay|ja|japp|yes|yep|sure|visst|absolut)[,.!]?\s+)?(?:jag|i|i'll|i’ll|i'm|i’m)\b"
    # ("Me and my brother will ...", "Tove och jag fixar ...": the speaker and one other)
    r"|me\s+(?:and|&)\s|(?:(?:my|min|mitt)\s+[\wåäöé-]+|[\wåäöé-]+)\s+(?:och|and|&)\s+(?:jag|i|me)\b)",
    re.I,
)
