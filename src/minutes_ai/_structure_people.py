"""Attendee entries and role words: ``Name, Organisation``, ``Name (ordförande)``, initials lists."""

from __future__ import annotations

import re

from .schemas import Attendee

_UPPER = "A-ZÅÄÖÉÈÜØÆÁÍÓÚÑČŠŽ"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][\w'’.-]*$")
_INITIALS = re.compile(rf"^[{_UPPER}]{{1,4}}\.?$|^(?:[{_UPPER}]\.){{1,3}}$")
# Particles that may sit inside a name in lower case ("Ludwig van Beethoven", "Anna af Klint").
_PARTICLES_TEXT = "von van der den de af la du di da bin al el"
_PARTICLES = frozenset(_PARTICLES_TEXT.split())
# Words that start capitalised lines but never names: headings, labels, sentence openers.
_NOT_NAMES_TEXT = """
    agenda dagordning föredragningslista beslut beslutades information info övrigt övriga
    mötet möte mötets punkt punkter nästa kommande ärende ärenden diskussion sammanfattning
    welcome välkommen inledning avslutning frågor rapport rapporter uppföljning bakgrund
    the a an we i it this there our minutes notes meeting item items actions action decisions
    vi jag det detta alla man ordförande sekreterare frånvarande närvarande deltagare
    present absent apologies regrets chair secretary scribe datum tid plats date time place
    location justerare justeras tema bilaga bilagor kl namn name names organisation organization
    roll role title befattning funktion
    """
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
# Words of Title Case agenda headings ("Financial Report"); no part of a person's name.
_HEADING_WORDS_TEXT = """
    report reports update updates review approval budget matters business order welcome
    introductions introduction arising aob close closing adjournment status project plan planning
    discussion presentation finance financial strategy policy proposal proposals summary actions
    minutes agenda next other any questions items item date members all everyone committee board
    rapport rapporter ekonomi budget uppföljning information frågor övrigt övriga samtliga alla
    ledamöter dagordning mötet protokoll anteckningar beslut
    """
_HEADING_WORDS = frozenset(_HEADING_WORDS_TEXT.split())
_NOTE = re.compile(
    r"^(?:punkt(?:erna)?|p\.|§|items?|points?|agenda items?|ärende)\s*\d"
    r"|del av mötet|delar av mötet|delvis|part of (?:the )?meeting|partly|partially"
    r"|via (?:teams|zoom|länk|link|telefon|phone|video)|digitalt|på distans|remote(?:ly)?"
    r"|online|\bkl\.?\s*\d|till kl|från kl|\buntil\b|left at|arrived at|ej beslutande|not voting"
    r"|^ej punkt|^except|\bonly$|^kom (?:efter|kl|till|sent)|^gick (?:efter|kl|före)|^arrived|\bjoined\b|\banslöt\b"
    r"|\b(?:on pto|on leave|off sick|sjuk|ledig|föräldraledig|absent|frånvarande)\b"
    r"|^left\b",
    re.IGNORECASE,
)
_ROLE_WORDS = re.compile(
    r"^(?:(?:förste |andre |2:e |1:e )?vice |co-)?(?:ordförande|ordf\.?|sekreterare|justerare|"
    r"ledamot|ersättare|adjungerad|chair(?:person|man|woman)?|secretary|scribe|note ?taker|"
    r"minute taker|treasurer|kassör|facilitator|moderator|observer|gäst|guest|"
    r"ceo|cfo|coo|cto|cio|vd|hr-chef)\b",
    re.IGNORECASE,
)
# English job titles are written in Title Case, so capitals do not make them organisations.
_TITLE_CASE_ROLE = re.compile(
    r"^(?:head of\b.*|(?:[\w&/-]+\s+){0,3}(?:manager|lead|leader|director|head|officer|"
    r"coordinator|co-ordinator|engineer|developer|consultant|analyst|adviser|advisor|specialist|"
    r"president|chairman|chairperson|treasurer|secretary|administrator|assistant|owner|"
    r"architect|designer|representative|controller|strategist|planner|researcher|partner)s?)$",
    re.IGNORECASE,
)
# Swedish titles are compounds ending in a role noun ("Enhetschef", "Utvecklingsledare").
_SV_ROLE_NOUN = re.compile(
    r"^[\w-]*(?:chef|ledare|samordnare|handläggare|strateg|sekreterare|ansvarig|direktör|"
    r"controller|ekonom|utredare|rektor|koordinator|specialist|konsult|sakkunnig|assistent|"
    r"ombud|representant|polis|arkitekt|pedagog|lärare|förskollärare|sjuksköterska|"
    r"skolsköterska|kurator|psykolog|läkare|kassör|revisor)\b",
    re.IGNORECASE,
)
_CHAIR = re.compile(
    r"(?<!vice )(?<!vice-)(?<!co-)\b(?:mötesordförande|ordförande|ordf\.?|chair(?:person|man|woman)?|"
    r"president|facilitator|mötesledare)"
    r"(?!\w)",
    re.IGNORECASE,
)
_SECRETARY = re.compile(
    r"\b(?:sekreterare|mötessekreterare|sekr\b\.?|protokollförare|antecknare|secretary|scribe|"
    r"note ?taker|antecknar|för anteckningar|takes notes|taking notes|"
    r"minute taker)\b",
    re.IGNORECASE,
)
# Words that end an organisation's name, never a person's ("Fastighetsteknik AB").
_ORG_TAIL = re.compile(
    r"\b(?:AB|HB|KB|Ltd|Inc|LLC|GmbH|Oy|ASA|plc|Corp|Co|kommun|region|Management|Association|"
    r"Company|Services|Group|förening|föreningen|förvaltning|förvaltningen)\.?$"
)
_ACADEMIC = frozenset({"dr", "prof", "professor", "docent", "doc"})
# "plus ~12 lurkers", "~8 parents", "ca 20 medlemmar": a head count, not a person's descriptor.
_COUNT = re.compile(r"^(?:(?:plus|and|och|samt|ca\.?|cirka|about|approx\.?)\s+)*[~+]?\s*\d|^plus\b", re.I)
# A chat or forge handle in a list of people: "@dana-k".
_HANDLE = re.compile(r"^@(?P<handle>[\w][\w.-]{0,38})$")
_FROM = re.compile(r"^\(?\s*(?:från|from|för|for)\s+(?P<org>.+?)\s*\)?\.?$", re.IGNORECASE)
_NAME_FROM = re.compile(r"^(?P<name>.+?)\s+(?P<org>(?:från|from)\s+\S.*)$", re.IGNORECASE)
_PERSON_SPLIT = re.compile(r"\s*,\s*|\s+[–—-]\s+|\s*;\s*")
_LIST_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:och|samt|and|&|\+)\s+")


