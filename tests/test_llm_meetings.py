"""Files holding several meetings: one call when they fit, items placed and dated per meeting."""

from __future__ import annotations

import asyncio
import datetime as dt
import re

import pytest

import llm_fixtures
from llm_fixtures import FAST, async_client
from llm_server import Answer, answer, notes_of
from minutes_ai.chunking import chunk_document
from minutes_ai.document import Document
from minutes_ai.engines.llm import LLMEngine
from minutes_ai.structure import parse_meetings

chat_server = llm_fixtures.chat_server

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])

BODY = (
    "Gruppen gick igenom läget och konstaterade att arbetet följer planen. "
    "Några risker kring leveranser behöver följas upp under de kommande veckorna.\n"
)
FIRST = (
    "Protokoll styrelsemöte 2025-03-12\n\nNärvarande: Anna Berg, Per Ek, Lisa Holm\n\n"
    f"1. Budget\n{BODY}"
    "Mötet öppnades.\n"
    "Beslut: budgeten för 2025 fastställdes.\n"
    "Per tar in offerter till nästa möte.\n"
    "Nästa möte: 2025-04-09\n\n"
)
SECOND = (
    "Anteckningar från styrelsens möte 2025-04-09\n\nNärvarande: Anna Berg, Omar Said\n\n"
    f"1. Lokaler\n{BODY}"
    "Mötet öppnades.\n"
    "Beslut: styrelsen valde lokalen på Storgatan.\n"
    "Omar skriver kontraktet till nästa möte.\n"
    "Nästa möte: 2025-05-14\n"
)
TWO = FIRST + SECOND


def _run(server, document, **options):
    async def go():
        client = async_client(server)
        try:
            return await LLMEngine(client, "test-model", **{**FAST, **options}).aextract(document)
        finally:
            await client.close()

    return asyncio.run(go())


def _with_meeting(step: Answer, numbers: list[int | None]) -> Answer:
    """``step`` with a meeting number on each item, decisions first then action items."""
    content = step.content
    assert isinstance(content, dict)
    items = [*content["decisions"], *content["action_items"]]
    for item, number in zip(items, numbers, strict=True):
        item["meeting"] = number
    return step


def test_the_fixture_holds_two_meetings():
    first, second = parse_meetings(Document(TWO))
    assert (first.meeting_date, first.next_meeting.date) == (dt.date(2025, 3, 12), dt.date(2025, 4, 9))
    assert (second.meeting_date, second.next_meeting.date) == (dt.date(2025, 4, 9), dt.date(2025, 5, 14))
    assert TWO[second.start :].startswith("Anteckningar från styrelsens")


def test_two_meetings_that_fit_are_one_call_with_both_headers(chat_server, tmp_path):
    result = _run(chat_server, Document(TWO), cache_dir=tmp_path)
    assert len(chat_server.completion_requests) == 1 and result.run.usage.calls == 1
    user = chat_server.completion_requests[0].body["messages"][1]["content"]
    header = user.split("<notes>")[0]
    assert "Meeting 1 starts at the line 'Protokoll styrelsemöte 2025-03-12'" in header
    assert "Meeting 2 starts at the line 'Anteckningar från styrelsens möte 2025-04-09'" in header
    assert "Omar Said" in header and "2025-05-14" in header
    assert "one part of a longer" not in user
    assert notes_of(chat_server.completion_requests[0].body).strip() == TWO.strip()
    assert len(result.meetings) == 2


def test_items_land_in_their_meeting_by_offset_and_are_dated_there(chat_server, tmp_path):
    step = answer(
        decisions=[
            ("Lokalen valdes.", "Beslut: styrelsen valde lokalen på Storgatan."),
            ("Budgeten fastställdes.", "Beslut: budgeten för 2025 fastställdes."),
        ],
        actions=[
            ("Omar", "Skriva kontraktet", "till nästa möte", "Omar skriver kontraktet till nästa möte."),
            ("Per", "Ta in offerter", "till nästa möte", "Per tar in offerter till nästa möte."),
        ],
    )
    # The numbers the model gives are wrong on purpose: where the quote stands wins.
    chat_server.script(_with_meeting(step, [1, 2, 1, None]))
    first, second = _run(chat_server, Document(TWO), cache_dir=tmp_path).meetings
    assert [d.text for d in first.decisions] == ["Budgeten fastställdes."]
    assert [d.text for d in second.decisions] == ["Lokalen valdes."]
    assert [a.owner for a in first.action_items] == ["Per"]
    assert [a.owner for a in second.action_items] == ["Omar"]
    assert first.action_items[0].deadline == dt.date(2025, 4, 9)  # meeting 1's next meeting
    assert second.action_items[0].deadline == dt.date(2025, 5, 14)  # meeting 2's next meeting
    for meeting in (first, second):
        for item in [*meeting.decisions, *meeting.action_items]:
            ev = item.evidence[0]
            assert item.grounded and meeting.start <= ev.start < ev.end <= meeting.end
            assert TWO[ev.start : ev.end] == ev.quote


