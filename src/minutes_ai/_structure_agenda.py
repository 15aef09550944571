"""Agenda points: numbered points (``1.``, ``§ 3``, ``3)``) or headings, with section ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _rx
from ._structure_labels import is_label
from ._structure_lines import Line, word_count
from .schemas import AgendaItem

_SECTION = _rx.compile(r"^§\s*(\d{1,3})\s*[.:)]?\s+(?P<title>\S.*)$")
_PLAIN = _rx.compile(r"^(\d{1,2})\s*[.)]\s*(?P<title>[^\d\s.)].*)$")
_WORDED = _rx.compile(
    r"^(?:punkt|item|point|ärende)\s+(\d{1,2})\s*[.:)]?\s+(?P<title>\S.*)$", re.IGNORECASE
)
# A heading may drop the dot: "## 1 Inledning".
_HEADING_NUMBER = _rx.compile(r"^(\d{1,2})\s+(?P<title>[^\d\s].*)$")
# A plain line may number its point without a dot ("1 Mötets öppnande"), but only with a
# capitalised title, and such points count for less.
_BARE_NUMBER = _rx.compile(r"^(\d{1,2})\s+(?P<title>[A-ZÅÄÖ][^\d\s]*(?:\s.*)?)$")
_MONTH_OR_UNIT = _rx.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|maj|okt|personer|st|kr|sek|tkr|mkr|"
    r"procent|timmar|hours|people|persons)",
    re.IGNORECASE,
)
_MAX_WORDS = 30
# Labels inside a point that are set as headings but do not open a new point.
_SUBHEADINGS = _rx.compile(
    r"^(?:beslut|beslutades|förslag till beslut|ställningstagande|decisions?|actions?|"
    r"action items|åtgärder|åtgärd|ansvarig|diskussion|discussion|bakgrund|background|"
    r"kommentarer|kommentar|comments|noteringar|notes)\s*:?$",
    re.IGNORECASE,
)
_POINT_INITIALS = frozenset("pPiI\u0130\u0131äÄ")
# Bold-only lines rank below every markdown heading level.
_BOLD_LEVEL = 7


@dataclass(frozen=True)
class Point:
    """A line that may open a numbered agenda point."""

    line: Line
    kind: str  # "§" or "n"
    number: int
    title: str
    bare: bool = False


def numbered_point(line: Line) -> Point | None:
    """The numbered-point reading of ``line`` (``1. Title``, ``§ 3 Title``, ``3) Title``), if any."""
    clean = line.clean
    if line.blank or line.bullet or line.words > _MAX_WORDS:
        return None
    # Every reading starts with "§", a digit or "punkt"/"item"/"point"/"ärende" in any case
    # (re.IGNORECASE also takes the dotted and dotless i): most lines stop here.
    if not (clean[0] == "§" or clean[0].isdecimal() or clean[0] in _POINT_INITIALS):
        return None
    if m := _SECTION.match(clean):
        return Point(line, "§", int(m.group(1)), m.group("title"))
    m = _PLAIN.match(clean) or _WORDED.match(clean)
    if m is None and (line.level or line.bold):
        m = _HEADING_NUMBER.match(clean)
    bare = False
    if m is None and (m := _BARE_NUMBER.match(clean)) is not None:
        bare = True
        if _MONTH_OR_UNIT.match(m.group("title")):
            return None  # "3 June", "12 Personer": a date or a count, not a point
    if m is None or int(m.group(1)) == 0:
        return None
    return Point(line, "n", int(m.group(1)), m.group("title"), bare)


def is_heading(line: Line) -> bool:
    """True for a markdown heading or a bold-only line that is not a bullet."""
    return (
        not line.blank
        and not line.bullet
        and bool(line.level or line.bold)
        and line.words <= 20
        # A bold sentence is emphasis; a bold "Beslut:" labels part of a point.
        and not (not line.level and (_SUBHEADINGS.match(line.clean) or line.clean.endswith(".")))
        and not is_label(line)
    )


def _level(line: Line) -> int:
    return line.level or _BOLD_LEVEL


def _score(point: Point, lines: list[Line]) -> int:
    """How much a candidate looks like a real agenda point rather than a list item."""
    line = point.line
    score = 3
    if line.level or line.bold:
        score += 2
    before = lines[line.index - 1] if line.index > 0 else None
    after = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if (before is None or before.blank) and (after is None or after.blank):
        score += 1
    for near in (before, after):
        if near is not None and not near.blank and (near.bullet or numbered_point(near)):
            score -= 1
            break
    if word_count(point.title) > 15:
        score -= 1
    if point.bare:
        score -= 1
    return score


def _best_chain(points: list[Point], lines: list[Line]) -> list[Point]:
    """The strongest run of points numbered n, n+1, n+2, ... in document order."""
    best: list[tuple[int, int]] = []  # per point: (total score, previous point index or -1)
    # Best chain so far ending in a given (kind, number); the earliest wins a tie.
    leader: dict[tuple[str, int], int] = {}
    for i, point in enumerate(points):
        own = _score(point, lines)
        start_bonus = 3 if point.number == 1 or point.kind == "§" else 0
        entry = (own + start_bonus, -1)
        j = leader.get((point.kind, point.number - 1))
        if j is not None and best[j][0] + own > entry[0]:
            entry = (best[j][0] + own, j)
        best.append(entry)
        key = (point.kind, point.number)
        if key not in leader or entry[0] > best[leader[key]][0]:
            leader[key] = i
    if not best:
        return []
    end = max(range(len(points)), key=lambda k: (best[k][0], -k))
    chain: list[Point] = []
    k = end
    while k != -1:
        chain.append(points[k])
        k = best[k][1]
    chain.reverse()
    plain = chain[0].kind == "n" and not any(p.line.level or p.line.bold for p in chain)
    if plain and len(chain) == 1:
        return chain if _lone_point(chain[0], lines) else []
    if plain and not _has_body_between(chain, lines):
        return []  # one tight numbered list is a list, not an agenda
    return chain


def _lone_point(point: Point, lines: list[Line]) -> bool:
    """A single "1. Title" counts only when it reads as a heading over a body of prose."""
    if point.number != 1 or word_count(point.title) > 8 or point.title.endswith((".", ":")):
        return False
    after = next((x for x in lines[point.line.index + 1 :] if not x.blank), None)
    return after is not None and not after.bullet and numbered_point(after) is None


def _has_body_between(chain: list[Point], lines: list[Line]) -> bool:
    """True when some point is followed by text of its own before the next point."""
    bounds = [p.line.index for p in chain]
    for here, nxt in zip(bounds, bounds[1:], strict=False):
        for line in lines[here + 1 : nxt]:
            if not line.blank and not line.bullet and numbered_point(line) is None:
                return True
    return False


def find_agenda(lines: list[Line], lo: int, hi: int, meeting_end: int) -> list[AgendaItem]:
    """Agenda points of the body ``lines[lo:hi]``; sections tile the body up to ``meeting_end``."""
    points = [p for line in lines[lo:hi] if (p := numbered_point(line))]
    chain = _best_chain(points, lines)
    openers: list[tuple[Line, str | None, str]] = []
    if chain:
        openers = [(p.line, _number_text(p), p.title) for p in chain]
        openers += _same_level_headings(lines, chain, hi)
        openers.sort(key=lambda o: o[0].index)
    else:
        current: int | None = None
        for line in lines[lo:hi]:
            if not is_heading(line):
                continue
            # A heading deeper than the current point is a subsection of it.
            if current is None or _level(line) <= current:
                openers.append((line, None, line.clean))
                current = _level(line)
    items: list[AgendaItem] = []
    for k, (line, number, title) in enumerate(openers):
        end = openers[k + 1][0].start if k + 1 < len(openers) else meeting_end
        items.append(AgendaItem(number=number, title=_tidy(title), start=line.start, end=end))
    return items


def _same_level_headings(
    lines: list[Line], chain: list[Point], hi: int
) -> list[tuple[Line, str | None, str]]:
    """Unnumbered markdown headings as high as the numbered ones ("## Övrigt" after "## 5. ...")."""
    if not all(p.line.level for p in chain):
        return []
    top = min(p.line.level for p in chain)
    chosen = {p.line.index for p in chain}
    return [
        (line, None, line.clean)
        for line in lines[chain[0].line.index + 1 : hi]
        if line.level
        and line.level <= top
        and line.index not in chosen
        and is_heading(line)
        and numbered_point(line) is None
        and line.words <= 20
    ]


def _number_text(point: Point) -> str:
    return f"§ {point.number}" if point.kind == "§" else str(point.number)


def _tidy(title: str) -> str:
    return title.strip().rstrip(":").strip() or title.strip()


__all__ = ["find_agenda", "is_heading", "numbered_point"]
