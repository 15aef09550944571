"""Does this sentence give someone a task? :func:`parse_action` answers with owners and words.

It reads the forms of speech first (a promise reported, a request, a person addressed, the
speaker's own task, a question), hands a plain sentence to :func:`._rules_assigned._assigned`,
and applies the vetoes of :mod:`._rules_vetoes` last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import _rx
from . import _fastre, cues
from ._rules_assigned import _assigned
from ._rules_decisions import _ARROW, _FYI, decides
from ._rules_subjects import _ROLE_AT_START, _later_clause, _subject_task
from ._rules_verbs import _verb_rest
from ._rules_vetoes import (
    _ASKS_THE_MEETING,
    _DISTRIBUTION,
    _JUSTERA,
    _NOT_A_TASK_LINE,
    _hedged,
    not_taken,
    past_task,
)
from ._rules_words import _DEADLINE_PHRASE, ActionParse, _infinitive_lead, _tidy
from .owners import NameIndex, split_owner_list

# "Alla medlemmar ska göra minst en arbetsdag per år, det beslutades 2024 och gäller fortfarande": a
# standing rule recalled, no task given here
_STILL_APPLIES = _rx.compile(r"\b(?:gäller fortfarande|gäller som tidigare|still (?:applies|stands|holds))\b", re.I)


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
    if found is None and text[:1] in "→-=" and (arrow := _ARROW.match(text)) is not None:
        # "→ sanna mejlar alla tränare": read again without the arrow that leads to the task
        text = text[arrow.end():].lstrip()
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
    if found is None and "; " in text:
        # "The Speedwatch group has asked for two more volunteers; the Clerk will include an appeal in
        # the July newsletter": a report, then the clause that gives the task
        clause = text.rsplit("; ", 1)[1]
        lead = clause.split(maxsplit=1)[0] if clause.strip() else ""
        # (read only when it can open with an owner: a capital, a known name or an officer)
        after = _parse_action(clause, names, in_section=in_section, lang=lang, is_bullet=is_bullet,
                              speaker=speaker) if lead and (lead[:1].isupper() or names.is_known(lead)
                                                             or _ROLE_AT_START.match(clause)) else None
        # (the clause opens with its owner, one the meeting knows, and the sentence decides nothing)
        if (after is not None and len(after.owners) == 1
                and (names.is_known(after.owners[0]) or _ROLE_AT_START.match(after.owners[0] + " ") is not None)
                and clause.split(maxsplit=1)[0].casefold() in after.owners[0].casefold().split()
                and not cues.COLLECTIVE.match(clause) and not decides(text, in_section=False)
                and not _ROLL_CALL.search(text)):
            found = after
    # Vetoes are checked last: most sentences assign nothing and need no veto.
    if found is not None and (past_task(text) or cues.SIGNATURE_LINE.match(text)
                              or _NOT_A_TASK_LINE.match(text) and not found.owners
                              or cues.ATTENDANCE.match(text) or cues.PROCEDURAL.match(text)
                              or _DISTRIBUTION.match(text) or cues.PROCEDURAL_MOTION.search(text)
                              or not_taken(text)
                              or ("asked" in text and _ASKS_THE_MEETING.search(text) is not None)
                              or (not found.owners and "fyi" in text.casefold() and _FYI.search(text))
                              or _JUSTERA.match(found.task) and not _DEADLINE_PHRASE.search(text)
                              or ("gäller" in text or "still" in text) and _STILL_APPLIES.search(text) is not None):
        # a task already done, a signature or contact line, an attendance line, the meeting's
        # own procedure ("Call to order at 7:04 pm"), an offer on a condition ("... if anyone
        # wanted a co-organizer"), the election of who checks the minutes
        return None
    return found


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
    told = _TOLD_NAME_LAST.match(text) if "," in text else None
    if (told is not None and names.is_known(told.group("owner"))
            and told.group("task").split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES):
        # "Great, do the swap in PagerDuty, Marcus.": the one told, named at the end
        return ActionParse((told.group("owner"),), _tidy(told.group("task")))
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
        pair = WITH_ME.match(text)
        if pair and not text.endswith("?"):
            # "Jag och min svåger fixar det i helgen", "Marcus and I will draft it": the speaker's task,
            # shared with the other one when the meeting knows them
            rest = ("will " if pair.group("will") else "") + pair.group("rest")
            task = _verb_rest(rest, lang, known_subject=True, sentence=text)
            if task is None and lang == "en" and rest.split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES:
                task = _tidy(rest)  # two subjects take the base form: "jb + me do the app"
            if task:
                other = (pair.group("other") or pair.group("other2")).strip()
                return ActionParse((speaker, other) if names.is_known(other) else (speaker,), task)
        mine = _FIRST_PERSON_TASK.search(text)
        if mine and _NO_DEED.match(mine.group("rest")):
            mine = None  # "..., jag förstår poängen", "... , I think it's fine": no work to do
        if mine and not text.endswith("?"):
            task = _verb_rest(mine.group("rest"), lang, known_subject=True, sentence=text)
            can = _I_CAN.match(mine.group("rest")) if task is None else None
            if (can is not None and len(text[: mine.start()].split()) <= 2
                    and (_DEADLINE_PHRASE.search(text) or _SOON.search(text))
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
            if _NO_DEED.match(rest):
                return None
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
        if clause is None and (inner := _PAREN_CLAUSE.search(text)) is not None:
            # "Nästa möte 25/11 kl 13, Bollnäs (KÖ bokar lokal).": the task in brackets
            named = _subject_task(inner.group(1), names, lang=lang)
            clause = named if named is not None and named[0] else None
        return ActionParse(tuple(clause[0]), clause[1]) if clause else None
    label = cues.ACTION_LABEL.match(text)
    forced = in_section or bool(label)
    found = _assigned(text, names, label, forced=forced, lang=lang, is_bullet=is_bullet)
    if (found is not None and (not forced or not found.owners)
            and (_hedged(text, bool(found.owners), found.owners[0] if found.owners else "")
                 or cues.CURRENT_STATE.search(text))):
        # "X kanske kollar", "X sköter i nuläget ...": a wish or a state, no task; under an
        # action label only a named owner makes a hedged line a task ("Someone could ...").
        return None
    return found


_PAREN_CLAUSE = _rx.compile(r"\(([^()]{5,80})\)")
# A named person addressed with a request or an imperative.
_ADDRESSED = _rx.compile(
    r"^(?:(?:[Tt]hen|[Ss]o|[Aa]nd|OK|[Oo]kay|[Rr]ight|[Ss]å|[Dd]å|[Oo]ch),?\s+)?"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)(?:,\s+(?:(?P<polite>please|pls|kindly)\s+|(?P<du>du|ni)\s+)?"
    r"|\s+(?P<polite2>please|pls)\s+)(?!do you|did you|are you|have you|is it|was it)(?P<task>[a-zåäö].{5,})$"
)

# "det fixar jag", "Då uppdaterar jag ...": Swedish puts the verb before "jag" after a lead word.
_I_CAN = _rx.compile(r"(?:can|kan)\s+(?!(?:tyvärr|unfortunately|inte|ej|not|never|aldrig)\b)(?=[a-zåäö])", re.I)
# The day an offer names makes it a promise: "Jag kan ringa Mats idag och höra", "I can ask her tomorrow"
_SOON = _rx.compile(
    r"\b(?:idag|i dag|imorgon|i morgon|ikväll|i kväll|i eftermiddag|i veckan|today|tonight|tomorrow|this week|"
    r"(?:på|on|nästa|next|this)\s+(?:mån|tis|ons|tors|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun)[a-zåäö]*)\b", re.I)
# "I can update it, but not until after the 16th", "... if nobody else can": an offer with a limit
_CAN_LIMITED = _rx.compile(r"\b(?:but|if|unless|men|om|såvida)\b", re.I)
# "Jag och Tove ...", "Me and my brother will ...", "Tove och jag ...", "My husband and I ...": the
# speaker and one other as the subject (a name, or a relative or colleague of theirs)
# ("jb + me do the app": initials in notes typed in lower case)
_OTHER_ONE = r"(?:[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?|(?i:min|mitt|my|our|vår)\s+[\wåäöé-]+|[a-zåäö]{2,3}(?=\s))"
# (joined by "och", "and", "&", "+" or the "o" of quick notes: "Per o jag")
_ME_JOIN = r"\s*(?:(?<=\s)(?i:och|and|o)\s|&|\+)\s*"
WITH_ME = _rx.compile(
    r"^(?:(?i:yes|yeah|ok|okay|sure|so|and|ja|okej|visst|så|och|men|but)[,.!]?\s+)*"
    rf"(?:(?i:jag|I|me){_ME_JOIN}(?P<other>{_OTHER_ONE})|(?P<other2>{_OTHER_ONE}){_ME_JOIN}(?i:jag|I|me))"
    r"(?P<will>'ll|’ll)?\s+(?P<rest>\S.*)$"
)
_FIRST_PERSON_TASK = _rx.compile(
    r"(?:^|[.?!,;:]\s+|\s(?:och|så|and|so)\s+)(?:jag|i)(?:\s*\([^()]{1,30}\))?\s+(?P<rest>\S.*)$", re.I)  # "Jag (sekr.) ordnar"
_TAKING_ON = _rx.compile(
    r"(?P<owners>[A-ZÅÄÖ][\wåäöé-]+(?:\s+(?:and|&)\s+[A-ZÅÄÖ][\wåäöé-]+)?)\s+(?:is|are)\s+"
    r"(?:doing|sorting|organi[sz]ing|running|handling|coordinating|booking|bringing|making|writing|taking on)"
    r"\s+(?!(?:well|fine|ok|okay|great|better|good|badly|alright|much)\b)\S"
)
_TOLD_NAME_LAST = _rx.compile(
    r"^(?:(?i:great|good|fine|ok|okay|right|perfect|thanks|lovely|brilliant|so|then)[,!]?\s+)?"
    r"(?P<task>[a-z][^?,]{3,120}?),\s*(?P<owner>[A-Z][\w-]+)\s*[.!]?$",
)
_REQUEST_NAME_LAST = _rx.compile(
    r"^(?:(?:so|and|ok|okay|och|så|då)[,]?\s+)?(?:can|could|would|will|kan|skulle|vill)\s+(?:you|du|ni)\s+"
    # (not the call itself: "can you hear me", "kan du dela skärmen")
    r"(?!(?:hear|see|say|mute|unmute|share your screen|repeat|höra|se|säga|upprepa|dela skärmen|stänga av)\b)"
    r"(?P<task>[^?]{3,120}?),\s*(?P<owner>[A-ZÅÄÖ][\wåäöé-]+)\s*\?$",
    re.I,
)
_PROMISE_CUT = _rx.compile(r"\s[–—-]\s|;\s|\.\s|,\s(?:and|but|so|och|men)\s")
_THIRD_PERSON_PROMISE = _rx.compile(
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)"  # (tried with match(): anchored where it starts)
    r"(?:\s+(?:said|says|promised|offered|agreed|sa|sade|lovade)\s+(?:that\s+|att\s+)?"
    r"(?:he|she|they|han|hon|hen)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+ska|\s+skulle|\s+kan)"
    r"|(?:'s|’s|\s+is|\s+was)\s+(?:happy|glad|willing|keen)\s+to)\s+(?=\w)"
)
# "jag: kallelse till årsmötet", "me – send the details", and the minutes' "me to post on fb by fri"
_SELF_LABEL = _rx.compile(r"^(?:jag|mig|me|I)\s*(?::|[–—]|-\s)\s*|^(?i:me)\s+to\s+(?=[a-z])", re.I)
_REPORTED_SELF = _rx.compile(
    r"^(?:(?:and|so|och|så)\s+)?(?:i|jag)\s+(?:själv\s+|myself\s+)?(?:(?:said|told\s+\w+|agreed|sa|sade)\s+(?:that\s+|att\s+)?"
    r"(?:i'd|i’d|i would|i'll|i’ll|i will|jag\s+(?:ska|skulle|kan|kunde))"
    r"|(?:promised|offered|agreed|lovade|erbjöd mig)\s+(?:to|att))\s+(?=\w)",
    re.I,
)
# What the one speaking thinks, sees or says, or a motion seconded: no work to do. ("I'll
# second it", "I'd move we raise it": the procedure of a motion, recorded with its decision.)
_NO_DEED = _rx.compile(
    r"(?:(?:'ll|’ll|will|would|'d|’d|do|kan|ska|skulle|får)\s+)?(?:förstår|uppfattar|tycker|tror|menar|hoppas|antar|"
    r"minns|vet|undrar|känner|märker|instämmer|håller med|gillar|understand|think|believe|hope|guess|"
    r"agree|hear|mean|feel|know|remember|wonder|second|seconded|move|moved"
    # "Jag tänker att vi borde hyra två stolar": a view ("jag tänker ringa henne" is a promise)
    r"|tänker (?:att|på)|tänkte (?:att|på)|was thinking|am thinking)\b", re.I)
_SV_INVERTED = _rx.compile(r"\b(?P<verb>[a-zåäö]{2,}(?:ar|er|ör|ar)) jag\b(?! (?:att|inte|nog|tror))", re.I)


def _OWNER_OPENS(rest: str) -> bool:
    """Whether the words after a topic label can open with who acts (a name, a role, "alla")."""
    first = rest.split(maxsplit=1)[0].casefold() if rest.strip() else ""
    return rest[:1].isupper() or first in _GROUP_OPENERS


_GROUP_OPENERS = frozenset({"alla", "samtliga", "varje", "everyone", "all", "each", "every", "vi", "we", "the"})
# "Roll call: Bell – Yes; Kowalski – Yes; Tsai – No": a vote recorded name by name
_ROLL_CALL = _rx.compile(r"(?:[–—:-]\s*(?:yes|no|aye|nay|ja|nej|abstain\w*)\b.*){2,}", re.I)
_TOPIC_LABEL = _rx.compile(r"^(?P<topic>[^\W\d][\wåäöÅÄÖ -]{1,28}?):\s+(?=\S)")


_fastre.speed_up(globals())
# Cheap tests (in C) of what a pattern cannot match without; read from the patterns themselves.
_MAY_REQUEST: Callable[[str], bool] = _fastre.literal_gate(cues.REQUEST)
