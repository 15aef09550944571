"""The date a meeting was held, read from the title and header of its notes."""

from __future__ import annotations

import datetime as dt
import re

from .. import _rx
from . import _calendar as cal
from ._lexicon import MONTH, WEEKDAY, YEAR, month_number, weekday_number
from ._scan import scan
from ._types import DateMention

_HEADER_MAX_LINES = 40
_HEADER_MAX_CHARS = 4000
_MARKUP = _rx.compile(r"^[\s#>*_|\-•]+|[\s*_|]+$")
_AGENDA_START = _rx.compile(r"^(?:§\s*)?\d{1,2}[.)]\s+\w")
_BULLET = _rx.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s")
# 'Datum: 2022-01-31', 'Date: March 3, 2024', or a label alone on the line above.
_LABEL = _rx.compile(
    r"(?:datum|date|mötesdatum|sammanträdesdatum|tid|tidpunkt|när|when|held(?:\s+on)?|meeting\s+date)"
    r"\s*[:\-–]?\s*$",
    re.IGNORECASE,
)
_LABEL_LINE = _rx.compile(r"^" + _LABEL.pattern, re.IGNORECASE)
# Dates the header states for something else: printing, revision, the next meeting, phones.
_OTHER_PURPOSE = _rx.compile(
    r"\b(?:justera\w*|justering\w*|utskri\w*|printed|updated|uppdater\w*|reviderad|revised|version|skapad|"
    r"created|dnr|diarienummer|publicerad|published|inkom\w*|skickat|sent|deadline|senast|"
    r"(?:nästa|next|kommande|föregående|previous|förra|upcoming)\s+(?:möte|meeting|sammanträde|"
    r"träff)\w*|tel\w*|phone|fax|mobil\w*|org\w*|box)\s*[:.]?\s*(?:den\s+|the\s+|on\s+)?$",
    re.IGNORECASE,
)
# A log's time stamp: 'Tue Mar  4 16:00:12 2025 UTC' (C asctime, as IRC bots print it).
_ASCTIME = _rx.compile(
    r"(?<!\w)(?:(?:mon|tue|wed|thu|fri|sat|sun|mån|tis|ons|tor|fre|lör|sön)[a-zåäö]*\.?,?\s+)?"
    rf"(?P<mon>{MONTH})\s+(?P<day>[0-3]?\d)\s+"
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[a-z]{{2,5}})?\s+(?P<year>{YEAR})"
)
_DIGIT = _rx.compile(r"\d")
# '250325' or '20250325' written into a title line.
_COMPACT = _rx.compile(r"(?<![\w\-/.,:+])(20\d{2}|\d{2})(\d{2})(\d{2})(?![\w\-/.,:])(?!\s?\d)")
# ("250916, klubbstugan Granåsen kl 19–21": the date, a comma, then where)
_COMPACT_TIMED = _rx.compile(r"[\W_]*((?:20)?\d{2})(\d{2})(\d{2})(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2}|,\s+[^\W\d])")


def _compact_date(match: re.Match[str]) -> dt.date | None:
    """The day a compact date's year, month and day groups (1 to 3) give: '250325', '20250325'."""
    year_text = match.group(1)
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    return cal.make_date(year, int(match.group(2)), int(match.group(3)))


def _header_lines(text: str) -> list[tuple[int, str, bool]]:
    """(offset, line, title-like) for the lines before the body of the notes starts."""
    lines: list[tuple[int, str, bool]] = []
    offset = seen = 0
    for line in text.splitlines(keepends=True):
        content = _MARKUP.sub("", line)
        if content:
            seen += 1
            heading = line.lstrip().startswith("#") or line.strip().startswith("**")
            long_line = len(content) > (100 if _BULLET.match(line) else 160)
            # The body starts at the first agenda point or running paragraph.
            if (long_line and not heading) or (seen > 1 and _AGENDA_START.match(content)):
                break
            title_like = (heading or seen <= 3) and len(content) <= 150
            lines.append((offset, line, title_like))
            if seen >= _HEADER_MAX_LINES:
                break
        offset += len(line)
        if offset > _HEADER_MAX_CHARS:
            break
    return lines


def _full_dates(line: str, title_like: bool) -> list[tuple[int, int]]:
    """Spans of dates with an explicit year (and compact dates on title lines)."""
    if _DIGIT.search(line) is None:
        return []  # every full date has digits, its year at least: skip the scans
    spans = [
        (hit.start, hit.end)
        for hit in scan(line, None)
        if hit.kind == "date" and hit.value is not None and hit.year is not None
    ]
    for match in _ASCTIME.finditer(line.lower()):
        if _asctime_value(match) is not None and not any(
            a < match.end() and match.start() < b for a, b in spans
        ):
            spans.append(match.span())
    # "250925, kl. 13.00–15.10, Teams", "250916, klubbstugan": a compact date opening a header line,
    # the time or the place after it
    timed = _COMPACT_TIMED.match(line)
    if timed is not None and not any(a < timed.end(3) and timed.start(1) < b for a, b in spans) and _compact_date(timed):
        spans.append((timed.start(1), timed.end(3)))
    if title_like:
        spans.extend(match.span() for match in _COMPACT.finditer(line) if _compact_date(match))
    return sorted(spans)


