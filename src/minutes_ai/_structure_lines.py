"""Line model for structure parsing: each line's offsets, its text without markup, and its shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_BULLET = re.compile(r"^\s*(?:[-*+•–]|\\-)\s+")
_LEAD_MARKUP = re.compile(r"^(?:\*\*|__|\*|_)+")
_TRAIL_MARKUP = re.compile(r"(?:\*\*|__|\*|_|\s+#+)+$")
_EMPHASIS = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u00a0]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Line:
    """One line of the text: ``text[start:end]`` is ``raw`` (no newline)."""

    index: int
    start: int
    end: int
    raw: str
    clean: str
    """The line without heading marks, bullet, emphasis markers or link targets; spaces collapsed."""
    content_start: int
    content_end: int
    """Span of the line's words inside ``text`` once leading/trailing markup is removed."""
    level: int
    """Markdown heading level (1-6), or 0 when the line is not a markdown heading."""
    bold: bool
    """The whole line is emphasised (``**...**`` / ``__...__``), as headings often are."""
    bullet: bool

    @property
    def blank(self) -> bool:
        """True for a line with no words."""
        return not self.clean


def strip_markup(value: str) -> str:
    """Drop emphasis markers, link targets and extra spaces from ``value``."""
    value = _LINK.sub(r"\1", value)
    value = _EMPHASIS.sub("", value)
    return _SPACES.sub(" ", value).strip()


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into :class:`Line` objects with absolute offsets."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(_make_line(index, pos, raw))
        pos += len(raw) + 1
    return lines


def _make_line(index: int, start: int, raw: str) -> Line:
    body_from = 0
    level = 0
    heading = _HEADING.match(raw)
    if heading:
        level = len(heading.group(1))
        body_from = heading.end()
    bullet = _BULLET.match(raw, body_from) if not level else None
    if bullet:
        body_from = bullet.end()
    rest = raw[body_from:]
    lead = _LEAD_MARKUP.match(rest.lstrip())
    lead_len = (len(rest) - len(rest.lstrip())) + (lead.end() if lead else 0)
    body = rest[lead_len:]
    stripped = body.rstrip()
    trail = _TRAIL_MARKUP.search(stripped)
    body_core = stripped[: trail.start()] if trail else stripped
    # Trailing markup like "**" may leave a space ("Title **"); trim it too.
    core = body_core.rstrip()
    c_start = start + body_from + lead_len
    clean = strip_markup(core)
    inner = core.strip()
    bold = bool(
        clean
        and re.match(r"^\s*(?:\*\*|__)", raw[body_from:])
        and re.search(r"(?:\*\*|__)\s*$", raw)
        and not _EMPHASIS.search(inner.strip("*_ "))
    )
    return Line(
        index=index,
        start=start,
        end=start + len(raw),
        raw=raw,
        clean=clean,
        content_start=c_start if clean else start,
        content_end=c_start + len(core) if clean else start,
        level=level,
        bold=bold,
        bullet=bool(bullet),
    )


_CELL_BREAK = re.compile(r"\t+|\s*\|\s*")
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_TABLE_RULE = re.compile(r"^[\s|:+-]*$")


def cells(line: Line) -> str:
    """The line's words with table cells (tabs, ``|``) as comma-separated parts, e-mails dropped."""
    if _TABLE_RULE.match(line.raw):
        return ""
    body = line.raw[line.content_start - line.start : line.content_end - line.start]
    if not line.clean:
        return ""
    body = _EMAIL.sub(" ", body)
    body = _CELL_BREAK.sub(", ", body.strip().strip("|"))
    return strip_markup(body).strip(" ,")


def next_nonblank(lines: list[Line], index: int, limit: int | None = None) -> Line | None:
    """The first non-blank line at or after ``index`` (and before ``limit``), if any."""
    stop = len(lines) if limit is None else min(limit, len(lines))
    for line in lines[index:stop]:
        if not line.blank:
            return line
    return None


def word_count(value: str) -> int:
    """Number of whitespace-separated words in ``value``."""
    return len(value.split())


__all__ = ["Line", "cells", "next_nonblank", "split_lines", "strip_markup", "word_count"]
