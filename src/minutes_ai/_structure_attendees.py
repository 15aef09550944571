"""Attendee blocks: the people listed under ``Närvarande:``/``Present:`` and absence lists."""

from __future__ import annotations

import re
from typing import cast

from . import _rx
from ._structure_labels import is_field, is_label, is_title
from ._structure_lines import Line, Watched, cells, next_nonblank, word_count
from ._structure_people import (
    is_initials,
    is_name_list,
    looks_like_name,
    parse_name_list,
    parse_person_line,
)
from .schemas import Attendee

_GENERIC_GROUPS_TEXT = """
    övriga övrigt nätverket gruppen ledamöter ledamot ersättare tjänstepersoner tjänstemän gäster
    adjungerade inbjudna politiker förvaltningen others other guests members staff observers
    officers officials
    """
_GENERIC_GROUPS = frozenset(_GENERIC_GROUPS_TEXT.split())


def _group_name(line: Line) -> str | None:
    """The organisation a sub-heading inside an attendee block stands for, if it names one."""
    name = line.clean.rstrip(":").strip()
    if name.casefold() in _GENERIC_GROUPS or word_count(name) > 4:
        return None
    if name.isupper() and len(name) > 5:
        name = name.capitalize()
    return name


def _is_group_heading(line: Line, label_level: int) -> bool:
    """A sub-heading naming a party inside an attendee block (``line`` is known to be no label)."""
    clean = line.clean
    if line.words > 5 or clean[0].isdecimal():
        return False
    if line.level:
        return not label_level or line.level > label_level
    return line.bold or clean.endswith(":") or (clean.isupper() and len(clean) > 2)


def people_in(rest: str) -> list[Attendee]:
    """The people a label's own line lists: ``Anna Berg, Bo Ek`` or ``Anna Berg, Ale``."""
    return parse_name_list(rest) if not _single_person(rest) else _one(rest)


# Attendee blocks already read from one text's lines, by (index, stop, rest, level, aligned):
# the people, the next index, and how far the lines were read (see ``Watched``).
Blocks = dict[tuple[int, int, str, int, bool], tuple[list[Attendee], int, int]]


def read_people_block(
    lines: list[Line],
    index: int,
    stop: int,
    rest: str,
    label_level: int,
    *,
    aligned: bool = False,
    blocks: Blocks | None = None,
) -> tuple[list[Attendee], int]:
    """Read the attendee block whose label is ``lines[index]``: the people and the next index.

    ``aligned``: the label stands in a letterhead column, so the block's lines are indented
    and the next line at the margin is another field. ``blocks`` (for these ``lines`` only)
    keeps what was read, since splitting and header parsing read the same blocks again.
    """
    if blocks is None:
        return _read_block(lines, index, stop, rest, label_level, aligned)
    key = (index, stop, rest, label_level, aligned)
    if key not in blocks:
        view = Watched(lines.lines if isinstance(lines, Watched) else lines)
        found, after = _read_block(cast("list[Line]", view), index, stop, rest, label_level, aligned)
        blocks[key] = (found, after, view.reach)
    people, end, reach = blocks[key]
    if isinstance(lines, Watched):
        lines.reach = max(lines.reach, reach)  # a block read before counts for this reader too
    return list(people), end  # a list of its own: callers may extend it


