"""Chunking: budgets, meeting boundaries, structural cut points and headers."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest

from minutes_ai.chunking import Chunk, chunk_document, document_header, meeting_header
from minutes_ai.document import Document, Turn
from minutes_ai.schemas import AgendaItem, Attendee, Meeting, NextMeeting
from minutes_ai.tokens import count_tokens

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


def whole(text: str, **fields) -> Meeting:
    return Meeting(start=0, end=len(text), **fields)


def check_chunks(
    doc: Document, meetings: list[Meeting], chunks: list[Chunk], max_tokens: int
) -> None:
    """Invariants every chunking must satisfy."""
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.text == doc.text[chunk.start : chunk.end]
        assert chunk.text.strip()
        if meetings:
            m = meetings[chunk.meeting_index]
            assert m.start <= chunk.start < chunk.end <= m.end
        assert count_tokens(chunk.header) + count_tokens(chunk.text) <= max_tokens
    for a, b in pairwise(chunks):
        assert a.end <= b.start


def covered(doc: Document, chunks: list[Chunk], lo: int, hi: int) -> None:
    """Chunks tile [lo, hi) except for whitespace-only gaps."""
    pos = lo
    for chunk in chunks:
        assert not doc.text[pos : chunk.start].strip()
        pos = chunk.end
    assert not doc.text[pos:hi].strip()


def paragraph(n: int, word: str) -> str:
    return " ".join(f"{word}{i}" for i in range(n)) + "."


def test_meeting_that_fits_is_one_chunk():
    text = "\n\nAnteckningar styrgrupp\n\nBeslut: Mötet godkände budgeten.\n\n"
    doc = Document(text)
    meeting = whole(text, title="Styrgrupp")
    chunks = chunk_document(doc, [meeting], max_tokens=500)
    assert len(chunks) == 1
    assert (chunks[0].start, chunks[0].end) == (0, len(text))
    assert chunks[0].meeting_index == 0


def test_two_meetings_that_fit_are_one_chunk_with_a_header_per_meeting():
    first = "Möte 1\nBeslut: A antogs.\n"
    second = "\nMöte 2\nBeslut: B antogs.\n"
    doc = Document(first + second)
    meetings = [
        Meeting(start=0, end=len(first), title="Styrelse", meeting_date=dt.date(2025, 1, 10)),
        Meeting(start=len(first), end=len(first + second), title="Årsmöte", chair="Eva"),
    ]
    chunks = chunk_document(doc, meetings, max_tokens=1000)
    assert [(c.meeting_index, c.meetings, c.start, c.end) for c in chunks] == [
        (0, (0, 1), 0, len(first + second))
    ]
    header = chunks[0].header
    assert "2 meetings" in header
    assert "Meeting 1 starts at the line 'Möte 1'" in header
    assert "Meeting 2 starts at the line 'Möte 2'" in header  # the first non-blank line
    assert header.index("Styrelse") < header.index("2025-01-10") < header.index("Meeting 2")
    assert header.index("Meeting 2") < header.index("Årsmöte") < header.index("Chair: Eva")
    assert count_tokens(header) + count_tokens(chunks[0].text) <= 1000


def test_two_meetings_over_budget_never_share_a_chunk():
    first = "Möte 1\n" + paragraph(40, "ett") + "\n"
    second = "Möte 2\n" + paragraph(40, "två") + "\n"
    doc = Document(first + second)
    meetings = [
        Meeting(start=0, end=len(first)),
        Meeting(start=len(first), end=len(first + second)),
    ]
    budget = max(count_tokens(first), count_tokens(second)) + 5
    assert count_tokens(first + second) > budget
    chunks = chunk_document(doc, meetings, max_tokens=budget)
    check_chunks(doc, meetings, chunks, budget)
    assert [(c.meeting_index, c.meetings, c.start, c.end) for c in chunks] == [
        (0, (0,), 0, len(first)),
        (1, (1,), len(first), len(first + second)),
    ]
    assert "starts at the line" not in chunks[0].header


def test_consecutive_small_meetings_share_a_chunk_when_the_file_does_not_fit():
    parts = ["Möte A\nBeslut: ja.\n", "Möte B\nBeslut: nej.\n", "Möte C\n" + paragraph(60, "ord") + "\n"]
    doc = Document("".join(parts))
    meetings, pos = [], 0
    for part in parts:
        meetings.append(Meeting(start=pos, end=pos + len(part)))
        pos += len(part)
    budget = count_tokens(parts[2]) + 5
    assert count_tokens(doc.text) > budget
    chunks = chunk_document(doc, meetings, max_tokens=budget)
    assert [(c.index, c.meetings) for c in chunks] == [(0, (0, 1)), (1, (2,))]
    assert (chunks[0].start, chunks[0].end) == (0, meetings[1].end)
    assert "2 meetings" in chunks[0].header and "Meeting 2 starts at the line 'Möte B'" in chunks[0].header
    assert chunks[1].header == "" and chunks[1].text == parts[2]
    for chunk in chunks:
        assert count_tokens(chunk.header) + count_tokens(chunk.text) <= budget


def test_whole_document_header_sheds_attendees_before_giving_up():
    people = [Attendee(name=f"Person {i}", organisation="Kommun", role="ledamot") for i in range(30)]
    first, second = "Möte A\nBeslut: ja.\n", "Möte B\nBeslut: nej.\n"
    doc = Document(first + second)
    meetings = [
        Meeting(start=0, end=len(first), title="A", attendees=people),
        Meeting(start=len(first), end=len(first + second), title="B", attendees=people),
    ]
    full = document_header(meetings, ["Möte A", "Möte B"])
    budget = count_tokens(full) // 2 + count_tokens(doc.text)
    chunks = chunk_document(doc, meetings, max_tokens=budget)
    assert len(chunks) == 1 and chunks[0].meetings == (0, 1)
    assert "Person 29" in chunks[0].header and "Kommun" not in chunks[0].header
    assert count_tokens(chunks[0].header) + count_tokens(chunks[0].text) <= budget


def test_cuts_fall_between_agenda_points():
    points = [
        f"{i}. Punkt {i}\n\n" + "\n\n".join(paragraph(25, f"p{i}x") for _ in range(3)) + "\n\n"
        for i in range(1, 5)
    ]
    head = "Protokoll\nNärvarande: Anna, Bo\n\n"
    text = head + "".join(points)
    agenda, pos = [], len(head)
    for i, body in enumerate(points, 1):
        agenda.append(AgendaItem(number=str(i), title=f"Punkt {i}", start=pos, end=pos + len(body)))
        pos += len(body)
    meeting = whole(text, agenda=agenda)
    doc = Document(text)
    budget = max(count_tokens(p) for p in points) + count_tokens(head) + 5
    chunks = chunk_document(doc, [meeting], max_tokens=budget)
    check_chunks(doc, [meeting], chunks, budget)
    covered(doc, chunks, 0, len(text))
    assert len(chunks) >= 3
    boundaries = {0, len(text)} | {a.start for a in agenda}
    assert all(c.start in boundaries and c.end in boundaries for c in chunks)


def test_long_agenda_point_is_split_at_paragraphs_with_continuation_header():
    body = "\n\n".join(paragraph(30, "ord") for _ in range(8))
    text = "3. Budget\n\n" + body + "\n"
    item = AgendaItem(number="3", title="Budget", start=0, end=len(text))
    meeting = whole(text, agenda=[item], title="Styrgrupp")
    doc = Document(text)
    chunks = chunk_document(doc, [meeting], max_tokens=200)
    check_chunks(doc, [meeting], chunks, 200)
    covered(doc, chunks, 0, len(text))
    assert len(chunks) > 1
    for chunk in chunks[1:]:
        assert doc.text[chunk.start - 2 : chunk.start] == "\n\n"  # paragraph boundary
        assert "Agenda point (continued): 3 Budget" in chunk.header
    assert "continued" not in chunks[0].header


def test_turns_preferred_over_lines():
    lines, turns, pos = [], [], 0
    for i in range(12):
        speaker = "Anna" if i % 2 else "Bo"
        words = " ".join(f"ord{i}_{j}" for j in range(20))
        line = f"{speaker}: {words}\nfortsättning {i} på samma tur\n"
        turns.append(Turn(speaker, pos + len(speaker) + 2, pos + len(line) - 1))
        lines.append(line)
        pos += len(line)
    text = "".join(lines)
    doc = Document(text, format="vtt", turns=tuple(turns))
    turn_starts = {0, len(text)} | {t.start - len(t.speaker or "") - 2 for t in turns}
    budget = 3 * max(count_tokens(line) for line in lines) + 2
    chunks = chunk_document(doc, [whole(text)], max_tokens=budget)
    check_chunks(doc, [whole(text)], chunks, budget)
    assert len(chunks) > 1
    assert all(c.start in turn_starts and c.end in turn_starts for c in chunks)


def test_sentences_preferred_over_whitespace_and_abbreviations_respected():
    sentences = [
        f"Mening {i} handlar t.ex. om kl. 13 och bl.a. Anna {'ord ' * 8}slut." for i in range(20)
    ]
    text = " ".join(sentences)
    doc = Document(text)
    budget = 2 * max(count_tokens(s) for s in sentences) + 2
    chunks = chunk_document(doc, [whole(text)], max_tokens=budget)
    check_chunks(doc, [whole(text)], chunks, budget)
    covered(doc, chunks, 0, len(text))
    assert len(chunks) > 1
    for chunk in chunks[1:]:
        assert chunk.text.startswith("Mening ")
        assert text[: chunk.start].rstrip().endswith("slut.")


def test_single_long_sentence_is_cut_on_whitespace():
    text = " ".join(f"ord{i}" for i in range(400))
    doc = Document(text)
    chunks = chunk_document(doc, [whole(text)], max_tokens=60)
    check_chunks(doc, [whole(text)], chunks, 60)
    covered(doc, chunks, 0, len(text))
    assert len(chunks) > 1
    assert all(text[c.start - 1] == " " for c in chunks[1:])


def test_text_without_whitespace_is_cut_between_characters():
    text = "x" * 3000 + "åäö" * 200
    doc = Document(text)
    chunks = chunk_document(doc, [whole(text)], max_tokens=50)
    check_chunks(doc, [whole(text)], chunks, 50)
    assert "".join(c.text for c in chunks) == text


def test_lines_used_when_no_blank_lines():
    lines = [f"- punkt {i}: " + " ".join(f"w{i}{j}" for j in range(15)) + "\n" for i in range(30)]
    text = "".join(lines)
    doc = Document(text)
    chunks = chunk_document(doc, [whole(text)], max_tokens=120)
    check_chunks(doc, [whole(text)], chunks, 120)
    covered(doc, chunks, 0, len(text))
    assert all(c.start == 0 or text[c.start - 1] == "\n" for c in chunks)


def test_header_content():
    meeting = Meeting(
        title="Referensgrupp social hållbarhet",
        meeting_date=dt.date(2025, 3, 25),
        attendees=[
            Attendee(name="Lena Holmlund", organisation="GR", role="ordförande"),
            Attendee(name="Ebba Gierow", organisation="Ale"),
            Attendee(name="HH"),
        ],
        chair="Lena Holmlund",
        secretary="Kajsa",
        next_meeting=NextMeeting(date=dt.date(2025, 6, 3), text="Nästa möte 3/6 kl 13:00"),
    )
    header = meeting_header(meeting)
    assert "Referensgrupp social hållbarhet" in header
    assert "2025-03-25" in header
    assert "Lena Holmlund (GR, ordförande)" in header
    assert "Ebba Gierow (Ale)" in header
    assert "HH" in header
    assert "Chair: Lena Holmlund" in header
    assert "Secretary: Kajsa" in header
    assert "2025-06-03" in header and "3/6 kl 13:00" in header
    assert "(GR" not in meeting_header(meeting, attendees="names")
    assert "Ebba" not in meeting_header(meeting, attendees="none")


def test_header_sheds_attendees_on_small_budgets():
    people = [
        Attendee(name=f"Person {i}", organisation="Kommun", role="ledamot") for i in range(40)
    ]
    text = "Beslut: allt antogs. " * 20
    meeting = whole(text, title="Stort möte", attendees=people)
    chunks = chunk_document(Document(text), [meeting], max_tokens=200)
    check_chunks(Document(text), [meeting], chunks, 200)
    assert "Stort möte" in chunks[0].header
    assert "Person 39" not in chunks[0].header


def test_no_meetings_means_whole_text_without_header():
    text = "Anna: hej.\nBo: hej.\n"
    chunks = chunk_document(Document(text), [], max_tokens=100)
    assert [(c.start, c.end, c.header, c.meeting_index) for c in chunks] == [(0, len(text), "", 0)]


def test_unset_offsets_on_single_meeting_cover_the_text():
    text = "Beslut: budgeten antogs.\n"
    chunks = chunk_document(Document(text), [Meeting(title="X")], max_tokens=100)
    assert [(c.start, c.end) for c in chunks] == [(0, len(text))]


def test_whitespace_only_meeting_has_no_chunk():
    text = "Möte A\n   \n\n"
    meetings = [Meeting(start=0, end=7), Meeting(start=7, end=len(text))]
    chunks = chunk_document(Document(text), meetings, max_tokens=100)
    assert [c.meeting_index for c in chunks] == [0]


def test_invalid_budget():
    with pytest.raises(ValueError):
        chunk_document(Document("x"), [], max_tokens=0)


@pytest.mark.parametrize("model", [None, "gpt-4o-mini"])
@pytest.mark.parametrize("budget", [80, 400])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_real_notes_invariants(seed, budget, model):
    text = seed.read_text(encoding="utf-8")
    doc = Document(text, source=str(seed))
    half = text.find("\n", len(text) // 2) + 1  # pretend the file holds two meetings
    meetings = [
        Meeting(start=0, end=half, title="Del 1"),
        Meeting(start=half, end=len(text), title="Del 2"),
    ]
    chunks = chunk_document(doc, meetings, max_tokens=budget, model=model)
    for chunk in chunks:
        assert count_tokens(chunk.header, model) + count_tokens(chunk.text, model) <= budget
        assert chunk.text == text[chunk.start : chunk.end]
        lo, hi = meetings[chunk.meetings[0]].start, meetings[chunk.meetings[-1]].end
        assert lo <= chunk.start < chunk.end <= hi
    if len(chunks) == 1 and chunks[0].meetings == (0, 1):
        assert (chunks[0].start, chunks[0].end) == (0, len(text))  # the whole file fits one call
        assert count_tokens(text, model) < budget
    else:
        assert all(len(c.meetings) == 1 for c in chunks)
        covered(doc, [c for c in chunks if c.meeting_index == 0], 0, half)
        covered(doc, [c for c in chunks if c.meeting_index == 1], half, len(text))


@pytest.mark.parametrize("meetings", [1, 3])
def test_notes_that_fit_by_their_bytes_are_chunked_without_counting_tokens(monkeypatch, meetings):
    # No text has more tokens than UTF-8 bytes: notes (and headers) whose bytes fit the budget
    # are one chunk without a token count, which costs a millisecond a document on every call.
    import minutes_ai.chunking as chunking

    part = "Närvarande: Åsa, Björn\nBeslut: budgeten godkänns.\nÅsa skickar protokollet senast 3/6.\n\n"
    text = part * meetings
    doc = Document(text=text)
    ms = [Meeting(start=i * len(part), end=(i + 1) * len(part), title=f"Möte {i + 1}",
                  agenda=[AgendaItem(title="Budget", start=i * len(part) + 5, end=(i + 1) * len(part) - 2)])
          for i in range(meetings)]
    counted: list[str] = []
    monkeypatch.setattr(chunking, "count_tokens", lambda t, model=None: counted.append(t) or count_tokens(t, model))
    roomy = chunk_document(doc, ms, max_tokens=4000)
    assert len(roomy) == 1 and roomy[0].start == 0 and roomy[0].end == len(text)
    assert counted == []
    # ... and a budget the bytes exceed is still counted, and kept
    tight = chunk_document(doc, ms, max_tokens=40)
    assert counted
    check_chunks(doc, ms, tight, 40)
