"""Attendee entries and role words: ``Name, Organisation``, ``Name (ordförande)``, initials lists."""

from __future__ import annotations

import re

from . import _rx
from ._structure_names import PARTICLES, is_initials, looks_like_name
from ._structure_roles import (
    apply_descriptor,
    find_note,
    is_chair_role,
    is_secretary_role,
    leading_role,
    role_after,
    role_prefixed,
)
from .schemas import Attendee

# Words that end an organisation's name, never a person's ("Fastighetsteknik AB").
_ORG_TAIL = _rx.compile(
    r"\b(?:AB|HB|KB|Ltd|Inc|LLC|GmbH|Oy|ASA|plc|Corp|Co|kommun|region|Management|Association|"
    r"Company|Services|Group|förening|föreningen|förvaltning|förvaltningen)\.?$"
)
# "plus ~12 lurkers", "~8 parents", "ca 20 medlemmar": a head count, not a person's descriptor.
_COUNT = _rx.compile(
    r"^(?:(?:plus|and|och|samt|ca\.?|cirka|about|approx\.?)\s+)*[~+]?\s*\d|^plus\b"
    r"|^(?:m\.\s?fl|med flera|et al|etc|totalt|in total)\b",
    re.I,
)
# A chat or forge handle in a list of people: "@dana-k".
_HANDLE = _rx.compile(r"^@(?P<handle>[\w][\w.-]{0,38})$")
_FROM = _rx.compile(r"^\(?\s*(?:från|from|för|for)\s+(?P<org>.+?)\s*\)?\.?$", re.IGNORECASE)
_NAME_FROM = _rx.compile(r"^(?P<name>.+?)\s+(?P<org>(?:från|from)\s+\S.*)$", re.IGNORECASE)
_PERSON_SPLIT = _rx.compile(r"\s*,\s*|\s+[–—-]\s+|\s*;\s*")
_LIST_SPLIT = _rx.compile(r"\s*[,;]\s*|\s+(?:och|samt|and|&|\+)\s+")
_DESCRIPTOR_SPLIT = _rx.compile(r"\s*[,;]\s*")
_SPACE_RUN = _rx.compile(r"\s+")
# "föräldrar: Ida, Kristoffer": a heading inside a list of people.
_PART_HEADING = _rx.compile(r"^(?P<head>[^\W\d][\w -]{0,30}?):\s*(?P<rest>\S.*)$")


def split_top_level(value: str, pattern: re.Pattern[str]) -> list[str]:
    """Split ``value`` on ``pattern`` except inside parentheses.

    ``pattern`` must neither match the empty string nor any bracket, nor have groups.
    """
    # finditer instead of a match at every character: the same cuts, several times faster,
    # since a separator holds no bracket and so never spans a change of depth.
    if "(" not in value and ")" not in value:
        # No brackets: every separator cuts, as re.split does in C (the patterns have no groups).
        parts = pattern.split(value)
    else:
        parts = []
        depth = 0
        last = 0
        scanned = 0
        for match in pattern.finditer(value):
            for char in value[scanned : match.start()]:
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth = max(depth - 1, 0)
            scanned = match.start()
            if depth:
                continue
            parts.append(value[last : match.start()])
            last = match.end()
        parts.append(value[last:])
    return [part for part in map(str.strip, parts) if part]


_BRACKETED = _rx.compile(r"\(([^()]*)\)")
_BRACKETS = _rx.compile(r"\([^()]*\)")


def _parentheticals(value: str) -> tuple[str, list[str]]:
    """Take ``(...)`` groups out of ``value``: the rest and the groups' contents."""
    if "(" not in value:
        return _SPACE_RUN.sub(" ", value).strip(), []  # most names have no brackets
    groups = [g.strip() for g in _BRACKETED.findall(value) if g.strip()]
    rest = _BRACKETS.sub(" ", value)
    return _SPACE_RUN.sub(" ", rest).strip(), groups


def _initials_of(name: str) -> set[str]:
    """The initials a name is usually shortened to ("Eva-Karin Holm" -> EH or EKH)."""
    tokens = [t for t in name.split() if t[:1].isupper()]
    short = "".join(t[0] for t in tokens)
    long = "".join(p[0] for t in tokens for p in t.split("-") if p)
    return {short.upper(), long.upper()}


