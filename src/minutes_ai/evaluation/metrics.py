"""Score one document's extraction against its gold, and turn counts into metrics.

Precision, recall and F1 per item kind; owner and deadline accuracy on matched actions;
grounding rate over all predicted items; meeting-date accuracy; calls and tokens. Totals
are computed from summed counts (micro-averaging), never by averaging document scores.
"""

from __future__ import annotations

from ..schemas import Extraction
from .gold import GoldDocument, GoldItem, ItemKind
from .matching import (
    PredictedItem,
    deadline_matches,
    match_items,
    match_meetings,
    owner_matches,
    predicted_items,
)
from .results import Counts, DocumentResult, GoldRecord, Outcome, PredictedRecord


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    # Nothing predicted and nothing to find is perfect; otherwise an empty side scores 0.
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def compute_metrics(c: Counts) -> dict[str, float | None]:
    """Metrics from counts; accuracies are None when there is nothing to measure them on."""
    dp, dr, df = _prf(c.decision_tp, c.decision_fp, c.decision_fn)
    ap, ar, af = _prf(c.action_tp, c.action_fp, c.action_fn)
    return {
        "decision_precision": dp,
        "decision_recall": dr,
        "decision_f1": df,
        "action_precision": ap,
        "action_recall": ar,
        "action_f1": af,
        "owner_accuracy": _ratio(c.owner_correct, c.owner_total),
        "deadline_accuracy": _ratio(c.deadline_correct, c.deadline_total),
        "grounding_rate": _ratio(c.grounded_items, c.predicted_items),
        "meeting_date_accuracy": _ratio(c.meeting_date_correct, c.meeting_date_total),
        "calls": float(c.calls),
        "cached_calls": float(c.cached_calls),
        "prompt_tokens": float(c.prompt_tokens),
        "completion_tokens": float(c.completion_tokens),
    }


def _gold_record(item: GoldItem) -> GoldRecord:
    return GoldRecord(
        key=item.key, meeting=item.meeting, start=item.start, end=item.end, quote=item.quote,
        text=item.text, owner=item.owner,
        deadline=item.deadline.isoformat() if item.deadline else None, deadline_text=item.deadline_text,
    )


def _pred_record(item: PredictedItem) -> PredictedRecord:
    return PredictedRecord(
        meeting=item.meeting, text=item.text, evidence=list(item.spans), quotes=list(item.quotes),
        grounded=item.grounded, owner=item.owner,
        deadline=item.deadline.isoformat() if item.deadline else None, deadline_text=item.deadline_text,
    )


def _score_kind(
    kind: ItemKind, gold: GoldDocument, extraction: Extraction, meeting_map: list[int | None], counts: Counts
) -> list[Outcome]:
    text = gold.document.text
    gold_items = gold.items(kind)
    pred_items = predicted_items(extraction, text, kind)
    pairs = match_items(gold_items, pred_items, text)
    outcomes: list[Outcome] = []
    matched_pred = {p.pred for p in pairs}
    by_gold = {p.gold: p for p in pairs}
    for gi, g in enumerate(gold_items):
        pair = by_gold.get(gi)
        if pair is None:
            outcomes.append(Outcome(kind=kind, status="missed", gold=_gold_record(g)))
            continue
        p = pred_items[pair.pred]
        outcome = Outcome(
            kind=kind, status="matched", gold=_gold_record(g), predicted=_pred_record(p),
            matched_by=pair.by, score=pair.score, same_meeting=meeting_map[g.meeting] == p.meeting,
        )
        if kind == "action":
            outcome.owner_ok = owner_matches(g.owner, p.owner)
            counts.owner_total += 1
            counts.owner_correct += outcome.owner_ok
            if g.deadline is not None or g.deadline_text:
                outcome.deadline_ok = deadline_matches(g, p)
                counts.deadline_total += 1
                counts.deadline_correct += outcome.deadline_ok
        outcomes.append(outcome)
    for pi, p in enumerate(pred_items):
        if pi not in matched_pred:
            outcomes.append(Outcome(kind=kind, status="spurious", predicted=_pred_record(p)))
    tp, fn, fp = len(pairs), len(gold_items) - len(pairs), len(pred_items) - len(pairs)
    if kind == "decision":
        counts.decision_tp, counts.decision_fn, counts.decision_fp = tp, fn, fp
    else:
        counts.action_tp, counts.action_fn, counts.action_fp = tp, fn, fp
    counts.predicted_items += len(pred_items)
    counts.grounded_items += sum(p.grounded for p in pred_items)
    return outcomes


def _gold_extents(gold: GoldDocument) -> list[tuple[int, int] | None]:
    extents: list[tuple[int, int] | None] = []
    for m in gold.meetings:
        spans = [(i.start, i.end) for i in (*m.decisions, *m.action_items)]
        extents.append((min(s for s, _ in spans), max(e for _, e in spans)) if spans else None)
    return extents


def score_document(gold: GoldDocument, extraction: Extraction, *, error: str | None = None) -> DocumentResult:
    """Match ``extraction`` against ``gold`` and count; ``error`` records an engine failure."""
    counts = Counts(gold_meetings=len(gold.meetings), predicted_meetings=len(extraction.meetings))
    meeting_map = match_meetings(_gold_extents(gold), extraction)
    for gm, pm in zip(gold.meetings, meeting_map, strict=True):
        if gm.meeting_date is not None:
            counts.meeting_date_total += 1
            predicted_date = extraction.meetings[pm].meeting_date if pm is not None else None
            counts.meeting_date_correct += predicted_date == gm.meeting_date
    outcomes = _score_kind("decision", gold, extraction, meeting_map, counts)
    outcomes += _score_kind("action", gold, extraction, meeting_map, counts)
    if extraction.run is not None:
        usage = extraction.run.usage
        counts.calls, counts.cached_calls = usage.calls, usage.cached_calls
        counts.prompt_tokens, counts.completion_tokens = usage.prompt_tokens, usage.completion_tokens
    return DocumentResult(
        name=gold.name,
        source=gold.source,
        counts=counts,
        metrics=compute_metrics(counts),
        outcomes=outcomes,
        error=error,
    )
