"""Meeting structure: split a document into meetings and read each meeting's header.

``parse_meetings(document)`` returns one :class:`~minutes_ai.schemas.Meeting` per meeting
in the document, with the header fields filled (title, meeting_date, language, start/end,
attendees, chair, secretary, agenda with section ranges, next_meeting) and
``decisions``/``action_items`` left empty for an engine to fill.

A file may hold several meetings (minutes of a follow-up appended below the first). A new
meeting starts only at a line that reads as a minutes title with a date or an attendee list
of its own, or at a short dated line directly followed by an attendee list, and only after
the previous meeting has a body: a wrong split costs more than a missed one. Letterhead
fields just above such a line ("Datum / 2024-05-02") move with the meeting they head.
A running log whose same-level headings all carry a date ("## Sprint 14 retro — 8 March
2024") has one meeting per dated heading.

Minutes pasted into an e-mail are read below its header fields; the e-mail's subject and
sent date give the meeting date when the minutes do not. Without a header date, the first
lines ("Meeting started ...", "held on ...") or a transcript's first turns may give it, and
a transcript's speakers stand in for a missing attendee list.
"""

from __future__ import annotations

import datetime as _dt
import re
from itertools import islice
from typing import cast

from . import _rx
from ._structure_agenda import find_agenda, numbered_point
from ._structure_attendees import Blocks, read_people_block
from ._structure_header import Header, find_late_attendees, find_role_labels, parse_header
from ._structure_labels import ATTENDEE_LABEL, is_field, is_label, is_title, label_rest
from ._structure_lines import Line, Watched, split_lines
from ._structure_next import announces_next_meeting, find_next_meeting
from ._structure_opening import (
    MailHead,
    find_mail_head,
    mail_meeting_date,
    opening_chair,
    opening_date,
    speakers,
    transcript_date,
)
from .dates import date_order, detect_date_order, find_dates, find_meeting_date
from .dates._lexicon import WEEKDAYS
from .dates._today import weekday_year
from .document import Document
from .language import detect_language
from .schemas import Meeting

# Words a previous meeting needs before another may start below it.
_MIN_BODY_WORDS = 30
_DIGIT = _rx.compile(r"\d")
# A title line that refers back to earlier minutes ("Anteckningar från förra mötet godkändes").
_BACK_REFERENCE = _rx.compile(
    r"\b(?:föregående|förra|tidigare|previous|last|prior|lades|läggs|godkän\w*|approv\w*|"
    r"adopt\w*|justera\w*|bifoga\w*|anmäl\w*|noter\w*|attached|skickas|skickats|sent|circulated|"
    r"se|see)\b",
    re.IGNORECASE,
)


def parse_meetings(document: Document) -> list[Meeting]:
    """Split ``document`` into meetings and parse each header. Always returns >= 1 meeting.

    Slash dates are read in the document's own order (day/month, or American month/day).
    """
    with date_order(detect_date_order(document.text)):
        return _parse_meetings(document)


def _parse_meetings(document: Document) -> list[Meeting]:
    text = document.text
    lines = split_lines(text)
    mail = find_mail_head(lines)
    # Minutes pasted into an e-mail start below its header fields and greeting.
    first = mail.minutes_start if mail is not None else 0
    dated = _dated_headings(lines, first)
    # Headers read to the end of the text while splitting, by their first line, each with
    # how far its lines were read.
    headers: dict[int, tuple[Header, int]] = {}
    blocks: Blocks = {}  # attendee blocks read so far: splitting and headers share them
    if dated:
        starts = _log_starts(lines, dated)
        first = dated[0]  # a log's own title above its first dated heading names no meeting
    else:
        starts = _meeting_starts(lines, first, headers, blocks)
        if mail is not None and len(starts) > 1 and _cover_only(lines, mail.end, starts[1]):
            # "Hej allihop, här kommer anteckningarna ..." and then the minutes' own heading:
            # the e-mail's greeting is no meeting of its own; the minutes start at the heading.
            first = starts[1]
            del starts[1]
    starts = _without_slivers(lines, starts)
    meetings: list[Meeting] = []
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(lines)
        start = 0 if k == 0 else lines[lo].start
        end = lines[hi].start if hi < len(lines) else len(text)
        header_lo = max(first, lo) if k == 0 else lo
        # A header read while splitting is the same when read up to the meeting's end: the
        # last meeting's was read over the same lines, and an earlier one's stopped short of
        # the next meeting (every line it looked at lies before ``hi``).
        read = headers.get(header_lo)
        header = read[0] if read is not None and (hi == len(lines) or read[1] <= hi) else None
        meeting = _parse_meeting(
            document, lines, (lo, hi), (start, end), header_lo, mail, header, blocks
        )
        if meeting.meeting_date is None and meetings and meetings[-1].meeting_date is not None and meeting.title:
            # "LEDARMÖTE 15/10" below a meeting of 8 October 2025: the year runs on from it.
            carried = _after(meeting.title, meetings[-1].meeting_date)
            update: dict[str, object] = {"meeting_date": carried}
            if carried is not None and meeting.next_meeting is not None and meeting.next_meeting.date is None:
                # "4. Nästa möte / Tisdag 2 september": a yearless next meeting reads from the date found
                update["next_meeting"] = find_next_meeting(document, lines, lo, hi, carried)
            meeting = meeting.model_copy(update=update)
        meetings.append(meeting)
        mail = None  # the e-mail's dates speak only of the first meeting
    return meetings


