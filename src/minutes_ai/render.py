"""Render an :class:`~minutes_ai.schemas.Extraction` as formal minutes.

``render(extraction, format="md")`` drafts minutes in Markdown, self-contained HTML, Word
(DOCX) or the JSON contract. Every format is built from the same per-meeting view, so the
sections agree: header facts, numbered points with their decisions, decisions without a
point, an action table (Vem / Vad / Senast, Who / What / Due), the next meeting, and an
"Att bekräfta" / "To confirm" list of everything a person must check. Nothing is dropped:
an action without an owner stays in the table *and* is listed for confirmation.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Literal, get_args

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from . import _rx
from .errors import ConfigError
from .schemas import ActionItem, Evidence, Extraction, Language, Meeting, RunInfo

Format = Literal["md", "html", "docx", "json"]

_SUFFIXES: dict[str, Format] = {
    ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx", ".json": "json",
}
_DASH = "—"
_QUOTE_MAX = 300  # longer evidence is shortened so the minutes stay readable

# One table of labels; templates never hard-code words of either language.
LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "kind": "Minnesanteckningar", "date": "Datum", "present": "Närvarande",
        "chair": "Ordförande", "secretary": "Sekreterare", "points": "Punkter",
        "decision": "Beslut", "decisions": "Beslut", "actions": "Åtgärder",
        "who": "Vem", "what": "Vad", "due": "Senast", "evidence": "Underlag",
        "next_meeting": "Nästa möte", "confirm": "Att bekräfta",
        "kind_decision": "Beslut", "kind_action": "Åtgärd",
        "no_owner": "ansvarig saknas", "date_unclear": "datum oklart",
        "ungrounded": "ej belagt i underlaget",
        "partial": "Resultatet är ofullständigt: delar av underlaget kunde inte behandlas.",
        "warnings": "Observera", "no_meetings": "Inga möten hittades i underlaget.",
        "produced_by": "Framtaget med", "engine": "motor", "model": "modell", "source": "källa",
        "open_quote": "”", "close_quote": "”",
    },
    "en": {
        "kind": "Minutes", "date": "Date", "present": "Present",
        "chair": "Chair", "secretary": "Secretary", "points": "Agenda items",
        "decision": "Decision", "decisions": "Decisions", "actions": "Action items",
        "who": "Who", "what": "What", "due": "Due", "evidence": "Evidence",
        "next_meeting": "Next meeting", "confirm": "To confirm",
        "kind_decision": "Decision", "kind_action": "Action",
        "no_owner": "no owner named", "date_unclear": "date unclear",
        "ungrounded": "not found in the notes",
        "partial": "The result is partial: parts of the input could not be processed.",
        "warnings": "Note", "no_meetings": "No meetings were found in the input.",
        "produced_by": "Produced by", "engine": "engine", "model": "model", "source": "source",
        "open_quote": "“", "close_quote": "”",
    },
}


@dataclass(frozen=True)
class ItemView:
    """A decision as shown: its text and a readable evidence quote."""

    text: str
    quote: str | None


@dataclass(frozen=True)
class PointView:
    """A numbered point with the decisions taken under it."""

    number: str
    title: str
    decisions: list[ItemView]


@dataclass(frozen=True)
class ActionRow:
    """One row of the action table; ``owner`` and ``due`` are never empty (``—`` instead)."""

    owner: str
    task: str
    due: str
    quote: str | None


@dataclass(frozen=True)
class ConfirmView:
    """An item a person must confirm, with every reason it was flagged."""

    kind: str
    text: str
    reasons: list[str]


@dataclass(frozen=True)
class MeetingView:
    """Everything one meeting's minutes show, already in display form."""

    lang: str
    labels: dict[str, str]
    heading: str
    date: str
    attendees: list[str]
    chair: str | None
    secretary: str | None
    points: list[PointView]
    decisions: list[ItemView]
    actions: list[ActionRow]
    next_meeting: str | None
    confirm: list[ConfirmView]


@dataclass(frozen=True)
class DocumentView:
    """The whole document: meetings plus run provenance and warnings."""

    lang: str
    labels: dict[str, str]
    title: str
    meetings: list[MeetingView]
    partial: bool
    errors: list[str]
    warnings: list[str]
    footer: str | None


