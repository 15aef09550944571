"""Case-insensitive patterns that run fast: compiled for lower case, run on lower-cased text.

Python's ``re`` is several times slower with ``re.IGNORECASE``; the cue patterns are long
alternations run on every sentence, so they are compiled for lower case instead, and
:class:`LowerPattern` lower-cases the text before matching. Groups are sliced from the
original text, so what callers quote keeps its case.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

from ... import _rx
from ._dispatch import dispatched, long_alternation, parsed_branches, unanchored_part
from ._literals import (
    _MAX_STARTS,
    FACTS,
    required_literals,
    required_marks,
    start_literals,
    tree_facts,
)


@FACTS.remember
def lower_source(source: str) -> str:
    """Lower-case a pattern's literal letters, leaving escapes (``\\S``, ``\\W``) and group names alone."""
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        if source.startswith("(?P<", i):
            close = source.index(">", i)
            out.append(source[i : close + 1])
            i = close + 1
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


_last: list[str] = ["", ""]  # the last text lowered and its lower-case form: sentences are asked many times


def _lower(text: str) -> str:
    if text is not _last[0]:
        _last[0], _last[1] = text, text.lower()
    return _last[1]


class _Hit:
    """A match on the lower-cased text whose groups are read from the original text."""

    __slots__ = ("_match", "_text", "_same")

    def __init__(self, match: re.Match[str], text: str, same: bool) -> None:
        self._match, self._text, self._same = match, text, same

    def group(self, *names: Any) -> Any:
        if not self._same:
            return self._match.group(*names)
        if len(names) > 1:
            return tuple(self.group(n) for n in names)
        start, end = self._match.span(*names)
        return None if start < 0 else self._text[start:end]

    def start(self, name: Any = 0) -> int:
        return self._match.start(name)

    def end(self, name: Any = 0) -> int:
        return self._match.end(name)

    def span(self, name: Any = 0) -> tuple[int, int]:
        return self._match.span(name)


