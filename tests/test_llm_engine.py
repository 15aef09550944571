"""LLMEngine end to end against ScriptedChatServer: calls, grounding, dates, cache, failures."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

import llm_fixtures
from llm_fixtures import FAST, TEST_API_KEY, async_client, sync_client
from llm_server import Status, answer, cut_off, fixture_answer, notes_of, refusal, server_error
from minutes_ai.chunking import chunk_document
from minutes_ai.document import Document
from minutes_ai.engines.base import Engine
from minutes_ai.engines.llm import LLMEngine
from minutes_ai.errors import BackendError, ConfigError
from minutes_ai.schemas import schema_hash
from minutes_ai.structure import parse_meetings

chat_server = llm_fixtures.chat_server

# Only the local test server may be reached.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

SWEDISH = (
    "Protokoll styrelsemöte 2025-03-12\n"
    "\n"
    "Närvarande: Anna Berg, Per Ek, Lisa Holm\n"
    "Ordförande: Anna Berg\n"
    "\n"
    "1. Budget\n"
    "Styrelsen diskuterade budgeten för året.\n"
    "Beslut: budgeten för 2025 fastställdes enligt förslaget.\n"
    "\n"
    "2. Lokaler\n"
    "Per tar in offerter på nya lokaler senast 2025-04-01.\n"
    "Lisa bokar möte med hyresvärden.\n"
)


def _lines(n: int) -> str:
    topics = ["ekonomi", "lokaler", "personal", "IT-stöd", "kommunikation", "utbildning"]
    return "".join(
        f"Punkt {i}: Gruppen gick igenom läget för {topics[i % len(topics)]} och noterade "
        f"att arbetet fortsätter enligt plan nummer {i}.\n"
        for i in range(1, n + 1)
    )


LONG = "Arbetsgruppsmöte 2025-05-20\n\nNärvarande: Anna Berg, Per Ek\n\n" + _lines(60)


def run_engine(server, document, **options):
    """Run ``aextract`` with an injected AsyncOpenAI client (closed afterwards)."""

    async def go():
        client = async_client(server)
        try:
            engine = LLMEngine(client, "test-model", **{**FAST, **options})
            return await engine.aextract(document)
        finally:
            await client.close()

    return asyncio.run(go())


def _verbatim(extraction, text):
    for meeting in extraction.meetings:
        for item in [*meeting.decisions, *meeting.action_items]:
            for ev in item.evidence:
                assert text[ev.start : ev.end] == ev.quote


def test_is_an_engine(tmp_path):
    engine = LLMEngine(object(), "test-model", cache_dir=tmp_path)
    assert isinstance(engine, Engine)
    assert engine.name == "llm"


def test_one_meeting_that_fits_is_one_call(chat_server, tmp_path):
    doc = Document(text=SWEDISH, source="styrelse.txt")
    result = run_engine(chat_server, doc, cache_dir=tmp_path)
    assert len(chat_server.completion_requests) == 1
    assert len(result.meetings) == 1
    run = result.run
    assert run.engine == "llm" and run.model == "test-model"
    assert run.usage.calls == 1 and run.usage.cached_calls == 0
    assert run.usage.prompt_tokens > 0 and run.usage.completion_tokens > 0
    assert run.prompt_hash and len(run.prompt_hash) == 16
    assert run.schema_hash == schema_hash()
    assert not run.partial and run.errors == []
    assert result.source == "styrelse.txt"
    user = chat_server.completion_requests[0].body["messages"][1]["content"]
    assert "<header>" in user and "2025-03-12" in user.split("<notes>")[0]  # the chunk carries its header
    _verbatim(result, SWEDISH)


def test_quotes_are_grounded_and_deadlines_re_read(chat_server, tmp_path):
    chat_server.script(
        answer(
            decisions=[("Budgeten fastställdes.", "Beslut: budgeten för 2025 fastställdes enligt förslaget.")],
            actions=[
                ("Lisa", "Boka möte med hyresvärden", None, "Lisa bokar möte med hyresvärden."),
                ("Per", "Ta in offerter", "senast 2025-04-01", "Per tar in offerter på nya lokaler senast 2025-04-01."),
            ],
        )
    )
    doc = Document(text=SWEDISH)
    meeting = run_engine(chat_server, doc, cache_dir=tmp_path).meetings[0]
    decision = meeting.decisions[0]
    assert decision.grounded
    assert decision.evidence[0].start == SWEDISH.index("Beslut: budgeten")
    assert [a.owner for a in meeting.action_items] == ["Per", "Lisa"]  # source order, not answer order
    per = meeting.action_items[0]
    assert per.deadline == dt.date(2025, 4, 1) and per.deadline_text == "senast 2025-04-01"
    assert per.grounded and SWEDISH[per.evidence[0].start : per.evidence[0].end] == per.evidence[0].quote
    assert meeting.action_items[1].deadline is None


def test_unfindable_quote_is_kept_ungrounded(chat_server, tmp_path):
    chat_server.script(answer(decisions=[("Kaffe ska köpas.", "Beslut: kaffemaskinen byts ut mot en ny i juni.")]))
    doc = Document(text=SWEDISH)
    result = run_engine(chat_server, doc, cache_dir=tmp_path)
    decision = result.meetings[0].decisions[0]
    assert any("could not be found verbatim" in w for w in result.run.warnings)
    assert decision.grounded is False
    assert decision.text == "Kaffe ska köpas."
    ev = decision.evidence[0]
    assert SWEDISH[ev.start : ev.end] == ev.quote  # verbatim even when ungrounded


def test_unchanged_rerun_makes_no_calls(chat_server, tmp_path):
    doc = Document(text=SWEDISH)
    first = run_engine(chat_server, doc, cache_dir=tmp_path)
    second = run_engine(chat_server, doc, cache_dir=tmp_path)
    assert len(chat_server.completion_requests) == 1
    assert second.run.usage.calls == 0 and second.run.usage.cached_calls == 1
    assert second.meetings == first.meetings
    stored = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.json"))
    assert stored and TEST_API_KEY not in stored and "authorization" not in stored.lower()
    third = run_engine(chat_server, doc, cache_dir=tmp_path, use_cache=False)
    assert third.run.usage.calls == 1 and len(chat_server.completion_requests) == 2


def test_changed_text_misses_the_cache(chat_server, tmp_path):
    run_engine(chat_server, Document(text=SWEDISH), cache_dir=tmp_path)
    run_engine(chat_server, Document(text=SWEDISH + "Övrigt: inget.\n"), cache_dir=tmp_path)
    assert len(chat_server.completion_requests) == 2


def test_long_meeting_is_chunked_with_headers_under_the_bound(chat_server, tmp_path):
    chat_server.latency = 0.1
    doc = Document(text=LONG)
    options = {"cache_dir": tmp_path, "max_context_tokens": 2600, "max_output_tokens": 600, "concurrency": 2}
    result = run_engine(chat_server, doc, **options)
    budget = LLMEngine(object(), "test-model", **options)._notes_budget()
    expected = chunk_document(doc, parse_meetings(doc), max_tokens=budget, model="test-model")
    assert len(expected) > 2
    requests = chat_server.completion_requests
    assert len(requests) == len(expected) == result.run.usage.calls
    assert all("<header>" in r.body["messages"][1]["content"] for r in requests)
    assert all("one part of a longer" in r.body["messages"][1]["content"] for r in requests)
    assert chat_server.max_in_flight == 2
    _verbatim(result, LONG)
    starts = [d.evidence[0].start for d in result.meetings[0].decisions]
    assert starts == sorted(starts) and len(starts) >= 2


def test_a_failing_chunk_gives_a_partial_result(chat_server, tmp_path):
    def responder(body):
        return server_error() if "plan nummer 5." in notes_of(body) else fixture_answer(body)

    chat_server.responder = responder
    options = {"cache_dir": tmp_path, "max_context_tokens": 2600, "max_output_tokens": 600, "max_attempts": 2}
    result = run_engine(chat_server, Document(text=LONG), **options)
    assert result.run.partial
    assert len(result.run.errors) == 1 and "\n" not in result.run.errors[0]
    assert "chunk" in result.run.errors[0] and "500" in result.run.errors[0]
    assert result.meetings[0].decisions  # the other chunks' results are kept


def test_refused_chunk_is_reported(chat_server, tmp_path):
    chat_server.script(refusal("I can't help with that."))
    with pytest.raises(Exception, match="refused"):
        run_engine(chat_server, Document(text=SWEDISH), cache_dir=tmp_path)


def test_every_chunk_failing_raises_one_error(chat_server, tmp_path):
    chat_server.responder = lambda body: server_error()
    with pytest.raises(BackendError, match="500"):
        run_engine(chat_server, Document(text=SWEDISH), cache_dir=tmp_path, max_attempts=2)


def test_bad_key_stops_the_run(chat_server, tmp_path):
    chat_server.responder = lambda body: Status(401, "Incorrect API key provided")
    with pytest.raises(ConfigError):
        run_engine(chat_server, Document(text=LONG), cache_dir=tmp_path, max_context_tokens=2600, max_output_tokens=600)


def test_cut_off_answer_splits_the_chunk(chat_server, tmp_path):
    whole = len(SWEDISH)

    def responder(body):
        return cut_off() if len(notes_of(body)) > whole * 0.8 else fixture_answer(body)

    chat_server.responder = responder
    result = run_engine(chat_server, Document(text=SWEDISH), cache_dir=tmp_path)
    assert len(chat_server.completion_requests) == 3  # the whole, then two halves
    assert not result.run.partial
    assert any("split" in w for w in result.run.warnings)
    assert len(result.meetings[0].decisions) == 2
    _verbatim(result, SWEDISH)


def test_extract_many_shares_the_bound(chat_server, tmp_path):
    chat_server.latency = 0.15
    docs = [Document(text=SWEDISH.replace("2025-03-12", f"2025-03-1{i}"), source=f"{i}.txt") for i in range(4)]

    async def go():
        client = async_client(chat_server)
        try:
            engine = LLMEngine(client, "test-model", cache_dir=tmp_path, concurrency=2, **FAST)
            return await engine.aextract_many(docs)
        finally:
            await client.close()

    results = asyncio.run(go())
    assert [r.source for r in results] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert chat_server.max_in_flight == 2
    assert len(chat_server.completion_requests) == 4


def test_sync_api_with_from_config(chat_server, tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    engine = LLMEngine.from_config(model="test-model", base_url=chat_server.base_url, cache_dir=tmp_path, **FAST)
    first = engine.extract(Document(text=SWEDISH))
    batch = engine.extract_many([Document(text=SWEDISH), Document(text=LONG)])
    assert first.run.usage.calls == 1
    assert batch[0].run.usage.cached_calls == 1 and batch[1].run.usage.calls == 1
    assert chat_server.completion_requests[0].headers["authorization"] == "Bearer no-key-required"


def test_sync_client_can_be_injected(chat_server, tmp_path):
    client = sync_client(chat_server)
    try:
        result = LLMEngine(client, "test-model", cache_dir=tmp_path, **FAST).extract(Document(text=SWEDISH))
    finally:
        client.close()
    assert result.run.usage.calls == 1 and result.meetings[0].decisions


def test_sync_extract_works_inside_a_running_loop(chat_server, tmp_path):
    engine = LLMEngine.from_config(model="test-model", base_url=chat_server.base_url, cache_dir=tmp_path, **FAST)

    async def notebook_cell():
        return engine.extract(Document(text=SWEDISH))

    result = asyncio.run(notebook_cell())
    assert result.run.usage.calls == 1


def test_json_mode_is_remembered_across_runs(chat_server, tmp_path):
    chat_server.reject_json_schema = True
    engine = LLMEngine.from_config(model="test-model", base_url=chat_server.base_url, use_cache=False, **FAST)
    first = engine.extract(Document(text=SWEDISH))
    engine.extract(Document(text=SWEDISH))
    formats = [r.body["response_format"]["type"] for r in chat_server.completion_requests]
    assert formats == ["json_schema", "json_object", "json_object"]
    assert any("JSON mode" in w for w in first.run.warnings)


def test_extract_many_returns_a_failed_document_as_partial(chat_server, tmp_path):
    def responder(body):
        return server_error() if "Lokaler" in notes_of(body) else fixture_answer(body)

    chat_server.responder = responder
    other = "Team meeting 2025-06-02\n\nThe team agreed to move the launch to August.\nTom updates the plan.\n"
    engine = LLMEngine.from_config(
        model="test-model", base_url=chat_server.base_url, cache_dir=tmp_path, max_attempts=1, **FAST
    )
    failed, fine = engine.extract_many([Document(text=SWEDISH), Document(text=other)])
    assert failed.run.partial and failed.run.errors and failed.meetings[0].decisions == []
    assert failed.meetings[0].meeting_date is not None  # the header facts are still there
    assert not fine.run.partial and fine.meetings[0].decisions
