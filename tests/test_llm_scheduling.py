"""How a batch is scheduled: requests start while later notes are still being parsed, the
next request goes out before an answer is post-processed, and HTTP clients share one TLS context."""

from __future__ import annotations

import asyncio
import os

import httpcore2
import pytest

import llm_fixtures
from llm_fixtures import FAST, async_client
from minutes_ai.document import Document
from minutes_ai.engines.llm import LLMEngine
from minutes_ai.engines.llm import client as client_module
from minutes_ai.engines.llm import engine as engine_module

chat_server = llm_fixtures.chat_server

# Only the local test server may be reached.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

NOTES = (
    "Protokoll styrelsemöte 2025-03-1{i}\n\n"
    "Närvarande: Anna Berg, Per Ek\n\n"
    "1. Budget\n"
    "Beslut: budgeten fastställdes.\n"
    "Per tar in offerter senast 2025-04-01.\n"
)


def _docs(count: int) -> list[Document]:
    return [Document(text=NOTES.format(i=i % 10), source=f"{i}.txt") for i in range(count)]


def _run_logged(chat_server, tmp_path, monkeypatch, docs, log=None, **options) -> tuple[list, list[tuple[str, str]]]:
    """Run ``aextract_many`` and log, in order, each document prepared and each request started."""
    log = [] if log is None else log
    prepare = LLMEngine._prepare
    extract = client_module.ChatCaller.extract

    def logged_prepare(self, document):
        log.append(("prepare", document.source))
        return prepare(self, document)

    async def logged_extract(self, *, header, notes, is_part, stats):
        log.append(("request", next(d.source for d in docs if notes in d.text)))
        return await extract(self, header=header, notes=notes, is_part=is_part, stats=stats)

    monkeypatch.setattr(LLMEngine, "_prepare", logged_prepare)
    monkeypatch.setattr(client_module.ChatCaller, "extract", logged_extract)

    async def go():
        client = async_client(chat_server)
        try:
            options.setdefault("use_cache", False)
            engine = LLMEngine(client, "test-model", cache_dir=tmp_path, **FAST, **options)
            return await engine.aextract_many(docs)
        finally:
            await client.close()

    return asyncio.run(go()), log


def test_a_documents_request_starts_before_the_next_document_is_parsed(chat_server, tmp_path, monkeypatch):
    docs = _docs(6)
    results, log = _run_logged(chat_server, tmp_path, monkeypatch, docs, concurrency=6)
    assert [r.source for r in results] == [d.source for d in docs]
    assert sorted(log) == sorted([("prepare", d.source) for d in docs] + [("request", d.source) for d in docs])
    # Each document is prepared, then its request starts, before the next one is prepared.
    expected = [entry for d in docs for entry in (("prepare", d.source), ("request", d.source))]
    assert log == expected


def test_pacing_keeps_the_concurrency_bound_and_document_order(chat_server, tmp_path, monkeypatch):
    chat_server.latency = 0.05
    docs = _docs(7)
    results, log = _run_logged(chat_server, tmp_path, monkeypatch, docs, concurrency=2)
    assert [r.source for r in results] == [d.source for d in docs]
    assert chat_server.max_in_flight == 2
    requests = [source for kind, source in log if kind == "request"]
    assert requests == [d.source for d in docs]  # slots are handed out in document order
    assert all(r.meetings[0].decisions for r in results)


def test_a_freed_slot_sends_the_next_request_before_the_answer_is_stored(chat_server, tmp_path, monkeypatch):
    chat_server.latency = 0.05  # the later documents are waiting for the one slot
    docs = _docs(3)
    log: list[tuple[str, str]] = []
    put = engine_module.ResponseCache.put

    def logged_put(self, key, value):
        log.append(("store", "an answer"))
        return put(self, key, value)

    monkeypatch.setattr(engine_module.ResponseCache, "put", logged_put)
    _run_logged(chat_server, tmp_path, monkeypatch, docs, log=log, concurrency=1, use_cache=True)
    events = [kind for kind, _ in log if kind != "prepare"]
    # With one slot: answer 1 is written to the cache only after request 2 has started.
    assert events == ["request", "request", "store", "request", "store", "store"]


def test_clients_built_by_the_engine_share_one_tls_context(monkeypatch):
    built: list[object] = []
    default = httpcore2.default_ssl_context

    def counting(*args, **kwargs):
        context = default(*args, **kwargs)
        built.append(context)
        return context

    monkeypatch.setattr(httpcore2, "default_ssl_context", counting)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    client_module._ssl_context.cache_clear()
    engine = LLMEngine.from_config(model="test-model", base_url="http://127.0.0.1:9/v1", api_key="k")
    clients = [engine._factory() for _ in range(3)]
    assert len(clients) == 3 and len(built) == 1  # one CA bundle load for three clients
    client_module._ssl_context.cache_clear()


def test_the_shared_tls_context_follows_ssl_cert_file(monkeypatch, tmp_path):
    client_module._ssl_context.cache_clear()
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    first = client_module._ssl_context(os.environ.get("SSL_CERT_FILE"), None)
    assert client_module._ssl_context(None, None) is first
    assert client_module._ssl_context("/elsewhere/ca.pem", None) is not first  # another bundle, another context
    client_module._ssl_context.cache_clear()
