"""Deadlines: a task's due date from its words, the notes' next meeting and the events they date.

:func:`_deadline` reads a sentence's deadline: a date phrase, a due field, the next meeting
("till nästa avstämning", announced or planned), an event the notes date elsewhere ("före
årsmötet", "by the AGM"), counted back by a span ("tre veckor före"). Here too: the next
meeting's date of a meeting in a file of several, month names, and whether "nästa AU" is the
meeting the notes announce (the body's name in the title or letterhead, its acronym).
"""

from __future__ import annotations

import datetime as dt
import re

from ... import _rx
from ..._structure_lines import case_folds
from ...dates import DateMention, find_dates, find_deadline, span_days
from ...dates import _calendar as cal
from ...dates._lexicon import weekday_number
from ...schemas import Meeting
from . import cues
from ._context import _Context
from ._fastre import literal_trie, lower_source
from ._literals import required_literals
from .schedule import (
    _MEETING_NOUN,
    EVENT_NAMES,
    MONTH_EVENT,
    NAMED_MONTH,
    PLAN_LINE,
    month_number,
    month_of,
)

_DATE_LIKE = _rx.compile(
    r"\d|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)|dag\b|day\b", re.IGNORECASE
)


def _following_date(meeting: Meeting, meetings: list[Meeting]) -> dt.date | None:
    """In a file of several meetings, the first one after ``meeting``: its next meeting when
    its notes announce none ("before the next session" in a log of sessions). An announced
    next meeting whose date is unclear ("3/6 eller 27/5") is not replaced."""
    if meeting.meeting_date is None:
        return None
    later = [m.meeting_date for m in meetings if m.meeting_date is not None and m.meeting_date > meeting.meeting_date]
    return min(later) if later else None


def _next_meeting_date(meeting: Meeting, following: dt.date | None) -> dt.date | None:
    """The next meeting's date: announced; else the following meeting in the file, when the
    announcement gives no date ("Nästa möte: inte bestämt") or only the month that meeting
    falls in ("Ordinarie styrgrupp i oktober, datum meddelas"). An unclear date ("3/6 eller
    27/5") or another month keeps it open."""
    announced = meeting.next_meeting
    if announced is None:
        return following
    if announced.date is not None or following is None:
        return announced.date
    digits = any(ch.isdigit() for ch in announced.text)
    if not (digits or NAMED_MONTH.search(announced.text) or _WEEKDAY_WORD.search(announced.text)):
        return following  # no day, month or date in it ("Vid protokollet: ... Marita": a name is no month)
    if digits:
        return None
    months = {month_number(m.group(1)) for m in NAMED_MONTH.finditer(announced.text)}
    return following if months == {following.month} else None