def _after(title: str, previous: _dt.date) -> _dt.date | None:
    """The one day-and-month date in a meeting's title, read as the first such day after the
    previous meeting of the same file."""
    values = {d.value for d in find_dates(title, anchor=previous) if d.kind == "date" and d.value}
    later = [v for v in values if v > previous]
    return later[0] if len(later) == 1 and len(values) == 1 else None


_COVER_WORDS = 150


def _cover_only(lines: list[Line], lo: int, hi: int) -> bool:
    """An e-mail's cover message between its header fields and the minutes: a few lines of
    prose, with no attendee list, numbered point or heading of its own."""
    body = [line for line in lines[lo:hi] if not line.blank]
    return (
        sum(line.words for line in body) <= _COVER_WORDS
        and not any(ATTENDEE_LABEL.match(line.clean) or _is_point(line) or line.level for line in body)
    )


_SLIVER_WORDS = 12


def _without_slivers(lines: list[Line], starts: list[int]) -> list[int]:
    """Drop 'meetings' of a few words: a letterhead above the real heading, a running footer
    ('ESC minutes 11.02.2025 – unconfirmed') after the last item. They join their neighbour."""
    if len(starts) < 2:
        return starts
    bounds = [*starts[1:], len(lines)]
    sizes = [sum(line.words for line in lines[lo:hi]) for lo, hi in zip(starts, bounds, strict=True)]
    kept = [starts[0]]
    for k in range(1, len(starts)):
        if sizes[k] < _SLIVER_WORDS or (k == 1 and sizes[0] < _SLIVER_WORDS):
            continue  # a sliver after a meeting, or a letterhead before the first real one
        kept.append(starts[k])
    return kept


def _is_point(line: Line) -> bool:
    return numbered_point(line) is not None


def _meeting_starts(
    lines: list[Line], first: int, headers: dict[int, tuple[Header, int]], blocks: Blocks
) -> list[int]:
    """Line indices where meetings start (the first is always 0).

    Each header read on the way (up to the end of the text) is kept in ``headers``, with
    one past the furthest line it read.
    """
    starts = [0]
    header = _read_header(lines, first, headers, blocks)
    i = header.end_index
    body_words = 0
    # Each attendee label is read once, not once per line above it (quadratic on long files).
    labelled = _Labelled(lines, blocks)
    while i < len(lines):
        line = lines[i]
        if (
            not line.blank
            and body_words >= _MIN_BODY_WORDS
            and _opens_meeting(lines, i, header.title, labelled)
        ):
            starts.append(_with_fields_above(lines, i, starts[-1]))
            body_words = 0
            header = _read_header(lines, i, headers, blocks)
            i = max(header.end_index, i + 1)
            continue
        body_words += line.words
        i += 1
    return starts


def _read_header(
    lines: list[Line], lo: int, headers: dict[int, tuple[Header, int]], blocks: Blocks
) -> Header:
    """The header from ``lines[lo]`` on, read up to the end of the text, kept in ``headers``."""
    view = Watched(lines)
    header = parse_header(cast("list[Line]", view), lo, len(lines), _is_point, blocks)
    headers[lo] = (header, view.reach)
    return header


def _with_fields_above(lines: list[Line], index: int, floor: int) -> int:
    """Move a meeting start up over the letterhead fields that head it ("Datum / 2024-05-02")."""
    start = index
    k = index - 1
    while k > floor:
        line = lines[k]
        if line.blank:
            k -= 1
            continue
        label = next((x for x in reversed(lines[floor:k]) if not x.blank), None)
        if is_field(line):
            start = k
        elif label is not None and is_field(label) and line.words <= 8:
            start = label.index  # a field's value on the line below its label
            k = label.index
        else:
            break
        k -= 1
    return start


