"""Result types of the date functions: spans of the input text with what they resolve to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

MentionKind = Literal["date", "weekday", "week", "month", "relative", "period", "next_meeting"]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text.

    ``start``/``end`` are offsets into the text that was passed in and
    ``text == source[start:end]``. ``value`` is the resolved day, or None when the words do
    not name one day unambiguously (a week, a month, 'efter sommaren', a yearless date
    without an anchor). ``kind`` says what the words name: ``date`` (one calendar day),
    ``weekday``, ``week`` (an ISO week), ``month``, ``relative`` ('i morgon', 'inom två
    veckor', 'next week'), ``period`` ('i slutet av månaden', 'end of Q2', 'efter
    sommaren') or ``next_meeting`` ('till nästa möte').
    """

    start: int
    end: int
    text: str
    value: dt.date | None
    kind: MentionKind = "date"


@dataclass(frozen=True)
class ClockMention:
    """A clock time ('kl. 13:00', '09.30-15.30', '2 pm') found in a text."""

    start: int
    end: int
    text: str
    value: dt.time
    until: dt.time | None = None
