"""Tasks written as list lines and in an action section.

The owner in brackets ("boka buss (Yusuf)"), before a colon or a dash ("Mikael: boka
besiktning"), after "=" or after the task with its deadline ("Boka lokal – Jonas, 15 mars").
"""

from __future__ import annotations

import re

from ... import _rx
from . import _fastre, cues
from ._rules_verbs import _verb_rest
from ._rules_vetoes import _NOT_A_TASK_LINE
from ._rules_words import _WHEN_WORDS, ActionParse, _has_time, _imperative, _tidy, _when_like
from .owners import NameIndex, split_owner_list

_PAREN_OWNER = _rx.compile(r"[(\[](?P<owner>[A-ZÅÄÖ][^()\[\]]{0,50})[)\]]")  # "(Yusuf)", "[Priya]"


def _listed_owner(text: str, names: NameIndex, lang: str = "sv") -> ActionParse | None:
    """A list line naming its owner: 'boka buss (Yusuf) senast 11/10', 'Mikael: boka besiktning'."""
    paren = _PAREN_OWNER.search(text)
    if paren:
        found = split_owner_list(paren.group("owner"))
        task = (text[: paren.start()] + text[paren.end():]).strip()
        task_like = _imperative(task + " . .", "sv") or _has_time(task) or cues.EVENT_DEADLINE.search(task)
        if found and all(names.is_known(o) for o in found) and task_like:
            return ActionParse(tuple(found), _tidy(task))
    equals = _EQUALS_OWNER.match(text)
    if equals and names.is_known(equals.group("owner")):
        return ActionParse((equals.group("owner"),), _tidy(text[equals.end():]))  # "Marco = redirect map (Fri)"
    everyone = _EVERYONE_LABEL.match(text)
    if everyone and _imperative(text[everyone.end():], lang):
        return ActionParse((everyone.group("owner"),), _tidy(text[everyone.end():]))  # "alla: läs ..."
    lead = cues.LEADING_OWNER.match(text)
    if lead:
        found = split_owner_list(lead.group("owner"))
        rest = text[lead.end():]
        if found and all(names.is_known(o) for o in found):
            if _imperative(rest, "sv"):
                return ActionParse(tuple(found), _tidy(rest))
            # "Rikard: fixar behörigheter senast 10/11": the owner's label, then what they do.
            verb_task = _verb_rest(rest, lang, known_subject=True, sentence=text)
            if verb_task:
                return ActionParse(tuple(found), verb_task)
            if lead.group(0).rstrip().endswith(("–", "—", "-")) and (_has_time(rest) or _WHEN_WORDS.search(rest)):
                return ActionParse(tuple(found), _tidy(rest))  # "Colin – valuation out end of month"
            if _THING_DUE.match(rest) and (_has_time(rest) or _WHEN_WORDS.search(rest)):
                return ActionParse(tuple(found), _tidy(rest))  # "Hemi: newsletter out by end of next week"
    return None


# after an owner's label, a thing and when it is out, in or done: "newsletter out by end of next week",
# "trip list on the noticeboard, names in by end of month", "protokollet klart senast fredag" (not what
# someone says or reports: "we should have it by Friday", "the pen test is booked by Group Security")
_THING_DUE = _rx.compile(
    r"(?!(?:we|i|it|that|this|they|he|she|you|the|a|an|our|their|vi|jag|det|den|de|han|hon|ni|en|ett|vår|vårt|våra)\b)[a-zåäö][^.?!]{0,60}?\b"
    r"(?:out|in|done|ready|sorted|booked|sent|up|klar|klart|klara|ute|inne|skickad|skickat|bokad|bokat)\s+"
    r"(?:by|before|senast|innan|före)\b", re.I)
_NICK_TASK = _rx.compile(r"^(?P<owner>[a-z][\w.-]{1,30})\s+(?:to|will|should|ska|tar)\s+(?P<task>.+)$")

