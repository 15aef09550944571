"""Pieces, splitting and the grounding policy of the LLM engine."""

from __future__ import annotations

from minutes_ai.engines.llm.items import Piece, ground_quote, place_item, split_piece
from minutes_ai.schemas import Evidence

SOURCE = (
    "Möte 2025-01-10\n"
    "Beslut: föreningen köper en ny projektor.\n"
    "Kalle kontaktar leverantören före februari.\n"
)


def piece(start: int = 0, end: int | None = None) -> Piece:
    end = len(SOURCE) if end is None else end
    return Piece(0, start, end, SOURCE[start:end], "Möte 2025-01-10", "chunk 1", False)


def test_exact_quote_is_grounded_with_offsets():
    quote = "Beslut: föreningen köper en ny projektor."
    evidence, grounded = ground_quote(quote, SOURCE, piece())
    assert grounded
    assert evidence[0].start == SOURCE.index(quote) and evidence[0].quote == quote


def test_reformatted_quote_is_still_grounded():
    evidence, grounded = ground_quote("**Beslut:**  föreningen köper en ny  projektor.", SOURCE, piece())
    assert grounded
    assert SOURCE[evidence[0].start : evidence[0].end] == evidence[0].quote


def test_unknown_quote_falls_back_to_an_empty_span_at_the_piece_start():
    start = SOURCE.index("Kalle")
    evidence, grounded = ground_quote("Styrelsen avgår i sin helhet omedelbart.", SOURCE, piece(start))
    assert not grounded
    assert (evidence[0].start, evidence[0].end, evidence[0].quote) == (start, start, "")


def test_near_miss_keeps_the_closest_verbatim_span_ungrounded():
    evidence, grounded = ground_quote("Kalle kontaktar leverantörerna innan februari månad.", SOURCE, piece())
    assert not grounded
    ev = evidence[0]
    assert SOURCE[ev.start : ev.end] == ev.quote
    assert ev.quote.startswith("Kalle kontaktar")


def test_empty_quote_is_ungrounded():
    evidence, grounded = ground_quote("  ", SOURCE, piece())
    assert not grounded and evidence[0].quote == ""


def test_split_piece_cuts_at_a_line_and_covers_the_piece():
    whole = piece()
    first, second = split_piece(whole)
    assert first.text + second.text == whole.text
    assert first.end == second.start and first.start == whole.start and second.end == whole.end
    assert first.text.endswith("\n")
    assert SOURCE[second.start : second.end] == second.text
    assert first.is_part and second.is_part and first.header == whole.header


def test_tiny_piece_is_not_split():
    assert split_piece(piece(0, 20)) is None


TWO = (
    "Möte A 2025-01-10\nMötet öppnades.\nBeslut: A köper stolar.\n"
    "Möte B 2025-02-10\nMötet öppnades.\nBo ringer banken.\n"
)
SPANS = [(0, TWO.index("Möte B")), (TWO.index("Möte B"), len(TWO))]


def both(start: int = 0, end: int | None = None) -> Piece:
    end = len(TWO) if end is None else end
    return Piece(0, start, end, TWO[start:end], "header", "chunk 1", False, (0, 1))


def test_grounded_item_goes_where_its_quote_stands_whatever_the_number():
    for number in (None, 1, 2, 7):
        index, evidence, grounded = place_item("Bo ringer banken.", number, TWO, both(), SPANS)
        assert (index, grounded) == (1, True) and evidence[0].start == TWO.index("Bo ringer")


def test_recurring_quote_is_taken_from_the_named_meeting():
    second = TWO.index("Mötet öppnades.", SPANS[1][0])
    expected = [Evidence(start=second, end=second + 15, quote="Mötet öppnades.")]
    assert place_item("Mötet öppnades.", 2, TWO, both(), SPANS)[:2] == (1, expected)
    index, evidence, _ = place_item("Mötet öppnades.", None, TWO, both(), SPANS)
    assert index == 0 and evidence[0].start == TWO.index("Mötet öppnades.")


def test_ungrounded_item_follows_the_number_with_evidence_inside_that_meeting():
    index, evidence, grounded = place_item("Styrelsen avgår omedelbart i sin helhet.", 2, TWO, both(), SPANS)
    assert (index, grounded) == (1, False)
    assert SPANS[1][0] <= evidence[0].start <= evidence[0].end <= SPANS[1][1]
    assert TWO[evidence[0].start : evidence[0].end] == evidence[0].quote
    assert place_item("Styrelsen avgår omedelbart i sin helhet.", None, TWO, both(), SPANS)[0] == 0