def looks_like_name(value: str, *, allow_single: bool = True) -> bool:
    """True when ``value`` reads as a person's name or initials (1-5 capitalised tokens)."""
    tokens = value.split()
    if not tokens or len(tokens) > 5:
        return False
    if tokens[0].lower().strip(".:") in _NOT_NAMES:
        return False
    if any(t.lower().strip(".:,") in _HEADING_WORDS for t in tokens):
        return False
    if len(tokens) == 1:
        return allow_single and bool(_NAME_TOKEN.match(tokens[0]) or _INITIALS.match(tokens[0]))
    if not _NAME_TOKEN.match(tokens[0]):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in _PARTICLES for t in tokens[1:])


def is_initials(value: str) -> bool:
    """True for an initials token such as ``CB`` or ``K.P.``."""
    return bool(_INITIALS.match(value.strip()))


def split_top_level(value: str, pattern: re.Pattern[str]) -> list[str]:
    """Split ``value`` on ``pattern`` except inside parentheses."""
    parts: list[str] = []
    depth = 0
    last = 0
    pos = 0
    while pos < len(value):
        char = value[pos]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = pattern.match(value, pos)
            if match and match.end() > pos:
                parts.append(value[last:pos])
                last = pos = match.end()
                continue
        pos += 1
    parts.append(value[last:])
    return [p.strip() for p in parts if p.strip()]


def _parentheticals(value: str) -> tuple[str, list[str]]:
    """Take ``(...)`` groups out of ``value``: the rest and the groups' contents."""
    groups = [g.strip() for g in re.findall(r"\(([^()]*)\)", value) if g.strip()]
    rest = re.sub(r"\([^()]*\)", " ", value)
    return re.sub(r"\s+", " ", rest).strip(), groups


