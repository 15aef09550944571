"""Pieces, splitting and the grounding policy of the LLM engine."""

from __future__ import annotations

from minutes_ai.engines.llm.items import Piece, ground_quote, split_piece

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
