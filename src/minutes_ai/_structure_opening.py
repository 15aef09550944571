"""What the opening of a meeting says when it has no letterhead: e-mail headers around the
minutes, a chat log's "Meeting started ..." line, a transcript's first turns and speakers."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from . import _rx
from ._structure_lines import CHAT_STAMP, Line, chat_handle, heading_speakers, word_count
from ._structure_people import looks_like_name
from .dates import find_dates, find_meeting_date, find_stated_date
from .dates._lexicon import WEEKDAYS, weekday_number
from .document import Document
from .schemas import Attendee

_MAIL_FIELD = _rx.compile(
    r"^(?P<key>from|från|sent|skickat|skickad|date|datum|to|till|cc|kopia|bcc|subject|ämne|"
    r"importance|prioritet)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_SENDER = frozenset({"from", "från"})
_SUBJECT = frozenset({"subject", "ämne"})
_SENT = frozenset({"sent", "skickat", "skickad", "date", "datum"})
# A rule line between the e-mail and the minutes pasted into it.
_RULE = _rx.compile(r"^\s*[-_=*~]{5,}\s*$")
_FORWARD = _rx.compile(r"original message|ursprungligt meddelande|forwarded|vidarebefordrat", re.I)
# "Meeting started Tue Mar 4 ...", "the meeting was held on ...", "Recorded 2024-07-02".
_HELD_CUE = _rx.compile(
    r"\b(?:(?:meeting|call|session|möte[t]?|sammanträde[t]?|träff(?:en)?)\s+"
    r"(?:was\s+)?(?:started|began|opened|held|took\s+place|startade|började|öppnades|hölls|"
    r"ägde\s+rum)|recorded|inspelad|held\s+on|took\s+place\s+on|ägde\s+rum\s+den|hölls\s+den"
    r"|(?:meeting|call|sync|session|möte[t]?|sammanträde[t]?|träff(?:en)?)\s+(?:on|den)"
    # "träffen var onsdagen den 5 november 2025", "the meeting was on Tuesday 4 March 2025"
    r"|(?:meeting|call|session|möte[t]?|sammanträde[t]?|träff(?:en)?)\s+(?:was|var)(?=\s+(?:on\s+|den\s+)?"
    r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)))\b",
    re.IGNORECASE,
)
# "Nästa möte den ...", "the next call on ...": another meeting's date.
_OTHER_MEETING = _rx.compile(
    r"\b(?:nästa|kommande|förra|föregående|next|upcoming|previous|last|prior)\s*$", re.IGNORECASE
)
# A chat bot's opening line names the chair: "The chair is mkowalski."
_BOT_CHAIR = _rx.compile(r"\bthe chair is (?P<nick>[\w][\w.-]{0,38}?)\.?(?:\s|$)", re.IGNORECASE)
_OPENING_LINES = 3
_OPENING_TURNS = 3
# Chat logs: "16:00:12 <nick> words"; transcripts: "[00:01:02] Name Surname: words".
_IRC_NICK = _rx.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+<[@+%]?(?P<nick>[^\s<>]{1,32})>\s+\S")
_STAMPED_SPEAKER = _rx.compile(rf"^{CHAT_STAMP}\s*(?:-\s*)?(?P<name>[^\W\d][\w .'-]{{0,40}}?)\s*:\s+\S")
# Bots and service accounts that speak in chat logs without attending.
_BOTS = frozenset({"meetbot", "zodbot", "collabot", "rrsagent", "zakim", "trackbot", "bot"})


@dataclass(frozen=True)
class MailHead:
    """An e-mail's header fields at the top of a text, and where the minutes in it begin."""

    end: int
    """Index of the first line after the header fields."""
    minutes_start: int
    """Index of the first line of the minutes (after a rule line, if the e-mail has one)."""
    sent: _dt.date | None
    subject: Line | None