def render(
    extraction: Extraction, *, format: Format = "md", lang: Language | None = None
) -> str | bytes:
    """Draft minutes from ``extraction``: ``str`` for md/html/json, ``bytes`` for docx.

    ``lang`` forces the labels' language; ``None`` uses each meeting's detected language.
    """
    if format not in get_args(Format):
        raise ConfigError(f"unknown output format {format!r}", hint="use md, html, docx or json")
    if lang is not None and lang not in LABELS:
        raise ConfigError(f"unknown language {lang!r}", hint="use sv or en")
    if format == "json":
        return extraction.model_dump_json(indent=2)
    view = build_view(extraction, lang)
    if format == "docx":
        from .render_docx import render_docx  # python-docx loads only for Word output

        return render_docx(view)
    text = _environment().get_template(f"minutes.{format}.j2").render(doc=view)
    return _tidy(text) if format == "md" else text


def render_to_file(
    extraction: Extraction,
    path: str | PathLike[str],
    *,
    format: Format | None = None,
    lang: Language | None = None,
) -> Path:
    """Render ``extraction`` and write it to ``path``; ``format`` defaults from the suffix."""
    target = Path(path)
    if format is None:
        suffix_format = _SUFFIXES.get(target.suffix.lower())
        if suffix_format is None:
            raise ConfigError(
                f"cannot tell the output format from {target.name!r}",
                hint="use a .md, .html, .docx or .json suffix, or pass format",
            )
        format = suffix_format
    result = render(extraction, format=format, lang=lang)
    if isinstance(result, bytes):
        target.write_bytes(result)
    else:
        target.write_text(result, encoding="utf-8")
    return target


def build_view(extraction: Extraction, lang: Language | None = None) -> DocumentView:
    """Turn ``extraction`` into the display view every format is rendered from."""
    doc_lang = lang or (extraction.meetings[0].language if extraction.meetings else "sv")
    labels = LABELS[doc_lang]
    meetings = [_meeting_view(m, lang or m.language) for m in extraction.meetings]
    run = extraction.run
    title = labels["kind"]
    if len(meetings) == 1 and extraction.meetings[0].title:
        title = f"{labels['kind']}: {meetings[0].heading}"
    return DocumentView(
        lang=doc_lang,
        labels=labels,
        title=title,
        meetings=meetings,
        partial=bool(run and (run.partial or run.errors)),
        errors=[_clean(e) for e in run.errors] if run else [],
        warnings=[_clean(w) for w in run.warnings] if run else [],
        footer=_footer(run, extraction.source, labels),
    )


def _meeting_view(meeting: Meeting, lang: str) -> MeetingView:
    labels = LABELS[lang]
    by_point: dict[int, list[ItemView]] = {i: [] for i in range(len(meeting.agenda))}
    general: list[ItemView] = []
    for decision in meeting.decisions:
        text = _clean(decision.text)
        quote = _quote(decision.evidence)
        # A decision stated in the notes' own words needs no second copy as its quote.
        same = quote is not None and _plain(quote).startswith(_plain(text))
        item = ItemView(text, None if same else quote)
        # An index outside the agenda must not lose the decision: it goes to the general list.
        target = by_point.get(decision.agenda_item) if decision.agenda_item is not None else None
        (target if target is not None else general).append(item)
    points = [
        PointView(_point_number(p.number, i), _clean(p.title), by_point[i])
        for i, p in enumerate(meeting.agenda)
    ]
    actions = [
        ActionRow(_clean(a.owner) or _DASH, _clean(a.task), _due(a), _quote(a.evidence))
        for a in meeting.action_items
    ]
    return MeetingView(
        lang=lang,
        labels=labels,
        heading=_clean(meeting.title) or labels["kind"],
        date=meeting.meeting_date.isoformat() if meeting.meeting_date else _DASH,
        attendees=[_attendee(a.name, a.organisation, a.role, a.note) for a in meeting.attendees],
        chair=_clean(meeting.chair) or None,
        secretary=_clean(meeting.secretary) or None,
        points=points,
        decisions=general,
        actions=actions,
        next_meeting=_next_meeting(meeting),
        confirm=confirmations(meeting, lang),
    )


