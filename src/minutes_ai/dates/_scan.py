"""Find calendar date expressions in text: a regex scan anchored on digit runs (the fast path)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .. import _rx
from . import _calendar as cal
from ._lexicon import (
    AMBIGUOUS_MONTH_FIRST,
    GUARDED_WEEKDAYS,
    MONTH,
    MONTH_BEFORE_CUT,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    month_number,
    weekday_number,
)
from ._order import month_first
from ._types import DateMention, MentionKind

_PREFIX = rf"(?:(?P<pwd>{WEEKDAY})(?:en)?\s*,?\s+)?(?:(?:den|the)\s+)?"
_ISO = (
    r"(?<![\d/.\-])(?P<iy>(?:19|20)\d{2}|\d{2}(?=-\d\d-\d\d))(?P<isep>[-/.])(?P<im>[01]?\d)"
    r"(?P=isep)(?P<id>[0-3]?\d)(?:t\d{1,2}:\d{2}(?::\d{2})?)?(?!\d|[-/.]\d)"
)
_NUM = (
    r"(?<![\w/.,:])(?P<nd>[0-3]?\d)"
    r"(?:/(?P<nm>[0-3]?\d)(?:/(?P<ny>\d{4}|\d{2})|\s*-\s*(?P<ny2>\d{4}|\d{2})|\s+(?P<ny3>(?:19|20)\d{2}))?"
    r"|(?P<dsep>[.\-])(?P<nm2>[01]?\d)(?P=dsep)(?P<ny4>\d{4}|\d{2}))"
    r"(?!\d|[/.]\d)"
)
_TDF = (
    rf"(?<![\w.,/:])(?P<td>[0-3]?\d)(?::[ea]|st|nd|rd|th|e|a)?(?:\s*|-)(?:of\s+)?(?P<tmon>{MONTH})"
    rf"(?:\s*,?\s*(?P<ty>{YEAR})|-(?P<ty3>{YEAR})|\s+-(?P<ty2>\d{{2}})(?![\d-])|\s+['’](?P<ty4>\d{{2}})(?![\d'’])"
    # "mon 2 june 25 - notes": after a weekday, two digits that close the date are its year
    # ("kitchen mtg mon 10 june 24 after lunch": a word after it, not a count or a clock time)
    r"|(?(pwd)\s+(?P<ty5>\d{2})(?=\s*(?:[-–—|,]|$)|\s+(?!(?:kl|at|h|hrs?|hours?|timmar|tim|st|pers|people|personer|"
    r"deltagare|min|minuter|minutes|kr|sek|eur|usd|gbp)\b)[a-zåäö])|(?!)))?"
)
_TMF = (
    rf"(?<!\w)(?P<mmon>{MONTH})\s*(?P<md>[0-3]?\d)(?P<mord>st|nd|rd|th)?(?!\d|[:.]\d|\w)"
    # "Mon Oct 6 '25": a year written with an apostrophe
    rf"(?:\s*,?\s*(?P<my>{YEAR})|\s+['’](?P<my2>\d{{2}})(?![\d'’]))?"
)
_MYA = rf"(?<!\w)(?P<ymon>{MONTH})\s+(?P<yy>{YEAR})"
_WEEK = (
    rf"(?<![\w.])(?:(?P<kwd>{WEEKDAY})(?:en)?\s+(?:(?:i|in|of)\s+)?)?"
    r"(?P<wkw>v(?:\.|ecka|eckan)?|week|wk\.?)\s*(?P<wn>\d{1,2})(?!\d|[.,:]\d|-?[a-zåäö])"
    rf"(?:\s*[,/]?\s*(?P<wy>{YEAR}))?"
)
_WDAY = (
    r"(?<!\w)(?:(?P<wmod>nästa|kommande|förra|next|last|this|coming|i)\s+)?"
    rf"(?P<wdw>{WEEKDAY})(?P<wsuf>ens|en|s|ar(?:na)?)?(?!\w)(?!\s+week(?!\w))"
    r"(?P<wnext>\s+(?:i\s+|of\s+)?(?:nästa|next)\s+(?:vecka|week)(?!\w))?"
)
# "Wednesday the 18th", "onsdag den 18:e": a weekday and a day of the month, no month.
_WDOM = rf"(?P<owd>{WEEKDAY})(?:en)?\s*,?\s+(?:(?:den|the)\s+)?(?P<od>[0-3]?\d)(?::[ea]|st|nd|rd|th)(?!\w)"
# Applied to lower-cased text: case-sensitive matching is several times faster.
DATE_RE = _rx.compile(rf"{_PREFIX}(?:{_ISO}|{_NUM}|{_TDF}|{_TMF})|{_MYA}|{_WEEK}|{_WDOM}")
WEEKDAY_RE = _rx.compile(_WDAY)
# Words that may open an expression before its first digit ('den 3', 'v. 12', 'Friday,
# March 3'); the full opening is then found with _OPENING.
_OPENING_WORDS = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *(f"{day}en" for day in WEEKDAYS),
        "den",
        "the",
        "v",
        "vecka",
        "veckan",
        "week",
        "wk",
    ]
)
_OPENING = _rx.compile(
    rf"(?<![\w.])(?:(?:{WEEKDAY}(?:en)?\s+(?:(?:i|in|of)\s+)?)?(?:v(?:\.|ecka|eckan)?|week|wk\.?)\s*"
    rf"|(?:{WEEKDAY}(?:en)?\s*,?\s+)?(?:(?:den|the)\s+)?(?:{MONTH_BEFORE_CUT}\s*|(?<=\s)))$"
)
_DIGITS = _rx.compile(r"[0-9]+")
_WEEKDAY_WORD = _rx.compile(WEEKDAY)
_GUARD_CUE = _rx.compile(r"(?<![\w-])(?:senast|till|tills|innan|före|på|nästa|kommande|klart|klar|förra|by)\s+$")
_HOLIDAY_BEFORE = _rx.compile(
    r"(?<![\w-])(?:easter|palm|whit|trinity|remembrance|mothering|advent|good|holy|shrove|ash|maundy|black|cyber|"
    r"super|labor|labour|memorial)\s+$"
)
_MODIFIERS = frozenset({"nästa", "kommande", "förra", "next", "last", "this", "coming", "i"})
# 'en halv 1/2 av', '2/3 dels', '24/7': fractions and idioms, not dates.
_FRACTION_AFTER = _rx.compile(r"\s*(?:av\b|of\b|dels?\b|delar|mkr|tkr|kr\b|miljon|procent|%)")
# 'sid 3/10', 'punkt 2/3', '§ 4/5': page and item numbers, not dates.
_NUMBERING_BEFORE = _rx.compile(
    r"(?<!\w)(?:sid|sida|s\.|bild|punkt|p\.|nr|§|kap|art|page|item|no\.)\s*$"
)
_RANGE_BEFORE = _rx.compile(
    r"(?<![\w.,/:])([0-3]?\d)(?::[ea]|e|st|nd|rd|th)?\s*(?:-|–|—|och|and|&)\s*$"
)
_NAME_LIKE_MONTHS = frozenset({"jan", "maj", "may"})
_CAPITALISED_NEXT = _rx.compile(r"\s+[A-ZÅÄÖ][a-zåäöé]")
_PAST_MODIFIERS = frozenset({"förra", "last"})
_NEXT_MODIFIERS = frozenset({"nästa", "next"})


@dataclass(frozen=True)
class Hit:
    """One scanned expression with the facts the deadline logic needs."""

    start: int
    end: int
    kind: MentionKind
    value: dt.date | None
    week: int | None = None
    week_year: int | None = None
    month: int | None = None
    year: int | None = None
    past: bool = False

    def mention(self, text: str) -> DateMention:
        """The public view of this hit."""
        return DateMention(self.start, self.end, text[self.start : self.end], self.value, self.kind)


def scan(text: str, anchor: dt.date | None) -> list[Hit]:
    """All date expressions in ``text``, in order.

    Cheap by design: every expression but a lone weekday contains a digit, so the full
    regex runs only where a digit run (or a weekday name) is, never across the whole text.
    """
    low = _lower(text)
    hits: list[Hit] = []
    consumed = 0
    for digits in _DIGITS.finditer(low):
        start = digits.start()
        if start < consumed:
            continue
        match = None
        for opening in _openings(low, start, consumed):
            match = DATE_RE.match(low, opening)
            if match is not None and match.end() > start:
                break
            match = None
        if match is None:
            continue
        consumed = match.end()
        hits.extend(_interpret(match, text, low, anchor))
    if _NTH_HINT.search(low) is not None:
        hits = _nth_weekdays(low, anchor, hits)
    hits.extend(_weekdays(low, anchor, hits))
    hits.sort(key=lambda hit: hit.start)
    return hits


# "the first Tuesday in April", "last Friday of May", "första tisdagen i april", "sista torsdagen i maj";
# "the first Monday of the month", "sista fredagen varje månad": a recurring day, no one date
_NTH_WEEKDAY = _rx.compile(
    r"(?<![\w])(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|första|andra|tredje|fjärde|femte|sista)\s+"
    rf"(?P<wd>{WEEKDAY})(?:en|s)?\s+(?:(?:in|of|i)\s+(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?"
    r"|(?P<each>(?:of\s+)?(?:the|each|every)\s+month|i\s+(?:varje\s+)?månaden|varje\s+månad))"
)
_NTH = {"first": 1, "1st": 1, "första": 1, "second": 2, "2nd": 2, "andra": 2, "third": 3, "3rd": 3, "tredje": 3,
        "fourth": 4, "4th": 4, "fjärde": 4, "fifth": 5, "5th": 5, "femte": 5, "last": -1, "sista": -1}
_NTH_HINT = _rx.compile("|".join(_NTH))  # (any ordinal at all: most texts have none, and skip the pattern)


def _nth_weekdays(low: str, anchor: dt.date | None, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the ordinal weekdays of a month added ("first Tuesday in April", in the year a
    day of that month is read in; no day without an anchor or a year) and the hits inside them dropped."""
    found: list[Hit] = []
    for match in _NTH_WEEKDAY.finditer(low):
        value = None
        if match.group("mon"):
            month = month_number(match.group("mon"))
            # (a yearless month takes the year a day in it would: cal.infer_year)
            inferred = cal.infer_year(15, month, anchor) if not match.group("y") else None
            year = int(match.group("y")) if match.group("y") else inferred.year if inferred else None
            if year is not None:
                value = cal.nth_weekday(year, month, weekday_number(match.group("wd")), _NTH[match.group("ord")])
        kind: MentionKind = "date" if match.group("mon") else "period"
        found.append(Hit(match.start(), match.end(), kind, value,
                         year=int(match.group("y")) if match.group("y") else None))
    if not found:
        return hits
    kept = [h for h in hits if not any(f.start < h.end and h.start < f.end for f in found)]
    return sorted(kept + found, key=lambda hit: hit.start)


