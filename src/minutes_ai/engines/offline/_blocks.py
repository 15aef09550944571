"""What a block of the notes is: a label, a heading, a list of attendees, a table's action row.

Tests on a block's words that decide how the engine reads it: a section label ("Beslut",
"Att göra:"), an all-capitals heading, a line listing who attended, page chrome, a line to sign,
a status cell marking a row done, a list item that names its owner first, the meeting calendar;
the action of a table row; the agenda point a block or an offset stands under.
"""

from __future__ import annotations

import re

from ... import _rx
from ...dates import DateMention, normalise_deadline
from ...schemas import ActionItem, Meeting
from . import cues, rules
from ._actions import _writer_for_me
from ._context import _Context
from ._deadlines import _deadline
from ._owner_words import _NO_ONE_YET, _PERSON_NAME, _WITH_BRACKET
from .owners import split_owner_list
from .segment import Block, clean

# A line of the meeting calendar: "Nästa CAB: 14/10", "Next weekly: 12 Aug", "Vi ses som vanligt, kl 9".
_MEETING_CALENDAR = _rx.compile(
    r"(?:(?:the\s+)?(?:next|nästa)\s+[\wåäö-]+(?:\s+[\wåäö-]+)?\s*(?:[:–—-]|\(|$|(?:blir|is|will be|är)\b)"
    r"|vi ses\b|see you\b)",
    re.I,
)


def _point_title(meeting: Meeting, block: Block) -> str | None:
    for item in meeting.agenda:
        if item.start in (block.line_start, block.start):
            return item.title
    return None


def _table_action(ctx: _Context, row) -> ActionItem:
    owner_words = clean(row.owner).lstrip("@") if row.owner else ""  # "@hanna.s" in an Owner column
    bracket = _WITH_BRACKET.match(owner_words)
    if bracket is not None:
        # "Region (J. Holm)": the person who does it; "Rachel Koh (EM)": the person, not the role
        owner_words = bracket.group("inner") if _PERSON_NAME.fullmatch(bracket.group("inner")) else bracket.group("outer")
    if _NO_ONE_YET.fullmatch(owner_words.strip(" –—-:")):
        owner_words = ""  # "TBD", "?", "–", "unassigned": a row nobody has taken yet
    owner = ctx.names.resolve_many(split_owner_list(owner_words)) if owner_words else None
    deadline_text = row.due.strip() if row.due and row.due.strip(" -–—") else None
    deadline = None
    if deadline_text:
        mention = _deadline(deadline_text, ctx)
        deadline = mention.value if mention else None
        if deadline is None and (bare := _BARE_DUE.fullmatch(deadline_text)) is not None:
            # a due cell's bare "31st" / "5:e" (the next such day) or "10.10" (day.month, not a time)
            words = f"by the {deadline_text}" if bare.group("nth") else deadline_text.rstrip(".").replace(".", "/")
            mention = _deadline(words, ctx)
            deadline = mention.value if mention else None
        if mention is None and _DATE_CELL.fullmatch(deadline_text):
            # "09/03/26" in a Due column on the meeting's own day: the cell says it is the due
            # date, so a date that does not lie after the meeting still counts
            deadline = normalise_deadline(deadline_text, anchor=ctx.anchor, next_meeting=ctx.next_date)
    row_words = ctx.document.text[row.start : row.end]
    if (moved := _NEW_DUE.search(row_words)) is not None:
        # "2/19 | Carried fwd, new due 3/19", "21/05/2025 | ... Carried forward to 18/06/2025.": the row's
        # status moves its due date, and the new one is the task's deadline
        mention = _deadline(moved.group(0), ctx)
        if mention is not None and mention.value is not None:
            deadline, deadline_text = mention.value, moved.group(0).strip().rstrip(".")
    return ActionItem(
        owner=_writer_for_me(ctx, owner, row.start) or None,
        task=rules._tidy(clean(row.task)),
        deadline=deadline,
        deadline_text=deadline_text,
        evidence=[ctx.document.evidence(row.start, row.end)],
    )