_NICK_VERB = _rx.compile(r"(?P<owner>[a-z][\w.-]{1,30})\s+(?P<verb>[a-z]+)\b")
_EQUALS_OWNER = _rx.compile(r"^(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)\s*=\s*(?=[a-zåäö])")
# "alla: läs ...", "alla – lägga in tider ...", "everyone - read the draft"
_EVERYONE_LABEL = _rx.compile(r"^(?P<owner>alla|samtliga|var och en|everyone|everybody|all)\s*(?::|[–—]|-\s)\s*(?=\S)", re.I)
_GROUP_LABEL = _rx.compile(r"^(?P<owner>(?:all|every|each|alla|samtliga)\s+[a-zåäö][\wåäö-]+)\s*:\s*(?=\S)", re.I)


def _forced_action(text: str, names: NameIndex, owners: list[str], lang: str) -> ActionParse | None:
    """A line in an action section: owner before a colon/dash, in parentheses, or none."""
    listed = None if owners else _listed_owner(text, names, lang)
    if listed is not None:
        return listed
    nick = _NICK_TASK.match(text)
    if nick and not owners:
        return ActionParse((nick.group("owner"),), _tidy(nick.group("task")))
    bare = _NICK_VERB.match(text) if not owners else None
    if bare and names.is_known(bare.group("owner")) and bare.group("verb").casefold() in cues.EN_IMPERATIVES:
        # a meeting bot's list: "lvance review PR for #204 tomorrow", the nick then what to do
        return ActionParse((bare.group("owner"),), _tidy(text[bare.start("verb"):]))
    group = _GROUP_LABEL.match(text)
    if group and not owners:
        return ActionParse((group.group("owner"),), _tidy(text[group.end():]))  # "all partners: accounts via DocuSign"
    lead = cues.LEADING_OWNER.match(text) if not cues.DECISION_LABEL.match(text) else None
    if lead and all(names.is_person_like(o) for o in split_owner_list(lead.group("owner"))):
        return ActionParse(tuple(owners or split_owner_list(lead.group("owner"))), _tidy(text[lead.end():]))
    trail = cues.TRAILING_OWNER.search(text)
    if trail:
        found = trail.group("paren") or trail.group("bracket") or trail.group("dash") or ""
        parts = split_owner_list(found)
        if parts and all(names.is_person_like(o) for o in parts):
            return ActionParse(tuple(owners or parts), _tidy(text[: trail.start()]))
    then = _OWNER_THEN_WHEN.search(text)
    if then and _when_like(then.group("when")):
        # "Boka lokal – Jonas, 15 mars": task, owner after a dash, then the deadline.
        parts = split_owner_list(then.group("owner"))
        if parts and all(names.is_person_like(o) for o in parts):
            return ActionParse(tuple(owners or parts),
                               _tidy(text[: then.start()] + ", " + then.group("when") + (then.group("rest") or "")))
    if len(text) < 3 or (not owners and _NOT_A_TASK_LINE.search(text)):
        return None  # a sign-off, a procedural line, an editor's note or narration in a list
    named = _KNOWN_LEAD.match(text) if not owners else None
    if named and named.group("owner").casefold() in names.full_names:
        return ActionParse((named.group("owner"),), _tidy(text[named.end():]))  # "AP: LW brief admin team"
    return ActionParse(tuple(owners), _tidy(text))


# An attendee's name or initials, then the task in lower case.
_KNOWN_LEAD = _rx.compile(r"^(?P<owner>[A-ZÅÄÖ][\wåäöé'’-]*(?:\s[A-ZÅÄÖ][\wåäöé'’-]+)?)\s+(?=[a-zåäö])")

_OWNER_THEN_WHEN = _rx.compile(
    r"\s(?:[–—-]|->|→|=>)\s*(?P<owner>[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?"
    r"(?:\s*(?:,|&|/|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?)*)"
    # ("Draft EGU abstract — Chloe — by 8 Jan, to Helen for a read first": the words after the date stay the task's)
    r"\s*(?:,|;|[–—-])\s*(?P<when>[^,;–—]{2,40}?)(?P<rest>,\s*[^,;–—]{2,60}?)?\s*[.!]?\s*$"
)


_fastre.speed_up(globals())
