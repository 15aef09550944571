"""The next meeting: ``Nästa möte: ...``, ``Kommande möten`` sections, ``Next meeting will be ...``."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from . import _rx
from ._structure_agenda import is_heading, numbered_point
from ._structure_lines import Line
from .dates import find_dates
from .document import Document
from .schemas import NextMeeting

# "Nästa ordinarie möte", "nästa extra sammanträde": which kind of meeting, not which body.
_QUALIFIER = r"(?:(?:ordinarie|extra|planerade|ordinary|regular|scheduled)\s+)?"
_CUE = (
    r"(?:(?:the|our|det|vårt)\s+)?"
    rf"(?:nästa|kommande|next|upcoming|future|följande)\s+{_QUALIFIER}"
    # "Nästa digitala träff", "nästa fysiska möte": an adjective before the meeting word
    r"(?:[a-zåäö]{3,}a\s+)?"
    r"(?:[\w-]+-|\w+?)?(?:möte|mötet|möten|mötestider|mötesdatum|sammanträde|sammanträdet|"
    r"sammanträden|träff|träffen|träffar|apt|avstämning|avstämningen)\b"
    r"|(?:(?:the|our)\s+)?(?:next|upcoming|future)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:meeting|meetings|mtg|mtgs|meeting\s+dates|call|sync|session|check-in)\b"
    r"|(?:date|dates)\s+of\s+(?:the\s+)?next\s+meetings?\b"
    r"|(?:\w+-)?mötesdatum\b|mötestider\b"
    # "Vi ses igen torsdag 19 mars", "We meet again on Thursday 5 December", "The committee will
    # next meet on 5 June", "The group meets again ...", "Nästa gång vi ses är ...", "reconvene on"
    r"|(?:vi\s+(?:ses|träffas|möts)|we(?:'ll|\s+will)?\s+meet)\s+(?:igen|again)\b"
    r"|(?:(?:will|shall|is\s+to|are\s+to)\s+)?(?:next\s+meets?|meets?\s+again|meet\s+next)\b"
    r"|(?:will|shall|we(?:'ll)?)\s+reconvene\b"
    r"|nästa\s+gång\s+vi\s+(?:ses|träffas|möts)\b|vi\s+(?:ses|träffas|möts)\s+nästa\s+gång\b"
    # "Då ses vi nästa gång tisdag 22 oktober", "Så träffas vi igen 3/6"
    r"|(?:då\s+|så\s+)?(?:ses|träffas|möts|hörs)\s+vi\s+(?:igen|nästa\s+gång)\b"
)
_LINE_CUE = _rx.compile(
    # "7. Nästa möte", "§ 12 Nästa sammanträde", "25/013 Date of next meeting" (a minute number)
    rf"^(?:(?:§\s*|[A-Z]{{2,6}}[\s/-]?)?\d{{1,4}}(?:[./]\d{{1,4}})*\s*[.):]?\s+)?(?:\*\*|__)?(?P<cue>{_CUE}|(?:nästa|next)(?=\s*:)"
    # "Nästa LG: onsdag 4/3", "Next board: 12 May": the group's own name for its meeting, dated.
    rf"|(?:nästa|next)\s+{_QUALIFIER}(?!steg\b|steps?\b|punkt|item|agenda|action|vecka\b|veckan\b|weeks?\b|år\b|year|gång|time|fas\b|phase)"
    # ("Next ops weekly: Wed 23/07": two words of its name)
    r"[\w-]{2,20}(?:\s+(?!steps?\b|items?\b|actions?\b|punkt)[\w-]{2,20})?(?=\s*[:–-][^\n]*\d|\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)\w*\.?\s+)?\d{1,2}[/.]\d{1,2}\b)"
    # "Nästa gång: onsdag 5/3", "Next time: 12 May": with a colon and a date, an announcement
    r"|(?:nästa\s+gång|next\s+time)(?=\s*:[^\n]*\d))",
    re.IGNORECASE,
)
# "Kommande möten", "Dates of next meetings": a schedule, whose first later date is the next.
_PLURAL_CUE = _rx.compile(
    r"(?:(?:the|our|våra)\s+)?(?:nästa|kommande|next|upcoming|future|följande)\s+(?:[\w-]+-|\w+?)?"
    r"(?:möten|mötestider|mötesdatum|sammanträden|träffar|meetings|mtgs|meeting\s+dates)\b"
    r"|(?:date|dates)\s+of\s+(?:the\s+)?next\s+meetings\b|(?:\w+-)?mötesdatum\b|mötestider\b",
    re.IGNORECASE,
)
_RESCHEDULED = _rx.compile(
    r"\b(?:flyttas|flyttat|flyttades|ställs in|inställt|utgår|moved|postponed|cancell?ed|rescheduled)\b",
    re.IGNORECASE,
)
# a meeting moved from one date to another: what follows "till"/"to" is its new date
_MOVED_FROM_TO = _rx.compile(
    r"\b(?:flytta[rst]?|flyttade?s?|moved?|moving|postponed|rescheduled|pushed(?: back)?|changed)\b[^.;\n]{0,40}?"
    r"\b(?:från|from)\s+[^.;\n]{1,30}?\s(?:till|to)\s", re.IGNORECASE)
_BARE_TAIL = _rx.compile(r"(?:under\s+|för\s+|in\s+|for\s+)?[\d\s/–-]*[:*_.]*")
_LEAD_PUNCT = _rx.compile(r"^[\s:*_–-]*")
_DIGIT = _rx.compile(r"\d")
_SENTENCE_END = _rx.compile(r"[.!?](?=\s+[A-ZÅÄÖ])")
# After a full stop or a semicolon (the cue perhaps in bold: "... at 7:52pm. **Next meeting:** ..."),
# after a speaker's "Anna:" or "<anna>" in a transcript, or
# as said in one ("Då säger vi nästa möte 12 maj").
# (The stop is part of the match rather than a look-behind: a pattern that starts with a
# character class is scanned for in C. A cue ends in a letter, so no match takes the stop the
# next one needs.)
# ("**[10:28] Kaisa:** Next call is 25 June": the speaker's label in bold)
_SENTENCE_CUE = _rx.compile(rf"[.!?:;>](?:\*\*|__)?\s+(?:\*\*|__)?(?P<cue>(?:{_CUE}))", re.IGNORECASE)
# ... said aloud: looked for only in lines that say it (the pattern above keeps its scan in C)
_SAID_CUE = _rx.compile(rf"\b(?:säger vi|let's say)\s+(?P<cue>(?:{_CUE}))", re.IGNORECASE)
_SEE_YOU_AT = _rx.compile(
    r"\b(?P<cue>(?:see\s+(?:you|everyone|you\s+all)|vi\s+ses)\s+(?:at|on|for|på|vid)\s+(?:the\s+)?(?:next|nästa)\s+[\w-]{2,20})"
    r"(?=[^.!?\n]{0,30}\d)", re.IGNORECASE)
_MEETS_AGAIN = _rx.compile(
    r"\b(?P<cue>(?:will|shall)\s+(?:next\s+meet|meet\s+again|reconvene)|meets\s+again|next\s+meets)\b", re.IGNORECASE)
# "... men vi ses igen den 14/5 och tar det då", "Vi hörs igen på AU torsdag 9 oktober": said mid-sentence
_SEE_AGAIN = _rx.compile(r"\b(?P<cue>vi\s+(?:ses|träffas|möts|hörs)\s+igen)\b(?=[^.!?\n]{0,40}\d)", re.IGNORECASE)
# "En rättelse: nästa styrgrupp blir tisdag 19 augusti kl 13", "the next SG is on 2 April": the group's own
# name for its meeting, dated mid-sentence
_NAMED_NEXT = _rx.compile(
    r"\b(?P<cue>(?:nästa|next)\s+(?!steg\b|steps?\b|vecka\b|veckan\b|weeks?\b|år\b|years?\b|gång\b|time\b|fas\b|phase\b|"
    r"månad\b|month\b|termin\b|term\b)[\w-]{2,20})\s+(?:blir|är|hålls|is|will\s+be)\s+(?:on\s+|den\s+|the\s+)?"
    r"(?=[^.!?\n]{0,30}\d)", re.IGNORECASE)
# A cue followed by a past-tense verb ("nästa möte var bra") reports, it does not announce.
_NOT_ANNOUNCEMENT = _rx.compile(r"^\W*(?:var|was|hade|had)\b", re.IGNORECASE)
# "Next meeting: ______________", "Nästa möte: ..........": a field on a form left to fill in (read
# in the raw line: the line's content leaves trailing underscores out as markup)
_BLANK_FIELD = _rx.compile(r"[\s:*]*(?:_{3,}|\.{4,}|…{2,})[\s_.…]*$")
_MONTHS = _rx.compile(
    r"\b(?:januari|january|jan|februari|february|feb|mars|march|mar|april|apr|maj|may|juni|june|"
    r"jun|juli|july|jul|augusti|august|aug|september|sept|sep|oktober|october|okt|oct|november|"
    r"nov|december|dec)\b"
    r"|\b(?:mån|tis|ons|tors|fre|lör|sön)dag|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    re.IGNORECASE,
)


def find_next_meeting(
    document: Document, lines: list[Line], lo: int, hi: int, anchor: _dt.date | None
) -> NextMeeting | None:
    """The first announcement of the next meeting in ``lines[lo:hi]``, with its verbatim span."""
    span = _line_cue(lines, lo, hi)
    while span is not None and _OWN_DATE_FIELD.match(document.text, span[0]):
        # "Mötesdatum: 2024-10-08" in the header is this meeting's date, not the next one's
        dates = [m.value for m in find_dates(document.text[span[0] : span[1]], anchor=anchor) if m.value]
        if any(anchor is None or value > anchor for value in dates):
            break
        after = next((i for i in range(lo, hi) if lines[i].start > span[0]), hi)
        span = _line_cue(lines, after, hi)
    span = span or _sentence_cue(lines, lo, hi) or _asked_and_answered(document, lines, lo, hi, anchor)
    if span is None:
        return None
    start, end = span
    evidence = document.evidence(start, end)
    # A schedule with a moved or cancelled date ("den 11 mars flyttas till den 3 juni") is left
    # to the reader.
    schedule = _PLURAL_CUE.match(evidence.quote) is not None and not _RESCHEDULED.search(evidence.quote)
    date = None
    if "\n" in evidence.quote:
        # "5. Next meetings / ... I'll update the wiki by Friday. / See you all at the next call on
        # Tuesday 9 December": a sentence under the heading that announces it says when
        first = next((i for i in range(lo, hi) if lines[i].start > start), hi)
        last = next((i for i in range(first, hi) if lines[i].start >= end), hi)
        inner = _sentence_cue(lines, first, last)
        if inner is not None:
            date = _single_date(document.text[inner[0] : inner[1]], anchor)
    if date is None and (moved := _MOVED_FROM_TO.search(evidence.quote)) is not None:
        # "Nästa möte flyttas från 18 februari till 25 februari", "moved from 18 Feb to 25 Feb": the new date
        date = _single_date(evidence.quote[moved.end() :], anchor)
    if date is None:
        date = _first_date(evidence.quote, anchor) if schedule else _single_date(evidence.quote, anchor)
    return NextMeeting(
        date=date,
        text=evidence.quote,
        evidence=evidence,
    )


def announces_next_meeting(value: str) -> bool:
    """True for a line that opens with a next-meeting cue ("Nästa möte: 20 maj 2025")."""
    return _LINE_CUE.match(value) is not None


def _line_cue(lines: list[Line], lo: int, hi: int) -> tuple[int, int] | None:
    """The first line-opening cue with words of its own (a bare one only if nothing better)."""
    fallback: tuple[int, int] | None = None
    for i in range(lo, hi):
        line = lines[i]
        if line.blank:
            continue
        body = line.raw[line.content_start - line.start : line.content_end - line.start]
        match = _LINE_CUE.match(body)
        if (not match or _NOT_ANNOUNCEMENT.match(body[match.end() :]) or _BLANK_FIELD.match(line.raw, line.content_start - line.start + match.end())
                or _continues(lines, lo, i, body)):
            continue
        start = line.content_start + match.start("cue")
        tail = _LEAD_PUNCT.sub("", body[match.end() :])
        # "Nästa möte: 3/6 kl 13" carries its own words; a bare heading is followed by them.
        if tail and not _BARE_TAIL.fullmatch(tail):
            stop = _SENTENCE_END.search(body, match.end())
            return start, line.content_start + (stop.end() if stop else len(body))
        end = _following(lines, i, hi)
        if end > line.content_end:
            return start, end
        # An agenda listing's "7. Nästa möte" says nothing; the section itself may.
        fallback = fallback or (start, end)
    return fallback


def _continues(lines: list[Line], lo: int, index: int, body: str) -> bool:
    """A lower-case cue on a line that carries on the sentence above ("... at Riverside before
    / the next meeting.") is part of that sentence, not an announcement."""
    if not body[:1].islower() or lines[index].bullet or index <= lo:
        return False
    above = lines[index - 1]
    # A wrapped line is long and ends mid-sentence; a short bullet above ("- budget ok") is not.
    return (not above.blank and not above.bullet and len(above.clean) >= 40
            and not above.clean.rstrip().endswith((".", "!", "?", ":", ";")))


def _following(lines: list[Line], index: int, hi: int) -> int:
    """End of the lines after a bare cue: the run of date-like lines below it."""
    end = lines[index].content_end
    taken = 0
    for line in lines[index + 1 : hi]:
        if line.blank:
            continue
        if is_heading(line) or numbered_point(line) is not None:
            break
        if taken >= 2 and not (_DIGIT.search(line.clean) or _MONTHS.search(line.clean)):
            break
        if taken >= 12:
            break
        end = line.content_end
        taken += 1
    return end


def _sentence_cue(lines: list[Line], lo: int, hi: int) -> tuple[int, int] | None:
    for line in lines[lo:hi]:
        if line.blank:
            continue
        raw_from = line.content_start - line.start
        body = line.raw[raw_from : line.content_end - line.start]
        found: Iterable[re.Match[str]] = _SENTENCE_CUE.finditer(body)
        low = body.lower()
        if "säger vi" in low or "let's say" in low:
            found = sorted([*found, *_SAID_CUE.finditer(body)], key=lambda m: m.start("cue"))
        if " igen" in low and "vi " in low:
            found = sorted([*found, *_SEE_AGAIN.finditer(body)], key=lambda m: m.start("cue"))
        if "nästa " in low or "next " in low:
            found = sorted([*found, *_NAMED_NEXT.finditer(body)], key=lambda m: m.start("cue"))
        if "see you" in low or "vi ses" in low:
            # "See you all at the next call on Tuesday 9 December", "Vi ses på nästa träff 3/12"
            found = sorted([*found, *_SEE_YOU_AT.finditer(body)], key=lambda m: m.start("cue"))
        if "meet" in low or "reconvene" in low:
            # "The committee will next meet on 5 June", "The group meets again on ..."
            found = sorted([*found, *_MEETS_AGAIN.finditer(body)], key=lambda m: m.start("cue"))
        for match in found:
            if _NOT_ANNOUNCEMENT.match(body[match.end() :]):
                continue
            start = match.start("cue")
            stop = _SENTENCE_END.search(body, match.end())
            end = stop.end() if stop else len(body)
            return line.content_start + start, line.content_start + end
    return None


def _asked_and_answered(
    document: Document, lines: list[Line], lo: int, hi: int, anchor: _dt.date | None
) -> tuple[int, int] | None:
    """'När är nästa möte förresten?' / 'Vi sa onsdag 11 februari.': asked in one line (a turn)
    and answered with one date in the next."""
    for i in range(lo, hi):
        line = lines[i]
        if line.blank or not line.clean.endswith("?") or _ASKS_NEXT.search(line.clean) is None:
            continue
        answer = next((lines[k] for k in range(i + 1, min(hi, i + 3)) if not lines[k].blank), None)
        if answer is None or answer.clean.endswith("?"):
            return None
        body = line.raw[line.content_start - line.start : line.content_end - line.start]
        asked = _ASKS_NEXT.search(body)
        if asked is not None and _single_date(answer.clean, anchor) is not None:
            return line.content_start + asked.start(), answer.content_end
        return None
    return None


# "När är nästa möte?", "when's the next meeting again?", "when do we meet next?"
_ASKS_NEXT = _rx.compile(
    r"\b(?:när\s+(?:är|blir|har\s+vi|ses\s+vi|träffas\s+vi)\s+(?:nästa|vi\s+nästa)|"
    r"when(?:'s|\s+is|\s+will\s+be|\s+do\s+we\s+have)\s+(?:the\s+|our\s+)?next|when\s+do\s+we\s+meet\s+(?:next|again))\b",
    re.IGNORECASE)


def _first_date(text: str, anchor: _dt.date | None) -> _dt.date | None:
    """The first of several listed meeting dates that falls after the meeting."""
    values = sorted({m.value for m in find_dates(text, anchor=anchor) if m.value is not None})
    later = [value for value in values if anchor is None or value > anchor]
    return later[0] if later else (values[0] if len(values) == 1 else None)


def _single_date(text: str, anchor: _dt.date | None) -> _dt.date | None:
    """The date of the next meeting when the words give exactly one after the meeting's own
    (a footer's "minutes 11.02.2025" below the announcement is not a candidate)."""
    mentions = [m for m in find_dates(text, anchor=anchor) if m.value is not None]
    values: set[_dt.date] = {m.value for m in mentions if m.value is not None}
    if len(values) > 1 and anchor is not None:
        values = {value for value in values if value > anchor}
    if len(values) > 1 and not _TENTATIVE.search(text):
        # "Next sync: 2025-09-16, same time. @dana out 22–26 Sep": the date right after the cue
        first = min(mentions, key=lambda m: m.start)
        if first.start <= _NEAR_CUE and first.value in values:
            return first.value
    return values.pop() if len(values) == 1 else None


# A field that dates meetings without saying "next": the header's own date may stand there.
_OWN_DATE_FIELD = _rx.compile(r"(?:\w+-)?(?:mötesdatum|mötestider)\b", re.IGNORECASE)
# Options or a date not yet fixed: "Förslag: 3/6 eller 27/5", "12 or 19 May (tbc)".
_TENTATIVE = _rx.compile(r"\b(?:eller|or|alternativt|förslag\w*|proposed|prel\w*|tbc|tba|tbd)\b|\?", re.IGNORECASE)
_NEAR_CUE = 40


__all__ = ["announces_next_meeting", "find_next_meeting"]
