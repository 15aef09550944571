"""Line model for structure parsing: each line's offsets, its text without markup, and its shape."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import _rx

_HEADING = _rx.compile(r"^\s{0,3}(#{1,6})\s+")
_BULLET = _rx.compile(r"^\s*(?:[-*+•–]|\\-)\s+")
_LEAD_MARKUP = _rx.compile(r"^(?:\*\*|__|\*|_)+")
_TRAIL_MARKUP = _rx.compile(r"(?:\*\*|__|\*|_|\s+#+)+$")
_EMPHASIS = _rx.compile(r"\*\*|__")
_SPACES = _rx.compile(r"[ \t\u00a0]+")
_LINK = _rx.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD_OPEN = _rx.compile(r"\s*(?:\*\*|__)")
_LEAD_CHARS = frozenset("#-*+•–\\_")


_T = TypeVar("_T")


class _cached(Generic[_T]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """A property computed once per object (into its ``__dict__``, so frozen objects work too).

    ``functools.cached_property`` would do, but takes a lock on every first use before 3.12.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: object, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


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

    # Cached: both are asked of every line many times over.
    @_cached
    def blank(self) -> bool:
        """True for a line with no words."""
        return not self.clean

    @_cached
    def words(self) -> int:
        """Number of words in ``clean``."""
        return len(self.clean.split())


def _new_line(
    index: int,
    start: int,
    end: int,
    raw: str,
    clean: str,
    content_start: int,
    content_end: int,
    level: int,
    bold: bool,
    bullet: bool,
) -> Line:
    """``Line(...)`` without the frozen dataclass's ``__init__``, which sets each field through
    ``object.__setattr__`` and is twice as slow over the thousands of lines of a long file."""
    line = object.__new__(Line)
    line.__dict__.update(
        blank=not clean,  # the cached properties, filled at once
        words=len(clean.split()),
        index=index,
        start=start,
        end=end,
        raw=raw,
        clean=clean,
        content_start=content_start,
        content_end=content_end,
        level=level,
        bold=bold,
        bullet=bullet,
    )
    return line


def strip_markup(value: str) -> str:
    """Drop emphasis markers, link targets and extra spaces from ``value``."""
    # Substring checks first: most lines have no link, emphasis or run of spaces to rewrite.
    if "[" in value:
        value = _LINK.sub(r"\1", value)
    if "**" in value or "__" in value:
        value = _EMPHASIS.sub("", value)
    if "  " in value or "\t" in value or "\u00a0" in value:
        value = _SPACES.sub(" ", value)
    return value.strip()


def split_lines(text: str) -> list[Line]:
    """Cut ``text`` into :class:`Line` objects with absolute offsets."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(_make_line(index, pos, raw))
        pos += len(raw) + 1
    return lines


# LaTeX sources: preamble commands carry no words; text commands keep their argument.
_LATEX_SKIP = _rx.compile(
    r"^\s*\\(?:documentclass|usepackage|begin|end|maketitle|tableofcontents|newpage|"
    r"noindent|vspace|hline)\b"
)
_LATEX_SECTION = _rx.compile(r"^\s*\\(sub)?(?:sub)?section\*?\{")
_LATEX_TEXT = _rx.compile(
    r"\\(?:textbf|textit|emph|underline|texttt|textsc|title|date|author|(?:sub)*section\*?|"
    r"paragraph)\{([^{}]*)\}"
)
_LATEX_ACCENT = _rx.compile(r"\\([`'^\"~])\{?([A-Za-z])\}?")
_ACCENTS = {"`": "\u0300", "'": "\u0301", "^": "\u0302", '"': "\u0308", "~": "\u0303"}


def _latex_words(value: str) -> str:
    """The words of a LaTeX line: ``\\textbf{Present:} Tom\\'{a}s~N.`` -> ``Present: Tomás N.``."""
    value = _LATEX_TEXT.sub(r"\1", value)
    value = _LATEX_ACCENT.sub(
        lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]), value
    )
    value = re.sub(r"\\([%&$#_])", r"\1", value)
    value = re.sub(r"\\\\\s*$|\\[a-zA-Z]+\*?\{?|[{}]", " ", value)
    return value.replace("~", " ")


