"""Meetings named by their month: "till aprilsammanträdet", "to the May meeting", "APT i juni".

Notes often give a task until a later meeting named by its month, and list the dates of
coming meetings elsewhere ("Kommande möten: 23 april, 11 juni", "Meetings: 15 May ..."). The
phrase resolves to a date only when the notes state exactly one meeting date in that month
after the meeting; otherwise the words are kept without a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ... import _rx
from ...dates import find_dates

_MONTHS = {
    "januari": 1, "january": 1, "februari": 2, "february": 2, "mars": 3, "march": 3, "april": 4,
    "maj": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "augusti": 8, "august": 8,
    "september": 9, "oktober": 10, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_SHORT = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
          "okt": 10, "nov": 11, "dec": 12}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SHORT_MONTH = "|".join(sorted(_SHORT, key=len, reverse=True))
MONTH_NAMES = _MONTH  # the full month names, Swedish and English, longest first
# A month named in words in running text: "i oktober", "in March", "sept." ("may" the verb is not May)
NAMED_MONTH = _rx.compile(
    r"\b((?i:" + "|".join(sorted((w for w in (*_MONTHS, *_SHORT) if w != "may"), key=len, reverse=True))
    + r")|May)\b\.?"
)


def month_number(word: str) -> int:
    """The month number of a month word or its short form ("oktober", "Sept")."""
    folded = word.casefold()
    return _MONTHS.get(folded) or _SHORT[folded]
_MEETING_NOUN = (
    r"(?:sammanträdet|sammanträde|mötet|möte|träffen|träff|stämman|apt|styrgruppen|styrgruppsmötet|rådet|"
    r"rådsmötet|nämnden|nämndsmötet|utskottet|styrelsen|"
    r"ledningsgruppen|nätverksträffen|styrelsemötet|styrelsemöte|meeting|mtg|interim|session|call|board meeting|review|"
    r"board|cabinet|committee|council|workshop)"
)
# "aprilsammanträdet", "decemberträffen", "majmötet", "maj-mötet" / "mötet i maj", "kyrkorådets sammanträde i
# april", "APT i juni" / "the May meeting", "the April interim".
MONTH_EVENT = _rx.compile(
    rf"(?P<cue>\b(?:till|inför|före|innan|på|vid|to|for|before|at|by|until)\s+)?(?:"
    rf"\b(?P<m1>{_MONTH})s?-?{_MEETING_NOUN}\b"  # ("maj-mötet")
    rf"|\b(?:\w+s\s+)?{_MEETING_NOUN}\s+i\s+(?P<m2>{_MONTH})\b"
    rf"|\b(?:the|our)\s+(?P<m3>{_MONTH})\s+{_MEETING_NOUN}\b"
    rf"|\b(?P<m4>{_MONTH}|{_SHORT_MONTH})\.?\s+(?:meeting|mtg|möte|mötet|sammanträde|call|session|board|committee)\b)",
    re.IGNORECASE,
)
# A line that lists meeting dates: "Kommande möten", "Nästa sammanträden", "Meeting dates".
_SCHEDULE_LINE = _rx.compile(
    r"\b(?:\w*möte|\w*möten|\w*mötet|sammanträde\w*|träff\w*|apt|styrgrupp\w*|meeting\w*|session\w*|interim|"
    r"sammanträdesplan|mötesplan|mötesdatum|mötestider|calendar|schedule)\b",
    re.IGNORECASE,
)


_LIST_ITEM = _rx.compile(r"\s*(?:[-*•–]|\d{1,2}[.)]\s)\s*")
_LATER_YEAR = _rx.compile(r"(?<!\d)20\d\d(?!\d)")
# A line that gives a plan of meeting dates, not one meeting.
PLAN_LINE = _rx.compile(
    r"\b(?:sammanträdesplan\w*|mötesplan\w*|mötesdatum|mötestider|sammanträdestider|sammanträdesdagar|mötesdagar|"
    r"(?:rådet|nämnden|styrelsen|gruppen|nätverket|utskottet) sammanträder|"
    r"(?:kommande|nästa|våra)\s+(?:möten|sammanträden|träffar)|"
    r"(?:meeting|committee|board)\s+(?:dates|schedule|calendar)|(?:dates|schedule)\s+(?:of|for)\s+(?:\w+\s+)?meetings|"
    # "Arbetslagsmöten HT 2025", "Styrelsemöten: ...", "Ordinary meetings: ...": a plural that lists them
    r"[a-zåäö]{3,}möten|(?:ordinary|regular|scheduled|future|remaining|board|committee|council)\s+meetings|"
    # "Programlagets möten VT 2026: 13/1, 10/2, ...", "Styrelsens sammanträden"
    r"[a-zåäö]{3,}(?:ets|ens|ns|s)\s+(?:möten|sammanträden|träffar))\b",
    re.IGNORECASE,
)


# An agenda point's title line: "5. Höstmötet", "§ 7  Medlemsmöte", "## 6. Årsmötet", "Item 4 – AGM"
_POINT_TITLE = _rx.compile(
    r"^\s*(?:#{1,4}\s*)?(?:§\s*\d{1,3}|\d{1,2}(?:\.\d{1,2})?[.)]?|item\s+\d{1,2}|punkt\s+\d{1,2})\s+[–—:-]?\s*"
    r"(?P<title>[^\d\n]{3,40}?)\s*:?\s*$", re.IGNORECASE)
# A point's heading: "5. Trygghetsvandring Kvarngärdet", "26/21  Summer Open Day", "### 2. Utbildningsdagen",
# "**Vårfest**", "§ 4 Julmarknad"
_HEADING_LINE = _rx.compile(
    r"^\s*(?:#{1,4}\s*(?:\d{1,2}[.)]?\s+)?|\*\*|(?:§\s*\d{1,3}|\d{1,3}(?:[./]\d{1,3})?[.)]?|item\s+\d{1,2}|punkt\s+\d{1,2})\s+[–—:-]?\s*)"
    r"(?P<title>[^\n.!?]{3,50}?)\s*:?\s*(?:\*\*)?\s*$", re.IGNORECASE)
# where a line's clauses part: "Datum, två alternativ: 12 eller 19 mars. → Det blir 19 mars"
_CLAUSE_BREAK = _rx.compile(r"[.;!?](?=\s)|→|->")
# a clause that settles a date: "Det blir 19 mars", "Vi tog 25 mars", "the trustees agreed on 20th June"
_SETTLES = _rx.compile(
    r"\b(?:blir|blev|tog|valde|bestämde|beslutade|beslut|landade|kör vi|kör på|agreed|decided|chose|settled|went with|"
    r"confirmed|fixed|set for|it is|fastställ\w*)\b", re.IGNORECASE)
# a date that is some task's own limit: "senast 30 april", "by 7 May"
_DUE_CUE = _rx.compile(r"\b(?:senast|by|due|klart|klar|deadline|until|tills|innan|before)\s*:?\s*(?:\w+\s+)?$", re.IGNORECASE)


def _event_stem(word: str) -> str:
    """'vandringen' -> 'vandring', 'festen' -> 'fest', 'resan' -> 'resa', 'open day' as it is."""
    word = word.strip(".,;:()").casefold()
    if " " in word or len(word) < 6:
        return word
    if word.endswith(("en", "et")):
        return word[:-2]
    return word[:-1] if word.endswith("an") else word


_GATHERING_TITLE = _rx.compile(r"(?:möte|mötet|stämma|stämman|träff|träffen|meeting|agm|egm|conference|konferens)\b")
_GENERIC_EVENT = _rx.compile(r"mötet|träffen|sammanträdet|the meeting|meeting|stämman")


@dataclass
class Schedule:
    """Meeting dates the notes state after ``anchor``, read on first use."""

    text: str
    anchor: dt.date | None
    known: tuple[dt.date, ...] = ()  # dates the notes give elsewhere ("DATE OF NEXT MEETING" / its line)
    # in a file of several meetings, the notes before this one too (a window): an earlier one may date an event
    whole: str = ""
    _dates: list[dt.date] | None = field(default=None, repr=False)
    _events: dict[str, set[dt.date]] = field(default_factory=dict, repr=False)  # per event word and asking sentence
    _plans: list[list[dt.date]] | None = field(default=None, repr=False)  # the plan lines' dates, read once
    _joined: str | None = field(default=None, repr=False)  # the text events are dated in (see _source)
    _folded: str | None = field(default=None, repr=False)  # the same, case-folded (see names)

    def dates(self) -> list[dt.date]:
        if self._dates is None:
            found: set[dt.date] = {d for d in self.known if self.anchor is None or d > self.anchor}
            # under a short heading such as "Kommande möten" / "Meeting dates 2026": "" (no), "heading",
            # "blank" (one blank line may follow the heading) or "items"
            listing = ""
            for line in self.text.split("\n"):
                if listing and not _LIST_ITEM.match(line):
                    listing = "blank" if not line.strip() and listing == "heading" else ""
                elif listing:
                    listing = "items"
                if len(line) < 40 and _SCHEDULE_LINE.search(line) and not find_dates(line, anchor=self.anchor):
                    listing = "heading"
                # The digit test (in C) first: most lines have none.
                if not any(map(str.isdigit, line)) or not (listing == "items" or _SCHEDULE_LINE.search(line)):
                    continue
                for mention in find_dates(line, anchor=self.anchor):
                    if mention.value and mention.kind == "date" and (self.anchor is None or mention.value > self.anchor):
                        found.add(mention.value)
            self._dates = sorted(found)
        return self._dates

    def event(self, word: str, sentence: str) -> dt.date | None:
        """'before the camp', 'före årsmötet': the one date that another line of the notes
        gives for the event ('Camp: 22 April', 'Årsmötet hålls 24 mars'); None when none or
        several."""
        word = word.strip(".,;:()").casefold()
        if self.anchor is None or not _EVENT_WORD.fullmatch(word):
            return None  # (a name with its noun, "gong renewal", is one event word too)
        # the definite form's ending off: "årsmötet" -> "årsmöt", "kampanjen" -> "kampanj"
        stem = word[:-2] if len(word) >= 6 and word.endswith(("et", "en")) and " " not in word else word
        if len(stem) > 8 and stem.endswith("start") and stem.isalpha():
            stem = stem[:-5]  # "innan kampanjstart": the campaign's date ("sommarkampanj ... startar 16/6")
        # (each lookup leaves out the asking sentence's own line, so the sentence is part of the key:
        # "before the Easter training camp (6–9 April)" finds no other date, the due cell "before camp" does)
        own = "\x00" + sentence.strip()[:40]
        if stem + own not in self._events:
            self._events[stem + own] = _event_dates(self._source(), stem, sentence, self.anchor)
        dates = self._events[stem + own]
        if not dates and stem != word and _CLIPPED_E.search(stem):
            # "lägret" / "sommarläger", "seglet" / "segel": the definite form drops the e of -er, -el, -en
            full = f"{stem[:-1]}e{stem[-1]}"
            if f"+{full}{own}" not in self._events:
                self._events[f"+{full}{own}"] = _event_dates(self._source(), full, sentence, self.anchor, compound=True)
            dates = self._events[f"+{full}{own}"]
        if not dates and len(word) == 5 and word.endswith(("et", "en")) and word.isalpha():
            # "innan cupen" under "1. Sävsjö Cup 14–15 juni": a short definite form, its bare noun
            # ("cupen" itself first: it also ends "Julcupen")
            bare = f"^{word[:-2]}{own}"
            if bare not in self._events:
                self._events[bare] = _event_dates(self._source(), word[:-2], sentence, self.anchor)
            dates = self._events[bare]
        if len(dates) > 1 and stem != word and word.isalpha():
            # "Munhälsodagen 20 mars" and "munhälsodagarna 6–7 oktober": the form the task names decides
            exact = f"={word}{own}"
            if exact not in self._events:
                self._events[exact] = _event_dates(self._source(), word, sentence, self.anchor, whole=True)
            dates = self._events[exact]
        return next(iter(dates)) if len(dates) == 1 else None

    def _source(self) -> str:
        """The text events are dated in, read once: "Städdagen är satt till lördag\n28 mars kl. 9", a
        date hard-wrapped onto the next line, reads whole."""
        if self._joined is None:
            text = self.whole or self.text
            self._joined = _WRAPPED_DATE.sub(r"\1 ", text) if "\n" in text and _WRAPPED_DATE.search(text) else text
        return self._joined

    def names(self, word: str) -> bool:
        """Whether the text events are dated in holds ``word`` (lower case) as a word of its own."""
        if self._folded is None:
            self._folded = self._source().casefold()
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self._folded) is not None

    def point_event(self, sentence: str, word: str) -> dt.date | None:
        """'senast 4 veckor före mötet' under '5. Höstmötet' + '- lör 19/10 kl 10 i stugan': the
        gathering the agenda point above the sentence is about, dated on the point's first lines.
        ``word`` is the event the sentence names; a generic one ("mötet", "the meeting") stands for
        the point's gathering, another must be in its title."""
        found = self._point_above(sentence, _POINT_TITLE, 3000, 15)
        if found is None:
            return None
        point, lines = found
        title = point.group("title").casefold()
        if _GATHERING_TITLE.search(title) is None or not (
                _GENERIC_EVENT.fullmatch(word.casefold()) or word.casefold()[:5] in title):
            return None  # the point is about something else
        assert self.anchor is not None  # (no point is sought without one)
        for line in [lines[0], *[line for line in lines[1:3] if line.strip()]][:2]:
            for mention in find_dates(line, anchor=self.anchor):
                if (mention.kind == "date" and mention.value and mention.value > self.anchor
                        and mention.start - (len(line) - len(line.lstrip(" -*•–"))) < 30):
                    return mention.value  # the first date the point gives, near its line's start
        return None

    def _point_above(self, sentence: str, heading: re.Pattern[str], back: int, count: int,
                     ) -> tuple[re.Match[str], list[str]] | None:
        """The nearest line above ``sentence`` that ``heading`` matches (within ``back`` characters
        and ``count`` lines: the point's lines, not the file), and the lines from it down to the
        sentence's own; None when there is none, or no anchor to date anything by."""
        text = self.whole or self.text
        at = text.find(sentence.strip()[:40])
        if self.anchor is None or at < 0:
            return None
        lines = text[max(0, at - back) : at].split("\n")[-count:]
        for k in range(len(lines) - 2, -1, -1):  # (the last one is the sentence's own line)
            found = heading.match(lines[k])
            if found is not None:
                return found, lines[k:]
        return None

    def settled_in_point(self, sentence: str, words: tuple[str, ...]) -> dt.date | None:
        """'senast tre veckor före vandringen' in the point '5. Trygghetsvandring Kvarngärdet', whose
        lines say 'Nadja föreslog torsdag 16 april ... – blir så.': the date the point gives the event
        it is about (one of ``words``, in the point's title), or the one it settles among several
        ('12 eller 19 mars. → Det blir 19 mars'); None otherwise."""
        found = self._point_above(sentence, _HEADING_LINE, 2000, 25)
        if found is None:
            return None
        heading, lines = found
        anchor = self.anchor
        assert anchor is not None  # (no point is sought without one)
        title = heading.group("title").casefold()
        if not any(len(stem) >= 4 and stem in title for stem in (_event_stem(w) for w in words if w)):
            return None  # the point is about something else
        dated = [m.value for m in find_dates(heading.group("title"), anchor=anchor)
                 if m.kind == "date" and m.value and m.value > anchor]
        if dated:
            return dated[0]  # "5. Plugfest Lyon (18–20 Nov 2025)": the title dates it
        settled: set[dt.date] = set()  # the dates a line of the point settles
        for line in lines[1:]:
            days = [m.value for m in find_dates(line, anchor=anchor) if m.kind == "date" and m.value
                    and m.value > anchor and _DUE_CUE.search(line, max(0, m.start - 12), m.start) is None]
            if len(set(days)) == 1 and _SETTLES.search(line):
                settled.add(days[0])  # "Nadja föreslog torsdag 16 april ... Inga invändningar – blir så."
            elif len(set(days)) > 1:
                # "Datum, två alternativ: 12 eller 19 mars. → Det blir 19 mars": the clause that settles
                settled.update(m.value for clause in _CLAUSE_BREAK.split(line) if _SETTLES.search(clause)
                               for m in find_dates(clause, anchor=anchor)
                               if m.kind == "date" and m.value and m.value > anchor)
        return settled.pop() if len(settled) == 1 else None

    def planned_next(self) -> dt.date | None:
        """The first date after the anchor in a meeting plan the notes give ("sammanträdesplanen
        för 2025: 12 februari, 23 april, ...", "Meeting dates: 14 Jan, 11 Mar"): the next
        meeting when no line announces it. A line counts when it names a plan and lists two dates."""
        if self.anchor is None:
            return None
        for dates in self._plan_lines():
            later = [d for d in dates if d > self.anchor]
            if len(dates) >= 2 and later:
                return min(later)
        return None

    def _plan_lines(self) -> list[list[dt.date]]:
        """The dates of each line that gives a meeting plan, or stands under a plan's heading
        ("## Arbetslagsmöten HT 2025" + a line of dates)."""
        if self.anchor is None:
            return []
        if self._plans is not None:
            return self._plans
        lines: list[list[dt.date]] = []
        heading = False
        block: list[dt.date] | None = None  # "Sammanträdesplan 2026" + one dated line per meeting
        for line in self.text.split("\n"):
            if block is not None:
                if any(map(str.isdigit, line)):
                    block.extend(self._line_dates(line))
                    continue
                if block:
                    lines.append(block)  # a blank or undated line ends the plan
                block = None
            under, heading = heading, heading and not line.strip()
            plan = PLAN_LINE.search(line) is not None
            if not any(map(str.isdigit, line)) or not (under or plan):
                heading = heading or (plan and len(line) < 40)
                continue
            dates = self._line_dates(line)
            if under and len(dates) == 1:
                block = dates  # the first of a plan's lines, one date each
                heading = False
                continue
            lines.append(dates)
            heading = len(dates) < 2 and len(line) < 40 and plan
        if block:
            lines.append(block)
        self._plans = lines
        return lines

    def _line_dates(self, line: str) -> list[dt.date]:
        """The dates of a plan's line ("sammanträdesplanen för 2025: 12 februari, ..., 10 december":
        that year's dates)."""
        assert self.anchor is not None
        year = _LATER_YEAR.search(line)
        plan_year = int(year.group()) if year and int(year.group()) > self.anchor.year else None
        return [_in_year(m.value, plan_year) if plan_year and not _LATER_YEAR.search(m.text) else m.value
                for m in find_dates(line, anchor=self.anchor) if m.value and m.kind == "date"]

    def first_on_lines_naming(self, kind: str) -> dt.date | None:
        """The first date after the anchor on a line that names ``kind`` ("ledarmöte"), for "till
        nästa ledarmöte" when no next meeting is dated."""
        if self.anchor is None:
            return None
        found = [m.value for line in self.text.split("\n") if kind in line.casefold() and any(map(str.isdigit, line))
                 # on a line of items ("Planeringsdag 3/2 · Arbetslag 10/2 · Föräldramöte 16/3") the item that names it
                 for part in (_ITEM_BREAK.split(line) if "·" in line or "•" in line or ";" in line else (line,))
                 if kind in part.casefold()
                 for m in find_dates(part, anchor=self.anchor) if m.value and m.kind == "date" and m.value > self.anchor]
        return min(found) if found else None

    def in_month(self, month: int) -> dt.date | None:
        """The one stated meeting date in ``month`` within a year after the anchor, else None."""
        if self.anchor is None:
            return None
        limit = self.anchor + dt.timedelta(days=366)
        announced = [d for d in self.known if d.month == month and self.anchor < d <= limit]
        if len(announced) == 1:
            return announced[0]  # "Next meeting: 19 February" names the February meeting
        # a plan of meeting dates ("Meeting dates 2024-25: 5 Dec | 16 Jan | 13 Mar") before other
        # dated lines that mention a meeting ("a conference (21-22 January) ... at the meeting")
        planned = {d for dates in self._plan_lines() for d in dates if d.month == month and self.anchor < d <= limit}
        if len(planned) == 1:
            return planned.pop()
        hits = [d for d in self.dates() if d.month == month and d <= limit]
        return hits[0] if len(hits) == 1 else None


