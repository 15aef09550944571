"""Gold sets: one JSON file per source document, validated and resolved to character spans.

A gold file names its source (relative to the gold file) and lists, per meeting, the
decisions and action items a careful annotator found, each with a verbatim ``quote``.
Loading reads the source the way ``minutes-ai`` reads any input, checks that every quote
occurs in it, and turns each quote into a ``start:end`` span so predictions can be
matched by overlap. Every problem in a file is reported at once, with where it is.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz

from ..document import Document
from ..errors import EvaluationError, MinutesError
from ..ingest import read_document

ItemKind = Literal["decision", "action"]


class _GoldModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldDecision(_GoldModel):
    """A decision of the meeting, as the annotator states it, with its source quote."""

    text: str = Field(min_length=1, description="The decision in one sentence.")
    quote: str = Field(min_length=1, description="Verbatim substring of the source that records it.")
    occurrence: int | None = Field(
        default=None, ge=1, description="Which occurrence of the quote (1-based), when it occurs more than once."
    )
    notes: str | None = Field(default=None, description="Annotator remark.")


class GoldAction(_GoldModel):
    """An action item: who is to do what, by when, with its source quote."""

    owner: str | None = Field(default=None, description="Responsible person/body as written, or null.")
    task: str = Field(min_length=1, description="What is to be done.")
    deadline: _dt.date | None = Field(default=None, description="ISO due date, only when unambiguous.")
    deadline_text: str | None = Field(default=None, description="The deadline words verbatim, or null.")
    quote: str = Field(min_length=1, description="Verbatim substring of the source that records it.")
    occurrence: int | None = Field(
        default=None, ge=1, description="Which occurrence of the quote (1-based), when it occurs more than once."
    )
    notes: str | None = Field(default=None, description="Annotator remark.")


class GoldMeetingSpec(_GoldModel):
    """One meeting of a gold file, in document order."""

    title: str | None = None
    meeting_date: _dt.date | None = None
    decisions: list[GoldDecision] = Field(default_factory=list)
    action_items: list[GoldAction] = Field(default_factory=list)
    notes: str | None = None


class GoldFile(_GoldModel):
    """The on-disk gold format (see ``eval/README.md``)."""

    source: str = Field(min_length=1, description="Source path, relative to the gold file.")
    notes: str | None = None
    meetings: list[GoldMeetingSpec] = Field(min_length=1)


@dataclass(frozen=True)
class GoldItem:
    """A gold decision or action resolved to a span of the source text."""

    kind: ItemKind
    meeting: int
    start: int
    end: int
    quote: str
    text: str
    owner: str | None = None
    deadline: _dt.date | None = None
    deadline_text: str | None = None

    @property
    def key(self) -> str:
        """Stable identity within a gold set, used to compare runs."""
        return f"{self.kind}@{self.start}-{self.end}"


@dataclass(frozen=True)
class GoldMeeting:
    """A gold meeting with its resolved items."""

    title: str | None
    meeting_date: _dt.date | None
    decisions: tuple[GoldItem, ...]
    action_items: tuple[GoldItem, ...]


@dataclass(frozen=True)
class GoldDocument:
    """A loaded gold file: the source document and its gold meetings."""

    name: str
    gold_path: Path
    source: str
    source_path: Path
    document: Document
    meetings: tuple[GoldMeeting, ...]
    digest: str

    def items(self, kind: ItemKind) -> list[GoldItem]:
        """All gold items of ``kind`` across meetings, in document order of meetings."""
        out: list[GoldItem] = []
        for meeting in self.meetings:
            out.extend(meeting.decisions if kind == "decision" else meeting.action_items)
        return out


def _locate(text: str, quote: str, occurrence: int | None) -> tuple[int, int] | str:
    """The span of the ``occurrence``-th ``quote`` in ``text``, or why it cannot be placed."""
    starts: list[int] = []
    i = text.find(quote)
    while i != -1:
        starts.append(i)
        i = text.find(quote, i + 1)
    if not starts:
        return "not found in source" + _closest_hint(text, quote)
    if occurrence is None:
        if len(starts) > 1:
            # Ambiguous quotes must say which occurrence they mean, so spans never guess.
            return f"occurs {len(starts)} times; add \"occurrence\" (1-based) to pick one"
        occurrence = 1
    if occurrence > len(starts):
        return f"occurrence {occurrence} requested but the quote occurs {len(starts)} time(s)"
    start = starts[occurrence - 1]
    return start, start + len(quote)


def _closest_hint(text: str, quote: str) -> str:
    """A pointer to the most similar passage, so a typo in a quote is quick to fix."""
    alignment = fuzz.partial_ratio_alignment(quote, text)
    if alignment is None or alignment.score < 60:
        return ""
    line = text.count("\n", 0, alignment.dest_start) + 1
    snippet = text[alignment.dest_start : alignment.dest_end].replace("\n", "\\n")
    return f" (closest, line {line}: {snippet[:120]!r})"


def _item_problems_and_spans(
    gold: GoldFile, text: str
) -> tuple[list[str], list[GoldMeeting]]:
    problems: list[str] = []
    meetings: list[GoldMeeting] = []
    for mi, spec in enumerate(gold.meetings):
        resolved: dict[str, list[GoldItem]] = {"decision": [], "action": []}
        entries: list[tuple[ItemKind, str, GoldDecision | GoldAction]] = [
            ("decision", f"meetings[{mi}].decisions[{j}]", d) for j, d in enumerate(spec.decisions)
        ]
        entries += [
            ("action", f"meetings[{mi}].action_items[{j}]", a) for j, a in enumerate(spec.action_items)
        ]
        for kind, where, entry in entries:
            span = _locate(text, entry.quote, entry.occurrence)
            if isinstance(span, str):
                problems.append(f"{where}.quote {entry.quote[:80]!r}: {span}")
                continue
            if isinstance(entry, GoldAction):
                item = GoldItem(
                    kind, mi, span[0], span[1], entry.quote, entry.task,
                    owner=entry.owner, deadline=entry.deadline, deadline_text=entry.deadline_text,
                )
            else:
                item = GoldItem(kind, mi, span[0], span[1], entry.quote, entry.text)
            resolved[kind].append(item)
        meetings.append(
            GoldMeeting(spec.title, spec.meeting_date, tuple(resolved["decision"]), tuple(resolved["action"]))
        )
    return problems, meetings


def load_gold_file(path: Path) -> GoldDocument:
    """Load one gold file, read its source and resolve every quote to a span.

    Raises :class:`EvaluationError` listing every invalid field and every quote that is
    not verbatim in the source (with the closest passage when there is one).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
        gold = GoldFile.model_validate_json(raw)
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read gold file: {exc}") from exc
    except ValidationError as exc:
        lines = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise EvaluationError(f"{path}: invalid gold file: {lines}") from exc
    source_path = (path.parent / gold.source).resolve()
    try:
        document = read_document(source_path)
    except MinutesError as exc:
        raise EvaluationError(f"{path}: cannot read source {gold.source}: {exc}") from exc
    problems, meetings = _item_problems_and_spans(gold, document.text)
    if problems:
        detail = "\n  ".join(problems)
        raise EvaluationError(
            f"{path}: {len(problems)} quote(s) cannot be placed in {gold.source}:\n  {detail}",
            hint="quotes must be exact substrings of the source after CRLF→LF normalisation",
        )
    # Line endings are normalised so a checkout with CRLF conversion hashes the same.
    canonical = raw.replace(b"\r\n", b"\n")
    digest = hashlib.sha256(canonical + b"\0" + document.text.encode("utf-8")).hexdigest()
    return GoldDocument(path.stem, path, gold.source, source_path, document, tuple(meetings), digest)


def load_gold_dir(directory: Path) -> list[GoldDocument]:
    """Load every ``*.json`` directly in ``directory`` (sorted by name).

    Raises :class:`EvaluationError` when the folder is missing or holds no gold files,
    and collects the errors of all invalid files into one message.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise EvaluationError(f"gold folder not found: {directory}")
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise EvaluationError(f"no gold files (*.json) in {directory}")
    docs: list[GoldDocument] = []
    errors: list[str] = []
    for p in paths:
        try:
            docs.append(load_gold_file(p))
        except EvaluationError as exc:
            errors.append(str(exc))
    if errors:
        raise EvaluationError("\n".join(errors))
    return docs


def gold_set_hash(docs: list[GoldDocument]) -> str:
    """Content hash of a gold set: every gold file's bytes and its source text, by file name."""
    payload = json.dumps(sorted((d.gold_path.name, d.digest) for d in docs))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