def _deadline(raw: str, ctx: _Context) -> DateMention | None:
    """The deadline of a sentence: a date phrase, else an event ('till nästa avstämning')."""
    due = _DUE_LABEL.search(raw) if ":" in raw else None
    if due is not None:
        # "Åtgärd: Prisuppgift   Ansv: PÅ   Klart: nästa byggmöte": the due field, read like a due cell
        words = due.group("due").rstrip(" .,;")
        inner = _deadline(words, ctx) if not _DUE_LABEL.search(words) else None
        if inner is not None:
            return DateMention(due.start("due"), due.start("due") + len(words), words, inner.value)
    mention = find_deadline(raw, anchor=ctx.anchor, next_meeting=ctx.next_date)
    low = raw.lower()
    named = MONTH_EVENT.search(raw) if ctx.schedule is not None and _MONTH_HINT.search(low) and (
        _MEETING_WORD(low) is not None or case_folds(raw)) else None
    if named is not None and (mention is None or mention.value is None
                              or (mention.start < named.end() and named.start() < mention.end)
                              # "a costed proposal for a Thursday session to the January meeting": a
                              # bare weekday names what the task is about, the cued meeting its deadline
                              or (named.group("cue") and _WEEKDAY_WORD.fullmatch(mention.text))):
        # "till aprilsammanträdet", "to the May meeting": the date the notes list for it.
        value = ctx.schedule.in_month(month_of(named)) if ctx.schedule is not None else None
        start = named.start("cue") if named.group("cue") else named.start()
        if value is not None or (mention is None and named.group("cue")):
            # "to the March meeting" with no date for it in the notes: the words, no date;
            # "no later than one week before the December meeting": counted back from its date
            return _span_before(raw, start, named.end(), value) or DateMention(
                start, named.end(), raw[start : named.end()], value)
    if (day_before := _day_before_event(raw, ctx)) is not None:
        return day_before  # "fredagen före loppet", "the day before the show": counted from the event
    if (mention is not None and mention.value is not None and _WEEKDAY_WORD.fullmatch(mention.text)
            and (inside := cues.BEFORE_EVENT.search(raw)) is not None
            and inside.start("first") <= mention.start < inside.end()):
        # "six weeks before Giving Tuesday", "before the first Sunday pickup": the weekday names the event
        return _before_event(raw, ctx)
    if mention is not None:
        if mention.value is None and cues.NEXT_GATHERING.search(mention.text) and (next_day := _next_date(ctx)):
            # "till nästa avstämning", "before the next session": the group's next meeting
            value = next_day if _same_gathering(mention.text, ctx.next_text, ctx.title, _opening(ctx)) else None
            # "senast två veckor före nästa sammanträde": counted back from it
            return _span_before(raw, mention.start, mention.end, value) or DateMention(
                mention.start, mention.end, mention.text, value)
        if mention.value is None and (before := _before_event(raw, ctx)) is not None and before.value is not None:
            return before  # "senast tre veckor före årsmötet", the årsmöte dated in the notes
        if mention.value is None and (after := _span_after_event(raw, mention, ctx)) is not None:
            return after  # "inom 10 dagar efter öppningen", "within 28 days of the APCM"
        if mention.value is None and (back := _counted_back(raw, mention, ctx)) is not None:
            return back
        if mention.value is None and raw[mention.end : mention.end + 2].lstrip()[:1] == "(" and (
                said := _bracket_date(raw, mention.end, ctx)) is not None:
            # "by end of sprint (Apr 24)": the day said in brackets right after the words
            close = raw.index(")", mention.end) + 1
            return DateMention(mention.start, close, raw[mention.start : close], said)
        if mention.value is not None and mention.start > 12 and (lead := _span_then_event(raw, mention.start)) is not None:
            # "senast tre veckor före fullmäktiges sammanträde den 7 december": counted back from that day
            return DateMention(lead.start(), mention.end, raw[lead.start() : mention.end], _back(mention.value, lead))
        return mention
    if (due := _SPAN_DUE.search(raw)) is not None:
        # "Joanne – safeguarding briefing – 2 weeks", "Dev – Harbourview draft (2 wks)", a due cell "10 dagar":
        # the span a list item closes on is the time it is given, from the meeting
        count = _lead_count(due)
        value = ctx.anchor + dt.timedelta(days=span_days(count, due.group("unit"))) if ctx.anchor and count else None
        start, end = due.start("n"), due.end("unit")
        if raw[start - 1 : start] == "(" and (close := raw.find(")", end)) >= 0:
            start, end = start - 1, close + 1  # "(2 wks)" whole, no empty brackets left in the task
        return DateMention(start, end, raw[start:end], value)
    gathering = cues.NEXT_GATHERING.search(raw) or _BARE_NEXT.match(raw)
    trailing = _TRAILING_NEXT.search(raw) if gathering is None and ("ext" in raw or "ästa" in raw) else None
    if gathering is not None or trailing is not None:
        # "till nästa styrgrupp"; a table's due cell "Next FGB", "nästa LG"; "... — next call"
        start, end = gathering.span() if gathering is not None else trailing.span("words")  # type: ignore[union-attr]
        if (follow := _FOLLOW_UP_BEFORE.search(raw, max(0, start - 16), start)) is not None:
            start = follow.start()  # "uppf. nästa avst": followed up then, the words whole
        words = raw[start:end]
        value = _next_date(ctx) if _same_gathering(words, ctx.next_text, ctx.title, _opening(ctx)) else None
        return DateMention(start, end, words, value or _next_of_kind(words, ctx))
    event = cues.EVENT_DEADLINE.search(raw)
    if event is None:
        return _before_event(raw, ctx) or _by_event(raw, ctx) or _till_event(raw, ctx)
    # "till nästa möte" is the next meeting's date when the notes give it; other events stay words.
    nxt = event.group("next") and cues.NEXT_MEETING_EVENT.match(event.group("event") or "")
    if not nxt and (before := _before_event(raw, ctx)) is not None and before.value is not None:
        return before  # "senast tre veckor före årsmötet", the årsmöte dated in the notes
    if not nxt and (dated := _till_event(raw, ctx) or _by_event(raw, ctx)) is not None and (
            dated.start < event.end() and event.start() < dated.end):
        return dated  # "Ingrid tar fram verksamhetsberättelsen till årsmötet" after "Årsmötet hålls söndag 15 mars"
    value = (_next_date(ctx) or _next_of_kind(event.group(0), ctx)) if nxt else _bracket_date(raw, event.end(), ctx)
    if value is None and not nxt and ctx.next_text and (kind := _MEETING_KIND.match(event.group("event") or "")):
        # "till utvärderingsmötet" when the next meeting is announced as "... – utvärdering"
        value = _next_date(ctx) if kind.group(1).casefold()[:8] in ctx.next_text.casefold() else None
    return DateMention(event.start(), event.end(), event.group(0), value)


# "innan dess", "before then", "before that date": a back-reference names no event of its own
_BACK_REFERENCE = _rx.compile(r"\b(?:innan|före|inför|before|prior to|ahead of)\s+(?:dess|det|detta|då|then|that|this|it)\b", re.I)
# a word that names an event alone: a Swedish definite noun ("invigningen", "lägret"), a name or an acronym
_NAMES_ALONE = _rx.compile(r"[a-zåäö]{4,}(?:en|et|na)|[A-ZÅÄÖ][\wåäö'’-]{2,}")
# what a task is about, not when: "innan ärendet tas upp igen", "innan förslaget går till nämnden"
_THINGS = frozenset("ärendet frågan beslutet förslaget underlaget dokumentet arbetet projektet materialet texten "
                    "listan planen rapporten budgeten".split())
_ASIDE_AFTER = _rx.compile(r"\s*\(([^()]{1,80})\)")
_WEEK_BEFORE = _rx.compile(r"\b(?:(?:senast|by|no later than)\s+)?(?:veckan|helgen|the week|the weekend)\s+$", re.I)
# "utvärderingsmötet", "budgetmötet", "planeringsträffen": a meeting named by its kind
_MEETING_KIND = _rx.compile(r"([a-zåäö]{5,}?)s?(?:möte|mötet|träff|träffen|sammanträde|sammanträdet)$", re.I)


def _next_date(ctx: _Context) -> dt.date | None:
    """The next meeting's date: announced, the following meeting in the same file, or the
    first date of a meeting plan the notes adopt or list."""
    if ctx.next_date is not None or ctx.schedule is None:
        return ctx.next_date
    if (ctx.next_text and (_DATE_LIKE.search(ctx.next_text) or _WEEKDAY_WORD.search(ctx.next_text))
            and not PLAN_LINE.search(ctx.next_text)):
        return None  # announced with a date the notes leave unclear ("3/6 eller 27/5"), not by a plan
    return ctx.schedule.planned_next()  # "Nästa möte: se sammanträdesplanen nedan", or none announced


