"""Cut a meeting's text into blocks and sentences that keep their character ranges.

Notes are lines more than prose: headings, bullets, labelled lines (``Beslut: ...``), table rows
and hard-wrapped paragraphs. A :class:`Block` is one such unit; a :class:`Sentence` is a piece of
a block. Offsets always index the document text, so evidence is a plain slice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ... import _rx
from ..._structure_labels import ATTENDEE_LABEL
from ..._structure_lines import (
    CHAT_HANDLE,
    CHAT_STAMP,
    heading_speakers,
    inline_turn,
    speaker_heading,
    stacked_heading,
)
from . import _fastre, cues
from ._literals import finite_strings, parse_tree

# Leading markup that is not part of what a line says: bullets, numbering, emphasis, quotes.
_LEAD = _rx.compile(
    r"""^[ \t]*(?:
        \#{1,6}[ \t]+            # markdown heading ('#action' is a command, not a heading)
      | >[ \t]*                  # block quote
      | [-*+•–·▪◦][ \t]+          # bullet
      | -(?=[A-Za-zÅÄÖåäö])      # bullet without its space ('-Nils ordnar affischer')
      | \[[ xX]?\][ \t]*         # checkbox
      | \\item\b[ \t]*           # LaTeX list item
      | (?:§[ \t]*)?\d{1,3}(?:\.\d{1,3})*[.):][ \t]+  # numbering
      | \d{1,3}(?:\.\d{1,3})+[ \t]+(?=[A-ZÅÄÖ])  # a minute's number with no closing dot ("4.3 Tom Hale to ...")
      | §[ \t]*\d{1,3}[ \t]*
      | [a-zA-Z][.)][ \t]+(?=\S)  # a) b) lettered points
      | \((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+(?=\S)  # (1) (a) (ii) points of a resolution
      | (?:[Kk]l\.?[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]{2,}|[ \t]+[-–—][ \t]+)(?=\S)  # "kl. 08.14  VA tar ...": a log's time
    )+""",
    re.VERBOSE,
)
_EMPH_LEAD = _rx.compile(r"^(?:\*{1,3}|_{1,3}|`)+")
# What _LEAD or _EMPH_LEAD can start with: blanks, the heading, quote, bullet, checkbox, LaTeX,
# "§" and "(1)" marks, "Kl" before a log's time, emphasis; or a digit (numbering, a time), or any
# character before "." or ")" (a lettered point "a) "). Text opening otherwise matches neither.
_LEAD_OPENERS = frozenset(" \t#>-*+•–·▪◦[\\§(Kk_`")
_LETTER_POINT = frozenset(".)")
_TAIL_CHARS = frozenset("*_` \t\n\r\f\v\u00a0")
_HEADING = _rx.compile(r"^[ \t]*(?:#{1,6}[ \t]|\\(?:sub)*section\*?\{|\\paragraph\{)")
_TICKED = _rx.compile(r"^[ \t]*(?:[-*+•][ \t]+)?\[[xX✓✔]\]")
_UNTICKED = _rx.compile(r"^[ \t]*(?:[-*+•][ \t]+)?\[ \]")
_BULLET = _rx.compile(
    # (an arrow line is a list item of its own, its arrow kept in its words: "-> Ingrid tar fram ...")
    # ("-Nils ordnar affischer": rough notes leave out the space after the dash)
    r"^[ \t]*(?:(?:[-*+•–·▪◦]|->|→|=>)[ \t]+|-(?=[A-ZÅÄÖa-zåäö])|\[[ xX]?\][ \t]*|\d{1,3}[.)][ \t]+|[a-z][.)][ \t]+|\\item\b"
    r"|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+)"
)
# (a row without its outer pipes needs a blank on one side of each: "21 | Eva, Robert| Genomgång | v. 9",
# "Anders     | Svara fam. Sandberg    |" with its last cell empty)
_TABLE_ROW = _rx.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]+(?:\t[^\t\n]*){2,}$|^[^|\n]+(?:(?:[ \t]\||\|[ \t])[^|\n]*){2,}$")
# "|---|---|", "---+-----+---" (a grid's junctions), "-----  --------  -----" (columns set out with spaces)
_TABLE_RULE = _rx.compile(r"^[ \t]*[|+]?[ \t]*:?-{2,}:?[ \t]*(?:[|+ \t][ \t]*:?-{2,}:?[ \t]*)*[|+]?[ \t]*$")
_BOLD_LINE = _rx.compile(r"^[ \t]*(?:\*\*|__)[^*_\n]{2,}(?:\*\*|__)[ \t:]*$")
# A sentence ends at . ! ? (or …) followed by space and something that can start a sentence.
# A sentence ends at its mark before a capital, or before a line break: rough notes start the
# next line in lower case ("Ok alla.\nvi skippar ...").
_SENT_END = _rx.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“(\[]?[A-ZÅÄÖÉÜ0-9@*_]|[ \t]*\n"
                       # "Håller alla med? (alla nickar) Då ...": a stage direction opens the next sentence
                       r"|[ \t]+\([a-zåäö][^()\n]{2,29}\)[ \t]+[A-ZÅÄÖ])")
# Notes written in lower case ("- rebecka slutar i april. tove tar över som hygienombud, alla ok.")
# start their sentences in lower case too: in a block that opens in lower case, a lower-case word
# after an end mark opens the next sentence.
# (After a full stop only: "... to ask Gabi? (maybe)" is an aside to the question.)
_SENT_END_LOWER = _rx.compile(_SENT_END.pattern + r"|(?<=[\w)])\.(?=[ \t]+[a-zåäöéü]{2})")
_FIRST_LETTER = _rx.compile(r"[^\W\d_]")
_BARE_COUNT = _rx.compile(r"[ \t]+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?[ \t]*(?:\n|$)")
# "Adjourned 8:05 p.m. (Nash/Weiss).": the mover and seconder in brackets close the line they stand on
_MOVER_PAIR = _rx.compile(
    rf"[ \t]+\((?:motion:?\s*)?{cues.MOVER_NAME}\s*/\s*{cues.MOVER_NAME}\.?\)\.?[ \t]*(?:\n|$)", re.I)
_LOWER_NEXT = _rx.compile(r"[ \t]+[a-zåäöéü]")
_TAIL_WORDS = _rx.compile(r"[^.!?…\n]*")


def _tail(body: str, at: int) -> str:
    """The words from ``at`` to the next end mark or line end."""
    found = _TAIL_WORDS.match(body, at)
    return found.group(0) if found is not None else ""


_ABBREV = _rx.compile(
    r"(?:\b(?:bl\.a|t\.ex|d\.v\.s|dvs|fd|f\.d|kl|ca|nr|resp|m\.m|mm|osv|s\.k|p\.g\.a|pga|inkl|exkl|"
    r"ev|jfr|vs|e\.g|i\.e|etc|approx|Mr|Mrs|Ms|Dr|St|Rev|Revd|Prof|Capt|Sgt|Cllr|no|vol|fig|tel|avd|forts|ang|enl|st|kap|prop|ansv|"
    r"jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|ordf|sekr|vik|tf|v|"
    # "klart t. 30/4", "fr.o.m.", "prot.", "uppf.": the short forms of rough Swedish notes
    r"t|fr|t\.o\.m|fr\.o\.m|tom|prot|uppf|handl|avg|ung|anm|bil|sid|"
    # ... and in lower-case notes, where a lower-case word after them opens no sentence
    r"(?<!\.)m|prel|incl|esp|nem|misc|dept|est|max|min|tillsm|ngn|ngt|mkt|ff|ffa|iom|sv|eng)\.?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Block:
    """A heading, bullet, table row, speaker turn or paragraph; ``start:end`` excludes lead markup."""

    kind: str  # heading | bullet | table | rule | para | bold | turn
    start: int
    end: int
    line_start: int  # start of the raw line, markup included
    indent: int
    speaker: str | None = None
    done: bool = False  # a ticked checkbox: "- [x] ..."
    todo: bool = False  # an open checkbox: "- [ ] ...", a task by its form


@dataclass(frozen=True)
class Sentence:
    """A sentence (or list item) inside a block."""

    start: int
    end: int
    block: int  # index of its block


_TIMESTAMP = CHAT_STAMP
# "[00:02:44] Marco Rossi: ...", "16:06:22 <tlee> ...", "<alice> ...": a transcript line.
# ("**[10:24] Kaisa:** That is a nice offer ...": the same, in bold)
_SPEAKER = _rx.compile(
    rf"^[ \t]*(?:\*\*|__)?(?:(?P<ts>{_TIMESTAMP})[ \t]*(?:-[ \t]*)?)?"
    r"(?:<(?P<nick>[@+]?[\w.|-]{1,30})>|(?P<name>[A-ZÅÄÖÉÜ][\w.'’-]*(?:[ \t][A-ZÅÄÖÉÜ][\w.'’-]*){0,3}"
    r"|[Ss]peaker[ \t]\d+|[Tt]alare[ \t]\d+"
    # a chat handle, after a stamp only ("[2026-02-04 7:34 PM] jordan_p: yep, I'll pick it up Friday")
    rf"|(?(ts)(?:{CHAT_HANDLE})|(?!)))(?P<aside>[ \t]*\([^()\n:]{{1,40}}\))?[ \t]*:)(?:\*\*|__)?[ \t]+(?=\S)"
)


# a dialogue's turn: "Angela Price: OK, we'll move two to C", "Ben Osei: Yeah, I'll do it Friday"
# (or a first name alone, counted when it is an attendee's: "Daniel: Ja, jag tror det.")
_NAME_TURN = _rx.compile(
    r"^(?:\*\*)?(?:([A-ZÅÄÖÉ][\w'’-]+ [A-ZÅÄÖÉ][\w'’-]+)|([A-ZÅÄÖÉ][\w'’-]+))(?:\*\*)?:(?:\*\*)?[ \t]+\S", re.MULTILINE)
_DIALOGUE_TURNS = 6
_DIALOGUE_SHARE = 0.4


def dialogue(text: str, start: int, end: int, known: frozenset[str] = frozenset()) -> bool:
    """Notes written as a dialogue without time stamps: most paragraphs open with a speaker's full
    name ("Angela Price: ...", "Ben Osei: ..."), or the first name of one who attends (``known``,
    casefolded: "Daniel: ...", "Petra: ..."), two or more speakers taking turns, each at least twice."""
    turns = [full or first for full, first in _NAME_TURN.findall(text, start, end)
             if full or first.casefold() in known]
    if len(turns) < _DIALOGUE_TURNS:
        return False
    counts = Counter(turns)
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return False
    lines = text.count("\n", start, end) - text.count("\n\n", start, end)
    return len(turns) >= _DIALOGUE_SHARE * max(lines, 1)


def content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start:end`` to the words: no bullets, numbering, emphasis or trailing space."""
    segment = text[start:end]
    first = segment[:1]
    if first and first not in _LEAD_OPENERS and segment[1:2] not in _LETTER_POINT and not first.isdigit():
        # Most lines: neither pattern can match at a character that opens none of their branches.
        offset = 0
        emph = None
    else:
        lead = _LEAD.match(segment)
        offset = lead.end() if lead else 0
        emph = _EMPH_LEAD.match(segment, offset)
    if emph:
        offset = emph.end()
        # Lead markup may come back after emphasis: **1. Title** (without emphasis, the
        # first match already took every lead mark there is)
        lead = _LEAD.match(segment[offset:])
        if lead and lead.end():
            offset += lead.end()
    while offset < len(segment) and segment[offset] in " \t":
        offset += 1  # a line set in with blanks only: the words start after them
    # "👍 I'll send the notice": a reaction's emoji before the words is no part of them
    # (only a pictograph: "✓"/"✅" marks and arrows stay, they say something)
    while (offset < len(segment) - 2 and segment[offset] >= "\U0001F300" and segment[offset + 1] in " \t"):
        offset += 2
    stop = len(segment)
    while stop > offset and segment[stop - 1] in _TAIL_CHARS:
        stop -= 1  # trailing emphasis and space (a loop: a regex here is quadratic on long lines)
    if stop > offset and segment[stop - 1] == "]" and (ref := segment.rfind("[^", offset, stop)) >= 0 \
            and _FOOTNOTE_REF.fullmatch(segment, ref, stop):
        stop = ref  # "Agreed.[^1]": the footnote's reference is no part of the words
        while stop > offset and segment[stop - 1] in _TAIL_CHARS:
            stop -= 1
    if stop <= offset:
        return start + offset, start + offset
    return start + offset, start + stop


# What opens a list line in a chat message: a bullet, a dash, a tick or a check mark
_LIST_GLYPHS = frozenset("•-*–·▪◦✅☑✔✓")


def split_blocks(text: str, start: int, end: int, *, transcript: bool = False,
                 speakers: frozenset[str] | None = None) -> list[Block]:
    """Split ``text[start:end]`` into blocks.

    Hard-wrapped paragraph lines are joined, and so are the continuation lines of a bullet.
    A transcript line ("[00:01] Name: ...", "<nick> ...") is a turn of its own with its speaker.
    In notes written as a dialogue, ``speakers`` (casefolded first names) are the ones a turn
    may open with one name ("Daniel: ..."), so "RESOLVED: ..." and "Topic: ..." stay lines.
    """
    blocks: list[Block] = []
    pos = start
    current: list | None = None  # [kind, line_start, c_start, c_end, indent, speaker]
    # "Denise Carter  0:02" on a line of its own, the words said below it: each such speaker's turn
    # runs to the next blank line
    headed = frozenset(heading_speakers(text[start:end].split("\n")) if text.count(":", start, end) >= 3 else ())
    said_by: str | None = None  # the speaker of the heading line just read
    in_headed = False  # the open block is a turn under such a heading
    aligned = False  # inside a table laid out with spaces ("Vad    Vem    När")
    stamped: set[str] = set()  # first names of the speakers of time-stamped turns

    def close() -> None:
        nonlocal current
        if current is not None:
            kind, line_start, c_start, c_end, indent, speaker = current
            blocks.append(Block(kind, c_start, c_end, line_start, indent, speaker))
            current = None

    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = text[pos:line_end]
        if not line.strip():
            close()
            aligned = in_headed = False
            pos = line_end + 1
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if headed and ":" in line and (who := speaker_heading(line)) in headed:
            close()
            said_by, in_headed = who, False
            pos = line_end + 1
            continue
        if headed and ":" in line and (inline := inline_turn(line)) is not None and inline[0] in headed:
            # "Tomas Lind  1:02  Ja, jag gör det i eftermiddag.": the heading and the words on one line
            close()
            c_start, c_end = content_span(text, pos + inline[1], line_end)
            current = ["turn", pos, c_start, c_end, indent, inline[0]]
            said_by, in_headed = None, True
            pos = line_end + 1
            continue
        if headed and nl != -1 and ":" not in line:
            # "Karin Lund\n0:08:24\n": the name over the time, both lines the heading
            below_end = text.find("\n", nl + 1, end)
            below_end = end if below_end == -1 else below_end
            if (who := stacked_heading(line, text[nl + 1 : below_end])) in headed:
                close()
                said_by, in_headed = who, False
                pos = below_end + 1
                continue
        if said_by is not None or (in_headed and current is not None):
            c_start, c_end = content_span(text, pos, line_end)
            if said_by is not None:
                close()
                current = ["turn", pos, c_start, c_end, indent, said_by]
                said_by, in_headed = None, True
            elif c_end > c_start and current is not None and (
                    line.lstrip(" \t")[:1] in _LIST_GLYPHS or text[current[2] : current[3]].endswith(":")
                    or (line.rstrip().endswith(":") and len(line) < 40)
                    or text[current[1] : current[2]].lstrip(" \t")[:1] in _LIST_GLYPHS):
                # "Summary for the record:\n✅ Packing day Sat Dec 13\nTasks:\n• Devon – sign-up sheet by Mon":
                # a list in a message, each line read on its own, said by the same speaker
                speaker = current[5]
                close()
                current = ["turn", pos, c_start, c_end, indent, speaker]
            elif c_end > c_start:
                current[3] = c_end  # type: ignore[index]  # the turn's next line
            pos = line_end + 1
            continue
        # A turn needs a "name:" or "<nick>", a rule "--", a table "|" or tabs, a heading "#"
        # or "\\", a bold line "**" or "__": tests in C before each regex, which would
        # otherwise try every line.
        speaker = _SPEAKER.match(line) if ":" in line or "<" in line else None
        if speaker and (speaker.group("ts") or speaker.group("nick") or (transcript and (
                speakers is None or " " in (who := speaker.group("name")) or who.casefold() in speakers)) or (
                # in a log of stamped turns, "Sigrid: ..." or "Magnus Ekdahl (Lund): ..." goes on unstamped
                stamped and speaker.group("name") and (speaker.group("aside") or speaker.group("name").split()[0] in stamped))):
            close()
            who = speaker.group("nick") or speaker.group("name")
            if speaker.group("ts") or speaker.group("aside"):
                stamped.add(who.split()[0])
            c_start, c_end = content_span(text, pos + speaker.end(), line_end)
            # left open: a hard-wrapped turn goes on below ("I'll get the fencing hire\nsorted by ...")
            current = ["turn", pos, c_start, c_end, indent, who.lstrip("@+")]
        elif "--" in line and _TABLE_RULE.match(line):
            close()
            c_start, c_end = content_span(text, pos, line_end)
            blocks.append(Block("rule", c_start, c_end, pos, indent))
        elif ("|" in line or "\t" in line) and _TABLE_ROW.match(line):
            close()
            blocks.append(Block("table", pos + indent, line_end - (len(line) - len(line.rstrip())), pos, indent))
        elif "  " in line and (aligned and _GAP.search(line) or aligned_header(line)):
            # A table set out with spaces: its header names the columns, each row keeps the gaps.
            close()
            aligned = True
            blocks.append(Block("table", pos + indent, line_end - (len(line) - len(line.rstrip())), pos, indent))
        elif (heading := ("#" in line or "\\" in line) and _HEADING.match(line)) or (
            ("**" in line or "__" in line) and _BOLD_LINE.match(line)
        ):
            close()
            kind = "heading" if heading else "bold"
            c_start, c_end = content_span(text, pos, line_end)
            blocks.append(Block(kind, c_start, c_end, pos, indent))
        elif _BULLET.match(line):
            close()
            c_start, c_end = content_span(text, pos, line_end)
            if _TICKED.match(line):
                blocks.append(Block("bullet", c_start, c_end, pos, indent, None, done=True))
            elif "[ ]" in line and _UNTICKED.match(line):
                blocks.append(Block("bullet", c_start, c_end, pos, indent, None, todo=True))
            else:
                current = ["bullet", pos, c_start, c_end, indent, None]
        else:
            c_start, c_end = content_span(text, pos, line_end)
            if c_end > c_start:
                if current is not None and text.startswith("att ", c_start) and _att_list(text, current):
                    # "Nämnden beslutar\natt godkänna ...,\natt avslå ...": each att-clause is a point
                    close()
                    current = ["bullet", pos, c_start, c_end, indent, None]
                elif current is not None and _continues(text, current, c_start, indent):
                    if speakers and current[0] == "bullet" and _sub_item(text, current, c_start, c_end, speakers):
                        # "- xmas BBQ at New World sat 13 dec -> we're in\n    Ange doing sausages + float":
                        # a line under the bullet that opens with one of those present is an item of its own
                        close()
                        current = ["bullet", pos, pos + indent, c_end, indent, None]
                    elif speakers and indent <= current[4] and _named_lower_line(text, current, c_start, c_end, speakers):
                        # "kattis: 48 200 kr på kontot\nkattis skickar påminnelse ...": in notes typed in lower
                        # case, a line that opens with the first name of one of those present is a line of its own
                        close()
                        current = ["para", pos, c_start, c_end, indent, None]
                    else:
                        current[3] = c_end
                else:
                    close()
                    current = ["para", pos, c_start, c_end, indent, None]
        pos = line_end + 1
    close()
    return blocks


_GAP = _rx.compile(r"\S {2,}\S")
# The line that opens a list of att-clauses in a Swedish protocol: "Arbetsutskottet beslutar".
_DECIDES_HEADER = _rx.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades)\s*:?$")


