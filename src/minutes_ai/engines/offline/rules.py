"""Sentence rules: is this a decision of the meeting, a task for someone, or neither?

Each function looks at one sentence's words (markup removed) and answers from the cues in
:mod:`.cues`; the engine supplies the context (the section it stands in, the meeting's names).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...dates import find_dates, find_deadline
from . import _fastre, cues
from ._literals import required_literals, start_literals
from .owners import ROLE_WORDS, NameIndex, split_owner_list

_NAME = r"(?:[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖ'’.-]*)"
# A role in the definite form joined to a name: "Bo och kyrkoherden", "Anna och rektorn".
_ROLE_NOUN = (r"[a-zåäö-]*(?:herden|aren|ören|chefen|ledaren|ansvarige|förvaltningen|kansliet|styrelsen|"
              r"rektorn|kuratorn|sköterskan|ekonomen|samordnaren)")
_OWNERS_AT_START = re.compile(
    rf"^(?:(?:the|The)\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|&|/|\+|\boch\b|\bo\b|\band\b)\s*(?:(?:the|The)\s+)?(?:{_NAME}(?:\s+{_NAME}){{0,3}}|{_ROLE_NOUN}\b))*"
)
# Rough notes in lower case name people by initials: "sn tar fram ...", "kl o mj ses och ...".
_INITIALS = re.compile(r"[a-zåäö]{2,3}")
# Short words that open a lower-case clause without naming anyone.
_SHORT_WORDS = cues.NOT_SUBJECT | frozenset(
    "jag du vi ni han hon hen de dem och men som att för med till från på av om en ett nån någ ska kan får "
    "har var är blir tar gör så ja nej inte ej alla all and but who you we she he it its our the was "
    "can has had not any".split()
)
_LOWER_NAMES = re.compile(r"^([a-zåäöéü-]{2,20})(?:\s+(?:o|och|&|\+|and)\s+([a-zåäöéü-]{2,20}))?\s+(?=\S)")
_INITIALS_AT_START = re.compile(r"^([a-zåäö]{2,3})(?:\s+(?:o|och|&|\+)\s+([a-zåäö]{2,3}))?\s+(?=\S)")
_ROLE_AT_START = re.compile(
    rf"^(?:(?:the|The)\s+)?(?:{ROLE_WORDS})(?=[\s,:])(?:\s*(?:,|&|/|\boch\b|\band\b)\s*"
    rf"(?:{_NAME}(?:\s+{_NAME}){{0,2}}|(?:{ROLE_WORDS})))*",
    re.IGNORECASE,
)
# First words of the roles in ROLE_WORDS, so the long role pattern runs only where it can match.
_ROLE_FIRST_WORDS = frozenset(
    w.split()[0].strip("()?:").casefold()
    for w in re.sub(r"\(\?:the \)\?", "", ROLE_WORDS).replace("(?:n)?", "|").replace("(?:en)?", "|")
    .replace("\\.?", "").split("|") if w.strip()
) | {"the", "chair", "chairperson", "ordföranden", "sekreteraren", "kassören", "projektledaren", "processledaren",
     "samordnaren", "rektorn", "verksamhetschefen", "enhetschefen", "kommunikatören", "ordf", "sekr"}
_APPOSITION = re.compile(r"^\s*(?:,\s*[^,]{1,40}?,|\([^)]{1,40}\))\s*")
_APPOSITION_OPENERS = (",", "(")
_WE = re.compile(r"^(?:vi|we|everyone|alla)\b", re.I)
_EN_VERB = re.compile(r"^(?:will|shall|'ll|to|is to|are to|(?!wants\b|hopes\b|likes\b|needs\b|seems\b)[a-z]+s to|is going to|are going to|"
                      r"agreed to|volunteered to|offered to|promised to|committed to|undertook to|"
                      r"is responsible for|are responsible for|has the action to|takes|owns)\s+", re.I)
_SV_TASK_LEAD = re.compile(
    r"^(?:får i uppgift(?:en)? att|får uppgiften att|får i uppdrag att|har i uppdrag att|"
    r"fick i uppgift(?:en)? att|fick uppgiften att|fick i uppdrag att|fick uppdraget att|får uppdraget att|skulle|"
    r"was asked to|were asked to|was tasked with|was assigned to|was assigned|is assigned to|"
    # "Eva ombads ta fram en prognos", "Bo uppmanades att kontakta ...": asked at the meeting
    r"ombads(?: att)?|ombeds(?: att)?|uppmanades att|uppmanas att|"
    r"ges i uppdrag att|tar på sig att|åtar sig att|ansvarar för att|ansvarar för|"
    r"ska|skall|kommer att|lovar att|lovade (?:också |även )?att|promised to|planerar att|får(?= \w+a\b))\s+",
    re.I,
)


@dataclass(frozen=True)
class ActionParse:
    """What a sentence says about a task: owner names (as written), the task words."""

    owners: tuple[str, ...]
    task: str


_PROPOSAL_LABEL = re.compile(
    r"^(?:förslag(?: till beslut)?|beslutsförslag|arbetsutskottets förslag|förvaltningens förslag|"
    r"yrkanden?|proposals?|proposed resolution|motion|recommendation)\s*:", re.I
)


def is_decision(clean: str, *, in_section: bool) -> bool | None:
    """True when the sentence records this meeting's decision, False when it cannot,
    None when it has no decision cue at all (the caller decides from context)."""
    if not clean or clean.rstrip(" .…").endswith("?"):
        return False  # "All in favor? …": the question, not its answer
    opening = _decision_opening(clean)
    if opening is not None:
        return opening and not _NOTHING_DECIDED.search(clean)
    if _no_decision_line(clean):
        return False
    cue = cues.DECISION_VERB.search(clean)
    if not cue:
        return None
    return _cue_decides(clean, cue, in_section=in_section) and not _NOTHING_DECIDED.search(clean)


def decides(clean: str, *, in_section: bool) -> bool:
    """``bool(is_decision(clean, in_section=in_section))``: the checks that can only say
    False run after a decision is found (most sentences have none)."""
    if not clean or clean.rstrip(" .…").endswith("?"):
        return False  # "All in favor? …": the question, not its answer
    # The veto "nothing was decided" can only turn a True into False: it is asked once an
    # opening or a decision verb would say True (the checks before it have no side effects).
    opening = _decision_opening(clean)
    if opening is not None:
        return opening and not _NOTHING_DECIDED.search(clean)
    cue = cues.DECISION_VERB.search(clean)
    if not cue or _no_decision_line(clean):
        return False
    return _cue_decides(clean, cue, in_section=in_section) and not _NOTHING_DECIDED.search(clean)


_NARRATING_AFTER_HANDLE = cues.EN_NARRATION | cues.NARRATION | frozenset(("had",))
_PROPOSED_AND_RESOLVED = re.compile(r"\bseconded by [^.;]{2,60}? and (?:RESOLVED|resolved|agreed|carried)\b")
_ARROW_OUTCOME = re.compile(
    r"(?:→|->)\s*(?:agreed|approved|accepted|adopted|carried|ok|okay|yes|ja|bifall|bifölls|godkänt|godkänd|godkändes|"
    r"beslutat|beslut|antogs|enades|alla överens|all agreed)\W*$",
    re.I,
)
# A short lead-in before a label: "Efter diskussion: Beslut: ...", "After discussion: Decision: ...".
_LEAD_IN = re.compile(r"(?:efter (?:\w+ )?diskussion|efter omröstning|after (?:some )?discussion|after a vote)\s*:\s*", re.I)


def sets_date_only(clean: str) -> bool:
    """'Städdagen blir lördag 11 oktober.': the sentence's only decision word sets a date."""
    cue = cues.DECISION_VERB.search(clean) if "blir" in clean else None
    return cue is not None and cue.group(0).startswith("blir") and cues.DECISION_VERB.search(clean, cue.end()) is None


def _decision_opening(clean: str) -> bool | None:
    """The answer an opening gives ("Beslut: ...", "Ja till ...", "Det blir ..."), else None."""
    label = cues.DECISION_LABEL.match(clean)
    if label is None and ": " in clean[:30] and (lead := _LEAD_IN.match(clean)) is not None:
        clean = clean[lead.end():]  # "Efter diskussion: Beslut: ..."
        label = cues.DECISION_LABEL.match(clean)
    if label:
        return len(clean) > label.end() + 2
    if ("anses" in clean or "ed approved" in clean or "ed adopted" in clean) and cues.PROCEDURAL_MOTION.search(clean):
        return False  # "Protokollet anses godkänt om inga synpunkter inkommit": approval by silence, later
    if " and " in clean and _PROPOSED_AND_RESOLVED.search(clean):
        return True  # "It was proposed by Cllr A, seconded by Cllr B and RESOLVED to contribute £350"
    if ("→" in clean or "->" in clean) and _ARROW_OUTCOME.search(clean):
        return True  # "@leo proposes going to 50 % → agreed": the proposal, then its outcome
    if (cues.COLLOQUIAL_YES.match(clean) or _outcome(clean) or _GROUP_RECOMMENDS.match(clean)
            or (" uppdrag" in clean and _BODY_COMMISSIONS.match(clean))
            or ("(" in clean and CONSENSUS_MARK.search(clean))):
        return True
    return None


def _no_decision_line(clean: str) -> bool:
    """A header field, apologies, the next meeting's announcement, a proposal or attendance."""
    if _HEADER_FIELD.match(clean) or _APOLOGIES.match(clean) or _NEXT_ANNOUNCEMENT.match(clean):
        return True  # "Utses att justera  Lars-Göran Wik", "Apologies were received and accepted"
    # "Förslag till beslut: att ...": what was proposed, not what was decided; "Den som bifaller
    # ... röstar ja, den som ... röstar nej": how the vote is put
    return bool(_PROPOSAL_LABEL.match(clean) or cues.ATTENDANCE.match(clean)
                or ("röstar" in clean and _VOTE_ORDER.search(clean)))


# "ingen datum eller ansvar bestämdes", "no decision was taken", "was not supported"; another body's
# decision disclaimed ("not this group's call", "not us!", "inte LG:s sak"); how a vote is put
_NOTHING_DECIDED = re.compile(
    r"\b(?:ingen|inget|inga)\s+(?:\w+\s+){0,3}?(?:bestämdes|beslutades)\b|\bbestämdes inget\b|\bbeslutades inte\b"
    r"|\bno decision (?:was |has been )?(?:taken|made|reached)\b|\b(?:was|were) not\s+supported\b(?![^.]*;)"
    r"|\bnot (?:ours|our (?:call|decision))\b|\bnot (?:this|the) (?:group|committee|board|team|forum|meeting)'?s?"
    r" (?:call|decision)\b|\bnot us\b|\binte (?:vår|vårt|\w+:s) (?:sak|beslut|bord)\b"
    r"|\bröstar ja\b.*\bröstar nej\b"
    # "A quorum was confirmed.", "Motion by Bell, seconded by Perez, to approve the variance." (its outcome
    # comes after it)
    r"|\bquorum (?:was |is )?(?:confirmed|established|present|declared|noted)\b"
    r"|^(?:a )?motion (?:by|from) [^,.;]{2,40}, second(?:ed)? by [^,.;]{2,40},? to\b(?![^.]*\b(?:carried|passed|approved|adopted|failed)\b)",
    re.I,
)
_VOTE_ORDER = re.compile(r"\bröstar ja\b.*\bröstar nej\b|^den som (?:vill |bifaller |biträder )", re.I)


