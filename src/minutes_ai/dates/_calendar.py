"""Calendar arithmetic for anchored date resolution (pure, no parsing)."""

from __future__ import annotations

import calendar
import datetime as dt

# A yearless day-month resolves into the 12-month window that starts this many days
# before the anchor: notes mostly refer to the near future and the recent past.
PAST_WINDOW_DAYS = 61
_LEAP_YEAR = 2000  # used to validate a yearless 29 February


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when the parts do not form a real day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_year(year_text: str) -> int:
    """Expand a 2-digit year ('22' -> 2022, '98' -> 1998); 4-digit years pass through."""
    year = int(year_text)
    if len(year_text) == 2:
        return 2000 + year if year < 70 else 1900 + year
    return year


def plausible_day_month(day: int, month: int) -> bool:
    """True when day/month exist in some year (29/2 included)."""
    return make_date(_LEAP_YEAR, month, day) is not None


def in_window(candidate: dt.date, anchor: dt.date) -> int:
    """-1 when too far back, +1 when too far ahead, 0 inside the anchor's window."""
    lower = anchor - dt.timedelta(days=PAST_WINDOW_DAYS)
    if candidate < lower:
        return -1
    if candidate >= lower + dt.timedelta(days=365):
        return 1
    return 0


def infer_year(day: int, month: int, anchor: dt.date | None) -> dt.date | None:
    """Resolve a yearless day-month against the anchor (None without an anchor).

    The anchor's year is used unless the day then falls more than ~2 months before the
    anchor (next year) or ~10 months after it (previous year).
    """
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year + 1, anchor.year - 1):
        candidate = make_date(year, month, day)
        if candidate is not None and in_window(candidate, anchor) == 0:
            return candidate
    return None


def week_day(week: int, weekday: int, year: int | None, anchor: dt.date | None) -> dt.date | None:
    """The ``weekday`` (0 = Monday) of ISO ``week``; a yearless week is placed near the anchor."""
    if year is not None:
        try:
            return dt.date.fromisocalendar(year, week, weekday + 1)
        except ValueError:
            return None
    if anchor is None:
        return None
    base = anchor.isocalendar()[0]
    for iso_year in (base, base + 1, base - 1):
        try:
            candidate = dt.date.fromisocalendar(iso_year, week, weekday + 1)
        except ValueError:
            continue
        if in_window(candidate, anchor) == 0:
            return candidate
    return None


def next_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after the anchor."""
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def previous_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The last ``weekday`` strictly before the anchor."""
    back = (anchor.weekday() - weekday) % 7 or 7
    return anchor - dt.timedelta(days=back)


def weekday_of_week(anchor: dt.date, weekday: int, weeks_ahead: int = 0) -> dt.date:
    """The ``weekday`` in the anchor's ISO week shifted by ``weeks_ahead`` weeks."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return monday + dt.timedelta(days=7 * weeks_ahead + weekday)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_business_days(day: dt.date, count: int) -> dt.date:
    """Move ``count`` Monday–Friday days forward (public holidays are not known)."""
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def period_end(
    year: int | None, month: int, anchor: dt.date | None, months_long: int = 1
) -> dt.date | None:
    """Last day of the period of ``months_long`` months starting at ``month``.

    A yearless period is placed near the anchor, judged by its last day.
    """
    last_month = month + months_long - 1
    if year is not None:
        return month_end(year, last_month)
    if anchor is None:
        return None
    for candidate_year in (anchor.year, anchor.year + 1, anchor.year - 1):
        candidate = month_end(candidate_year, last_month)
        if in_window(candidate, anchor) == 0:
            return candidate
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The ``nth`` ``weekday`` (0 = Monday) of a month, the last one for ``nth`` -1; None when the
    month has no such day (a fifth Monday)."""
    if nth < 0:
        last = month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None

