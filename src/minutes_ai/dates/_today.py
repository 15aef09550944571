"""The day the notes are read on: the reference for a meeting date written without a year.

Notes typed this week say "möte tors 2 okt" and mean the Thursday 2 October nearest to now.
:func:`today` is that reference; :func:`as_of` fixes it inside a ``with`` block (a context
variable, so concurrent documents do not disturb each other), for tests, for re-reading an
archive as of the day it was written, and for reproducible evaluation runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_AS_OF: ContextVar[dt.date | None] = ContextVar("minutes_ai_as_of", default=None)

# A day and month fall on the same weekday again after 5, 6 or 11 years (29 February after
# 28), so within five consecutive years at most one year fits a weekday: three back, one ahead.
YEARS_BACK = 3
YEARS_AHEAD = 1


def today() -> dt.date:
    """The reference day: the one set by :func:`as_of`, else the machine's date."""
    fixed = _AS_OF.get()
    return fixed if fixed is not None else dt.date.today()


@contextmanager
def as_of(day: dt.date) -> Iterator[None]:
    """Resolve yearless meeting dates as if the notes were read on ``day``."""
    token = _AS_OF.set(day)
    try:
        yield
    finally:
        _AS_OF.reset(token)


def weekday_year(month: int, day: int, weekday: int, years: list[int] | None = None) -> dt.date | None:
    """The date ``day``/``month`` in the one year of ``years`` where it is ``weekday``
    (0 = Monday), or None when no year or more than one fits. Without ``years``, the five
    years around :func:`today` (at most one of them fits)."""
    if years is None:
        now = today().year
        years = list(range(now - YEARS_BACK, now + YEARS_AHEAD + 1))
    fits = []
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else None
