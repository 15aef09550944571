"""What a regular expression's parse tree says about its matches, for prefilters.

:func:`required_literals`: strings one of which every match contains (text without any of
them cannot match). :func:`start_literals`: strings one of which every match starts with (a
search need only try where one begins). :func:`anchored`: every match starts at the text's
start. Each answer is conservative: () or False when the pattern is not followed.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from ... import _rx

try:  # the pattern parser: re._parser since 3.11, sre_parse before (deprecated since)
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")

_C = _parser  # the opcodes (LITERAL, BRANCH, ...) are re-exported by the parser module

# What these modules work out from a pattern, kept between runs (see minutes_ai._rx): an edit
# to any of them starts anew.
FACTS = _rx.Store("pattern-facts", [Path(__file__).with_name(name)
                                    for name in ("_literals.py", "_dispatch.py", "_fastre.py")])


# Derived needles shorter than this are in almost every sentence: no use as a prefilter.
_MIN_NEEDLE = 3
_MAX_NEEDLES = 200


class _Unknown(Exception):
    """A construct whose effect on the matched text is not followed (inline flags)."""


def parse_tree(source: str, flags: int = 0) -> list | None:
    """The pattern's parse tree (a list of (opcode, argument)), None when it does not parse."""
    try:
        return list(_parser.parse(source, flags))
    except (re.error, RecursionError):
        return None


@FACTS.remember
def required_literals(source: str, flags: int = 0) -> tuple[str, ...]:
    """Literal strings one of which every match of the pattern contains; () when none is known.

    Read from the parsed pattern: a run of literal characters every match goes through, or
    one such run per branch of an alternation every match goes through, whichever is longest.
    """
    return required_in(parse_tree(source, flags))


def required_in(tree: list | None) -> tuple[str, ...]:
    """:func:`required_literals` of a parse tree."""
    try:
        found = _sequence(tree) if tree is not None else None
    except (_Unknown, RecursionError):
        return ()
    if not found or min(map(len, found)) < _MIN_NEEDLE or len(found) > _MAX_NEEDLES:
        return ()
    return tuple(dict.fromkeys(found))


@FACTS.remember
def anchored(source: str, flags: int = 0) -> bool:
    """True when every match of the pattern starts at the beginning of the text (``^...``).

    Without ``re.MULTILINE``: with it, ``^`` also matches after each newline.
    """
    if flags & re.MULTILINE:
        return False
    tree = parse_tree(source, flags)
    return tree is not None and anchored_tree(tree)


@FACTS.remember
def tree_facts(source: str, flags: int = 0) -> tuple[bool, bool, tuple[str, ...], tuple[str, ...], bool, bool]:
    """What one parse of the pattern says, for :class:`~._fastre.LowerPattern`: (it parses,
    :func:`anchored_tree`, :func:`required_in`, :func:`starts_in`, every match opens with
    ``\\b``, no match is empty)."""
    try:
        parsed = _parser.parse(source, flags)
    except (re.error, RecursionError):
        return False, False, (), (), False, False
    tree = list(parsed)
    at_boundary = len(tree) > 0 and tree[0] == (_C.AT, _C.AT_BOUNDARY)
    return (True, anchored_tree(tree), required_in(tree), starts_in(tree), at_boundary,
            parsed.getwidth()[0] > 0)


def anchored_tree(items: list) -> bool:
    """:func:`anchored` of a parse tree (the caller rules out ``re.MULTILINE``)."""
    if not items:
        return False
    op, av = items[0]
    if op is _C.AT:
        return av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING)
    if op is _C.SUBPATTERN:
        return anchored_tree(list(av[3]))
    if op is _C.BRANCH:
        return all(anchored_tree(list(alt)) for alt in av[1])
    return False