# The decision word used of a thing, before its noun: "the approved grantees", "de beviljade medlen".
_ATTRIBUTIVE_CUE = re.compile(
    r"\b(?:the|these|those|all|our|its|their|two|three|four|five|six|\d+)\s+(?P<word>approved|adopted|agreed|elected)\s+"
    r"(?!by\b|to\b|that\b|on\b|at\b|in\b|with\b|unanimously\b|and\b)[a-z]",
    re.I,
)


_FYI = re.compile(r"\bfyi\b", re.I)
_CONTENT_CLAUSE = re.compile(r"\b(?:att|to|that)\s+[a-zåäö]", re.I)


def _cue_decides(clean: str, cue: re.Match[str], *, in_section: bool) -> bool:
    """Whether the decision word ``cue`` records this meeting's decision."""
    agrees = _PERSON_AGREES.match(clean)
    if agrees and not _BODY_WORD.search(agrees.group("who")):
        return False  # "Mr. Bell and Ms. Sorensen agreed to co-chair ...": they took a task on
    if (attributive := _ATTRIBUTIVE_CUE.search(clean, max(0, cue.start() - 12), cue.end() + 2)) is not None \
            and attributive.start("word") == cue.start() and cues.DECISION_VERB.search(clean, cue.end()) is None:
        return False  # "award letters to the three approved grantees": a word describing a thing
    if _DECIDES_ITSELF.search(clean):
        return False  # "Varje kommun beslutar själv", "CS leadership decides that", "... before deciding"
    if _AGREED_ASSESSMENT.search(clean, cue.start()):
        return False  # "alla var överens om att det behövs", "Members agreed the draft needs more work"
    if not in_section and any((h.start() < cue.start() and not _CLAUSE_BREAK.search(clean, h.end(), cue.start())
                               and not _ATTRIBUTIVE.search(clean, max(0, h.start() - 6), h.start()))
                              or (h.start() > cue.start() and not _WHOSE_PROPOSAL.match(h.group(0))
                                  and not _REASON_BREAK.search(clean, cue.end(), h.start()))
                              for h in cues.HEDGE.finditer(clean)):
        return False  # "X suggested Y, and we went with that" answers the hedge in a new clause
    report = cues.REPORT_MARKER.search(clean)
    if report and report.start() < cue.end() + 30 and not (
            report.start() > cue.end() and _CLAUSE_BREAK.search(clean, cue.end(), report.start())):
        # ("declined — 3.9 is EOL already": the reason, in a clause of its own, is no report)
        return False  # "(85 last year was too much)" far after the cue is an aside, not a report
    forum = cues.OTHER_FORUM.search(clean, cue.end())
    if forum is not None and _CONTENT_CLAUSE.search(clean, cue.end(), forum.start()):
        forum = None  # "... RESOLVED to approve the plan and to recommend it to the Board at its meeting": what was decided
    if forum is not None or cues.FOR_INFORMATION.match(clean) or (
            "fyi" in clean.casefold() and _FYI.search(clean)):
        return False  # "... approved it at its March meeting", "For info: ...", "... — FYI": a report
    if cues.FAILED.search(clean, cue.end()) and re.search(r"\bmotion|\bamendment|\bproposal", clean, re.I):
        return False  # "the motion was not supported and fell": a motion lost is no decision
    future = FUTURE_DECISION.search(clean, max(0, cue.start() - 25), cue.end() + 1)
    if (future and future.end() >= cue.end() and not _RESOLVED_BEFORE.search(clean, 0, future.start())) or _THEIR.match(clean):
        return False  # "Nämnden ska utse en ledamot", "will be appointed by Council", "Their board agreed"
    if _proposed_here(clean, cue.start()) or cues.PROCEDURAL_MOTION.search(clean):
        return False  # "Karin föreslog att ... utser", a motion to adjourn: no decision of substance
    if _negated(clean, cue):
        # "Ingen enighet; frågan bordlades": a later decision word in its own clause still counts.
        later = cues.DECISION_VERB.search(clean, cue.end())
        if later is None or _negated(clean, later):
            return False  # "not decided", "godkändes inte"; "decided not to" is a decision
        cue = later
    # "Cllr Gale reported that the District Council resolved ...": a report of another body.
    return not cues.REPORTING_PAST.search(clean[: cue.start()])


# "Det blir Ramsjön torsdag 17 oktober", "Det blir så: ...", "Fia justerar.": how a choice or
# the meeting's justerare is recorded in rough notes (a name or a date after "Det blir").
# A group that can only advise records its position as a recommendation: "Gruppen rekommenderar
# kommunerna att ...", "The Committee recommended to Finance Committee that ...".
_GROUP_RECOMMENDS = re.compile(
    r"^(?:the\s+)?(?:gruppen|nätverket|styrgruppen|arbetsgruppen|referensgruppen|ledningsgruppen|rådet|"
    r"utskottet|committee|group|panel|network|working group)\s+"
    r"(?:rekommenderar|förordar|recommends|recommended|endorses|endorsed|"
    # "Nätverket föreslår regionens folkhälsoråd att ...": an advisory group's position, addressed
    r"föreslår\s+(?:\w+\s+){1,3}att|proposes\s+to\s+the)\b",
    re.I,
)
# "Flyttar till torsdagar (ok alla)", "kör på vägbolaget (alla eniga)": the meeting's assent noted.
CONSENSUS_MARK = re.compile(
    r"\((?:ok|okej) (?:alla|från alla)\)|\(alla (?:ok|eniga|överens)\)|\((?:enhälligt|enigt|beslutat|beslut)\)"
    r"|\((?:all agreed|agreed by all|unanimous(?:ly)?|consensus|no objections)\)",
    re.I,
)
# One or two people, by name or title, agreeing to do something: a task taken on, not a decision.
_PERSON = (r"(?:(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr|Prof|Rev|Director|Councilor|Councillor|Commissioner|Trustee|Chief)\.?\s+)?"
           r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|@[\w.-]+))")  # a name or a handle ("@priya-s")
_PERSON_AGREES = re.compile(
    rf"^(?P<who>(?!The\b|All\b|Everyone\b|We\b|They\b|I\b|Vi\b|Both\b){_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON})?)"
    r"\s+(?:agreed|has agreed|have agreed|kindly agreed)\s+(?:and\s+will\s+|to\s+)(?!the\b|this\b|that\b|it\b)"
    # "agreed to serve a second term": accepting a role is no task
    r"(?!serve\b|continue\b|remain\b|stay\b|stand\b|be\b|act\b)[a-z]"
)
_BODY_WORD = re.compile(
    r"\b(?:Council|Committee|Board|Group|Team|Trust|Society|Club|Association|Network|Forum|Panel|Staff|"
    r"Members|Officers|Trustees|Governors|Directors|Management|Partners|Parents|Executive|Cabinet|Senate|"
    r"Assembly|Commission|Department|Office|Council's)\b"
)
_DECIDES_ITSELF = re.compile(
    r"\b(?:beslutar|bestämmer|avgör) (?:själv|själva|det själv|det själva)\b|\bdecides? (?:that|this|for (?:itself|themselves))\b|"
    r"\bbefore (?:deciding|a decision is made)\b|\binnan (?:vi )?(?:beslutar|bestämmer)\b|\binnan beslut\b",
    re.I,
)
# Agreement on how things are, not on what to do: "överens om att metoden fungerar", "agreed
# this was worth exploring", "agreed the draft needs more work".
_AGREED_ASSESSMENT = re.compile(
    r"\b(?:agreed|överens|eniga|enighet)\s+(?:om\s+)?(?:att\s+|that\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:was|is|were|are|var|är)\s+(?:\w+\s+)?(?:worth|good|important|needed|necessary|worthwhile|valuable|"
    r"useful|a good|viktig\w*|bra|nödvändig\w*|värdefull\w*|angelägen\w*|rimlig\w*)"
    r"|needs?|behövs|behöver|måste|must|fungerar|works|worked)\b",
    re.I,
)
# "Deferred to the spring meeting, as the Head is still awaiting the data": the reason after
# a decision is no hedge on it.
_REASON_BREAK = re.compile(r",\s*(?:as|since|because|eftersom|då|ty|pending)\s|;\s|\s[–—]\s", re.I)
# "the proposed amendment was tabled": a proposal named by the decision, not a hedge on it.
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|this|its|their|det|den)\s+$", re.I)
# "Stämman gav styrelsen i uppdrag att ...", "Rådet ger arbetsgruppen i uppdrag att ...": a body
# commissioning someone decides (and gives a task).
_BODY_COMMISSIONS = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:en|et|an|na)\s+(?:ger|gav|uppdrar åt|uppdrog åt)\s+[^.;?]{1,80}?\bi\s+uppdrag\s+att\b"
)
# "Beslutet skickas till: Planenheten", "Expedieras: ...": where a protocol's decision is sent.
_DISTRIBUTION = re.compile(r"^(?:beslutet (?:skickas|expedieras) till|expedieras|protokollsutdrag till|copy to)\b", re.I)
# "Nästa styrelsemöte hålls ...", "The next meeting will be held on ...": an announcement.
_NEXT_ANNOUNCEMENT = re.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?(?:the\s+)?(?:next|nästa)\s+(?:\w+\s+){0,2}?(?:\w*möte|sammanträde|träff|meeting|session|call|"
    r"avstämning\w*|\w+(?=\s+blir\b))\w*\b"
    # "Glöggen blir lördag 13/12 som planerat": a date set before, repeated
    r"|^[^.]*\bblir\b[^.]*\b(?:som planerat|som tidigare bestämt|som vanligt|as planned)\b", re.I
)
_APOLOGIES = re.compile(r"^(?:apologies|regrets|frånvaroanmälningar|anmält förhinder)\b", re.I)
_HEADER_FIELD = re.compile(r"^Utses att justera\b|^Justerandes sign", re.I)
OUTCOME = re.compile(
    r"^(?:[^:.?!]{1,40}:\s*)?(?:[Oo]ch\s+|[Ss]å\s+)?[Dd]et blir (?:så\b|[A-ZÅÄÖ0-9]|(?:en|ett) \w)"
    r"|^[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?\s+justerar(?:\s+protokollet)?\W*$"
)