def find_meeting_date(text: str, *, labelled: bool = False) -> DateMention | None:
    """The date the meeting was held, from the title/header of its notes, or None.

    Looks only at the header (the lines before the first agenda point or running
    paragraph) for a date with an explicit year: '2 november 2023', 'den 31 januari 2022',
    '2022-01-31', '31/1 2022', 'March 3, 2024', '2024-03-03T10:00', and '250325' /
    '20250325' inside a title line. A labelled date ('Datum: ...', 'Date: ...', or 'Datum'
    on the line above) wins; otherwise the first one. Dates labelled for another purpose
    (printed, revised, next meeting, phone, org number) are skipped. Without one, a date
    with its weekday whose year the header names (:func:`_weekday_dated`). With ``labelled``, only
    a labelled date.
    """
    if _DIGIT.search(text) is None:
        return None  # every full date has digits, its year at least
    first: DateMention | None = None
    previous = ""
    lines = _header_lines(text)
    for offset, line, title_like in lines:
        for start, end in _full_dates(line, title_like):
            if _OTHER_PURPOSE.search(line, 0, start):
                continue
            mention = _mention(text, offset + start, offset + end)
            if mention is None:
                continue
            prefix = _MARKUP.sub("", line[:start])
            if _LABEL.search(prefix) or (not prefix and _LABEL_LINE.match(previous)):
                return mention
            first = first or mention
        content = _MARKUP.sub("", line)
        if content:
            previous = content
    if labelled:
        return None
    return first or _weekday_dated(text, lines)


# "möte sön 16/11", "idag tisdag den 19 november": a day with its weekday but no year
_WEEKDAY_DATE = _rx.compile(
    rf"(?<![\w])(?P<wd>{WEEKDAY})\.?,?\s+(?:den\s+|the\s+)?(?P<day>[0-3]?\d)(?:e|:e|st|nd|rd|th)?"
    rf"(?:\s+(?:of\s+)?(?P<mon>{MONTH})(?![\wåäö])|/(?P<num>1[0-2]|0?[1-9])(?![/\d]))",
    re.IGNORECASE,
)
# "=== to 9/4 kl 13–14.30 ===", "ti 3/2": a Swedish weekday in two letters opening a header line
# (only there: "to" and "on" are words elsewhere)
_SHORT_WEEKDAY_DATE = _rx.compile(
    r"^[\W_]*(?P<wd>må|ti|on|to|fr|lö|sö)\.?\s+(?P<day>[0-3]?\d)/(?P<num>1[0-2]|0?[1-9])(?![/\d])", re.IGNORECASE)
_SHORT_WEEKDAYS = {"må": 0, "ti": 1, "on": 2, "to": 3, "fr": 4, "lö": 5, "sö": 6}
# Years the header names: "HT 2024", "2025", a season "25/26" or "2025/26"
_HEADER_YEAR = _rx.compile(r"(?<![\d/])(?:20)?(\d{2})(?:/(?:20)?(\d{2}))?(?![\d/])")
# a school term with its year: "HT25" (autumn 2025), "VT 26"
_TERM_YEAR = _rx.compile(r"\b(?:HT|VT|ht|vt)[ -]?(\d{2})\b")


def _weekday_dated(text: str, lines: list[tuple[int, str, bool]]) -> DateMention | None:
    """A yearless header date whose weekday fits exactly one of the years the header names
    ("Säsong 25/26 · möte sön 16/11" is 2025-11-16); None when no year, or more than one, fits.
    ``lines`` are the header's (offset, line, title-like), as :func:`_header_lines` gives them."""
    header = "".join(line for _offset, line, _title in lines)
    years: set[int] = set()
    for match in _HEADER_YEAR.finditer(header):
        if match.group(2) is not None and int(match.group(2)) == int(match.group(1)) + 1 or len(match.group(0)) == 4:
            # (a season runs into the next year: "25/26"; "14/10" is a day and month)
            years.update(2000 + int(y) for y in match.groups() if y is not None)
    years.update(2000 + int(term.group(1)) for term in _TERM_YEAR.finditer(header))  # "mötesanteckningar HT25"
    if not years:
        return None
    for offset, line, _title in lines:
        short = _SHORT_WEEKDAY_DATE.match(line)
        for match in (short,) if short is not None else _WEEKDAY_DATE.finditer(line):
            if _OTHER_PURPOSE.search(line, 0, match.start()):
                continue  # "Nästa möte: ons 3/12"
            month = month_number(match.group("mon")) if short is None and match.group("mon") else int(match.group("num"))
            weekday = _SHORT_WEEKDAYS[match.group("wd").casefold()] if short is not None else weekday_number(match.group("wd"))
            fits = [d for y in sorted(years) if (d := cal.make_date(y, month, int(match.group("day")))) is not None
                    and d.weekday() == weekday]
            if len(fits) == 1:
                start = offset + match.start("day")
                return DateMention(start, offset + match.end(), text[start : offset + match.end()], fits[0], "date")
    return None


def _mention(text: str, start: int, end: int) -> DateMention | None:
    """Build the mention for a full date span of ``text``."""
    hits = scan(text[start:end], None)
    if hits and hits[0].value is not None:
        return DateMention(start, end, text[start:end], hits[0].value, "date")
    stamp = _ASCTIME.fullmatch(text.lower(), start, end)
    if stamp is not None:
        value = _asctime_value(stamp)
        return DateMention(start, end, text[start:end], value, "date") if value else None
    match = _COMPACT.fullmatch(text, start, end)
    value = _compact_date(match) if match is not None else None
    return DateMention(start, end, text[start:end], value, "date") if value else None


def _asctime_value(match: re.Match[str]) -> dt.date | None:
    return cal.make_date(
        int(match.group("year")), month_number(match.group("mon")), int(match.group("day"))
    )


def find_stated_date(text: str) -> DateMention | None:
    """The first date with an explicit year anywhere in ``text`` (for a transcript's opening)."""
    for hit in scan(text, None):
        if hit.kind == "date" and hit.value is not None and hit.year is not None:
            return hit.mention(text)
    return None
