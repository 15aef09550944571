"""Action items: an action of a span, and the sentences that complete the action before them.

:func:`_action` makes an action item with the deadline its span gives; :func:`_add_action`
joins a follow-up ("I'll have it ready tomorrow") or a bare deadline to the previous action;
:func:`_fill_field` completes it from a field ("Ansvarig: Oskar.", "Klart: v. 22");
:func:`_complete_by_turn` from a speaker's short reply; :func:`_answered` settles a request by
the reply of the one asked; :func:`_bare_deadline` reads a sentence that is only a deadline.
"""

from __future__ import annotations

import re

from ... import _rx
from ..._structure_people import _SELF_WORDS
from ...dates import DateMention
from ...schemas import ActionItem
from . import cues, rules
from ._context import _Context
from ._deadlines import _deadline
from ._owner_words import _WITH_BRACKET
from ._rules_verbs import _verb_rest
from .owners import split_owner_list
from .segment import Block, Sentence, clean
from .writer import sender_at

# the writer's words for themselves in a list of owners, as written or capitalised (not "ME", initials)
_ME_WORDS = frozenset(w for word in _SELF_WORDS for w in (word, word.capitalize()))


def _writer_for_me(ctx: _Context, owner: str | None, at: int) -> str | None:
    """``owner`` ("Aroha, me") with the writer's own word for themselves replaced by the writer's
    name, when the notes (or the message of a thread at ``at``) have a known writer; "ME" in
    capitals is someone's initials and stays."""
    if not owner or not any(part in _ME_WORDS for part in owner.split(", ")):
        return owner
    writer = ctx.writer or sender_at(ctx.senders, at)
    if writer is None:
        return owner
    return ", ".join(dict.fromkeys(writer if part in _ME_WORDS else part for part in owner.split(", ")))


def _action(ctx: _Context, owner: str | None, task: str, start: int, end: int,
            deadline: DateMention | None | bool = True) -> ActionItem:
    """An action item on ``text[start:end]``; its deadline read from that span unless given."""
    owner = _writer_for_me(ctx, owner, start)
    if deadline is True:
        deadline = _deadline(ctx.document.text[start:end], ctx)
    if deadline:
        task = _without(task, clean(deadline.text)) or task
    return ActionItem(
        owner=owner,
        task=task,
        deadline=deadline.value if deadline else None,
        deadline_text=deadline.text if deadline else None,
        evidence=[ctx.document.evidence(start, end)],
    )


# A sentence that only fills a field of the action before it: "Ansvarig: Oskar.", "Klart: senast fredag.",
# "Klart v. 22.", "Owner: Dana.", "Due: 3/6."
_FIELD_LABEL = (
    r"[Aa]nsvarig|[Aa]nsv\.?|[Oo]wner|[Rr]esponsible|[Kk]lart|[Kk]lar|[Dd]ue|[Ss]enast"
    # "Deadline för utkastet: klart innan, 27 maj."
    r"|[Dd]eadline(?:\s+(?:för|for)\s+[^:.]{1,40}?(?=\s*:))?"
    # "Action: RN     Due: 30/9" under the paragraph it belongs to: the action field holds who
    r"|[Aa]ction(?=\s*:\s*[A-ZÅÄÖ][\w'’.]{0,12}(?:\s*[/,&+]\s*[A-ZÅÄÖ][\w'’.]{0,12})*"
    r"(?:\s+(?:[Dd]ue|[Kk]lart|[Dd]eadline)\s*:|\s*$))"
)
# ... and two fields on one line, set out to the right under the task: "Ansv: KS   Klart: v. 7".
_FIELD_SENTENCE = _rx.compile(
    rf"(?P<label>{_FIELD_LABEL})(?:\s*:\s*|\s+(?=\S))(?P<value>[^:]{{1,120}}?)"
    rf"(?:[\s.,;]+(?P<label2>{_FIELD_LABEL})\s*:\s*(?P<value2>[^:]{{1,120}}?))?[\s.]*$"
)
_FIELD_INITIALS = frozenset("AaOoRrKkDdSs")
_OWNER_FIELDS = ("ansv", "owner", "responsible", "action")


_DEADLINE_FOR = _rx.compile(r"[Dd]eadline\s+(?:för|for)\s+(?P<what>.+)$")


def _mentions(quote: str, what: str) -> bool:
    """Whether ``quote`` speaks of the thing ``what`` names ("utkastet" -> "ett första utkast")."""
    low = quote.casefold()
    for word in re.findall(r"[\wåäöé-]{4,}", what.casefold()):
        stem = re.sub(r"(?:erna|arna|orna|en|et|na|n)$", "", word) if len(word) > 6 else word
        if stem[:6] in low:
            return True
    return False