def _outcome(clean: str) -> bool:
    """``OUTCOME.match(clean)``, run only where its words ("et blir", "justerar") are written."""
    return _MAY_OUTCOME(clean) and OUTCOME.match(clean) is not None


def _negated(clean: str, cue) -> bool:
    """The words just before the decision word, within its own clause ("inga fel så det
    godkändes" is not negated), or right after it ("godkändes inte"), deny it."""
    before = re.split(r"\b(?:så|och|men|so|and|but)\b|[,;:–—]", clean[max(0, cue.start() - 20) : cue.start()])[-1]
    after = clean[cue.end() : cue.end() + 12]
    return bool(cues.NEGATED.search(before)) or (re.match(r"\s*(?:inte|ej|not)\b", after) is not None
                                                 and not re.match(r"\s*not to\b", after))


def _proposed_here(clean: str, cue_start: int) -> bool:
    """A proposing verb in the same clause before the decision word ("Karin föreslog att varje
    avdelning utser ..."); "X föreslog Y, och det kör vi på" records the answer in a new clause."""
    ends = [m.end() for m in cues.PROPOSING.finditer(clean[:cue_start])
            if not _ATTRIBUTIVE.search(clean, max(0, m.start() - 6), m.start())]  # "the proposed amendment"
    return bool(ends) and not _CLAUSE_BREAK.search(clean, ends[-1], cue_start)


# "The plan is to be adopted at the next meeting": a decision to come, nobody's task.
_PASSIVE_DECISION = re.compile(
    r"\b(?:to be|will be|shall be|ska|skall|kommer att)\s+(?:adopted|approved|decided|agreed|ratified|appointed|"
    r"elected|beslutas|fastställas|antas|godkännas|utses|väljas)\b", re.I
)
# "... as Hannah proposed": after the decision word, whose proposal it was, not a hedge.
_WHOSE_PROPOSAL = re.compile(
    r"^(?:proposed|proposes|suggested|suggests?|recommended|recommends?|yrkande|yrkandet|förslag|förslaget)$", re.I
)
FUTURE_DECISION = re.compile(
    r"\b(?:ska|skall|kommer att|måste|will|shall|is to|are to|to be|must|needs? to)\s+(?:\w+\s+)?"
    r"(?:utse|utses|besluta|beslutas|fastställa|fastställas|godkänna|godkännas|anta|antas|välja|väljas|"
    r"approve|approved|decide|decided|appoint|appointed|adopt|adopted|elect|elected)\b",
    re.I,
)
_THEIR = re.compile(r"^(?:their|deras)\b", re.I)
_RESOLVED_BEFORE = re.compile(r"\b(?:resolved|agreed|decided|beslutade|beslöt|beslutades)\b", re.I)
_CLAUSE_BREAK = re.compile(
    r"[;:.]\s|,\s*(?:och|men|så|and|but|so)\b|\s[–—-]\s"
    # ", the meeting agreed ...": the deciding body opens a clause of its own
    r"|,\s*(?:the\s+)?(?:meeting|committee|board|group|council|team|members|trustees|governors|we|mötet|"
    r"styrelsen|nämnden|gruppen|rådet|vi)\s"
)


def decision_text(clean: str) -> str:
    """The decision's words without its label ('Beslut:', 'RESOLVED:')."""
    label = cues.DECISION_LABEL.match(clean)
    text = clean[label.end():] if label else clean
    return text.strip().rstrip(":").strip() or clean


def parse_action(
    clean: str,
    names: NameIndex,
    *,
    in_section: bool,
    lang: str,
    is_bullet: bool = False,
    speaker: str | None = None,
) -> ActionParse | None:
    """A task with its owners if the sentence assigns one; None otherwise."""
    text = clean.strip()
    if not text:
        return None
    found = _parse_action(text, names, in_section=in_section, lang=lang, is_bullet=is_bullet, speaker=speaker)
    if found is None and ": " in text[:32] and (topic := _TOPIC_LABEL.match(text)) is not None \
            and _OWNER_OPENS(text[topic.end():]) and not names.is_known(topic.group("topic")) \
            and not _ROLL_CALL.search(text):
        # "Blommor: alla tar med från sina trädgårdar": a topic, then the sentence that gives the task
        after = _parse_action(text[topic.end():], names, in_section=in_section, lang=lang, is_bullet=is_bullet,
                              speaker=speaker)
        if after is not None and after.owners and all(names.is_person_like(o) for o in after.owners) \
                and not decides(text[topic.end():], in_section=False):
            found = after
    # Vetoes are checked last: most sentences assign nothing and need no veto.
    if found is not None and (past_task(text) or cues.SIGNATURE_LINE.match(text)
                              or _NOT_A_TASK_LINE.match(text) and not found.owners
                              or cues.ATTENDANCE.match(text) or cues.PROCEDURAL.match(text)
                              or _DISTRIBUTION.match(text) or cues.PROCEDURAL_MOTION.search(text)
                              or not_taken(text)
                              or (not found.owners and "fyi" in text.casefold() and _FYI.search(text))
                              or _JUSTERA.match(found.task) and not _DEADLINE_PHRASE.search(text)):
        # a task already done, a signature or contact line, an attendance line, the meeting's
        # own procedure ("Call to order at 7:04 pm"), an offer on a condition ("... if anyone
        # wanted a co-organizer"), the election of who checks the minutes
        return None
    return found


_OFFER_IF = re.compile(
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
_NOT_TAKEN = re.compile(
    r"\b(?:nobody|no one|ingen)\s+(?:did|took|nappade|kunde|could|volunteered|anmälde sig|tog det)\b"
    r"|\bdet finns ingen som (?:kan|har tid)\b|\bthere(?:'s| is) (?:nobody|no one) (?:who can|to)\b"
    r"|\bingen tog (?:den|det)\b|\bvem\s*\?", re.I
)
_JUSTERA = re.compile(r"^(?:jämte\s+ordföranden\s+juster|juster\w*\s+(?:dagens\s+)?protokoll)", re.I)


def past_task(text: str) -> bool:
    """A task already done ("har skickat", "→ fixat"); "när skriptet är klart" is a condition."""
    found = cues.PAST_TASK.search(text)
    while found is not None and found.group(0)[:3].casefold() == "är " and _WHEN_BEFORE.search(
            text, max(0, found.start() - 40), found.start()):
        found = cues.PAST_TASK.search(text, found.end())
    return found is not None


# "när skriptet är klart", "once the survey is done": what the task waits for
_WHEN_BEFORE = re.compile(r"\b(?:när|då|så fort|efter att|innan|tills|when|once|after|until)\b[^.;]*$", re.I)


def not_taken(text: str) -> bool:
    """'... men ingen kunde ta på sig det', '... nobody did, revisit': a task without a taker;
    '... om någon är intresserad', '... if needed': an offer on a condition."""
    return (("ingen" in text or "no" in text or "vem" in text)
            and _NOT_TAKEN.search(text) is not None
            or (" if " in text or " om " in text) and _offer_if(text))


def _offer_if(text: str) -> bool:
    """'... if anyone wanted a co-organizer': an offer on a condition. 'Hampus frågar
    Företagarna om de vill ...' asks whether they want to: that asking is the task."""
    found = _OFFER_IF.search(text)
    return found is not None and not _ASKS_WHETHER.search(text, 0, found.start())


def _parse_action(
    text: str, names: NameIndex, *, in_section: bool, lang: str, is_bullet: bool, speaker: str | None
) -> ActionParse | None:
    promised = None
    if "'" in text or "’" in text or " sa " in text or " said " in text or " happy " in text:
        # at the start, or after a clause break: "Need someone for the event - Arlo said he'd have a go"
        promised = _THIRD_PERSON_PROMISE.match(text) or next(
            (m for cut in _PROMISE_CUT.finditer(text) if (m := _THIRD_PERSON_PROMISE.match(text, cut.end()))), None)
    taking = _TAKING_ON.match(text) if (" is " in text or " are " in text) else None
    if taking and all(names.is_known(o) for o in split_owner_list(taking.group("owners"))):
        # "Nick and Sally are doing the BBQ", "Bev is coordinating volunteers": who has taken it on
        return ActionParse(tuple(split_owner_list(taking.group("owners"))), _tidy(text[taking.end("owners"):].strip()
                                                                                 .split(maxsplit=1)[1]))
    if promised and names.is_known(promised.group("owner")):
        # "Mike said he'd sort the van", "Sal's happy to cover Tuesdays", "Eva sa att hon ska boka"
        modal = "ska " if lang == "sv" and " sa" in promised.group(0) else "will "
        task = _verb_rest(modal + text[promised.end():], lang, known_subject=True, sentence=text)
        if task:
            return ActionParse((promised.group("owner"),), task)
    asked = _REQUEST_NAME_LAST.match(text) if text.endswith("?") and "," in text else None
    if asked and names.is_known(asked.group("owner")):
        # "Can you take that, Raj?", "Kan du ta det, Johan?": the person asked at the end
        return ActionParse((asked.group("owner"),), _tidy(_infinitive_lead(asked.group("task"), lang)))
    request = cues.REQUEST.match(text) if _MAY_REQUEST(text) else None  # needs its comma
    if request and (names.is_known(request.group("owner")) or names.is_person_like(request.group("owner"))):
        return ActionParse((request.group("owner"),), _tidy(request.group("task")))
    addressed = _ADDRESSED.match(text) if "," in text or "lease" in text else None
    if addressed and names.is_known(addressed.group("owner")) and (
            addressed.group("polite") or addressed.group("polite2") or addressed.group("du")
            or (addressed.group("task").split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES
                and not text.endswith("?"))):
        # "Mel, please place the order on Monday", "Mel, forward the invoice", "Nadia, du håller i den?"
        task = addressed.group("task").rstrip("?")
        if addressed.group("du"):
            task = _verb_rest(task, lang, known_subject=True, sentence=text) or ""
        if task:
            return ActionParse((addressed.group("owner"),), _tidy(task))
    if speaker:
        label = _SELF_LABEL.match(text)
        if label and len(text) > label.end() + 3:
            return ActionParse((speaker,), _tidy(text[label.end():]))  # "jag: kallelse till årsmötet"
        reported = _REPORTED_SELF.match(text)
        if reported and not text.endswith("?"):
            # "I said I'd chase the council by 16/5", "jag lovade att boka hallen": the writer's own task
            modal = "will " if re.match(r"(?:and|so|i)\b", text, re.I) else "ska "
            task = _verb_rest(modal + text[reported.end():], lang, known_subject=True, sentence=text)
            if task:
                return ActionParse((speaker,), task)
        mine = _FIRST_PERSON_TASK.search(text)
        if mine and not text.endswith("?"):
            task = _verb_rest(mine.group("rest"), lang, known_subject=True, sentence=text)
            can = _I_CAN.match(mine.group("rest")) if task is None else None
            if (can is not None and len(text[: mine.start()].split()) <= 2 and _DEADLINE_PHRASE.search(text)
                    and not _hedged(text, True) and not _CAN_LIMITED.search(text)):
                task = _tidy(mine.group("rest")[can.end():])  # "Yeah, I can update the form by Friday": a promise
            if task:
                return ActionParse((speaker,), task)  # "schemat för mars? jag lägger ut det ..."
        inverted = _SV_INVERTED.search(text)
        if inverted and not text.endswith("?"):
            return ActionParse((speaker,), _tidy(text))
        first = cues.FIRST_PERSON.match(text)
        if first:
            rest = text[first.end("i"):].lstrip()
            task = _verb_rest(rest, lang, known_subject=True, sentence=text)
            if task and not text.endswith("?"):
                return ActionParse((speaker,), task)
            return None
    if text.endswith("?") or text.rstrip(" .…").endswith("?"):  # "Any objections to B? ..."
        # A question assigns nothing, unless it opens with someone taking a task on.
        subject = _subject_task(text, names, lang=lang)
        if subject is None or not subject[0] or not all(names.is_person_like(o) for o in subject[0]):
            return None
        return ActionParse(tuple(subject[0]), subject[1])
    if cues.NEXT_MEETING_LINE.match(text):
        # "Nästa möte 28/10 kl 13, ab bokar teams": only a named task after the date counts.
        clause = _later_clause(text, names, lang)
        return ActionParse(tuple(clause[0]), clause[1]) if clause else None
    label = cues.ACTION_LABEL.match(text)
    forced = in_section or bool(label)
    found = _assigned(text, names, label, forced=forced, lang=lang, is_bullet=is_bullet)
    if (found is not None and (not forced or not found.owners)
            and (_hedged(text, bool(found.owners)) or cues.CURRENT_STATE.search(text))):
        # "X kanske kollar", "X sköter i nuläget ...": a wish or a state, no task; under an
        # action label only a named owner makes a hedged line a task ("Someone could ...").
        return None
    return found


# A named person addressed with a request or an imperative.
_ADDRESSED = re.compile(
    r"^(?:(?:[Tt]hen|[Ss]o|[Aa]nd|OK|[Oo]kay|[Rr]ight|[Ss]å|[Dd]å|[Oo]ch),?\s+)?"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)(?:,\s+(?:(?P<polite>please|pls|kindly)\s+|(?P<du>du|ni)\s+)?"
    r"|\s+(?P<polite2>please|pls)\s+)(?!do you|did you|are you|have you|is it|was it)(?P<task>[a-zåäö].{5,})$"
)
# "Bo frågar om någon kan ...", "Ann checks whether anyone can help": an indirect question about
# somebody is part of a named owner's task, not a hedge on it.
_ABOUT_SOMEBODY = re.compile(r"^(?:om någon|vem som|if (?:anyone|someone))$")


def _hedged(text: str, named: bool) -> bool:
    """A wish or an offer rather than a task; with a named owner, only a hedge on the task itself
    (in its own clause: "Rhian to chase subs, anyone not paid can't play" is no hedge)."""
    if not named:
        return bool(cues.ACTION_HEDGE.search(text))
    first_clause = _FIRST_CLAUSE_END.split(text, maxsplit=1)[0]
    return any(not _ABOUT_SOMEBODY.match(m.group(0).casefold())
               and not _ASKS_WHETHER.search(first_clause, 0, m.start())
               for m in cues.ACTION_HEDGE.finditer(first_clause))


# "Cllr Okafor agreed to ask the group whether they could ...": what the task asks about.
_ASKS_WHETHER = re.compile(
    r"\b(?:ask|asks|check|checks|find out|finds out|enquire|inquire|explore|investigate|"
    r"kolla|kollar|undersöka|undersöker|fråga|frågar|ta reda på|tar reda på|höra med|hör med|"
    # "meddela Lena om de är intresserade", "let us know if they want to": telling whether
    r"meddela|meddelar|svara|svarar|säga till|säger till|tell|tells|let\s+\w+\s+know|confirm|confirms)\b",
    re.I,
)


_FIRST_CLAUSE_END = re.compile(r",\s|;\s|\s\(|\s[–—-]\s")


_EN_PASSIVE_AGENT = re.compile(
    r"\b(?:will|shall|is to|are to|to)\s+be\s+(?:\w+\s+){0,2}?\w+(?:ed|en|t)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# "will be appointed by Council": a decision another body will take, nobody's task here
_DECIDED_BY = re.compile(r"\b(?:appointed|elected|approved|decided|adopted|ratified|agreed|confirmed as|held)\b", re.I)
_MONTH_OR_DAY = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end|close|next|cob|eod)", re.I
)
_DUTY_LABEL = re.compile(
    r"^(?P<what>[A-ZÅÄÖ][a-zåäö-]+)ansvar(?:ig|iga)?\s*:\s*"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]*(?:\s*(?:\+|,|&|och|o)\s*[A-ZÅÄÖ][\wåäöé-]*)*)"
)
_PRONOUNS = frozenset({"vi", "we", "jag", "i", "alla", "all", "man", "ni", "you", "de", "they"})


