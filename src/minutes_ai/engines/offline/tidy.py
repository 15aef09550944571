"""Fold the same task found twice (in the running text and again in an action list or table)."""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from ... import _rx
from ...schemas import ActionItem, Decision, Evidence


def dedupe_actions(actions: list[ActionItem]) -> list[ActionItem]:
    """Merge actions of the same named owner whose tasks say the same thing.

    The copy that came later in the notes (usually the list or table that sums the meeting up)
    keeps its wording; the evidence of both is kept, earliest first.
    """
    kept: list[ActionItem] = []
    spans: list[dict[tuple[int, int], Evidence]] = []  # evidence gathered per kept item
    stems: dict[str, frozenset[str]] = {}  # per task, for this meeting's comparisons
    points: dict[str, bool] = {}  # per quote: it points at the action list
    for action in actions:
        # Only recent items are compared: a meeting's duplicates stand within a few dozen
        # items, and comparing everything with everything made long transcripts quadratic.
        start = max(0, len(kept) - _WINDOW)
        index = next((i for i in range(start, len(kept)) if _same(kept[i], action, stems, points)), None)
        if index is None:
            kept.append(action)
            spans.append({(e.start, e.end): e for e in action.evidence})
            continue
        twin = kept[index]
        spans[index].update({(e.start, e.end): e for e in action.evidence})
        kept[index] = action.model_copy(update={
            "evidence": twin.evidence[:1],  # the first span decides nearness; all are set below
            # Date and words stay a pair: the later copy's when it states one, else the earlier's.
            "deadline": action.deadline if action.deadline_text else twin.deadline,
            "deadline_text": action.deadline_text or twin.deadline_text,
        })
    merged = [_with_evidence(k, sorted(found.values(), key=_start))
              for k, found in zip(kept, spans, strict=True)]
    return sorted(merged, key=lambda a: a.evidence[0].start)


def _start(evidence: Evidence) -> int:
    return evidence.start


def _with_evidence(action: ActionItem, evidence: list[Evidence]) -> ActionItem:
    """``action`` with ``evidence``; the item itself when that is the evidence it has (no copy)."""
    current = action.evidence
    if len(current) == len(evidence) and all(a is b for a, b in zip(current, evidence, strict=True)):
        return action
    return action.model_copy(update={"evidence": evidence})


def dedupe_decisions(decisions: list[Decision]) -> list[Decision]:
    """Merge a decision written twice (in the running text and in a table of decisions)."""
    kept: list[Decision] = []
    folded: dict[str, str] = {}  # each text case-folded once, not once per comparison
    for decision in decisions:
        # Nearly the same words, not merely shared ones: "Årsmötet avslog motionen" is not
        # "Motionen om kompostering bifölls av årsmötet".
        words = _folded(decision.text, folded)
        # A few words ("Bifall.", "Approved.") say the same of different matters: only overlap joins them.
        # ("Patientnämnden tackar för informationen." under § 33 and again under § 36: the protocol's
        # formula for noting a report, said once per matter)
        wordy = len(words.split()) >= _FEW_WORDS and _NOTING_FORMULA.search(words) is None
        twin = next((k for k in kept[-_WINDOW:] if _overlaps(k, decision) or wordy and _same_words(
            _folded(k.text, folded), words)), None)
        if twin is None:
            kept.append(decision)
            continue
        evidence = sorted({(e.start, e.end): e for e in (*twin.evidence, *decision.evidence)}.values(),
                          key=lambda e: e.start)
        kept[kept.index(twin)] = twin.model_copy(update={"evidence": evidence})
    return sorted(kept, key=lambda d: d.evidence[0].start)


_NOTING_FORMULA = _rx.compile(
    r"\btack(?:ar|ade) för (?:informationen|redovisningen|rapporten|föredragningen|presentationen)\b|"
    r"\b(?:noterar|noterade) (?:informationen|redovisningen|rapporten)\b|\binformationen (?:noteras|antecknas)\b|"
    r"\btill handlingarna\b|\bnoted the (?:report|update|information)\b|\b(?:report|update) (?:was )?(?:noted|received)\b")
_SAME_DECISION = 88.0
_FEW_WORDS = 4


def _folded(text: str, memo: dict[str, str]) -> str:
    found = memo.get(text)
    if found is None:
        found = memo[text] = text.casefold()
    return found


def _same_words(a: str, b: str) -> bool:
    """Nearly the same text, and no content word of the shorter missing from the longer
    ("Protokollet läggs till handlingarna" is not "Rapporten läggs till handlingarna")."""
    if fuzz.token_sort_ratio(a, b) < _SAME_DECISION:
        return False
    short, long_ = sorted((a, b), key=len)
    return {w[:4] for w in _CONTENT_WORD.findall(short)} <= {w[:4] for w in _CONTENT_WORD.findall(long_)}


def _overlaps(a: Decision, b: Decision) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.evidence for y in b.evidence)