def _fill_field(ctx: _Context, field: re.Match[str], sentence: Sentence,
                block_actions: list[ActionItem], actions: list[ActionItem]) -> bool:
    """Complete the action just before ``sentence`` with the owner or deadline the sentence gives;
    False when no action stands right before it (the sentence is then read on its own)."""
    pool = block_actions if block_actions else actions
    if not pool:
        return False
    last = pool[-1]
    text = ctx.document.text
    if text[last.evidence[-1].end : sentence.start].strip():
        return False  # something else came in between
    update: dict[str, object] = {"evidence": [*last.evidence, ctx.document.evidence(sentence.start, sentence.end)]}
    fields = [(field.group("label"), field.group("value"))]
    if field.group("label2") is not None:
        fields.append((field.group("label2"), field.group("value2")))
    if len({label.casefold().startswith(_OWNER_FIELDS) for label, _value in fields}) < len(fields):
        return False  # two owners or two deadlines: not the fields of one task
    for label, value in fields:
        if label.casefold().startswith(_OWNER_FIELDS):
            who = _WITH_BRACKET.sub(r"\g<outer>", value.strip())
            owner = ctx.names.resolve_many(split_owner_list(who))
            if not owner:
                return False
            update["owner"] = owner
            continue
        about = _DEADLINE_FOR.match(label)
        if about is not None and not _mentions(last.evidence[0].quote, about.group("what")):
            return False  # "Deadline för resubmission: 30/11" after a task about something else
        mention = _deadline(value if len(fields) > 1 else text[sentence.start : sentence.end], ctx)
        if mention is None:
            return False
        if len(fields) > 1 and mention.value is None:
            words = value.strip(" .,;")
            mention = DateMention(0, len(words), words, None)  # the field's words: "innan start lgh 1204"
        update["deadline"], update["deadline_text"] = mention.value, mention.text
    pool[-1] = last.model_copy(update=update)
    return True


def _complete_by_turn(ctx: _Context, actions: list[ActionItem], block: Block, words: str) -> bool:
    """'<v Bo>Klart på fredag.': a speaker's short reply that only names a deadline completes that
    speaker's last task, when it has none yet."""
    mention = _deadline(ctx.document.text[block.start : block.end], ctx)
    if mention is None or len(mention.text) < len(words) / 2:
        return False
    speaker = ctx.names.resolve(block.speaker or "")
    for index in range(len(actions) - 1, -1, -1):
        action = actions[index]
        if action.owner == speaker:
            if action.deadline_text is not None:
                return False
            actions[index] = action.model_copy(update={
                "deadline": mention.value,
                "deadline_text": mention.text,
                "evidence": [*action.evidence, ctx.document.evidence(block.start, block.end)],
            })
            return True
    return False


def _only_pronoun(task: str) -> bool:
    """'Ta det', 'Fixar': a task that only points back at what the sentence before said."""
    words = task.casefold().rstrip(".!").split()
    return (1 <= len(words) <= 3 and words[-1] in ("det", "den", "it", "that", "this", "detta")) or (
        len(words) == 1 and words[0].endswith(("ar", "er", "a", "s")))


def _bare_deadline(ctx: _Context, raw: str) -> DateMention | None:
    """'End of next week at the latest.', 'Senast fredag, helst.': a sentence that is only a
    deadline, for the task of the sentence before it."""
    due = _deadline(raw, ctx)
    if due is None:
        return None
    rest = _DEADLINE_FILLER.sub("", raw[: due.start] + " " + raw[due.end :])
    return due if not rest.strip(" .,!;:–-") else None