def _apply(person: dict[str, str | None], descriptor: str) -> None:
    """Sort one descriptor beside a name into organisation, role or note."""
    desc = descriptor.strip(" .,;:–-")
    if not desc:
        return
    if _NOTE.search(desc):
        _add(person, "note", desc)
        return
    from_match = _FROM.match(desc)
    if from_match:
        _add(person, "organisation", from_match.group("org"))
        return
    if _TITLE_CASE_ROLE.match(desc):
        _add(person, "role", desc)  # "Project Manager", "Head of Sales"
        return
    if _ROLE_WORDS.match(desc) or desc[0].islower() or _SV_ROLE_NOUN.match(desc):
        # A job title may carry its organisation: "hållbarhetschef Örebro kommun".
        words = desc.split()
        cut = next((i for i, w in enumerate(words) if i and w[0].isupper()), len(words))
        _add(person, "role", " ".join(words[:cut]))
        if cut < len(words):
            _add(person, "organisation", " ".join(words[cut:]))
        return
    _add(person, "organisation", desc)


def _add(person: dict[str, str | None], key: str, value: str) -> None:
    current = person.get(key)
    person[key] = f"{current}, {value}" if current else value


def _initials_of(name: str) -> set[str]:
    """The initials a name is usually shortened to ("Eva-Karin Holm" -> EH or EKH)."""
    tokens = [t for t in name.split() if t[:1].isupper()]
    short = "".join(t[0] for t in tokens)
    long = "".join(p[0] for t in tokens for p in t.split("-") if p)
    return {short.upper(), long.upper()}


def _role_prefixed(value: str) -> tuple[str, str] | None:
    """``förskolechef Helena Wiik``, ``Kommunpolis Johan Thorén``: (role, name) when so written."""
    words = value.split()
    for cut in (1, 2):
        if len(words) <= cut:
            return None
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        last = words[cut - 1]
        known = bool(_ROLE_WORDS.match(last) or _SV_ROLE_NOUN.match(last))
        lower = all(w[:1].islower() for w in words[: cut - 1])
        if known and lower and looks_like_name(name) and len(words) - cut <= 3:
            return role, name
    return None


def _leading_role(name: str) -> tuple[str, str | None]:
    """``Kommunpolis Johan Thorén`` -> the name and the title written before it."""
    words = name.split()
    if len(words) >= 3 and words[0].lower().rstrip(".") in _ACADEMIC:
        return " ".join(words[1:]), None  # "Dr. Kenji Mori": the name is Kenji Mori
    if len(words) >= 2 and (_ROLE_WORDS.fullmatch(words[0]) or _SV_ROLE_NOUN.fullmatch(words[0])):
        return " ".join(words[1:]), words[0]
    return name, None


def _role_after(value: str) -> tuple[str, str] | None:
    """``Karin Norell ordf.``, ``Erik Sandberg 1:e vice ordf.``: (name, role) when so written."""
    words = value.split()
    for cut in range(len(words) - 1, 0, -1):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if not words[cut][:1].isupper() and looks_like_name(name) and _ROLE_WORDS.match(
            re.sub(r"^\d:[ea]\s+", "", role)
        ):
            return name, role
    return None


def _descriptors(values: list[str]) -> list[str]:
    """Descriptors split at commas: "(kurator, sammankallande)" is a role and a note."""
    return [part for value in values for part in split_top_level(value, re.compile(r"\s*[,;]\s*"))]


def _attendee(name: str, descriptors: list[str], organisation: str | None = None) -> Attendee:
    """A person from a name and its descriptors; ``organisation`` (a group heading) is the fallback."""
    person: dict[str, str | None] = {}
    for desc in _descriptors(descriptors):
        # "Anna Berg (AB)": the initials the notes will use for her, not an organisation.
        if " " in name.strip() and desc.strip(" .") in _initials_of(name):
            continue
        _apply(person, desc)
    name, title = _leading_role(name.strip(" .,;:"))
    if title and not person.get("role"):
        person["role"] = title
    return Attendee(
        name=name,
        organisation=person.get("organisation") or organisation,
        role=person.get("role"),
        note=person.get("note"),
    )


def parse_person_line(value: str, group: str | None = None) -> Attendee | None:
    """One person per line: ``Name, Org``, ``Name – role, punkt 5``, ``Name (del av mötet)``."""
    rest, groups = _parentheticals(value.rstrip(" ."))
    parts = split_top_level(rest, _PERSON_SPLIT)
    if parts:
        parts[:1] = _name_from(parts[0])
    if parts and not looks_like_name(parts[0]) and (prefixed := _role_prefixed(parts[0])):
        parts[:1] = [prefixed[1], prefixed[0]]
    if not parts or not looks_like_name(parts[0]):
        return None
    if len(value.split()) > 16:
        return None
    return _attendee(parts[0], parts[1:] + groups, organisation=group)


