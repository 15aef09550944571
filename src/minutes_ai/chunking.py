"""Token-budgeted, structure-aware chunks that remember their character range.

Whole meetings are packed together while their text, with one header per meeting, fits
the budget: a document that fits is one chunk, however many meetings it holds, and its
header lists every meeting and the line each one starts at. A chunk that holds part of a
meeting holds nothing of another. A meeting too long for one chunk is cut at the coarsest
boundary that works: agenda points, then speaker turns, blank-line paragraphs, lines,
sentences and, only for a single sentence longer than the budget, whitespace (a run
without whitespace is cut between characters). Adjacent pieces are then packed greedily
up to the budget.

Every chunk carries a ``header`` built from its meeting(s) (title, date, attendees, chair,
secretary, next meeting, and the agenda point a chunk continues) so a model reading one
chunk can still resolve owners and relative deadlines. The budget counts header + text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from . import _rx
from .document import Document
from .schemas import AgendaItem, Attendee, Meeting
from .tokens import count_tokens

Span = tuple[int, int]


@dataclass(frozen=True)
class Chunk:
    """A slice of the document for one model call: ``text == document.text[start:end]``."""

    index: int
    meeting_index: int
    start: int
    end: int
    text: str
    header: str
    #: Every meeting the chunk holds, in order; ``meeting_index`` is the first of them.
    meetings: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.meetings:
            object.__setattr__(self, "meetings", (self.meeting_index,))


_PARAGRAPH_BREAK = _rx.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = _rx.compile(r"""[.!?…]+["'”’)\]]*\s+""")
_SENTENCE_START = _rx.compile(r"""["'“”‘(\[\-–•*]?\s*[A-ZÅÄÖÆØÜÉ0-9]""")
_WHITESPACE = _rx.compile(r"\s+")
# Words a full stop follows without ending the sentence (Swedish and English).
_ABBREVIATIONS = frozenset(
    {"ca", "cirka", "kl", "nr", "resp", "jfr", "dvs", "bl", "ev", "inkl", "exkl", "tel", "obs"}
    | {"ang", "enl", "fr", "vs", "mr", "mrs", "ms", "dr", "prof", "no", "st", "approx", "dept"}
)
# A chunk's header never takes more than this share of the budget.
_HEADER_SHARE = 4
_TITLE_CHARS = 120


def _attendee(person: Attendee, detailed: bool) -> str:
    extra = [x for x in (person.organisation, person.role) if x] if detailed else []
    return f"{person.name} ({', '.join(extra)})" if extra else person.name


def meeting_header(meeting: Meeting, *, attendees: str = "full") -> str:
    """A short context block for ``meeting``; ``attendees`` is 'full', 'names' or 'none'."""
    lines: list[str] = []
    if meeting.title:
        lines.append(f"Meeting: {meeting.title[:_TITLE_CHARS]}")
    if meeting.meeting_date:
        lines.append(f"Meeting date: {meeting.meeting_date.isoformat()}")
    if meeting.chair:
        lines.append(f"Chair: {meeting.chair}")
    if meeting.secretary:
        lines.append(f"Secretary: {meeting.secretary}")
    if meeting.attendees and attendees != "none":
        people = "; ".join(_attendee(p, attendees == "full") for p in meeting.attendees)
        lines.append(f"Attendees: {people}")
    if meeting.next_meeting:
        nxt = meeting.next_meeting
        when = f"{nxt.date.isoformat()} " if nxt.date else ""
        lines.append(f"Next meeting: {when}({nxt.text.strip()[:_TITLE_CHARS]})")
    return "\n".join(lines)


def _utf8_len(text: str) -> int:
    """``text``'s size in UTF-8 bytes: an upper bound on its tokens in any byte-level BPE."""
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def _first_line(text: str, lo: int, hi: int) -> str:
    """The first non-blank line of ``text[lo:hi]``, stripped and shortened."""
    for line in text[lo:hi].splitlines():
        if line.strip():
            line = " ".join(line.split())
            return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1] + "…"
    return ""


