"""Deadlines in action sentences: the cue words, the date they govern, and what day it is."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from .. import _rx
from ._lexicon import NUMBER, YEAR, number_value
from ._phrases import PHRASES, TRIGGER_RE, TRIGGERS
from ._scan import Hit, _lower, scan
from ._types import DateMention, MentionKind

_CUE = _rx.compile(
    r"(?<!\w)(?:(?:klart|klar|färdigt|färdig|ready|done|completed?|finished)\s+)?"
    r"(?P<cue>senast|innan|före|inför|till\s+och\s+med|t\.\s?o\.\s?m\.?|tom|fram\s+till|tills|till|t\.|"
    r"klart|klar|färdigt|färdig|eod|cob|"
    r"deadline|sista\s+dag(?:en)?|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|prior\s+to|"
    r"ahead\s+of|by|before|due(?:\s+(?:on|by|date))?|until|"
    r"på|on|under|during|i|in|vid|at|"
    r"efter|after|"
    r"från\s+och\s+med|fr\.\s?o\.\s?m\.?|från|from|sedan|since|starting|as\s+of)"
    r"\s*[:,]?\s*"
    # 'senast kl. 12 den 3 mars', 'by 5 pm on Friday': a clock time may stand between.
    r"(?:(?:kl(?:\.|ockan)?\s*\d{1,2}(?:[:.]\d{2})?|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s*,?\s*)?"
    r"(?:(?:den|the|on)\s+)?$"
)
# "till ledningsgruppen den 28/1", "to the board on 3 March": a meeting the task is due at, dated.
# The date follows "den"/"on" (which a scanned Swedish date starts with): "for search v2" is no meeting.
_MEETING_CUE = _rx.compile(
    r"(?<!\w)(?P<cue>till|inför|för|före|innan|på|vid|to|for|before|at)\s+(?:the\s+)?[a-zåäö-]{3,}\s+"
    r"(?:(?:den|on)\s+)?$"
)
# 'till nästa möte den 3 mars': the next meeting's own date, written right after it.
_DATE_AFTER_MEETING = _rx.compile(r"[\s,(]*(?:(?:den|the|on|som\s+är|which\s+is)\s+)?")
_AFTER_CUES = ("efter", "after")
_BEFORE_CUES = ("innan", "före", "before", "prior", "ahead")
# "senast tre veckor före", "at least 30 days before": a span counted back from what follows.
_SPAN = (
    rf"(?:(?:senast|minst|at\s+least|no\s+later\s+than|not\s+later\s+than)\s+)?(?P<n>{NUMBER})\s+"
    r"(?P<unit>dagar|dag|dygn|dgr|veckor|vecka|days?|weeks?|wks?\.?|calendar\s+days|arbetsdagar|working\s+days|"
    r"business\s+days)"
)
_SPAN_BACK = _rx.compile(rf"(?<!\w){_SPAN}\s+$")
_SPAN_BEFORE_EVENT = _rx.compile(
    rf"(?<!\w){_SPAN}\s+(?:före|innan|before|prior\s+to|ahead\s+of)\s+(?:the\s+)?[\w-]{{3,}}(?:\s+[\w-]+)?"
    r"\s*\((?:[a-zåäö-]+\s+)?$"
)
# "I'll send it today and chase a reply before July 12": when the work happens, not the deadline
_BARE_TODAY = _rx.compile(r"i\s*dag|idag|today|i\s*kväll|ikväll|tonight")
_START_CUES = ("från", "fr.", "from", "sedan", "since", "starting", "as")
_CUE_AFTER = _rx.compile(r",?\s*(?:senast|at\s+the\s+latest)(?!\w)")
_FALLBACK_HINT = _rx.compile(r"\d|dag|veck|månad|morgon|day|week|month|tomorrow|fortnight")
_FALLBACK_MAX_CHARS = 60


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: dt.date | None
    kind: MentionKind
    rank: int  # 0 cue with a day, 1 cue without one, 2 bare date
    weak: int = 0  # 1 for a bare "today"/"idag" with no cue: a stated deadline elsewhere wins

    def key(self) -> tuple[int, int, int]:
        return (self.rank, self.weak, self.start)


def _hit_value(hit: Hit, anchor: dt.date | None) -> dt.date | None:
    """The day a scanned expression means as a deadline; a week or a month is a span, not a day."""
    if hit.kind in ("week", "month"):
        return None
    return hit.value


def _candidates(
    text: str, anchor: dt.date | None, next_meeting: dt.date | None, keep_past: bool
) -> list[_Candidate]:
    low = _lower(text)
    found: list[_Candidate] = []
    present = set(TRIGGER_RE.findall(low))
    for (pattern, resolve, kind), triggers in zip(PHRASES, TRIGGERS, strict=True):
        if present.isdisjoint(triggers):
            continue
        for match in pattern.finditer(low):
            start, value = match.start(), resolve(match, anchor, next_meeting)
            cue = _CUE.search(low, max(0, start - 40), start)
            if cue is not None and cue.group("cue").startswith(_START_CUES):
                continue  # 'from årsskiftet': when something starts, not a deadline
            if cue is not None and cue.group("cue").startswith(_AFTER_CUES):
                start, value = cue.start(), None
            weak = int(cue is None and (_BARE_TODAY.fullmatch(match.group(0)) is not None
                                        # "the year-end numbers": a period named as what the thing is of
                                        or (_PERIOD_END.fullmatch(match.group(0)) is not None
                                            and _NOUN_AFTER.match(low, match.end()) is not None)))
            found.append(_Candidate(start, match.end(), value, kind, 0 if value else 1, weak))
    hits = scan(text, anchor)
    found = [_with_meeting_date(c, hits, low, anchor) for c in found]
    for hit in hits:
        if hit.past:
            continue  # 'i fredags', 'last Friday'
        value = _hit_value(hit, anchor)
        start, end = hit.start, hit.end
        cue = _CUE.search(low, max(0, start - 40), start)
        trailing = _CUE_AFTER.match(low, end)
        dated = low.startswith(("den ", "on "), start) or low.endswith((" den ", " on "), 0, start)
        if cue is None and dated and _MEETING_CUE.search(low, max(0, start - 40), start):
            # the date of the meeting it is due at is the deadline; the meeting stays in the task
            rank = 0 if value else 1
        elif cue is not None:
            word = cue.group("cue")
            if word.startswith(_START_CUES):
                continue  # 'från 1 mars', 'since Monday': a start, not a deadline
            if word.startswith(_AFTER_CUES):
                value = None
            start, rank = cue.start(), 0 if value else 1
            end = trailing.end() if trailing else end
            back = _SPAN_BACK.search(low, max(0, start - 40), start) if word.startswith(_BEFORE_CUES) else None
            if back is not None:
                # "no later than 60 days before January 1": counted back from the date
                start, value = back.start(), _counted_back(value, back)
        elif (back := _SPAN_BEFORE_EVENT.search(low, max(0, start - 80), start)) is not None:
            # "två veckor före konserten (skärtorsdag 2 april)": counted back from the event's date
            start, rank, value = back.start(), 0 if value else 1, _counted_back(value, back)
            end = low.find(")", end) + 1 or end
        elif trailing is not None:
            end, rank = trailing.end(), 0 if value else 1
        else:
            bare_week = hit.kind == "week" and _coming_week(hit, anchor)  # 'v12': a span, still a deadline
            if hit.kind == "month" or not (keep_past or bare_week or _after_anchor(value, anchor)):
                continue  # a month, a past event, or a date that cannot be placed
            rank = 2
        found.append(_Candidate(start, end, value, hit.kind, rank))
    return [c for c in found if not any(_contains(other, c) for other in found)]


def _counted_back(value: dt.date | None, span: re.Match[str]) -> dt.date | None:
    """The day ``span`` ('två veckor', '30 days') before ``value``; working days name no day."""
    unit = span.group("unit")
    if value is None or unit.startswith(("arbets", "working", "business")):
        return None
    return value - dt.timedelta(days=span_days(number_value(span.group("n")), unit))


def span_days(count: int, unit: str) -> int:
    """Days in ``count`` of ``unit`` ('veckor', 'weeks', 'dagar', 'days')."""
    folded = unit.casefold()
    return count * (7 if folded.startswith(("v", "w")) and not folded.startswith("work") else 1)


def _coming_week(hit: Hit, anchor: dt.date | None) -> bool:
    """A week number without cue words is a deadline when it lies in the coming half year: a week
    already past or most of a year away ('bulk actions v2' in March) is no deadline."""
    if hit.week is None:
        return False
    if anchor is None or hit.week_year is not None:
        return True
    return (hit.week - anchor.isocalendar()[1]) % 52 <= _COMING_WEEKS


_COMING_WEEKS = 26


def _with_meeting_date(
    candidate: _Candidate, hits: list[Hit], low: str, anchor: dt.date | None
) -> _Candidate:
    """Extend 'till nästa möte' over a date written right after it, taking that date."""
    if candidate.kind != "next_meeting":
        return candidate
    gap = _DATE_AFTER_MEETING.match(low, candidate.end)  # always matches (all optional)
    gap_end = gap.end() if gap else candidate.end
    for hit in hits:
        if candidate.end <= hit.start <= gap_end and hit.kind in ("date", "weekday"):
            value = hit.value or candidate.value
            return _Candidate(candidate.start, hit.end, value, "date", 0 if value else 1)
    return candidate


def _after_anchor(value: dt.date | None, anchor: dt.date | None) -> bool:
    """A date without cue words is a deadline only when it lies after the meeting."""
    return value is not None and anchor is not None and value > anchor


def _contains(outer: _Candidate, inner: _Candidate) -> bool:
    return (
        outer is not inner
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.end - outer.start) > (inner.end - inner.start)
    )


def find_deadline(
    text: str, *, anchor: dt.date | None, next_meeting: dt.date | None = None
) -> DateMention | None:
    """The deadline stated in one action sentence, or None when it states none.

    ``.text`` keeps the cue words verbatim ('senast 26/1', 'klart innan, 27 maj', 'by
    Friday', 'till nästa möte', 'inom två veckor'). How ``.value`` is resolved:

    - a week ('v. 12', 'vecka 12', 'v12', 'nästa vecka', 'next week'): None (a span, not a day);
    - a weekday ('på fredag', 'by Friday'): the first such day after the anchor;
    - 'till nästa möte' / 'before the next meeting': ``next_meeting``, or the date
      written right after the words;
    - 'by the 20th' / 'senast den 20:e': the first such day on or after the anchor;
    - 'inom/within N dagar/veckor/månader/arbetsdagar': the anchor plus N;
    - 'EOD', 'idag', 'i morgon': the anchor (plus one); the end of a week ('EOW', 'i slutet av
      veckan') and 'årsskiftet': words kept, no date (Friday or Sunday, a time of year);
    - 'i slutet av månaden', 'end of March', 'end of Q2', 'end of the year': the last day;
    - fuzzy periods ('efter sommaren', 'under januari', 'i början av mars', 'snarast',
      'by Q2'): words kept, ``value=None``.

    A date without cue words counts only when it lies after the anchor (a past event or
    the meeting day itself is no deadline; without an anchor it is not returned); a
    'från/from/since' date never counts. Cue words win over bare dates, resolved phrases
    over unresolved ones, then the earliest.
    """
    found = _candidates(text, anchor, next_meeting, keep_past=False)
    if not found:
        return None
    hard = _HARD_LIMIT.search(text) if len(found) > 1 else None
    if hard is not None and any(c.start >= hard.start("limit") for c in found):
        # "gärna på måndag men senast innan midsommar": the limit, not the wish, is the deadline
        found = [c for c in found if c.start >= hard.start("limit")]
    best = min(found, key=_Candidate.key)
    # "by the 10th of each month" recurs; "w/c 2 June" names a week: neither is one day
    week = _WEEK_OF.search(text, 0, best.start)
    start = week.start() if week is not None else best.start
    value = None if _RECURRING.match(text, best.end) or week is not None else best.value
    return DateMention(start, best.end, text[start : best.end], value, best.kind)


_PERIOD_END = _rx.compile(r"(?:year|month|quarter|fiscal[ -]year)[ -]end")
_NOUN_AFTER = _rx.compile(r"\s+(?!(?:and|or|at|by|if|so|to|for|in|on)\b)[a-z]{3,}")
_HARD_LIMIT = _rx.compile(r"\b(?:men|but)\s+(?P<limit>senast|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest)\b", re.I)
_WEEK_OF = _rx.compile(r"(?:\bw/c|\bweek\s+(?:commencing|beginning|of)|\bveckan\s+(?:som\s+börjar|från))\s*$", re.I)
# A deadline that comes back every period names no single day.
_RECURRING = _rx.compile(
    r"\s*(?:of\s+)?(?:each|every)\s+(?:month|week|quarter|year)\b|\s*(?:i\s+)?(?:varje|var)\s+(?:månad|vecka)\b"
    r"|\s*(?:monthly|weekly|varje\s+kvartal)\b",
    re.I,
)


def normalise_deadline(
    deadline_text: str, *, anchor: dt.date | None, next_meeting: dt.date | None = None
) -> dt.date | None:
    """The day a deadline phrase means ('senast 26/1', 'by Friday', '2024-03-10', 'v. 50').

    Uses the rules of :func:`find_deadline` (any date counts, past or not); a phrase the
    fast rules do not recognise is handed to ``dateparser`` ('in three days', 'two weeks
    from now'). Returns None when the phrase names no single day or needs a year that
    neither the phrase nor the anchor gives.
    """
    found = _candidates(deadline_text, anchor, next_meeting, keep_past=True)
    resolved = [c for c in found if c.value is not None]
    if resolved:
        return min(resolved, key=_Candidate.key).value
    if found:
        return None
    return _dateparser_date(deadline_text, anchor)


def _dateparser_date(text: str, anchor: dt.date | None) -> dt.date | None:
    """Last resort for short phrases the regexes miss; dateparser is imported only here."""
    low = text.lower()
    if len(text) > _FALLBACK_MAX_CHARS or not _FALLBACK_HINT.search(low):
        return None
    settings: dict[str, object] = {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"],
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    elif re.search(YEAR, low):
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    else:
        return None  # no anchor and no year: any answer would invent one
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's own deprecation notices are not ours
        import dateparser  # slow to import: only phrases that reach this point pay for it

        parsed = dateparser.parse(text, languages=["sv", "en"], settings=settings)
    return parsed.date() if parsed is not None else None