def _name_from(part: str) -> list[str]:
    """``Bo Ek från Ale`` -> name and ``från Ale``; anything else stays whole."""
    match = _NAME_FROM.match(part)
    if match and looks_like_name(match.group("name")):
        return [match.group("name"), match.group("org")]
    return [part]


def is_name_list(value: str) -> bool:
    """True when a line is several people (``A B, C D, E F`` or ``CB, HH``), not ``Name, Org``."""
    rest, _ = _parentheticals(value.rstrip(" ."))
    parts = split_top_level(rest, _LIST_SPLIT)
    if len(parts) < 2:
        return False
    if all(is_initials(p) for p in parts):
        return True
    return len(parts) >= 3 and all(
        looks_like_name(p, allow_single=False) or is_initials(p) for p in parts
    )


def parse_name_list(value: str, group: str | None = None) -> list[Attendee]:
    """An inline list: ``A, B (vice ordförande), från X och C (ordförande) samt D``."""
    people: list[Attendee] = []
    pending: list[int] = []  # people not yet given a "från X" organisation
    role: str | None = None  # "föräldrar: Ida, Kristoffer" - a role for the people after it
    for part in split_top_level(value.strip().rstrip("."), _LIST_SPLIT):
        heading = re.match(r"^(?P<head>[^\W\d][\w -]{0,30}?):\s*(?P<rest>\S.*)$", part)
        if heading is not None and not looks_like_name(heading["head"]):
            role, part = heading["head"], heading["rest"]
        if (handle := _HANDLE.match(part.split(" (")[0].strip())) is not None:
            part = part.lstrip("@") if looks_like_name(part.lstrip("@").split(" (")[0]) else part
            if part.startswith("@"):
                people.append(Attendee(name=handle["handle"], organisation=group))
                continue
        elif part.startswith("@"):
            part = part[1:]  # "@Anna B (via teams)"
        qualifier = _FROM.match(part)
        if qualifier and not looks_like_name(part):
            org = qualifier.group("org").strip()
            for i in pending:
                if people[i].organisation is None:
                    people[i] = people[i].model_copy(update={"organisation": org})
            pending = []
            continue
        rest, groups = _parentheticals(part)
        rest = rest.strip("*_ ")  # "*Ove*": emphasis around a name
        note = _NOTE.search(rest)
        if note is not None and note.start() > 0 and not looks_like_name(rest):
            # "Rektor Ingrid del av mötet": the person, then a note about them.
            rest, groups = rest[: note.start()].strip(" ,"), [rest[note.start() :], *groups]
        name, *extra = _name_from(rest) if rest else [rest]
        if name and not looks_like_name(name) and (prefixed := _role_prefixed(name)):
            name, extra = prefixed[1], [prefixed[0], *extra]
        elif name and not looks_like_name(name) and (suffixed := _role_after(name)):
            name, extra = suffixed[0], [suffixed[1], *extra]
        elif role and name and looks_like_name(name):
            extra = [role, *extra]
        if name and looks_like_name(name) and not (people and _ORG_TAIL.search(name)):
            people.append(_attendee(name, extra + groups, organisation=group))
            pending.append(len(people) - 1)
        elif people and not _COUNT.match(rest):
            # "Anna Berg, ordförande": a descriptor of the person before it.
            prev = people[-1]
            person = prev.model_dump(include={"organisation", "role", "note"})
            for desc in ([rest] if rest else []) + groups:
                _apply(person, desc)
            people[-1] = prev.model_copy(update=person)
    return people


def is_chair_role(role: str | None) -> bool:
    """True when a role text names the meeting's chair (not a vice chair)."""
    return bool(role and _CHAIR.search(role))


def is_secretary_role(role: str | None) -> bool:
    """True when a role text names the minute taker."""
    return bool(role and _SECRETARY.search(role))


def resolve_initials(value: str | None, people: list[Attendee]) -> str | None:
    """The full name behind initials such as ``BE`` when exactly one attendee has them."""
    if value is None or not is_initials(value):
        return value
    matches = [p.name for p in people if " " in p.name and value.strip(".") in _initials_of(p.name)]
    return matches[0] if len(matches) == 1 else value


def dedupe(people: list[Attendee]) -> list[Attendee]:
    """Drop exact repeats of a name (first occurrence wins)."""
    seen: set[str] = set()
    out: list[Attendee] = []
    for person in people:
        key = person.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out


__all__ = [
    "dedupe",
    "is_chair_role",
    "is_initials",
    "is_name_list",
    "is_secretary_role",
    "looks_like_name",
    "parse_name_list",
    "parse_person_line",
    "resolve_initials",
    "split_top_level",
]