def _opens_meeting(
    lines: list[Line], index: int, current_title: str | None, labelled: _Labelled
) -> bool:
    """True when ``lines[index]`` starts the header of a new meeting."""
    line = lines[index]
    clean = line.clean
    # ("Möte 2 – kort telefonavstämning torsdag 28 augusti 2025 kl 20.00": a little longer, no sentence)
    short = line.words <= 10 or (line.words <= 14 and not clean.rstrip().endswith((".", ",", ":", ";")))
    title = is_title(line)
    # Only a title, or a short line with a date (so with digits) above an attendee list, can
    # open a meeting: most lines stop at these cheap tests, before the look-ahead below.
    if not (title or (short and _DIGIT.search(clean))) or line.bullet:
        return False
    labels_below = _attendee_label_within(lines, index, 4, labelled)
    # A short line that is no title needs an attendee list below it, or a rule line above it
    # ("-----" + "Avstämning arbetsgruppen (Sanna, Robin) – Teams 22/10"): tested before the regexes.
    # ... or between rules of its own ("=== Extramöte 16 september 2025, hos Anna-Lena ===")
    ruled = (not labels_below and short and (_after_rule(lines, index) or _DECORATED.match(clean) is not None)
             and _RULED_MEETING.search(clean) is not None)
    if not (title or labels_below or ruled):
        return False
    if _is_point(line) or is_label(line) or announces_next_meeting(clean):
        return False
    if labels_below or ruled:
        dated = short and _has_date(clean) and not _wrapped(lines, index) and not (
            ruled and _BACK_REFERENCE.search(clean))
        return dated or (labels_below and title and not _BACK_REFERENCE.search(clean))
    # Without an attendee list, only a standalone dated title line will do; the current
    # title repeated is a running page header.
    return (
        clean != current_title
        and title
        and not _BACK_REFERENCE.search(clean)
        and not clean.endswith(".")
        and _standalone(lines, index)
        and find_meeting_date(clean) is not None
    )


# What a heading under a rule line must name to open a meeting without an attendee list
# below it (no page footer, action log or schedule under a rule): a meeting, and no address.
_RULED_MEETING = _rx.compile(
    r"^(?!.*@)(?!.*\b(?:page|sida)\s+\d).*(?:möte|avstämning|träff|sammanträde|\b(?:meeting|call|check-?in|"
    r"sync|stand-?up|huddle|catch-?up|session|workshop)s?\b)",
    re.IGNORECASE,
)
_RULE_LINE = _rx.compile(r"^\s*(?:[-_=*~]\s?){3,}$")
_DECORATED = _rx.compile(r"^([=~*#-])\1{2,}\s*\S.*\S\s*\1{3,}$")


def _after_rule(lines: list[Line], index: int) -> bool:
    """The line stands right under a rule line ("-----", "_____", "* * *"), blank lines aside."""
    for k in range(index - 1, max(-1, index - 3), -1):
        if lines[k].raw.strip():  # (a rule line counts as blank among the lines)
            return _RULE_LINE.match(lines[k].raw) is not None
    return False


def _wrapped(lines: list[Line], index: int) -> bool:
    """'... a moment of silence for a member\nwho passed away on February 27.': the end of a
    hard-wrapped sentence, not a dated header (a lower-case line under a long unfinished one)."""
    if index == 0 or not lines[index].clean[:1].islower():
        return False
    above = lines[index - 1]
    return not above.blank and len(above.clean) >= 40 and not above.clean.rstrip().endswith((".", "!", "?", ":", ";"))


def _dated_headings(lines: list[Line], first: int) -> list[int]:
    """Same-level headings that each carry a full date, as in a running log of meetings.

    Every heading of that level from the first dated one on must carry a date, so a
    document whose sections merely include a dated one is not cut up.
    """
    by_level: dict[int, list[Line]] = {}
    for line in lines[first:]:
        level = line.level or (7 if line.bold and not line.bullet else 0)
        if level and not _is_point(line) and not is_label(line) and not is_field(line):
            by_level.setdefault(level, []).append(line)
    for level in sorted(by_level):
        heads = by_level[level]
        dated = [h for h in heads if _heading_date(h)]
        if len(dated) >= 2 and heads[heads.index(dated[0]) :] == dated:
            return [h.index for h in dated]
    return []