_NEW_DUE = _rx.compile(
    r"\b(?:new due(?: date)?|carried (?:fwd|forward|over) to|moved to|extended to|postponed to|ny deadline|nytt datum|"
    r"flyttad till|framflyttad till)\s*:?\s*[^|;,]{0,20}?\d[\d/.-]*(?:\s+[A-Za-zåäö]{3,9}(?:\s+\d{4})?)?", re.I)
# a due cell holding only a numeric date: "09/03/26", "2026-03-09", "9.3"
_DATE_CELL = _rx.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")
_BARE_DUE = _rx.compile(r"(?P<nth>\d{1,2}(?:st|nd|rd|th|:e|:a))|\d{1,2}\.\d{1,2}\.?")
_LIST_LABELS = ("to do", "todo", "to-do", "att göra", "actions", "action items", "next steps", "åtgärder", "uppgifter")
# "Trish – new sign-up sheet (Mon).": a list item that names its owner first
_DASH_ITEM = _rx.compile(r"[A-ZÅÄÖ][\wåäöé'’.-]*(?:\s(?:&|och|and|\+)\s[A-ZÅÄÖ][\wåäöé'’.-]*|\s[A-ZÅÄÖ][\wåäöé'’.-]*)?\s+[–—-]\s+\S")
_MAIL_SUBJECT = _rx.compile(r"(?:subject|ämne)\s*:", re.I)
# A bold line that says something rather than heads a section: a full stop, or many words.
_SENTENCE_LIKE = _rx.compile(r"[.!]\W*$|^(?:\S+\s+){7,}\S")
# A line to fill in by hand: "Signed ............ (Chair)   Date ........".
_FILL_IN = _rx.compile(r"\.{6,}|_{6,}|…{3,}")


def _is_attendee_line(words: str, attendee_names: tuple[str, ...]) -> bool:
    """A short line that starts with an attendee's name lists people; it assigns nothing."""
    if len(words) > 90 or not attendee_names:
        return False
    low = words.casefold()
    # One test in C first: most lines start with no attendee's name at all.
    if not low.startswith(attendee_names) or _HAS_VERB_CUE.search(words) or rules._WHEN_WORDS.search(words):
        return False
    for name in attendee_names:
        if not low.startswith(name):
            continue
        if len(low) == len(name):
            return True
        tail = _LIST_TAIL.match(low, len(name))
        if tail is None:
            continue
        # "Sara – kolla med chefen", "Omar - book the room": a name, then a task in the imperative
        first = low[tail.end():].split(maxsplit=1)[:1]
        if not (tail.group(0).strip() in ("–", "-") and first
                and (first[0] in cues.SV_IMPERATIVES or first[0] in cues.EN_IMPERATIVES)):
            return True
    return False


# A status cell of an action log: the row was done or carried over, not given at this meeting.
_DONE_CELL = _rx.compile(
    r"\|\s*(?:klar|klart|done|completed?|avslutad|stängd|closed|✓|✔|pågår|ongoing|in progress)\b[^|]*\|?\s*$", re.I
)
_LIST_TAIL = _rx.compile(r"\s*(?:[,(]|[–-]\s)")
_PAGE_CHROME = _rx.compile(r"\b(?:page|sida)\s+\d+\s+(?:of|av)\s+\d+\s*$", re.I)


_HAS_VERB_CUE = _rx.compile(
    r"\b(?:ska|skall|will|to|får|ansvarar|tar|kontaktar|bokar|skickar|utses|väljs|valdes|utsågs|omväljs|omvaldes|entledigas|entledigades|"
    r"is elected|was elected|is appointed|was appointed)\b", re.I)


def _shouting(words: str) -> bool:
    """'CALL TO ORDER': an all-capitals line is a heading, unless it states an outcome."""
    if len(words) >= 60 or not words.isupper() or cues.RESULT.match(words):
        return False  # "CARRIED", "CARRIED UNANIMOUSLY": the outcome of the motion above
    return sum(c.isalpha() for c in words) >= 6


def _label_mode(words: str) -> str | None:
    """'Beslut' -> 'decision', 'Att göra:' -> 'action', 'Förslag till beslut' -> 'proposal',
    'Bakgrund' -> 'neutral'."""
    if len(words) > 60:
        return None
    if cues.DECISION_SECTION.match(words):
        return "decision"
    if cues.ACTION_SECTION.match(words):
        return "action"
    if cues.PROPOSAL_SECTION.match(words):
        return "proposal"
    if cues.NEUTRAL_SECTION.match(words):
        return "neutral"
    return None