def _same(a: ActionItem, b: ActionItem, stems: dict[str, frozenset[str]], points: dict[str, bool]) -> bool:
    if a.owner is None or b.owner is None:
        return False
    quote = a.evidence[0].quote
    pointing = points.get(quote)
    if pointing is None:
        pointing = points[quote] = _POINTS_TO_LIST.search(quote) is not None
    if pointing and _share_owner(a.owner, b.owner):
        # "Britt och Leo tar fram ett utbildningsschema, se åtgärdslistan": the writer points at
        # the list, where the task stands again (perhaps under one of its owners)
        return True
    if a.owner != b.owner and _owner_key(a.owner) != _owner_key(b.owner):
        return False
    # Two dates usually mean two tasks; the same words restated in a table with its own due
    # column ("attend the briefing on 8 October" / "Attend briefing | OP | Next FGB") are one.
    other_date = bool(a.deadline and b.deadline and a.deadline != b.deadline)
    near = abs(a.evidence[0].start - b.evidence[0].start) < 400
    if near and not other_date and ((_pronoun_task(a.task) and _points_back(a)) or (_pronoun_task(b.task) and _points_back(b))):
        return True  # "Yuki, can you send it to legal?" / "Sure, I'll send it today ..."
    stems_a, stems_b = _stems(a.task, stems), _stems(b.task, stems)
    if not stems_a or not stems_b:
        return False
    shared = len(stems_a & stems_b)
    if other_date:
        return shared >= 3 and shared / min(len(stems_a), len(stems_b)) >= 0.75
    # Most content words in common ("Ta fram en testplan för integrationen" ~ "Testplan
    # integration lagersystem"); one shared verb ("send") is not enough.
    if shared < min(2, len(stems_a), len(stems_b)):
        return False
    ratio = shared / min(len(stems_a), len(stems_b))
    if ratio >= 0.5:
        return True
    # Fewer words in common when one copy is a list's short line ("Obtain a quote for the standpipe
    # and report back" ~ "Standpipe quote for lower allotment site"): two shared words that are
    # not the verbs opening either task
    verbs = {w[:4] for t in (a.task, b.task) for w in _CONTENT_WORD.findall(t.casefold())[:1]}
    return ratio >= 0.4 and len((stems_a & stems_b) - verbs) >= 2


_POINTS_TO_LIST = _rx.compile(
    r"\b(?:se|see)\s+(?:(?:the|also|även)\s+)?(?:åtgärdslistan|åtgärdslista|åtgärder|att göra|action\s+(?:list|log|items?|points?)|"
    r"actions?(?:\s+below)?|nedan|below)\b", re.I)


def _share_owner(a: str, b: str) -> bool:
    return bool({_owner_key(o) for o in a.split(", ")} & {_owner_key(o) for o in b.split(", ")})


_PRONOUNS = frozenset({"it", "that", "this", "det", "den", "detta"})
_AFTER_OBJECT = frozenset({
    "to", "for", "on", "by", "with", "today", "tomorrow", "tonight", "before", "after", "first", "up", "out",
    "over", "back", "till", "för", "på", "med", "i", "idag", "imorgon", "innan", "före", "efter", "sen", "senare",
    "direkt", "nu", "upp", "ut", "över", "vidare", "tillbaka", "instead", "again", "anyway", "later", "next", "now",
    "open", "as", "when", "if", "so", "then", "istället", "igen", "ändå", "då", "så", "om", "när",
})


@functools.lru_cache(maxsize=1024)
def _owner_key(owner: str) -> str:
    """'The Clerk' and 'Clerk', 'the Treasurer' and 'Treasurer': one owner."""
    return _ARTICLE.sub("", owner).casefold()


_ARTICLE = _rx.compile(r"^(?:the|our)\s+", re.I)
_PERSON_WORDS = _rx.compile(r"\b(?:jag|i|we|vi|hon|han|she|he)\b", re.I)


def _points_back(action: ActionItem) -> bool:
    """The task's 'it' can mean an earlier item only when its sentence opens with its taker
    ('Sure, I'll send it'); 'Önskemål om elbil – Linda tar med det' means its own first words."""
    quote = action.evidence[0].quote if action.evidence else ""
    names = [w for w in (action.owner or "").replace(",", " ").split() if len(w) > 1]
    starts = [m.start() for m in _PERSON_WORDS.finditer(quote)]
    starts += [i for i in (quote.find(n) for n in names) if i >= 0]
    return bool(starts) and len(quote[: min(starts)].split()) <= 2


_WINDOW = 64
# Words of four letters or more that say for whom or by when, not what ("alla", "innan", "before")
_FUNCTION_WORDS = frozenset(
    "alla allt samtliga innan inför senast efter före before after every each".split())
_CONTENT_WORD = _rx.compile(r"[^\W\d_]{4,}|#\d+")  # (an issue or PR number names the task too)


def _stems(task: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """Four-letter stems of the content words (four letters or more), kept in ``memo``."""
    found = memo.get(task)
    if found is None:
        found = memo[task] = frozenset(w[:4] for w in _CONTENT_WORD.findall(task.casefold()) if w not in _FUNCTION_WORDS)
    return found


def _pronoun_task(task: str) -> bool:
    """'Send it to legal', 'Pull that': a short task whose object is only a pronoun."""
    words = task.casefold().strip(" .!?").split()
    if len(words) > 5:
        return False
    # the pronoun as the object ("send it to legal", "fixa det i morgon"), not a determiner
    # before its noun ("Göra den pedagogiska kartläggningen", "send that report")
    return any(w in _PRONOUNS and (i + 1 == len(words) or words[i + 1] in _AFTER_OBJECT)
               for i, w in enumerate(words))
