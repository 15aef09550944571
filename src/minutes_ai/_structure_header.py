"""A meeting's header: title, attendee blocks, chair and secretary, and where the header ends."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import _rx
from ._structure_attendees import Blocks, people_in, read_people_block, skip_block
from ._structure_labels import (
    ABSENT_LABEL,
    ALIGNED_ATTENDEE_LABEL,
    ATTENDEE_LABEL,
    CHAIR_LABEL,
    FIELD_LABEL,
    SECRETARY_LABEL,
    is_label,
    is_title,
    label_rest,
)
from ._structure_lines import Line, next_nonblank, strip_markup, word_count
from ._structure_people import (
    dedupe,
    is_chair_role,
    is_initials,
    is_name_list,
    is_secretary_role,
    looks_like_name,
    parse_name_list,
    resolve_initials,
)
from .dates import find_meeting_date
from .schemas import Attendee

# A transcript's opening: a timestamp or "Speaker: ...".
_SPEAKER_OR_TIME = _rx.compile(r"^(?:\[?\(?\d{1,2}:\d{2}|[^\W\d][\w .'-]{0,40}:\s)")

# Precompiled: these run for every header line.
_ROLE_VALUE_END = _rx.compile(r"\s*[,(–]\s*|\s+-\s+")
_DOTTED_LINE = _rx.compile(r"[._…\s-]+")
_NAME_END = _rx.compile(r"\s*[,(]\s*")
_DATE_LIKE = _rx.compile(r"\b\d{4}\b|\b\d{1,2}/\d{1,2}\b|\b\d{6}\b")
_CONTINUES = _rx.compile(r"(?::|\b(?:från|from|of|med|with))$", re.IGNORECASE)
_POINT_NUMBER = _rx.compile(r"^(?:§\s*)?\d{1,3}\s*[.):]")
_COLUMN_GAP = _rx.compile(r"\t|\s{3,}")


@dataclass
class Header:
    """What the header of one meeting says."""

    title: str | None = None
    title_line: int | None = None
    end_index: int = 0
    attendees: list[Attendee] = field(default_factory=list)
    chair: str | None = None
    secretary: str | None = None


def _role_value(lines: list[Line], index: int, stop: int, rest: str) -> tuple[str | None, int]:
    """The name after a role label, on the same line or the next non-empty one."""
    if rest:
        value = _ROLE_VALUE_END.split(rest.strip())[0].strip(" .")
        return (value if looks_like_name(value) else None), index + 1
    following = next_nonblank(lines, index + 1, min(stop, index + 4))
    # A signature block puts a dotted line between the role and the name.
    if following and _DOTTED_LINE.fullmatch(following.clean):
        following = next_nonblank(lines, following.index + 1, min(stop, index + 5))
    if following and not is_label(following) and looks_like_name(following.clean.split(",")[0]):
        return following.clean.split(",")[0].strip(" ."), following.index + 1
    return None, index + 1


def parse_header(
    lines: list[Line],
    lo: int,
    hi: int,
    is_point: Callable[[Line], bool],
    blocks: Blocks | None = None,
) -> Header:
    """Walk the meeting's leading lines (``lines[lo:hi]``) and read its header.

    ``is_point(line)`` tells whether a line opens an agenda point, which ends the header.
    ``blocks`` remembers the attendee blocks read from these ``lines``.
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
        if (segments := _segments(line)) is not None:
            # "Facilitator: Noor · Present: Noor, Dmitri" - several fields on one line.
            seen_people = _read_segments(segments, header, people) or seen_people
            i += 1
            continue
        if (m := ATTENDEE_LABEL.match(clean)) is not None:
            found, i = read_people_block(lines, i, hi, label_rest(m), line.level, blocks=blocks)
            people.extend(found)
            seen_people = True
            continue
        if (m := ALIGNED_ATTENDEE_LABEL.match(line.raw)) is not None:
            # A letterhead's columns: "Beslutande       Anna Roos (S), ordförande".
            found, i = read_people_block(
                lines, i, hi, m["rest"], line.level, aligned=True, blocks=blocks
            )
            people.extend(found)
            seen_people = True
            continue
        if (m := _NOTES_BY.match(clean)) is not None and looks_like_name(m["name"]):
            header.secretary = header.secretary or m["name"]  # "Anteckningar: Sofie"
            i += 1
            continue
        if ABSENT_LABEL.match(clean):
            i = skip_block(lines, i, hi)
            continue
        role = CHAIR_LABEL.match(clean) or SECRETARY_LABEL.match(clean)
        if role and not (clean.lower().startswith("minutes") and not role.group("sep")):
            value, i = _role_value(lines, i, hi, role.group("rest"))
            if CHAIR_LABEL.match(clean):
                header.chair = header.chair or value
            else:
                header.secretary = header.secretary or value
            continue
        if (m := FIELD_LABEL.match(clean)) is not None:
            i += 1
            if not m.group("rest"):
                following = next_nonblank(lines, i, min(hi, i + 3))
                if following and following.words <= 8 and not is_title(following):
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
            and line.words <= 8
            and not clean.endswith((".", "?", "!"))
            and not seen_people
        ):
            i += 1  # letterhead, a date line or a place line
            continue
        opening = i == lo or next_nonblank(lines, lo, i) is None
        if not heading and not line.bullet and not seen_people and is_date_line(clean, opening):
            i += 1  # "Söndagen den 23 mars 2025 kl. 14.00, Folkets hus lilla salen"
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


