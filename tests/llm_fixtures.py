"""Fixtures shared by the LLM engine tests (import the ones a module uses)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llm_server import ScriptedChatServer

#: A fake key: tests assert it never reaches a cassette or the cache.
TEST_API_KEY = "sk-test-0000-not-a-real-key"

#: Settings that keep retry waits short in tests.
FAST = {"backoff_initial": 0.01, "backoff_max": 0.05, "timeout": 2.0}


@pytest.fixture
def chat_server() -> Iterator[ScriptedChatServer]:
    """A running ScriptedChatServer, stopped after the test."""
    with ScriptedChatServer() as server:
        yield server


def async_client(server: ScriptedChatServer, **options):
    """An openai.AsyncOpenAI client aimed at ``server``."""
    import openai

    return openai.AsyncOpenAI(base_url=server.base_url, api_key=TEST_API_KEY, **options)


def sync_client(server: ScriptedChatServer, **options):
    """An openai.OpenAI client aimed at ``server``."""
    import openai

    return openai.OpenAI(base_url=server.base_url, api_key=TEST_API_KEY, **options)