def _read_block(
    lines: list[Line], index: int, stop: int, rest: str, label_level: int, aligned: bool
) -> tuple[list[Attendee], int]:
    people: list[Attendee] = []
    answers = _Answers()
    i = index + 1
    last_taken = index
    if rest:
        # "Med: Anna (kurator,\n skolan), Bo," runs on while a list or a bracket is open.
        rest, last_taken = _run_on(lines, i, stop, rest, last_taken)
        i = last_taken + 1
        people.extend(people_in(rest))
    group: str | None = None
    while i < stop:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if is_label(line) or is_field(line) or is_title(line):
            break
        if aligned and not line.raw[:1].isspace():
            break
        if _table_chrome(line):
            i += 1
            continue
        if line.raw.count("|") >= 2 and not line.raw.lstrip().startswith("|"):
            break  # "What | Resp. | Deadline": a table without outer pipes starts below the people
        if _is_group_heading(line, label_level):
            following = next_nonblank(lines, i + 1, stop)
            if following is None or not _person_line(following, answers):
                break
            group = _group_name(line)
            last_taken = i
            i += 1
            continue
        grouped = _GROUP_LIST.match(line.clean)
        if grouped is not None and word_count(_ABBREVIATED.sub("", grouped["group"])) <= 3 and (
                not line.level or _ABBREVIATED.search(grouped["group"])):
            # "- TU Karlsfeld (TUK): Jonas Brenner (JB), Kaan Yilmaz (KY)": an organisation's people
            # "Kommunen: Ulrika Berg (ordf.), Rasmus Vikström," - the people of one party.
            entry, last_taken = _run_on(lines, i + 1, stop, grouped["list"], i)
            found = parse_name_list(entry, _group_name_text(grouped["group"]))
            if not found:
                break
            people.extend(found)
            i = last_taken + 1
            continue
        if not _person_line(line, answers) or (line.level and not label_level):
            break
        entry = answers.entry(line)
        # "Närvarande: Anna Berg, Bo Ek," wraps: the next line goes on with the list.
        wrapped = i == index + 1 and rest.rstrip().endswith((",", " och", " and", " samt", "&"))
        if _open_list(line.clean) and (wrapped or answers.name_list(entry)):
            entry, i = _run_on(lines, i + 1, stop, entry + ",", i)
            people.extend(parse_name_list(entry, group))
        elif wrapped or answers.name_list(entry):
            people.extend(parse_name_list(entry, group))
        else:
            person = answers.person(entry, group)
            if person is None or _stray_word(person, people):
                break
            people.append(person)
        last_taken = i
        i += 1
    return people, last_taken + 1


_GROUP_LIST = _rx.compile(r"^(?P<group>[^\W\d][\w .&/-]{0,40}?(?:\s*\([A-ZÅÄÖ][\w&-]{1,9}\))?)\s*:\s+(?P<list>\S.*)$")
_ABBREVIATED = _rx.compile(r"\s*\([A-ZÅÄÖ][\w&-]{1,9}\)")


def _open_list(value: str) -> bool:
    """A list that goes on: a trailing comma or conjunction, or a bracket left open."""
    stripped = value.rstrip()
    trailing = stripped.endswith((",", ";", " och", " and", " samt", "&"))
    return trailing or stripped.count("(") > stripped.count(")")


def _run_on(lines: list[Line], i: int, stop: int, value: str, last: int) -> tuple[str, int]:
    """Join the lines a wrapped list runs on to; returns the text and the last line taken."""
    while i < stop and (_open_list(value) or _bracket_goes_on(lines[i].clean)):
        line = lines[i]
        if line.blank or is_label(line) or is_field(line) or is_title(line) or line.level:
            break
        value = f"{value.rstrip()} {line.clean}"
        last = i
        i += 1
    return value, last


_REMARK = _rx.compile(r"\([^()]*\)\.?")


def _bracket_goes_on(clean: str) -> bool:
    """ "(Secretary), Dee Holt" finishes the entry above; a line all in brackets is a remark."""
    return clean.startswith("(") and not _REMARK.fullmatch(clean)


def _group_name_text(value: str) -> str | None:
    name = value.strip()
    if name.casefold() in _GENERIC_GROUPS or not name[:1].isupper():
        return None
    return name.capitalize() if name.isupper() and len(name) > 5 else name


def _table_chrome(line: Line) -> bool:
    """A table's rule row or its header row ("| Namn | Organisation |")."""
    if not line.raw.lstrip().startswith("|"):
        return False
    entry = cells(line)
    return not entry or entry.split(",")[0].strip().lower() in {
        "namn",
        "name",
        "deltagare",
        "person",
    }