# a stem whose indefinite form has an e before its last letter: "lägr" (läger), "segl" (segel)
_CLIPPED_E = _rx.compile(r"[a-zåäö]{2}[^aeiouyåäö\W\d][rln]$")
_EVENT_WORD = _rx.compile(r"[\wåäö-]{2,} [\wåäö-]{3,}|[\wåäö-]{2,}")  # ("the RC": an acronym of two letters)


def _event_dates(text: str, word: str, sentence: str, anchor: dt.date | None, whole: bool = False,
                 compound: bool = False) -> set[dt.date]:
    """The dates lines give for the event: in each line the one nearest its name ("Easter camp
    22nd–25th April" -> the 22nd; "freeze ... starts Oct 1. ... waits until Oct 20" -> Oct 1);
    when one line dates the event right beside its name ("Årsmöte söndag 15 mars"), that one."""
    near: list[tuple[int, dt.date]] = []
    stated: set[dt.date] = set()  # "The AGM will be held ... on 19 October", "Open Day is Saturday 18 October"
    name = EVENT_NAMES.get(word.casefold()) or re.escape(word).replace(chr(92) + " ", chr(92) + "s+")
    # a long word may also end a compound: "kampanj" in "sommarkampanj"
    # ("cupen" ends "Julcupen" too: a definite form of five letters)
    lead = "" if compound or (
        (len(word) >= 6 or len(word) == 5 and word.endswith(("en", "et"))) and word.isalpha() and not whole) else r"\b"
    # ("rc" is not the start of "rc2", nor "rc1" of "rc10")
    tail = _WORD_END if whole or len(word) <= 2 or _DIGIT.search(word) else ""
    needle = re.compile(rf"{lead}(?:{name}){tail}", re.IGNORECASE)
    own = sentence.strip()
    for line in text.split("\n"):
        if not any(map(str.isdigit, line)):
            continue
        if own[:40] in line:
            # the task's own sentence says nothing of the event's date; the rest of its line may
            # ("AGM is Thursday 21 November; ... circulate it a week before the AGM")
            at = line.index(own[:40])
            line = line[:at] + " " * min(len(own), len(line) - at) + line[at + len(own):]
        names = [m.span() for m in needle.finditer(line)]
        if not names:
            continue
        best: tuple[int, dt.date] | None = None
        said: dt.date | None = None  # the first date the line states as the event's ("8–9 April": the 8th)
        # "Feb 20-22 Mixed Bonspiel · Mar 14 Junior Fun Day": a line of items, each date with its own name
        breaks = [m.start() for m in _ITEM_BREAK.finditer(line)] if "·" in line or "•" in line or ";" in line else []
        before = None
        for mention in find_dates(line, anchor=anchor):
            # "28/6 – 4/7   sommarläger": a span's end stands nearest the name, the event starts on its first day
            value = before.value if before is not None and _SPAN_DASH.fullmatch(line, before.end, mention.start) else mention.value
            before = mention
            if value and mention.kind == "date" and (anchor is None or value > anchor):
                if breaks and not any(_same_item(breaks, start, mention.start) for start, _end in names):
                    continue
                gap = min(max(mention.start - end, start - mention.end, 0) for start, end in names)
                if gap <= _NEAR_NAME and (best is None or gap < best[0]):
                    best = (gap, value)
                if said is None and _dated_as(line, names, mention.start):
                    said = mention.value
        if best is not None:
            near.append(best)
        if said is not None:
            stated.add(said)
    if stated:
        # the line that says when the event is, over lines that date other things by it; two
        # such lines that disagree leave the event undated
        return stated
    beside = {day for gap, day in near if gap <= _BESIDE_NAME}
    return beside if len(beside) == 1 else {day for _gap, day in near}


