"""From model answers to contract items: pieces of notes, grounding, deadlines and merging.

Grounding policy: each quote is looked up in the source, the answer's own piece first.
An item whose quote is found is ``grounded=True`` with that verbatim span. Otherwise it is
kept with ``grounded=False`` so a person can confirm it: its evidence is the closest
loosely matching span of the piece when there is one (still verbatim source text), else a
zero-length span at the piece's start with an empty quote. The model's answer never
supplies offsets, so ``text[start:end] == quote`` holds for every evidence.

Meeting policy: a piece may hold several meetings. A grounded item belongs to the meeting
whose range ``[start, end)`` holds its quote; a quote found in the meeting the answer names
is taken from there, so a phrase that recurs in every meeting lands where the model saw
it. An ungrounded item belongs to the meeting the answer names, else to the meeting
holding its closest span, else to the piece's first meeting; its evidence is kept inside
that meeting. Deadlines are read against the date and next meeting of the meeting an item
belongs to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ...dates import normalise_deadline
from ...document import Document
from ...grounding import locate, locate_all
from ...merge import assign_agenda, merge_actions, merge_decisions
from ...schemas import ActionItem, Decision, Evidence, Meeting
from .response import ChunkExtraction

#: partial_ratio floor for the best-effort span shown with an ungrounded item.
LOOSE_THRESHOLD = 70.0
_MIN_SPLIT_CHARS = 80


@dataclass(frozen=True)
class Piece:
    """A span of the source sent in one request, with its meeting header."""

    meeting_index: int
    start: int
    end: int
    text: str
    header: str
    label: str
    is_part: bool  # True when the meeting was sent in more than one piece
    #: The meetings the piece holds, in the header's order (meeting number n is ``meetings[n-1]``).
    meetings: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.meetings:
            object.__setattr__(self, "meetings", (self.meeting_index,))

    @classmethod
    def from_chunk(cls, chunk: Any, pieces_in_meeting: int) -> Piece:
        """A piece for a :class:`minutes_ai.chunking.Chunk`."""
        return cls(
            meeting_index=chunk.meeting_index,
            start=chunk.start,
            end=chunk.end,
            text=chunk.text,
            header=chunk.header or "",
            label=f"chunk {chunk.index + 1} (characters {chunk.start}-{chunk.end})",
            is_part=pieces_in_meeting > 1,
            meetings=tuple(chunk.meetings),
        )


def split_piece(piece: Piece) -> tuple[Piece, Piece] | None:
    """Split ``piece`` in two at the line break (else space) nearest its middle; None if too small."""
    text = piece.text
    if len(text.strip()) < _MIN_SPLIT_CHARS:
        return None
    middle = len(text) // 2
    lo, hi = len(text) // 4, (3 * len(text)) // 4
    cut = -1
    for separator in ("\n", " "):
        before, after = text.rfind(separator, lo, middle), text.find(separator, middle, hi)
        candidates = [c for c in (before, after) if c > 0]
        if candidates:
            cut = min(candidates, key=lambda c: abs(c - middle)) + 1
            break
    if cut <= 0 or cut >= len(text):
        cut = middle
    first = replace(piece, end=piece.start + cut, text=text[:cut], is_part=True, label=f"{piece.label} part 1")
    second = replace(
        piece, start=piece.start + cut, text=text[cut:], is_part=True, label=f"{piece.label} part 2"
    )
    return first, second


def ground_quote(quote: str, source: str, piece: Piece) -> tuple[list[Evidence], bool]:
    """Evidence for ``quote`` and whether it was found (see the module docstring for the policy)."""
    if quote.strip():
        found = locate_all(quote, source, start=piece.start, end=piece.end)
        if found:
            return found, True
        nearest = locate(quote, source, start=piece.start, end=piece.end, threshold=LOOSE_THRESHOLD)
        if nearest is not None and piece.start <= nearest.start and nearest.end <= piece.end:
            return [nearest], False
    return [Evidence(start=piece.start, end=piece.start, quote="")], False


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


Span = tuple[int, int]


def meeting_spans(meetings: Sequence[Meeting], length: int) -> list[Span]:
    """Each meeting's character range; a lone meeting without offsets stands for the whole text."""
    if len(meetings) == 1 and meetings[0].start == meetings[0].end == 0:
        return [(0, length)]
    return [(m.start, m.end) for m in meetings]