def document_header(
    meetings: list[Meeting], first_lines: list[str], *, attendees: str = "full"
) -> str:
    """A header for notes holding several meetings: each meeting numbered from 1 with its facts.

    ``first_lines[i]`` is the line meeting ``i`` starts at, so the model can tell where one
    meeting ends and the next begins.
    """
    blocks = [f"The notes hold {len(meetings)} meetings, in this order."]
    for number, (meeting, line) in enumerate(zip(meetings, first_lines, strict=True), 1):
        facts = meeting_header(meeting, attendees=attendees)
        lines = [f"Meeting {number} starts at the line '{line}'"]
        lines += [f"  {fact}" for fact in facts.splitlines()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _group(
    text: str, ranges: list[tuple[int, Meeting, Span]], index: int, max_tokens: int, model: str | None
) -> Chunk | None:
    """One chunk for several whole meetings at once, when their text and a header fit."""
    lo, hi = min(span[0] for _, _, span in ranges), max(span[1] for _, _, span in ranges)
    body = text[lo:hi]
    # No text has more tokens than UTF-8 bytes: tokens are counted only when the bytes exceed the
    # budget, and the notes' count, once needed, serves every header tried.
    text_bytes = _utf8_len(body)
    text_tokens = count_tokens(body, model) if text_bytes >= max_tokens else None
    if text_tokens is not None and text_tokens >= max_tokens:
        return None
    meetings = [m for _, m, _ in ranges]
    first_lines = [_first_line(text, a, b) for _, _, (a, b) in ranges]
    for detail in ("full", "names", "none"):
        header = document_header(meetings, first_lines, attendees=detail)
        fits = text_bytes + _utf8_len(header) <= max_tokens
        if not fits:
            if text_tokens is None:
                text_tokens = count_tokens(body, model)
            fits = text_tokens + count_tokens(header, model) <= max_tokens
        if fits:
            indices = tuple(i for i, _, _ in ranges)
            return Chunk(index, indices[0], lo, hi, body, header, indices)
    return None


def _fitted_header(meeting: Meeting | None, limit: int, model: str | None) -> str:
    # Shed detail until the header leaves most of the budget to the notes themselves.
    if meeting is None:
        return ""
    for detail in ("full", "names", "none"):
        header = meeting_header(meeting, attendees=detail)
        if _utf8_len(header) <= limit or count_tokens(header, model) <= limit:
            return header
    return ""


def _continuation(item: AgendaItem) -> str:
    number = f"{item.number} " if item.number else ""
    return f"Agenda point (continued): {number}{item.title[:_TITLE_CHARS]}"


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    if not _SENTENCE_START.match(text, match.end()):
        return False
    word_start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    word = text[word_start : match.start()].lower()
    # "t.ex.", "bl.a.", single initials and known abbreviations do not end a sentence.
    return not (
        "." in word or len(word) == 1 or word in _ABBREVIATIONS or match.group().startswith("..")
    )


class _Splitter:
    """Recursive splitting of one meeting's range under a token budget."""

    def __init__(
        self, document: Document, meeting: Meeting | None, max_tokens: int, model: str | None
    ):
        self.text = document.text
        self.model = model
        self.max_tokens = max_tokens
        limit = max_tokens // _HEADER_SHARE
        self.limit = limit
        self.header = _fitted_header(meeting, limit, model)
        self._header_bytes = _utf8_len(self.header)
        self._header_tokens: int | None = None
        self.agenda = list(meeting.agenda) if meeting else []
        self.turns = document.turns
        # An agenda point's continuation line and its cost, counted when a chunk starts inside it.
        self._continuations: dict[int, tuple[str, int]] = {}
        self.levels: list[Callable[[int, int], list[int]]] = [
            self._agenda_cuts,
            self._turn_cuts,
            lambda lo, hi: [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text, lo, hi)],
            self._line_cuts,
            self._sentence_cuts,
            lambda lo, hi: [m.end() for m in _WHITESPACE.finditer(self.text, lo, hi)],
        ]

    # --- header and budget -------------------------------------------------------------
    def _open_item(self, pos: int) -> int | None:
        """Index of the innermost agenda item that ``pos`` lies strictly inside."""
        best = None
        for i, item in enumerate(self.agenda):
            if item.start < pos < item.end and (
                best is None or item.start >= self.agenda[best].start
            ):
                best = i
        return best

    @property
    def header_tokens(self) -> int:
        """The meeting header's token count (counted once, when first needed)."""
        if self._header_tokens is None:
            self._header_tokens = count_tokens(self.header, self.model)
        return self._header_tokens

    def _continuation(self, item: int) -> tuple[str, int]:
        """Agenda point ``item``'s continuation line and cost; ("", 0) when it is too long."""
        if item not in self._continuations:
            line = _continuation(self.agenda[item])
            cost = count_tokens(line, self.model) + 1  # +1 for the joining newline
            self._continuations[item] = (line, cost) if cost <= self.limit else ("", 0)
        return self._continuations[item]

    def header_for(self, pos: int) -> tuple[str, int]:
        """The header of a chunk starting at ``pos`` and its token cost."""
        item = self._open_item(pos)
        if item is None or not self._continuation(item)[0]:
            return self.header, self.header_tokens
        line, cost = self._continuation(item)
        return self._joined(line), self.header_tokens + cost

    def header_text(self, pos: int) -> str:
        """:meth:`header_for` without its cost (which is counted only when needed)."""
        item = self._open_item(pos)
        line = self._continuation(item)[0] if item is not None else ""
        return self._joined(line) if line else self.header

    def _joined(self, line: str) -> str:
        return f"{self.header}\n{line}" if self.header else line

    def available(self, pos: int) -> int:
        return self.max_tokens - self.header_for(pos)[1]

    def tokens(self, lo: int, hi: int) -> int:
        return count_tokens(self.text[lo:hi], self.model)

    def fits(self, lo: int, hi: int) -> bool:
        # Cheap accept: no text has more tokens than UTF-8 bytes (the header's included).
        size = _utf8_len(self.text[lo:hi])
        if self._open_item(lo) is None and size + self._header_bytes <= self.max_tokens:
            return True
        budget = self.available(lo)
        if size <= budget:
            return True
        return self.tokens(lo, hi) <= budget

    # --- boundaries, coarse to fine ------------------------------------------------------
    def _agenda_cuts(self, lo: int, hi: int) -> list[int]:
        return sorted({p for item in self.agenda for p in (item.start, item.end) if lo < p < hi})

    def _turn_cuts(self, lo: int, hi: int) -> list[int]:
        cuts = set()
        for turn in self.turns:
            if lo < turn.start < hi:
                # Cut before the speaker label that opens the turn's line.
                line_start = self.text.rfind("\n", lo, turn.start) + 1
                cuts.add(line_start if line_start > lo else turn.start)
        return sorted(cuts)

    def _line_cuts(self, lo: int, hi: int) -> list[int]:
        cuts, pos = [], self.text.find("\n", lo, hi)
        while pos >= 0:
            cuts.append(pos + 1)
            pos = self.text.find("\n", pos + 1, hi)
        return cuts

    def _sentence_cuts(self, lo: int, hi: int) -> list[int]:
        return [
            m.end()
            for m in _SENTENCE_END.finditer(self.text, lo, hi)
            if _is_sentence_end(self.text, m)
        ]

    # --- splitting and packing -----------------------------------------------------------
    def split(self, lo: int, hi: int, level: int = 0) -> Iterator[Span]:
        """Pieces of [lo, hi) that each fit the budget, cut at the coarsest boundary possible."""
        if hi - lo <= 1 or self.fits(lo, hi):
            yield lo, hi
            return
        if level == len(self.levels):
            yield from self._hard_split(lo, hi)
            return
        cuts = [c for c in self.levels[level](lo, hi) if lo < c < hi]
        if not cuts:
            yield from self.split(lo, hi, level + 1)
            return
        bounds = [lo, *cuts, hi]
        for a, b in pairwise(bounds):
            yield from self.split(a, b, level + 1)

    def _hard_split(self, lo: int, hi: int) -> Iterator[Span]:
        # A run with no whitespace longer than the budget: cut between characters.
        while lo < hi:
            good, bad = lo + 1, hi
            if self.fits(lo, hi):
                good = hi
            while bad - good > 1 and good < hi:
                mid = (good + bad) // 2
                if self.fits(lo, mid):
                    good = mid
                else:
                    bad = mid
            yield lo, good
            lo = good

    def pack(self, pieces: list[Span]) -> list[Span]:
        """Greedily join adjacent pieces while the estimated total fits, then verify exactly."""
        if len(pieces) == 1:
            return list(pieces)  # a single piece: it fits, nothing to join
        spans: list[Span] = []
        i = 0
        cost = [self.tokens(a, b) for a, b in pieces]
        while i < len(pieces):
            lo = pieces[i][0]
            budget = self.available(lo)
            j, total = i + 1, cost[i]
            while j < len(pieces) and total + cost[j] <= budget:
                total += cost[j]
                j += 1
            # Token counts are not exactly additive; shrink if the joined text is too long.
            while j - i > 1 and not self.fits(lo, pieces[j - 1][1]):
                j -= 1
            spans.append((lo, pieces[j - 1][1]))
            i = j
        return spans


