"""Pair predicted items with gold items, one to one.

A pair is first sought by evidence overlap: offsets are document-wide, so an item placed
in the wrong meeting of a multi-meeting file still matches its gold item. When no span
overlaps enough (evidence not verbatim, or shifted), fuzzy text similarity (rapidfuzz)
between quotes and item texts is the fallback. Pairs are taken greedily, best first,
which is deterministic and, for the few items a meeting holds, equal to an optimal
assignment in practice.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, utils

from .. import _rx
from .._titles import NAME_TITLES
from ..schemas import ActionItem, Decision, Extraction
from .gold import GoldItem, ItemKind

# Share of the longer of two spans that must be shared for an evidence match.
SPAN_THRESHOLD = 0.3
# A span wholly inside the other matches when it is at least this many characters long.
CONTAINED_MIN = 15
# Similarity (0-100) at or above which two texts are taken to state the same item.
FUZZY_THRESHOLD = 85.0
# Shortest share of the longer text a shorter one must have for partial alignment.
PARTIAL_MIN_SHARE = 0.4

MatchKind = Literal["span", "text"]


@dataclass(frozen=True)
class PredictedItem:
    """A predicted decision or action, flattened for matching and reporting."""

    kind: ItemKind
    meeting: int
    text: str
    spans: tuple[tuple[int, int], ...]
    quotes: tuple[str, ...]
    grounded: bool
    owner: str | None = None
    deadline: _dt.date | None = None
    deadline_text: str | None = None


@dataclass(frozen=True)
class Pair:
    """A gold item matched to a predicted item (indices into the two lists)."""

    gold: int
    pred: int
    by: MatchKind
    score: float


def predicted_items(extraction: Extraction, text: str, kind: ItemKind) -> list[PredictedItem]:
    """Flatten the extraction's decisions or actions; ``grounded`` means every quote is verbatim."""
    items: list[PredictedItem] = []
    for mi, meeting in enumerate(extraction.meetings):
        source: list[Decision] | list[ActionItem] = (
            meeting.decisions if kind == "decision" else meeting.action_items
        )
        for entry in source:
            spans = tuple((ev.start, ev.end) for ev in entry.evidence)
            quotes = tuple(ev.quote for ev in entry.evidence)
            grounded = bool(entry.evidence) and all(
                ev.quote and text[ev.start : ev.end] == ev.quote for ev in entry.evidence
            )
            if isinstance(entry, ActionItem):
                items.append(
                    PredictedItem(
                        kind, mi, entry.task, spans, quotes, grounded,
                        owner=entry.owner, deadline=entry.deadline, deadline_text=entry.deadline_text,
                    )
                )
            else:
                items.append(PredictedItem(kind, mi, entry.text, spans, quotes, grounded))
    return items


def span_score(pred: PredictedItem, gold: GoldItem, text: str) -> float:
    """Characters shared by the prediction's verbatim evidence and the gold span, over the longer."""
    best = 0.0
    for (start, end), quote in zip(pred.spans, pred.quotes, strict=True):
        # Offsets that do not hold their quote point nowhere; only text similarity can match them.
        if end <= start or text[start:end] != quote:
            continue
        shared = min(end, gold.end) - max(start, gold.start)
        if shared > 0:
            score = shared / max(end - start, gold.end - gold.start)
            # One quote inside the other ("Beslut i enlighet med förslaget." inside the gold's
            # proposal-plus-decision) states the same item, however short the inner one is.
            contained = shared == min(end - start, gold.end - gold.start) and shared >= CONTAINED_MIN
            best = max(best, score, SPAN_THRESHOLD if contained else 0.0)
    return best


def similarity(a: str, b: str) -> float:
    """Fuzzy similarity 0-100: whole-string ratio, or the best partial alignment when the
    shorter text is a substantial part (>= 40 %, >= 12 characters) of the longer one."""
    a, b = utils.default_process(a), utils.default_process(b)
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    score = fuzz.ratio(short, long_)
    # Partial alignment lets a trimmed or extended quote match, but not a stray shared word.
    if len(short) >= max(12, PARTIAL_MIN_SHARE * len(long_)):
        score = max(score, fuzz.partial_ratio(short, long_))
    return score