def _next_of_kind(words: str, ctx: _Context) -> dt.date | None:
    """'till nästa ledarmöte' when no next meeting is dated: the first later date on a line of the
    notes that names that kind of meeting ("26 maj   ledarmöte (sista före sommaren)"). A generic
    word ('möte', 'meeting') names no kind."""
    if ctx.next_date is not None or ctx.schedule is None or ctx.schedule.anchor is None:
        return None
    after = _NEXT_WORD.split(_PAREN_TAIL.sub("", words), maxsplit=1)
    named = after[-1].split()[0].strip(".,:;()").casefold() if len(after) == 2 and after[-1].split() else ""
    kind = named[:-1] if named.endswith("mötet") else named  # "ledarmötet" -> "ledarmöte"
    if len(kind) < 5 or not kind.isalpha() or _GENERIC_GATHERING.fullmatch(kind) or not (
            # "till nästa arbetslag" in an arbetslag's notes: the group's own name for its meeting (in
            # Swedish, where a group's name is one word; "the next board meeting" names no group's line)
            _MEETING_COMPOUND.search(kind) or (ctx.lang == "sv" and kind in ctx.title.casefold())):
        return None
    return ctx.schedule.first_on_lines_naming(kind)


_NEXT_WORD = _rx.compile(r"\b(?:next|nästa)\s+", re.I)
# "ledarmöte", "styrelsemöte", "programlagsmöte", "arbetslagsträff": a kind of meeting in one word
_MEETING_COMPOUND = _rx.compile(r"[a-zåäö]{3,}(?:möte|träff|sammanträde)$")


def _span_before(raw: str, start: int, end: int, value: dt.date | None) -> DateMention | None:
    """'senast två veckor före nästa sammanträde', 'one week before the December meeting': the span
    written just before the meeting named at ``raw[start:end]``, counted back from its date."""
    if value is None:
        return None
    lead = _SPAN_BEFORE.search(raw, max(0, start - 30), start + 12)
    if lead is None or lead.end() <= start:
        return None
    back = _back(value, lead)
    return DateMention(lead.start(), end, raw[lead.start() : end], back) if back else None


def _span_then_event(raw: str, start: int) -> re.Match[str] | None:
    """The span written before an event whose date starts at ``start`` ("två veckor före årsmötet den",
    "two weeks before the AGM on"): only the event's few words between them."""
    if "före" not in raw and "innan" not in raw and "inför" not in raw and "before" not in raw and "prior" not in raw:
        return None
    lead = next(reversed(list(_SPAN_BEFORE.finditer(raw, max(0, start - 70), start))), None)  # the nearest
    if lead is None or not _lead_count(lead) or _WINDOW_BEFORE.search(raw, max(0, lead.start() - 12), lead.start()):
        return None  # ("for the last 90 days before the review on Feb 3": a window of data, no deadline)
    between = raw[lead.end() : start]
    # the date, not a weekday that names the event ("six weeks before Giving Tuesday"), nor a
    # deadline of its own ("two weeks before the AGM, by 7 December")
    date = raw[start : start + 24]
    if _DATE_FIGURE.search(date) is None or _OWN_CUE.match(date) is not None:
        return None
    return lead if _EVENT_WORDS.fullmatch(between) is not None else None


# the event's name between a span and its date: "fullmäktiges sammanträde den", "the AGM on", "the
# open day,"; no figure and no sentence's end
_EVENT_WORDS = _rx.compile(r"(?:\s+(?:to\s+)?[^\W\d][\w'’-]*){1,4}(?:,?\s+(?:den|on|the|,))?\s*,?\s*", re.I)
_HOLIDAY = _rx.compile(
    r"(?:jul|julen|xmas|christmas|påsk|påsken|easter|midsommar|midsummer|half[- ]term|term|"
    r"(?:sport|höst|jul|påsk|sommar|vinter|tentamens)lov(?:et)?|semester(?:n)?|semestrarna|nyår|nyåret|new year|"
    r"thanksgiving|halloween|the holidays|the summer holidays|summer|sommaren)")
_WINDOW_BEFORE = _rx.compile(r"\b(?:last|past|previous|senaste|sista)\s+$", re.I)
_DATE_FIGURE = _rx.compile(r"\d")
_OWN_CUE = _rx.compile(r"(?:by|senast|till|until|innan|before|no later than)\b", re.I)


def _bracket_date(raw: str, end: int, ctx: _Context) -> dt.date | None:
    """'före jullovet (jullovet börjar fredag 20 december)', 'till första advent (30/11)': the
    event's one date said in brackets right after its name."""
    aside = _ASIDE_AFTER.match(raw, end)
    if aside is None:
        return None
    said = {m.value for m in find_dates(aside.group(1), anchor=ctx.anchor) if m.kind == "date" and m.value}
    return said.pop() if len(said) == 1 else None