def _att_list(text: str, current: list) -> bool:
    """An "att ..." line is a clause of its own after a line that says who decides, or after the
    clause before it (a protocol's list of att-clauses); elsewhere it continues the sentence."""
    _kind, _line_start, c_start, c_end, _indent, _speaker = current
    line_start = max(c_start, text.rfind("\n", 0, c_end) + 1)
    if _DECIDES_HEADER.search(text, line_start, c_end):
        return c_end - line_start < 60  # "Kyrkorådet beslutar", not a long sentence ending so
    return text.startswith("att ", c_start) and current[0] == "bullet"
_ALIGNED_CELLS = _rx.compile(r"\s{2,}")


def aligned_header(line: str) -> bool:
    """'Vad        Vem       När', 'Action      Owner     Due': the header of a table set out
    with runs of spaces, naming a task column and an owner or due column."""
    cells = _ALIGNED_CELLS.split(line.strip())
    if not 2 <= len(cells) <= 6 or any(len(c.split()) > 3 for c in cells):
        return False
    words = [c.rstrip(":").strip("*_ ") for c in cells]
    task = any(cues.TASK_COLUMN.match(w) for w in words)
    return task and any(cues.OWNER_COLUMN.match(w) or cues.DUE_COLUMN.match(w) for w in words)


