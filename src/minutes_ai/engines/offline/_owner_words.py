"""Who may own a task: the words an owner slot catches that name nobody, or an outside body.

Patterns and word sets the engine reads an action's owners against: lead words and titles
before a name, partners named with "tillsammans med", "someone"/"nobody", a ticket id or a
weekday caught as a name, an open slot ("TBD"), a need or a deferral nobody has taken on, the
meeting's own body, and an organisation that reports to the meeting rather than takes a task.
"""

from __future__ import annotations

import re

from ... import _rx
from ...schemas import ActionItem
from ._context import _Context
from .owners import is_role

# The meeting itself, or the body whose meeting it is: "Socialnämnden utser ...", "The Board appoints ...".
_MEETING_BODY = _rx.compile(
    r"(?i:nämnden|styrelsen|rådet|mötet|stämman|utskottet|fullmäktige|gruppen|kyrkorådet|nätverket|föreningen|"
    r"klubben|teamet|board|committee|council|meeting|governors|trustees|members|panel|cabinet|network|group|team)$"
)
# An agenda point that hears another organisation: "Regionen informerar", "Information från
# Försäkringskassan", "Nytt från Länsstyrelsen", "Update from the County".
_INFO_ITEM = _rx.compile(
    r"\b(?:informerar|information från|info från|nytt från|aktuellt från|rapport från|lägesrapport från|"
    r"update from|report from|news from|presentation from)\b|^information\b", re.I
)
_GUEST_REPORTS = _rx.compile(
    r"\b(?:informerade|berättade|presenterade|redovisade|informerar|berättar|presenterar|redovisar|"
    r"reported|presented|explained|updated the)\b", re.I
)
# An organisation's name: "Regionen", "Arbetsförmedlingen", "Västra Götalandsregionen", "The department".
_ORGANISATION = _rx.compile(
    r"(?i:^(?:the\s+)?(?:[\w-]+\s+)?(?:department|council|county|agency|service|commission|authority|trust|"
    r"ministry|board))$|^[A-ZÅÄÖ][a-zåäö-]+(?:en|an|et|na)$|^[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö-]+(?:en|an|et)$"
)


def _names_the_meeting(ctx: _Context, owner: str) -> bool:
    """'CAB' in 'CAB-möte v. 3': the body whose meeting the notes record, named in their title."""
    return len(owner) > 1 and owner.casefold() in ctx.title.casefold()


def _outside_body(ctx: _Context, action: ActionItem) -> bool:
    """Whether every owner of ``action`` is an organisation rather than someone at the meeting."""
    owners = [o.strip() for o in (action.owner or "").split(", ") if o.strip()]
    # ("Förvaltningen återkommer ...": the meeting's own administration is no outside body)
    return bool(owners) and all(
        o.casefold() not in ctx.names.full_names and _ORGANISATION.match(o) and not _names_the_meeting(ctx, o)
        and not is_role(o) for o in owners)


_OWNER_LEAD_WORD = _rx.compile(r"^(?:ok|okay|okej|ja|yes|yeah|so|så|då|then|well),?\s+(?=[A-ZÅÄÖ])", re.I)
# Titles written before a name: "Ekonomiansvarig Per-Olof Hammar", "Diakon Helena Wiberg"
_TITLE_WORDS = frozenset(
    "ekonomiansvarig kassör kassören sekreterare sekreteraren ordförande ordföranden rektor rektorn diakon "
    "kyrkoherde kyrkoherden präst kantor vd förvaltningschef verksamhetschef enhetschef samordnare "
    "projektledare controller director manager chair treasurer secretary coordinator principal".split()
)
_JOINTLY = _rx.compile(
    r"(?:\b(?:tillsammans med|ihop med|together with|jointly with)|\((?:med|with))\s+"
    r"(?P<who>[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*)?(?:\s*(?:,|och|o|and|&|\+)\s*[A-ZÅÄÖ][\wåäöé-]*"
    r"(?:\s[A-ZÅÄÖ][\wåäöé-]*)?)*)"
)
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "any", "någon", "nån", "någon av oss"})
_DECIDING_WORD = _rx.compile(r"(?i:resolved|agreed|decided|beslut|beslutades)")
_NEED = _rx.compile(r"(?:need|needs|behöver|behövs)\b", re.I)
# A task that only puts the matter off: "Ta det då", "Come back to it", "Ta inget beslut nu".
_DEFERRAL = _rx.compile(
    r"(?:ta (?:det|den|inget|läget|upp det)|come back to it|think about it|återkomma om det|revisit it|"
    r"frågan tas upp)\b",
    re.I,
)


_NOBODY = frozenset({"no", "nobody", "no one", "noone", "none", "ingen", "inga", "ingenting", "no-one"})
# Words an owner slot can catch that name nobody: a ticket id, a weekday or month, a document word.
_NOT_AN_OWNER = _rx.compile(
    r"[A-Z]{2,}-\d+|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|"
    r"fredag|lördag|söndag|update|status|resolved|agreed|decided|noted|beslut|obs)"
    # an interjection caught as a name ("Okay, Maya ..."), not initials such as "OK"
    r"|[Oo]k|[Oo]kay|[Oo]kej|[Jj]a|[Yy]es|[Yy]eah|[Ii]f"
    # the writer or a speaker in the first person, when the notes do not say who that is
    r"|I|[Jj]ag|[Mm]e|[Mm]ig"
)
# An owner slot left open: "TBD", "?", "–", "unassigned", "ej utsedd"
_NO_ONE_YET = _rx.compile(
    r"(?i:tbd|tbc|tba|n/?a|\?+|unassigned|not assigned|open|nobody yet|vakant|ej utsedd|inte utsedd|okänd|oklart)"
    r"|"  # (nothing left once the dashes are stripped: "–")
)
_PROPOSING_WORDS = frozenset({"proposal", "förslag", "förslaget", "suggestion", "idea", "idé", "vad", "what"})


_WITH_BRACKET = _rx.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_PERSON_NAME = _rx.compile(r"[A-ZÅÄÖ]\.\s?[A-ZÅÄÖ][\wåäöé-]+|[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ][a-zåäöé-]+")