# (". " too, when a label follows: "plats: klubbstugan. närv: per (ordf), lotta. frånv: helena")
_SEGMENT_SPLIT = _rx.compile(r"\s+[·•|]\s+|\s{3,}|(?<=[a-zåäö)])\.\s+(?=[^\W\d][\w.-]{0,20}(?: [\w.-]+)?\s*:\s)")
_SEGMENT = _rx.compile(r"^(?P<label>[^\W\d][\w .-]{0,30}?)\s*:\s*(?P<value>\S.*)$")
# "Anteckningar: Sofie", "Notes: @pwright": who keeps the notes, not a title.
_NOTES_BY = _rx.compile(
    r"^(?:anteckningar|minnesanteckningar|anteckningarna|notes|minutes|notetaker)\s*:\s*@?"
    r"(?P<name>[^\W\d][\w.'-]*(?:\s+[\w.'-]+){0,2})$",
    re.IGNORECASE,
)
_HANDLE = _rx.compile(r"^@?(?P<name>[\w][\w.-]{0,38})$")


def _segments(line: Line) -> list[tuple[str, str]] | None:
    """The ``label: value`` fields of a line that holds several, else None."""
    if line.raw.lstrip().startswith("|"):
        return None  # a table row
    parts = _SEGMENT_SPLIT.split(line.clean)
    if len(parts) < 2:
        return None
    fields = [m for part in parts if (m := _SEGMENT.match(part.strip())) is not None]
    if len(fields) != len(parts):
        return None
    return [(m["label"], m["value"]) for m in fields]


def _read_segments(segments: list[tuple[str, str]], header: Header, people: list[Attendee]) -> bool:
    """Apply each field of a multi-field line; True when one of them listed people."""
    listed = False
    for label, value in segments:
        text = f"{label}: {value}"
        if (m := ATTENDEE_LABEL.match(text)) is not None:
            people.extend(people_in(label_rest(m)))
            listed = True
        elif CHAIR_LABEL.match(text):
            header.chair = header.chair or _handle_or_name(value)
        elif SECRETARY_LABEL.match(text) or _NOTES_BY.match(text):
            header.secretary = header.secretary or _handle_or_name(value)
    return listed


def _handle_or_name(value: str) -> str | None:
    first = _NAME_END.split(value.strip())[0].strip(" .")
    if looks_like_name(first.lstrip("@")):
        return first.lstrip("@")
    handle = _HANDLE.match(first) if first.startswith("@") else None
    return handle["name"] if handle else None


def is_date_line(clean: str, opening: bool = False) -> bool:
    """A header line that opens with the meeting's full date, then time and place.

    The very first line of the notes may also name the meeting before its date
    ("Årsmöte i föreningen, söndag 2 mars 2025, Gamla skolan").
    """
    if word_count(clean) > (16 if opening else 20) or (opening and clean.endswith(".")):
        return False
    found = find_meeting_date(clean)
    return found is not None and (opening or len(clean[: found.start].split()) <= 1)


def _heading_is_title(lines: list[Line], index: int, hi: int) -> bool:
    """An opening heading names the meeting unless it is merely the first of its sections."""
    line = lines[index]
    level = line.level or 7
    if line.level == 1 or _DATE_LIKE.search(line.clean):
        return True
    following = next_nonblank(lines, index + 1, hi)
    if following is not None and (is_label(following) or FIELD_LABEL.match(following.clean)):
        return True
    return not any(
        (x.level or (7 if x.bold and not x.bullet else 99)) <= level for x in lines[index + 1 : hi]
    )