def _assigned(
    text: str, names: NameIndex, label: re.Match[str] | None, *, forced: bool, lang: str, is_bullet: bool
) -> ActionParse | None:
    """Owners and task of a sentence that is neither a question, a request nor a transcript turn."""
    owners: list[str] = []
    if label:
        if label.group("paren") or label.group("to") or label.group("named"):
            owners = split_owner_list(label.group("paren") or label.group("to") or label.group("named"))
        text = text[label.end():].strip()
    inline = cues.INLINE_OWNER.search(text) if ("→" in text or ">" in text or "(" in text) else None
    if inline and (inline.group("arrow") or inline.group("paren") or "").casefold() in _PRONOUNS:
        inline = None  # "→ Vi kör data freeze": the arrow leads to what we decided, not to an owner
    if inline and not owners:
        owners = split_owner_list(inline.group("arrow") or inline.group("paren"))
        text = (text[: inline.start()] + text[inline.end():]).strip(" ,;")
    assigned = cues.ASSIGNED_TO.search(text) if _MAY_ASSIGN(text) else None
    if assigned and not owners:
        owners = [assigned.group("owner")]
    duty = _DUTY_LABEL.match(text) if "nsvar" in text else None
    if duty and not owners:
        # "Matansvar: Oskar + Lovisa, budget 60 kr": who has the duty the label names
        duty_owners = split_owner_list(duty.group("owner"))
        if duty_owners and all(names.is_known(o) or names.is_person_like(o) for o in duty_owners):
            return ActionParse(tuple(duty_owners), _tidy(duty.group("what") + text[duty.end():]))
    first_label = _OWNER_FIRST.match(text)
    if first_label and not owners:
        # "Ansvarig: Per – se över ...", "Ansvarig: Sanna (kontakt med fritidsledarna)."
        task = first_label.group("task") or first_label.group("ptask")
        return ActionParse(tuple(split_owner_list(first_label.group("owner"))), _tidy(task))
    inline_ansv = _ANSV_INLINE.search(text) if "nsv" in text else None
    if inline_ansv and inline_ansv.group("owner")[:1].islower() and not all(
            names.is_known(o) for o in split_owner_list(inline_ansv.group("owner"))):
        inline_ansv = None  # "ansv hon", "ansv alla": a lower-case word names someone only if an attendee
    if inline_ansv and not owners:
        # "utrymningsplan ansv AH, uppf. nästa avst", "fakturorna skickas ut v.50 ansv LE"
        owners = split_owner_list(inline_ansv.group("owner"))
        text = (text[: inline_ansv.start()] + text[inline_ansv.end():]).strip(" ,;.")
    owner_label = cues.OWNER_LABEL.search(text)
    if owner_label:
        owners = owners or split_owner_list(owner_label.group("owner"))
        text = (text[: owner_label.start()] + text[owner_label.end():]).strip(" ,;.")
        if not text and owner_label.group("what"):
            text = owner_label.group("what")  # "Ansvarig för samordningen: JÖ"
    reported = cues.REPORTED_TASK.match(text)
    if reported and (names.is_known(reported.group("owner")) or names.is_person_like(reported.group("owner"))):
        # "Carina meddelade att hon tar ...", "Ms. Nguyen said she would include ...", "Dr. P said
        # staff will look into ...", "Malin svarar att tekniska enheten återkommer ...".
        rest = reported.group("rest")
        task = _verb_rest(rest, lang, known_subject=True, sentence=text)
        if task is None and lang == "en" and rest.split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES:
            task = _tidy(rest)  # after "would" / "will" the verb is in its base form
        if task:
            return ActionParse((reported.group("other") or reported.group("owner"),), task)
    going = _GOING_TO.match(text) if _MAY_GO(text) else None
    if going and names.is_known(going.group("owner")):
        return ActionParse((going.group("owner"),), _tidy(going.group("task")))  # "Ruth's going to ..."
    agrees = _PERSON_AGREES.match(text) if "agreed" in text else None
    if agrees and not _BODY_WORD.search(agrees.group("who")):
        # "Cllr Okafor agreed to ask the Speedwatch group ...": a task taken on.
        who = split_owner_list(agrees.group("who"))
        if who and all(names.is_person_like(o) or names.is_known(o.lstrip("@")) or names.resolve(o) != o for o in who):
            return ActionParse(tuple(owners or who), _tidy(text[agrees.end() - 1 :]))
    promise = cues.PROMISE.search(text)
    if promise:
        lead_names = _OWNERS_AT_START.match(text)
        who = split_owner_list(lead_names.group(0)) if lead_names else []
        if who and all(names.is_known(o) or names.is_person_like(o) for o in who):
            # ("Britt Sandell åtog sig att ...": a member at an annual meeting, not on a list)
            return ActionParse(tuple(owners or who), _tidy(promise.group("task")))
    appoint = cues.APPOINT_TASK.search(text)
    if appoint:
        appointed = split_owner_list(appoint.group("owners") or appoint.group("owners_en"))
        if appointed and all(names.is_person_like(o) for o in appointed):
            return ActionParse(tuple(owners or appointed), _tidy(appoint.group("task")))
    resolved = _RESOLVED_THAT.match(text)
    if resolved:
        # "Resolved: that the Clerk write to Highways ...": the decision names who acts.
        that_clause = text[resolved.end():]
        named = _subject_task(that_clause, names, lang=lang) or _subjunctive_task(that_clause, names)
        if named and named[0]:
            return ActionParse(tuple(owners or named[0]), named[1])
    subject = _subject_task(text, names, lang=lang)
    clause: tuple[list[str], str] | None = None
    looked = False  # a later clause is looked for once
    if subject is not None:
        found, task = subject
        if not found and not owners:
            # "We agreed to buy folders, and Sue will order them": the named taker wins over "we".
            clause, looked = _later_clause(text, names, lang), True
            if clause is not None and clause[0]:
                return ActionParse(tuple(clause[0]), clause[1])
        if found or forced or _WE.match(text):
            return ActionParse(tuple(owners or found), task)
    if not looked:
        clause = _later_clause(text, names, lang)
    if clause is not None:
        return ActionParse(tuple(owners or clause[0]), clause[1])
    mention = cues.AT_OWNER.search(text) if "@" in text else None
    if mention and mention.group("lead") and ":" in mention.group(0) and not forced:
        rest = text[mention.end():]
        if not (_imperative(rest + " . .", lang) or _has_time(rest)):
            mention = None  # "@sid: codemod covers 80 %": a report, not a task
    if mention and mention.group("lead") and not forced and (
            text[mention.end():].split(maxsplit=1) or [""])[0].casefold() in _NARRATING_AFTER_HANDLE:
        mention = None  # "@leo.b proposes going to 50 %", "@nina has two candidates": narration
    if mention and len(cues.AT_MENTION.findall(text)) <= 2:
        mentioned: str = mention.group("lead") or mention.group("tail")
        task = (text[: mention.start()] + text[mention.end():]).strip(" ,:;-–")
        if task:
            return ActionParse(tuple(owners or [mentioned]), _tidy(task))
    if mention is None and "@" in text:
        # "Skicka inbjudan @Petter senast 1/3": the person tagged between a task and its deadline.
        tagged = cues.AT_MENTION.search(text)
        head = text[: tagged.start()].strip(" ,–—-") if tagged else ""
        if (tagged and len(cues.AT_MENTION.findall(text)) == 1 and head
                and (forced or _imperative(head + " . .", lang)) and _when_like(text[tagged.end():])):
            return ActionParse(tuple(owners or [tagged.group("owner")]), _tidy(head + text[tagged.end():]))
    by_agent = _EN_PASSIVE_AGENT.search(text) if " be " in text and " by " in text else None
    if by_agent and not _looks_past(text) and not _DECIDED_BY.search(by_agent.group(0)) and not cues.REPORTING_PAST.search(
            text, 0, by_agent.start()):
        # "Decision letters will be sent by the Secretary", "date to be confirmed by the Chair"
        agent = by_agent.group("owner").strip()
        if names.is_person_like(_THE.sub("", agent)) and not _MONTH_OR_DAY.match(_THE.sub("", agent)):
            return ActionParse(tuple(owners or [agent]), _tidy(text))
    passive = (cues.PASSIVE_AGENT.search(text) or _PASSIVE_ROLE.search(text)) if "av" in text else None
    if passive and not _looks_past(text):
        # "Inbjudan skickas ut av Pia och Jonas", "Ändringen anmäls av sekreteraren"
        agents = split_owner_list(passive.group("owner"))
        if agents and all(names.is_person_like(o) for o in agents):
            return ActionParse(tuple(owners or agents), _tidy(text))
    if forced:
        return _forced_action(text, names, owners, lang)
    if owners:
        return ActionParse(tuple(owners), _tidy(text))
    if is_bullet or (_MAY_DASH(text) and _DASH_OWNER.match(text) and (_has_time(text) or _WHEN_WORDS.search(text))) or (
            ":" in text[:40] and _NAME_COLON_TASK.match(text)):
        # A list line, or a terse line "Colin – valuation no. 5 out end of month", "Jonas: finish the QC ..."
        # A list line, or a terse line "Colin – valuation no. 5 out end of month".
        listed = _listed_owner(text, names, lang)
        if listed is not None:
            return listed
    if cues.ELIDED_SUBJECT_VERB.match(text):
        return ActionParse((), _tidy(_infinitive_lead(text, lang)))
    nominal = cues.NOMINAL_TASK.match(text)
    if nominal:
        return ActionParse((), _tidy(text[nominal.end():]))
    if (_passive_task(text) or (_MAY_BE(text) and _EN_PASSIVE_TASK.match(text))) and not _PASSIVE_DECISION.search(text):
        tail = cues.TRAILING_OWNER.search(text)
        signed = (tail.group("paren") or tail.group("bracket") or tail.group("dash")) if tail is not None else None
        if tail is not None and signed:
            # "... senast 20/11 (AB).", "Annons läggs ut på hemsidan – Kristina."
            trailing = split_owner_list(signed)
            if trailing and all(names.is_known(o) for o in trailing):
                return ActionParse(tuple(trailing), _tidy(text[: tail.start()]))
        return ActionParse((), _tidy(text))
    if is_bullet and _imperative(text, lang):
        return ActionParse((), _tidy(text))
    return None


