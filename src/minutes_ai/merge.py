"""Join per-chunk results: one item per decision or action, with every evidence span kept.

The same decision can be extracted twice, from two chunks or from a summary that repeats
it. Two items are the same when

* their grounded evidence spans overlap and their wording is at least loosely similar, or
* their wording is nearly the same (``rapidfuzz`` token-set ratio >= :data:`SIMILAR`),

the numbers they mention do not differ, and, for actions, their owners and deadlines do
not contradict each other. A merged item keeps the wording of its earliest copy, all
evidence (deduplicated, sorted; only grounded copies' evidence when any copy is grounded),
the fullest owner and the stated deadline. Items come back ordered by first evidence.

Wording is compared pairwise in C (``rapidfuzz.process.extract``); call the merge per
meeting, where item counts stay in the hundreds.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz, process, utils

from . import _rx
from .schemas import ActionItem, AgendaItem, Decision, Evidence

Item = TypeVar("Item", Decision, ActionItem)

SIMILAR = 90.0  # wording this close means the same item
SIMILAR_IF_OVERLAPPING = 60.0  # enough when the evidence spans overlap too
_NAME_SPLIT = _rx.compile(r"[\s,.;/&]+")
_NUMBER = _rx.compile(r"\d+")


def _grounded_spans(item: Decision | ActionItem) -> list[tuple[int, int]]:
    # Offsets of ungrounded evidence are the model's guesses; do not trust them.
    return [(e.start, e.end) for e in item.evidence if e.end > e.start] if item.grounded else []


def _name_tokens(name: str) -> list[str]:
    return [t for t in _NAME_SPLIT.split(name.casefold()) if t]


def owners_compatible(a: str | None, b: str | None) -> bool:
    """True when two owner strings may name the same person(s).

    Unknown owners match anyone; otherwise one name's words must all appear in the other
    ("Henry" ~ "Henry Asher"), or one is the other's initials ("HA" ~ "Henry Asher").
    """
    if not a or not b:
        return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return True
    if set(ta) <= set(tb) or set(tb) <= set(ta):
        return True
    for short, full in ((ta, tb), (tb, ta)):
        if (
            len(short) == 1
            and len(short[0]) == len(full) > 1
            and short[0] == "".join(t[0] for t in full)
        ):
            return True
    return False


# What must not contradict between two copies of one item: (owner, deadline, numbers).
Profile = tuple[str | None, _dt.date | None, frozenset[str]]


def _profile(item: Decision | ActionItem, text: str) -> Profile:
    numbers = frozenset(_NUMBER.findall(text))
    if isinstance(item, ActionItem):
        return (item.owner, item.deadline, numbers)
    return (None, None, numbers)


def _compatible(a: Profile, b: Profile) -> bool:
    (owner_a, due_a, num_a), (owner_b, due_b, num_b) = a, b
    # "Budget 2024" and "Budget 2025" score high on wording but are different items.
    if not (num_a <= num_b or num_b <= num_a):
        return False
    if due_a and due_b and due_a != due_b:
        return False
    return owners_compatible(owner_a, owner_b)


def _first_start(item: Decision | ActionItem) -> int:
    return min((e.start for e in item.evidence), default=0)


def _overlapping_pairs(items: Sequence[Decision | ActionItem]) -> set[tuple[int, int]]:
    """Pairs (i < j) of items whose grounded evidence spans overlap (sweep over sorted spans)."""
    spans = sorted((s, e, i) for i, item in enumerate(items) for s, e in _grounded_spans(item))
    pairs: set[tuple[int, int]] = set()
    active: list[tuple[int, int]] = []
    for s, e, i in spans:
        active = [(end, j) for end, j in active if end > s]
        pairs.update((min(i, j), max(i, j)) for _, j in active if j != i)
        active.append((e, i))
    return pairs


def _groups(items: Sequence[Item], wording: Callable[[Item], str]) -> list[list[int]]:
    """Indices of items that describe the same thing, grouped."""
    texts = [utils.default_process(wording(item)) for item in items]
    scored: dict[tuple[int, int], float] = {}
    for i in range(len(items) - 1):
        if texts[i]:
            # process.extract runs the pairwise comparisons in C; only near matches come back.
            for _, score, offset in process.extract(
                texts[i],
                texts[i + 1 :],
                scorer=fuzz.token_set_ratio,
                score_cutoff=SIMILAR,
                limit=None,
            ):
                scored[(i, i + 1 + offset)] = score
    for i, j in _overlapping_pairs(items):
        if (i, j) not in scored and texts[i] and texts[j]:
            score = fuzz.token_set_ratio(texts[i], texts[j], score_cutoff=SIMILAR_IF_OVERLAPPING)
            if score:
                scored[(i, j)] = score

    group_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    profiles: dict[int, set[Profile]] = {
        i: {_profile(item, texts[i])} for i, item in enumerate(items)
    }
    # Closest pairs first, so a copy joins the group it resembles most.
    for (i, j), _ in sorted(scored.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = group_of[i], group_of[j]
        if a == b:
            continue
        # Every copy in one group must agree with every copy in the other, so a vague
        # item cannot chain two contradicting ones ("Anna" ~ None ~ "Bo") into one.
        if all(_compatible(p, q) for p in profiles[a] for q in profiles[b]):
            for x in members[b]:
                group_of[x] = a
            members[a].extend(members.pop(b))
            profiles[a] |= profiles.pop(b)
    return [sorted(g) for g in members.values()]


def _merged_evidence(members: list[Item]) -> tuple[list[Evidence], bool]:
    grounded = [m for m in members if m.grounded]
    # Grounded copies win: ungrounded evidence would only add unverified offsets.
    keep = grounded or members
    unique = {(e.start, e.end, e.quote): e for m in keep for e in m.evidence}
    return sorted(unique.values(), key=lambda e: (e.start, e.end)), bool(grounded)


def _ordered(members: list[Item]) -> list[Item]:
    return sorted(members, key=_first_start)


def merge_decisions(decisions: Sequence[Decision]) -> list[Decision]:
    """Merge duplicate decisions; keep all their evidence; order by first evidence."""
    merged: list[Decision] = []
    for group in _groups(decisions, lambda d: d.text):
        members = _ordered([decisions[i] for i in group])
        evidence, grounded = _merged_evidence(members)
        agenda = next((m.agenda_item for m in members if m.agenda_item is not None), None)
        merged.append(
            members[0].model_copy(
                update={"evidence": evidence, "grounded": grounded, "agenda_item": agenda}
            )
        )
    return sorted(merged, key=_first_start)


def merge_actions(actions: Sequence[ActionItem]) -> list[ActionItem]:
    """Merge duplicate action items; prefer a named owner and a stated deadline."""
    merged: list[ActionItem] = []
    for group in _groups(actions, lambda a: a.task):
        members = _ordered([actions[i] for i in group])
        evidence, grounded = _merged_evidence(members)
        owners = [m.owner for m in members if m.owner]
        # The fullest spelling of the owner ("Henry Asher" over "Henry").
        owner = max(owners, key=len) if owners else None
        dated = next((m for m in members if m.deadline is not None), None)
        worded = next((m for m in members if m.deadline_text), None)
        agenda = next((m.agenda_item for m in members if m.agenda_item is not None), None)
        merged.append(
            members[0].model_copy(
                update={
                    "evidence": evidence,
                    "grounded": grounded,
                    "owner": owner,
                    "deadline": dated.deadline if dated else None,
                    "deadline_text": (dated and dated.deadline_text)
                    or (worded.deadline_text if worded else None),
                    "agenda_item": agenda,
                }
            )
        )
    return sorted(merged, key=_first_start)


def merge_items(decisions: Sequence[Decision]) -> list[Decision]:
    """Alias of :func:`merge_decisions`."""
    return merge_decisions(decisions)


def assign_agenda(items: Sequence[Item], agenda: Sequence[AgendaItem]) -> list[Item]:
    """Set each grounded item's ``agenda_item`` to the point containing its first evidence.

    The innermost point whose ``[start, end)`` holds the first evidence start wins; when no
    point holds it the field becomes None. Ungrounded items keep their value.
    """
    out: list[Item] = []
    for item in items:
        if not item.grounded or not item.evidence:
            out.append(item)
            continue
        pos = _first_start(item)
        best: int | None = None
        for i, point in enumerate(agenda):
            if point.start <= pos < point.end and (
                best is None or point.end - point.start < agenda[best].end - agenda[best].start
            ):
                best = i
        out.append(item.model_copy(update={"agenda_item": best}))
    return out


__all__ = [
    "SIMILAR",
    "SIMILAR_IF_OVERLAPPING",
    "assign_agenda",
    "merge_actions",
    "merge_decisions",
    "merge_items",
    "owners_compatible",
]