def _heading_date(line: Line) -> bool:
    clean = line.clean
    if line.words > 12 or _BACK_REFERENCE.search(clean):
        return False
    found = find_meeting_date(clean)
    return found is not None and found.value is not None


def _log_starts(lines: list[Line], dated: list[int]) -> list[int]:
    """Meeting starts at each dated heading after the first, when a body lies between."""
    starts = [0]
    last = dated[0]
    for index in dated[1:]:
        words = sum(line.words for line in lines[last:index])
        if words >= _MIN_BODY_WORDS:
            starts.append(index)
            last = index
    return starts


def _has_date(value: str) -> bool:
    # A day and month without a year ("LEDARMÖTE 15/10") counts too: the caller has an
    # attendee list right below the line.
    return find_meeting_date(value) is not None or any(d.value or d.kind == "date" for d in find_dates(value))


def _standalone(lines: list[Line], index: int) -> bool:
    """Blank lines around it and no other title next to it (a list of minutes is no header)."""
    line = lines[index]
    if line.level or line.bold:
        neighbours_blank = True
    else:
        before = lines[index - 1] if index > 0 else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        neighbours_blank = all(x is None or x.blank for x in (before, after))
    # Index walks, not slices: copying the rest of a big file's lines here made it quadratic.
    prev = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].blank), None)
    nxt = next((lines[i] for i in range(index + 1, len(lines)) if not lines[i].blank), None)
    return neighbours_blank and not any(x is not None and is_title(x) for x in (prev, nxt))


_SAME_AS_BEFORE = _rx.compile(
    r"(?:samma som (?:förra gången|sist|senast|förra mötet|föregående möte)|alla(?: ledamöter)?(?=\W*$|,| utom)|"
    r"same as (?:last time|last meeting|before|previous(?:ly)?)|all (?:members|directors|trustees)(?=\W*$|,| except))",
    re.IGNORECASE,
)


class _Labelled(dict[int, "bool | None"]):
    """Per line index: whether the attendee list it opens names someone (None: no label)."""

    def __init__(self, lines: list[Line], blocks: Blocks) -> None:
        super().__init__()
        self.lines = lines
        self.blocks = blocks

    def __missing__(self, index: int) -> bool | None:
        lines = self.lines
        line = lines[index]
        label = ATTENDEE_LABEL.match(line.clean)
        found = None
        if label is not None:
            rest = label_rest(label)
            people, _ = read_people_block(
                lines, index, len(lines), rest, line.level, blocks=self.blocks
            )
            # "Närvarande: samma som förra gången, utom Sven": the same people, a list all the same
            found = bool(people) or _SAME_AS_BEFORE.match(rest.strip()) is not None
        self[index] = found
        return found


def _attendee_label_within(lines: list[Line], index: int, count: int, labelled: _Labelled) -> bool:
    """True when one of the next ``count`` lines opens an attendee list that names someone."""
    seen = 0
    for k in range(index + 1, len(lines)):  # no slice: a copy per call is quadratic
        if lines[k].blank:
            continue
        found = labelled[k]
        if found is not None:
            return found
        seen += 1
        if seen >= count:
            return False
    return False


def _parse_meeting(
    document: Document,
    lines: list[Line],
    bounds: tuple[int, int],
    span: tuple[int, int],
    header_lo: int,
    mail: MailHead | None,
    header: Header | None,
    blocks: Blocks,
) -> Meeting:
    """The meeting in ``lines[lo:hi]`` (``text[start:end]``); ``header`` if already read."""
    text = document.text
    (lo, hi), (start, end) = bounds, span
    if header is None:
        header = parse_header(lines, header_lo, hi, _is_point, blocks)
    find_late_attendees(lines, header_lo, hi, header, blocks)
    if not header.attendees:
        header.attendees = speakers(document, lines, lo, hi)
    find_role_labels(lines, lo, hi, header)
    header.chair = header.chair or opening_chair(lines, lo, hi)
    body_lo = max(header.end_index, header_lo)
    meeting_date = (
        _meeting_date(text, lines, header_lo, body_lo, header)
        or (mail_meeting_date(lines, mail) if mail is not None else None)
        or opening_date(lines, body_lo, hi)
        # "The Q2 review took place on 12th August 2025 ... Present were ...": a sentence that
        # the header took in for its attendees.
        or (opening_date(lines, header_lo, hi) if header_lo < body_lo else None)
        or transcript_date(document, start, end)
        or _opening_lines_date(text, start, end)
        or _filed_date(lines, lo, hi)
        or _weekday_checked_date(lines, lo, hi)
        or _weekday_fitted_date(text[start:end])
    )
    return Meeting(
        title=header.title,
        meeting_date=meeting_date,
        language=detect_language(text[start:end]),
        start=start,
        end=end,
        attendees=header.attendees,
        chair=header.chair,
        secretary=header.secretary,
        agenda=find_agenda(lines, body_lo, hi, end),
        next_meeting=find_next_meeting(document, lines, lo, hi, meeting_date),
    )