def _meeting_at(pos: int, candidates: Sequence[int], spans: Sequence[Span]) -> int:
    """The candidate meeting whose range holds ``pos`` (else the last one starting before it)."""
    for index in candidates:
        if spans[index][0] <= pos < spans[index][1]:
            return index
    before = [i for i in candidates if spans[i][0] <= pos]
    return before[-1] if before else candidates[0]


def place_item(
    quote: str, number: int | None, source: str, piece: Piece, spans: Sequence[Span]
) -> tuple[int, list[Evidence], bool]:
    """The meeting an item belongs to, its evidence and whether it was grounded (module policy).

    ``number`` is the 1-based meeting number the model gave, counted over ``piece.meetings``.
    """
    candidates = [i for i in piece.meetings if i < len(spans)] or [0]
    named = candidates[number - 1] if number is not None and 1 <= number <= len(candidates) else None
    named_evidence: list[Evidence] | None = None
    if named is not None and len(candidates) > 1:
        # A quote that occurs in several meetings (a stock phrase) is first sought in the named one.
        lo, hi = max(piece.start, spans[named][0]), min(piece.end, spans[named][1])
        if lo < hi:
            window = replace(piece, start=lo, end=hi)
            named_evidence, found = ground_quote(quote, source, window)
            if found and all(lo <= ev.start and ev.end <= hi for ev in named_evidence):
                return named, named_evidence, True
    evidence, grounded = ground_quote(quote, source, piece)
    if grounded:
        by_meeting: dict[int, list[Evidence]] = defaultdict(list)
        for ev in evidence:
            by_meeting[_meeting_at(ev.start, candidates, spans)].append(ev)
        index = next(iter(by_meeting))  # where the quote stands wins over the number given
        return index, by_meeting[index], True
    if named is not None:
        index, evidence = named, named_evidence or evidence
    elif evidence[0].quote:
        index = _meeting_at(evidence[0].start, candidates, spans)
    else:
        index = candidates[0]
    lo, hi = spans[index]
    span = evidence[0]
    if not (lo <= span.start and span.end <= hi):
        # Keep the evidence inside its meeting: an empty span where its part of the piece begins.
        anchor = min(max(piece.start, lo), hi)
        evidence = [Evidence(start=anchor, end=anchor, quote="")]
    return index, evidence, False


def _position(item: Decision | ActionItem) -> tuple[int, int]:
    first = min(item.evidence, key=lambda e: (e.start, e.end))
    return first.start, first.end


def build_meetings(
    document: Document, meetings: Sequence[Meeting], answers: Sequence[tuple[Piece, ChunkExtraction]]
) -> list[Meeting]:
    """``meetings`` with the answers' items placed, grounded, dated, merged and in source order."""
    source = document.text
    if not meetings:
        return []
    spans = meeting_spans(meetings, len(source))
    decisions: dict[int, list[Decision]] = defaultdict(list)
    actions: dict[int, list[ActionItem]] = defaultdict(list)
    for piece, answer in answers:
        for d in answer.decisions:
            text = _clean(d.text) or _clean(d.quote)
            if not text:
                continue  # an empty decision carries nothing to confirm
            index, evidence, grounded = place_item(d.quote, d.meeting, source, piece, spans)
            decisions[index].append(Decision(text=text, evidence=evidence, grounded=grounded))
        for a in answer.action_items:
            task = _clean(a.task) or _clean(a.quote)
            if not task:
                continue
            index, evidence, grounded = place_item(a.quote, a.meeting, source, piece, spans)
            meeting = meetings[index]
            deadline_text = _clean(a.deadline_text)
            # The model's reading of a date is not trusted: the dates module re-reads the words.
            deadline = (
                normalise_deadline(
                    deadline_text,
                    anchor=meeting.meeting_date,
                    next_meeting=meeting.next_meeting.date if meeting.next_meeting else None,
                )
                if deadline_text
                else None
            )
            actions[index].append(
                ActionItem(
                    owner=_clean(a.owner),
                    task=task,
                    deadline=deadline,
                    deadline_text=deadline_text,
                    evidence=evidence,
                    grounded=grounded,
                )
            )
    result = []
    for index, meeting in enumerate(meetings):
        merged_decisions = sorted(assign_agenda(merge_decisions(decisions[index]), meeting.agenda), key=_position)
        merged_actions = sorted(assign_agenda(merge_actions(actions[index]), meeting.agenda), key=_position)
        result.append(meeting.model_copy(update={"decisions": merged_decisions, "action_items": merged_actions}))
    return result


__all__ = [
    "LOOSE_THRESHOLD",
    "Piece",
    "build_meetings",
    "ground_quote",
    "meeting_spans",
    "place_item",
    "split_piece",
]