def _before_event(raw: str, ctx: _Context) -> DateMention | None:
    """'before the camp', 'två veckor före årsmötet': the event's date the notes give, counted
    back by the span written before it; the words with no date when the notes give none."""
    before = cues.BEFORE_EVENT.search(raw)
    if before is None:
        return None
    words = before.group(0).rstrip(" ,.;:")
    week = _WEEK_BEFORE.search(raw, max(0, before.start() - 24), before.start())
    if week is not None:
        # "senast veckan innan cupen", "the week before the show": a week, no day; the words kept whole
        end = before.start() + len(words)
        return DateMention(week.start(), end, raw[week.start() : end], None)
    refers_back = _BACK_REFERENCE.search(words) is not None  # "innan dess": no event of its own
    # "before the camp", "före årsmötet": the one date the notes give for that event.
    # The event's own two words first ("before Gong renewal"), then its head word.
    tail = words.split()[-2:]
    value = None
    if ctx.schedule is not None and not refers_back:
        # a bare "träff" / "sammanträde" / "meeting" names no one event: any dated meeting line has it
        head = tail[-1].strip(".,:;")
        generic = _GENERIC_GATHERING.fullmatch(head.casefold()) is not None
        # "the AGM", "the RC" and "rc2" name an event, "the day" does not
        short = len(head) < 4 and not head.isupper() and not (_DATE_FIGURE.search(head) and head[:1].isalpha())
        # "before Gong renewal", "the annual meeting", "the open day": a head word that names no
        # event alone, with the word before it
        pair = ctx.schedule.event(" ".join(tail), raw) if len(tail) == 2 and (
            tail[0][:1].isupper() or " ".join(tail).casefold() in EVENT_NAMES
            or ((generic or short) and tail[0].isalpha() and tail[0].casefold() not in _NOT_AN_EVENT_WORD)) else None
        every = _EVERY.search(words) is not None  # "inför varje EHT": each one, no single date
        # "senast tre veckor före vandringen" in the point "5. Trygghetsvandring" that settles its day
        settled = None if every or generic else ctx.schedule.settled_in_point(raw, (" ".join(tail), head))
        value = None if every else settled or pair or (None if generic or short else ctx.schedule.event(head, raw))
        first = before.group("first")
        after_first = before.end("first") - before.start()  # where the words after the event's first word begin
        if (value is None and not every and words[after_first:].strip()
                and _NAMES_ALONE.fullmatch(first) and first.casefold() not in _NOT_AN_EVENT_WORD
                and first.casefold() not in _THINGS
                and not _GENERIC_GATHERING.fullmatch(first.casefold())):
            # "senast fredagen före invigningen hur många vi räknar med", "before WGLC closes": a
            # definite noun or a name right after the cue is the event, the words after it no part of it
            value = ctx.schedule.event(first, raw)
            if value is not None and first[:1].islower():
                # the words up to the event's name ("före invigningen", not "... hur många vi"); a
                # name keeps the words after it ("before the Luleå meeting")
                words = words[:after_first]
    # "before Xmas", "before half term", "innan sportlovet": a time of year, no day, even where the notes
    # date something of it ("Xmas party 17 Dec"); only a date said in brackets right after it counts
    holiday = any(_HOLIDAY.fullmatch(w.casefold().strip(".,:;")) for w in (" ".join(tail), tail[-1]))
    if holiday:
        value = None
    if value is None and not refers_back:
        value = _bracket_date(raw, before.start() + len(words), ctx)
    if value is None and not refers_back and not holiday and ctx.schedule is not None and not _EVERY.search(words):
        # "senast 4 veckor före mötet" under "5. Höstmötet": the gathering the point is about
        value = ctx.schedule.point_event(raw, tail[-1].strip(".,:;"))
    month = _MONTH_WORD.search(words)
    if value is not None and month is not None and value.month != _MONTH_NUMBER[month.group(0)[:3].casefold()]:
        value = None  # "Before Oct half term": a date found for the event outside the month it names
    lead = _SPAN_BEFORE.search(words)
    if value is not None and lead is not None:
        # "30 days before the carnival", "senast två veckor före stämman": counted back from it
        value = _back(value, lead)
    return DateMention(before.start(), before.start() + len(words), words, value)


def _day_before_event(raw: str, ctx: _Context) -> DateMention | None:
    """'Roger märker ut banan fredagen före loppet', 'the Friday before the fair', 'dagen innan
    stämman': the named day (or the day) before an event the notes date; None otherwise."""
    named = _DAY_BEFORE.search(raw) if ctx.schedule is not None and _DAY_BEFORE_HINT.search(raw) else None
    if named is None:
        return None
    before = _before_event(raw[named.start("cue") :], ctx)
    if before is None or before.value is None or _SPAN_BEFORE.search(before.text):
        return None
    event = before.value
    weekday = named.group("weekday") or named.group("sv")
    if weekday:
        gap = (event.weekday() - weekday_number(weekday)) % 7 or 7
        day = event - dt.timedelta(days=gap)
    else:
        day = event - dt.timedelta(days=1)
    end = named.start("cue") + len(before.text)
    return DateMention(named.start(), end, raw[named.start() : end], day)


_DAY_BEFORE_HINT = _rx.compile(r"\b(?:före|innan|before)\b", re.I)  # (any of the cues below)
# "fredagen före", "the Friday before", "dagen innan", "the day before"
_DAY_BEFORE = _rx.compile(
    r"\b(?:(?:the\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # ("kvällen före", "the night before": the evening of the day before)
    r"(?P<sv>måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)en|dagen|kvällen|natten|(?:the\s+)?(?:day|night|evening))\s+"
    r"(?P<cue>(?:före|innan|before)\s)",
    re.I,
)


def _till_event(raw: str, ctx: _Context) -> DateMention | None:
    """'Maria sammanställer första utkastet till workshopen', 'fixar priser till avslutningen': an
    event named by a Swedish event noun, by the date the notes give it ('Workshopen i Umeå 24–25 mars')."""
    till = _TILL_EVENT.search(raw) if ctx.schedule is not None and "till " in raw else None
    if till is None or ctx.schedule is None:
        return None
    value = ctx.schedule.event(till.group("event"), raw)
    return DateMention(till.start(), till.end(), till.group(0), value) if value is not None else None


