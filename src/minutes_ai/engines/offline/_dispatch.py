"""A long alternation tried only by the branches that can start with the character at hand.

``re`` tries an alternation's branches one after another at every position. When a pattern
is ``PREFIX(?:A|B|...)SUFFIX`` with hundreds of branches, :func:`dispatched` rewrites it as
``PREFIX(?:(?=a)(?:the branches that can start with "a")|(?=b)(?:...)|...)SUFFIX``: at any
position only one group gets past its look-ahead, and inside it the branches keep their
order. A branch that cannot start with the character at a position cannot match there, so
the same branch wins at the same place and every match is the same. A branch whose first
characters are not known goes into every group (and one group of its own, for characters
no group names), keeping its place in the order.
"""

from __future__ import annotations

import re

from ... import _rx
from ._literals import _C, FACTS, _firsts, _Unknown, parse_tree

_MIN_BRANCHES = 60  # shorter alternations are fast enough as they are


def top_alternatives(body: str, *, closed: bool = False) -> list[str] | None:
    """``body`` split at its top-level ``|`` (outside groups and character classes). With
    ``closed``, ``body`` runs on past the group it is the inside of: the split stops at the
    bracket that closes that group."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (body[i + 1 : i + 2] == "^")
            i += body[i : i + 1] == "]"  # "[]...]": a leading "]" is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                if not closed:
                    return None
                parts.append(body[start:i])
                return parts
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(body[start:])
    return parts


def _first_chars(branch: str, flags: int) -> set[str] | None:
    """The characters a match of ``branch`` can start with; None when not known."""
    tree = parse_tree(branch, flags)
    if tree is None:
        return None
    try:
        found = _firsts(tree)
    except (_Unknown, RecursionError):
        return None
    return {literal[0] for literal in found} if found else None


@FACTS.remember
def long_alternation(source: str, flags: int) -> tuple[str, tuple[str, ...], str] | None:
    """``source`` as (prefix, branches, suffix) when it is ``PREFIX(?:A|B|...)SUFFIX`` with
    at least ``_MIN_BRANCHES`` branches, no capturing groups and case kept, the prefix ""
    or ``\b`` and the suffix "" or ``\b``; None otherwise."""
    if flags & re.IGNORECASE or _rx.compile(source, flags).groups:
        return None  # case-folded literals match other characters; groups would repeat
    open_at = source.find("(?:")
    if open_at < 0 or not source.endswith((")", r")\b")):
        return None
    close_at = len(source) - (1 if source.endswith(")") else 3)
    prefix, body, suffix = source[:open_at], source[open_at + 3 : close_at], source[close_at + 1 :]
    if prefix not in ("", r"\b"):
        return None
    branches = top_alternatives(body)
    if branches is None or len(branches) < _MIN_BRANCHES:
        return None
    # The split must be the parser's own: besides "\b", the pattern is one alternation of
    # that many branches (the parser inlines a group without a name or flags).
    items = [item for item in parse_tree(source, flags) or [] if item[0] is not _C.AT]
    if len(items) != 1 or items[0][0] is not _C.BRANCH or len(items[0][1][1]) != len(branches):
        return None
    return prefix, tuple(branches), suffix


@FACTS.remember
def dispatched(source: str, flags: int) -> str | None:
    """The same pattern with its one long group ``(?:A|B|...)`` tried by first character;
    None when ``source`` is not of that form (see :func:`long_alternation`)."""
    parts = long_alternation(source, flags)
    if parts is None:
        return None
    prefix, branches, suffix = parts
    firsts = [_first_chars(branch, flags) for branch in branches]
    chars = sorted(set().union(*(f for f in firsts if f)))
    groups = []
    for char in chars:
        members = [b for b, f in zip(branches, firsts, strict=True) if f is None or char in f]
        groups.append(f"(?={re.escape(char)})(?:{'|'.join(members)})")
    unknown = [b for b, f in zip(branches, firsts, strict=True) if f is None]
    if unknown:
        groups.append(f"(?:{'|'.join(unknown)})")
    return f"{prefix}(?:{'|'.join(groups)}){suffix}"


def parsed_branches(source: str, flags: int) -> tuple[list[str], list] | None:
    """``source``'s top-level branches and the parser's items of each, when the pattern is one
    alternation that the parser splits where :func:`top_alternatives` does; None otherwise."""
    branches = top_alternatives(source)
    items = parse_tree(source, flags) or []
    if branches is None or len(items) != 1 or items[0][0] is not _C.BRANCH or len(items[0][1][1]) != len(branches):
        return None
    return branches, list(items[0][1][1])


def unanchored_part(compiled: re.Pattern[str]) -> tuple[bool, re.Pattern[str] | None]:
    """For a top-level alternation some of whose branches start with ``^``: (True, the other
    branches as one pattern, or None if there are none). A search then needs the whole pattern
    only at the start (``match``) and the other branches elsewhere: ``bool(search(text)) ==
    bool(match(text) or rest.search(text))``. (False, None) when the pattern is not of that form."""
    split, rest = _unanchored_rest(compiled.pattern, compiled.flags)
    return split, (_rx.compile(rest, compiled.flags) if rest is not None else None)


@FACTS.remember
def _unanchored_rest(source: str, flags: int) -> tuple[bool, str | None]:
    """:func:`unanchored_part` as sources: (True, the branches not tied to the start, joined)."""
    if flags & re.MULTILINE:
        return False, None  # "^" would match after every newline too
    split = parsed_branches(source, flags)
    if split is None:
        return False, None
    branches, alternatives = split
    anchored = [list(alt)[:1] == [(_C.AT, _C.AT_BEGINNING)] for alt in alternatives]
    if not any(anchored):
        return False, None
    rest = [branch for branch, at_start in zip(branches, anchored, strict=True) if not at_start]
    return True, ("|".join(rest) if rest else None)
