"""The model-facing answer schema: what the model is asked to fill for one chunk of notes.

It carries quotes, never offsets: offsets are found afterwards by grounding the quotes in
the source. Nullable fields use ``| None`` and the published schema lists every field as
required, so strict structured-output servers accept it as is. Validation is kinder on one
point: an answer that leaves out ``meeting`` reads it as null.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _drop_titles(schema: dict, _model: type) -> None:
    """Titles repeat the field names; the model reads tokens, so they are left out."""
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_drop_titles)


_MEETING = "Meeting number from the header when it lists several; else null."


class ChunkDecision(_Strict):
    text: str = Field(description="The decision, one sentence, in the notes' language.")
    quote: str = Field(description="Shortest exact excerpt stating it.")
    meeting: int | None = Field(default=None, description=_MEETING)


class ChunkActionItem(_Strict):
    owner: str | None = Field(description="Who, as written ('A, B' for several); null if nobody is named.")
    task: str = Field(description="What is to be done, short, in the notes' language.")
    deadline_text: str | None = Field(description="Deadline words as written (e.g. 'senast 26/1'); null if none.")
    quote: str = Field(description="Shortest exact excerpt stating it.")
    meeting: int | None = Field(default=None, description=_MEETING)


class ChunkExtraction(_Strict):
    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The JSON Schema, generated once: the SDK asks for it on every request, and callers
        may change what they get, so each gets its own copy."""
        return copy.deepcopy(_cached_schema(cls, args, tuple(sorted(kwargs.items()))))

    decisions: list[ChunkDecision] = Field(description="Decisions, in order.")
    action_items: list[ChunkActionItem] = Field(description="Action items, in order.")


@functools.lru_cache(maxsize=8)
def _cached_schema(cls: type[BaseModel], args: tuple, kwargs: tuple) -> dict[str, Any]:
    schema: dict[str, Any] = BaseModel.model_json_schema.__func__(cls, *args, **dict(kwargs))  # type: ignore[attr-defined]
    return schema


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
    return json.loads(_schema_json())


@functools.lru_cache(maxsize=1)
def _schema_json() -> str:
    # Generating a JSON Schema takes milliseconds; it is asked for on every request.
    schema = ChunkExtraction.model_json_schema()
    _all_required(schema)
    return json.dumps(schema, ensure_ascii=False)


@functools.lru_cache(maxsize=1)
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