# "till workshopen", "till avslutningen", "till konserten": an event noun in its definite form
_TILL_EVENT = _rx.compile(
    r"\btill\s+(?P<event>[a-zåäö]*(?:dag|möte|kväll|fest|resa|läger|cup|workshop|lopp|mässa|konferens|premiär|"
    r"invigning|avslutning|stämma|träff|seminari|utbildning|marknad|konsert|gala|turnering|tävling|utställning|"
    r"föreställning|jubileum)(?:en|et|n|t|um)?)\b", re.I)


def _by_event(raw: str, ctx: _Context) -> DateMention | None:
    """'report to Rob by the AGM': an event the notes date elsewhere. ("by the committee" names
    who acts: only a word the notes give one date for counts.)"""
    by = _BY_THE.search(raw) if " by the " in raw and ctx.schedule is not None else None
    if by is None or ctx.schedule is None or _GENERIC_GATHERING.fullmatch(by.group("event").casefold()) \
            or NAMED_MONTH.fullmatch(by.group("event")):
        return None  # ("by the May draw": a month names no event)
    value = ctx.schedule.event(by.group("event"), raw)
    return DateMention(by.start(), by.end(), by.group(0), value) if value is not None else None


# words before a head word that make no event's name: "the next meeting", "this week", "it is due"
_NOT_AN_EVENT_WORD = frozenset(
    "the a an this that next our your their its of each every any it is are was were be we they you "
    "nästa denna detta kommande vårt vår varje det den de vi är var blir".split()
)
# A weekday's name: found in a next-meeting line, or the whole of a deadline mention ("Thursday")
_WEEKDAY_WORD = _rx.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)", re.I)
# ("by the Company Secretary": a title of two capitalised words names who acts, not an event)
_BY_THE = _rx.compile(r"\bby the (?P<event>[A-Za-z][\w-]{2,})\b(?!\s+[A-Z])")
# "under mars–april", "in the spring": when the work happens, weaker than a stated deadline
_DURING = _rx.compile(r"(?:under|i|in|during)\b", re.I)
def _span_after_event(raw: str, mention: DateMention, ctx: _Context) -> DateMention | None:
    """'inom tio dagar efter öppningen', 'within 28 days of the APCM': the span counted from the
    event named after it, when the notes date it or it is the meeting itself (its kind in the
    title: "the sync" at a sync, "stämman" at a stämma)."""
    after = _AFTER_EVENT.match(raw, mention.end) if ctx.anchor is not None and ctx.schedule is not None else None
    if after is None or ctx.schedule is None:
        return None
    head = after.group("event")
    folded = head.casefold()
    if folded in _NOT_AN_EVENT_WORD:
        return None  # "within a week of the" cut at a line's end: no event named
    itself = folded[:5] in ctx.title.casefold() and _MEETING_NOUN_HEAD.search(folded) is not None
    # (a generic "the session" or "the meeting" names no one event the notes date elsewhere)
    day = ctx.anchor if itself else None if _GENERIC_GATHERING.fullmatch(folded) else ctx.schedule.event(head, raw)
    if day is None:
        return None
    counted = find_deadline(mention.text, anchor=day)
    if counted is None or counted.value is None:
        return None
    end = after.end()
    return DateMention(mention.start, end, raw[mention.start : end], counted.value)


# "... efter stämman", "... of the APCM", "... after the launch": the event a span counts from
_AFTER_EVENT = _rx.compile(r"\s+(?:efter|after|of|från|from)\s+(?:the\s+)?(?P<event>[\wåäöÅÄÖ-]{3,})\b", re.I)
_MEETING_NOUN_HEAD = _rx.compile(r"stämma|stämman|möte|mötet|sammanträde|sammanträdet|meeting|sync|call|session|agm|apcm", re.I)


def _counted_back(raw: str, mention: DateMention, ctx: _Context) -> DateMention | None:
    """'kallelse till årsmötet senast fyra veckor före': the span counts back from the event the
    sentence named before it, when the notes date that event."""
    lead = _SPAN_BEFORE.search(mention.text)
    if lead is None or ctx.schedule is None or not mention.text.rstrip(" .,;").endswith(lead.group(0).split()[-1]):
        return None
    named = None
    for match in _EVENT_BEFORE_SPAN.finditer(raw, 0, mention.start):
        named = match  # the last event named before the span
    if named is None:
        return None
    day = ctx.schedule.event(named.group("event"), raw)
    if day is None:
        return None
    back = _back(day, lead)
    return DateMention(mention.start, mention.end, mention.text, back) if back else None


def _back(value: dt.date, lead: re.Match[str]) -> dt.date | None:
    """``value`` counted back by the span ``lead`` matched ("två veckor", "en månad": a month is
    the same day of the month before, as :func:`minutes_ai.dates._calendar.add_months` counts);
    None for a count not known."""
    count = _lead_count(lead)
    if not count:
        return None
    unit = lead.group("unit")
    if unit.casefold().startswith(("mån", "month")):
        return cal.add_months(value, -count)
    return value - dt.timedelta(days=span_days(count, unit))


def _lead_count(lead: re.Match[str]) -> int:
    """The count of a matched span ("två" veckor, "30" days); 0 when not known."""
    number = lead.group("n").casefold()
    if number == "the" and lead.group("unit").casefold() in ("day", "week"):
        number = "one"  # "the day before the quiz on Saturday 13 December"
    return int(number) if number.isdigit() else _COUNT_WORDS.get(number, 0)


