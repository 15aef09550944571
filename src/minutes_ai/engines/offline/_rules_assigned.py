"""The owners and task of a plain sentence: not a question, a request or a transcript turn.

:func:`_assigned` tries labels and inline owners ("→ Anna", "ansv LE"), reported promises and
appointments, a subject and its verb, @-mentions, passives with an agent ("... skickas ut av
Pia"), list lines, and last the tasks nobody is named for ("Skrivelsen skickas till X").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import _rx
from ...dates._lexicon import MONTH_ABBREVIATIONS, WEEKDAYS
from . import _fastre, cues
from ._literals import required_literals
from ._rules_decisions import _ARROW_OUTCOME, _BODY_WORD, _PERSON_AGREES
from ._rules_lists import _forced_action, _listed_owner
from ._rules_subjects import (
    _OWNERS_AT_START,
    _THE,
    _WE,
    _later_clause,
    _subject_task,
    _subjunctive_task,
)
from ._rules_verbs import _SV_PASSIVE, _verb_rest
from ._rules_words import (
    _NAME,
    _WHEN_WORDS,
    ActionParse,
    _has_time,
    _imperative,
    _infinitive_lead,
    _looks_past,
    _tidy,
    _when_like,
)
from .owners import NameIndex, split_owner_list

_NARRATING_AFTER_HANDLE = cues.EN_NARRATION | cues.NARRATION | frozenset(("had",))

# "The plan is to be adopted at the next meeting": a decision to come, nobody's task.
_PASSIVE_DECISION = _rx.compile(
    r"\b(?:to be|will be|shall be|ska|skall|kommer att)\s+(?:adopted|approved|decided|agreed|ratified|appointed|"
    r"elected|beslutas|fastställas|antas|godkännas|utses|väljas)\b", re.I
)

_EN_PASSIVE_AGENT = _rx.compile(
    r"\b(?:will|shall|is to|are to|to)\s+be\s+(?:\w+\s+){0,2}?\w+(?:ed|en|t)\s+(?:\w+\s+){0,3}?by\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
# "will be appointed by Council": a decision another body will take, nobody's task here
_DECIDED_BY = _rx.compile(r"\b(?:appointed|elected|approved|decided|adopted|ratified|agreed|confirmed as|held)\b", re.I)
_MONTH_OR_DAY = _rx.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end|close|next|cob|eod)", re.I
)
_DUTY_LABEL = _rx.compile(
    r"^(?P<what>[A-ZÅÄÖ][a-zåäö-]+)ansvar(?:ig|iga)?\s*:\s*"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]*(?:\s*(?:\+|,|&|och|o)\s*[A-ZÅÄÖ][\wåäöé-]*)*)"
)
_VOTE_LINE = _rx.compile(r"(?:röstning|omröstning|votering|vote|voting|poll|show of hands|handuppräckning)\b", re.I)
_TOPIC_OWNER_DUE = _rx.compile(
    r"(?P<task>[^:–—\n]{3,80}?)\s*(?::|\s[–—-])\s+"
    r"(?P<owner>[\wåäöéÅÄÖ][\wåäöé.]*(?:\s+[A-ZÅÄÖ][\wåäöé]*\.?)?(?:\s*(?:,|och|o|&|\+|and)\s*[\wåäöéÅÄÖ][\wåäöé.]*(?:\s+[A-ZÅÄÖ]\.?)?)*)"
    r"\s*,\s*(?=(?:senast|klart|klar|till|by|before|innan|före|due|uppe|v\.?\s*\d|\d{1,2}[/.-]\d{1,2}|\d{1,2}\s+[a-zåäö]{3,}))", re.I)
# a future before "ask X to": the asking is to come ("will ask", "is going to ask")
_MODAL_BEFORE = _rx.compile(r"\b(?:will|'ll|’ll|shall|going to|would)\s+$", re.I)
_PRONOUNS = frozenset({"vi", "we", "jag", "i", "alla", "all", "man", "ni", "you", "de", "they"})
# "Då skickar alla ...", "Sen ringer Jonas ...": an opening adverb, the verb, then its subject
_INVERTED_SUBJECT = _rx.compile(
    r"^(?:då|sen|sedan|så|nu|därefter|till dess)\s+(?P<verb>[a-zåäö]{3,}r)\s+"
    r"(?P<owner>alla|samtliga|var och en|[A-ZÅÄÖ][\wåäöé-]+)\s+(?P<rest>\S.*)$", re.I)
# a capitalised word written right against the arrow that follows it ("Mon→Mon")
_WORD_BEFORE = _rx.compile(r"(?<![\wåäöé])[A-ZÅÄÖ][\wåäöé]*$")
_EVERYONE = frozenset({"alla", "samtliga", "var och en"})
# "→ Landar i tisdagar", "→ Blir 200 kr", "→ Going with Iceberg": the arrow leads to an outcome's
# word, not to an owner
_NO_ARROW_OWNER = _PRONOUNS | frozenset({
    "landar", "landade", "blir", "blev", "kör", "godkänt", "godkänd", "beslut", "klart", "ja", "nej",
    "going", "sticking", "staying", "keeping", "approved", "agreed", "decided", "decision", "yes", "no",
    "tabled", "deferred", "parked", "dropped", "declined", "rejected"}) | (
    # a day or month: "Sprint 42 · Mon 2 Mar → Fri 13 Mar" runs from one date to another (after an
    # arrow "Sat", "Sun" and "Tor" are days too, which the lexicon leaves out as ordinary words)
    frozenset(WEEKDAYS) | MONTH_ABBREVIATIONS | frozenset({"sat", "sun", "tor"}))


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
    if inline and (inline.group("arrow") or inline.group("paren") or "").casefold() in _NO_ARROW_OWNER:
        inline = None  # "→ Vi kör data freeze": the arrow leads to what we decided, not to an owner
    if (inline and inline.group("arrow") and not text[inline.start("arrow") - 1].isspace()
            and _WORD_BEFORE.search(text, 0, inline.start()) is not None):
        inline = None  # "rotation stays weekly Mon→Mon", "Sphinx→MkDocs": one thing to another, no owner
    if inline and inline.group("arrow") and _PASSIVE_NEXT.match(text, inline.end("arrow")):
        inline = None  # "→ Go-live flyttas till 17 mars": what happens to a thing, nobody's task
    if inline and inline.group("arrow") and (_ARROW_OUTCOME.search(text) or _VOTE_LINE.match(text)):
        # "cut the order 30% → Judith: go": who said yes, not who acts; "Röstning: Sjöboden 9, Kvarnen 4
        # → Sjöboden": the option that won
        inline = None
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
    named_due = _TOPIC_OWNER_DUE.match(text) if ", " in text and not owners else None
    if named_due is not None:
        # "Lappar i trapphusen: Amra, senast 6/10.", "Anmälan – Per A, senast 12/3.": the task, who, by when
        due_owners = split_owner_list(named_due.group("owner"))
        # (only who the attendee list names: not "Date: Thu, 2 Oct", "Location: ...")
        if due_owners and all(o.casefold() in names.full_names or names.resolve(o) != o for o in due_owners):
            return ActionParse(tuple(due_owners), _tidy(named_due.group("task") + text[named_due.end():]))
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
    doing = _IS_DOING.match(text) if lang == "en" and ("'s " in text or "’s " in text) else None
    if doing and names.is_known(doing.group("owner")) and (
            task := _verb_rest(doing.group("rest"), lang, known_subject=True, sentence=text)):
        return ActionParse((doing.group("owner"),), task)  # (a time it is due by: not "Ann's making progress")
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
        if who and all((names.is_known(o) or names.is_person_like(o)) and o.casefold() not in _PRONOUNS for o in who):
            # ("Britt Sandell åtog sig att ...": a member at an annual meeting, not on a list)
            return ActionParse(tuple(owners or who), _tidy(promise.group("task")))
    appoint = cues.APPOINT_TASK.search(text)
    if appoint is not None and _MODAL_BEFORE.search(text, 0, appoint.start()) is not None:
        appoint = None  # "Marcus will ask the credit union to sponsor ...": the asking is his task
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
    inverted = _INVERTED_SUBJECT.match(text) if lang == "sv" else None
    if (inverted is not None and not owners and inverted.group("verb").casefold() in cues.TASK_VERBS
            and (inverted.group("owner").casefold() in _EVERYONE or names.is_known(inverted.group("owner")))
            and (task := _verb_rest(f"{inverted.group('verb')} {inverted.group('rest')}", lang, known_subject=True,
                                    sentence=text))):
        # "Då skickar alla sina siffror till Jonas senast fredag", "Sen ringer Jonas hyresvärden": the
        # subject after the verb, as Swedish puts it after an opening adverb
        return ActionParse((inverted.group("owner"),), task)
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
            # ("@linn + @mattias": each handle of the mention is an owner)
            return ActionParse(tuple(owners or cues.AT_MENTION.findall("@" + mentioned)), _tidy(task))
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


# "Minutes to be circulated to all members within 14 days": a task, nobody named.
_EN_PASSIVE_TASK = _rx.compile(r"^[A-Z][\w-]*(?:\s[\w-]+){0,3}\s(?:to be|will be|shall be|are to be)\s\w+ed\b")


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
    # The passive verb stands second, after the thing to be done: "Inbjudan skickas ut"; a
    # delay reported ("Fasadplåten levereras sent", "kommer senare") is no task.
    return present and not (len(words) > 2 and _LATE.match(" ".join(words[2:])))


_LATE = _rx.compile(r"(?:sent|senare|försenad\w*|för sent)\b", re.I)


_DASH_OWNER = _rx.compile(rf"^{cues.LEAD_NAME}(?:\s*(?:,|&|\+|och|and)\s*{cues.LEAD_NAME})*\s+[–—-]\s")

# a name and "is", at the start or after a clause of its own ("Nothing decided on our side yet, Aoife's ...")
_NAME_IS = rf"^(?:[^,;:]{{0,60}}[,;:]\s+)?(?P<owner>{_NAME})['’]s\s+"
_GOING_TO = _rx.compile(_NAME_IS + r"(?:going to|gonna)\s+(?P<task>.+)$")
# "Declan's getting the felt quote firmed up ... by Friday": then what they are doing
_IS_DOING = _rx.compile(_NAME_IS + r"(?P<rest>[a-z]{2,}ing\s.+)$")

_RESOLVED_THAT = _rx.compile(
    r"^(?:it was\s+)?(?:resolved|agreed|decided|recommended)\s*[:,]?\s*(?:[–—-]\s*)?that\s+(?=\S)"
    # "Members asked that the Head of Planning write to the developer"
    r"|^(?:[A-Z][\w.'-]*\s+){0,2}(?:asked|requested)\s+that\s+(?=\S)", re.I
)

_OWNER_FIRST = _rx.compile(
    r"^(?:[Aa]nsvarig|[Aa]nsv\.?|[Oo]wner|[Rr]esponsible|[Vv]em)\s*:\s*"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?(?:\s*(?:,|&|/|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*)*)"
    r"\s*(?:[–—-]\s*(?P<task>\S.*)|\((?P<ptask>[^()]{3,})\)\.?)$"
)
_ANSV_INLINE = _rx.compile(
    r"(?:^|(?<=[\s(,;]))[Aa]nsv(?:arig)?\.?:?\s+(?P<owner>[A-ZÅÄÖ][\wåäöÅÄÖ.]*"
    r"(?:\s*(?:,|och|o|&|/)\s*[A-ZÅÄÖ][\wåäöÅÄÖ.]*)*|[a-zåäöé-]{2,20}(?:\s+(?:och|o|&)\s+[a-zåäöé-]{2,20})?)"
    r"\s*(?=$|[,;)]|\s+(?:senast|innan|till|v\.|vecka|uppf))"
)
_PASSIVE_ROLE = _rx.compile(
    r"\b[a-zåäö]+(?<!de)(?<!te)s\s+(?:[\wåäö]+\s+){0,4}?av\s+(?P<owner>[a-zåäö-]*(?:aren|ören|anden|chefen|"
    r"ledaren|ansvarige|förvaltningen|kansliet|sekretariatet))\b"
)

_PASSIVE_NEXT = _rx.compile(rf"\s+{_SV_PASSIVE}")  # a Swedish passive verb next
_NAME_COLON_TASK = _rx.compile(r"^[A-ZÅÄÖ][\wåäöé-]+(?:\s(?:[A-ZÅÄÖ][\wåäöé-]+|och|and|o|\+|&)){0,3}:\s+[a-zåäö]")


_NEEDLES = {
    # The words every match of these holds, read from the pattern: "Resolved that ...".
    "_RESOLVED_THAT": required_literals(_fastre.lower_source(_RESOLVED_THAT.pattern)),
}
_fastre.speed_up(globals(), _NEEDLES)
# Cheap tests (in C) of what a pattern cannot match without; read from the patterns themselves.
_MAY_ASSIGN: Callable[[str], bool] = _fastre.literal_gate(cues.ASSIGNED_TO)
_MAY_GO: Callable[[str], bool] = _fastre.literal_gate(_GOING_TO)
_MAY_DASH: Callable[[str], bool] = _fastre.literal_gate(_DASH_OWNER)
_MAY_BE: Callable[[str], bool] = _fastre.literal_gate(_EN_PASSIVE_TASK)