def _sequence(items: list) -> list[str] | None:
    """Best requirement of a sequence of (op, argument) items, None when there is none."""
    options: list[list[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(["".join(run)])
            run = []
        sub = _item(op, av)
        if sub:
            options.append(sub)
    if run:
        options.append(["".join(run)])
    if not options:
        return None
    # Longest shortest needle first, then fewest alternatives.
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _item(op: Any, av: Any) -> list[str] | None:
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unknown  # "(?i:...)" inside: literals may match other characters
        return _sequence(list(body))
    if op is _C.BRANCH:
        alternatives = [_sequence(list(alt)) for alt in av[1]]
        if any(not alt for alt in alternatives):
            return None  # a branch without a known literal: nothing is required of all
        return [needle for alt in alternatives for needle in alt]  # type: ignore[union-attr]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is _C.ASSERT:  # a lookaround's text is in the string too
        return _sequence(list(av[1]))
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    return None


_MAX_STARTS = 400
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


@FACTS.remember
def start_literals(source: str, flags: int = 0) -> tuple[str, ...]:
    """Literal strings one of which every match of the pattern starts with; () when unknown.

    Zero-width parts (``\\b``, look-arounds) are stepped over: they are checked where the
    match is tried. A pattern that may match the empty string has none.
    """
    return starts_in(parse_tree(source, flags))


def starts_in(tree: list | None) -> tuple[str, ...]:
    """:func:`start_literals` of a parse tree."""
    try:
        found = _firsts(tree) if tree is not None else None
    except (_Unknown, RecursionError):
        return ()
    if not found or len(found) > _MAX_STARTS:
        return ()
    return tuple(sorted(found))


def _firsts(items: list) -> set[str] | None:
    """How a match of ``items`` (a sequence) can start, as literal prefixes; None if unknown."""
    if not items:
        return None  # the rest may match nothing: anything may follow
    op, av = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH:
        return _firsts(rest)
    if op is _C.LITERAL:
        run = [chr(av)]
        for next_op, next_av in rest:
            if next_op is not _C.LITERAL:
                break
            run.append(chr(next_av))
        return _joined(["".join(run)], rest[len(run) - 1 :])
    if op is _C.IN:
        chars = _small_set(av)
        return _joined(list(chars), rest) if chars else None
    if op is _C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            sub = _firsts(list(alt) + rest)
            if not sub:
                return None
            found |= sub
            if len(found) > _MAX_STARTS:
                return None
        return found
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unknown
        return _firsts(list(body) + rest)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _firsts(list(av) + rest)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or op is getattr(_C, "POSSESSIVE_REPEAT", None):
        # The body alone: a second repetition, not the rest, may follow the first one
        # (unless there is at most one: "(?:och )?så blir").
        low, high, body = av
        first = _firsts(list(body) + rest if high == 1 else list(body))
        if low >= 1 or not first:
            return first
        skipped = _firsts(rest)  # zero repetitions: the match starts with what follows
        return first | skipped if skipped else None
    return None


def _joined(heads: list[str], rest: list) -> set[str]:
    """``heads`` each followed by how ``rest`` starts (longer literals skip more), if known."""
    tails = _firsts(rest) if rest else None
    if not tails or len(heads) * len(tails) > _MAX_STARTS:
        return set(heads)
    return {head + tail for head in heads for tail in tails}


def _small_set(av: list) -> str | None:
    """The characters of a ``[...]`` class made of a few literals and short ranges."""
    chars: list[str] = []
    for op, value in av:
        if op is _C.LITERAL:
            chars.append(chr(value))
        elif op is _C.RANGE and value[1] - value[0] < 10:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negation, a category (\\w) or a wide range
    return "".join(chars) or None


__all__ = [
    "FACTS",
    "anchored",
    "anchored_tree",
    "parse_tree",
    "required_in",
    "required_literals",
    "start_literals",
    "starts_in",
    "tree_facts",
]


def finite_strings(tree: list | None, limit: int = 2000) -> set[str] | None:
    """Every string a pattern of literals, small classes, groups, alternations and optional
    parts matches (anchors at its ends ignored); None for anything else or too many strings."""
    if tree is None:
        return None
    items = list(tree)
    while items and items[0][0] is _C.AT and items[0][1] in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING):
        items = items[1:]
    while items and items[-1][0] is _C.AT and items[-1][1] in (_C.AT_END, _C.AT_END_STRING):
        items = items[:-1]
    try:
        found = _strings(items, limit)
    except RecursionError:
        return None
    return found


def _strings(items: list, limit: int) -> set[str] | None:
    found = {""}
    for op, av in items:
        options: set[str] | None
        if op is _C.LITERAL:
            options = {chr(av)}
        elif op is _C.IN:
            chars = _small_set(av)
            options = set(chars) if chars else None
        elif op is _C.BRANCH:
            options = set()
            for alt in av[1]:
                sub = _strings(list(alt), limit)
                if sub is None:
                    return None
                options |= sub
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            options = _strings(list(av[3]), limit)
        elif op is _C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            body = _strings(list(av[2]), limit)
            options = None if body is None else body | {""}
        else:
            return None
        if options is None or len(found) * len(options) > limit:
            return None
        found = {head + tail for head in found for tail in options}
    return found


@FACTS.remember
def required_marks(source: str, flags: int = 0) -> str:
    """Punctuation one of which every match contains, read from the pattern's own sequence
    (a ``,`` or a ``[–—-]`` it cannot do without); "" when there is none."""
    tree = parse_tree(source, flags)
    if tree is None or flags & re.IGNORECASE:
        return ""
    best = ""
    for op, av in tree:
        if op is _C.LITERAL:
            chars = chr(av)
        elif op is _C.IN:
            chars = _small_set(av) or ""
        else:
            continue
        # ASCII punctuation and dashes only: no other character lower-cases to one of them.
        marks = chars and all(not c.isalnum() and not c.isspace() and (c.isascii() or c in "–—") for c in chars)
        if marks and (not best or len(chars) < len(best)):
            best = chars
    return best