# "kallelse till årsmötet", "the notice for the AGM": the event a later "N weeks before" counts from
_EVENT_BEFORE_SPAN = _rx.compile(
    r"\b(?:till|inför|för|to|for|of)\s+(?:the\s+)?"
    r"(?!(?:att|det|den|dem|dessa|detta|denna|oss|alla|allt|this|that|these|those|them|all|everyone|us)\b)"
    r"(?P<event>[\wåäöÅÄÖ-]{3,})\b"
)
_MONTH_WORD = _rx.compile(
    r"\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåä]*\.?(?=\s)", re.I
)
_MONTH_NUMBER = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                 "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_EVERY = _rx.compile(r"\b(?:varje|varenda|each|every)\b", re.I)
# A due field inside a line: "Klart: nästa byggmöte", "Deadline: 3/4", "Due: Friday".
_DUE_LABEL = _rx.compile(
    r"\b(?:[Kk]lart|[Kk]lar|[Dd]eadline|[Dd]ue|[Nn]är|ETA|[Ff]ärdigt)\s*:\s*(?P<due>[^|;\n]+?)\s*(?=\s{2,}|\n|$|;|\|)"
)
_PAREN_TAIL = _rx.compile(r"\s*\([^()]*\)\s*$")
# "@mbrandt ask the foundation — next meeting", "... (nästa möte)": the due words closing a line.
_TRAILING_NEXT = _rx.compile(
    # ... and after reporting back: "report back next call", "rapporterar nästa gång"
    # ... or followed up: "utrymningsplan ansv AH, uppf. nästa avst"
    r"(?:\s[–—-]\s*|\(|\b(?:back|rapporterar|återkommer|återkopplar|redovisar|present|presents|demo|update|"
    r"uppf\.|uppföljning|följs upp|follow-up|follow up)\s+"
    r"(?:(?:at|on|på)\s+)?(?=(?:the\s+)?(?:next|nästa)\s))"
    r"(?P<words>(?:(?:till|by|before|innan|för|to)\s+)?(?:the\s+)?(?:next|nästa)\s+[\wåäö-]+"
    r"(?:\s*\([^()]{1,20}\))?)(?=\)?\W*$)", re.I
)
_SPAN_BEFORE = _rx.compile(r"\b(?P<n>\d{1,3}|\w+)\s+(?:(?:clear|full|calendar)\s+)?(?P<unit>veckor|vecka|v\.?|dagar|dag|dgr|weeks?|wks?\.?|days?|månader|månad|months?)\s+(?:innan|före|inför|before|prior)",
                          re.I)
# a span alone closing a list item after a dash, in brackets, or a due cell of its own ("– 2 weeks",
# "(2 wks)", "10 dagar"); not an approximate one ("~1 week")
_SPAN_DUE = _rx.compile(
    r"(?:^|\s[–—-]\s+|\()(?P<n>\d{1,2}|one|two|three|four|en|ett|två|tre|fyra)\s+"
    r"(?P<unit>weeks?|wks?|veckor|vecka|v|days?|dagar|dgr)\.?\)?\W*$", re.I)
_COUNT_WORDS = {
    "en": 1, "ett": 1, "one": 1, "a": 1, "två": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4,
    "fem": 5, "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7, "åtta": 8, "eight": 8, "tio": 10, "ten": 10,
}
_FOLLOW_UP_BEFORE = _rx.compile(r"\b(?:uppf\.|uppföljning|följs upp|follow-up|follow up)\s+$", re.I)
# a due cell "next SC", "nästa LG", "next group mtg", "next partners' meeting"
_BARE_NEXT = _rx.compile(
    r"^\s*(?:the\s+)?(?:next|nästa)\s+[\wåäö'’-]+(?:\s+[\wåäö'’-]+)?(?:\s+(?:mtg|meeting|möte|mötet|call|session|sync))?(?:\s*\([^()]*\))?\s*$", re.I)
# A month's first letters: MONTH_EVENT (a long pattern) runs only where one is written.
_MONTH_HINT = _rx.compile(r"jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec")
# Every MONTH_EVENT match names a meeting by one of these nouns: looked for in the lower-cased
# words, unless they hold a letter IGNORECASE folds another way than str.lower (see case_folds).
_MEETING_WORD = _rx.compile(literal_trie(required_literals(lower_source(_MEETING_NOUN)))).search
_GENERIC_GATHERING = _rx.compile(
    r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|avstämning|avstämningen|meeting|mtg|call|sync|"
    r"session|check-?in|time|gång|one)$", re.I
)


_MEET_AGAIN = _rx.compile(r"\b(?:ses vi|vi ses|träffas vi|vi träffas|meet again|next time|nästa gång)\b")


def _opening(ctx: _Context) -> str:
    """The lines that open the meeting's notes and the file, each up to the first blank line ("BRF
    LÄRKTRÄDET 3 / ... / Styrelsemöte nr 7/2025 · Datum: ...", "# Brennan Lab – weekly lab meeting"),
    case-folded."""
    meeting = ctx.schedule.text if ctx.schedule is not None else ""
    # (sliced before it is stripped: the whole of a long file is not copied for its first lines)
    return "\n".join(part[: 4 * _OPENING].lstrip()[:_OPENING].split("\n\n", 1)[0]
                     for part in (meeting, ctx.document.text)).casefold()


_OPENING = 400