# Where a sentence that is only a deadline may start: a cue, a day, a span, "end of", a date.
_FRAGMENT_LEAD = _rx.compile(
    r"(?i:by|before|until|till|tills|senast|innan|före|inför|helst|gärna|ideally|hopefully|no later|"
    r"within|inom|end|i slutet|at the end|eod|eow|cob|next|nästa|this|denna|i morgon|imorgon|tomorrow|"
    r"today|i dag|idag|on|på|deadline|due|klart|ready|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:mån|tis|ons|tors|fre|lör|sön)dag|"
    # "Svar till nästa APT.", "Återrapporteras till rådet 2026-02-06.", "Report back by Friday.": the
    # answer the task owes, and when
    r"svar|återkoppling|återrapportering|återrapporteras|återkopplas|redovisas|rapporteras|report back|"
    r"reports back|feedback|answer|"
    # "Margit skriver manus ... Första utkast till nästa möte.": the first delivery of the task, and when
    r"första|first|utkast|utkastet|draft|underlaget|förslaget|rapporten)\b|\d"
)
# "Klart till midsommar hoppas de.": words around a bare deadline that add no task.
_DEADLINE_FILLER = _rx.compile(
    r"\b(?:klart|klar|färdigt|färdig|ready|done|finished|helst|hopefully|hoppas|at the latest|latest|please|"
    r"ideally|gärna|tack|som senast|svar|återkoppling|återrapportering|återrapporteras|återkopplas|redovisas|"
    r"rapporteras|report back|reports back|feedback|answer|(?:to|till) (?:rådet|styrelsen|nämnden|gruppen|the board|"
    r"the committee|the group|the council)|(?:(?:ett|a|the)\s+)?(?:första|first)\s+(?:utkast(?:et)?|draft|version)|"
    r"utkast(?:et)?|(?:a|the) draft|draft|underlaget|förslaget|rapporten|"
    # "Tuan to contact the top three on the list. Before the end of June he said.": who said it
    r"(?:he|she|they) said|said (?:he|she|they)|(?:han|hon|hen|de) sa|sa (?:han|hon|hen|de))\b"
    # "Svar till Ingela 27/3.": whom the answer goes to
    r"|(?<=\bsvar )till (?-i:[A-ZÅÄÖ])[\wåäö-]+|(?<=\banswer )to (?-i:[A-Z])[\w-]+", re.I)


def _add_action(block_actions: list[ActionItem], action: ActionItem, ctx: _Context) -> None:
    """Add an action; a follow-up sentence of the same owner ('I'll have it ready tomorrow')
    or a bare deadline ('End of next week at the latest.') completes the previous one."""
    if not block_actions:
        block_actions.append(action)
        return
    previous = block_actions[-1]
    follow_up = (
        (action.owner == previous.owner and action.owner is not None
         and len(action.task) < 40 and re.search(r"\b(?:it|det|this|that|detta|den)\b", action.task, re.I)
         and _opens_with_owner(action))
        or (action.owner is None and action.deadline_text is not None
            and len(_DEADLINE_FILLER.sub("", _without(action.task, clean(action.deadline_text))).strip()) < 15
            and previous.deadline_text is None)
    )
    if not follow_up:
        block_actions.append(action)
        return
    first = previous.evidence[0]
    span = ctx.document.evidence(first.start, action.evidence[-1].end)
    block_actions[-1] = previous.model_copy(update={
        "evidence": [span],
        "deadline": previous.deadline or action.deadline,
        "deadline_text": previous.deadline_text or action.deadline_text,
    })


def _opens_with_owner(action: ActionItem) -> bool:
    """'Linda fixar det' follows up Linda's last task; 'Önskemål om elbil – Linda tar med det'
    points back inside its own sentence."""
    first = action.evidence[0].quote.split(maxsplit=1)[0].strip(",.:;").casefold() if action.evidence else ""
    owner_words = {w.casefold() for w in (action.owner or "").replace(",", " ").split()}
    return first in owner_words or first in cues.PRONOUN_SUBJECT or first in ("jag", "i", "we", "vi")


def _without(task: str, phrase: str) -> str:
    """The task words with the deadline phrase cut out."""
    if not phrase:
        return task
    at = task.casefold().find(phrase.casefold())
    if at < 0:
        return task
    return rules._tidy(_LEFT_OVER.sub("", task[:at]) + task[at + len(phrase):])


# "köps in, klart t. midsommar", "Prisuppgift Klart: 3/2" without the deadline: "klart" alone says nothing more.
_LEFT_OVER = _rx.compile(
    r",?\s*\b(?:klart|klar|färdigt|färdig|ready|done|by|senast|before|innan|until|due|deadline)\s*[–—:-]?\s*$", re.I
)