def find_mail_head(lines: list[Line]) -> MailHead | None:
    """The e-mail header at the top of ``lines`` (``From:``/``Från:`` and ``Subject:``/``Ämne:``)."""
    keys: set[str] = set()
    sent: _dt.date | None = None
    subject: Line | None = None
    end = None
    for line in lines[:14]:
        if line.blank:
            if keys:
                end = line.index
                break
            continue
        match = _MAIL_FIELD.match(line.clean)
        if match is None:
            end = line.index
            break
        key = match["key"].lower()
        keys.add(key)
        if key in _SENT and sent is None:
            stated = find_stated_date(match["value"])
            sent = stated.value if stated is not None else None
        if key in _SUBJECT:
            subject = line
    if end is None or not (keys & _SENDER and keys & _SUBJECT):
        return None
    minutes_start = end
    for line in lines[end : end + 25]:
        if _RULE.match(line.raw) and not _FORWARD.search(line.raw):
            minutes_start = line.index + 1
            break
        if _FORWARD.search(line.raw):
            break
    return MailHead(end=end, minutes_start=minutes_start, sent=sent, subject=subject)


def mail_meeting_date(lines: list[Line], head: MailHead) -> _dt.date | None:
    """The day the e-mail says the meeting was held: from its subject, else its greeting.

    The sent date anchors a yearless date ("Aug 6") or a past weekday ("i tisdags",
    "last Tuesday"); a day after the sent date cannot be a meeting already minuted.
    """
    sources = [head.subject.clean] if head.subject is not None else []
    # The greeting: up to the minutes' rule line, or the first few lines when there is none.
    stop = head.minutes_start if head.minutes_start > head.end else head.end + _INTRO_LINES
    sources += [line.clean for line in lines[head.end : stop] if not line.blank]
    for source in sources:
        for mention in find_dates(source, anchor=head.sent):
            if mention.value is None or mention.kind not in ("date", "weekday"):
                continue
            if mention.kind == "weekday" and not _past_weekday(mention.text):
                if head.sent is not None and _MEETING_OF_DAY.match(source, mention.end) is not None:
                    # "Tuesday's meeting - quick summary", "Notes from Monday night": the meeting the
                    # e-mail looks back on, that weekday on or before the day it was sent
                    day = _WEEKDAY.search(mention.text)
                    if day is not None:
                        back = (head.sent.weekday() - weekday_number(day.group(0))) % 7
                        return head.sent - _dt.timedelta(days=back)
                continue
            if head.sent is None or mention.value <= head.sent:
                return mention.value
    if head.sent is not None:
        for source in sources:
            relative = _RELATIVE_DAY.search(source)
            if relative is not None:
                # "gårdagens träff", "yesterday's meeting", "today's call"
                back = 1 if relative.group(0).casefold().startswith(("går", "igår", "i går", "yest", "last")) else 0
                return head.sent - _dt.timedelta(days=back)
    return None


_INTRO_LINES = 8
# after a weekday, the meeting held on it: "Tuesday's", "Monday night", "Wednesday's committee", "tisdagens möte"
_MEETING_OF_DAY = _rx.compile(
    r"(?:'s|’s|ens)\b|\s+(?:night|evening|morning|afternoon|meeting|committee|call|session|practice|kväll|"
    r"kvällens|möte|mötet|träff|träffen)\b", re.I)
# a weekday's full name (its short forms, five letters at most, are not read here)
_WEEKDAY = _rx.compile("(?i:" + "|".join(sorted((w for w in WEEKDAYS if len(w) >= 6), key=len, reverse=True)) + ")")
# ("last night's meeting", "thanks for coming out last night": the evening before the e-mail)
_RELATIVE_DAY = _rx.compile(
    r"\b(?:gårdagens|igår|i går|yesterday(?:'s)?|last night(?:'s)?|dagens|idag|i dag|today(?:'s)?|"
    r"kvällens|ikväll|i kväll|tonight(?:'s)?|this evening(?:'s)?|this morning(?:'s)?|i morse)\b", re.I)