def _same_gathering(words: str, next_text: str, title: str = "", opening: str = "") -> bool:
    """'nästa elevråd' is not the next meeting when the notes announce 'Nästa klassråd: 8/10'.
    A generic word ('möte', 'session'), the announced meeting's own word, or the meeting's own
    kind in its title ('till nästa styrgrupp' in a styrgrupp's notes) is the same one."""
    after = _NEXT_WORD.split(_PAREN_TAIL.sub("", words), maxsplit=1)[-1].split()
    named = after[-1].casefold().strip(".,:;") if after else ""  # "next retro (19.02)"
    if len(after) >= 2 and _GENERIC_GATHERING.search(named) and after[0].casefold() not in _REGULAR:
        named = after[0].casefold().strip(".,:;")  # "next staff mtg", "the next annual meeting": which one
    if _GENERIC_GATHERING.fullmatch(named) or not next_text:
        return True
    stem = named.rstrip("et") if len(named) > 5 else named
    if _GENERIC_GATHERING.search(named):
        # a compound of a generic word is the group's own unless it names a kind the notes do not:
        # "nästa chefsmöte" when the notes announce "Mötet i september" is another group's meeting
        kind = _MEETING_KIND.match(named)
        return kind is None or any(kind.group(1) in place for place in (next_text.casefold(), title.casefold(), opening))
    announced = next_text.casefold()
    head = announced.split("\n")[0].split(":")[0].strip(" *_#")
    # "Next: 18/6"; "Next meetings: 10 December · 2 June"
    generic = (_GENERIC_GATHERING.search(head.removesuffix("s")) is not None or head in ("next", "nästa")
               or _MEET_AGAIN.search(head) is not None)  # "Då ses vi nästa gång tisdag 22 oktober": the group's own
    if stem in announced:
        return True
    # "till nästa SG" when the notes announce "Nästa styrgrupp: 21/10": the announced meeting's short name
    acronym = after[-1].strip(".,:;") if after else ""
    short = 2 <= len(acronym) <= 5 and acronym.isupper()
    if short and any(_abbreviates(acronym, run) for run in _TITLE_RUNS.findall(head)):
        return True
    if not (title and generic):
        return False
    if stem in title.casefold() or stem in _acronyms(title) or (len(stem) >= 3 and stem in opening):
        return True  # ("for the next lab meeting" in the notes of "Brennan Lab – weekly lab meeting")
    # "till nästa AU" in the notes of "Arbetsutskottet": the body's own short name
    return short and any(_abbreviates(acronym, run) for run in _TITLE_RUNS.findall(title))


def _letterhead(text: str, start: int) -> str:
    """The short lines that open the notes, up to the first blank line ("Trygghetsrådet Hammarsby
    kommun / Minnesanteckningar 16 sept 2025"): the body's own name, when the title is the date."""
    head = text[start : start + 300].lstrip().split("\n\n", 1)[0].split("\n")[:3]
    # below a company's letterhead: "MINUTES OF A MEETING OF THE BOARD OF DIRECTORS"
    of_body = _MINUTES_OF.search(text, start, start + 600)
    return "\n".join([line for line in head if len(line) < 100] + ([of_body.group(0)] if of_body else []))


_MINUTES_OF = _rx.compile(
    r"^[ \t]*(?:minutes|protokoll|anteckningar|minnesanteckningar)\b[^\n]{0,30}?\b(?:of|från|för)\b[^\n]{3,80}$",
    re.I | re.M,
)


# One to three words of a title, for what an acronym may stand for.
_TITLE_RUNS = _rx.compile(r"(?=\b([\wåäöÅÄÖ]+(?:\s+[\wåäöÅÄÖ]+){0,2}))")
_REGULAR = frozenset({"regular", "ordinary", "ordinarie", "scheduled", "planned", "planerade"})
_CAPITALISED_RUN = _rx.compile(r"(?:\b[A-ZÅÄÖ][\wåäö'’]+\s+){1,5}[A-ZÅÄÖ][\wåäö'’]+")


def _acronyms(title: str) -> set[str]:
    """'Full Governing Board' -> {'fgb'}: how notes abbreviate the body in their title; the body
    after an organisation's name too ('QuarryDB Technical Steering Committee' -> 'tsc')."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(title):
        initials = "".join(word[0] for word in run.split()).casefold()
        found.update(initials[i:] for i in range(len(initials) - 1))
    return found


# Where a Swedish compound's next part begins: after a linking s ("arbets|utskott", "kris|lednings|grupp")
# or where a common head of a body's name starts ("kommun|styrelsen", "bygg|möte").
_COMPOUND_HEAD = _rx.compile(
    r"(?:utskott|grupp|styrelse|råd|möte|nämnd|träff|ledning|plats|samverkan|fullmäktige|förbund|forum|stab)"
)


def _abbreviates(acronym: str, words: str) -> bool:
    """'AU' abbreviates 'arbetsutskottet', 'KLG' 'krisledningsgruppen', 'KSAU' 'kommunstyrelsens
    arbetsutskott': each letter starts a word or a part of a compound, in order, the first at the start."""
    acronym, words = acronym.casefold(), words.casefold()

    def starts(pos: int) -> bool:
        return pos == 0 or words[pos - 1] in " s-" or _COMPOUND_HEAD.match(words, pos) is not None

    def rest(i: int, pos: int) -> bool:  # acronym[i:] from the parts after the one starting at pos
        if i == len(acronym):
            return " " not in words[pos:]  # the acronym covers every word of the run
        return any(words[q] == acronym[i] and starts(q) and rest(i + 1, q) for q in range(pos + 2, len(words)))

    return len(acronym) >= 2 and words[:1] == acronym[:1] and rest(1, 0)


# A span counted back from an event the sentence does not name: "Kallelsen går ut senast tre veckor
# före", "at least 21 days before", "dagen innan", "the day before".
_BARE_SPAN = _rx.compile(
    r"(?:\b(?P<n>\d{1,3}|\w+)\s+(?:(?:clear|full|calendar)\s+)?(?P<unit>veckor|vecka|dagar|dygn|weeks?|days?|månader|månad|months?)"
    r"|\b(?P<day>dagen|the day))\s+(?:innan|före|before|prior)\W*$", re.I)