def _descriptors(values: list[str]) -> list[str]:
    """Descriptors split at commas: "(kurator, sammankallande)" is a role and a note."""
    return [part for value in values for part in split_top_level(value, _DESCRIPTOR_SPLIT)]


def _attendee(name: str, descriptors: list[str], organisation: str | None = None) -> Attendee:
    """A person from a name and its descriptors; ``organisation`` (a group heading) is the fallback."""
    person: dict[str, str | None] = {}
    descs = _descriptors(descriptors)
    # "Anna Berg (AB)": the initials the notes will use for her, not an organisation.
    initials = _initials_of(name) if descs and " " in name.strip() else set()
    for desc in descs:
        if desc.strip(" .") in initials:
            continue
        apply_descriptor(person, desc)
    name, title = leading_role(name.strip(" .,;:"))
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
    if parts and not looks_like_name(parts[0]) and (prefixed := role_prefixed(parts[0])):
        parts[:1] = [prefixed[1], prefixed[0]]
    if not parts or not looks_like_name(parts[0]):
        return None
    if len(value.split()) > 16:
        return None
    return _attendee(parts[0], parts[1:] + groups, organisation=group)


def _name_from(part: str) -> list[str]:
    """``Bo Ek från Ale`` -> name and ``från Ale``; anything else stays whole."""
    lower = part.lower()
    # The regex scans lazily with re.IGNORECASE; most parts hold neither word.
    match = _NAME_FROM.match(part) if "från" in lower or "from" in lower else None
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


_SENTENCE_BREAK = _rx.compile(r"(?P<word>\b\w+)\.\s+(?=[A-ZÅÄÖ])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "revd", "cllr"}
)


def _first_sentence(value: str) -> str:
    """ "Anna, Bo, Cia Dahl. Dan Ek förhindrad." - the list ends where a new sentence starts."""
    for match in _SENTENCE_BREAK.finditer(value):
        word = match["word"]
        if len(word) < 2 or word.lower() in _ABBREVIATIONS or word.isupper():
            continue
        following = _parentheticals(split_top_level(value[match.end() :], _LIST_SPLIT)[0])[0]
        # A sentence has a lower-case word ("Ola Berg förhindrad"); a title does not ("Rev. Ann").
        if any(w[:1].islower() and w not in PARTICLES for w in following.split()):
            return value[: match.start() + len(word)]
    return value


def parse_name_list(value: str, group: str | None = None) -> list[Attendee]:
    """An inline list: ``A, B (vice ordförande), från X och C (ordförande) samt D``."""
    value = _ABSENT_TAIL.sub("", value)  # "..., mats s. — gun sjuk": who was away is no attendee
    # ("lotta, PG, sanna, ahmed": names in lower case beside capital initials)
    if "," in value and not any(c.isupper() for c in _CAPITAL_INITIALS.sub("", value)) and (
            not any(c.isupper() for c in value) or _LOWER_NAME_PART.search(value) is not None):
        return _lower_case_list(value, group)
    return _name_list(value, group)


# "— gun sjuk", "– Per förhinder", ". anders ej med (på jobb)", ". apols: kirsty (work)": an absence noted
# after the list of those present.
_ABSENT_TAIL = _rx.compile(
    r"(?:\s+[—–]|[.;])\s+[^,—–.;]*\b(?:sjuk|frånvarande|frånv|förhindrad|förhinder|borta|ledig|ej med|inte med|absent|ill|apologies|apols|apol|regrets|away)\b[^,—–]*$",
    re.I,
)


_CAPITAL_INITIALS = _rx.compile(r"\b[A-ZÅÄÖ]{2,3}\b")
# a part of the list that opens with a lower-case name: "..., sanna, ..." (not "AL (rektor)")
_LOWER_NAME_PART = _rx.compile(r"(?:^|,)\s*[a-zåäöé]{3,}(?=\s*(?:,|\(|$))")


