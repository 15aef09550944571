"""What makes a task-like sentence no task: done already, without a taker, hedged, a fact.

:func:`past_task` ("har skickat"), :func:`not_taken` ("nobody did", "if anyone wants"),
:func:`_hedged` (a wish or an offer), :func:`deadline_only_task` (a deadline stated as a fact
gives no task) and the lines that never hold a task (sign-offs, votes, where a decision is sent).
"""

from __future__ import annotations

import re

from ... import _rx
from . import _fastre, cues

# "Beslutet skickas till: Planenheten", "Expedieras: ...": where a protocol's decision is sent.
_DISTRIBUTION = _rx.compile(r"^(?:beslutet (?:skickas|expedieras) till|expedieras|protokollsutdrag till|copy to)\b", re.I)

_OFFER_IF = _rx.compile(
    r"\b(?:if|om)\s+(?:anyone|someone|anybody|he|she|they|you|någon|han|hon|de|ni)\s+"
    r"(?:wants?|wanted|would like|needs?|needed|asks?|asked|vill|ville|önskar|behöver|"
    r"(?:är|is|are|was)\s+(?:interest\w+|intresserad\w*)|books?|booked|bokar|har lust)\b"
    # "Återkomma om det behövs", "help with the role-play if needed": a standing offer
    r"|\b(?:om det behövs|if needed|if necessary|if required)\b"
    # "she'd do it if someone else does the rota": on a condition another must meet
    r"|\b(?:if|om)\s+(?:someone|somebody|anyone|anybody|någon)\s+(?:else|annan)\b",
    re.I,
)
# "... nobody did, revisit", "men ingen kunde ta på sig det": the task found no taker.
_NOT_TAKEN = _rx.compile(
    r"\b(?:nobody|no one|ingen)\s+(?:did|took|nappade|kunde|could|volunteered|anmälde sig|tog det)\b"
    r"|\bdet finns ingen som (?:kan|har tid)\b|\bthere(?:'s| is) (?:nobody|no one) (?:who can|to)\b"
    r"|\bingen tog (?:den|det)\b|\bvem\s*\?", re.I
)
# "Cllr Nash offered to arrange a briefing if wanted", "Magnus erbjöd sig att komma ... om skolan vill": an
# offer on a condition nobody has met (an offer accepted, "which Callum gratefully accepted", is a task)
_OFFER_ON_CONDITION = _rx.compile(
    r"\b(?:offered to|offers to|volunteered to|erbjöd sig att|erbjuder sig att|erbjöd sig|erbjuder sig)\b"
    # ("om" that opens a clause, with its verb: "om skolan vill", not "en genomgång om TAKK")
    r"[^.;]*?\s(?:(?:if|unless)\s|om\s+(?:[\wåäö-]+\s+){0,3}?(?:vill|ville|behövs|behöver|finns|får|kan|blir|går|"
    r"önskar|önskas|är|har|tas|tycker|hinner|skulle|vore)\b)", re.I)
_OFFER_ACCEPTED = _rx.compile(rf"\b(?:{cues.OFFER_ANY_YES})\b", re.I)
# "The Chief asked the Board to consider replacing ...", "RM asked that the committee look at ...": a
# request put to the meeting, whose answer (if any) is its decision, not a task
_ASKS_THE_MEETING = _rx.compile(
    r"\basked (?:that )?(?:the )?(?:board|committee|council|union|trustees|governors|meeting|group|loc|directors|"
    r"panel|partners|councillors|styrelsen|nämnden|rådet|mötet|gruppen)\b", re.I)
_JUSTERA = _rx.compile(r"^(?:jämte\s+ordföranden\s+juster|juster\w*\s+(?:dagens\s+)?protokoll)", re.I)


def past_task(text: str) -> bool:
    """A task already done ("har skickat", "→ fixat"); "när skriptet är klart" is a condition."""
    found = cues.PAST_TASK.search(text)
    while found is not None and (
            found.group(0)[:3].casefold() == "är "
            and _WHEN_BEFORE.search(text, max(0, found.start() - 40), found.start())
            or found.group(0).casefold() == "done"
            and _TO_BE_DONE.search(text, max(0, found.start() - 50), found.start())):
        found = cues.PAST_TASK.search(text, found.end())
    return found is not None


# "will get the engraving done 2 wks before", "needs to be done by Friday": done later, not yet
_TO_BE_DONE = _rx.compile(r"\b(?:get|gets|getting|will be|to be|'ll be|’ll be|must be|should be)\b[^.;]{0,40}$", re.I)


# "när skriptet är klart", "once the survey is done": what the task waits for
_WHEN_BEFORE = _rx.compile(r"\b(?:när|då|så fort|efter att|innan|tills|when|once|after|until)\b[^.;]*$", re.I)


def not_taken(text: str) -> bool:
    """'... men ingen kunde ta på sig det', '... nobody did, revisit': a task without a taker;
    '... om någon är intresserad', '... if needed', 'offered to ... if the Council wished': an offer
    on a condition."""
    return (("ingen" in text or "no" in text or "vem" in text)
            and _NOT_TAKEN.search(text) is not None
            or (" if " in text or " om " in text) and (_offer_if(text) or _OFFER_ON_CONDITION.search(text) is not None)
            and _OFFER_ACCEPTED.search(text) is None
            or ("offer" in text or "erbj" in text) and _OFFER_DECLINED.search(text) is not None)


