"""From model answers to contract items: pieces of notes, grounding, deadlines and merging.

Grounding policy: each quote is looked up in the source, the answer's own piece first.
An item whose quote is found is ``grounded=True`` with that verbatim span. Otherwise it is
kept with ``grounded=False`` so a person can confirm it: its evidence is the closest
loosely matching span of the piece when there is one (still verbatim source text), else a
zero-length span at the piece's start with an empty quote. The model's answer never
supplies offsets, so ``text[start:end] == quote`` holds for every evidence.
"""

from __future__ import annotations

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


def _items(
    source: str, meeting: Meeting, next_date: Any, piece: Piece, answer: ChunkExtraction
) -> tuple[list[Decision], list[ActionItem]]:
    decisions = []
    for d in answer.decisions:
        text = _clean(d.text) or _clean(d.quote)
        if not text:
            continue  # an empty decision carries nothing to confirm
        evidence, grounded = ground_quote(d.quote, source, piece)
        decisions.append(Decision(text=text, evidence=evidence, grounded=grounded))
    actions = []
    for a in answer.action_items:
        task = _clean(a.task) or _clean(a.quote)
        if not task:
            continue
        evidence, grounded = ground_quote(a.quote, source, piece)
        deadline_text = _clean(a.deadline_text)
        # The model's reading of a date is not trusted: the dates module re-reads the words.
        deadline = (
            normalise_deadline(deadline_text, anchor=meeting.meeting_date, next_meeting=next_date)
            if deadline_text
            else None
        )
        actions.append(
            ActionItem(
                owner=_clean(a.owner),
                task=task,
                deadline=deadline,
                deadline_text=deadline_text,
                evidence=evidence,
                grounded=grounded,
            )
        )
    return decisions, actions


def _position(item: Decision | ActionItem) -> tuple[int, int]:
    first = min(item.evidence, key=lambda e: (e.start, e.end))
    return first.start, first.end


def build_meeting(
    document: Document, meeting: Meeting, answers: Sequence[tuple[Piece, ChunkExtraction]]
) -> Meeting:
    """``meeting`` with the answers' decisions and action items grounded, dated, merged and ordered."""
    next_date = meeting.next_meeting.date if meeting.next_meeting else None
    decisions: list[Decision] = []
    actions: list[ActionItem] = []
    for piece, answer in answers:
        found_decisions, found_actions = _items(document.text, meeting, next_date, piece, answer)
        decisions.extend(found_decisions)
        actions.extend(found_actions)
    merged_decisions = sorted(assign_agenda(merge_decisions(decisions), meeting.agenda), key=_position)
    merged_actions = sorted(assign_agenda(merge_actions(actions), meeting.agenda), key=_position)
    return meeting.model_copy(update={"decisions": merged_decisions, "action_items": merged_actions})


__all__ = ["LOOSE_THRESHOLD", "Piece", "build_meeting", "ground_quote", "split_piece"]