def _make_line(index: int, start: int, raw: str) -> Line:
    if not raw or raw.isspace():
        # What the full reading below gives an empty line, without its regexes.
        return _new_line(index, start, start + len(raw), raw, "", start, start, 0, False, False)
    if "\\" in raw:
        latex = _latex_line(index, start, raw)
        if latex is not None:
            return latex
    text = raw.lstrip()
    if text[0] not in _LEAD_CHARS:
        # No heading mark, bullet or leading emphasis (they all start with one of those
        # characters), so no bold either: only the end of the line may carry markup.
        c_start = start + len(raw) - len(text)
        stripped = text.rstrip()
        trail = _trailing_markup(stripped)
        core = stripped[: trail.start()].rstrip() if trail else stripped
        clean = strip_markup(core)
        c_end = c_start + len(core) if clean else start
        c_start = c_start if clean else start
        return _new_line(
            index, start, start + len(raw), raw, clean, c_start, c_end, 0, False, False
        )
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
    trail = _trailing_markup(stripped)
    body_core = stripped[: trail.start()] if trail else stripped
    # Trailing markup like "**" may leave a space ("Title **"); trim it too.
    core = body_core.rstrip()
    c_start = start + body_from + lead_len
    clean = strip_markup(core)
    inner = core.strip()
    bold = bool(
        clean
        and _BOLD_OPEN.match(raw, body_from)
        and raw.rstrip().endswith(("**", "__"))
        and not _EMPHASIS.search(inner.strip("*_ "))
    )
    return _new_line(
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


def _trailing_markup(value: str) -> re.Match[str] | None:
    """``_TRAIL_MARKUP.search(value)``, started where the trailing run of markup characters starts.

    Searching from the line's start backtracks exponentially over runs of ``_`` ("Namn ____ Datum
    ____"); the match can only lie in the trailing run of ``*``, ``_``, ``#`` and spaces anyway.
    """
    if not value.endswith(("*", "_", "#")):
        return None
    start = len(value)
    while start and (value[start - 1] in "*_#" or value[start - 1].isspace()):
        start -= 1
    return _TRAIL_MARKUP.search(value, start)


def _latex_line(index: int, start: int, raw: str) -> Line | None:
    """A line of LaTeX source, or None when the line has no LaTeX commands to read."""
    if not re.search(r"\\[a-zA-Z%&$#_'`^\"~]", raw):
        return None
    section = _LATEX_SECTION.match(raw)
    clean = "" if _LATEX_SKIP.match(raw) else strip_markup(_latex_words(raw))
    lead = len(raw) - len(raw.lstrip())
    return _new_line(
        index=index,
        start=start,
        end=start + len(raw),
        raw=raw,
        clean=clean,
        content_start=start + lead if clean else start,
        content_end=start + len(raw.rstrip()) if clean else start,
        level=(3 if section.group(1) else 2) if section else 0,
        bold=False,
        bullet=bool(re.match(r"^\s*\\item\b", raw)),
    )


_CELL_BREAK = _rx.compile(r"\t+|\s*\|\s*")
_EMAIL = _rx.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_TABLE_RULE = _rx.compile(r"^[\s|:+-]*$")


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


# A transcript exported as text puts each speaker on a line of their own above the words said,
# with the time the turn began: "Denise Carter  0:02" (Otter, Teams, Zoom), "0:08:30 Helena Strid",
# "Linnéa Johansson  ons 2025-10-08 16:12" (a chat copied out of Teams), "Hana W — 06/05/2025 7:05 pm" (Discord).
_STAMP = r"\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?\)?"
_PERSON = (r"(?P<name>[A-ZÅÄÖÉÜÓØÆÍÁ][\w.'’-]*(?:[ \t](?:(?:af|av|al|bin|da|de|del|den|der|di|du|el|van|von)"
           r"[ \t])?[A-ZÅÄÖÉÜÓØÆÍÁ][\w.'’-]*){0,3})")
_SPEAKER_HEADING = _rx.compile(
    rf"[ \t]*(?:{_STAMP}[ \t]+(?:-[ \t]*)?{_PERSON}|(?P<bold>\*\*)?{_PERSON.replace('name', 'named')}(?:[ \t]*\([^()\n]{{1,40}}\))?"
    # (two spaces or more before the time; one after a name set in bold: "**Tom Askew** 10:03"; a dash
    # in a Discord export: "Hana W — 06/05/2025 7:05 pm", "Liam T — Today at 7:20 PM")
    r"(?:(?(bold)\*\*[ \t]+|(?:[ \t]{2,}|[ \t]+[—–][ \t]+)))(?:[A-Za-zåäö]{2,9}\.?,?[ \t]+(?:at[ \t]+)?)?"
    r"(?:\d{4}-\d{2}-\d{2}[ \t]+|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?"
    rf"{_STAMP})[ \t]*"
)


def speaker_heading(line: str) -> str | None:
    """The speaker a transcript's heading line names ("Denise Carter  0:02", "0:08:30 Helena
    Strid"), or None when ``line`` is not one. A lone capitalised word with a time ("18:35
    Patrols") is a heading too by its shape: callers count such lines before trusting them."""
    if ":" not in line:
        return None  # every heading has its time
    match = _SPEAKER_HEADING.fullmatch(line)
    if match is None:
        return None
    return match.group("name") or match.group("named")


# "[00:02:44]", "16:06:22", "[2026-04-08 10:21]", "4/8/26, 10:21": a chat or transcript stamp before
# a speaker's name ("23/02/26, 7:41 pm - Aroha Ngata: ...", "[17/8/25, 7:44:02 pm] Anika Rao: ...": a
# phone's chat export, with the clock's am/pm)
CHAT_STAMP = (
    r"[\[(]?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t])?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?"
)

# A chat handle after a stamp: "[2026-02-04 7:34 PM] jordan_p: yep", "sarah.k:" (a lower-case word
# with a dot, an underscore or a digit in it, as user names are written)
CHAT_HANDLE = r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]+[0-9]+"
_HANDLE = _rx.compile(CHAT_HANDLE)


