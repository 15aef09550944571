"""Swedish and English dates in meeting notes, resolved against the meeting date.

All functions are pure. Offsets are into the text passed in. A day is resolved only when
the words (plus the anchor, usually the meeting date) make it unambiguous; the words
themselves are always kept verbatim.

- :func:`find_meeting_date` - the date in the title/header of the notes.
- :func:`find_stated_date` - the first date with a year in a passage.
- :func:`find_dates` - every date expression in a text.
- :func:`find_deadline` - the deadline phrase of one action sentence.
- :func:`normalise_deadline` - the day a deadline phrase (e.g. from a model) means.
- :func:`parse_clock` - a clock time such as 'kl. 13:00'.
- :func:`detect_date_order` / :func:`date_order` - whether a document writes '3/12' as
  day/month or (American) month/day, and a context that makes the scanners read it so.
- :func:`today` / :func:`as_of` - the day the notes are read on, which places a meeting dated
  only by weekday and day-month ("tors 2 okt") in its year; a context fixes it.

The scanning is cheap by design: the full patterns run only around digit runs and
weekday names, and ``dateparser`` is imported only by :func:`normalise_deadline` for
phrases the regexes cannot read.
"""

from ._clock import parse_clock
from ._deadline import find_deadline, normalise_deadline, span_days
from ._meeting import find_meeting_date, find_stated_date
from ._order import DateOrder, date_order, detect_date_order, nearest_order, order_is_stated
from ._scan import find_dates
from ._today import as_of, today
from ._types import ClockMention, DateMention

__all__ = [
    "as_of",
    "today",
    "span_days",
    "ClockMention",
    "DateMention",
    "DateOrder",
    "date_order",
    "detect_date_order",
    "nearest_order",
    "order_is_stated",
    "find_dates",
    "find_deadline",
    "find_meeting_date",
    "find_stated_date",
    "normalise_deadline",
    "parse_clock",
]
