"""Headers of notes written as prose: who was there, counted before they are named."""

from __future__ import annotations

from minutes_ai.document import Document
from minutes_ai.structure import parse_meetings


def test_a_head_count_before_the_names_lists_who_was_there():
    text = ("Harbour choir committee, Tues 9 Sept 2025\n\n"
            "There were six of us at the church hall: Rhys (chair), Megan, Dafydd,\nSian, Oliver and Bethan.\n\n"
            "First we went through the concert budget.\n")
    assert [a.name for a in parse_meetings(Document(text))[0].attendees] == [
        "Rhys", "Megan", "Dafydd", "Sian", "Oliver", "Bethan"]
    sv = "Styrelsemöte 12 mars 2025\n\nVi var fem st på plats: Eva, Kim, Lo, Per och Ida.\n\nVi började med ekonomin.\n"
    assert [a.name for a in parse_meetings(Document(sv))[0].attendees] == ["Eva", "Kim", "Lo", "Per", "Ida"]
    # a count with no names after it names nobody
    plain = "Styrelsemöte 12 mars 2025\n\nVi var fem st, så vi var beslutsföra.\n"
    assert parse_meetings(Document(plain))[0].attendees == []