_ITEM_BREAK = _rx.compile(r"[·•;]")
_DIGIT = _rx.compile(r"\d")
# a line break between a date's lead word and its day: "satt till lördag\n28 mars", "held on\n3 June"
_WRAPPED_DATE = _rx.compile(
    r"\b((?:den|till|på|on|the|until|(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?)"
    r"[ \t]*\n[ \t]*(?=\d)", re.IGNORECASE)
_SPAN_DASH = _rx.compile(r"\s*[–-]\s*")


def _same_item(breaks: list[int], a: int, b: int) -> bool:
    """Whether positions ``a`` and ``b`` of a line stand between the same two item breaks."""
    lo, hi = min(a, b), max(a, b)
    return not any(lo < at < hi for at in breaks)


# What says an event's own date right after its name: "is", "will be held (at X) on", "hålls", "blir".
_DATED_AS = _rx.compile(
    r"\s*(?::|[–—-]\s|\b(?:is|are|was|will be held|will be|is being held|takes place|will take place|falls on|"
    r"hålls|blir|är|äger rum|infaller|går av stapeln)\b)",
    re.IGNORECASE,
)


def _dated_as(line: str, names: list[tuple[int, int]], date_start: int) -> bool:
    """Whether the event's name nearest before a date says that date is the event's own, in
    one sentence: "The AGM will be held at St Peter's on Saturday 19 October"."""
    ends = [end for _start, end in names if end <= date_start]
    said = _DATED_AS.match(line, max(ends)) if ends else None
    if said is None or ". " in line[max(ends) : date_start]:
        return False
    # near the name, and nearer after a mark than after a verb: "AGM — Thursday 27th November", "The AGM
    # will be held at St Peter's on Saturday 19 October"; not "Draft accounts for the AGM: Fergal to have
    # them with the auditor by 20/10", which dates a task
    return date_start - max(ends) <= (_SAID_NEAR if said.group(0).strip()[:1].isalpha() else _MARKED_NEAR)