def _meetings_only(
    ranges: list[tuple[int, Meeting | None, Span]],
) -> list[tuple[int, Meeting, Span]]:
    """``ranges`` when every one names a meeting, else an empty list."""
    named = [(i, m, span) for i, m, span in ranges if m is not None]
    return named if len(named) == len(ranges) else []


def chunk_document(
    document: Document, meetings: list[Meeting], *, max_tokens: int, model: str | None = None
) -> list[Chunk]:
    """Cut ``document`` into chunks of at most ``max_tokens`` (header included).

    Consecutive whole meetings that fit one chunk together, with a :func:`document_header`,
    share it (its ``meetings`` lists them): a document that fits is a single chunk. A
    meeting that fits with no neighbour is one chunk, and a longer one is split on its own:
    its chunks are contiguous and cover its range ``[start, end)``. Chunks that would hold
    only whitespace are left out. With no meetings the whole text is chunked
    as meeting 0 with an empty header. A meeting with ``start == end == 0`` (offsets not
    set) that is the only meeting stands for the whole text.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    text = document.text
    ranges: list[tuple[int, Meeting | None, Span]] = []
    if not meetings:
        ranges.append((0, None, (0, len(text))))
    for i, meeting in enumerate(meetings):
        lo, hi = max(0, min(meeting.start, len(text))), max(0, min(meeting.end, len(text)))
        if len(meetings) == 1 and meeting.start == meeting.end == 0:
            lo, hi = 0, len(text)
        ranges.append((i, meeting, (lo, hi)))

    ranges = [r for r in ranges if r[2][1] > r[2][0] and text[r[2][0] : r[2][1]].strip()]
    chunks: list[Chunk] = []
    k = 0
    while k < len(ranges):
        # The longest run of whole meetings from here that fits one chunk: fewer calls.
        group, end = None, k + 1
        while end < len(ranges) and (run := _meetings_only(ranges[k : end + 1])):
            found = _group(text, run, len(chunks), max_tokens, model)
            if found is None:
                break
            group, end = found, end + 1
        if group is not None:
            chunks.append(group)
            k = end
            continue
        meeting_index, owner, (lo, hi) = ranges[k]
        k += 1
        splitter = _Splitter(document, owner, max_tokens, model)
        for start, end in splitter.pack(list(splitter.split(lo, hi))):
            if not text[start:end].strip():
                continue
            header = splitter.header_text(start)
            chunks.append(Chunk(len(chunks), meeting_index, start, end, text[start:end], header))
    return chunks


__all__ = ["Chunk", "chunk_document", "document_header", "meeting_header"]