_NAME_COLON = _rx.compile(r"[A-ZÅÄÖ][\w.'’-]*(?: [A-ZÅÄÖ][\w.'’-]*){0,2}:\s")
# A numbered point of an outline: "3.5 (N) Hyresgäst ...", "4.2 Budget", "2.1. Val av ..."
_OWNER_DASH_START = _rx.compile(
    r"[A-ZÅÄÖ][\wåäöé'’.-]*(?:\s+(?:&|och|o|and|\+)\s+[A-ZÅÄÖ][\wåäöé'’-]*|\s[A-ZÅÄÖ][\wåäöé'’-]*)?[ \t]+[–—-][ \t]+\S"
)
_OUTLINE_START = _rx.compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+[(A-ZÅÄÖ§]")


_DANGLING = _rx.compile(
    r"(?<![\w-])(?:the|a|an|of|to|for(?<!\d for)|and|or|with|by|from|at|in|on|into|its|their|our|your|his|her|"
    # ("en säsong till", "en gång till": "till" as "more" closes the clause)
    r"och|att|för|till(?<!gång till)(?<!säsong till)(?<!år till)(?<!vecka till)(?<!dag till)(?<!månad till)"
    r"(?<!termin till)(?<!omgång till)(?<!lite till)(?<!tag till)|av|med|som|den|det|en|ett|om|på|vid|eller|samt|hos)$",
    re.IGNORECASE,
)


_RUN_CHARS = 4000
# a numbered point opening its line ("4. vårfesten"): its lines below, set in, are its items
_OUTLINE_NUMBER = _rx.compile(r"[ \t]*\d{1,2}[.)][ \t]")
# a line longer than this was not cut at a margin: its end is the writer's
_WRAP_WIDTH = 88
_SHORT_ITEM = 45  # a one-line item this short is whole ("3. avgiften", "→ blir +3 % från 1/4")


def _short_line(text: str, prev_end: int, next_start: int) -> bool:
    """Whether the line break at ``prev_end`` is the writer's: the line does not end on a word that
    leaves its clause open, and the lines around it are a list, not a hard-wrapped paragraph (where
    every line but the last is cut where the next word would not fit)."""
    if _hangs(text, prev_end):
        return False
    # (the lines around it: up to a blank line, no further than _RUN_CHARS either way, at most 80 of
    # them; a long file is not read again per line)
    before = text.rfind("\n\n", max(0, prev_end - _RUN_CHARS), prev_end)
    run_start = before + 2 if before >= 0 else max(0, prev_end - _RUN_CHARS)
    run_end = text.find("\n\n", next_start, next_start + _RUN_CHARS)
    lines = text[run_start : next_start + _RUN_CHARS if run_end < 0 else run_end].split("\n")[-80:]
    width = max(len(line) for line in lines)
    short = sum(len(line) + 1 + len(after.split(" ", 1)[0]) < width - 8 for line, after in zip(lines, lines[1:], strict=False))
    return short * 2 >= len(lines) - 1


def _hangs(text: str, end: int) -> bool:
    """The text before ``end`` ends on an article, preposition or conjunction ("... for the").
    (The pattern lower-cases what it is given: the last few characters, not the document.)"""
    return _DANGLING.search(text[max(0, end - 12) : end]) is not None


def _left_open(text: str, end: int) -> bool:
    """The line before ``end`` leaves its clause open: a comma, a joining sign or an open bracket
    last, or a word that needs what follows ("... for the")."""
    return text[end - 1] in ",;&+-–(" or _hangs(text, end)


def _sub_item(text: str, current: list, start: int, end: int, names: frozenset[str]) -> bool:
    """The indented line under a bullet is an item of its own: the bullet's last line is short and
    whole (no wrap at the margin, no word left hanging), and the line opens with the first name of
    one of those present and a lower-case word ("Bex to get a helpers roster out", "ange doing ...")."""
    prev_end = current[3]
    line_start = text.rfind("\n", 0, prev_end) + 1
    # (a line that ends on a full stop or a sign, "we're in 👍", is whole at any length)
    if (60 < prev_end - line_start <= _WRAP_WIDTH and text[prev_end - 1].isalnum()) or _left_open(text, prev_end):
        return False
    words = text[start:end].split(maxsplit=2)
    return len(words) >= 3 and words[0].casefold() in names and words[1][:1].islower()


def _named_lower_line(text: str, current: list, start: int, end: int, names: frozenset[str]) -> bool:
    """In a block typed in lower case, the line at ``start`` opens with the lower-case first name of
    one of those present and a lower-case word or a colon ("olle kollar med ...", "kattis: 48 200 kr"),
    and the line above leaves no clause open."""
    block_start, prev_end = current[2], current[3]
    if not text[start].islower() or text[block_start].isupper() or _left_open(text, prev_end):
        return False
    words = text[start:end].split(maxsplit=2)
    # ("jag (mia) skickar kallelse": the writer's own line)
    return (len(words) >= 2 and (words[0].rstrip(":") in names or words[0] == "jag")
            and (words[0].endswith(":") or words[1][:1].islower() or words[1] in ("+", "&") or words[1][:1] == "("))


def _continues(text: str, current: list, next_start: int, indent: int) -> bool:
    """A line continues the open block when that block was cut mid-sentence (a hard wrap).

    Short lines without end punctuation are list-like ("Anna Berg, Ale") and stand alone; an
    indented or lower-case line after a bullet belongs to the bullet.
    """
    kind, first_line, c_start, prev_end, prev_indent, _speaker = current
    prev = text[prev_end - 1] if prev_end > 0 else "."
    first = text[next_start] if next_start < len(text) else "A"  # the line's first letter
    # (a line set in further than the block, a hanging indent, opens with a blank: the rules below
    # read its case only when it stands level with the block)
    nxt = " " if indent > prev_indent else first
    # (a speaker, a label or a numbered point opens a line of its own at the margin; set in, the line
    # is the one above's: "- Fråga från FUB: ...?\n  Svar: ja, det ordnar vi")
    if not indent and _NAME_COLON.match(text, next_start):
        return False  # "Sam: I can review it": a new speaker or label, not a wrapped line
    line_end = text.find("\n", next_start)
    if not indent and ATTENDEE_LABEL.match(text[next_start : line_end if line_end >= 0 else len(text)]):
        return False  # "styrelsemöte rk vallmon\nnärv: AL ordf, GS, TH": who was there, a line of its own
    if kind == "bullet":
        # ("a) Roadside mowing: ... Kowalski will draft it for the\nChair's signature ..."): a line
        # that ends on an article, preposition or conjunction runs on whatever the next one opens with
        if (first.islower() and prev_end - c_start <= _SHORT_ITEM and not text[c_start].isupper()
                and prev not in ",;&+-–" and "\n" not in text[c_start:prev_end] and not _hangs(text, prev_end)
                and (indent == prev_indent or _OUTLINE_NUMBER.match(text, first_line, c_start))
                and _short_line(text, prev_end, next_start)):
            # notes in lower case: "3. avgiften\nanna föreslog ...", "→ blir +3 %\njag skriver ...",
            # "4. vårfesten\n   jessica föreslog ...": a line under a short numbered or arrowed line is
            # the writer's next line
            return False
        if indent > prev_indent:
            return True
        return (nxt.islower() or _hangs(text, prev_end)) and prev not in ".!?:"
    if prev == ":":
        return False
    if nxt.islower():
        # In notes written all in lower case a line break is the writer's, unless the line was full:
        # "jess costings for the 3 new mains by weds\nandy wants new ice cream machine ..."
        return not (text[c_start].islower() and prev not in ",;&+-–" and _short_line(text, prev_end, next_start))
    if prev in ".!?":
        return False
    if not indent and (_OUTLINE_START.match(text, next_start) or _OWNER_DASH_START.match(text, next_start)):
        # "3.5 (N) Hyresgäst ...", "4.2 Budget": the next numbered point of the notes;
        # "Marcus – confirm the cash position": the next line of a list of who does what
        return False
    # the line's own words: a field line set out to the right ("    Ansv: KS   Klart: v. 7") is short
    line_start = text.rfind("\n", 0, prev_end) + 1
    while line_start < prev_end and text[line_start] in " \t":
        line_start += 1
    if _LABEL_LINE.match(text, line_start, prev_end):
        return False  # "Action: CD refresher – Ruth – by 30/05" is whole; a capital opens the next line
    return prev_end - line_start >= 50 and prev not in ")]"


def split_sentences(text: str, block: Block, index: int, names: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of one block; abbreviations ('bl.a.', 't.ex.', 'kl.') do not end a sentence.
    ``names``: the attendees' first names, case-folded (a short lower-case tail that opens with one
    is a sentence of its own: "... från 1/2. lotta fixar nya prislappar")."""
    if block.kind in ("table", "rule"):
        return [Sentence(block.start, block.end, index)]
    out: list[Sentence] = []
    seg_start = block.start
    body = text[block.start : block.end]
    first = _FIRST_LETTER.search(body)
    lower = first is not None and first.group(0).islower()
    for match in _ends(body, lower=lower):
        if match.group(0).startswith("."):
            head = text[seg_start : block.start + match.start()]
            word = _last_word(head)
            # "H. Asher" (an initial, not "15:e."), "bl.a. ": no sentence end
            if word is not None and (_INITIAL.search(word) or _ABBREV.search(word)) and not (
                    _MONTH_SHORT.fullmatch(word) and _CAPITAL_NEXT.match(body, match.end())):
                continue  # ("to Dec. Agreed in principle": a month's short form ends the sentence)
        if _BARE_COUNT.match(body, match.end()) or (body[match.end() + 1 : match.end() + 2] == "("
                                                     and _MOVER_PAIR.match(body, match.end())):
            continue  # "Kowalski/Reyes. 9-1.": the vote closes the line it stands on
        if (lower and _LOWER_NEXT.match(body, match.end()) and len(tail := _tail(body, match.end()).split()) < 6
                and not (len(tail) > 2 and tail[0] in names)):
            continue  # "... internt under våren. så blev det", "anteckn. ok": a short tail to what it follows
        cut = block.start + match.end()
        if cut - seg_start >= 2:
            out.append(_trimmed(text, seg_start, cut, index))
        seg_start = cut
        while seg_start < block.end and text[seg_start].isspace():
            seg_start += 1
    if seg_start < block.end:
        out.append(_trimmed(text, seg_start, block.end, index))
    return [s for s in out if s.end > s.start]


_INITIAL = _rx.compile(r"\b[A-ZÅÄÖ]$")
_MONTH_SHORT = _rx.compile(r"(?i:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?")
_CAPITAL_NEXT = _rx.compile(r"\s*[A-ZÅÄÖ][a-zåäö]")
# Lower-case too: terse notes write "diskuterades beslut: orosanmälan görs idag".
# The labels of one decision or task ("Beslut:", "Action:"); RESOLVED also opens a resolution's text.
_ITEM_LABELS = r"BESLUT|[Bb]eslut|DECISION|[Dd]ecision|ÅTGÄRD|[Åå]tgärd|ACTION|[Aa]ction|AP"
_LABELS = rf"{_ITEM_LABELS}|RESOLVED|Resolved"
# A line that opens with one: "Action: CD refresher – Ruth – by 30/05" is whole without an end mark
_LABEL_LINE = _rx.compile(rf"(?:{_ITEM_LABELS})\s*:")
# Whether a label word is written at all, its words as a trie: each alternative opens with a
# literal, so the search skips in C to the places one can start.
_LABEL_STRINGS = finite_strings(parse_tree(_LABELS))
_LABEL_WORD = _rx.compile(_fastre.literal_trie(sorted(_LABEL_STRINGS)) if _LABEL_STRINGS else _LABELS)
# Not "Förslag till beslut:", "Proposal for decision:": a label's own words.
# (The run of blanks before the label, written to open with its first blank, a character class
# scanned for in C; the look-behinds read the word before it across that blank.)
_INLINE_LABEL = _rx.compile(
    rf"\s(?<=[^\s:]\s)(?<!\btill\s)(?<!\bför\s)(?<!\binför\s)(?<!\bom\s)(?<!\bto\s)(?<!\bfor\s)\s*(?=(?:{_LABELS})\s*:)"
)


def _ends(body: str, *, lower: bool = False) -> list[re.Match[str]]:
    """Sentence ends, plus a break before a label written mid-line ('... emellan BESLUT: ...');
    ``lower``: the block is written in lower case, its sentences open in lower case too."""
    found = list((_SENT_END_LOWER if lower else _SENT_END).finditer(body))
    # The label pattern tries every run of spaces: only text with a label word and a colon
    # can hold one (tests in C first).
    if ":" not in body or _LABEL_WORD.search(body) is None:
        return found  # already in order
    found += _INLINE_LABEL.finditer(body)
    return sorted(found, key=_start)


def _start(match: re.Match[str]) -> int:
    return match.start()


_WORD_END = _rx.compile(r"[\w.]+$")
_TAIL_WINDOW = 48


def _last_word(head: str) -> str | None:
    """The text of ``re.search(r"[\\w.]+$", head)``: the word (dots included) that ends ``head``.

    Searched from near the end: from the start, the pattern tries every position of a long
    sentence. Only a word reaching back to the window's edge needs the search from the start.
    """
    pos = len(head) - _TAIL_WINDOW
    if pos > 0:
        found = _WORD_END.search(head, pos)
        if found is None or found.start() > pos:
            return None if found is None else found.group(0)
    found = _WORD_END.search(head)
    return None if found is None else found.group(0)


def _trimmed(text: str, start: int, end: int, index: int) -> Sentence:
    s, e = content_span(text, start, end)
    return Sentence(s, e, index)


# r"\*{1,3}|_{2,3}|`" written to open with one character class (scanned for in C), the
# look-behinds telling its character apart: the same matches.
_MARKS = _rx.compile(r"[*_`](?:(?<=\*)\*{0,2}|(?<=_)_{1,2}|(?<=`))")
_SPACES = _rx.compile(r"\s+")
# What the substitutions below could change: a marker, a space other than " ", or two spaces
# (looked for apart: a pattern of one character class is scanned for in C, an alternation is not).
_TO_CLEAN = _rx.compile(r"[*_`\n\t\r\f\v\u00a0]")


# A Markdown footnote's reference: "Agreed.[^1]", "approved[^note]"
_FOOTNOTE_REF = _rx.compile(r"\[\^[^\]\s]{1,12}\]")


def clean(text: str) -> str:
    """The words of a span with emphasis markers and footnote references removed and whitespace
    folded (for matching only)."""
    if "[^" in text:
        text = _FOOTNOTE_REF.sub("", text)
    if "  " not in text and _TO_CLEAN.search(text) is None:
        return text.strip()  # most sentences: nothing to remove, skip both substitutions
    return _SPACES.sub(" ", _MARKS.sub("", text)).strip()


_fastre.speed_up(globals())
