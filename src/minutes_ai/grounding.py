"""Find each extracted item's evidence in the source text.

A model's quote is rarely byte-for-byte what the notes say: it drops ``**bold**`` markup,
joins lines, straightens quotes or changes case. :func:`locate` tries, in order:

1. exact ``str.find`` (inside the preferred window, then anywhere);
2. the same search on a normalised view of both texts (NFKC, casefold, whitespace runs
   collapsed, markdown emphasis, heading/bullet markers and quote marks ignored), mapped
   back to raw offsets;
3. fuzzy alignment with ``rapidfuzz.fuzz.partial_ratio_alignment``, widened to whole words.

Whatever step succeeds, the returned :class:`~minutes_ai.schemas.Evidence` is cut from the
source, so ``text[e.start:e.end] == e.quote`` always holds.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from . import _rx
from .schemas import ActionItem, Decision, Evidence

# Characters that carry no wording: emphasis, code ticks and quote marks vanish; free-standing
# heading hashes, bullets and dashes count as whitespace.
_IGNORED = r"""\*+|_{2,}|`+|["'‘’‚‛“”„‟«»‹›]"""
_MARKER = r"""(?<!\S)(?:\#{1,6}|[-•–—+>])(?=\s|\Z)"""
_SPLIT = _rx.compile(_IGNORED + r"|(?P<ws>(?:\s|" + _MARKER + r")+)")
_ELLIPSIS = _rx.compile(r"\s*(?:\.\.\.+|…|\[\.\.\.\]|\[…\])\s*")

# Below this many normalised characters a fuzzy match is too likely to be accidental.
MIN_FUZZY_CHARS = 12


@dataclass(frozen=True)
class _Normalised:
    """A normalised view of a text and, per normalised char, the raw span it came from."""

    text: str
    raw_start: array
    raw_end: array


def _normalise_run(run: str) -> str:
    return unicodedata.normalize("NFKC", run).casefold()


def _append_run(run: str, offset: int, out: list[str], starts: array, ends: array) -> None:
    norm = _normalise_run(run)
    if len(norm) == len(run) and unicodedata.is_normalized("NFKC", run):
        # Common case: one normalised char per raw char.
        out.append(norm)
        starts.extend(range(offset, offset + len(run)))
        ends.extend(range(offset + 1, offset + len(run) + 1))
        return
    # Rare case (ligatures, decomposed letters, ß): normalise per base char + combining marks.
    i = 0
    while i < len(run):
        j = i + 1
        while j < len(run) and unicodedata.combining(run[j]):
            j += 1
        piece = _normalise_run(run[i:j])
        out.append(piece)
        starts.extend([offset + i] * len(piece))
        ends.extend([offset + j] * len(piece))
        i = j


def _build(text: str) -> _Normalised:
    out: list[str] = []
    starts: array = array("q")
    ends: array = array("q")
    pos = 0
    for match in _SPLIT.finditer(text):
        if match.start() > pos:
            _append_run(text[pos : match.start()], pos, out, starts, ends)
        if match.group("ws") is not None and starts and not out[-1].endswith(" "):
            # A whitespace run becomes one space mapped to the whole run.
            out.append(" ")
            starts.append(match.start())
            ends.append(match.end())
        pos = match.end()
    if pos < len(text):
        _append_run(text[pos:], pos, out, starts, ends)
    joined = "".join(out)
    if joined.endswith(" "):
        joined = joined[:-1]
        starts.pop()
        ends.pop()
    return _Normalised(joined, starts, ends)


@lru_cache(maxsize=8)
def _index(text: str) -> _Normalised:
    # Cached: an engine grounds many quotes against the same document.
    return _build(text)


def normalise(text: str) -> str:
    """The normalised form :func:`locate` compares (casefolded, markup and quotes dropped)."""
    return _build(text).text


def _evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, quote=text[start:end])


def _find_near(haystack: str, needle: str, start: int, end: int) -> int:
    """Index of ``needle`` in ``haystack``: inside [start, end) first, else the nearest one."""
    hit = haystack.find(needle, start, end)
    if hit >= 0:
        return hit
    # The first match starting in the window but running past it, or after it.
    after = haystack.find(needle, start)
    before = haystack.rfind(needle, 0, min(len(haystack), start + len(needle) - 1))
    if after < 0:
        return before
    if before < 0:
        return after
    return before if start - before <= max(0, after - end) else after


def _to_raw(index: _Normalised, nstart: int, nend: int) -> tuple[int, int]:
    return index.raw_start[nstart], index.raw_end[nend - 1]


def _align(needle: str, norm: str, lo: int, hi: int, threshold: float) -> tuple[int, int] | None:
    lo, hi = max(0, lo), min(len(norm), hi)
    if hi - lo < len(needle):
        lo = max(0, hi - len(needle))
    # src_* index s1 (the quote), dest_* index s2 (the searched text).
    res = fuzz.partial_ratio_alignment(needle, norm[lo:hi], score_cutoff=threshold)
    if res is None or res.score < threshold:
        return None
    return lo + res.dest_start, lo + res.dest_end


def _fuzzy(
    index: _Normalised, needle: str, nstart: int, nend: int, threshold: float
) -> tuple[int, int] | None:
    norm = index.text
    pad = len(needle)
    # Search the window (plus a quote's length either side) first, then the whole text.
    best = _align(needle, norm, nstart - pad, nend + pad, threshold)
    if best is None and (nstart - pad > 0 or nend + pad < len(norm)):
        best = _align(needle, norm, 0, len(norm), threshold)
    if best is None:
        return None
    return _fit_to_words(norm, needle, *best)


def _fit_to_words(norm: str, needle: str, s: int, e: int) -> tuple[int, int]:
    """Move the aligned span's edges to the word boundaries that best match the quote."""
    # partial_ratio aligns a window as long as the quote, so its edges can be a few chars off.
    slack = max(8, len(needle) // 5)
    lo, hi = max(0, s - slack), min(len(norm), e + slack)
    starts = [
        i
        for i in range(lo, min(hi, s + slack) + 1)
        if i < len(norm) and norm[i] != " " and (i == 0 or norm[i - 1] == " ")
    ]
    ends = [
        j
        for j in range(max(lo, e - slack), hi + 1)
        if j > 0 and norm[j - 1] != " " and (j == len(norm) or norm[j] == " ")
    ]
    best: tuple[float, int, int] | None = None
    for i in starts:
        for j in ends:
            if j <= i:
                continue
            score = fuzz.ratio(needle, norm[i:j])
            if best is None or score > best[0]:
                best = (score, i, j)
    if best is None:
        return s, e
    return best[1], best[2]


def locate(
    quote: str,
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    threshold: float = 90.0,
) -> Evidence | None:
    """Find ``quote`` in ``text`` and return the raw span as Evidence, or None.

    ``[start, end)`` is the preferred window (e.g. the chunk the quote came from); a match
    inside it wins, otherwise the nearest match anywhere. ``threshold`` is the minimum
    ``partial_ratio`` (0-100) for the fuzzy step, which needs at least
    :data:`MIN_FUZZY_CHARS` normalised characters.
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    stripped = quote.strip()
    needle = normalise(stripped)
    if not needle:
        return None  # nothing but whitespace or markup: not evidence of anything
    hit = _find_near(text, stripped, start, end)
    if hit >= 0:
        return _evidence(text, hit, hit + len(stripped))

    index = _index(text)
    nstart = bisect_left(index.raw_start, start)
    nend = bisect_left(index.raw_start, end)
    nhit = _find_near(index.text, needle, nstart, nend)
    if nhit >= 0:
        return _evidence(text, *_to_raw(index, nhit, nhit + len(needle)))

    if len(needle) < MIN_FUZZY_CHARS or not index.text:
        return None
    span = _fuzzy(index, needle, nstart, nend, threshold)
    if span is None or span[1] <= span[0]:
        return None
    return _evidence(text, *_to_raw(index, *span))


def locate_all(
    quote: str, text: str, *, start: int = 0, end: int | None = None, threshold: float = 90.0
) -> list[Evidence]:
    """Evidence for ``quote``; a quote elided with '...' is located part by part.

    Returns an empty list when the quote (or any elided part) cannot be found.
    """
    found = locate(quote, text, start=start, end=end, threshold=threshold)
    if found is not None:
        return [found]
    parts = [p for p in _ELLIPSIS.split(quote) if p.strip()]
    if len(parts) < 2:
        return []
    spans = [locate(p, text, start=start, end=end, threshold=threshold) for p in parts]
    if any(s is None for s in spans):
        return []
    return sorted(
        {(e.start, e.end): e for e in spans if e is not None}.values(),
        key=lambda e: (e.start, e.end),
    )


def _still_valid(evidence: Evidence, text: str) -> bool:
    return (
        evidence.end <= len(text)
        and text[evidence.start : evidence.end] == evidence.quote
        and bool(evidence.quote.strip())
    )


Item = TypeVar("Item", Decision, ActionItem)


def ground(
    items: Iterable[Item],
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    threshold: float = 90.0,
) -> list[Item]:
    """Re-anchor every item's evidence in ``text`` and set ``grounded``.

    Evidence whose offsets already cut out its quote is kept as is; other quotes are
    located with :func:`locate_all`. An item is grounded when every quote was found.
    When none was found the model's evidence is kept unchanged and ``grounded`` is False,
    so the item can be shown for confirmation.
    """
    out: list[Item] = []
    for item in items:
        found: list[Evidence] = []
        missing = 0
        for ev in item.evidence:
            if _still_valid(ev, text):
                found.append(ev)
                continue
            located = locate_all(ev.quote, text, start=start, end=end, threshold=threshold)
            found.extend(located)
            missing += not located
        if not found:
            out.append(item.model_copy(update={"grounded": False}))
            continue
        unique = sorted(
            {(e.start, e.end): e for e in found}.values(), key=lambda e: (e.start, e.end)
        )
        out.append(item.model_copy(update={"evidence": unique, "grounded": missing == 0}))
    return out


__all__ = ["MIN_FUZZY_CHARS", "ground", "locate", "locate_all", "normalise"]
