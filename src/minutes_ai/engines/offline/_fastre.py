"""Case-insensitive patterns that run fast: compiled for lower case, run on lower-cased text.

Python's ``re`` is several times slower with ``re.IGNORECASE``; the cue patterns are long
alternations run on every sentence, so they are compiled for lower case instead, and
:class:`LowerPattern` lower-cases the text before matching. Groups are sliced from the
original text, so what callers quote keeps its case.
"""

from __future__ import annotations

import re
from typing import Any


def _lower_source(source: str) -> str:
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
    """A regex matching any of ``words`` (plain literals), factored as a trie.

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


class LowerPattern:
    """``search``/``match``/``finditer`` like a compiled pattern, case-insensitively and fast."""

    __slots__ = ("pattern", "_compiled", "_needles")
    _needles: re.Pattern[str] | None

    def __init__(self, compiled: re.Pattern[str], needles: tuple[str, ...] = ()) -> None:
        self.pattern = compiled.pattern
        self._compiled = re.compile(_lower_source(compiled.pattern), compiled.flags & ~re.IGNORECASE)
        # Every match contains one of these; text without any of them cannot match. One
        # alternation of plain literals scans in C, faster than testing each needle in Python.
        self._needles = re.compile(literal_trie(needles)) if needles else None

    def search(self, text: str, *pos: int) -> _Hit | None:
        return self._run(self._compiled.search, text, pos)

    def match(self, text: str, *pos: int) -> _Hit | None:
        return self._run(self._compiled.match, text, pos)

    def _run(self, method: Any, text: str, pos: tuple[int, ...]) -> _Hit | None:
        # Sentences are asked about many times in a row: lower-case each once.
        if text is _last[0]:
            low = _last[1]
        else:
            low = text.lower()
            _last[0], _last[1] = text, low
        needles = self._needles
        if needles is not None and needles.search(low) is None:
            return None
        found = method(low, *pos)
        return None if found is None else _Hit(found, text, len(low) == len(text))

    def finditer(self, text: str):
        low = _lower(text)
        for match in self._compiled.finditer(low):
            yield _Hit(match, text, len(low) == len(text))

    def findall(self, text: str) -> list:
        return self._compiled.findall(text.lower())


def speed_up(namespace: dict[str, Any], needles: dict[str, tuple[str, ...]] | None = None) -> None:
    """Replace every case-insensitive compiled pattern in a module namespace by a LowerPattern.

    ``needles`` names, per pattern, substrings one of which every match contains (a prefilter).
    """
    needles = needles or {}
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
            namespace[name] = LowerPattern(value, needles.get(name, ()))
