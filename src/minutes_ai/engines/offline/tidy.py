"""Fold the same task found twice (in the running text and again in an action list or table)."""

from __future__ import annotations

from rapidfuzz import fuzz

from ...schemas import ActionItem

# Owner and wording alike enough to be one task written twice.
_SAME_TASK = 55.0


def dedupe_actions(actions: list[ActionItem]) -> list[ActionItem]:
    """Merge actions of the same named owner whose tasks say the same thing.

    The copy that came later in the notes (usually the list or table that sums the meeting up)
    keeps its wording; the evidence of both is kept, earliest first.
    """
    kept: list[ActionItem] = []
    for action in actions:
        twin = next((k for k in kept if _same(k, action)), None)
        if twin is None:
            kept.append(action)
            continue
        index = kept.index(twin)
        evidence = sorted({(e.start, e.end): e for e in (*twin.evidence, *action.evidence)}.values(),
                          key=lambda e: e.start)
        kept[index] = action.model_copy(update={
            "evidence": evidence,
            "deadline": action.deadline or twin.deadline,
            "deadline_text": action.deadline_text or twin.deadline_text,
        })
    return sorted(kept, key=lambda a: a.evidence[0].start)


def _same(a: ActionItem, b: ActionItem) -> bool:
    if a.owner is None or a.owner != b.owner:
        return False
    if a.deadline and b.deadline and a.deadline != b.deadline:
        return False
    return fuzz.token_set_ratio(a.task.casefold(), b.task.casefold()) >= _SAME_TASK
