"""Day-first or month-first: how a document writes its numeric dates ('3/12').

Swedish and British notes write day/month, American notes month/day. The order is a
property of the document, so it is read once from the whole text and then applies to every
slash date in it: :func:`detect_date_order` reads it, :func:`date_order` makes it the order
the scanners use inside a ``with`` block (a context variable, so concurrent documents in
threads or asyncio tasks do not disturb each other).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

from .. import _rx
from ._lexicon import WEEKDAY, weekday_number

DateOrder = Literal["DMY", "MDY"]

_MONTH_FIRST: ContextVar[bool] = ContextVar("minutes_ai_month_first", default=False)

# "(?<![\w/.])" is checked after the first digit (the same test, one character back), so the
# pattern opens with a digit and the scanner skips ahead in C to the next one.
_SLASH = _rx.compile(r"(\d(?<![\w/.]\d)\d?)/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
# 'Tue 12/9/2025': a weekday right before a full slash date tells which reading is meant.
_WEEKDAY_BEFORE = _rx.compile(rf"(?<!\w)(?P<wd>{WEEKDAY})[a-z]*\.?,?\s+$")
# American conventions next to dates: US time zones, a state and ZIP code, "February 20, 2025",
# "in favor". Four patterns, each opening with a character the scanner looks for in C; the word boundary
# before the first character is checked right after it ("(?<!\w\d)": no word character before).
_US_MARKERS = (
    _rx.compile(r"\d(?<!\w\d)\d?(?::\d{2})?\s*(?:[aApP]\.?[mM]\.?)\s*(?:ET|CT|MT|PT|EST|CST|MST|PST|EDT|CDT|MDT|PDT)\b"),
    _rx.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\s+\d{5}(?:-\d{4})?\b"),
    # "Thursday, February 20, 2025": the month before the day, the year after a comma.
    _rx.compile(
        r"(?:J(?<!\wJ)(?:anuary|une|uly)|F(?<!\wF)ebruary|M(?<!\wM)(?:arch|ay)|A(?<!\wA)(?:pril|ugust)"
        r"|S(?<!\wS)eptember|O(?<!\wO)ctober|N(?<!\wN)ovember|D(?<!\wD)ecember)"
        r"\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b"
    ),
    # "all in favor": the American spelling of the vote (British, Irish, Australian and Canadian
    # minutes write "in favour")
    _rx.compile(r"[iI](?<!\w[iI])n favor\b"),
)


def month_first() -> bool:
    """True inside ``with date_order("MDY")``: slash dates read as month/day."""
    return _MONTH_FIRST.get()


@contextmanager
def date_order(order: DateOrder) -> Iterator[None]:
    """Read slash dates as ``order`` ('DMY' or 'MDY') inside the block."""
    token = _MONTH_FIRST.set(order == "MDY")
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


# the last text read, its order and whether the text states it: the structure and the engine both ask
_last: list = [None, "DMY", False]


def detect_date_order(text: str) -> DateOrder:
    """'MDY' when the document writes month/day (an American '12/16', 'Tue 12/9/2025', US
    time zones or addresses with no day/month date against them), else 'DMY'."""
    if text is not _last[0]:
        _last[1], _last[2] = _detect(text)
        _last[0] = text
    return _last[1]


def order_is_stated(text: str) -> bool:
    """True when ``text`` itself shows its order: a slash date only one reading allows (a day
    over 12, a weekday that fits one reading) or an American marker. Otherwise
    :func:`detect_date_order` answers 'DMY' by default, and :func:`nearest_order` may tell more."""
    detect_date_order(text)  # (read once with the order, for the same text)
    return _last[2]


# Deadlines lie in the weeks after the meeting: a reading that lands there is the meant one.
_NEAR_DAYS = 120


def nearest_order(text: str, meeting: dt.date) -> DateOrder:
    """'MDY' when more of the year-less slash dates of ``text`` that read both ways land in the
    weeks after ``meeting`` read month/day than day/month ("next call (10/7)" in notes of 23
    September is 7 October, not 10 July next year); else 'DMY'. For notes whose order
    :func:`order_is_stated` does not show."""
    votes = {"DMY": 0, "MDY": 0}
    for match in _SLASH.finditer(text):
        a, b = int(match.group(1)), int(match.group(2))
        if match.group(3) or a == b or not (1 <= a <= 12 and 1 <= b <= 12):
            continue
        near = [order for order, (day, month) in (("DMY", (a, b)), ("MDY", (b, a))) if _soon_after(meeting, month, day)]
        if len(near) == 1:
            votes[near[0]] += 1
    return "MDY" if votes["MDY"] > votes["DMY"] else "DMY"


def _soon_after(meeting: dt.date, month: int, day: int) -> bool:
    for year in (meeting.year, meeting.year + 1):
        try:
            gap = (dt.date(year, month, day) - meeting).days
        except ValueError:
            return False
        if 0 <= gap <= _NEAR_DAYS:
            return True
    return False


def _detect(text: str) -> tuple[DateOrder, bool]:
    """The order of ``text``, and whether the text states it (see :func:`order_is_stated`)."""
    day_first, month_first_votes = _votes(text)
    if month_first_votes != day_first:
        return ("MDY" if month_first_votes > day_first else "DMY"), True
    marked = any(marker.search(text) for marker in _US_MARKERS)
    return ("MDY" if marked else "DMY"), marked or day_first > 0


def _votes(text: str) -> tuple[int, int]:
    """Slash dates that read one way only: (day-first, month-first)."""
    day_first = month_first_votes = 0
    low = ""
    if "/" in text:
        for match in _SLASH.finditer(text):
            a, b = int(match.group(1)), int(match.group(2))
            if 12 < a <= 31 and 1 <= b <= 12:
                day_first += 1
            elif 12 < b <= 31 and 1 <= a <= 12:
                month_first_votes += 1
            elif match.group(3):
                low = low or text.lower()
                weekday = _WEEKDAY_BEFORE.search(low, max(0, match.start() - 14), match.start())
                vote = _weekday_vote(weekday.group("wd"), a, b, int(match.group(3))) if weekday else None
                day_first += vote == "DMY"
                month_first_votes += vote == "MDY"
    return day_first, month_first_votes


def _weekday_vote(weekday: str, a: int, b: int, year: int) -> DateOrder | None:
    year += 2000 if year < 100 else 0
    wanted = weekday_number(weekday)
    readings = {}
    for order, (day, month) in (("DMY", (a, b)), ("MDY", (b, a))):
        try:
            readings[order] = dt.date(year, month, day).weekday() == wanted
        except ValueError:
            readings[order] = False
    if readings["DMY"] != readings["MDY"]:
        return "DMY" if readings["DMY"] else "MDY"
    return None