def _meeting_date(
    text: str, lines: list[Line], lo: int, body_lo: int, header: Header
) -> _dt.date | None:
    """The meeting's date: from the title first, then from the whole header block."""
    block = text[lines[lo].start : lines[body_lo].start if body_lo < len(lines) else len(text)] if body_lo > lo else ""
    if header.title:
        found = find_meeting_date(header.title)
        if found is not None and found.value is not None:
            # "Post-incident review: INC-2291 (2025-10-09)" + "**Review held:** 2025-10-14": the title
            # dates what the meeting is about, the labelled line the meeting
            held = find_meeting_date(block, labelled=True) if block else None
            return held.value if held is not None and held.value is not None else found.value
    if not block:
        # No header at all: the opening line is the best place a date could be.
        block = next((line.clean for line in lines[lo:] if not line.blank), "")
    found = find_meeting_date(block)
    if found is None or found.value is None or "\n" not in block.strip():
        return found.value if found is not None else None
    # "University of Limerick, 7–9 September 2026" / "Tuesday 10 March 2026, 14:00": of several
    # dated header lines, the one with a weekday or a clock time (and no span of days) is the meeting's
    dated = [line for line in block.split("\n") if _DIGIT.search(line) and find_meeting_date(line) is not None]
    if len(dated) > 1 and _MEETING_WHEN.search(dated[0]) is None:
        for line in dated[1:]:
            label = _LINE_LABEL.match(line)
            if label is not None and not _DATE_LABEL.fullmatch(label.group(1).strip()):
                continue  # "Tävlingsdag: lördag 9 maj": the date of something else
            if _MEETING_WHEN.search(line) and not _DAY_SPAN.search(line):
                when = find_meeting_date(line)
                return when.value if when is not None and when.value is not None else found.value
    return found.value


# "Styrelsemote_Brf_20251112_protokoll": a file name's compact date; "Minutes of the committee
# meeting held 24.03.26" closing the minutes, or a footer naming them.
_COMPACT_DATE = _rx.compile(r"(?:^|(?<=[\s_-]))(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=$|[\s_.-])")
_MINUTES_OF = _rx.compile(
    r"\b(?:minutes|protokoll|anteckningar|minnesanteckningar|notes)\b(?!.*\b(?:next|nästa|previous|förra|"
    r"föregående|last)\b).{0,60}?\b(?:meeting|call|möte\w*|sammanträde\w*|träff\w*|\w+möte[t]?)\b"
    r"(?:\s+(?:held|hållet|hållen|on|of|den))?\s*[,:–-]?\s*"
    # "... of the Management Committee held at the hall on Wednesday 3 June 2026"
    r"(?:[^\d.]{0,60}?\b(?:held|hållet|hållen|on|den)\b[^\d.]{0,25}?)?(?=(?:[^\W\d]{2,9}\.?,?\s+)?\S*\d)",
    re.IGNORECASE,
)
# "Mötet hölls i församlingshemmet tisdag 2 juni 2026.", "The meeting was held at the hall on ...":
# a closing line saying when this meeting sat
_HELD_ON = _rx.compile(
    r"(?:(?:the|this)\s+meeting\s+was\s+held|(?:mötet|sammanträdet|träffen)\s+(?:hölls|ägde rum))\b[^\d.]{0,60}?(?=\S*\d)",
    re.IGNORECASE,
)
# "The Chairman closed the meeting at 9.04pm on Monday 13 January 2025", "Ordföranden förklarade mötet
# avslutat kl. 21.05 den 3 mars 2025": when this meeting ended is the day it sat
_CLOSED_AT = _rx.compile(
    r"\b(?:closed|ended|adjourned|declared\s+(?:the\s+)?(?:meeting\s+)?closed)\s+(?:the\s+(?:meeting|session)\s+)?"
    r"at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s+on\b"
    r"|\b(?:mötet|sammanträdet)\s+(?:avslutades|förklarades\s+avslutat)\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?\s+(?:den\b|(?=\S*\d))"
    r"|\bförklarade\s+(?:mötet|sammanträdet)\s+avslutat\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?\s+(?:den\b|(?=\S*\d))",
    re.IGNORECASE,
)
# "Antecknat av Sara L, tisdag 2025-01-14", "Notes taken by Aoife on 3 June 2025", and the place-and-date
# line under a protocol's signatures: "Hembygdsgården, Ämtervik 2025-08-21", "Munkfors den 20 augusti 2025"
_SIGNED_OFF = _rx.compile(
    r"(?:antecknat|antecknade|antecknad|noterat|minutes\s+taken|notes\s+taken|notes|minuted|recorded|taken)\s+"
    r"(?:av|by)\s+[^,\d]{1,40}?(?:,|\s+on|\s+den)\s*(?=(?:[^\W\d]{2,9}\.?,?\s+)?\d)"
    r"|[A-ZÅÄÖ][\wåäö-]+(?:,?\s+[A-ZÅÄÖ][\wåäö-]+){0,3},?\s+(?:den\s+)?"
    r"(?=(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[^\W\d]+\s+\d{4})\W*$)",
    re.IGNORECASE,
)
_CLOSING_LINES = 12
_PROSE_LINES = 10
_WEEKDAY_LEAD = _rx.compile(r"[^\W\d]+")


