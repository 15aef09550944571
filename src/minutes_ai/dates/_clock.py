"""Clock times in meeting notes: 'kl. 13:00', 'kl 13.30', '09.30-15.30', '2 pm'."""

from __future__ import annotations

import datetime as dt

from .. import _rx
from ._scan import _lower
from ._types import ClockMention

_HOUR = r"(?:[01]?\d|2[0-3])"
_MERIDIEM = r"(?:a\.?m\.?|p\.?m\.?)"
_CLOCK = _rx.compile(
    rf"(?<![\w.:/\-])(?:(?P<kl>kl(?:\.|ockan)?|at|från|from)\s*)?(?P<h>{_HOUR})"
    rf"(?:(?P<sep>[:.])(?P<m>[0-5]\d))?(?:\s*(?P<ap>{_MERIDIEM}))?"
    rf"(?:\s*(?:-|–|—|till|to)\s*(?:kl\.?\s*)?(?P<h2>{_HOUR})(?:[:.](?P<m2>[0-5]\d))?"
    rf"(?:\s*(?P<ap2>{_MERIDIEM}))?)?"
    r"(?!\w|[:.,/\-]\d)"
)


def _time(hour: str, minute: str | None, meridiem: str | None) -> dt.time | None:
    value = int(hour)
    if meridiem:
        if value > 12:
            return None
        value = value % 12 + (12 if meridiem.startswith("p") else 0)
    return dt.time(value, int(minute or 0))


def parse_clock(text: str) -> ClockMention | None:
    """The first clock time in ``text`` (with its end when a range is written), or None.

    A bare number counts only with a clock word ('kl. 9', 'klockan 10') or am/pm; 'HH.MM'
    only after 'kl' or in a range ('09.30-15.30'); 'HH:MM' always. Dates, decimals and
    phone numbers are not clock times.
    """
    for match in _CLOCK.finditer(_lower(text)):
        group = match.group
        kl = (group("kl") or "").startswith("kl")
        ranged = group("h2") is not None and (group("m2") is not None or kl or group("ap2"))
        if not (kl or group("ap") or group("sep") == ":" or (group("sep") and ranged)):
            continue
        value = _time(group("h"), group("m"), group("ap") or group("ap2"))
        until = _time(group("h2"), group("m2"), group("ap2")) if ranged and group("h2") else None
        if value is None:
            continue
        start = match.start("kl") if kl else match.start("h")
        end = (
            match.end()
            if ranged
            else match.end("ap")
            if group("ap")
            else match.end("m")
            if group("m")
            else match.end("h")
        )
        return ClockMention(start, end, text[start:end], value, until)
    return None