def text_score(pred: PredictedItem, gold: GoldItem) -> float:
    """Best :func:`similarity` between the prediction's quotes/text and the gold quote/text."""
    mine = [q for q in pred.quotes if q.strip()] + [pred.text]
    return max(similarity(a, b) for a in mine for b in (gold.quote, gold.text))


def match_items(gold: list[GoldItem], pred: list[PredictedItem], text: str) -> list[Pair]:
    """One-to-one pairs: evidence overlap first, fuzzy text similarity as the fallback."""
    candidates: list[tuple[int, float, float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = span_score(p, g, text)
            closeness = text_score(p, g)
            if overlap >= SPAN_THRESHOLD:
                candidates.append((0, overlap, closeness, gi, pi))
            elif closeness >= FUZZY_THRESHOLD:
                candidates.append((1, closeness / 100.0, closeness, gi, pi))
    # Span pairs before text pairs; within a tier the strongest overlap, then the closer text.
    candidates.sort(key=lambda c: (c[0], -c[1], -c[2], c[3], c[4]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[Pair] = []
    for tier, score, _sim, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append(Pair(gi, pi, "span" if tier == 0 else "text", round(score, 4)))
    return sorted(pairs, key=lambda p: p.gold)


_OWNER_SPLIT = _rx.compile(r"\s*(?:,|;|/|&|\+|\boch\b|\band\b)\s*", re.IGNORECASE)
_NON_WORD = _rx.compile(r"[^\w\s-]")


# Titles and articles are not part of who is named: "Ms. Hayes" is Gloria Hayes, "the Clerk" the Clerk.
_HONORIFICS = frozenset({*NAME_TITLES, "the"})


def _names(owner: str) -> list[list[str]]:
    parts = [p for p in _OWNER_SPLIT.split(owner) if p and p.strip()]
    names = [_NON_WORD.sub(" ", p).casefold().split() for p in parts]
    return [t for t in ([w for w in n if w not in _HONORIFICS] or n for n in names) if t]


def _same_person(a: list[str], b: list[str]) -> bool:
    """First name vs full name, surname alone, initials ('HA', 'H. Asher'), case-insensitive."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        token = short[0]
        if token in (long_[0], long_[-1]):
            return True
        initials = "".join(t[0] for t in long_)
        return len(long_) > 1 and token == initials
    if len(short) == len(long_):
        return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(short, long_, strict=True))
    return False


def owner_matches(gold: str | None, pred: str | None) -> bool:
    """True when both name nobody, or every named person on each side matches one on the other."""
    if not gold or not gold.strip():
        return not pred or not pred.strip()
    if not pred or not pred.strip():
        return False
    g, p = _names(gold), _names(pred)
    if not g or not p:
        return False
    return all(any(_same_person(x, y) for y in p) for x in g) and all(
        any(_same_person(y, x) for x in g) for y in p
    )


def deadline_matches(gold: GoldItem, pred: PredictedItem) -> bool:
    """Resolved gold deadline: the same date. Unresolved: no date guessed, and the words found."""
    if gold.deadline is not None:
        return pred.deadline == gold.deadline
    if pred.deadline is not None or not pred.deadline_text:
        return False
    return fuzz.partial_ratio(
        utils.default_process(pred.deadline_text), utils.default_process(gold.deadline_text or "")
    ) >= FUZZY_THRESHOLD


def match_meetings(gold_ranges: list[tuple[int, int] | None], extraction: Extraction) -> list[int | None]:
    """For each gold meeting, the index of the predicted meeting that holds it (or None).

    A gold meeting's range is the extent of its items; the predicted meeting whose
    ``start:end`` covers most of it wins, and meetings without usable ranges pair by order.
    """
    predicted = extraction.meetings
    result: list[int | None] = []
    taken: set[int] = set()
    for gi, extent in enumerate(gold_ranges):
        best, best_shared = None, 0
        if extent is not None:
            for pi, m in enumerate(predicted):
                shared = min(extent[1], m.end) - max(extent[0], m.start)
                if pi not in taken and m.end > m.start and shared > best_shared:
                    best, best_shared = pi, shared
        if best is None and gi < len(predicted) and gi not in taken:
            best = gi
        if best is not None:
            taken.add(best)
        result.append(best)
    return result
