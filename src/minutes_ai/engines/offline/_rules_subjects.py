"""Who acts: the subject a task sentence opens with, or a later clause's.

:func:`_subject_task` reads the owners at the start of a sentence (names, initials, roles,
groups, "vi"/"we") and the task after them; :func:`_later_clause` and :func:`second_task` find
a named attendee taking a task in a later clause of the sentence.
"""

from __future__ import annotations

import re

from ... import _rx
from . import _fastre, cues
from ._literals import start_literals
from ._rules_verbs import _FIRST_TOKEN, _may_lead, _verb_may_follow, _verb_rest
from ._rules_words import _NAME, ActionParse, _tidy
from .owners import ROLE_WORDS, NameIndex, split_owner_list

# A role in the definite form joined to a name: "Bo och kyrkoherden", "Anna och rektorn".
_ROLE_NOUN = (r"[a-zåäö-]*(?:herden|aren|ören|chefen|ledaren|ansvarige|förvaltningen|kansliet|styrelsen|"
              r"rektorn|kuratorn|sköterskan|ekonomen|samordnaren)")
_OWNERS_AT_START = _rx.compile(
    rf"^(?:(?:the|The)\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|&|/|\+|\boch\b|\bo\b|\band\b)\s*(?:(?:the|The)\s+)?(?:{_NAME}(?:\s+{_NAME}){{0,3}}|{_ROLE_NOUN}\b))*"
)
# Rough notes in lower case name people by initials: "sn tar fram ...", "kl o mj ses och ...".
_INITIALS = _rx.compile(r"[a-zåäö]{2,3}")
# Short words that open a lower-case clause without naming anyone.
_SHORT_WORDS = cues.NOT_SUBJECT | frozenset(
    "jag du vi ni han hon hen de dem och men som att för med till från på av om en ett nån någ ska kan får "
    "har var är blir tar gör så ja nej inte ej alla all and but who you we she he it its our the was "
    "can has had not any".split()
)
_LOWER_NAMES = _rx.compile(r"^([a-zåäöéü-]{2,20})(?:\s+(?:o|och|&|\+|and)\s+([a-zåäöéü-]{2,20}))?\s+(?=\S)")
_INITIALS_AT_START = _rx.compile(r"^([a-zåäö]{2,3})(?:\s+(?:o|och|&|\+)\s+([a-zåäö]{2,3}))?\s+(?=\S)")
_ROLE_AT_START = _rx.compile(
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
_APPOSITION = _rx.compile(r"^\s*(?:,\s*[^,]{1,40}?,|\([^)]{1,40}\))\s*")
_APPOSITION_OPENERS = (",", "(")
_WE = _rx.compile(r"^(?:vi|we|everyone|alla)\b", re.I)

# Where a clause may start: "\s(?:att|that)\s(?=[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive) )|\s[—–-]\s|
# \s(?:->|→|=>)\s|:\s|;\s|,\s(?=[A-ZÅÄÖ]|[a-zåäö]{2,3}\s|<a lower-case name> to |<a lower-case name> <verb>r )|\s(?:och|men|so|and|but)\s(?=[A-ZÅÄÖ])", written to
# start with one character class (scanned for in C) whose character the look-behinds then tell
# apart, each branch in its place: the same matches at the same places.
_CLAUSE = _rx.compile(
    r"[\s:;,](?:(?<=\s)(?:(?:att|that)\s(?=[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive) )|[—–-]\s|(?:->|→|=>)\s)"
    r"|(?<=:)\s|(?<=;)\s"
    r"|(?<=,)\s(?=[A-ZÅÄÖ]|[a-zåäö]{2,3}\s|[a-zåäö]{2,15}\s+(?:(?:to|will|going to)\s|[a-zåäö]{2,}r\b))"
    r"|(?<=\s)(?:och|men|so|and|but|medan|while|whereas)\s(?=[A-ZÅÄÖ]))"
)


_CONJUNCTIONS = frozenset({"och", "men", "så", "and", "but", "so"})
_OWNER_SPAN = 160
_MAX_CLAUSES = 12


_NAME_TO_VERB = _rx.compile(r"(?P<name>[A-Z][a-z]{2,})\s+to\s+(?P<verb>[a-z]+)\b")


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
        if not word or not (names.is_known(word) or word.casefold() in ("everyone", "alla", "varje", "samtliga")
                            or (word.islower() and 2 <= len(word) <= 3)
                            or (word.islower() and len(word) > 3 and names.is_person_like(word))
                            or _to_verb(text, at) is not None):
            continue  # only a named attendee (or everyone, or initials) opens such a clause
        found = _subject_task(text[at:], names, lang=lang)
        # Lower-case initials ("ab bokar teams") come back only before a task verb.
        if found and found[0] and all(names.is_known(o) or _INITIALS.fullmatch(o) or _GROUP_AT_START.match(o)
                                      or o == _to_verb_name(text, at) for o in found[0]):
            return found
    return None


def _to_verb(text: str, at: int) -> re.Match[str] | None:
    """'... players - Mick to follow up': the minutes' "X to <verb>" at ``at`` names a taker even
    when no list of those present names him."""
    to_verb = _NAME_TO_VERB.match(text, at)
    return to_verb if to_verb is not None and to_verb.group("verb") in cues.EN_IMPERATIVES else None


def _to_verb_name(text: str, at: int) -> str | None:
    to_verb = _to_verb(text, at)
    return to_verb.group("name") if to_verb is not None else None


# The words that join a second subject's clause: "... och Lena tar ...", "..., while Gabriel checks ..."
JOINING_WORDS = r"och|and|medan|while|whereas"
_SECOND_SUBJECT = _rx.compile(rf"(?:{JOINING_WORDS})\s")


def second_task(text: str, names: NameIndex, lang: str, owners: tuple[str, ...]) -> tuple[int, ActionParse] | None:
    """Where a later clause gives a task to someone other than ``owners`` ("Lollo fixar korv,
    Mattias tar ut växelkassa"): the clause's offset in ``text`` and its task."""
    taken = {o.casefold() for o in owners}
    # Prose that names nobody present ("Ingrid bokar resan och Hamid tar fram en budget"): a name
    # that looks like a person's will do where no list of those present says who was there.
    unlisted = not names.full_names
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
        if not word or word.casefold() in taken or not (names.is_known(word) or unlisted and names.is_person_like(word)):
            continue
        # "Marco will fix the suite and Lena will update the runbook": after "and" only someone
        # present opens a second task, and only once the first clause has its own verb ("Maria och
        # Therese gör ..." is one subject of two; "the Annual Governance and Accountability Return")
        before = text[: cut.start()].split()
        # (the first clause may be the writer's own: "I said I'd write it and Tom will post it")
        if joined and (not (word.casefold() in names.full_names or unlisted) or not before or names.is_known(before[-1])
                       or cues.TRAILING_OWNER.search(text)
                       or (_subject_task(text[: cut.start()], names, lang=lang) is None
                           and not cues.FIRST_PERSON.match(text))):
            continue  # ("– Ronny och Dragan skriver ...", "... and Gabriel checks it [Nadia, Gabriel]": one task)
        found = _subject_task(text[at:], names, lang=lang)
        if found and found[0] and all(names.is_known(o) or unlisted and names.is_person_like(o) for o in found[0]) and not (
                {o.casefold() for o in found[0]} & taken):
            return at, ActionParse(tuple(found[0]), found[1])
    return None


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


_WORD_RUN = _rx.compile(r"\S+")
# "The Company Secretary to ...": a title of capitalised words after "The"
_THE_TITLE = _rx.compile(r"The\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]+\s+(?:to|will|shall|is to)\b")

# Groups and roles named by a quantifier, an article or a plural: who acts, though nobody by name.
_GROUP_AT_START = _rx.compile(
    r"^(?:(?:[Aa]lla|[Vv]arje|[Ss]amtliga)\s+[a-zåäö][\wåäö-]+"
    r"|[Aa]ll\s+(?:the\s+)?[a-z][\w-]*s\b|(?:[Ee]very|[Ee]ach)\s+(?!of\b|the\b|one\b)[a-z][\w-]+"
    r"|[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:manager|team|committee|group|chair|chairman|chairwoman|chairperson|"
    r"vice-chair|vice-chairman|principal|clerk|officer|director|lead|leads|leader|head|heads|coordinator|"
    r"secretary|secretariat|treasurer|department|office|staff|trustees|governors|councillors|volunteers|"
    r"rector|vicar|churchwardens?|wardens?|bursar|headteacher|superintendent|dean|librarian|"
    r"administrator|registrar|scribe|editors|maintainers|organisers|organizers)"
    r"|[A-Z][\w-]*\s+(?:leads|heads|chairs|leaders|coordinators|reps|representatives|owners)"
    r"|(?:Officers|Staff|Councillors|Trustees|Governors|Volunteers|Members|Partners|Parents|Coaches)"
    # "Mentorerna i åk 8 ringer hem ...", "Lärarna på mellanstadiet skickar ...": a group with where it works
    r"|[A-ZÅÄÖ][a-zåäö]+(?:erna|arna|orna)\s+(?:i|på|inom|för|vid)\s+(?:[\wåäö.-]+\s+){0,2}?[\wåäö.-]+)(?=\s+[a-zåäö])"
)
_ROLE_OF = _rx.compile(
    r"^(?:[Tt]he\s+)?(?P<title>(?:Head|Director|Deputy Director|Chair|Chairman|Chairperson|Vice[- ]Chair|"
    r"Manager|Lead|Leader|Officer|Coordinator|President|Dean|Secretary|Clerk|Treasurer|Member|Members)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3})(?=\s+[a-z])"
)

# "the Clerk write to ...": a subjunctive after "Resolved that", the verb in its base form.
_SUBJUNCTIVE = _rx.compile(
    rf"^(?:the\s+)?(?P<owner>(?:{ROLE_WORDS})|{_NAME}(?:\s+{_NAME})?)\s+(?P<rest>(?P<verb>[a-z]+)\b.*)$",
    re.I | re.S,
)

_THE = _rx.compile(r"^[Tt][Hh][Ee]\s+")
_ABSTRACT = _rx.compile(r"(?:elsen|ningen|heten|andet|endet|tionen|skapet|iteten|ismen|ingen)$")


def _subjunctive_task(clause: str, names: NameIndex) -> tuple[list[str], str] | None:
    """'the Clerk write to Highways asking ...' -> (['Clerk'], 'Write to Highways asking ...')."""
    match = _SUBJUNCTIVE.match(clause)
    if match is None or match.group("verb").casefold() not in cues.EN_IMPERATIVES:
        return None
    owner = match.group("owner")
    if not names.is_person_like(owner):
        return None
    return [owner], _tidy(match.group("rest"))


_fastre.speed_up(globals())
# The first letters a "we" sentence opens with (v, w, e, a).
_WE_FIRST: frozenset[str] | None = frozenset(word[0] for word in start_literals(_fastre.lower_source(_WE.pattern))) or None
