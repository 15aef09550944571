"""Action tables: rows under a header such as Vem | Vad | När or Owner | Task | Due.

Tables arrive as Markdown pipe rows, tab-separated lines, or ``a | b | c`` lines from Word
tables. The first row of a table is read as its header; only a table whose header names a
task column (and an owner or due column) is read as actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import _rx
from . import cues
from .segment import Block

_CELL = _rx.compile(r"[^|\t]+")


@dataclass(frozen=True)
class Row:
    """One action row: cell texts and the row's span (first to last non-empty cell)."""

    owner: str | None
    task: str
    due: str | None
    start: int
    end: int
    kind: str = "action"  # "decision" for a table of decisions, "prose" for notes in a table


class TableReader:
    """Feed it consecutive table blocks; it returns a :class:`Row` for each action row."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the current table (a non-table block ended it)."""
        self._columns: dict[str, int] | None = None
        self._seen_header = False
        self._starts: list[int] | None = None  # where a spaced header's columns start

    def feed(self, text: str, block: Block) -> Row | None:
        """Read one table line; the first line of a table is its header."""
        if block.kind == "rule":
            return None
        line = text[block.start : block.end]
        spaced = "|" not in line and "\t" not in line  # a table set out with runs of spaces
        cells = [(m.start() + block.start, m.end() + block.start)
                 for m in (_SPACED_CELL if spaced else _CELL).finditer(line)]
        cells = [_strip(text, s, e) for s, e in cells]
        cells = [c for c in cells if c[1] >= c[0]]
        if not self._seen_header:
            self._seen_header = True
            self._columns = _header(text, cells)
            self._starts = [s - block.line_start for s, _ in cells] if spaced else None
            return None
        if spaced and self._starts is not None:
            cells = _by_position(cells, self._starts, block.line_start)
        columns = self._columns
        if columns and "prose" in columns:
            cell = cells[columns["prose"]] if columns["prose"] < len(cells) else None
            if cell is None or cell[1] - cell[0] < 3:
                return None
            return Row(None, text[cell[0] : cell[1]], None, cell[0], cell[1], kind="prose")
        if columns and "decision" in columns:
            cell = cells[columns["decision"]] if columns["decision"] < len(cells) else None
            if cell is None or cell[1] - cell[0] < 3 or _UNDECIDED.match(text[cell[0] : cell[1]]):
                return None  # "Ej behandlad (tidsbrist)", "Pending": nothing was decided
            if len(text[cell[0] : cell[1]].split()) < 4:
                # "| RFC-2291 | Uppgradering ... | Godkänd |": a bare outcome says what only with its row
                non_empty = [c for c in cells if c[1] > c[0]]
                return Row(None, text[non_empty[0][0] : non_empty[-1][1]], None, non_empty[0][0],
                           non_empty[-1][1], kind="decision")
            return Row(None, text[cell[0] : cell[1]], None, cell[0], cell[1], kind="decision")
        if not columns or "task" not in columns:
            return None
        values = {name: cells[i] for name, i in columns.items() if i < len(cells)}
        task_span = values.get("task")
        if task_span is None or task_span[1] - task_span[0] < 2:
            return None
        non_empty = [c for c in cells if c[1] > c[0]]
        return Row(
            owner=_text(text, values.get("owner")),
            task=text[task_span[0] : task_span[1]],
            due=_text(text, values.get("due")),
            start=non_empty[0][0],
            end=non_empty[-1][1],
        )


_GLOSS = _rx.compile(r"\s*\([^()]*\)\s*$")
_SPACED_CELL = _rx.compile(r"\S+(?: \S+)*")


def _by_position(cells: list[tuple[int, int]], starts: list[int], line_start: int) -> list[tuple[int, int]]:
    """A spaced row's cells put under the header column they start in (an empty cell leaves a gap)."""
    placed: list[tuple[int, int]] = [(0, -1)] * len(starts)  # (0, -1): an empty cell
    for start, end in cells:
        column = max((i for i, s in enumerate(starts) if s <= start - line_start + 2), default=0)
        if placed[column][1] < 0:
            placed[column] = (start, end)
        else:
            placed[column] = (placed[column][0], end)  # one cell spread over two runs of words
    return placed


_UNDECIDED = _rx.compile(
    r"(?:ej|inte) (?:behandlad|beslutad|klar)|not (?:discussed|decided|handled|agreed)|pending|tbd|–|-|—|"
    # a status that records no outcome: "info", "ej klart", "klar" (done), "open — back in Sept", "ongoing"
    r"(?:info|information|klar|klart|open|öppen|öppet|pågår|ongoing|done|no decision|inget beslut)\b", re.I)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " *_`":
        start += 1
    while end > start and text[end - 1] in " *_`":
        end -= 1
    return start, end


def _text(text: str, span: tuple[int, int] | None) -> str | None:
    if span is None or span[1] <= span[0]:
        return None
    return text[span[0] : span[1]]


# due-column names that may instead mean "done"
_DONE_OR_DUE = frozenset({"klart", "klar", "färdigt", "färdig"})


def _header(text: str, cells: list[tuple[int, int]]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    notes: int | None = None
    status: int | None = None
    due_word = ""
    for i, (start, end) in enumerate(cells):
        # "Owner (team)", "Due (date)": the column's name without its gloss
        word = _GLOSS.sub("", text[start:end].strip().rstrip(":"))
        if cues.NOTES_COLUMN.match(word):
            notes = i if notes is None else notes  # "Beslut/Åtgärd", "Kommentar": notes in a table
        elif cues.DECISION_COLUMN.match(word):
            columns.setdefault("decision", i)
        elif cues.OWNER_COLUMN.match(word):
            columns.setdefault("owner", i)
        elif cues.TASK_COLUMN.match(word):
            columns.setdefault("task", i)
        elif cues.DUE_COLUMN.match(word):
            # "| Klart | Vad | Vem | Deadline |": "Klart" ticks a task off when a due column of
            # its own follows; "Klart" alone says by when
            if "due" not in columns or due_word in _DONE_OR_DUE:
                columns["due"], due_word = i, word.casefold()
        elif cues.STATUS_COLUMN.match(word):
            status = i if status is None else status
    if status is not None and notes is not None and not ({"decision", "owner", "due"} & columns.keys()):
        columns["decision"] = status  # "| Punkt | Diskussion | Status |": the minutes set out as a table
    if "decision" in columns or ("task" in columns and len(columns) >= 2):
        return columns
    return {"prose": notes} if notes is not None else None