# a date that is some task's own deadline, not an event: "senast 3/3", "by 7 May", "klart 12/4"
_DUE_BEFORE_DATE = _rx.compile(r"\b(?:senast|by|due|klart|klar|deadline|until|tills)\s*:?\s*(?:\w+\s+)?$", re.I)
_LOOK_BACK = 700  # characters before the task in which its event is sought
_PARAGRAPHS_BACK = 3  # ... and no further back than this many blank lines


def implied_event_deadline(text: str, start: int, end: int, floor: int, anchor: dt.date | None,
                           words: str) -> dt.date | None:
    """The date a bare span before ("senast tre veckor före", "at least 21 days before") counts back
    from: the last date written before it (in its sentence or the few paragraphs above) that names an
    event after the meeting, not another task's deadline. None when there is no such date."""
    span = _BARE_SPAN.search(words)
    if span is None:
        return None
    at = text.rfind(words, start, end)
    at = end if at < 0 else at
    low = max(floor, at - _LOOK_BACK)
    cut = at
    for _ in range(_PARAGRAPHS_BACK):
        cut = text.rfind("\n\n", low, cut)
        if cut < 0:
            break
    else:
        low = cut
    before = text[low:at]
    event = next((m for m in reversed(find_dates(before, anchor=anchor)) if m.value is not None
                  and (anchor is None or m.value > anchor)
                  and _DUE_BEFORE_DATE.search(before, max(0, m.start - 14), m.start) is None), None)
    if event is None or event.value is None:
        return None
    # ("the day before": "the" + "day" is one)
    due = event.value - dt.timedelta(days=1) if span.group("day") else _back(event.value, span)
    return due if due is not None and (anchor is None or due >= anchor) else None


# a Swedish definite noun before a bare span names the event counted from: "karta till
# trygghetsvandringen, senast en vecka innan", "info om studiebesöket, senast två veckor innan"
_DEFINITE_NOUN = _rx.compile(r"(?<![\w-])[a-zåäö][a-zåäö-]{4,}(?:et|en)(?![\w-])")


def named_event_deadline(sentence: str, words: str, ctx: _Context) -> dt.date | None:
    """The date a bare span before counts back from when the task's own sentence names the event
    ("... till trygghetsvandringen, senast en vecka innan") and another line of the notes dates it
    (:meth:`Schedule.event`); None otherwise, and for a day before the meeting."""
    span = _BARE_SPAN.search(words)
    if span is None or ctx.schedule is None or ctx.lang != "sv":
        return None
    cut = sentence.rfind(words)
    for noun in reversed(_DEFINITE_NOUN.findall(sentence[: cut if cut >= 0 else len(sentence)])):
        when = ctx.schedule.event(noun, sentence)
        # a compound named by its last part elsewhere: "trygghetsvandringen" / "vandringen blir tisdag 17 mars"
        tails = (noun[i:] for i in range(4, len(noun) - 7) if noun[i - 1] == "s" or noun[i - 1] == "-")
        while when is None and (tail := next(tails, None)) is not None:
            if ctx.schedule.names(tail):
                when = ctx.schedule.event(tail, sentence)
        if when is not None:
            due = _back(when, span)
            return due if due is not None and (ctx.anchor is None or due >= ctx.anchor) else None
    return None


# "before that meeting", "at that call", "inför det mötet", "14 days before that date", "inför
# sammanträdet": a meeting the sentence before names
_THAT_GATHERING = _rx.compile(
    r"(?:\b(?P<n>\d{1,3}|\w+)\s+(?:(?:clear|full|calendar)\s+)?(?P<unit>veckor|vecka|dagar|dag|weeks?|days?|månader|månad|"
    r"months?)\s+)?\b(?:innan|före|inför|before|prior to|ahead of|at|by|for|till|på|vid|to|until)\s+"
    r"(?:(?:that|this|the same|det|detta|samma)\s+(?:meeting|call|session|date|day|möte|mötet|sammanträde|"
    r"sammanträdet|träff|träffen|datum|dag|dagen)|(?P<definite>sammanträdet|mötet|träffen))\b", re.I)
_NAMES_NEXT = _rx.compile(r"\b(?:nästa|next)\s+(?:ordinarie\s+|regular\s+)?(?:sammanträde|möte|meeting|call|träff)", re.I)
_BACK_SENTENCES = 400  # characters before the task in which the meeting it refers to is named


def referred_meeting_deadline(text: str, start: int, floor: int, words: str, ctx: _Context) -> dt.date | None:
    """The date of the meeting a task's words refer back to ("CFO tar fram ett alternativ inför det
    mötet" after "... bordlägga ärendet till nästa sammanträde"): the last date after the meeting
    written in the lines of its paragraph before the task, or the next meeting's date when they
    name the next meeting; counted back by a span before it ("14 days before that date"). A bare
    definite ("inför sammanträdet") refers back only to lines that name it."""
    that = _THAT_GATHERING.search(words)
    anchor = ctx.anchor
    if that is None or anchor is None:
        return None
    low = max(floor, start - _BACK_SENTENCES)
    paragraph = text.rfind("\n\n", low, start)
    before = text[paragraph + 2 if paragraph >= 0 else low : start]
    if that.group("definite") and that.group("definite").casefold() not in before.casefold():
        return None
    dates = [m.value for m in find_dates(before, anchor=anchor) if m.kind == "date" and m.value and m.value > anchor]
    value = dates[-1] if dates else (_next_date(ctx) if _NAMES_NEXT.search(before) else None)
    if value is None or not that.group("unit"):
        return value
    return _back(value, that)