def _weekday_checked_date(lines: list[Line], lo: int, hi: int) -> _dt.date | None:
    """A weekday and a date in the first lines of prose ("... efter repetitionen onsdagen den
    22 april", "our meeting on Tuesday, October 14") whose year the same lines give once
    ("nr 2 · april 2026"): the meeting's date when that day of that year is that weekday."""
    # (index walks, not a slice: a slice copies the whole meeting's lines to read ten)
    opening = list(islice((lines[k].clean for k in range(lo, hi) if not lines[k].blank), _PROSE_LINES))
    joined = " ".join(opening)  # (a date hard-wrapped over two lines reads whole)
    years = {int(m.group(0)) for m in _YEAR.finditer(joined)}
    if len(years) != 1:
        return None
    year = years.pop()
    for mention in find_dates(joined, anchor=_dt.date(year, 1, 1)):
        lead = _WEEKDAY_LEAD.match(mention.text)
        if mention.kind != "date" or mention.value is None or mention.value.year != year or lead is None:
            continue
        word = lead.group(0).casefold()
        for form in (word, word[:-2] if word.endswith("en") else word):  # "onsdagen"
            if form in WEEKDAYS and WEEKDAYS[form] == mention.value.weekday():
                return mention.value
    return None


def _filed_date(lines: list[Line], lo: int, hi: int) -> _dt.date | None:
    """A date the minutes carry outside their header: a file-name heading's compact date
    ("..._20251112_protokoll"), or a closing line that names the meeting ("Minutes of the
    committee meeting held 24.03.26")."""
    first = next((lines[k] for k in range(lo, hi) if not lines[k].blank), None)
    if first is not None and (compact := _COMPACT_DATE.search(first.clean)) is not None:
        try:
            return _dt.date(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        except ValueError:
            pass
    seen = 0
    footer: str | None = None
    for k in range(hi - 1, lo, -1):
        line = lines[k]
        if line.blank:
            continue
        seen += 1
        if seen > _CLOSING_LINES:
            break
        words = line.clean
        closed = _CLOSED_AT.search(words)
        if closed is not None and k + 1 < hi and not lines[k + 1].blank:
            # "... the Chairman closed the meeting at 9.04pm on Monday\n13 January 2025.": run on (the
            # match keeps its place: the line opens the joined words)
            words = f"{words} {lines[k + 1].clean}"
        named = _MINUTES_OF.search(words) or _HELD_ON.match(words) or _SIGNED_OFF.match(words) or closed
        if named is not None:
            found = find_meeting_date(words[named.end() :])
            if found is not None and found.value is not None:
                return found.value
        if footer is None and (page := _PAGE_MARK.search(words)) is not None:
            footer = _UNDERSCORE.sub(" ", words[: page.start()] + words[page.end() :])
    if footer is not None and (found := find_meeting_date(footer)) is not None and found.value is not None:
        # "Kooringa Bowls Club | Committee minutes | Tue 29 July 2025 | page 1 of 1",
        # "Anteckningar_nätverk_2025-02-11.docx   sida 1 av 1": the page footer dates the notes
        return found.value
    return None


# "page 1 of 2", "Page 3/4", "sida 1 av 1", "Sida 2 (3)", "s. 1 av 2": a page footer's or header's count
_PAGE_MARK = _rx.compile(r"\b(?:page|sida|sid\.|s\.)\s*\d{1,3}\s*(?:of|av|/|\()\s*\d{1,3}\)?", re.IGNORECASE)
_UNDERSCORE = _rx.compile(r"_+")


# A weekday or a clock time on a dated line: when the meeting sat.
_MEETING_WHEN = _rx.compile(
    r"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\bkl\.?\s*\d|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b",
    re.IGNORECASE,
)
_LINE_LABEL = _rx.compile(r"^[\s*_#>-]*([^\W\d][\w .-]{0,30}?)[*_]*\s*:")
_DATE_LABEL = _rx.compile(r"(?i:datum|date|tid|tidpunkt|time|when|när|mötesdatum|meeting date|held)")
# "7–9 September", "3-5 juni": days an event spans
_DAY_SPAN = _rx.compile(r"\b\d{1,2}\s*[–-]\s*\d{1,2}\s+[A-Za-zåäö]")


_OPENING_LINES = 8


def _opening_lines_date(text: str, start: int, end: int) -> _dt.date | None:
    """A date on one of the meeting's first lines when the header block ended before it
    ("Board of Directors – Minutes" / "January 27, 2026 | 6:00 PM | Room 2"). Only short
    lines that are not sentences count, so a date in the running text is not taken."""
    seen = 0
    for raw in text[start:end].split("\n"):
        line = raw.strip(" \t*#_|")
        if not line:
            continue
        seen += 1
        if seen > _OPENING_LINES:
            break
        stamp = _CHAT_STAMP.match(line)
        if stamp is not None and (found := find_meeting_date(stamp.group("date"))) is not None:
            return found.value  # "[14/03/2026, 16:42] Josefin: Kort recap från träffen idag"
        if (line.endswith(("?", "!")) or (line.endswith(".") and not _SET_OUT.search(line))
                or len(line.split()) > 20 or _BACK_REFERENCE.search(line)):
            continue
        found = find_meeting_date(line)
        if found is not None and found.value is not None:
            return found.value
    return _yearless_date(text[start:end])


# "February 17, 2026 | 6:00 PM | Fellowship Hall, 210 Oak St.": fields set out with bars or dots, no
# sentence even where the last one ends in an abbreviation's full stop
_SET_OUT = _rx.compile(r"\s[|·•]\s")
# A chat export's message stamp: "[14/03/2026, 16:42] Name:", "14/03/2026, 16:42 - Name:".
_CHAT_STAMP = _rx.compile(r"^\[?(?P<date>\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s*[-–]?\s*\S")
# "Möte #4 VT25", "HT 2024": a Swedish school term names the year.
_TERM_YEAR = _rx.compile(r"(?<![\w-])(?:VT|HT)\s?-?(?P<y>(?:20)?\d{2})(?!\d)")
_YEAR = _rx.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/.-])")