def literal_trie(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of ``words`` (plain literals), factored as a trie (see :func:`_trie`)."""
    return _trie(tuple(words))


@FACTS.remember
def _trie(words: tuple[str, ...]) -> str:
    """:func:`literal_trie`.

    ``re`` tries an alternation's branches one by one at every position; sharing prefixes
    makes a position that starts no word fail at the first character (about 4x faster for
    a hundred words). A word that has a shorter word as its prefix is covered by it.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a word ends here: its longer continuations add nothing to "contains"
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


_END = sys.maxsize  # an endpos past any text: the same as none


def _stepper(compiled: re.Pattern[str], starts: re.Pattern[str]) -> Any:
    """``compiled.search`` tried only where one of its start literals begins.

    ``search`` tries every position, and an alternation of many words starting with
    ``\\b`` cannot be skipped ahead in C; the start literals (a trie) can. ``match`` at a
    position is the very attempt ``search`` makes there: look-behinds and ``\\b`` see
    the characters before it, and ``^`` does not match there.
    """
    find, match = starts.search, compiled.match

    def search(low: str, pos: int = 0, endpos: int = _END) -> Any:
        while True:
            start = find(low, pos, endpos)
            if start is None:
                return None
            found = match(low, start.start(), endpos)
            if found is not None:
                return found
            pos = start.start() + 1

    return search


def _at_start_or_later(match: Any, rest: re.Pattern[str] | None) -> Any:
    """``search`` of an alternation some of whose branches start with ``^`` (see
    :func:`unanchored_part`; no groups, so the branches left in ``rest`` match the same):
    the whole pattern is tried at the start only, ``rest`` (stepped, when its start
    literals are known) after it, as ``^`` matches nowhere else."""
    facts = tree_facts(rest.pattern, rest.flags) if rest is not None else None
    starts = facts[3] if facts is not None else ()
    if rest is not None and not starts:
        starts = _alternation_starts(rest.pattern, rest.flags)
    later = (None if rest is None or facts is None
             else _stepper(rest, _start_finder(facts[4], starts, rest.flags)) if starts else rest.search)

    def search(low: str, pos: int = 0, endpos: int = _END) -> Any:
        if pos == 0:
            found = match(low, 0, endpos)
            if found is not None:
                return found  # the leftmost place there is
        # Past the start (or where no branch matched at it) only ``rest`` can match.
        return None if later is None else later(low, pos, endpos)

    return search


def _stepped_unless(source: str, flags: int) -> Any:
    """``search`` of a long alternation (see :func:`long_alternation`) whose branches all have
    start literals but a few, each of which holds a literal of its own: text without any of
    those literals is stepped through the other branches (the few cannot match anywhere in
    it, so the same branch wins at the same place), other text searched whole. None when
    the pattern is not of that form."""
    plan = _unless_plan(source, flags)
    if plan is None:
        return None
    rest, finder, whole_source, needles = plan
    stepped = _stepper(_rx.compile(rest, flags), _rx.compile(finder, flags))
    whole = _rx.compile(whole_source, flags).search
    present = _presence(needles)

    def search(low: str, pos: int = 0, endpos: int = _END) -> Any:
        return stepped(low, pos, endpos) if present(low) is None else whole(low, pos, endpos)

    return search


@FACTS.remember
def _unless_plan(source: str, flags: int) -> tuple[str, str, str, tuple[str, ...]] | None:
    """What :func:`_stepped_unless` builds its search from, as sources: (the branches with start
    literals, where those start, the whole pattern, the other branches' literals)."""
    parts = long_alternation(source, flags)
    if parts is None:
        return None
    prefix, branches, suffix = parts
    known: list[str] = []
    starts: set[str] = set()
    needles: set[str] = set()
    for branch in branches:
        first = start_literals(branch, flags)
        if first:
            known.append(branch)
            starts.update(first)
            continue
        required = required_literals(branch, flags)
        if not required:
            return None
        needles.update(required)
    if not needles or not known:
        return None
    rest = f"{prefix}(?:{'|'.join(known)}){suffix}"
    finder = _finder_source(tree_facts(rest, flags)[4], tuple(sorted(starts)))
    return dispatched(rest, flags) or rest, finder, dispatched(source, flags) or source, tuple(sorted(needles))


# A top-level alternation of at least this many branches is worth stepping through by its
# branches' openings, cut short (see :func:`_alternation_starts`).
_MIN_STEPPED_BRANCHES = 30


@FACTS.remember
def _alternation_starts(source: str, flags: int) -> tuple[str, ...]:
    """Where a match of a long alternation can start, when each branch's start literals are known
    but together they are too many to step through (:func:`start_literals` gives up past
    ``_MAX_STARTS``): the literals cut to a shorter prefix, as long as needed (a match that
    starts with a literal starts with each of its prefixes). () for anything else."""
    split = parsed_branches(source, flags)
    if split is None or len(split[0]) < _MIN_STEPPED_BRANCHES:
        return ()
    found: set[str] = set()
    for branch in split[0]:
        first = start_literals(branch, flags)
        if not first:
            return ()
        found.update(first)
    for length in (8, 6, 5, 4, 3):
        cut = {literal[:length] for literal in found}
        if len(cut) <= _MAX_STARTS:
            return tuple(sorted(cut))
    return ()


def _needled(method: Any, prefilter: Any) -> Any:
    """``method``'s match, kept only where ``prefilter`` finds a needle: what testing the
    needles first gives (both are asked of the same text), in the other order."""

    def search(low: str, pos: int = 0, endpos: int = _END) -> Any:
        found = method(low, pos, endpos)
        return None if found is None or prefilter(low) is None else found

    return search


def _start_finder(at_boundary: bool, starts: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """Where a match can start: one of ``starts`` (a trie), at a word boundary when every
    match opens with ``\b`` (``at_boundary``: most places inside a word are then skipped at once)."""
    return _rx.compile(_finder_source(at_boundary, starts), flags)


def _finder_source(at_boundary: bool, starts: tuple[str, ...]) -> str:
    trie = literal_trie(starts)
    return rf"\b(?:{trie})" if at_boundary else trie


# Up to this many needles, ``in`` tests (C's fast substring search each) beat one alternation.
_CHAIN_MAX = 12


def _presence(needles: tuple[str, ...]) -> Any:
    """A test of lower-cased text that returns None when it holds none of ``needles``."""
    if len(needles) > _CHAIN_MAX:
        return _rx.compile(literal_trie(needles)).search
    # One expression, so one Python frame for all the tests (the needles are string literals).
    tests = " or ".join(f"{needle!r} in low" for needle in needles)
    return eval(f"lambda low: ({tests}) or None", {})  # noqa: S307 - built from repr() of literals


def literal_gate(pattern: re.Pattern[str] | LowerPattern) -> Callable[[str], bool]:
    """A test of text that is false only where ``pattern`` cannot match: the text lacks every
    literal (or every mark, see :func:`required_marks`) that each match holds. Always True
    when the pattern requires none. Tested in C before the pattern runs, most text fails it."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else lower_source(pattern.pattern)
    flags = pattern.flags if isinstance(pattern, re.Pattern) else pattern._compiled.flags
    lowered = not isinstance(pattern, re.Pattern)
    needles = () if flags & re.IGNORECASE else required_literals(source, flags)
    if needles and not lowered:  # literals of a lower-cased pattern would need lower-cased text
        return _presence(needles)  # None (false) when none is there
    marks = required_marks(source, flags)
    if marks:
        return _presence(tuple(marks))
    return lambda text: True


def _runner(method: Any, prefilter: Any) -> Any:
    """``method`` (a compiled pattern's search or match) run on the lower-cased text, when
    ``prefilter`` (see :func:`_presence`; None for none) finds a needle there.

    A closure stored on the instance: one Python frame per call instead of two, as the cue
    patterns are asked hundreds of thousands of times.
    """
    last = _last

    # Keyword defaults, not *args: no tuple is built per call.
    def run(text: str, pos: int = 0, endpos: int = _END) -> Any:
        # Sentences are asked about many times in a row: lower-case each once.
        if text is last[0]:
            low = last[1]
        else:
            low = text.lower()
            last[0], last[1] = text, low
        if prefilter is not None and prefilter(low) is None:
            return None
        found = method(low, pos, endpos)
        if found is None:
            return None
        # Text already in lower case: the match's own groups are the original's words.
        if low == text:
            return found
        return _Hit(found, text, len(low) == len(text))

    return run


def _first_char_runner(method: Any, prefilter: Any, firsts: frozenset[str]) -> Any:
    """:func:`_runner` of a pattern's ``match`` whose every match starts with one of the
    characters ``firsts`` (the first characters of its start literals): text with another
    character at the position is ruled out without the regex (most text, for most cues)."""
    last = _last

    def run(text: str, pos: int = 0, endpos: int = _END) -> Any:
        if text is last[0]:
            low = last[1]
        else:
            low = text.lower()
            last[0], last[1] = text, low
        # (``match`` reads a negative position as 0; past the end it finds no literal.)
        if (low[pos : pos + 1] if pos > 0 else low[:1]) not in firsts:
            return None
        if prefilter is not None and prefilter(low) is None:
            return None
        found = method(low, pos, endpos)
        if found is None:
            return None
        if low == text:
            return found
        return _Hit(found, text, len(low) == len(text))

    return run


class LowerPattern:
    """``search``/``match``/``finditer`` like a compiled pattern, case-insensitively and fast."""

    __slots__ = ("pattern", "_compiled", "search", "match", "_step", "_needles")

    def __init__(self, compiled: re.Pattern[str], needles: tuple[str, ...] = ()) -> None:
        self.pattern = compiled.pattern
        lowered = _rx.compile(lower_source(compiled.pattern), compiled.flags & ~re.IGNORECASE)
        # A long alternation is tried by first character (the same matches, fewer attempts).
        fast = dispatched(lowered.pattern, lowered.flags)
        self._compiled = _rx.compile(fast, lowered.flags) if fast else lowered
        # Every match contains one of ``needles``; text without any of them cannot match.
        given = _presence(tuple(needles)) if needles else None
        # Without needles given, search (which would try every position) gets the literals
        # the pattern itself requires; match fails fast at its one position anyway.
        # (A search anchored at the start fails at once: a prefilter would only cost.) And
        # search steps from one place a match can start to the next, when those are known.
        derived = given
        method = self._compiled.search
        flags = lowered.flags
        # (it parses, anchored, required literals, start literals, opens with "\b", never empty)
        parses, anchored, required, starts, at_boundary, nonempty = tree_facts(lowered.pattern, flags)
        parses = parses and not flags & re.MULTILINE  # "^" would match after every newline too
        if parses and not anchored:
            found = required if derived is None else ()
            derived = _presence(found) if found else derived
            if starts:
                method = _stepper(self._compiled, _start_finder(at_boundary, starts, flags))
            elif not lowered.groups:
                at_start, rest = unanchored_part(lowered)
                if at_start:
                    method = _at_start_or_later(self._compiled.match, rest)
                else:
                    method = _stepped_unless(lowered.pattern, flags) or method
            if method == self._compiled.search and (many := _alternation_starts(lowered.pattern, flags)):
                method = _stepper(self._compiled, _start_finder(at_boundary, many, flags))
        if (derived is given and len(needles) > _CHAIN_MAX and method is not self._compiled.search
                and parses and at_boundary):
            # Stepping from word starts rules most text out sooner than the needles' trie
            # would: the needles are looked for only where a match is found.
            method, derived = _needled(method, derived), None
        self.search = _runner(method, derived)
        # finditer steps with search's method from each match's end, as finditer itself does,
        # when no match is empty (the rules for an empty match after a match do not arise).
        stepped = method != self._compiled.search and nonempty  # (a bound method is made anew on each access)
        self._step: Any = method if stepped else None
        self._needles: Any = derived if stepped else None
        # A match at a position starts there with one of the start literals, when those are
        # known (zero-width openings, "^" or "\b", are stepped over: they take no character).
        starts = starts if parses else ()
        self.match = (_first_char_runner(self._compiled.match, given, frozenset(w[0] for w in starts))
                      if starts else _runner(self._compiled.match, given))

    def finditer(self, text: str):
        """Like ``re.Pattern.finditer``; groups read from ``text``."""
        low = _lower(text)
        same = len(low) == len(text)
        step = self._step
        if step is None:
            for match in self._compiled.finditer(low):
                yield _Hit(match, text, same)
            return
        if self._needles is not None and self._needles(low) is None:
            return  # every match holds a needle
        pos = 0
        while (found := step(low, pos)) is not None:
            yield _Hit(found, text, same)
            pos = found.end()

    def findall(self, text: str) -> list:
        """Like ``re.Pattern.findall`` (groups in lower case)."""
        return self._compiled.findall(text.lower())


def speed_up(namespace: dict[str, Any], needles: dict[str, tuple[str, ...]] | None = None) -> None:
    """Replace every case-insensitive compiled pattern in a module namespace by a LowerPattern.

    ``needles`` names, per pattern, substrings one of which every match contains (a prefilter).
    """
    needles = needles or {}
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
            namespace[name] = LowerPattern(value, needles.get(name, ()))
