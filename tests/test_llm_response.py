"""The model-facing answer schema is accepted by strict structured-output servers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from minutes_ai.engines.llm.response import (
    ChunkExtraction,
    response_json_schema,
    response_schema_hash,
)


def _objects(schema: dict):
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from _objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _objects(value)


def test_every_object_is_closed_and_fully_required():
    objects = list(_objects(response_json_schema()))
    assert len(objects) == 3
    for obj in objects:
        assert obj.get("additionalProperties") is False
        assert set(obj["required"]) == set(obj["properties"])
        assert all(prop.get("description") for prop in obj["properties"].values())


def test_sdk_strict_schema_builds():
    from openai.lib._pydantic import to_strict_json_schema

    strict = to_strict_json_schema(ChunkExtraction)
    assert set(strict["required"]) == {"decisions", "action_items"}


def test_nullable_fields_must_still_be_present():
    with pytest.raises(ValidationError):
        ChunkExtraction.model_validate({"decisions": [], "action_items": [{"task": "x", "quote": "x"}]})
    ok = ChunkExtraction.model_validate(
        {"decisions": [], "action_items": [{"owner": None, "task": "x", "deadline_text": None, "quote": "x"}]}
    )
    assert ok.action_items[0].owner is None
    assert ok.action_items[0].meeting is None  # the meeting number alone may be left out


def test_meeting_number_is_offered_and_read():
    schema = response_json_schema()
    for name in ("ChunkDecision", "ChunkActionItem"):
        prop = schema["$defs"][name]["properties"]["meeting"]
        assert {"type": "integer"} in prop["anyOf"] and "default" not in prop
    answer = ChunkExtraction.model_validate({"decisions": [{"text": "a", "quote": "a", "meeting": 2}], "action_items": []})
    assert answer.decisions[0].meeting == 2


def test_schema_hash_is_stable():
    assert response_schema_hash() == response_schema_hash() and len(response_schema_hash()) == 16