# "Vi sågs idag tisdag den 19 november", "We met today, Tuesday 4 March": the day the notes were written
_SAID_TODAY = _rx.compile(
    r"\b(?:idag|i dag|ikväll|i kväll|today|tonight|this evening)\b[^.?!]{0,25}?\b"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def _yearless_date(text: str) -> _dt.date | None:
    """'Minnesant. arbetsgr feriearbete 2026' / 'tis 10/3, kl 15-16.30', 'onsdag 14 januari (VT
    2026)': a day and month on an opening line, the year written elsewhere in the first lines."""
    opening = [line for line in (raw.strip(" \t*#_|") for raw in text.split("\n", 12)[:12]) if line][:3]
    years = {int(m.group(0)) for line in opening for m in _YEAR.finditer(line)}
    years |= {int(y) if len(y := m.group("y")) == 4 else 2000 + int(y) for line in opening for m in _TERM_YEAR.finditer(line)}
    if len(years) != 1:
        return None
    year = years.pop()
    for opening_line in opening:
        line = _dating_words(opening_line)
        if line is None:
            continue
        # (anchored at the year's start, and again mid-year for a day read to the nearest year:
        # "tisdag den 19 november" in HT 2024)
        for anchor in (_dt.date(year, 1, 1), _dt.date(year, 7, 2)):
            for mention in find_dates(line, anchor=anchor):
                if mention.kind == "date" and mention.value is not None and mention.value.year == year:
                    return mention.value
    return None


def _dating_words(line: str) -> str | None:
    """The words of an opening line that may date the meeting: in a sentence that dates the meeting
    itself ("Vi sågs idag tisdag den 19 november, ...", "Today's Wednesday the 3rd of June") the date
    right after "today"; a short line whole; None for another sentence or a line that looks back."""
    said = _SAID_TODAY.search(line) or _MEETING_ON.search(line)
    if said is not None:
        return line[said.start() : said.end() + 40]
    if line.endswith((".", "?", "!")) or _BACK_REFERENCE.search(line):
        return None
    return line


# "our PTA meeting on Tuesday, October 14", "notes from Monday night (Sept 8)", "mötet i tisdags
# den 3 mars": a sentence that dates the meeting by its weekday (the date after it is read on)
_MEETING_ON = _rx.compile(
    r"\b(?:meeting|möte|mötet|sammanträdet|träffen|notes|anteckningar)\s+(?:(?:was\s+)?(?:held\s+)?(?:on|from|of)\s+"
    r"|(?:den|från|i)\s+)?(?=(?:mån|tis|ons|tors|fre|lör|sön|mon|tue|wed|thu|fri|sat|sun)[a-zåäö]*\b)",
    re.IGNORECASE,
)
# a weekday by its first two letters, Swedish and English ("tors", "Thurs", "torsdag" -> 3)
_WEEKDAY_BY_INITIALS = {"må": 0, "mo": 0, "ti": 1, "tu": 1, "on": 2, "we": 2, "to": 3, "th": 3, "fr": 4, "lö": 5, "sa": 5,
                        "sö": 6, "su": 6}
# a line that dates something else: the next meeting, a deadline
_OTHER_DAY = _rx.compile(r"\b(?:nästa|next|kommande|upcoming|deadline|senast|due)\b", re.IGNORECASE)
_ITEM_MARK = _rx.compile(r"(?:[-•–>+]|\*(?!\*))\s")  # (not "**Tisdag 3 februari**")
_POINT_START = _rx.compile(r"(?:§\s*\d|\d{1,2}[.)]\s)")
# a weekday right before a day-month, or a word or two and a bracket between: "tors 2 okt",
# "tisdag den 19 november", "Monday night (Sept 8)"
_WEEKDAY_NEAR = _rx.compile(
    r"\b(?P<wd>(?:mån|tis|ons|tors|fre|lör|sön)(?:dag)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:en|s)?\.?,?(?:\s+(?:den|the|night|evening|morning|afternoon|kväll|eftermiddag|förmiddag)\b)?[\s(]*$",
    re.IGNORECASE,
)


def _weekday_fitted_date(text: str) -> _dt.date | None:
    """'möte köket hagaskolan tors 2 okt', 'Idag är det tisdag den 19 november': a day and month
    with its weekday on an opening line and no year in the first lines. The year is the one in
    which that day is that weekday: of the years the meeting's text writes out, else of the five
    around the day the notes are read (:func:`minutes_ai.dates.today`; at most one fits). An
    agenda point's date is the date of what it is about."""
    # the first six lines with words, each as written and without its markup
    opening = [(raw, line) for raw in (r.strip() for r in text.split("\n", 12)[:12])
               if (line := raw.strip(" \t*#_|"))][:6]
    if any(_YEAR.search(line) or _TERM_YEAR.search(line) for _raw, line in opening[:3]):
        return None  # a year the first lines give is read with them (_yearless_date)
    for raw, line in opening:
        # a list item or an agenda point is the notes' content: "- disco fre 20/3", "- rc1: Tue 14 Oct"
        if _ITEM_MARK.match(raw) or _POINT_START.match(line) or _OTHER_DAY.search(line):
            continue
        words = _dating_words(line)
        if words is None:
            continue
        line = words
        for mention in find_dates(line, anchor=_dt.date(2000, 7, 2)):
            if mention.kind != "date" or mention.value is None or _YEAR.search(mention.text):
                continue
            lead = _WEEKDAY_NEAR.search(line, max(0, mention.start - 30), mention.start) or _WEEKDAY_NEAR.match(
                mention.text.split(" ", 1)[0] + " "
            )
            if lead is None:
                continue
            weekday = _WEEKDAY_BY_INITIALS[lead.group("wd").casefold()[:2]]
            month, day = mention.value.month, mention.value.day
            named = sorted({int(m.group(0)) for m in _YEAR.finditer(text)})
            found = weekday_year(month, day, weekday, named) if named else None
            return found or weekday_year(month, day, weekday)
    return None


__all__ = ["parse_meetings"]