def _stray_word(person: Attendee, people: list[Attendee]) -> bool:
    """A lone capitalised word after full names is a heading ("Budget"), not a person."""
    lone = " " not in person.name and not is_initials(person.name)
    bare = person.organisation is None and person.role is None and person.note is None
    return lone and bare and any(" " in p.name for p in people)


class _Answers:
    """What the lines of one block read as, each worked out once: a block asks twice."""

    def __init__(self) -> None:
        self._entries: dict[int, str] = {}
        self._lists: dict[str, bool] = {}
        self._people: dict[tuple[str, str | None], Attendee | None] = {}

    def entry(self, line: Line) -> str:
        """``cells(line)``, without the number of a numbered list of people."""
        if line.index not in self._entries:
            value = cells(line)
            numbered = _POINT_NUMBER.match(value)
            if numbered and _NAMED_PERSON.match(value[numbered.end():].strip()):
                value = value[numbered.end():].strip()
            self._entries[line.index] = value
        return self._entries[line.index]

    def name_list(self, entry: str) -> bool:
        """``is_name_list(entry)``."""
        if entry not in self._lists:
            self._lists[entry] = is_name_list(entry)
        return self._lists[entry]

    def person(self, entry: str, group: str | None = None) -> Attendee | None:
        """``parse_person_line(entry, group)``."""
        key = (entry, group)
        if key not in self._people:
            self._people[key] = parse_person_line(entry, group)
        return self._people[key]


_LEAD_DIGIT = _rx.compile(r"^\d")
_POINT_NUMBER = _rx.compile(r"^(?:§\s*)?\d{1,3}\s*[.):]")
# A title or two capitalised names open the entry: "Dr. Meenakshi Kulkarni", "Anna Berg (S)".
_NAMED_PERSON = _rx.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr|Cr|Rev|Sir|Dame)\.?\s+)[A-ZÅÄÖ]|[A-ZÅÄÖ][a-zåäöéü'’-]+\s+[A-ZÅÄÖ][a-zåäöéü'’-]+"
)


# a sentence's end and the next one's start, inside a line ("... at 185. Carried.", not "St. Mary's")
_TWO_SENTENCES = _rx.compile(r"[a-zåäö\d]{2}[.!?]\s+[A-ZÅÄÖ]")


def _person_line(line: Line, answers: _Answers | None = None) -> bool:
    answers = answers or _Answers()
    clean = answers.entry(line)
    if line.level and _LEAD_DIGIT.match(clean):
        return False
    numbered = _POINT_NUMBER.match(clean)
    if numbered:
        # "1. Dr. Meenakshi Kulkarni – Chairperson": a numbered list of people, not agenda point 1
        rest = clean[numbered.end():].strip()
        person = parse_person_line(rest) if _NAMED_PERSON.match(rest) and word_count(rest) <= 10 else None
        return person is not None and not rest.endswith(".")
    if answers.name_list(clean):
        return True
    if _TWO_SENTENCES.search(clean):
        return False  # "Moved Jo, seconded Narelle: that fees stay at 185. Carried.": notes, not a person
    person = answers.person(clean)
    if person is None:
        return False
    # "Beslutet från 2024-03-01 gäller." is a sentence, not "Name från Organisation".
    sentence = clean.endswith((".", "!", "?")) and word_count(clean) >= 4
    return not (sentence and " " not in person.name and not is_initials(person.name))


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
            and not looks_like_name(
                re.sub(r"\([^)]*\)", "", rest.split(",")[1]).strip(), allow_single=False
            )
        )
    )


def _one(rest: str) -> list[Attendee]:
    person = parse_person_line(rest)
    return [person] if person else []


def skip_block(lines: list[Line], index: int, stop: int) -> int:
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


__all__ = ["Blocks", "people_in", "read_people_block", "skip_block"]
