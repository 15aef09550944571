"""What follows a subject: the verb, modal or phrase a task opens with.

:func:`_verb_rest` gives the task words when the words after a subject open with a task verb
("Anna bokar ...", "Bo will send ...", "Eva får i uppdrag att ..."), None for narration;
:func:`_may_lead` and :func:`_verb_may_follow` are its cheap tests of the first word.
"""

from __future__ import annotations

import re

from ... import _rx
from . import _fastre, cues
from ._rules_words import _DEADLINE_PHRASE, _infinitive_lead, _tidy

_EN_VERB = _rx.compile(r"^(?:will|shall|'ll|to|is to|are to|(?!wants\b|hopes\b|likes\b|needs\b|seems\b|was\b)[a-z]+s to|is going to|are going to|"
                      r"agreed to|volunteered to|offered to|promised to|committed to|undertook to|"
                      r"is responsible for|are responsible for|has the action to|takes|owns)\s+", re.I)
_SV_TASK_LEAD = _rx.compile(
    r"^(?:får i uppgift(?:en)? att|får uppgiften att|får i uppdrag att|har i uppdrag att|"
    r"fick i uppgift(?:en)? att|fick uppgiften att|fick i uppdrag att|fick uppdraget att|får uppdraget att|skulle|"
    r"was asked to|were asked to|was tasked with|was assigned to|was assigned|is assigned to|"
    # "Eva ombads ta fram en prognos", "Bo uppmanades att kontakta ...": asked at the meeting
    r"ombads(?: att)?|ombeds(?: att)?|uppmanades att|uppmanas att|"
    r"ges i uppdrag att|tar på sig att|åtar sig att|ansvarar för att|ansvarar för|"
    r"ska|skall|kommer att|lovar att|lovade (?:också |även )?att|promised to|planerar att|får(?= \w+a\b))\s+",
    re.I,
)

_GOING = _rx.compile(r"(?:going to|gonna)\s+(?=[a-z])")
# Terse English notes drop the auxiliary: "Dave chasing the sparks", "Carlos paying it this wk".
_EN_PROGRESSIVE_SKIP = frozenset("being having going saying thinking feeling wondering hoping".split())


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
_FIRST_TOKEN = _rx.compile(r"\s*(\S+)")

_STRONG_LEAD = _rx.compile(
    r"^(?:får i uppgift|får uppgiften|får i uppdrag|har i uppdrag|ges i uppdrag|fick i uppgift|"
    r"fick uppgiften|fick i uppdrag|fick uppdraget|får uppdraget|tar på sig|åtar sig|ansvarar för|was asked|were asked|"
    r"was tasked|was assigned|is assigned)", re.I
)
# ("Gruppen enades om att ...", "The board agreed that ...": the subject decided, nobody's task)
_DECIDING = _rx.compile(r"^(?:fatta (?:ett |något )?beslut|ta (?:ett |något )?beslut|besluta|ta ställning|decide|make a decision|vote|enades|enats|beslutade|beslöt|"
                       r"bestämde|kom överens|agreed that|decided that|resolved that)\b", re.I)


