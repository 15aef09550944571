"""A meeting's header: title, attendee blocks, chair and secretary, and where the header ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ._structure_lines import Line, next_nonblank, word_count
from ._structure_people import (
    dedupe,
    is_chair_role,
    is_initials,
    is_name_list,
    is_secretary_role,
    looks_like_name,
    parse_name_list,
    parse_person_line,
)
from .schemas import Attendee

_OPT_PAREN = r"(?:\s*\([^)]*\))?"
_ATTENDEE_LABEL = re.compile(
    r"^(?:övriga\s+|also\s+|members\s+|others\s+)?"
    r"(?:närvarande(?:\s+ledamöter)?|deltagare|deltagande|deltog|närvarolista|beslutande|"
    r"tjänstgörande\s+ersättare|(?:digitalt|fysiskt|hybrid|teams|zoom)[- ]?möte|present|"
    r"attendees|attending|attendance|in\s+attendance|participants)"
    r"(?:\s+(?:ledamöter|ledamot|members|personer|tjänstepersoner))?"
    rf"(?:\s+(?:var|were|was|är))?{_OPT_PAREN}\s*(?::|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ABSENT_LABEL = re.compile(
    r"^(?:frånvarande|anmält\s+förhinder|förhinder|ej\s+närvarande|anmält\s+frånvaro|avbud|"
    r"absent|apologies(?:\s+for\s+absence)?|regrets|excused|not\s+present|unable\s+to\s+attend)"
    rf"{_OPT_PAREN}\s*(?::|$)",
    re.IGNORECASE,
)
_CHAIR_LABEL = re.compile(
    r"^(?:mötesordförande|ordförande|ordf\.?|mötesledare|chair(?:person|man|woman)?|chaired\s+by)"
    r"\s*(?P<sep>[:,]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_SECRETARY_LABEL = re.compile(
    r"^(?:sekreterare|mötessekreterare|sekr\.?|protokollförare|antecknare|antecknat\s+av|"
    r"anteckningar\s+(?:fördes\s+)?av|antecknades\s+av|vid\s+anteckningarna|vid\s+protokollet|"
    r"vid\s+pennan|minutes(?:\s+taken|\s+recorded)?\s+by|minutes|minute[- ]taker|"
    r"notes(?:\s+taken)?\s+by|note[- ]?taker|scribe|secretary|recorder|recorded\s+by)"
    r"\s*(?P<sep>[:,]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Header fields whose value is not about people: consumed so they do not end the header.
_OTHER_LABEL = re.compile(
    r"^(?:datum|date|tid|time|tidpunkt|plats|place|location|lokal|venue|dnr|diarienummer|"
    r"beteckning|tjänsteställe|handläggare|justerare|justeras|sida|page|kallade|mötesform|"
    r"postadress|besöksadress|tel|telefon|e-post|email|organisationsnummer|org\.?\s*nr|"
    r"webbplats|hemsida)(?:\s*$|\b[^:]{0,20}:\s*(?P<rest>.*)$)",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^(?!(?:från|from|i|in|se|see|enligt|av|of|till|to|om|about|föregående|förra|tidigare|"
    r"previous|last|prior)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:\w*anteckningar|\w*anteckning|\w*protokoll|minutes|meeting\s+notes|notes\s+(?:from|of))\b",
    re.IGNORECASE,
)
_GENERIC_GROUPS_TEXT = """
    övriga övrigt nätverket gruppen ledamöter ledamot ersättare tjänstepersoner tjänstemän gäster
    adjungerade inbjudna politiker förvaltningen others other guests members staff observers
    officers officials
    """
_GENERIC_GROUPS = frozenset(_GENERIC_GROUPS_TEXT.split())


@dataclass
class Header:
    """What the header of one meeting says."""

    title: str | None = None
    title_line: int | None = None
    end_index: int = 0
    attendees: list[Attendee] = field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None


def is_title(line: Line) -> bool:
    """True for a line that reads as a minutes title ("Anteckningar ...", "Minutes of ...")."""
    return bool(line.clean) and word_count(line.clean) <= 25 and bool(_TITLE.match(line.clean))


def is_attendee_label(line: Line) -> bool:
    """True for ``Närvarande:``/``Present:``-style lines."""
    return bool(_ATTENDEE_LABEL.match(line.clean))


def is_label(line: Line) -> bool:
    """True for any header label line (people, roles or other header fields)."""
    clean = line.clean
    return bool(
        _ATTENDEE_LABEL.match(clean)
        or _ABSENT_LABEL.match(clean)
        or _CHAIR_LABEL.match(clean)
        or _SECRETARY_LABEL.match(clean)
    )


def _group_name(line: Line) -> str | None:
    """The organisation a sub-heading inside an attendee block stands for, if it names one."""
    name = line.clean.rstrip(":").strip()
    if name.casefold() in _GENERIC_GROUPS or word_count(name) > 4:
        return None
    if name.isupper() and len(name) > 5:
        name = name.capitalize()
    return name


def _is_group_heading(line: Line, label_level: int) -> bool:
    clean = line.clean
    if word_count(clean) > 5 or re.match(r"^\d", clean) or is_label(line):
        return False
    if line.level:
        return not label_level or line.level > label_level
    return line.bold or clean.endswith(":") or (clean.isupper() and len(clean) > 2)


def read_people_block(
    lines: list[Line], index: int, stop: int, rest: str, label_level: int
) -> tuple[list[Attendee], int]:
    """Read the attendee block whose label is ``lines[index]``: the people and the next index."""
    people: list[Attendee] = []
    if rest:
        people.extend(parse_name_list(rest) if not _single_person(rest) else _one(rest))
    group: str | None = None
    i = index + 1
    last_taken = index
    while i < stop:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if is_label(line) or _OTHER_LABEL.match(line.clean) or is_title(line):
            break
        if _is_group_heading(line, label_level):
            following = next_nonblank(lines, i + 1, stop)
            if following is None or not _person_line(following):
                break
            group = _group_name(line)
            last_taken = i
            i += 1
            continue
        if not _person_line(line) or (line.level and not label_level):
            break
        if is_name_list(line.clean):
            people.extend(parse_name_list(line.clean, group))
        else:
            person = parse_person_line(line.clean, group)
            if person is None or _stray_word(person, people):
                break
            people.append(person)
        last_taken = i
        i += 1
    return people, last_taken + 1


def _stray_word(person: Attendee, people: list[Attendee]) -> bool:
    """A lone capitalised word after full names is a heading ("Budget"), not a person."""
    lone = " " not in person.name and not is_initials(person.name)
    bare = person.organisation is None and person.role is None and person.note is None
    return lone and bare and any(" " in p.name for p in people)


def _person_line(line: Line) -> bool:
    clean = line.clean
    if line.level and re.match(r"^\d", clean):
        return False
    if re.match(r"^(?:§\s*)?\d{1,3}\s*[.):]", clean):
        return False
    return is_name_list(clean) or parse_person_line(clean) is not None


def _single_person(rest: str) -> bool:
    """``Närvarande: Anna Berg, Ale`` is one person; ``Anna, Bo`` and more commas are a list."""
    return (
        rest.count(",") == 1
        and word_count(rest.split(",")[0]) >= 2
        and not is_name_list(rest)
        and word_count(rest) <= 6
        and (
            parse_person_line(rest) is not None
            and len(rest.split(",")[1].split()) <= 3
            and not looks_like_name(rest.split(",")[1].strip(), allow_single=False)
        )
    )


def _one(rest: str) -> list[Attendee]:
    person = parse_person_line(rest)
    return [person] if person else []


def _role_value(lines: list[Line], index: int, stop: int, rest: str) -> tuple[str | None, int]:
    """The name after a role label, on the same line or the next non-empty one."""
    if rest:
        value = re.split(r"\s*[,(–]\s*|\s+-\s+", rest.strip())[0].strip(" .")
        return (value if looks_like_name(value) else None), index + 1
    following = next_nonblank(lines, index + 1, min(stop, index + 4))
    if following and not is_label(following) and looks_like_name(following.clean.split(",")[0]):
        return following.clean.split(",")[0].strip(" ."), following.index + 1
    return None, index + 1


def _skip_block(lines: list[Line], index: int, stop: int) -> int:
    """Skip an absence list: its label line and the person lines after it."""
    i = index + 1
    last = index
    while i < stop:
        line = lines[i]
        if not line.blank:
            if is_label(line) or not _person_line(line):
                break
            last = i
        i += 1
    return last + 1


def parse_header(lines: list[Line], lo: int, hi: int, is_point: Callable[[Line], bool]) -> Header:
    """Walk the meeting's leading lines (``lines[lo:hi]``) and read its header.

    ``is_point(line)`` tells whether a line opens an agenda point, which ends the header.
    """
    header = Header()
    people: list[Attendee] = []
    seen_people = False
    i = lo
    while i < hi:
        line = lines[i]
        clean = line.clean
        if line.blank:
            i += 1
            continue
        if is_point(line):
            break
        if (m := _ATTENDEE_LABEL.match(clean)) is not None:
            found, i = read_people_block(lines, i, hi, m.group("rest"), line.level)
            people.extend(found)
            seen_people = True
            continue
        if _ABSENT_LABEL.match(clean):
            i = _skip_block(lines, i, hi)
            continue
        role = _CHAIR_LABEL.match(clean) or _SECRETARY_LABEL.match(clean)
        if role and not (clean.lower().startswith("minutes") and not role.group("sep")):
            value, i = _role_value(lines, i, hi, role.group("rest"))
            if _CHAIR_LABEL.match(clean):
                header.chair = header.chair or value
            else:
                header.secretary = header.secretary or value
            continue
        if (m := _OTHER_LABEL.match(clean)) is not None:
            i += 1
            if not m.group("rest"):
                following = next_nonblank(lines, i, min(hi, i + 3))
                if following and word_count(following.clean) <= 8 and not is_title(following):
                    i = following.index + 1
            continue
        # A bare "Protokoll" (a letterhead field) gives way to a fuller title below it.
        if is_title(line) and (header.title is None or _bare(header.title, line.clean)):
            i = _take_title(lines, i, hi, header)
            continue
        heading = line.level or line.bold
        if (
            heading
            and header.title is None
            and not seen_people
            and not line.bullet
            and _heading_is_title(lines, i, hi)
        ):
            header.title, header.title_line = clean, i
            i += 1
            continue
        if (
            not heading
            and not line.bullet
            and word_count(clean) <= 8
            and not clean.endswith((".", "?", "!"))
            and not seen_people
        ):
            i += 1  # letterhead, a date line or a place line
            continue
        break
    header.end_index = i
    if header.title is None:
        header.title_line = _plain_title(lines, lo, i)
        if header.title_line is not None:
            header.title = lines[header.title_line].clean
    header.attendees = dedupe(people)
    _roles_from_attendees(header)
    return header


def _heading_is_title(lines: list[Line], index: int, hi: int) -> bool:
    """An opening heading names the meeting unless it is merely the first of its sections."""
    line = lines[index]
    level = line.level or 7
    if line.level == 1 or re.search(r"\b\d{4}\b|\b\d{1,2}/\d{1,2}\b|\b\d{6}\b", line.clean):
        return True
    following = next_nonblank(lines, index + 1, hi)
    if following is not None and (is_label(following) or _OTHER_LABEL.match(following.clean)):
        return True
    return not any(
        (x.level or (7 if x.bold and not x.bullet else 99)) <= level for x in lines[index + 1 : hi]
    )


def _plain_title(lines: list[Line], lo: int, end: int) -> int | None:
    """Without a titled line, a short opening line of the header names the meeting."""
    first = next_nonblank(lines, lo, end)
    if first is None or is_label(first) or _OTHER_LABEL.match(first.clean):
        return None
    clean = first.clean
    if word_count(clean) > 12 or clean.endswith((".", "?", "!", ":")) or first.bullet:
        return None
    return first.index


def _bare(current: str, candidate: str) -> bool:
    return word_count(current) == 1 and word_count(candidate) > 1


def _take_title(lines: list[Line], i: int, hi: int, header: Header) -> int:
    line = lines[i]
    header.title, header.title_line = line.clean, i
    following = next_nonblank(lines, i + 1, min(hi, i + 4))
    if following is None or is_label(following) or following.bullet:
        return i + 1
    # "Minnesanteckningar från:" continues on the next line.
    continues = re.search(r"(?::|\b(?:från|from|of|med|with))$", line.clean, re.IGNORECASE)
    # A bare "PROTOKOLL" is often followed by the body's name: "Styrelsemöte 2024-02-12".
    bare = (
        word_count(line.clean) == 1
        and word_count(following.clean) <= 12
        and not following.clean.endswith((".", "?", "!", ":"))
        and not is_title(following)
        and not _OTHER_LABEL.match(following.clean)
        and not re.match(r"^(?:§\s*)?\d{1,3}\s*[.):]", following.clean)
    )
    if (continues and word_count(following.clean) <= 30) or bare:
        header.title = f"{line.clean} {following.clean}"
        return following.index + 1
    return i + 1


def _roles_from_attendees(header: Header) -> None:
    for person in header.attendees:
        if header.chair is None and is_chair_role(person.role):
            header.chair = person.name
        if header.secretary is None and is_secretary_role(person.role):
            header.secretary = person.name


def find_role_labels(lines: list[Line], lo: int, hi: int, header: Header) -> None:
    """Fill chair/secretary from labels anywhere in the meeting (``Antecknat av`` often closes it)."""
    for i in range(lo, hi):
        line = lines[i]
        if line.blank or word_count(line.clean) > 8:
            continue
        clean = line.clean
        if header.secretary is None and (m := _SECRETARY_LABEL.match(clean)) is not None:
            if clean.lower().startswith("minutes") and not m.group("sep"):
                continue
            header.secretary = _role_value(lines, i, hi, m.group("rest"))[0]
        elif header.chair is None and (m := _CHAIR_LABEL.match(clean)) is not None:
            header.chair = _role_value(lines, i, hi, m.group("rest"))[0]


__all__ = [
    "Header",
    "find_role_labels",
    "is_attendee_label",
    "is_label",
    "is_title",
    "parse_header",
]
