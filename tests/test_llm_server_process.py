"""The test server in a child process: answers, records read back over HTTP, clean shutdown."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from llm_server import CONTROL_PREFIX, RecordedRequest, ScriptedChatServer, ServerProcess
from minutes_ai.document import Document
from minutes_ai.engines.llm import LLMEngine

# Only the local test server may be reached.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

NOTES = "Protokoll 2025-03-12\n\nBeslut: budgeten fastställdes.\nPer tar in offerter senast 2025-04-01.\n"


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
        return json.loads(response.read())


def test_server_process_answers_and_reports_what_it_received(tmp_path):
    with ServerProcess(latency=0.01) as server:
        assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
        engine = LLMEngine.from_config(model="test-model", base_url=server.base_url, cache_dir=tmp_path,
                                       concurrency=2)
        results = engine.extract_many([Document(text=NOTES, source="a.txt"), Document(text=NOTES + "\n", source="b")])
        requests = server.completion_requests
        assert len(requests) == 2 and all(isinstance(r, RecordedRequest) for r in requests)
        assert all(r.method == "POST" and r.body["model"] == "test-model" for r in requests)
        assert "beslut: budgeten" in requests[0].body["messages"][1]["content"].lower()
        assert [len(server.requests_since(n)) for n in (0, 1, 2)] == [2, 1, 0]
        assert server.max_in_flight == 2
        server.reset_max_in_flight()
        assert server.max_in_flight == 0
        assert all(r.meetings[0].decisions and r.meetings[0].decisions[0].grounded for r in results)
        process = server._process
    assert process is not None and process.returncode is not None  # stopped with the block


def test_control_paths_are_not_recorded_and_unknown_gets_are_404():
    with ScriptedChatServer() as server:
        root = server.base_url.rsplit("/v1", 1)[0]
        state = _get(root + CONTROL_PREFIX + "requests?since=0")
        assert state == {"count": 0, "in_flight": 0, "max_in_flight": 0, "requests": []}
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(server.base_url + "/models", timeout=10)  # noqa: S310
        error.value.close()  # an HTTPError holds the response open
        assert error.value.code == 404
        assert server.requests == []


def test_server_process_that_cannot_start_raises(monkeypatch):
    import llm_server

    monkeypatch.setattr(llm_server.sys, "executable", "/bin/false")
    with pytest.raises(RuntimeError, match="did not start"):
        ServerProcess(start_timeout=5).start()