def _ask_in_turn(ctx: _Context, block: Block, words: str) -> ActionItem | None:
    """A question that ends a turn and asks someone to do something, which the rules read as no
    task on its own: 'Ali, du som läst det, kan du skriva ett utkast till 20 oktober?', 'Josefin,
    lägg in det i kalendern?' (the one named), or 'Who writes the release notes?', 'Kan någon ta
    fikat?' (whoever answers; the item's owner is None until then). Its answer settles it."""
    if not words.endswith("?") or block.speaker is None:
        return None
    last = _LAST_SENTENCE.search(words)
    question = last.group(0).lstrip() if last else words
    named = _NAMED_ASK.match(question)
    if named is not None:
        addressed = named.group("owner") or named.group("handle")
        owner = ctx.names.resolve(addressed)
        if (not owner or not ctx.names.is_known(addressed) or owner == ctx.names.resolve(block.speaker)
                or _NOT_ASKED.match(named.group("task"))):
            return None
        asked_words = named.group("task")
        lead = _ASK_LEAD.match(asked_words)
        task = asked_words[lead.end():].strip(" ,") if lead else asked_words
        if lead is not None and lead.group("can") is None or lead is None and _YOU.match(asked_words):
            # "Per, du ordnar med banken?": a task said to them, in the present; not "Sofia, du hade
            # två förslag?" or "Tom, you own the rollout flags?", which say how things are
            task = _verb_rest(task, ctx.lang, known_subject=True, sentence=question) or ""
    elif (taker := _TAKER_ASK.match(question)) is not None:
        # ("writes the release notes" -> "Write the release notes")
        owner = None
        task = _verb_rest(taker.group("task"), ctx.lang, known_subject=True, sentence=question) or taker.group("task")
    else:
        return None
    if len(task.split()) < 2:
        return None
    start = ctx.document.text.find(question, block.start, block.end + 1)
    if start < 0:
        return None
    return _action(ctx, owner, rules._tidy(task), start, start + len(question))


# The last sentence of a turn: "Bra. Ali, kan du skriva ett utkast?" (a dot between two letters,
# as in a handle "@tomasz.n", ends nothing)
_LAST_SENTENCE = _rx.compile(r"(?:[^.!?]|(?<=\w)\.(?=\w))*(?:[.!?](?=\s*$)|$)")
# a word that may open an ask: "Okay, Josefin, ...", "Bra. Vem tar ...?"
_ASK_OPENER = r"^\s*(?:(?i:och|and|so|så|ok|okej|okay|then|då|bra|great|good|right)[,.]?\s+)?"
# "Ali, kan du ...?", "Ali, du som läst det, kan du ...?", "Okay, Josefin, lägg in det i kalendern?"
_NAMED_ASK = _rx.compile(
    _ASK_OPENER + r"(?:(?P<owner>[A-ZÅÄÖ][\wåäöé-]+)(?:,\s*(?i:du|you)\s[^,?]{1,40})?,"
    # "@tomasz.n can you draft the promo script by Friday?": a chat's handle, with or without a comma
    r"|(?P<handle>@[\w][\w.-]*\w),?)\s+(?P<task>[^?]{6,200})\?$"
)
# (not a question about them: "Ali, har du läst det?", "Raj, are you there?", "Lina, vad tycker du?")
_NOT_ASKED = _rx.compile(
    r"(?i:har du|hade du|är du|var du|vet du|tycker du|minns du|hörde du|ser du|hör du|har ni|är ni|"
    r"have you|had you|are you|were you|is it|was it|is that|is this|är det|är den|är detta|"
    r"do you (?:think|know|remember|mean|agree)|did you|"
    r"what|which|when|where|why|how|vad|vilken|vilket|vilka|när|var|varför|hur|any|some)\b"
)
# the asking words before the task: "kan du", "du", "could you", "you'll"
_ASK_LEAD = _rx.compile(
    r"^(?i:(?P<can>(?:kan|skulle|vill|orkar|hinner) (?:du|ni)(?: (?:också|även|kanske))?|"
    r"(?:can|could|would|will) you(?: (?:also|please|maybe))?|you(?:'ll|’ll| will)|please)|du|ni)\s+"
)
_YOU = _rx.compile(r"(?i:you|du|ni)\b")
# "Who writes the release notes?", "Vem tar fikat?", "Kan någon boka lokalen?", "Could someone ...?"
_TAKER_ASK = _rx.compile(
    _ASK_OPENER + r"(?i:(?:who|vem)(?:'s| is| will| can| could| kan| ska| vill)?|(?:can|could|will) (?:someone|somebody|anyone)|"
    r"(?:kan|vill) (?:någon|nån))\s+(?P<task>[^?]{6,200})\?$"
)