def _lower_case_list(value: str, group: str | None) -> list[Attendee]:
    """'roger (ordf), bitte, kenneth': names typed in lower case, read as if capitalised and
    kept as written."""
    low = value.casefold()
    people = []
    for person in _name_list(value.title(), group):
        at = low.find(person.name.casefold())
        name = value[at : at + len(person.name)] if at >= 0 else person.name
        # the role, organisation and note as written, not title-cased ("(psykolog, gick efter pkt 3)")
        kept = {}
        for key in ("role", "organisation", "note"):
            said = getattr(person, key)
            if said is not None and (r := low.find(said.casefold())) >= 0:
                said = value[r : r + len(said)]
            kept[key] = said
        if kept["organisation"] and kept["organisation"].islower() and len(kept["organisation"].split()) > 2:
            # "tove (sekr, skriver på mobilen sorry för stavfel)": words about the person, no organisation
            kept["note"] = ", ".join(n for n in (kept["note"], kept["organisation"]) if n)
            kept["organisation"] = None
        people.append(person.model_copy(update={"name": name, **kept}))
    return people


def _name_list(value: str, group: str | None) -> list[Attendee]:
    people: list[Attendee] = []
    pending: list[int] = []  # people not yet given a "från X" organisation
    role: str | None = None  # "föräldrar: Ida, Kristoffer" - a role for the people after it
    for part in split_top_level(_first_sentence(value).strip().rstrip("."), _LIST_SPLIT):
        heading = _PART_HEADING.match(part) if ":" in part else None
        if heading is not None and not looks_like_name(heading["head"]):
            role, part = heading["head"], heading["rest"]
        # A handle starts the part: no need to look for one otherwise.
        handle = _HANDLE.match(part.split(" (")[0].strip()) if part.startswith("@") else None
        if handle is not None:
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
        self_word, _, after_self = rest.partition(" ")
        if self_word.casefold() in _SELF_WORDS and not self_word.isupper() and groups and (
                looks_like_name(mine := (own := groups[0].split(",", 1))[0].strip()) or is_initials(mine.upper())):
            # "me (Becca)", "me (Sophie, notes)", "jag (Hanna) antecknar": the writer, by name
            rest = own[0].strip()
            groups = [g.strip() for g in (*own[1:], after_self) if g.strip()] + groups[1:]
            by_name = True  # (initials that are also a word, "jag (AN)", are a name here)
        else:
            by_name = False
        note = find_note(rest)
        if note is not None and note.start() > 0 and not looks_like_name(rest):
            # "Rektor Ingrid del av mötet": the person, then a note about them.
            rest, groups = rest[: note.start()].strip(" ,"), [rest[note.start() :], *groups]
        name, *extra = _name_from(rest) if rest else [rest]
        named = by_name or looks_like_name(name)  # asked once per name, not at every branch
        if name and not named and (prefixed := role_prefixed(name)):
            name, extra = prefixed[1], [prefixed[0], *extra]
            named = looks_like_name(name)
        elif name and not named and (suffixed := role_after(name)):
            name, extra = suffixed[0], [suffixed[1], *extra]
            named = looks_like_name(name)
        elif role and named:
            extra = [role, *extra]
        if not named and _LOWER_INITIALS.fullmatch(name or "") and name not in _SHORT_WORDS:
            named = True  # rough notes name people by lower-case initials: "närv: jb, ml, tk"
        if named and not (people and _ORG_TAIL.search(name)):
            people.append(_attendee(name, extra + groups, organisation=group))
            pending.append(len(people) - 1)
        elif people and not _COUNT.match(rest):
            # "Anna Berg, ordförande": a descriptor of the person before it.
            prev = people[-1]
            person = prev.model_dump(include={"organisation", "role", "note"})
            for desc in ([rest] if rest else []) + groups:
                apply_descriptor(person, desc)
            people[-1] = prev.model_copy(update=person)
    return people


_LOWER_INITIALS = _rx.compile(r"[a-zåäö]{2,3}")
_SELF_WORDS = frozenset({"me", "myself", "jag", "mig"})
_SHORT_WORDS = frozenset(
    "och samt med men som att för från till och alla all and the for via ej inte nej ja ok var dag "
    "tid kl av på om".split()
)


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