# Where a clause may start: "\s(?:att|that)\s(?=[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive) )|\s[—–-]\s|
# \s(?:->|→|=>)\s|:\s|;\s|,\s(?=[A-ZÅÄÖ]|[a-zåäö]{2,3}\s)|\s(?:och|men|so|and|but)\s(?=[A-ZÅÄÖ])", written to
# start with one character class (scanned for in C) whose character the look-behinds then tell
# apart, each branch in its place: the same matches at the same places.
_CLAUSE = re.compile(
    r"[\s:;,](?:(?<=\s)(?:(?:att|that)\s(?=[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive) )|[—–-]\s|(?:->|→|=>)\s)"
    r"|(?<=:)\s|(?<=;)\s"
    r"|(?<=,)\s(?=[A-ZÅÄÖ]|[a-zåäö]{2,3}\s)"
    r"|(?<=\s)(?:och|men|so|and|but|medan|while|whereas)\s(?=[A-ZÅÄÖ]))"
)


_CONJUNCTIONS = frozenset({"och", "men", "så", "and", "but", "so"})
_OWNER_SPAN = 160
_MAX_CLAUSES = 12


_NAME_TO_VERB = re.compile(r"(?P<name>[A-Z][a-z]{2,})\s+to\s+(?P<verb>[a-z]+)\b")


def _later_clause(text: str, names: NameIndex, lang: str) -> tuple[list[str], str] | None:
    """'Julbord: Lina bokar restaurang', 'Frågan kom upp – Helena ska undersöka ...': a named
    attendee taking a task in a later clause of the sentence."""
    for number, cut in enumerate(_CLAUSE.finditer(text)):
        if number >= _MAX_CLAUSES:
            break  # a sentence of dozens of clauses is a list, not a task
        at = cut.end()
        token = _FIRST_TOKEN.match(text, at)
        if token is None:
            continue  # nothing but blanks after the cut: no word opens a clause
        word = token.group(1)
        if word.casefold() in _CONJUNCTIONS:
            # Only then is the rest split: ", and Sue will order them" takes the clause after "and".
            head = text[at:].split(maxsplit=1)
            if len(head) == 2:
                at = text.index(head[1], at)
                head = head[1].split(maxsplit=1)
            word = head[0]
        word = word.strip(",")
        # "... players - Mick to follow up": the minutes' "X to <verb>" names a taker even when
        # no list of those present names him
        to_verb = _NAME_TO_VERB.match(text, at)
        to_verb = to_verb if to_verb is not None and to_verb.group("verb") in cues.EN_IMPERATIVES else None
        if not word or not (names.is_known(word) or word.casefold() in ("everyone", "alla", "varje", "samtliga")
                            or (word.islower() and 2 <= len(word) <= 3)
                            or (word.islower() and len(word) > 3 and names.is_person_like(word)) or to_verb):
            continue  # only a named attendee (or everyone, or initials) opens such a clause
        found = _subject_task(text[at:], names, lang=lang)
        # Lower-case initials ("ab bokar teams") come back only before a task verb.
        if found and found[0] and all(names.is_known(o) or _INITIALS.fullmatch(o) or _GROUP_AT_START.match(o)
                                      or (to_verb is not None and o == to_verb.group("name")) for o in found[0]):
            return found
    return None


# The words that join a second subject's clause: "... och Lena tar ...", "..., while Gabriel checks ..."
JOINING_WORDS = r"och|and|medan|while|whereas"
_SECOND_SUBJECT = re.compile(rf"(?:{JOINING_WORDS})\s")


def second_task(text: str, names: NameIndex, lang: str, owners: tuple[str, ...]) -> tuple[int, ActionParse] | None:
    """Where a later clause gives a task to someone other than ``owners`` ("Lollo fixar korv,
    Mattias tar ut växelkassa"): the clause's offset in ``text`` and its task."""
    taken = {o.casefold() for o in owners}
    for number, cut in enumerate(_CLAUSE.finditer(text)):
        if number >= _MAX_CLAUSES:
            break
        joined = not cut.group(0).startswith((",", ";"))
        if joined and not _SECOND_SUBJECT.match(cut.group(0), 1):
            continue  # "- Mattias", ": Mattias": a label or an aside, not a new clause
        at = cut.end()
        head = text[at:].split(maxsplit=1)
        if len(head) == 2 and _SECOND_SUBJECT.fullmatch(head[0] + " "):
            at = text.index(head[1], at)  # ", and Marieke will check ...": the clause after the "and"
            head = head[1].split(maxsplit=1)
        word = head[0].strip(",") if head else ""
        if not word or word.casefold() in taken or not names.is_known(word):
            continue
        # "Marco will fix the suite and Lena will update the runbook": after "and" only someone
        # present opens a second task, and only once the first clause has its own verb ("Maria och
        # Therese gör ..." is one subject of two; "the Annual Governance and Accountability Return")
        before = text[: cut.start()].split()
        if joined and (word.casefold() not in names.full_names or not before or names.is_known(before[-1])
                       or cues.TRAILING_OWNER.search(text)
                       or _subject_task(text[: cut.start()], names, lang=lang) is None):
            continue  # ("– Ronny och Dragan skriver ...", "... and Gabriel checks it [Nadia, Gabriel]": one task)
        found = _subject_task(text[at:], names, lang=lang)
        if found and found[0] and all(names.is_known(o) for o in found[0]) and not (
                {o.casefold() for o in found[0]} & taken):
            return at, ActionParse(tuple(found[0]), found[1])
    return None


_PAREN_OWNER = re.compile(r"[(\[](?P<owner>[A-ZÅÄÖ][^()\[\]]{0,50})[)\]]")  # "(Yusuf)", "[Priya]"


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
    return None


# "Minutes to be circulated to all members within 14 days": a task, nobody named.
_EN_PASSIVE_TASK = re.compile(r"^[A-Z][\w-]*(?:\s[\w-]+){0,3}\s(?:to be|will be|shall be|are to be)\s\w+ed\b")


def _passive_task(text: str) -> bool:
    """'Skrivelsen skickas till X', 'Frågan kommer att redovisas ...': a task, nobody named."""
    future = cues.PASSIVE_FUTURE.search(text)
    words = text.split(maxsplit=3)
    present = len(words) >= 3 and words[1].casefold() in cues.TASK_PASSIVES
    if not future and not present:
        return False
    if cues.HEDGE.search(text) or _looks_past(text) or cues.REPORTING_PAST.search(text):
        return False
    if future:
        before = text[: future.start()].split()[-1:] or [""]
        if before[0].casefold() in ("som", "hur", "vad", "vem", "vilken", "vilka", "när", "var", "om"):
            return False
        # A plan in the passive ("aktiviteterna ska stärkas") is a task only with a date or event.
        return (future.group(0).casefold().startswith("går") or _has_time(text)
                or bool(cues.BEFORE_EVENT.search(text)))
    words = text.split(maxsplit=3)
    # The passive verb stands second, after the thing to be done: "Inbjudan skickas ut".
    return present