def _answered(ctx: _Context, asked: ActionItem, block: Block, words: str,
              block_actions: list[ActionItem]) -> tuple[ActionItem | None, list[ActionItem]] | None:
    """'Dominik, can you get the terms?' / 'Dominik: Yep, I'll ask today and circulate by Friday.':
    the reply of the one asked settles the request. A yes makes one task of ask and answer (the
    ask's words, the answer's deadline, the evidence from the ask to the end of the answer); a
    no takes the ask back. An ask of whoever will ('Who writes the release notes?') is taken by
    the first other speaker who says yes or 'Me'. Returns the request as it now stands (None when
    declined) and the reply's own actions that remain; None when the turn is no reply to it."""
    if block.speaker is None:
        return None
    speaker = ctx.names.resolve(block.speaker) or block.speaker
    if asked.owner is None:
        # "Jag.", "Me, as usual.": taken up; "Jag kan inte" leaves the ask to the others
        if _DECLINED.match(words) or not _TAKEN_UP.match(words):
            return None
        asked = asked.model_copy(update={"owner": speaker})
    elif speaker != asked.owner:
        return None
    elif _DECLINED.match(words):
        return None, block_actions
    elif not _ACCEPTED.match(words) and not any(
            # "I'm away that week ... no wait, that's the week after. Yeah, I can do it.": the yes after a doubt
            _ACCEPTED.match(words[said.end():].lstrip()) for said in _SENTENCE_END.finditer(words)):
        return None
    text = ctx.document.text
    # the reply's own task is the one asked when it points back at it ("I'll ask for them today",
    # "Ja, det fixar jag"); a new task in the reply ("Jag uppdaterar programmet ...") stays its own
    # ("Yeah, I can do it. I'll have it live by the end of next week.": each sentence points back)
    owns = [a for a in block_actions if a.owner == asked.owner and _POINTS_BACK.search(" ".join(a.task.split()[:3]))]
    own = next((a for a in owns if a.deadline_text), owns[0] if owns else None)
    stop = _SENTENCE_END.search(text, block.start, block.end)
    end = block.end if own is not None or stop is None else stop.end()
    if asked.deadline_text and not (asked.deadline is None and own is not None and own.deadline is not None):
        # ("... till årsmötet?" / "Absolut, jag mejlar dem senast den sista februari.": the day the one
        # who does it gives wins over an event the ask named and the notes leave undated)
        due: tuple[object, str | None] = (asked.deadline, asked.deadline_text)
    elif own is not None and own.deadline_text:
        due = (own.deadline, own.deadline_text)
    else:
        mention = _deadline(text[block.start : end], ctx)
        if mention is None and end < block.end and (rest := _deadline(text[end : block.end], ctx)) is not None:
            # "Ja, det gör jag. Senast 7/11 har jag namnen.": the yes, then when (no task of its own)
            consumed, mention, end = end, rest, block.end
            block_actions = [a for a in block_actions if a.evidence[0].start < consumed]
        due = (mention.value, mention.text) if mention else (None, None)
        if mention is not None:
            # "Ja, senast på lördag.": the yes and when, no task of its own
            block_actions = [a for a in block_actions if a.owner is not None or a.evidence[0].start >= end]
    merged = asked.model_copy(update={
        "deadline": due[0], "deadline_text": due[1],
        "evidence": [ctx.document.evidence(asked.evidence[0].start, end)],
    })
    return merged, [a for a in block_actions if not any(a is o for o in owns)]


# The one asked says yes: "Yep, I'll ...", "Sure.", "Japp, gör det i veckan", "I can do that".
_ACCEPTED = _rx.compile(
    r"^(?:(?:yes|yep|yeah|yup|sure|of course|absolutely|okay|ok|will do|no problem|happy to|on it|"
    # ("Fixar.", "Can do": the yes of a chat, the subject left out)
    r"ja|japp|jadå|javisst|visst|absolut|okej|fixar(?: det)?|ordnar det|tar det|gör det|självklart|inga problem|can do)\b"
    r"|(?:i|jag)(?:'ll|’ll| will| can| kan| tar| fixar| gör)\b)",
    re.I,
)
# An ask of whoever will, taken up: "Me, as usual.", "Jag kan.", "I'll do it", "Sure, I can."
_TAKEN_UP = _rx.compile(
    r"^(?:(?:yes|yeah|sure|ok|okay|ja|okej|visst|absolut)[,.!]?\s+)?(?:me\b|jag\b(?=\W*$|,|\.| kan| tar| gör| fixar| ordnar| skriver)|"
    r"i(?:'ll|’ll| will| can)\b|jag (?:kan|tar|gör|fixar|ordnar|skriver)\b)",
    re.I,
)
_POINTS_BACK = _rx.compile(r"\b(?:it|that|this|them|those|her|him|det|den|dem|detta|henne|honom)\b", re.I)
_SENTENCE_END = _rx.compile(r"[.!?](?=\s|$)")
# ... or no: "No, I'm away that week", "Nej, hinner inte", "Sorry, can't".
_DECLINED = _rx.compile(
    r"^(?:no|nope|sorry|nej|tyvärr|i can't|i cannot|can't|kan inte|jag kan inte|hinner inte|jag hinner inte)\b", re.I)
