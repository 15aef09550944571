"""Recorded HTTP interactions replayed with the network blocked.

Replay (the default, offline): ``pytest tests/test_llm_cassettes.py``.

Re-record: ``pytest tests/test_llm_cassettes.py --record-mode=rewrite``. With
``OPENAI_API_KEY`` set (and optionally ``OPENAI_BASE_URL`` and ``MINUTES_AI_RECORD_MODEL``,
default ``gpt-4o-mini``) the requests go to that real model; without a key they go to a
local ScriptedChatServer. The Authorization and api-key headers are filtered out of every
cassette. Assertions here check structure (verbatim evidence, usage, provenance), never
model quality, so they hold for any recording.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import openai
import pytest
import yaml

from llm_fixtures import TEST_API_KEY
from llm_server import ScriptedChatServer, json_schema_rejected, rate_limited
from minutes_ai.document import Document
from minutes_ai.engines.llm import LLMEngine
from minutes_ai.schemas import schema_hash

CASSETTES = Path(__file__).parent / "cassettes"
SECRET_HEADERS = ("authorization", "api-key", "openai-organization", "openai-project")

# Read at import, before the autouse fixtures clear the environment for each test: only
# a recording run (--record-mode other than none) uses them.
RECORD_KEY = os.environ.get("OPENAI_API_KEY")
RECORD_BASE_URL = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
RECORD_MODEL = os.environ.get("MINUTES_AI_RECORD_MODEL", "gpt-4o-mini")

NOTES = (
    "Project steering group 2025-02-10\n"
    "\n"
    "Present: Maria Lind (chair), Tom Ek, Sara Nyberg\n"
    "\n"
    "1. Pilot\n"
    "The group decided to extend the pilot until the end of June.\n"
    "Tom will send the updated plan to all members by 2025-02-17.\n"
    "\n"
    "2. Next meeting\n"
    "Next meeting 2025-03-10.\n"
)


@pytest.fixture(scope="module")
def vcr_config():
    """Filter secrets; match on method and path only, so replay works from any base URL."""
    return {
        "filter_headers": list(SECRET_HEADERS),
        "match_on": ["method", "path"],
        "decode_compressed_response": True,
    }


def _extract(base_url: str, api_key: str, model: str, **options):
    async def go():
        client = openai.AsyncOpenAI(base_url=base_url, api_key=api_key)
        try:
            engine = LLMEngine(client, model, use_cache=False, **{"max_attempts": 1, **options})
            return await engine.aextract(Document(text=NOTES, source="steering.txt"))
        finally:
            await client.close()

    return asyncio.run(go())


@pytest.mark.vcr
@pytest.mark.block_network
def test_replayed_extraction_is_grounded(vcr, record_mode):
    if record_mode == "none":
        # Replay: nothing listens on port 9; any real connection would fail (and is blocked).
        result = _extract("http://127.0.0.1:9/v1", "sk-replay", "recorded-model")
    elif RECORD_KEY:
        result = _extract(RECORD_BASE_URL, RECORD_KEY, RECORD_MODEL)
    else:
        with ScriptedChatServer() as server:
            result = _extract(server.base_url, TEST_API_KEY, "scripted-test-model")
    assert vcr.play_count == len(vcr.data) or record_mode != "none"
    assert result.run.usage.calls == len(vcr.data) == 1
    assert result.run.usage.prompt_tokens > 0
    assert result.run.schema_hash == schema_hash()
    meeting = result.meetings[0]
    for item in [*meeting.decisions, *meeting.action_items]:
        for ev in item.evidence:
            assert NOTES[ev.start : ev.end] == ev.quote


@pytest.mark.vcr
@pytest.mark.block_network
def test_replayed_faults_are_handled(vcr, record_mode):
    """A 400 rejecting json_schema, then a 429, then an answer: always recorded from the test server."""
    options = {"max_attempts": 3, "backoff_initial": 0.01}
    if record_mode == "none":
        result = _extract("http://127.0.0.1:9/v1", "sk-replay", "recorded-model", **options)
    else:
        with ScriptedChatServer() as server:
            server.script(json_schema_rejected(), rate_limited(retry_after=0))
            result = _extract(server.base_url, TEST_API_KEY, "scripted-test-model", **options)
    statuses = [response["status"]["code"] for response in vcr.responses]
    assert statuses == [400, 429, 200]
    assert result.run.usage.calls == 3
    assert any("JSON mode" in w for w in result.run.warnings)
    assert not result.run.partial


def _cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_cassettes_exist():
    assert _cassette_files(), "no cassettes recorded under tests/cassettes"


@pytest.mark.parametrize("path", _cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_cassette_holds_a_key_or_auth_header(path):
    text = path.read_text(encoding="utf-8")
    assert TEST_API_KEY not in text
    assert not RECORD_KEY or RECORD_KEY not in text
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        names = {name.lower() for name in interaction["request"].get("headers", {})}
        assert not names & set(SECRET_HEADERS), f"{path.name} records {names & set(SECRET_HEADERS)}"
        assert "bearer " not in str(interaction["request"]).lower()