# A motion and its mover, or its outcome: "Motion by Director Kim, second by Director Alvarez",
# "Moved: Patel / Seconded: Howe", "It was moved and seconded", "Motion carried 4-1"
_MOTION_MADE = _rx.compile(
    r"(?i:\b(?:motion|moved|seconded|second)\s+(?:by|from)\s+)[A-Z]|(?i:\bmoved\s*[:(/])"
    r"|(?i:\bit\s+was\s+moved\b)|(?i:\bmotion\s+(?:carried|failed|passed|defeated|approved|adopted|lost)\b)")
_FIRST_ITEM = 600
_BLANK_LINE = _rx.compile(r"\n[ \t]*\n")


def items_for_vote(text: str, end: int) -> bool:
    """'6. ACTION ITEMS' over 'a. 2026-27 School Calendar. ... Motion by Director Kim, second by
    ...': a board's agenda heading for the items it acts on (votes), not a list of tasks. Read
    from the heading's end to the first blank line: a list of tasks does not open with a motion."""
    window = text[end : end + _FIRST_ITEM]
    blank = _BLANK_LINE.search(window, 1)
    return _MOTION_MADE.search(window, 0, blank.start() if blank else len(window)) is not None


# The heading of a list of tasks that says by when: "Att göra till nästa träff", "att göra till
# nästa (7/5):", "Actions before the AGM", "To do by Friday:", "Till nästa möte", "Before next
# meeting:". Each task under it that names no time of its own is due then.
_DUE_HEADING = _rx.compile(
    r"^(?:(?:att göra|att fixa|uppgifter|uppdrag|åtgärder|actions?(?: items?| points?)?|to ?-?dos?|tasks|homework|läxa)"
    r"\s+(?P<due>(?:till|tills|inför|innan|före|senast|by|before|until|due)\s[^:]{1,40}?)"
    r"|(?P<next>(?:till|before|by|until)\s+(?:the\s+)?(?:nästa|next)\s+(?:[\wåäö-]+\s+)?"
    r"(?:möte|mötet|träff|träffen|gång|sammanträde|sammanträdet|meeting|mtg|call|session|time)))\s*:?\s*$",
    re.I,
)


# Inside a list of tasks, a line that only says by when the lines under it are due: "**Till
# fredag:**", "By end of March:", "Lakeshore – by Friday:" (a part of the list, then its time)
_TIME_HEADING = _rx.compile(
    r"^(?:[^:–—]{1,40}?\s[–—-]\s+)?(?P<due>(?:till|tills|senast|innan|före|by|before|until|due)\s[^:–—]{1,30}?)\s*:\s*$",
    re.I,
)


def heading_due(ctx: _Context, words: str, raw: str, start: int, *, in_list: bool = False,
                dated: bool = False) -> tuple[DateMention, int, int] | None:
    """When a task list's heading says its tasks are due ("Att göra till nästa träff"; inside a
    list, "Till fredag:"): the due words read as a deadline, and the span of the heading in the
    text (``raw`` starts at ``start``). ``dated``: a line of its own outside a list, which heads a
    list by a time only when that time resolves to a day ("Till fredag:", "Till nästa EHT (21/10):",
    not "Before the meeting:")."""
    if len(words) > 60:
        return None
    heading = _DUE_HEADING.match(words)
    timed = heading is None and (in_list or dated)
    if timed:
        heading = _TIME_HEADING.match(words)
    if heading is None:
        return None
    due = _deadline(heading.group("due") or heading.groupdict().get("next") or "", ctx)
    if due is None or (timed and not in_list and due.value is None):
        return None  # "Actions for Anna", "Uppgifter till styrelsen": whose, not by when
    return due, start, start + len(raw.rstrip())


def _agenda_lookup(meeting: Meeting):
    spans = [(i, item.start, item.end) for i, item in enumerate(meeting.agenda)]

    def lookup(offset: int) -> int | None:
        found = None
        for i, start, end in spans:
            if start <= offset < end:
                found = i  # the innermost (last) point that holds the offset
        return found

    return lookup