def chat_handle(value: str) -> bool:
    """Whether ``value`` is a chat user name, whole ("jordan_p", "sarah.k", "mike2")."""
    return _HANDLE.fullmatch(value) is not None

# Teams and Zoom transcripts copied as text may stack the heading: the name on one line, the time
# alone on the next ("Karin Lund\n0:08:24\n", "Rob Delgado (President)\n7:02 PM\n").
_STAMP_LINE = _rx.compile(rf"[ \t]*{_STAMP}[ \t]*")
_NAME_LINE = _rx.compile(rf"[ \t]*{_PERSON}(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*")


def stacked_heading(line: str, below: str) -> str | None:
    """The speaker a stacked heading names: ``line`` a name alone (a role in brackets may
    follow) and ``below`` the time alone; None otherwise."""
    if ":" not in below or _STAMP_LINE.fullmatch(below) is None:
        return None
    match = _NAME_LINE.fullmatch(line)
    return match.group("name") if match is not None else None


def inline_turn(line: str) -> tuple[str, int] | None:
    """A transcript laid out in columns, the heading and the words on one line ("Jenny Åkesson
    0:55  Precis. Kan du ta det, Tomas?"): the speaker and where the words start; None otherwise
    (two blanks or a tab after the time, as after the name)."""
    if ":" not in line:
        return None
    match = _SPEAKER_HEADING.match(line)
    if match is None or match.group("named") is None or match.end() >= len(line):
        return None
    gap = line[match.start() : match.end()]
    if not (gap.endswith("  ") or gap.endswith("\t")):
        return None
    return match.group("named"), match.end()


def heading_speakers(lines: Iterable[str]) -> list[str]:
    """The speakers of a transcript laid out with a heading line per turn (or a name line over a
    time line, see :func:`stacked_heading`), one name per heading in order; empty unless there
    are three such headings or more and two speakers or more head two turns each (an agenda's
    timed lines, "18:35 Patrols", "19:10 Clubhouse", name each topic once)."""
    names: list[str] = []
    above = ""
    for line in lines:
        # (the time line first: "7:02 PM" alone reads as a heading naming "PM")
        if (above and (who := stacked_heading(above, line)) is not None) or (
                (who := speaker_heading(line)) is not None):
            names.append(who)
        elif (inline := inline_turn(line)) is not None:
            names.append(inline[0])  # "Tomas Lind  1:02  Ja, jag gör det i eftermiddag."
        above = line
    if len(names) < 3 or sum(1 for n in Counter(names).values() if n >= 2) < 2:
        return []
    return names


def case_folds(value: str) -> bool:
    """True when ``value`` holds a letter that ``re.IGNORECASE`` matches to an ASCII letter
    although ``str.lower()`` does not give that letter (dotted/dotless i, long s, Kelvin sign).

    Without one, a case-insensitive pattern can only match where ``value.lower()`` holds its
    words in lower case, so a plain substring test may stand before the regex.
    """
    return "\u0130" in value or "\u0131" in value or "\u017f" in value or "\u212a" in value


def word_count(value: str) -> int:
    """Number of whitespace-separated words in ``value``."""
    return len(value.split())


class Watched:
    """A read-only view of a list of lines that records how far it was read.

    ``reach`` is one past the furthest index read, a slice counting up to its stop: whatever
    was worked out from the view depended on ``lines[:reach]`` only.
    """

    __slots__ = ("lines", "reach")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.reach = 0

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, key: Any) -> Any:
        size = len(self.lines)
        if isinstance(key, slice):
            stop = key.indices(size)[1] if key.step is None else size
            self.reach = max(self.reach, stop)
        else:
            self.reach = max(self.reach, (key if key >= 0 else key + size) + 1)
        return self.lines[key]

    def __iter__(self) -> Any:
        self.reach = len(self.lines)
        return iter(self.lines)


__all__ = [
    "CHAT_HANDLE",
    "CHAT_STAMP",
    "chat_handle",
    "Line",
    "Watched",
    "case_folds",
    "cells",
    "heading_speakers",
    "inline_turn",
    "stacked_heading",
    "next_nonblank",
    "speaker_heading",
    "split_lines",
    "strip_markup",
    "word_count",
]
