"""The contract: the typed results minutes_ai returns and serialises.

These pydantic models are the public Python API (``from minutes_ai import Meeting``)
and the JSON Schema printed by ``minutes-ai schema``. Every offset is a character
index into the *normalised* text of the input (see :class:`minutes_ai.document.Document`):
for every :class:`Evidence`, ``text[start:end] == quote``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["sv", "en"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A verbatim span of the source that supports an extracted item."""

    start: int = Field(ge=0, description="Start character offset in the normalised source text.")
    end: int = Field(ge=0, description="End character offset (exclusive) in the normalised source text.")
    quote: str = Field(description="The exact source text between start and end.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end must not precede start")
        return self


class Attendee(_Model):
    """A person (or body) recorded as present at the meeting."""

    name: str = Field(description="Name as written in the notes (full name, first name or initials).")
    organisation: str | None = Field(
        default=None, description="Organisation, municipality or unit written beside the name, if any."
    )
    role: str | None = Field(
        default=None,
        description="Role written beside the name (e.g. 'ordförande', 'chair', 'processledare'), if any.",
    )
    note: str | None = Field(
        default=None, description="Other qualifier, e.g. 'punkt 5' or 'del av mötet' (part of the meeting)."
    )


class AgendaItem(_Model):
    """A numbered point or headed section of the meeting."""

    number: str | None = Field(default=None, description="The point's number as written ('3', '§ 3'), if any.")
    title: str = Field(description="The point's heading, without number or markup.")
    start: int = Field(ge=0, description="Start offset of the point's section (heading included).")
    end: int = Field(ge=0, description="End offset (exclusive) of the point's section.")


class Decision(_Model):
    """Something this meeting decided: an adopted proposal, an election, a tabling, a position."""

    text: str = Field(description="The decision, stated as one sentence in the notes' language.")
    evidence: list[Evidence] = Field(
        min_length=1, description="Verbatim source spans that record the decision."
    )
    agenda_item: int | None = Field(
        default=None, description="Index into the meeting's agenda of the point this belongs to, if any."
    )
    grounded: bool = Field(
        default=True,
        description="False when the evidence could not be found verbatim in the source; such items must be confirmed.",
    )


class ActionItem(_Model):
    """A task someone is to do after the meeting."""

    owner: str | None = Field(
        default=None, description="Who is responsible, as named in the notes; null when nobody is named."
    )
    task: str = Field(description="What is to be done, as a short imperative or infinitive phrase.")
    deadline: _dt.date | None = Field(
        default=None, description="The due date as an ISO date, only when the notes make it unambiguous."
    )
    deadline_text: str | None = Field(
        default=None, description="The deadline words exactly as written (e.g. 'senast 26/1'), or null."
    )
    evidence: list[Evidence] = Field(
        min_length=1, description="Verbatim source spans that record the action."
    )
    agenda_item: int | None = Field(
        default=None, description="Index into the meeting's agenda of the point this belongs to, if any."
    )
    grounded: bool = Field(
        default=True,
        description="False when the evidence could not be found verbatim in the source; such items must be confirmed.",
    )

    @property
    def needs_confirmation(self) -> bool:
        """True when the owner is unknown, a stated deadline has no date, or evidence is missing."""
        return (
            self.owner is None
            or not self.grounded
            or (self.deadline_text is not None and self.deadline is None)
        )


class NextMeeting(_Model):
    """When the group meets next, as far as the notes say."""

    date: _dt.date | None = Field(default=None, description="Date of the next meeting, when it is one unambiguous date.")
    text: str = Field(description="The notes' words about the next meeting, verbatim.")
    evidence: Evidence | None = Field(default=None, description="Where the words stand in the source.")


class Meeting(_Model):
    """One meeting: header facts, agenda, decisions and action items."""

    title: str | None = Field(default=None, description="The meeting's title as written, without markup.")
    meeting_date: _dt.date | None = Field(default=None, description="The date the meeting was held.")
    language: Language = Field(default="sv", description="Language of the notes: 'sv' or 'en'.")
    start: int = Field(default=0, ge=0, description="Start offset of this meeting in the source.")
    end: int = Field(default=0, ge=0, description="End offset (exclusive) of this meeting in the source.")
    attendees: list[Attendee] = Field(default_factory=list, description="People recorded as present.")
    chair: str | None = Field(default=None, description="Who chaired the meeting (Ordförande / Chair).")
    secretary: str | None = Field(
        default=None, description="Who took the minutes (Sekreterare / Antecknat av / Scribe)."
    )
    agenda: list[AgendaItem] = Field(default_factory=list, description="The meeting's points in order.")
    decisions: list[Decision] = Field(default_factory=list, description="What this meeting decided.")
    action_items: list[ActionItem] = Field(default_factory=list, description="Who is to do what, by when.")
    next_meeting: NextMeeting | None = Field(default=None, description="The next meeting, if mentioned.")


class Usage(_Model):
    """Model calls and tokens spent on a run (zero for the offline engine)."""

    calls: int = Field(default=0, ge=0, description="Model requests sent (cache hits excluded).")
    cached_calls: int = Field(default=0, ge=0, description="Requests answered from the response cache.")
    prompt_tokens: int = Field(default=0, ge=0, description="Prompt tokens reported by the server.")
    completion_tokens: int = Field(default=0, ge=0, description="Completion tokens reported by the server.")

    def add(self, other: Usage) -> Usage:
        """Return the sum of two usages."""
        return Usage(
            calls=self.calls + other.calls,
            cached_calls=self.cached_calls + other.cached_calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class RunInfo(_Model):
    """Provenance of a result, so a change in quality can be traced to a change in inputs."""

    engine: str = Field(description="Engine that produced the result: 'offline' or 'llm'.")
    engine_version: str = Field(description="minutes_ai version.")
    model: str | None = Field(default=None, description="Model id, for the LLM engine.")
    prompt_hash: str | None = Field(default=None, description="Content hash of the prompt templates used.")
    schema_hash: str = Field(description="Content hash of the result JSON Schema.")
    usage: Usage = Field(default_factory=Usage, description="Calls and tokens spent.")
    partial: bool = Field(default=False, description="True when some part of the input failed and is missing.")
    errors: list[str] = Field(default_factory=list, description="One line per part that failed.")
    warnings: list[str] = Field(default_factory=list, description="Things the reader should know.")


class Extraction(_Model):
    """Everything extracted from one input document."""

    source: str | None = Field(default=None, description="Path or name of the input ('-' for stdin).")
    meetings: list[Meeting] = Field(default_factory=list, description="The meetings in the document, in order.")
    run: RunInfo | None = Field(default=None, description="How this result was produced.")


@functools.lru_cache(maxsize=1)
def _schema_json() -> str:
    return json.dumps(Extraction.model_json_schema(), sort_keys=True, ensure_ascii=False)


def extraction_json_schema() -> dict:
    """The JSON Schema of :class:`Extraction`, as printed by ``minutes-ai schema``."""
    return json.loads(_schema_json())


@functools.lru_cache(maxsize=1)
def schema_hash() -> str:
    """A short, stable content hash of the result schema."""
    return hashlib.sha256(_schema_json().encode("utf-8")).hexdigest()[:16]


__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendee",
    "Decision",
    "Evidence",
    "Extraction",
    "Language",
    "Meeting",
    "NextMeeting",
    "RunInfo",
    "Usage",
    "extraction_json_schema",
    "schema_hash",
]
