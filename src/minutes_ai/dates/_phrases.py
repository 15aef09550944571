"""Deadline phrases that are not calendar dates: 'till nästa möte', 'inom två veckor', 'EOD'.

Each phrase is a regex over lower-cased text plus a resolver turning the match into a
day (or None when the words name no single day) given the anchor and the next meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol

from .. import _rx
from . import _calendar as cal
from ._lexicon import (
    MONTH,
    NUMBER,
    ORDINAL_QUARTERS,
    WEEKDAY,
    YEAR,
    month_number,
    number_value,
    weekday_number,
)
from ._types import MentionKind

FRIDAY = 4


class Groups(Protocol):
    """What a resolver reads from a match."""

    def group(self, name: str, /) -> str | None: ...


Resolver = Callable[[Groups, "dt.date | None", "dt.date | None"], "dt.date | None"]

_BY = r"(?:(?:senast|till|tills|innan|före|inför|vid|by|before|until|till|due)\s+)?"


# Nouns an ordinal counts ('the 2nd reading', '3:e omgången'), which no day of the month precedes.
_COUNTED_NOUN = (
    r"round|rounds|reading|draft|meeting|session|time|place|floor|quarter|half|term|edition|version|phase|"
    r"stage|week|day|year|period|payment|instalment|installment|step|item|point|call|match|game|leg|"
    r"heat|batch|wave|cohort|attempt|try|vote|ballot|"
    r"omgången|omgång|läsningen|utkastet|mötet|möte|kvartalet|halvåret|fasen|steget|terminen|rundan|"
    r"matchen|upplagan|versionen|gången|veckan|dagen|året|punkten|delbetalningen"
)


def _phrase(body: str) -> re.Pattern[str]:
    return _rx.compile(rf"(?<!\w){_BY}(?:{body})(?!\w)")


def _next_meeting(_m: Groups, _a: dt.date | None, next_meeting: dt.date | None) -> dt.date | None:
    return next_meeting


def _day_word(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    word = match.group("dw") or ""
    if "övermorgon" in word or "day after" in word:
        shift = 2
    elif "morgon" in word or "tomorrow" in word or word.startswith(("imor", "tmrw", "tmw")):
        shift = 1
    else:
        shift = 0  # today, EOD, close of business
    return anchor + dt.timedelta(days=shift)


def _end_of_month(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    month_word, year_text = match.group("mon"), match.group("y")
    if month_word:
        year = int(year_text) if year_text else None
        return cal.period_end(year, month_number(month_word), anchor)
    if anchor is None:
        return None
    shifted = cal.add_months(anchor.replace(day=1), 1 if match.group("nxt") else 0)
    return cal.month_end(shifted.year, shifted.month)


def _end_of_year(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    year_text = match.group("y")
    if year_text:
        return dt.date(int(year_text), 12, 31)
    return dt.date(anchor.year, 12, 31) if anchor else None


def _end_of_year_unless_turn(match: Groups, anchor: dt.date | None, n: dt.date | None) -> dt.date | None:
    # 'årsskiftet' (the turn of the year) is a time of year like 'jul', not a day.
    if isinstance(match, re.Match) and "årsskift" in match.group(0):
        return None
    return _end_of_year(_Merged(match), anchor, n)


def _end_of_quarter(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    quarter, year_text = match.group("q") or match.group("q2"), match.group("y")
    number = int(quarter) if quarter else ORDINAL_QUARTERS[match.group("qo") or "first"]
    year = int(year_text) if year_text else None
    end = cal.period_end(year, 3 * number - 2, anchor, months_long=3)
    if year is None and end is not None and anchor is not None and end < anchor:
        return None  # "by end of Q2" said in August: a fiscal quarter, or next year's; no one day
    return end


def _from_other_event(match: Groups) -> bool:
    return isinstance(match, re.Match) and _FROM_OTHER_EVENT.match(match.string, match.end()) is not None


_FROM_OTHER_EVENT = _rx.compile(
    r"\s+(?:efter|after|of|from|från)\b(?!\s+(?:(?:the|this|today's|dagens)\s+)?(?:meeting|mötet|sammanträdet|today|idag|i\s+dag|now|nu)\b)"
)


def _within(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    number = match.group("n")
    count = 2 if number is None else number_value(number)  # 'a fortnight' has no number
    unit = match.group("unit") or ""
    if unit.startswith(("arbetsdag", "working", "business")):
        return cal.add_business_days(anchor, count)
    if unit.startswith(("dag", "day", "dgr")):
        return anchor + dt.timedelta(days=count)
    if unit.startswith(("tim", "hour")):
        return anchor + dt.timedelta(days=count // 24)  # "inom 24 timmar": the next day; "within 2 h": today
    if unit.startswith(("veck", "week", "fortnight", "v", "wk")):
        return anchor + dt.timedelta(weeks=count)
    return cal.add_months(anchor, count)


def _day_of_month(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    """'by the 15th': the first such day of a month on or after the anchor."""
    if anchor is None:
        return None
    day = int(match.group("dom") or 0)
    for months_ahead in range(3):
        first = cal.add_months(anchor.replace(day=1), months_ahead)
        candidate = cal.make_date(first.year, first.month, day)
        if candidate is not None and candidate >= anchor:
            return candidate
    return None


def _this_week(_m: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    return None  # 'denna vecka': a span of days, kept as words


def _next_week(_m: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    return None  # 'nästa vecka', 'end of next week': a span of days, kept as words


def _unresolved(_m: Groups, _a: dt.date | None, _n: dt.date | None) -> dt.date | None:
    return None


def _weekday_week(match: Groups, anchor: dt.date | None, _n: dt.date | None) -> dt.date | None:
    day = match.group("fw")
    return cal.weekday_of_week(anchor, weekday_number(day), 1) if anchor and day else None


_MEETING = (
    r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|nätverksträff(?:en)?|avstämning(?:en)?|gång|meeting|"
    r"session|call|weekly|sync|standup|stand-up|retro|huddle|check-in)"
)
_QUARTER = (
    r"(?:q(?P<q>[1-4])|kvartal\s+(?P<q2>[1-4])|(?:det\s+|the\s+)?"
    r"(?P<qo>första|andra|tredje|fjärde|first|second|third|fourth)\s+(?:kvartalet|quarter))"
)
_SEASON = (
    r"midsommar(?:afton|helgen)?|valborg|sportlovet|höstlovet|påsklovet|jullovet|trettonhelgen|mellandagarna|"
    # holidays whose day the notes rarely give: "by Paddy's Day", "before Memorial Day"
    r"(?:paddy|patrick|st\.?\s+patrick)['’]s\s+day|memorial\s+day|labou?r\s+day|thanksgiving|halloween|"
    r"bonfire\s+night|valentine['’]s\s+day|canada\s+day|"
    r"half[- ]term|sommaren|sommar|semestern|semestrarna|julen|jul|nyår|nyåret|påsken|påsk|hösten|våren|vintern|"
    r"summer(?:\s+(?:break|holidays?))?|(?:the\s+)?holidays|christmas|easter|autumn|fall|spring|"
    r"winter|new\s+year"
)

PHRASES: list[tuple[re.Pattern[str], Resolver, MentionKind]] = [
    (
        # "idag/imorgon", "today or first thing tomorrow": the later of the two
        _rx.compile(
            r"(?<!\w)(?:i\s*dag|idag|today|tonight|i\s*kväll)\s*(?:/|or|eller)\s*(?:first\s+thing\s+)?"
            r"(?P<dw>i\s*morgon|imorgon|tomorrow)(?:\s+(?:morning|förmiddag|bitti))?(?!\w)"
        ),
        _day_word,
        "relative",
    ),
    (
        _rx.compile(
            r"(?<!\w)(?:(?:klart|klar|färdigt|färdig|ready|done)\s+)?(?:senast\s+)?"
            # ("t. nästa möte": the short form of rough notes)
            r"(?:till|tills|t\.|inför|före|innan|vid|på|under|until|till|before|by|"
            r"for|at|to|ahead\s+of|prior\s+to)\s*(?<=\s|\.)(?:the\s+)?(?:nästa|kommande|nästkommande|next|"
            rf"upcoming|following)\s+(?:(?:ordinarie|regular)\s+)?{_MEETING}(?!\w)"
        ),
        _next_meeting,
        "next_meeting",
    ),
    (
        _phrase(
            r"(?P<dw>i\s*morgon|imorrn|imorn|tomorrow|tmrw|tmw|i\s*övermorgon|(?:the\s+)?day\s+after\s+tomorrow|i\s*dag|"
            r"today|i\s*kväll|tonight|i\s*eftermiddag|i\s*förmiddag|this\s+(?:afternoon|morning|evening)|"
            r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|"
            # 'EOD Thursday' is Thursday, not today: the weekday decides.
            r"(?:eod|cob)(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|mån|tis|ons|tor|fre|lör|sön|tomorrow|i\s*morgon))|"
            r"close\s+of\s+business(?!\s+(?:on\s+)?(?:tomorrow|mon|tue|wed|thu|fri))|end\s+of\s+today|dagens\s+slut|"
            # "direkt efter mötet", "right after the meeting": the meeting's own day
            r"(?:direkt|genast|strax)\s+efter\s+mötet|(?:right|straight|immediately)\s+after\s+the\s+meeting)"
        ),
        _day_word,
        "relative",
    ),
    (
        _phrase(
            r"(?:i\s+)?slutet\s+av\s+(?:(?P<nxt>nästa)\s+vecka|veckan)|(?:the\s+)?end\s+of\s+"
            r"(?:the\s+|this\s+|(?P<nxt2>next)\s+)?week(?!\s*\d)|(?P<eow>eow)|(?:innan|före|till)\s+helgen|"
            r"before\s+the\s+weekend|veckans\s+slut"
        ),
        # The end of a week ('EOW', 'i slutet av veckan', 'before the weekend') is Friday to
        # some and Sunday to others: the words are kept, with no date.
        lambda m, a, n: None,
        "period",
    ),
    (
        _phrase(
            rf"(?:i\s+)?slutet\s+av\s+(?:(?P<nxt>nästa)\s+månad|(?:denna\s+|den\s+här\s+)?månaden|(?:denna|den\s+här)\s+månad|"
            rf"(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?)|(?:the\s+)?end\s+of\s+(?:(?:(?:the|this)\s+)?month|"
            rf"(?P<nxt2>next)\s+month|(?P<mon2>{MONTH})(?:\s+(?P<y2>{YEAR}))?)|"
            # "end Jan", "by end March": the month's end with "of" left out
            rf"end\s+(?P<mon3>{MONTH})(?:\s+(?P<y3>{YEAR}))?(?!\s*\d|\s+(?:meeting|mtg|call|session|board|review))|månadsskiftet|"
            r"månadens\s+slut|eom"
        ),
        lambda m, a, n: _end_of_month(_Merged(m), a, n),
        "period",
    ),
    (
        _phrase(
            rf"(?:i\s+)?slutet\s+av\s+(?:året|(?P<y>{YEAR}))|(?:the\s+)?end\s+of\s+(?:the\s+year|"
            rf"this\s+year|(?P<y2>{YEAR}))|årsskiftet|årets\s+slut|eoy"
            # "by year-end"; not "the year-end accounts", which names what the task is about
            r"|year[-\s]end(?!\s+(?:accounts?|reports?|review|close|closing|figures|audit|statements?|party|"
            r"dinner|bonus|stock|stocktake|returns?|accruals?)\b)"
        ),
        # 'årsskiftet' (the turn of the year) is a time of year like 'jul', not a day.
        _end_of_year_unless_turn,
        "period",
    ),
    (
        _phrase(
            rf"(?:(?:i\s+)?slutet\s+av\s+|(?:the\s+)?end\s+of\s+){_QUARTER}(?:\s+(?P<y>{YEAR}))?"
        ),
        _end_of_quarter,
        "period",
    ),
    (
        # "i slutet av kvartalet", "by the end of the quarter": the quarter the meeting is in.
        _phrase(r"(?:i\s+)?slutet\s+av\s+(?:detta\s+)?kvartalet|(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter"),
        lambda m, a, n: cal.period_end(a.year, 3 * ((a.month - 1) // 3) + 1, a, months_long=3) if a else None,
        "period",
    ),
    (
        # "senast sista april", "klart sista nov": the last day of that month.
        _phrase(rf"sista\s+(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?"),
        lambda m, a, n: _end_of_month(m, a, n),
        "period",
    ),
    (
        _rx.compile(
            rf"(?<!\w)(?:inom|within|om|in)\s+(?:(?:de\s+)?närmaste\s+|the\s+next\s+)?(?:(?P<n>{NUMBER})\s+"
            r"(?P<unit>arbetsdagar|arbetsdag|dagar|dag|veckor|veckorna|vecka|månader|månaderna|månad|"
            r"working\s+days?|business\s+days?|days?|weeks?|months?|timmar|timme|hours?|"
            # "inom 3 v", "within 2 wks", "inom 10 dgr": the units abbreviated
            # ("in the next fortnight", "within a fortnight")
            r"v\.|v|wks?\.?|dgr)|(?:a|the\s+next)\s+(?P<unit2>fortnight))(?!\w)"
        ),
        # "inom tio dagar efter förhandlingen", "within a week of getting it": counted from another
        # event, not from the meeting
        lambda m, a, n: None if _from_other_event(m) else _within(_Merged(m), a, n),
        "relative",
    ),
    (
        _phrase(
            r"(?:under\s+|i\s+)?(?:nästa|kommande|nästkommande)\s+vecka|(?:during\s+)?(?:the\s+)?"
            r"(?:next|coming)\s+week"
        ),
        _next_week,
        "relative",
    ),
    (
        # ("under veckan": during the week the meeting is in)
        _phrase(r"(?:under\s+)?(?:denna|den\s+här)\s+(?:vecka|veckan)|i\s+veckan|under\s+veckan|this\s+week"),
        _this_week,
        "relative",
    ),
    (
        _rx.compile(
            r"(?<!\w)(?:(?:senast|innan|före|till|tills|klart|klar|deadline|by|before|until|due(?:\s+on)?|"
            r"no\s+later\s+than)\s+"
            # 'by Friday the 25th', 'fri the 6th': the day of the month decides, not the weekday.
            rf"(?:{WEEKDAY}[a-zåäö]*\.?,?\s+)?|{WEEKDAY}[a-zåäö]*\.?,?\s+(?=(?:den|the)\s)"
            # 'den 20:e' names a day of the month in Swedish with no cue before it.
            r"|(?=den\s+[0-3]?\d:[ea](?!\w)))"
            r"(?:den\s+|the\s+)?(?P<dom>[0-3]?\d)(?::[ea]|st|nd|rd|th)(?!\w)"
            rf"(?!\s*(?:of\s+)?{MONTH})"
            # 'before the 1st round', 'till 2:a läsningen': an ordinal of a noun, no day of the month
            rf"(?!\s+(?:{_COUNTED_NOUN})(?!\w))"
        ),
        _day_of_month,
        "date",
    ),
    # Named periods that are no single day: the words are kept, the value stays None.
    (
        _rx.compile(
            rf"(?<!\w)(?:(?:(?:klart|klar|färdigt|färdig|ready|done)\s+)?(?:senast\s+)?"
            rf"(?:efter|innan|före|till|t\.|inför|under|fram\s+till|by|before|"
            rf"after|until|during|over)\s+(?:the\s+)?(?:{_SEASON})|i\s+(?:höst|sommar|vinter|mellandagarna)|"
            r"this\s+(?:summer|autumn|fall|spring|winter))(?!\w)"
        ),
        _unresolved,
        "period",
    ),
    (
        _rx.compile(
            rf"(?<!\w)(?:(?:i\s+)?(?:början|mitten)\s+av\s+(?:{MONTH}|året|nästa\s+år|månaden|"
            r"nästa\s+månad|veckan|nästa\s+vecka|hösten|våren|sommaren|(?:19|20)\d\d)|(?:in\s+)?"
            rf"(?:early|mid|late)[-\s](?:{MONTH}|(?:the\s+)?(?:year|month|week)|next\s+(?:week|month|year)))"
            r"(?!\w)"
        ),
        _unresolved,
        "period",
    ),
    (
        _rx.compile(
            # "klart innan dess", "by then": back to a date said before; the words, no day
            r"(?<!\w)(?:(?:klart\s+)?(?:innan|före|till|tills|until|by|before)\s+(?:dess|then|that\s+time)|"
            r"snarast(?:\s+möjligt)?|så\s+(?:snart|fort)\s+som\s+möjligt|omgående|asap|"
            r"as\s+soon\s+as\s+possible|inom\s+kort)(?!\w)"
        ),
        _unresolved,
        "relative",
    ),
    (
        _rx.compile(
            rf"(?<!\w)(?:senast\s+)?(?:under|i|in|during|by|before|innan|före|till|until|due)\s+"
            rf"(?:{MONTH}(?:\s+{YEAR})?(?!\s*\d)|{_QUARTER.replace('?P<', '?P<u')}(?:\s+{YEAR})?|"
            r"(?:nästa|kommande|next)\s+(?:månad|month|kvartal|quarter|år|year))(?!\w)"
            # "next month", "within the week", "i helgen", "by end of sprint": spans of time, no one day
            r"|(?<!\w)(?:(?:sometime\s+)?(?:next|this)\s+month|(?:nästa|denna)\s+månad|"
            r"within\s+the\s+(?:week|month)|inom\s+(?:veckan|månaden)|i\s+helgen|(?:this|over\s+the)\s+weekend|"
            r"by\s+the\s+weekend|"
            r"(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?sprint(?!\s*\d)|(?:till|i)\s+slutet\s+av\s+sprinten)(?!\w)"
        ),
        _unresolved,
        "period",
    ),
    (
        # "senast en vecka innan", "two weeks before", "one week prior": counted back from an event
        # the sentence does not name (the one the notes spoke of before): words kept, no day.
        _rx.compile(
            rf"(?<!\w)(?:(?:senast|minst|at\s+least|no\s+later\s+than)\s+)?(?:(?:the|{NUMBER})\s+)?"
            r"(?:veckan|veckor|vecka|dagar|dag|dgr|månader|månad|weeks?|wks?\.?|days?|months?)\s+"
            r"(?:innan|före|before|prior|in\s+advance|i\s+förväg)"
            r"(?=\s*(?:$|[.,;:!?)–—-]|\s(?:och|and|av|by|enligt|so|så|to|till)\b))"
        ),
        _unresolved,
        "relative",
    ),
    (
        # "by Friday week" (British): the Friday of the week after this one
        _rx.compile(rf"(?<!\w)(?:(?:by|on|until|before)\s+)?(?P<fw>{WEEKDAY})[a-z]*\s+week(?!\w)(?!\s*\d)"),
        _weekday_week,
        "date",
    ),
]


_MONTH_STEMS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "maj",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "oct",
    "nov",
    "dec",
)
_END = ("slutet av", "end of")
# Words one of which every match of the phrase with the same index contains: a phrase
# regex runs only when its words are there (most sentences have none of them).
TRIGGERS: list[frozenset[str]] = [
    frozenset(words)
    for words in [
        ("morgon", "morrow"),
        ("nästa", "kommande", "next", "upcoming", "following"),
        ("morgon", "morrow", "imorn", "imorrn", "tmrw", "tmw", "dag", "day", "kväll", "tonight", *_END, "eod", "cob",
         "close of", "middag",
         "afternoon", "morning", "evening", "efter mötet", "after the meeting"),
        (*_END, "eow", "helg", "weekend", "veckans"),
        (*_END, "månadsskiftet", "månadens", "eom", "end "),
        (*_END, "årsskiftet", "årets", "year", "eoy"),
        _END,
        ("kvartalet", "quarter"),
        ("sista",),
        ("dag", "veck", "månad", "day", "week", "month", "fortnight", "tim", "hour", "inom", "within", "wk", "dgr"),
        ("veck", "week"),
        ("veck", "week"),
        (":e", ":a", "st", "nd", "rd", "th"),
        (
            "sommar",
            "semester",
            "jul",
            "nyår",
            "påsk",
            "höst",
            "vår",
            "vinter",
            "summer",
            "holiday",
            "christmas",
            "easter",
            "autumn",
            "fall",
            "spring",
            "winter",
            "new year",
            "valborg",
            "sportlov",
            "trettonhelg",
            "half",
            "mellandag",
            "'s day",
            "’s day",
            "memorial",
            "labor day",
            "labour day",
            "thanksgiving",
            "halloween",
            "bonfire",
            "canada day",
        ),
        ("början", "mitten", "early", "mid", "late"),
        ("snarast", "så snart", "så fort", "omgående", "asap", "as soon", "inom kort", "dess", "then", "that time"),
        (*_MONTH_STEMS, "q1", "q2", "q3", "q4", "kvartal", "quarter", "nästa", "kommande", "next",
         "month", "week", "veck", "månad", "helg", "weekend", "sprint"),
        ("innan", "före", "before", "prior", "advance", "förväg"),
        ("week",),
    ]
]


def _longest_first(words: set[str]) -> str:
    """An alternation of plain ``words`` that matches, where several start, the longest one.

    The words are tried longest first within groups by first character (two different words of
    one length never both match at a place): the group of another character fails at its first
    letter, where one flat alternation would try every word.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in groups.items()
    )


TRIGGER_RE = _rx.compile(_longest_first(set().union(*TRIGGERS)))


class _Merged:
    """View of a match where 'name2' groups stand in for an unmatched 'name' group."""

    def __init__(self, match: Groups) -> None:
        self._match = match

    def group(self, name: str, /) -> str | None:
        value = self._match.group(name)
        for alias in (f"{name}2", f"{name}3"):
            if value is None and isinstance(self._match, re.Match) and alias in self._match.re.groupindex:
                value = self._match.group(alias)
        return value