_TIME_HINT = re.compile(
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


def deadline_only_task(clean: str) -> bool:
    """'Deadline ...', 'Svar senast 26/1', 'due Friday': a task even without an owner; 'The
    annual return is due 31 January', 'KS har begärt yttrande senast ...' state a fact."""
    # The fact veto runs only where a deadline cue is found (most sentences have none).
    cued = cues.DEADLINE_LEAD.match(clean.strip()) or cues.DEADLINE_CUE.search(clean)
    return bool(cued) and not _DEADLINE_FACT.search(clean)


_DEADLINE_FACT = re.compile(
    r"\b(?:is|are|was|were|är|var|blir)\s+(?:\w+\s+)?(?:due|senast)\b|\bdeadline\s+(?:is|was|är|var)\b|"
    r"\b(?:har begärt|vill ha|has requested|have requested|asked for|enligt stadgarna)\b|"
    r"\b(?:skickad|skickades|har skickat|sent out|went out)\b",
    re.I,
)


def _subject_task(text: str, names: NameIndex, *, lang: str) -> tuple[list[str], str] | None:
    """'Anna och Bo kontaktar X' -> (['Anna', 'Bo'], 'kontakta X'); 'Vi tar upp ...' -> ([], ...)."""
    group = _GROUP_AT_START.match(text)
    if group:
        # "Alla kommuner tar med sig ...", "The stage manager will ...", "WP leads send ...".
        rest = text[group.end():].lstrip()
        # "Alla får ...", "Samtliga nätverk får svara": for a group "får" grants, it does not assign.
        task = None if rest.startswith("får ") else _verb_rest(rest, lang, known_subject=True, sentence=text)
        if task is None and lang == "en" and rest.split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES:
            task = _tidy(rest)  # a plural subject takes the base form: "WP leads update ..."
        if task:
            return [group.group(0)], task
    # "Vi ...", "We ...": the pattern runs only on text whose first letter can open a match
    # (lower-cased one letter at a time, as the whole text is, but for a final sigma).
    we = _WE.match(text) if _WE_FIRST is None or text[:1].lower()[:1] in _WE_FIRST else None
    if we:
        rest_words = text[we.end():].lstrip()
        if rest_words.casefold().startswith(("får ", "kan ", "borde ", "bör ", "could ", "should ")):
            return None  # "Vi får fundera vidare": a deferral, nobody's task
        we_task = _verb_rest(rest_words, lang, known_subject=False, sentence=text)
        everyone = we.group(0) if we.group(0).casefold() in ("everyone", "alla") else None
        return ([everyone] if everyone else [], we_task) if we_task else None
    first = text.split(maxsplit=1)[0].casefold().rstrip(".,:") if text else ""
    initials = _INITIALS_AT_START.match(text) if text[:1].islower() else None
    if initials and any(i in _SHORT_WORDS for i in initials.groups() if i):
        initials = None  # "det tar hon", "vi kör": a word, not someone's initials
    known_initials = initials is not None and all(i is None or i in names.full_names for i in initials.groups())
    verb_next = initials is not None and text[initials.end():].split(maxsplit=1)[0].casefold() in cues.TASK_VERBS
    if initials and (known_initials or verb_next):  # "ab bokar teams" in all-lower-case notes
        found = [i for i in initials.groups() if i]
        initials_task = _verb_rest(text[initials.end():], lang, known_subject=True, sentence=text)
        return (found, initials_task) if initials_task else None
    lower_names = _LOWER_NAMES.match(text) if text[:1].islower() and first in names.full_names else None
    if lower_names and all(n is None or n.casefold() in names.full_names for n in lower_names.groups()):
        # "bitte skickar påminnelse", "linnéa o kenneth monterar": names typed in lower case
        found_lower = [n for n in lower_names.groups() if n]
        lower_task = _verb_rest(text[lower_names.end():], lang, known_subject=True, sentence=text)
        if lower_task:
            return found_lower, lower_task
    role = _ROLE_AT_START.match(text) if first in _ROLE_FIRST_WORDS else None
    if role is None and (not text[:1].isupper() or first in cues.NOT_SUBJECT) and not (
            first == "the" and _THE_TITLE.match(text)):
        return None  # "Det finns ...", "men ...": no named subject opens the sentence
    titled = _ROLE_OF.match(text) if " of " in text[:60] else None
    if titled:
        # "Director of Estates to update Annex A": a title with its department names the owner.
        rest = text[titled.end():]
        task = _verb_rest(rest.lstrip(), lang, known_subject=True, sentence=text)
        if task:
            return [titled.group("title")], task
    candidates: list[int] = []
    if role:
        candidates.append(role.end())
    # Owners stand in the first words; a long run of names ("Anna, Bo, Cia, ...") is a list of
    # people, and looking further would make long lines quadratic.
    match = _OWNERS_AT_START.match(text[:_OWNER_SPAN])
    if match:
        # Try the longest run of capitalised words first, then shorter ones: "Lorna Lyfter frågan".
        # (The runs do not overlap: their ends come in increasing order, each once.)
        ends = [m.end() for m in _WORD_RUN.finditer(text, 0, match.end())]
        # Only where a verb can follow: a lower-case word, an apposition, or a task verb typed
        # with a capital ("Lorna Lyfter frågan").
        candidates.extend(e for e in reversed(ends) if _verb_may_follow(text, e))
    for end in candidates:
        rest = text[end:]
        opened = rest.lstrip()
        # An apposition opens with "," or "(" after blanks (str.lstrip and \s strip the same).
        if opened[:1] in _APPOSITION_OPENERS and (appo := _APPOSITION.match(rest)) is not None:
            rest = rest[appo.end():]
            opened = rest.lstrip()
        if not _may_lead(opened):
            continue  # no word or phrase a task opens with: no owner needs checking
        owner_text = text[:end].strip(" ,")
        owners = split_owner_list(owner_text)
        # "The ..." only when it opens with those letters (lower() keeps ASCII letters ASCII).
        lead = (_THE.sub("", owners[0]) if owners[0][:3].lower() == "the" else owners[0]) if owners else ""
        if not lead or lead.split()[0].casefold() in cues.NOT_SUBJECT:
            continue
        if (len(owners) == 1 and _ABSTRACT.search(owners[0]) and not names.is_known(owners[0])
                and not names.is_person_like(owners[0])):
            continue  # "Överenskommelsen", "Rekryteringen": a thing, not someone who acts
        if len(owners) == 1:  # most candidates: one owner, no generator needed
            known = (names.is_person_like(owners[0]) and names.is_established(owners[0])) or (
                lead != owners[0] and " " in lead and names.is_known(lead))  # "The Company Secretary"
        else:
            known = all(names.is_person_like(o) and names.is_established(o) for o in owners) or (
                any(names.is_known(o) for o in owners)
                and all(re.fullmatch(r"[A-ZÅÄÖ][\wåäöé-]+", o) for o in owners)
            )
        if not known and (len(owners) > 1 or len(owners[0].split()) > 2):
            continue
        task = _verb_rest(rest.lstrip(), lang, known_subject=known, sentence=text)
        if task is None and known and len(owners) > 1 and lang == "en":
            head = rest.split(maxsplit=1)[0].casefold() if rest.strip() else ""
            if head in cues.EN_IMPERATIVES:
                task = _tidy(rest)  # "Grace and Mateo send their drafts": a plural takes the base form
        if task:
            return owners, task
    return None


_WORD_RUN = re.compile(r"\S+")
# "The Company Secretary to ...": a title of capitalised words after "The"
_THE_TITLE = re.compile(r"The\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+\s+(?:to|will|shall|is to)\b")
_WHEN_WORDS = re.compile(
    r"\b(?:senast|innan|före|by|before|until|due|end of|slutet av|eow|eom|asap|snarast|idag|today|tomorrow|"
    r"imorgon|v\.?\s?\d{1,2}|vecka \d{1,2}|\d{1,2}/\d{1,2})\b", re.I
)
_DASH_OWNER = re.compile(r"^[A-ZÅÄÖ][\wåäöé.]*(?:\s*(?:,|&|\+|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*)*\s+[–—-]\s")
# Terse English notes drop the auxiliary: "Dave chasing the sparks", "Carlos paying it this wk".
_EN_PROGRESSIVE_SKIP = frozenset("being having going saying thinking feeling wondering hoping".split())
_GOING_TO = re.compile(rf"^(?P<owner>{_NAME})['’]s\s+(?:going to|gonna)\s+(?P<task>.+)$")
# Groups and roles named by a quantifier, an article or a plural: who acts, though nobody by name.
_GROUP_AT_START = re.compile(
    r"^(?:(?:[Aa]lla|[Vv]arje|[Ss]amtliga)\s+[a-zåäö][\wåäö-]+"
    r"|[Aa]ll\s+(?:the\s+)?[a-z][\w-]*s\b|(?:[Ee]very|[Ee]ach)\s+(?!of\b|the\b|one\b)[a-z][\w-]+"
    r"|[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:manager|team|committee|group|chair|chairman|chairwoman|chairperson|"
    r"vice-chair|vice-chairman|principal|clerk|officer|director|lead|leads|leader|head|heads|coordinator|"
    r"secretary|secretariat|treasurer|department|office|staff|trustees|governors|councillors|volunteers|"
    r"rector|vicar|churchwardens?|wardens?|bursar|headteacher|superintendent|dean|librarian|"
    r"administrator|registrar|scribe|editors|maintainers|organisers|organizers)"
    r"|[A-Z][\w-]*\s+(?:leads|heads|chairs|leaders|coordinators|reps|representatives|owners)"
    r"|(?:Officers|Staff|Councillors|Trustees|Governors|Volunteers|Members|Partners|Parents|Coaches))(?=\s+[a-z])"
)
_ROLE_OF = re.compile(
    r"^(?:[Tt]he\s+)?(?P<title>(?:Head|Director|Deputy Director|Chair|Chairman|Chairperson|Vice[- ]Chair|"
    r"Manager|Lead|Leader|Officer|Coordinator|President|Dean|Secretary|Clerk|Treasurer|Member|Members)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})(?=\s+[a-z])"
)
_RESOLVED_THAT = re.compile(
    r"^(?:it was\s+)?(?:resolved|agreed|decided|recommended)\s*[:,]?\s*(?:[–—-]\s*)?that\s+(?=\S)"
    # "Members asked that the Head of Planning write to the developer"
    r"|^(?:[A-Z][\w.'-]*\s+){0,2}(?:asked|requested)\s+that\s+(?=\S)", re.I
)
# "the Clerk write to ...": a subjunctive after "Resolved that", the verb in its base form.
_SUBJUNCTIVE = re.compile(
    rf"^(?:the\s+)?(?P<owner>(?:{ROLE_WORDS})|{_NAME}(?:\s+{_NAME})?)\s+(?P<rest>(?P<verb>[a-z]+)\b.*)$",
    re.I | re.S,
)
_OWNER_FIRST = re.compile(
    r"^(?:[Aa]nsvarig|[Aa]nsv\.?|[Oo]wner|[Rr]esponsible|[Vv]em)\s*:\s*"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?(?:\s*(?:,|&|/|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*)*)"
    r"\s*(?:[–—-]\s*(?P<task>\S.*)|\((?P<ptask>[^()]{3,})\)\.?)$"
)
_ANSV_INLINE = re.compile(
    r"(?:^|(?<=[\s(,;]))[Aa]nsv(?:arig)?\.?:?\s+(?P<owner>[A-ZÅÄÖ][\wåäöÅÄÖ.]*"
    r"(?:\s*(?:,|och|o|&|/)\s*[A-ZÅÄÖ][\wåäöÅÄÖ.]*)*|[a-zåäöé-]{2,20}(?:\s+(?:och|o|&)\s+[a-zåäöé-]{2,20})?)"
    r"\s*(?=$|[,;)]|\s+(?:senast|innan|till|v\.|vecka|uppf))"
)
_PASSIVE_ROLE = re.compile(
    r"\b[a-zåäö]+(?<!de)(?<!te)s\s+(?:[\wåäö]+\s+){0,4}?av\s+(?P<owner>[a-zåäö-]*(?:aren|ören|anden|chefen|"
    r"ledaren|ansvarige|förvaltningen|kansliet|sekretariatet))\b"
)
_DEADLINE_PHRASE = re.compile(
    r"\b(?:senast|innan|före|inom|till(?:s)? (?:den )?\d|till nästa|(?:på|vid) nästa|(?:på|vid) mötet i|"
    r"by|before|within|until|no later than|deadline)\b", re.I
)
_THE = re.compile(r"^[Tt][Hh][Ee]\s+")
_ABSTRACT = re.compile(r"(?:elsen|ningen|heten|andet|endet|tionen|skapet|iteten|ismen|ingen)$")


def _subjunctive_task(clause: str, names: NameIndex) -> tuple[list[str], str] | None:
    """'the Clerk write to Highways asking ...' -> (['Clerk'], 'Write to Highways asking ...')."""
    match = _SUBJUNCTIVE.match(clause)
    if match is None or match.group("verb").casefold() not in cues.EN_IMPERATIVES:
        return None
    owner = match.group("owner")
    if not names.is_person_like(owner):
        return None
    return [owner], _tidy(match.group("rest"))


def _verb_may_follow(text: str, end: int) -> bool:
    # Index walks and one anchored match: copying the rest of a long sentence per end is waste.
    size = len(text)
    while end < size and text[end] == " ":
        end += 1
    if end == size or text[end] in ",(" or text[end].islower():
        return True
    token = _FIRST_TOKEN.match(text, end)
    word = (token.group(1) if token else text[end:].split(maxsplit=1)[0]).casefold()
    return word in cues.TASK_VERBS or word in cues.FUTURE_ONLY_VERBS


# The first whitespace-delimited word at a position (what ``str.split`` would give first).
_FIRST_TOKEN = re.compile(r"\s*(\S+)")


_STRONG_LEAD = re.compile(
    r"^(?:får i uppgift|får uppgiften|får i uppdrag|har i uppdrag|ges i uppdrag|fick i uppgift|"
    r"fick uppgiften|fick i uppdrag|fick uppdraget|får uppdraget|tar på sig|åtar sig|ansvarar för|was asked|were asked|"
    r"was tasked|was assigned|is assigned)", re.I
)
_DECIDING = re.compile(r"^(?:fatta beslut|besluta|ta ställning|decide|make a decision|vote)\b", re.I)


def _verb_rest(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    """The task words when ``rest`` starts with a task verb or modal; None for narration."""
    task = _task_words(rest, lang, known_subject=known_subject, sentence=sentence)
    # "X kommer att fatta beslut i maj" announces a decision, it gives nobody a task.
    if task is None or _DECIDING.match(task):
        return None
    return task


_NO_TASK_START = re.compile(
    # checking the minutes ("Fia justerar", "justera protokollet jämte ordföranden"), not "justerar texten"
    r"juster(?:a|ar)(?:\s+(?:dagens\s+)?(?:protokoll|anteckning|minnesanteckning)\w*|\s*(?:$|[.,;]|tillsammans\b|jämte\b|"
    r"med\s+ordf))|\S+\s+(?:inte|ej|not|never|aldrig)\b|(?:tar|ta) (?:upp )?(?:det|den|this|that) (?:igen|nästa|senare)",
    re.I,
)
_NO_TASK_ANYWHERE = re.compile(r"inget bestämt|ej bestämt|inte bestämt|no decision|not decided|tbd\b", re.I)


def _task_words(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    if not rest:
        return None
    task = _task_lead(rest, lang, known_subject=known_subject, sentence=sentence)
    if task is not None and (_NO_TASK_START.match(rest) or _NO_TASK_ANYWHERE.search(rest)):
        return None  # "Vi tar inte ställning nu", "tar upp det igen": no task
    return task


# The first words _task_lead gives a task after (on conditions); English imperatives too,
# which follow a plural subject ("Grace and Mateo send ...").
_LEAD_WORDS = (cues.TASK_VERBS | cues.FUTURE_ONLY_VERBS | cues.ACTIVE_NARRATION | cues.EN_FUTURE_ONLY
               | cues.EN_IMPERATIVES | {"träffas", "ses", "möts", "meet", "meets", "asks", "ask", "updates", "frågar"})


def _may_lead(rest: str) -> bool:
    """False only where :func:`_task_lead` finds no task in ``rest`` for any subject, language
    or sentence, and ``rest`` opens with no English imperative: each of its branches needs
    one of these tests to pass (the conditions on the rest of the sentence left out)."""
    words = rest.split(maxsplit=1)
    if not words:
        return False
    first = words[0].casefold().strip(",.:;")
    # (A word of ``split`` holds no line break, so "$" in the two present-tense patterns stands
    # at its end: each needs its last letter, "s" or "r".)
    last = first[-1:]
    return (first in _LEAD_WORDS or first.endswith("ing")
            or last == "s" and _EN_PRESENT.match(first) is not None
            or last == "r" and _SV_PRESENT.match(first) is not None or _LEAD_PHRASE.match(rest) is not None)


# "informerar om att kommunstyrelsen den 4 november beslutat ...": the date is in what is told
_TELLS_THAT = re.compile(
    r"(?:informerar|berättar|meddelar|påminner|redovisar|rapporterar|förklarar|säger|informs?|tells?|reports?|"
    r"explains?)\s+(?:\w+\s+)?(?:om\s+att|att|that|about)\b", re.I)


def _task_lead(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    """The task words when ``rest`` opens with a task verb, modal or phrase (before vetoes)."""
    lead = _SV_TASK_LEAD.match(rest)
    if lead and (known_subject or _STRONG_LEAD.match(lead.group(0))):
        return _tidy(rest[lead.end():])  # "Policyn ska upp på hemsidan": no one is named
    en = _EN_VERB.match(rest)
    if en and (known_subject or not en.group(0).lower().startswith("to")
               or rest[en.end():].split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES):
        return _tidy(rest[en.end():])
    raw_first = rest.split(maxsplit=1)[0]
    first = raw_first.casefold().strip(",.:;")
    if first in ("träffas", "ses", "möts", "meet", "meets") and re.match(r"\S+\s+(?:och|and)\s+", rest):
        # "Mats och Anneli träffas och tar fram ett program": the task is what follows.
        after = re.sub(r"^\S+\s+(?:och|and)\s+", "", rest)
        if known_subject and after[:1].islower():
            return _tidy(_infinitive_lead(after, lang))
        return _task_words(after, lang, known_subject=known_subject, sentence=sentence)
    lower = raw_first[:1].islower()  # a capitalised word after a name is more likely a surname
    phrase = cues.ACTION_PHRASES.match(rest)
    if phrase or first in cues.TASK_VERBS:
        # An unknown capitalised subject is accepted only with a clear task verb.
        return _tidy(_infinitive_lead(rest, "sv"))
    if first in cues.FUTURE_ONLY_VERBS and known_subject and cues.FUTURE_MARKER.search(sentence) \
            and not _TELLS_THAT.match(rest):
        return _tidy(_infinitive_lead(rest, "sv"))
    if known_subject and first in cues.ACTIVE_NARRATION and _DEADLINE_PHRASE.search(sentence) \
            and not _TELLS_THAT.match(rest):
        # "Sanna går ut till arbetslagen ... inom två veckor": a verb that narrates, given a deadline.
        return _tidy(_infinitive_lead(rest, "sv"))
    if (lang == "en" and known_subject and lower and first.endswith("ing") and len(first) > 5
            and first not in _EN_PROGRESSIVE_SKIP and (_DEADLINE_PHRASE.search(sentence)
                                                      or cues.FUTURE_MARKER.search(sentence))):
        return _tidy(rest)
    if first in ("asks", "ask") and known_subject:
        second = rest.split()[1].casefold() if len(rest.split()) > 1 else ""
        if second not in ("whether", "if", "about", "how", "what", "why", "when", "who"):
            return _tidy(_en_base(rest) if first == "asks" else rest)  # "Johan asks the vendor for a quote"
    if first in cues.EN_FUTURE_ONLY and known_subject and cues.FUTURE_MARKER.search(sentence):
        return _tidy(_en_base(rest))  # "Aisha presents next time"
    if first == "updates" and known_subject and not re.match(
            r"\S+\s+(?:the\s+)?(?:group|team|board|committee|everyone|us|members|on)\b", rest, re.I):
        return _tidy(_en_base(rest))  # "Petra updates the booking", not "updates the group on"
    if first == "frågar" and known_subject:
        # "Vanja frågar församlingen om ..." asks someone: a task; "frågar om" narrates.
        second = rest.split()[1].casefold() if len(rest.split()) > 1 else ""
        if second not in ("om", "hur", "vad", "varför", "efter", "vilka", "när", "kring", "ifall"):
            return _tidy(_infinitive_lead(rest, "sv"))
    if lower and lang == "en" and _EN_PRESENT.match(first) and first not in cues.EN_NARRATION and len(
            rest.split()) >= 2 and (
            known_subject or _en_base(first) in cues.EN_IMPERATIVES):
        return _tidy(_en_base(rest))
    if (lower and known_subject and lang == "sv" and _SV_PRESENT.match(first) and len(rest.split()) >= 2
            and first not in cues.NARRATION and first not in cues.FUTURE_ONLY_VERBS
            and not cues.PLURAL_NOUN.search(first)):
        return _tidy(_infinitive_lead(rest, "sv"))
    return None


# "det fixar jag", "Då uppdaterar jag ...": Swedish puts the verb before "jag" after a lead word.
_I_CAN = re.compile(r"(?:can|kan)\s+(?=[a-zåäö])", re.I)
# "I can update it, but not until after the 16th", "... if nobody else can": an offer with a limit
_CAN_LIMITED = re.compile(r"\b(?:but|if|unless|men|om|såvida)\b", re.I)
_FIRST_PERSON_TASK = re.compile(
    r"(?:^|[.?!,;:]\s+|\s(?:och|så|and|so)\s+)(?:jag|i)(?:\s*\([^()]{1,30}\))?\s+(?P<rest>\S.*)$", re.I)  # "Jag (sekr.) ordnar"
_TAKING_ON = re.compile(
    r"(?P<owners>[A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:and|&)\s+[A-ZÅÄÖ][\wåäöé-]+)?)\s+(?:is|are)\s+"
    r"(?:doing|sorting|organi[sz]ing|running|handling|coordinating|booking|bringing|making|writing|taking on)"
    r"\s+(?!(?:well|fine|ok|okay|great|better|good|badly|alright|much)\b)\S"
)
_REQUEST_NAME_LAST = re.compile(
    r"^(?:(?:so|and|ok|okay|och|så|då)[,]?\s+)?(?:can|could|would|will|kan|skulle|vill)\s+(?:you|du|ni)\s+"
    # (not the call itself: "can you hear me", "kan du dela skärmen")
    r"(?!(?:hear|see|say|mute|unmute|share your screen|repeat|höra|se|säga|upprepa|dela skärmen|stänga av)\b)"
    r"(?P<task>[^?]{3,120}?),\s*(?P<owner>[A-ZÅÄÖ][\wåäöé-]+)\s*\?$",
    re.I,
)
_PROMISE_CUT = re.compile(r"\s[–—-]\s|;\s|\.\s|,\s(?:and|but|so|och|men)\s")
_THIRD_PERSON_PROMISE = re.compile(
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)"  # (tried with match(): anchored where it starts)
    r"(?:\s+(?:said|says|promised|offered|agreed|sa|sade|lovade)\s+(?:that\s+|att\s+)?"
    r"(?:he|she|they|han|hon|hen)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+ska|\s+skulle|\s+kan)"
    r"|(?:'s|’s|\s+is|\s+was)\s+(?:happy|glad|willing|keen)\s+to)\s+(?=\w)"
)
_SELF_LABEL = re.compile(r"^(?:jag|mig|me|I)\s*:\s*", re.I)
_REPORTED_SELF = re.compile(
    r"^(?:(?:and|so|och|så)\s+)?(?:i|jag)\s+(?:(?:said|told\s+\w+|agreed|sa|sade)\s+(?:that\s+|att\s+)?"
    r"(?:i'd|i’d|i would|i'll|i’ll|i will|jag\s+(?:ska|skulle|kan|kunde))"
    r"|(?:promised|offered|agreed|lovade|erbjöd mig)\s+(?:to|att))\s+(?=\w)",
    re.I,
)
_SV_INVERTED = re.compile(r"\b(?P<verb>[a-zåäö]{2,}(?:ar|er|ör|ar)) jag\b(?! (?:att|inte|nog|tror))", re.I)
_EN_PRESENT = re.compile(r"^[a-z]{3,}(?:s|es)$")


def _en_base(rest: str) -> str:
    """'sends the reminder' -> 'send the reminder'."""
    first, _, tail = rest.partition(" ")
    low = first.casefold()
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        base = first[:-2]
    elif low.endswith("ies"):
        base = first[:-3] + "y"
    elif low == "does":
        base = "do"
    else:
        base = first[:-1]
    return f"{base} {tail}".strip()


_SV_PRESENT = re.compile(r"^[a-zåäöé]{2,}(?:ar|er|ör|år|ur|yr|ir|är)$")


_NICK_TASK = re.compile(r"^(?P<owner>[a-z][\w.-]{1,30})\s+(?:to|will|should|ska|tar)\s+(?P<task>.+)$")


def _OWNER_OPENS(rest: str) -> bool:
    """Whether the words after a topic label can open with who acts (a name, a role, "alla")."""
    first = rest.split(maxsplit=1)[0].casefold() if rest.strip() else ""
    return rest[:1].isupper() or first in _GROUP_OPENERS


_GROUP_OPENERS = frozenset({"alla", "samtliga", "varje", "everyone", "all", "each", "every", "vi", "we", "the"})
# "Roll call: Bell – Yes; Kowalski – Yes; Tsai – No": a vote recorded name by name
_ROLL_CALL = re.compile(r"(?:[–—:-]\s*(?:yes|no|aye|nay|ja|nej|abstain\w*)\b.*){2,}", re.I)
_TOPIC_LABEL = re.compile(r"^(?P<topic>[^\W\d][\wåäöÅÄÖ -]{1,28}?):\s+(?=\S)")
_NAME_COLON_TASK = re.compile(r"^[A-ZÅÄÖ][\wåäöé-]+(?:\s(?:[A-ZÅÄÖ][\wåäöé-]+|och|and|o|\+|&)){0,3}:\s+[a-zåäö]")
_EQUALS_OWNER = re.compile(r"^(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)\s*=\s*(?=[a-zåäö])")
_EVERYONE_LABEL = re.compile(r"^(?P<owner>alla|samtliga|var och en|everyone|everybody|all)\s*:\s*(?=\S)", re.I)
_GROUP_LABEL = re.compile(r"^(?P<owner>(?:all|every|each|alla|samtliga)\s+[a-zåäö][\wåäö-]+)\s*:\s*(?=\S)", re.I)


def _forced_action(text: str, names: NameIndex, owners: list[str], lang: str) -> ActionParse | None:
    """A line in an action section: owner before a colon/dash, in parentheses, or none."""
    listed = None if owners else _listed_owner(text, names, lang)
    if listed is not None:
        return listed
    nick = _NICK_TASK.match(text)
    if nick and not owners:
        return ActionParse((nick.group("owner"),), _tidy(nick.group("task")))
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
_KNOWN_LEAD = re.compile(r"^(?P<owner>[A-ZÅÄÖ][\wåäöé'’-]*(?:\s[A-ZÅÄÖ][\wåäöé'’-]+)?)\s+(?=[a-zåäö])")


_NOT_A_TASK_LINE = re.compile(
    r"^(?:mvh|med vänlig|vänliga hälsningar|hälsningar|best regards|kind regards|regards|cheers|tel\b|phone|"
    r"respectfully submitted|submitted by|"
    r"e-?post|motion\b|second(?:ed)?\b|roll call|vote\b|röstning|votering|\[)|ai-generated|generated content|"
    r"\b(?:discussed|presented|opposed|reported|remains|diskuterade|diskuterades|presenterade|redogjorde|"
    r"informerade)\b",
    re.I,
)


_OWNER_THEN_WHEN = re.compile(
    r"\s(?:[–—-]|->|→|=>)\s*(?P<owner>[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?"
    r"(?:\s*(?:,|&|/|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?)*)"
    # ("Draft EGU abstract — Chloe — by 8 Jan, to Helen for a read first": the words after the date stay the task's)
    r"\s*(?:,|;|[–—-])\s*(?P<when>[^,;–—]{2,40}?)(?P<rest>,\s*[^,;–—]{2,60}?)?\s*[.!]?\s*$"
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


_CUED_EVENT = re.compile(r"(?:before|by|until|ahead of|prior to|innan|före|inför|till|senast)\s+(?:\S+\s*){1,4}$", re.I)


def _infinitive_lead(text: str, lang: str) -> str:
    """Turn a leading Swedish present-tense verb into the infinitive: 'Kollar med X' -> 'Kolla med X'."""
    if lang != "sv":
        return text
    first, _, rest = text.partition(" ")
    return f"{cues.sv_infinitive(first)} {rest}".strip()


def _looks_past(text: str) -> bool:
    return bool(re.search(r"\b(?:har|hade|has|had|was|were)\b", text, re.I))


_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]+)\)")


# "Beslut: köps in" read as a task: the label is not part of what is to be done.
_TASK_LABEL = re.compile(r"^(?:beslut|decision|åtgärd|action)\s*:\s*", re.I)
# "köps in, , klart": the place an owner's or a deadline's words were cut out of.
_EMPTY_CLAUSE = re.compile(r"\s*,(?:\s*,)+")


def _tidy(task: str) -> str:
    task = _MD_LINK.sub(r"\1", task)  # "[Anna](mailto:anna@x.se)" -> "Anna": the words, not the markup
    task = re.sub(r"\s+", " ", task).strip(" \t,;:–—-")
    label = _TASK_LABEL.match(task)
    task = _EMPTY_CLAUSE.sub(",", task[label.end():] if label else task).rstrip(".!")
    return task[:1].upper() + task[1:] if task else task


# Any of the phrases _task_lead matches at the start of the rest, in one pattern.
_LEAD_PHRASE = re.compile("|".join(f"(?:{p.pattern})" for p in (_SV_TASK_LEAD, _EN_VERB, cues.ACTION_PHRASES)), re.I)
# (each of them ignores case: the cue patterns that do are LowerPatterns by now)
assert _SV_TASK_LEAD.flags & _EN_VERB.flags & re.I and isinstance(cues.ACTION_PHRASES, _fastre.LowerPattern)

_fastre.speed_up(globals(), {
    "_NO_TASK_ANYWHERE": ("bestämt", "no decision", "not decided", "tbd"),
    # The words every match of these holds, read from the pattern: "Resolved that ...".
    "_RESOLVED_THAT": required_literals(_fastre.lower_source(_RESOLVED_THAT.pattern)),
})
# Cheap tests (in C) of what a pattern cannot match without; read from the patterns themselves.
_MAY_REQUEST: Callable[[str], bool] = _fastre.literal_gate(cues.REQUEST)
_MAY_ASSIGN: Callable[[str], bool] = _fastre.literal_gate(cues.ASSIGNED_TO)
_MAY_GO: Callable[[str], bool] = _fastre.literal_gate(_GOING_TO)
_MAY_DASH: Callable[[str], bool] = _fastre.literal_gate(_DASH_OWNER)
_MAY_BE: Callable[[str], bool] = _fastre.literal_gate(_EN_PASSIVE_TASK)
_MAY_OUTCOME: Callable[[str], bool] = _fastre.literal_gate(OUTCOME)
# The first letters a "we" sentence opens with (v, w, e, a).
_WE_FIRST: frozenset[str] | None = frozenset(word[0] for word in start_literals(_fastre.lower_source(_WE.pattern))) or None