def _verb_rest(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    """The task words when ``rest`` starts with a task verb or modal; None for narration."""
    task = _task_words(rest, lang, known_subject=known_subject, sentence=sentence)
    # "X kommer att fatta beslut i maj" announces a decision, it gives nobody a task; "att
    # Ridklubben ska beviljas fullt stöd" is done to the subject, not by it (a passive).
    if task is None or _DECIDING.match(task) or _PASSIVE_TASK.match(task):
        return None
    return task


# A Swedish passive verb ("beviljas", "flyttas"), not a deponent people do ("träffas", "samlas")
_SV_PASSIVE = r"(?!träffas\b|samlas\b)[a-zåäö]{3,}as\b"
_PASSIVE_TASK = _rx.compile(_SV_PASSIVE, re.I)
_NO_TASK_START = _rx.compile(
    # checking the minutes ("Fia justerar", "justera protokollet jämte ordföranden"), not "justerar texten"
    r"juster(?:a|ar)(?:\s+(?:dagens\s+)?(?:protokoll|anteckning|minnesanteckning)\w*|\s*(?:$|[.,;]|tillsammans\b|jämte\b|"
    r"med\s+ordf))|\S+\s+(?:inte|ej|not|never|aldrig)\b|(?:tar|ta) (?:upp )?(?:det|den|this|that) (?:igen|nästa|senare)"
    # "Spånet tar slut fortare", "Hösilaget räcker till mars", "the check came back clean": how things go
    r"|(?:tar|tog|ta) slut\b|räcker\b|räckte\b|(?:came|went)\b"
    # "... and Whistleblowing policies were approved": a noun in "-s" before the verb, not a verb
    # (not a task given in the passive: "Board members are asked to secure ...")
    r"|\S+\s+(?:was|were|are|have been|has been)\s+(?!(?:asked|expected|required|invited|requested|reminded|"
    r"encouraged|tasked|assigned|urged)\b)[a-z]+(?:ed|en)\b"
    # "Skärgårdsbåten tar vi inte i år": the object first, the subject after the verb
    r"|[a-zåäö]+\s+(?:vi|ni|man)\b",
    re.I,
)
_LABEL_WORD = _rx.compile(r"([^\W\d]+):(?:\s|$)")
_NO_TASK_ANYWHERE = _rx.compile(r"inget bestämt|ej bestämt|inte bestämt|no decision|not decided|tbd\b", re.I)


def _task_words(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    if not rest:
        return None
    task = _task_lead(rest, lang, known_subject=known_subject, sentence=sentence)
    if task is not None and (_NO_TASK_START.match(rest) or _NO_TASK_ANYWHERE.search(rest)):
        return None  # "Vi tar inte ställning nu", "tar upp det igen": no task
    if task is not None and (label := _LABEL_WORD.match(rest)) and label.group(1).casefold() not in _LEAD_WORDS:
        return None  # "Trustee terms: Joanna's term ends in May": a label, no verb ("Amra påminner: ..." is one)
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
_TELLS_THAT = _rx.compile(
    r"(?:informerar|berättar|meddelar|påminner|redovisar|rapporterar|förklarar|säger|informs?|tells?|reports?|"
    r"explains?)\s+(?:\w+\s+)?(?:om\s+att|att|that|about)\b", re.I)


def _task_lead(rest: str, lang: str, *, known_subject: bool, sentence: str) -> str | None:
    """The task words when ``rest`` opens with a task verb, modal or phrase (before vetoes)."""
    lead = _SV_TASK_LEAD.match(rest)
    if lead and (known_subject or _STRONG_LEAD.match(lead.group(0))):
        return _tidy(rest[lead.end():])  # "Policyn ska upp på hemsidan": no one is named
    en = _EN_VERB.match(rest)
    if en and en.group(0).rstrip().lower().endswith("to") and not rest[en.end():][:1].isalpha():
        en = None  # "Management accounts to 31 May were received": "to" a date, no verb
    if en and (known_subject or not en.group(0).lower().startswith("to")
               or rest[en.end():].split(maxsplit=1)[0].casefold() in cues.EN_IMPERATIVES):
        return _tidy(rest[en.end():])
    if known_subject and lang == "en" and (going := _GOING.match(rest)) is not None:
        return _tidy(rest[going.end():])  # "tui going to ask his boss": rough notes drop the "is"
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
    if (lang == "en" and known_subject and lower and first.endswith("ing") and (base := _ing_base(first))
            and len(parts := rest.split(maxsplit=2)) > 1 and parts[1].casefold() not in _NOT_AN_OBJECT):
        # "Bec booking the bowlo function room", "Narelle doing the roster": a task verb's -ing
        # form, with its object, stands for "is doing" in rough notes
        return _tidy(base + rest[len(raw_first):])
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


# The verbs whose -ing form alone gives a task in rough notes ("Bec booking the hall"); not those
# that as often name a role or a thing ("Kim taking notes", "Board training", "Paul closing prayer")
# or a third party's act ("Letter from the Pankratzes requesting ...", "Bendigo Bank renewing").
_ING_TASK_VERBS = frozenset(
    "do book sort organise organize get ring call phone email send chase fix arrange check update write draft "
    "order collect contact handle bring buy print post set look follow place pay raise source find "
    "prepare confirm invite tidy clean hire".split())
# ("Declan's getting there", "getting on with it": how someone is doing, no task)
_NOT_AN_OBJECT = frozenset("better worse there on along used close nowhere somewhere anywhere progress".split())


def _ing_base(word: str) -> str | None:
    """'booking' -> 'book', 'getting' -> 'get', 'organising' -> 'organise': the base form of a
    task verb's -ing form, None for any other word."""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base and base in _ING_TASK_VERBS:
            return base
    return None


# ("consensus", "status", "access", "analysis": no verb's third person ends so)
_EN_PRESENT = _rx.compile(r"^(?![a-z]*(?:us|ss|is)$)[a-z]{3,}(?:s|es)$")


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


_SV_PRESENT = _rx.compile(r"^[a-zåäöé]{2,}(?:ar|er|ör|år|ur|yr|ir|är)$")

# Any of the phrases _task_lead matches at the start of the rest, in one pattern.
_LEAD_PHRASE = _rx.compile("|".join(f"(?:{p.pattern})" for p in (_SV_TASK_LEAD, _EN_VERB, cues.ACTION_PHRASES)), re.I)
# (each of them ignores case: the cue patterns that do are LowerPatterns by now)
assert _SV_TASK_LEAD.flags & _EN_VERB.flags & re.I and isinstance(cues.ACTION_PHRASES, _fastre.LowerPattern)


# The words every match of a pattern holds (a prefilter), kept by hand; tests check them on the dev notes.
_NEEDLES = {
    "_NO_TASK_ANYWHERE": ("bestämt", "no decision", "not decided", "tbd"),
}
_fastre.speed_up(globals(), _NEEDLES)
