"""The model-facing answer schema: what the model is asked to fill for one chunk of notes.

It carries quotes, never offsets: offsets are found afterwards by grounding the quotes in
the source. Nullable fields use ``| None`` and the published schema lists every field as
required, so strict structured-output servers accept it as is. Validation is kinder on one
point: an answer that leaves out ``meeting`` reads it as null.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


_MEETING = (
    "The number of the meeting the item belongs to, as numbered in the header when it lists "
    "several meetings; null when the notes hold one meeting."
)


class ChunkDecision(_Strict):
    """A decision the meeting made, as the model reads it from the notes."""

    text: str = Field(description="The decision as one sentence in the notes' language.")
    quote: str = Field(
        description="The shortest exact excerpt of the notes (usually one sentence or line) that states the decision."
    )
    meeting: int | None = Field(default=None, description=_MEETING)


class ChunkActionItem(_Strict):
    """A task someone is to do after the meeting, as the model reads it from the notes."""

    owner: str | None = Field(
        description="Who is responsible, exactly as written in the notes (several as 'A, B'); null when nobody is named."
    )
    task: str = Field(description="What is to be done, as a short phrase in the notes' language.")
    deadline_text: str | None = Field(
        description="The deadline words exactly as written, cue words included (e.g. 'senast 26/1'); null when none."
    )
    quote: str = Field(
        description="The shortest exact excerpt of the notes (usually one sentence or line) that states the task."
    )
    meeting: int | None = Field(default=None, description=_MEETING)


class ChunkExtraction(_Strict):
    """Decisions and action items found in one part of the notes."""

    decisions: list[ChunkDecision] = Field(description="Decisions recorded in the notes, in order.")
    action_items: list[ChunkActionItem] = Field(description="Action items recorded in the notes, in order.")


def _all_required(schema: object) -> None:
    """Mark every property of every object required and drop null defaults (strict-mode form)."""
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict):
            schema["required"] = list(schema["properties"])
        if "default" in schema and schema["default"] is None:
            del schema["default"]
        for value in schema.values():
            _all_required(value)
    elif isinstance(schema, list):
        for value in schema:
            _all_required(value)


def response_json_schema() -> dict:
    """The JSON Schema of :class:`ChunkExtraction` (what JSON mode shows the model)."""
    schema = ChunkExtraction.model_json_schema()
    _all_required(schema)
    return schema


def response_schema_hash() -> str:
    """A short content hash of the model-facing schema, for cache keys and run records."""
    payload = json.dumps(response_json_schema(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


__all__ = [
    "ChunkActionItem",
    "ChunkDecision",
    "ChunkExtraction",
    "response_json_schema",
    "response_schema_hash",
]