# Events notes name in more than one way: "before the AGM" / "the Annual Meeting of members on March 19".
EVENT_NAMES = {
    "agm": r"agm\b|annual\s+(?:general\s+)?meeting",
    "annual meeting": r"agm\b|annual\s+(?:general\s+)?meeting",
    "egm": r"egm\b|extraordinary\s+general\s+meeting",
    "årsmöt": r"årsmöte|årsstämma",
    "stämman": r"stämma|årsstämma|föreningsstämma",
    "stämma": r"stämma|årsstämma|föreningsstämma",
}
_WORD_END = r"(?!\w)"
_SAID_NEAR = 45  # characters from an event's name to the date a line says it falls on
_MARKED_NEAR = 20  # ... when a colon or a dash says it
_NEAR_NAME = 60  # characters between an event's name and its date on one line
_BESIDE_NAME = 20




def _in_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def month_of(match: re.Match[str]) -> int:
    """The month number a MONTH_EVENT match names."""
    word = (match.group("m1") or match.group("m2") or match.group("m3") or match.group("m4")).casefold()
    return _MONTHS.get(word) or _SHORT[word]


__all__ = ["EVENT_NAMES", "MONTH_EVENT", "MONTH_NAMES", "NAMED_MONTH", "Schedule", "month_number", "month_of"]