def _lower(text: str) -> str:
    """Lower-case without changing any offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _openings(low: str, start: int, floor: int) -> list[int]:
    """Where an expression holding the digits at ``start`` may begin (earliest first)."""
    end = start
    while end > floor and end > start - 3 and low[end - 1] in " \t\xa0.,":
        end -= 1
    word_start = end
    while word_start > floor and low[word_start - 1].isalpha():
        word_start -= 1
    if low[word_start:end] not in _OPENING_WORDS:
        return [start]
    opening = _OPENING.search(low, max(floor, start - 40), start)
    return [opening.start(), start] if opening and opening.start() < start else [start]


def _weekdays(low: str, anchor: dt.date | None, dates: list[Hit]) -> list[Hit]:
    """Lone weekday names ('fredag', 'i fredags', 'next Friday') outside date expressions."""
    starts = [hit.start for hit in dates]  # dates are in order and do not overlap
    hits: list[Hit] = []
    consumed = 0
    for word in _WEEKDAY_WORD.finditer(low):
        position = word.start()
        inside = bisect.bisect_right(starts, position) - 1
        if position < consumed or (inside >= 0 and position < dates[inside].end):
            continue
        if word.group(0) in GUARDED_WEEKDAYS and not _GUARD_CUE.search(low, max(0, position - 12), position):
            continue  # 'i mån av tid', 'add-ons': a short form counts only after 'senast', 'till', ...
        if _HOLIDAY_BEFORE.search(low, max(0, position - 12), position):
            continue  # 'Remembrance Sunday', 'Good Friday': a holiday's name, not the coming weekday
        opening = position
        before = low.rfind(" ", max(0, position - 10), position - 1) + 1
        if position - before > 1 and low[before : position - 1] in _MODIFIERS:
            opening = before
        match = WEEKDAY_RE.match(low, opening) or WEEKDAY_RE.match(low, position)
        if match is not None:
            consumed = match.end()
            hits.extend(_weekday(match, anchor))
    return hits


def _day_month(
    day: int, month: int, year_text: str | None, anchor: dt.date | None
) -> tuple[bool, dt.date | None, int | None]:
    """(valid, value, explicit year) for a day-month with an optional year."""
    if not cal.plausible_day_month(day, month):
        return False, None, None
    if year_text is None:
        return True, cal.infer_year(day, month, anchor), None
    year = cal.full_year(year_text)
    value = cal.make_date(year, month, day)
    return value is not None, value, year


def _interpret(match: re.Match[str], text: str, low: str, anchor: dt.date | None) -> list[Hit]:
    group = match.group
    start, end = match.span()
    if group("iy"):
        # 'yy-mm-dd' is the Swedish short form of an ISO date.
        value = cal.make_date(cal.full_year(group("iy")), int(group("im")), int(group("id")))
        return [Hit(start, end, "date", value, year=value.year)] if value else []
    if group("nd"):
        return _numeric(match, low, anchor)
    if group("td"):
        return _day_first(match, text, low, anchor)
    if group("mmon"):
        word = group("mmon").rstrip(".")
        capital = text[match.start("mmon")].isupper()
        if word in AMBIGUOUS_MONTH_FIRST and not (group("my") or group("my2") or group("mord") or capital):
            return []
        ok, value, year = _day_month(int(group("md")), month_number(word), group("my") or group("my2"), anchor)
        return [Hit(start, end, "date", value, year=year)] if ok else []
    if group("ymon"):
        month, year = month_number(group("ymon")), int(group("yy"))
        return [Hit(start, end, "month", None, month=month, year=year)]
    if group("od"):
        return [Hit(start, end, "date", _weekday_of_month(int(group("od")), weekday_number(group("owd")), anchor))]
    return _week(match, anchor)


def _weekday_of_month(day: int, weekday: int, anchor: dt.date | None) -> dt.date | None:
    """'Wednesday the 18th': the first 18th from the anchor on that falls on a Wednesday
    (within this month and the next three: further off, the words are more likely a slip);
    None when none does or there is no anchor."""
    if anchor is None or not 1 <= day <= 31:
        return None
    year, month = anchor.year, anchor.month
    for _ in range(4):
        value = cal.make_date(year, month, day)
        if value is not None and value >= anchor and value.weekday() == weekday:
            return value
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _numeric(match: re.Match[str], text: str, anchor: dt.date | None) -> list[Hit]:
    group = match.group
    day = int(group("nd"))
    if group("nm"):
        month = int(group("nm"))
        if month_first():
            day, month = month, day  # an American '3/12' is March 12
        year_text = group("ny") or group("ny2") or group("ny3")
        if year_text is None and (
            _FRACTION_AFTER.match(text, match.end())
            or _NUMBERING_BEFORE.search(text, max(0, match.start() - 8), match.start())
            or (day, month) == (24, 7)
        ):
            return []
    else:
        month, year_text = int(group("nm2")), group("ny4")
        # '1.2.10' is a version number, '12-03-22' a phone number: demand clear forms.
        two_digit = len(year_text) == 2
        # ("21.5.25": a two-digit day before a one-digit month is a date, not a version number)
        if two_digit and (group("dsep") == "-" or (len(group("nm2")) != 2 and len(group("nd")) != 2)):
            return []
    ok, value, year = _day_month(day, month, year_text, anchor)
    return [Hit(match.start(), match.end(), "date", value, year=year)] if ok else []


def _day_first(match: re.Match[str], text: str, low: str, anchor: dt.date | None) -> list[Hit]:
    group = match.group
    word = group("tmon").rstrip(".")
    if _is_name(text, match.start("tmon"), match.end("tmon"), word, group("ty")):
        return []
    month = month_number(word)
    ok, value, year = _day_month(int(group("td")), month, group("ty") or group("ty3") or group("ty2") or group("ty4") or group("ty5"),
                                 anchor)
    if not ok:
        return []
    hits = [Hit(match.start(), match.end(), "date", value, year=year)]
    # '3–4 mars', 'den 3 och 4 mars': the first day borrows the second's month and year.
    if not group("pwd"):
        before = _RANGE_BEFORE.search(low, max(0, match.start() - 12), match.start())
        first_day = int(before.group(1)) if before else 0
        if before and 0 < first_day < int(group("td")):
            year_text = group("ty")
            _, first, first_year = _day_month(first_day, month, year_text, anchor)
            if year_text is None and first and value:
                first = first.replace(year=value.year)
            hits.insert(0, Hit(before.start(1), before.end(1), "date", first, year=first_year))
    return hits


def _is_name(text: str, start: int, end: int, word: str, year: str | None) -> bool:
    """'3 Jan Linde', '2 Maj Berg', 'item 3 may be': a name or a verb, not a month."""
    if word not in _NAME_LIKE_MONTHS or year:
        return False
    if word == "may" and not text[start].isupper():
        return True
    return bool(text[start].isupper() and _CAPITALISED_NEXT.match(text, end))


def _week(match: re.Match[str], anchor: dt.date | None) -> list[Hit]:
    group = match.group
    week = int(group("wn"))
    if not 1 <= week <= 53:
        return []
    year = int(group("wy")) if group("wy") else None
    if group("kwd"):
        value = cal.week_day(week, weekday_number(group("kwd")), year, anchor)
        return [Hit(match.start(), match.end(), "date", value, week=week, week_year=year)]
    return [Hit(match.start(), match.end(), "week", None, week=week, week_year=year)]


def _weekday(match: re.Match[str], anchor: dt.date | None) -> list[Hit]:
    group = match.group
    suffix = (group("wsuf") or "").lower()
    modifier = (group("wmod") or "").lower()
    weekday = weekday_number(group("wdw"))
    past = modifier in _PAST_MODIFIERS or (modifier == "i" and suffix == "s")
    if suffix.startswith("ar") or (suffix == "s" and not past):
        return []  # 'fredagar', 'Fridays': a recurring day, not a date
    value: dt.date | None = None
    if anchor is not None:
        if past:
            value = cal.previous_weekday(anchor, weekday)
        elif group("wnext"):
            value = cal.weekday_of_week(anchor, weekday, weeks_ahead=1)
        else:
            value = cal.next_weekday(anchor, weekday)
            if modifier in _NEXT_MODIFIERS and value is not None and value.isocalendar()[:2] == anchor.isocalendar()[:2]:
                # "next Friday" said on a Wednesday: this week's or next week's, no one day
                value = None
    return [Hit(match.start(), match.end(), "weekday", value, past=past)]


def find_dates(text: str, *, anchor: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, full or partial, in order of appearance.

    Recognised: ISO dates ('2024-03-03', '2024-03-03T10:00'), numeric day-first dates
    ('27/5', '31/1 2022', '31.01.2022'), day-month words in Swedish and English ('27 maj',
    'den 11 februari', '3:e mars', '3rd of March', 'March 3, 2024'), month-year ('januari
    2024', value None), ISO weeks ('v. 12', 'vecka 12', 'week 12', 'v. 50 2023'; value None
    unless a weekday is named: 'fredag v. 12') and weekdays ('fredag', 'Friday', 'i fredags').

    A yearless day-month resolves against ``anchor``: the anchor's year, or the next year
    when that lands more than ~2 months before the anchor, or the previous year when it
    lands more than ~10 months after it. Weekdays resolve to the first such day after the
    anchor (before it for 'i fredags', 'last Friday'); 'next Friday' said earlier in the same
    week names no one day (this week's or next week's) and gets ``value=None``. Without an anchor, dates without a
    year get ``value=None``. Phone numbers, org numbers, clock times, 'SoU 2020:47',
    fractions and money are not dates.
    """
    return [hit.mention(text) for hit in scan(text, anchor)]