def _past_weekday(words: str) -> bool:
    """'i tisdags', 'last Tuesday': a weekday that points back from the e-mail."""
    low = words.lower()
    return low.startswith(("förra", "last")) or (low.startswith("i ") and low.endswith("s"))


def opening_date(lines: list[Line], lo: int, hi: int) -> _dt.date | None:
    """A date that the first lines of the body state as the meeting's own.

    "Meeting started Tue Mar 4 16:00:12 2025 UTC", "The meeting was held on 3 May 2024",
    or a short dated heading ("## Sprint 3 retro — 6 May 2024").
    """
    seen = 0
    for line in lines[lo:hi]:
        if line.blank:
            continue
        seen += 1
        if seen > _OPENING_LINES:
            break
        cue = _HELD_CUE.search(line.clean)
        if cue is not None and _OTHER_MEETING.search(line.clean[: cue.start()]):
            continue
        heading = (line.level or line.bold) and line.words <= 12
        if cue is None and not heading:
            continue
        # "## Sprint 3 retro — Mon 6 May 2024" under a log's title dates its first entry.
        # After a cue only the words right after it: a long sentence reads as running text.
        found = find_meeting_date(line.clean[cue.start() : cue.end() + 40] if cue else line.clean)
        if found is not None and found.value is not None:
            return found.value
    return None


def opening_chair(lines: list[Line], lo: int, hi: int) -> str | None:
    """The chair a chat log's opening lines name ("Meeting started ... The chair is nick.")."""
    for line in [x for x in lines[lo:hi] if not x.blank][:_OPENING_LINES]:
        if (match := _BOT_CHAIR.search(line.clean)) is not None:
            return match["nick"]
    return None


def transcript_date(document: Document, start: int, end: int) -> _dt.date | None:
    """A date with a year that the first turns of a transcript state ("..., onsdag 5 mars 2025")."""
    turns = [t for t in document.turns if start <= t.start < end][:_OPENING_TURNS]
    for turn in turns:
        found = find_stated_date(document.text[turn.start : turn.end])
        if found is not None:
            return found.value
    return None


def speakers(document: Document, lines: list[Line], lo: int, hi: int) -> list[Attendee]:
    """The people who speak in a transcript or chat log, in order of their first turn."""
    names: list[str] = []
    if document.turns:
        start = lines[lo].start if lo < len(lines) else len(document.text)
        end = lines[hi].start if hi < len(lines) else len(document.text)
        names = [t.speaker for t in document.turns if t.speaker and start <= t.start < end]
    else:
        stamped = 0
        for line in lines[lo:hi]:
            match = _IRC_NICK.match(line.clean) or _STAMPED_SPEAKER.match(line.clean)
            if match is None:
                continue
            stamped += 1
            name = match.groupdict().get("nick") or match["name"].strip()
            if "nick" in match.groupdict() or looks_like_name(name) or chat_handle(name):
                names.append(name)
        # "Denise Carter  0:02": the speaker on a line above the words
        # (a line without a time is passed only above one with it: "Karin Lund\n0:08:24")
        headed = heading_speakers(lines[k].raw for k in range(lo, hi)
                                  if ":" in lines[k].raw or k + 1 < hi and ":" in lines[k + 1].raw)
        names += headed
        stamped += len(headed)
        if stamped < 3:
            return []  # a couple of time-stamped lines are no transcript
    seen: set[str] = set()
    people: list[Attendee] = []
    for name in names:
        key = name.casefold()
        if key in seen or key.rstrip("_0123456789") in _BOTS or word_count(name) > 5:
            continue
        seen.add(key)
        people.append(Attendee(name=name))
    return people


__all__ = [
    "MailHead",
    "find_mail_head",
    "mail_meeting_date",
    "opening_chair",
    "opening_date",
    "speakers",
    "transcript_date",
]