def test_relative_deadline_counts_from_its_own_meeting_date(chat_server, tmp_path):
    chat_server.script(
        answer(actions=[("Omar", "Skriva kontraktet", "om två veckor", "Omar skriver kontraktet till nästa möte.")])
    )
    first, second = _run(chat_server, Document(TWO), cache_dir=tmp_path).meetings
    assert first.action_items == []
    assert second.action_items[0].deadline == dt.date(2025, 4, 23)  # 2025-04-09 + 14 days


def test_a_quote_in_both_meetings_follows_the_meeting_number(chat_server, tmp_path):
    step = answer(decisions=[("Mötet öppnades.", "Mötet öppnades."), ("Mötet öppnades.", "Mötet öppnades.")])
    chat_server.script(_with_meeting(step, [2, None]))
    first, second = _run(chat_server, Document(TWO), cache_dir=tmp_path).meetings
    assert [d.evidence[0].start for d in second.decisions] == [TWO.index("Mötet öppnades.", len(FIRST))]
    assert [d.evidence[0].start for d in first.decisions] == [TWO.index("Mötet öppnades.")]
    assert all(len(d.evidence) == 1 for d in [*first.decisions, *second.decisions])


def test_ungrounded_items_follow_the_number_else_the_first_meeting(chat_server, tmp_path):
    step = answer(
        decisions=[("Kaffe köps in.", "Beslut: kaffemaskinen byts ut i juni.")],
        actions=[("Omar", "Ringa banken", "till nästa möte", "Omar ringer banken om lånet inför flytten.")],
    )
    chat_server.script(_with_meeting(step, [None, 2]))
    result = _run(chat_server, Document(TWO), cache_dir=tmp_path)
    first, second = result.meetings
    assert [d.text for d in first.decisions] == ["Kaffe köps in."] and not first.decisions[0].grounded
    action = second.action_items[0]
    assert not action.grounded and action.deadline == dt.date(2025, 5, 14)
    ev = action.evidence[0]
    assert second.start <= ev.start <= ev.end <= second.end and TWO[ev.start : ev.end] == ev.quote
    assert any("could not be found verbatim" in w for w in result.run.warnings)


def _prose_meeting(title: str, people: str, topic: str, sentences: int) -> str:
    prose = " ".join(
        f"Diskussionen om {topic} fortsatte med punkt {i} där gruppen vägde kostnader mot nytta."
        for i in range(sentences)
    )
    return f"{title}\n\nNärvarande: {people}\n\n{prose}\n\n"


def test_a_file_over_budget_is_split_between_sentences_per_meeting(chat_server, tmp_path):
    text = _prose_meeting("Protokoll styrelsemöte 2025-03-12", "Anna Berg, Per Ek", "budgeten", 30) + (
        _prose_meeting("Anteckningar från styrelsens möte 2025-04-09", "Anna Berg, Omar Said", "lokalerna", 30)
    )
    doc = Document(text)
    meetings = parse_meetings(doc)
    assert len(meetings) == 2
    options = {"cache_dir": tmp_path, "max_context_tokens": 2200, "max_output_tokens": 600}
    result = _run(chat_server, doc, **options)
    budget = LLMEngine(object(), "test-model", **options)._notes_budget()
    chunks = chunk_document(doc, meetings, max_tokens=budget, model="test-model")
    requests = chat_server.completion_requests
    assert len(requests) == len(chunks) == result.run.usage.calls > 2
    # A chunk starts and ends only where a sentence or line does.
    boundaries = {0, len(text)} | {m.end() for m in re.finditer(r"[.]\s+|\n", text)}
    for chunk in chunks:
        assert chunk.start in boundaries and chunk.end in boundaries
        assert len(chunk.meetings) == 1
        meeting = meetings[chunk.meeting_index]
        assert meeting.start <= chunk.start < chunk.end <= meeting.end
    sent = sorted(notes_of(r.body).strip() for r in requests)
    assert sent == sorted(c.text.strip() for c in chunks)
    for request in requests:
        user = request.body["messages"][1]["content"]
        header = user.split("<notes>")[0]
        assert "starts at the line" not in header  # each chunk carries its own meeting's header
        assert ("2025-03-12" in header) != ("2025-04-09" in header)