def confirmations(meeting: Meeting, lang: str) -> list[ConfirmView]:
    """Every decision and action of ``meeting`` a person must confirm, with the reasons."""
    labels = LABELS[lang]
    found: list[ConfirmView] = []
    for decision in meeting.decisions:
        if not decision.grounded:
            found.append(ConfirmView(labels["kind_decision"], _clean(decision.text), [labels["ungrounded"]]))
    for action in meeting.action_items:
        reasons = _action_reasons(action, labels)
        if reasons:
            owner, task = _clean(action.owner), _clean(action.task)
            text = f"{task} ({owner})" if owner else task
            found.append(ConfirmView(labels["kind_action"], text, reasons))
    return found


def _action_reasons(action: ActionItem, labels: dict[str, str]) -> list[str]:
    reasons = []
    if not _clean(action.owner):  # a blank owner is as unknown as a missing one
        reasons.append(labels["no_owner"])
    if _clean(action.deadline_text) and action.deadline is None:
        reasons.append(f"{labels['date_unclear']} ({_quoted(_clean(action.deadline_text), labels)})")
    if not action.grounded:
        reasons.append(labels["ungrounded"])
    return reasons


def _due(action: ActionItem) -> str:
    if action.deadline is not None:
        return action.deadline.isoformat()
    return _clean(action.deadline_text) or _DASH


def _point_number(number: str | None, index: int) -> str:
    number = _clean(number) or str(index + 1)
    return f"{number}." if number.isdigit() else number  # "3" reads as "3.", "§ 3" stays


def _attendee(name: str, organisation: str | None, role: str | None, note: str | None) -> str:
    name, organisation, role, note = (_clean(x) for x in (name, organisation, role, note))
    line = ", ".join(part for part in (name, organisation) if part)
    if role:
        line += f" ({role})"
    if note:
        line += f" {_DASH} {note}"
    return line


def _next_meeting(meeting: Meeting) -> str | None:
    nxt = meeting.next_meeting
    if nxt is None:
        return None
    text = _clean(nxt.text)
    if nxt.date is None:
        return text
    return f"{nxt.date.isoformat()} ({text})" if text else nxt.date.isoformat()


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).casefold().strip()


def _quote(evidence: list[Evidence]) -> str | None:
    quotes = [_clean(e.quote) for e in evidence]
    text = " … ".join(q for q in quotes if q)
    if len(text) > _QUOTE_MAX:
        text = text[: _QUOTE_MAX - 1].rstrip() + "…"
    return text or None


def _footer(run: RunInfo | None, source: str | None, labels: dict[str, str]) -> str | None:
    if run is None and not source:
        return None
    parts = []
    if run is not None:
        parts.append(f"{labels['produced_by']} minutes_ai {run.engine_version}")
        parts.append(f"{labels['engine']}: {run.engine}")
        if run.model:
            parts.append(f"{labels['model']}: {run.model}")
    if source:
        parts.append(f"{labels['source']}: {source}")
    return _clean(" · ".join(parts))


_CONTROL = _rx.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str | None) -> str:
    """One display line: control characters removed (Word rejects them), whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", text or "").split())


def _quoted(text: str | None, labels: dict[str, str]) -> str:
    return f"{labels['open_quote']}{text or ''}{labels['close_quote']}"


_MD_SPECIAL = _rx.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = _rx.compile(r"&(?=#?\w+;)")
_MD_BLOCK_START = _rx.compile(r"^([#+=-]|\d+(?=[.)]))")


def markdown_escape(text: str, block: bool = True) -> str:
    """Make ``text`` literal inline Markdown: one line, no markup, no raw HTML.

    ``block=False`` is for text that cannot start a block (heading text, table cells).
    """
    text = " ".join(str(text).split())
    text = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))
    # A leading "#", "-" or "1." would turn a paragraph or list item into a heading or a list.
    text = re.sub(r"#$", r"\\#", text)  # a trailing "#" would be read as a heading's closing mark
    match = _MD_BLOCK_START.match(text) if block else None
    if match and match.group(1)[0].isdigit():
        return text[: match.end()] + "\\" + text[match.end():]
    return "\\" + text if match else text


@functools.cache
def _environment() -> Environment:
    """The one strict template environment; autoescaping is on for HTML templates only."""
    env = Environment(
        loader=PackageLoader("minutes_ai", "templates"),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
    )
    env.filters["md"] = markdown_escape
    return env


def _tidy(text: str) -> str:
    """Strip trailing spaces and runs of blank lines left by template conditionals."""
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


__all__ = ["LABELS", "Format", "build_view", "confirmations", "markdown_escape", "render", "render_to_file"]