def _plain_title(lines: list[Line], lo: int, end: int) -> int | None:
    """Without a titled line, a short opening line of the header names the meeting."""
    first = next_nonblank(lines, lo, end)
    if first is None or is_label(first) or FIELD_LABEL.match(first.clean):
        return None
    clean = first.clean
    if first.words > 12 or clean.endswith((".", "?", "!", ":")) or first.bullet:
        return None
    if _SPEAKER_OR_TIME.match(clean):
        return None  # a transcript's first turn, not a title
    return first.index


def _bare(current: str, candidate: str) -> bool:
    return word_count(current) == 1 and word_count(candidate) > 1


def _take_title(lines: list[Line], i: int, hi: int, header: Header) -> int:
    line = lines[i]
    title = _first_column(line)
    header.title, header.title_line = title, i
    following = next_nonblank(lines, i + 1, min(hi, i + 4))
    if following is None or is_label(following) or following.bullet:
        return i + 1
    # "Minnesanteckningar från:" continues on the next line.
    continues = _CONTINUES.search(title)
    # A bare "PROTOKOLL" is often followed by the body's name: "Styrelsemöte 2024-02-12".
    bare = (
        word_count(title) == 1
        and following.words <= 12
        and not following.clean.endswith((".", "?", "!", ":"))
        and not is_title(following)
        and not FIELD_LABEL.match(following.clean)
        and not _POINT_NUMBER.match(following.clean)
    )
    if (continues and following.words <= 30) or bare:
        # A letterhead's second column ("... Sammanträdesdatum 2025-02-04") is another field.
        header.title = f"{title} {_first_column(following) if bare else following.clean}"
        return following.index + 1
    return i + 1


def _first_column(line: Line) -> str:
    """A letterhead line's first column: "Styrelseprotokoll        Sida 1 av 2" -> the title."""
    if line.level or line.bullet or line.raw.lstrip().startswith("|") or "\\" in line.raw:
        return line.clean  # headings, list items, tables and LaTeX have no columns
    return strip_markup(_COLUMN_GAP.split(line.raw.strip())[0]) or line.clean


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
        if line.blank or line.words > 8:
            continue
        clean = line.clean
        if header.secretary is None and (m := SECRETARY_LABEL.match(clean)) is not None:
            if clean.lower().startswith("minutes") and not m.group("sep"):
                continue
            header.secretary = _role_value(lines, i, hi, m.group("rest"))[0]
        elif header.chair is None and (m := CHAIR_LABEL.match(clean)) is not None:
            header.chair = _role_value(lines, i, hi, m.group("rest"))[0]
    header.chair = resolve_initials(header.chair, header.attendees)
    header.secretary = resolve_initials(header.secretary, header.attendees)


def find_late_attendees(
    lines: list[Line], lo: int, hi: int, header: Header, blocks: Blocks | None = None
) -> None:
    """When the header lists nobody, take the first attendee block found later in the meeting."""
    if header.attendees:
        return
    dotted = _dotted_people(lines, lo, min(hi, header.end_index + 1))
    if dotted:
        header.attendees = dotted
        _roles_from_attendees(header)
        return
    for i in range(lo, hi):
        line = lines[i]
        if (m := ATTENDEE_LABEL.match(line.clean)) is not None:
            found, after = read_people_block(lines, i, hi, label_rest(m), line.level, blocks=blocks)
            if found:
                # "Directors present: ..." and right below it "In attendance: ...": one list
                if after < hi and (more := ATTENDEE_LABEL.match(lines[after].clean)) is not None:
                    extra, _ = read_people_block(lines, after, hi, label_rest(more), lines[after].level, blocks=blocks)
                    found = [*found, *extra]
                header.attendees = dedupe(found)
                _roles_from_attendees(header)
                return


def _dotted_people(lines: list[Line], lo: int, hi: int) -> list[Attendee]:
    """ "**Mon 2 Jun 2025** · AK, JB, Sam · 45 min": the people in one part of a header line
    set out with middle dots."""
    for line in lines[lo:hi]:
        if " · " not in line.clean:
            continue
        for part in line.clean.split(" · "):
            part = part.strip(" *_")
            names = [p.strip() for p in re.split(r",|\band\b|\boch\b|&", part) if p.strip()]
            if is_name_list(part) or (len(names) >= 2 and all(
                    len(n.split()) <= 3 and (is_initials(n) or looks_like_name(n)) for n in names)):
                return dedupe(parse_name_list(part))
    return []


__all__ = ["Header", "find_late_attendees", "find_role_labels", "parse_header"]