# "Helena erbjöd sig att ordna en föreläsning, vi tackade nej tills vidare", "Tom offered to run a
# workshop. The committee thanked him but felt autumn would be better": an offer the meeting turned down
_OFFER_DECLINED = _rx.compile(
    r"\b(?:offered|offers|erbjöd|erbjuder|erbjudit)\b.*?(?:\b(?:tackade|tackar)\s+(?:vi\s+|styrelsen\s+|gruppen\s+)?nej\b|"
    r"\bnej tack\b|\bno,? thanks?\b|\bno thank you\b|\bthank(?:s|ed)(?: (?:him|her|them|you))?,? but\b|"
    r"\bwe said (?:no|thanks,? but)\b|\bdeclined\b|\bturned (?:it |this |that )?down\b)", re.I)


def _offer_if(text: str) -> bool:
    """'... if anyone wanted a co-organizer': an offer on a condition. 'Hampus frågar
    Företagarna om de vill ...' asks whether they want to: that asking is the task."""
    found = _OFFER_IF.search(text)
    return found is not None and not _ASKS_WHETHER.search(text, 0, found.start())


# "Bo frågar om någon kan ...", "Ann checks whether anyone can help": an indirect question about
# somebody is part of a named owner's task, not a hedge on it.
_ABOUT_SOMEBODY = _rx.compile(r"^(?:om någon|vem som|if (?:anyone|someone))$")


def _hedged(text: str, named: bool, owner: str = "") -> bool:
    """A wish or an offer rather than a task; with a named owner, only a hedge on the task itself
    (in its own clause: "Rhian to chase subs, anyone not paid can't play" is no hedge; "Det vore
    bra med siffror – Helena skickar en mall" hedges the wish, not Helena's task)."""
    if not named:
        return bool(cues.ACTION_HEDGE.search(text))
    first_clause = _FIRST_CLAUSE_END.split(text, maxsplit=1)[0]
    at = text.find(owner.split()[0]) if owner.strip() else -1
    if at >= len(first_clause):
        first_clause = _FIRST_CLAUSE_END.split(text[at:], maxsplit=1)[0]  # the clause the owner opens
    return any(not _ABOUT_SOMEBODY.match(m.group(0).casefold())
               and not _ASKS_WHETHER.search(first_clause, 0, m.start())
               for m in cues.ACTION_HEDGE.finditer(first_clause))


# "Cllr Okafor agreed to ask the group whether they could ...": what the task asks about.
_ASKS_WHETHER = _rx.compile(
    r"\b(?:ask|asks|check|checks|find out|finds out|enquire|inquire|explore|investigate|"
    r"kolla|kollar|undersöka|undersöker|fråga|frågar|ta reda på|tar reda på|höra med|hör med|"
    # "meddela Lena om de är intresserade", "let us know if they want to": telling whether
    r"meddela|meddelar|svara|svarar|säga till|säger till|tell|tells|let\s+\w+\s+know|confirm|confirms|"
    # "Jenny tar kontakt med scouterna om de vill hjälpa till", "Raj will email the school to see if
    # they'd host it": getting in touch to ask whether
    r"kontakta|kontaktar|tar kontakt|ta kontakt|ringa|ringer|mejla|mejlar|maila|mailar|hör av sig|höra av sig|"
    r"contact|contacts|email|emails|e-mail|e-mails|ring|rings|call|calls|phone|phones|write to|writes to|"
    r"approach|approaches|see if|see whether)\b",
    re.I,
)


_FIRST_CLAUSE_END = _rx.compile(r",\s|;\s|\s\(|\s[–—-]\s")


def deadline_only_task(clean: str) -> bool:
    """'Deadline ...', 'Svar senast 26/1', 'due Friday': a task even without an owner; 'The
    annual return is due 31 January', 'KS har begärt yttrande senast ...' state a fact."""
    # The fact veto runs only where a deadline cue is found (most sentences have none).
    cued = cues.DEADLINE_LEAD.match(clean.strip()) or cues.DEADLINE_CUE.search(clean)
    return bool(cued) and not _DEADLINE_FACT.search(clean) and not _standing_rule(clean)


# "Motioner ska ha kommit in senast 31 mars", "tidrapporten ska in senast den 5:e": when things are due
# in, a standing rule, nobody's task; not "det ska in senast 31 mars" or "..., den tar jag": one's own
_DUE_IN = _rx.compile(r"\b(?:ska|skall|måste)\s+(?:ha\s+kommit\s+in|in|vara\s+inne)\s+(?:till\s+[\wåäö]+\s+)?senast\b", re.I)
_OWN_OR_BACK = _rx.compile(r"\b(?:jag|vi|i|we|det|den|dem)\b", re.I)


def _standing_rule(clean: str) -> bool:
    due = _DUE_IN.search(clean) if "senast" in clean else None
    return due is not None and _OWN_OR_BACK.search(clean) is None


_DEADLINE_FACT = _rx.compile(
    r"\b(?:is|are|was|were|är|var|blir)\s+(?:\w+\s+)?(?:due|senast)\b|\bdeadline\s+(?:is|was|är|var)\b|"
    r"\b(?:har begärt|vill ha|has requested|have requested|asked for|enligt stadgarna)\b|"
    r"\b(?:skickad|skickades|har skickat|sent out|went out)\b",
    re.I,
)

_NOT_A_TASK_LINE = _rx.compile(
    r"^(?:mvh|med vänlig|vänliga hälsningar|hälsningar|best regards|kind regards|regards|cheers|tel\b|phone|"
    r"respectfully submitted|submitted by|"
    r"e-?post|motion\b|second(?:ed)?\b|roll call|vote\b|röstning|votering|\[)|ai-generated|generated content|"
    r"\b(?:discussed|presented|opposed|reported|remains|diskuterade|diskuterades|presenterade|redogjorde|"
    r"informerade)\b",
    re.I,
)


_fastre.speed_up(globals())
