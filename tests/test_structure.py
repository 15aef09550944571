"""Tests for minutes_ai.structure: meeting split, header, attendees, roles, agenda, next meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutes_ai.document import Document, Turn
from minutes_ai.language import detect_language
from minutes_ai.schemas import Meeting
from minutes_ai.structure import parse_meetings

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def parse(text: str) -> list[Meeting]:
    """Parse ``text`` and check the offset invariants every result must keep."""
    document = Document(text)
    meetings = parse_meetings(document)
    assert meetings, "always at least one meeting"
    assert meetings[0].start == 0
    assert meetings[-1].end == len(text)
    for before, after in zip(meetings, meetings[1:], strict=False):
        assert before.end == after.start
    for meeting in meetings:
        assert meeting.start <= meeting.end
        assert not meeting.decisions and not meeting.action_items
        previous_end = meeting.start
        for item in meeting.agenda:
            assert meeting.start <= item.start < item.end <= meeting.end
            assert item.start >= previous_end, "agenda sections are ordered and disjoint"
            assert item.title and "**" not in item.title and not item.title.startswith("#")
            previous_end = item.end
        if meeting.agenda:
            assert meeting.agenda[-1].end == meeting.end
            for a, b in zip(meeting.agenda, meeting.agenda[1:], strict=False):
                assert a.end == b.start, "sections tile the body"
        names = [a.name for a in meeting.attendees]
        assert len(names) == len(set(names))
        nxt = meeting.next_meeting
        if nxt is not None and nxt.evidence is not None:
            ev = nxt.evidence
            assert text[ev.start : ev.end] == ev.quote == nxt.text
            assert meeting.start <= ev.start <= ev.end <= meeting.end
    return meetings


def seed(prefix: str) -> list[Meeting]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return parse(path.read_text(encoding="utf-8"))


def by_name(meeting: Meeting) -> dict:
    return {a.name: a for a in meeting.attendees}


# --- seed files ---------------------------------------------------------------------------


def test_seed_000_two_meetings_initials_and_roles():
    first, second = seed("000")
    assert first.title == "Anteckningar Referensgrupp social hållbarhet 250325"
    assert first.meeting_date == dt.date(2025, 3, 25)
    assert [a.name for a in first.attendees] == ["CB", "HH", "ML", "ÅL", "HA", "KPI", "SE"]
    assert first.chair == "Kajsa" and first.secretary == "Kajsa"
    assert first.agenda == []  # bold bullets are a list, not agenda points
    assert first.next_meeting is not None
    assert first.next_meeting.text == "Nästa möte: Förslag 3/6 kl 13:00 Eller 27/5 kl 13:30"
    assert first.next_meeting.date is None  # two candidate dates
    assert second.title.startswith("Anteckningar från möte med Verksamhetschef")
    assert second.meeting_date == dt.date(2025, 3, 26)
    assert second.attendees == [] and second.chair is None
    assert all(m.language == "sv" for m in (first, second))


def test_seed_001_one_per_line_groups_and_numbering():
    (meeting,) = seed("001")
    assert meeting.title == "Anteckningar"
    people = by_name(meeting)
    assert len(people) == 19
    assert people["Ebba Gierow"].organisation == "Ale"
    assert people["Annika Ljungh"].organisation == "Göteborgs Stad"
    assert people["Lena Holmlund"].organisation == "Göteborgsregionen"
    assert people["Maria Ljung"].note == "punkt 5"
    assert meeting.secretary == "Cecilia Axelsson"
    assert [i.number for i in meeting.agenda] == ["1", "2", "3", "4", "5", "6"]
    assert meeting.agenda[0].title == "Mötet inleds."
    assert meeting.agenda[3].title == "Styrgrupp, social hållbarhet i samhällsplaneringen"
    # The numbered sub-lists inside point 3 stay inside point 3.
    point3 = meeting.agenda[2]
    text = (next(SEEDS.glob("001_*.txt"))).read_text(encoding="utf-8")
    assert "Digital workshop" in text[point3.start : point3.end]
    assert meeting.next_meeting is None


def test_seed_002_inline_list_headings_and_coming_meetings():
    (meeting,) = seed("002")
    assert meeting.title.startswith("Minnesanteckningar från: Sammanträde med den regionala")
    assert meeting.meeting_date == dt.date(2023, 11, 2)
    people = by_name(meeting)
    assert len(people) == 11
    assert people["Jan Linde"].role == "vice ordförande"
    assert people["Soraya Zarza Lundberg"].role == "ordförande"
    assert people["Kerstin Söderberg"].organisation == "det civila samhället"
    assert people["Stefan Lindborg"].organisation == "Beredningen för mänskliga rättigheter"
    assert people["Sofia Emanuelsson"].role == "processledare"
    assert meeting.chair == "Soraya Zarza Lundberg"  # not the vice chair
    titles = [i.title for i in meeting.agenda]
    assert titles[0] == "Återkoppling sedan förra mötet"
    assert "Processledartjänst det civila samhället" not in titles  # a subsection
    assert "Kommande RÖS-möten under 2023-2024" in titles
    assert titles[-1] == "Kommunikation"
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text.startswith("Kommande RÖS-möten")
    assert "25/1" in meeting.next_meeting.text
    assert meeting.next_meeting.date == dt.date(2023, 12, 7)  # the first of the listed dates


def test_seed_003_letterhead_roles_and_ten_points():
    (meeting,) = seed("003")
    assert meeting.title == "Mötesanteckningar chefsgrupp folkhälsa den 31 januari 2022"
    assert meeting.meeting_date == dt.date(2022, 1, 31)
    people = by_name(meeting)
    assert len(people) == 10
    assert meeting.chair == "Ingmar Ångman"
    assert people["Anna Jakobsson"].note == "del av mötet"
    assert people["Camilla Pettersson"].note == "punkt 2-5"
    assert people["Katrin Larsson"].organisation == "Örebro kommun"
    assert [i.number for i in meeting.agenda] == [str(n) for n in range(1, 11)]
    assert meeting.agenda[8].title == "Rapporter"
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text.startswith("Kommande möten 2022")
    assert "16 december" in meeting.next_meeting.text
    assert "Driv och hinder" not in meeting.next_meeting.text


def test_seed_004_markdown_groups_and_mixed_heading_levels():
    (meeting,) = seed("004")
    assert meeting.title == "Anteckningar"
    people = by_name(meeting)
    assert len(people) == 24
    assert people["Helen Smith"].organisation == "Mölndal"
    assert people["Eva Klang Vänerklint"].organisation is None
    assert people["Sara Nordenhielm"].organisation == "Göteborgsregionen"
    assert people["Anette Skårner"].organisation == "Göteborgs universitet"
    assert "Nätverket" not in people and "Övriga" not in people
    assert meeting.secretary == "Sara Nordenhielm"
    assert [i.number for i in meeting.agenda] == ["1", "2", "3", "4", "5", "6"]
    assert meeting.agenda[2].title.startswith("GR:s yttrande gällande Hållbar socialtjänst")
    assert (
        meeting.agenda[1].title
        == "Forskarskolan för yrkesverksamma i socialtjänsten (FYS) (bilder finns)"
    )


# --- synthetic: English -------------------------------------------------------------------

ENGLISH = """Minutes of the Board Meeting, 14 March 2024

Present: Jane Doe (Chair), John Smith (Acme Ltd), Mary Jones
Regrets: Peter Brown, Sue White
Scribe: Mary Jones

1. Welcome and apologies
The chair opened the meeting and welcomed everyone to the board.

2. Budget 2024
The budget was discussed at length. Two options were considered:
1. Cut costs in the second half of the year
2. Raise the membership fees

The board agreed to cut costs.

3. Any other business
Nothing was raised.

Next meeting: 11 April 2024 at 10:00.
"""


def test_english_minutes_with_regrets_chair_and_scribe():
    (meeting,) = parse(ENGLISH)
    assert meeting.language == "en"
    assert meeting.title == "Minutes of the Board Meeting, 14 March 2024"
    assert meeting.meeting_date == dt.date(2024, 3, 14)
    people = by_name(meeting)
    assert list(people) == ["Jane Doe", "John Smith", "Mary Jones"]
    assert people["John Smith"].organisation == "Acme Ltd"
    assert meeting.chair == "Jane Doe"
    assert meeting.secretary == "Mary Jones"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Welcome and apologies"),
        ("2", "Budget 2024"),
        ("3", "Any other business"),
    ]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text == "Next meeting: 11 April 2024 at 10:00."
    assert meeting.next_meeting.date == dt.date(2024, 4, 11)


def test_english_attendee_lines_with_dashes_and_labels_on_next_line():
    text = (
        "Meeting notes - Project Falcon\n\n"
        "Attendees:\n- Alice Green - Design\n- Bob Grey, Engineering\n- Carol White (part of the meeting)\n"
        "Apologies: Dan Black\n\n"
        "Chair:\nAlice Green\n\n"
        "## Status\nEverything is on track for the release next month, says Bob.\n\n"
        "## Risks\nThe vendor contract is not signed yet.\n\n"
        "Notes taken by: Bob Grey\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "Meeting notes - Project Falcon"
    people = by_name(meeting)
    assert list(people) == ["Alice Green", "Bob Grey", "Carol White"]
    assert people["Alice Green"].organisation == "Design"
    assert people["Carol White"].note == "part of the meeting"
    assert meeting.chair == "Alice Green"
    assert meeting.secretary == "Bob Grey"
    assert [i.title for i in meeting.agenda] == ["Status", "Risks"]
    assert meeting.language == "en"


def test_next_meeting_sentence_inside_a_line():
    text = (
        "Team meeting\n\nPresent: Ann Lee, Tom Hill\n\n"
        "We reviewed the open tickets and closed three of them. "
        "The next meeting will be held on 5 June 2024. Tom sends the invitation.\n"
    )
    (meeting,) = parse(text)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text == "The next meeting will be held on 5 June 2024."
    assert meeting.next_meeting.date == dt.date(2024, 6, 5)


# --- synthetic: Swedish --------------------------------------------------------------------

PARAGRAPHS = """PROTOKOLL
Styrelsemöte 2024-02-12

Närvarande:
Anna Andersson, ordförande
Bertil Berg
Cecilia Ceder, sekreterare
Frånvarande:
David Dahl

§ 1 Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.
§ 2 Val av justerare
Bertil Berg valdes att justera protokollet.
§ 3 Ekonomi
Beslut: att godkänna budgeten för 2024.

Nästa sammanträde: 2024-03-11 kl. 18.00
"""


def test_swedish_paragraph_protocol():
    (meeting,) = parse(PARAGRAPHS)
    assert meeting.language == "sv"
    assert meeting.title == "PROTOKOLL Styrelsemöte 2024-02-12"
    assert meeting.meeting_date == dt.date(2024, 2, 12)
    people = by_name(meeting)
    assert list(people) == ["Anna Andersson", "Bertil Berg", "Cecilia Ceder"]
    assert people["Anna Andersson"].role == "ordförande"
    assert meeting.chair == "Anna Andersson"
    assert meeting.secretary == "Cecilia Ceder"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("§ 1", "Mötets öppnande"),
        ("§ 2", "Val av justerare"),
        ("§ 3", "Ekonomi"),
    ]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2024, 3, 11)


def test_transcript_like_note_without_headers():
    text = (
        "Vi pratade om budgeten och Anna tycker att vi ska vänta med beslutet. "
        "Erik håller med men vill ha ett underlag till nästa vecka.\n"
        "Sedan diskuterades lokalfrågan. Ingen bestämde något om den.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title is None
    assert meeting.attendees == [] and meeting.agenda == []
    assert meeting.chair is None and meeting.secretary is None
    assert meeting.next_meeting is None
    assert meeting.language == "sv"


def test_markdown_headings_without_attendees():
    text = (
        "# Veckomöte utvecklingsteamet\n\n"
        "## Status\nArbetet följer planen och leveransen ser bra ut.\n\n"
        "### Detaljer\nTvå buggar kvar att rätta.\n\n"
        "## Risker\nLeverantören är sen med avtalet.\n\n"
        "## Nästa steg\nAnna ringer leverantören.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "Veckomöte utvecklingsteamet"
    assert meeting.attendees == []
    assert [i.title for i in meeting.agenda] == ["Status", "Risker", "Nästa steg"]
    status = meeting.agenda[0]
    assert "Två buggar" in text[status.start : status.end]  # the subsection stays inside


def test_inline_list_with_roles_notes_and_initials_dedupe():
    text = (
        "Minnesanteckningar 2024-09-03\n\n"
        "Deltagare: Eva Ek (ordförande), Olle Ny (del av mötet), Pia Lind, punkt 3, CB, CB och HH\n\n"
        "Vid anteckningarna\n\nPia Lind\n\n"
        "1. Inledning\nEva hälsade välkomna och gick igenom dagordningen för dagen.\n\n"
        "2. Övrigt\nInga övriga frågor togs upp.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Eva Ek", "Olle Ny", "Pia Lind", "CB", "HH"]
    assert people["Olle Ny"].note == "del av mötet"
    assert people["Pia Lind"].note == "punkt 3"
    assert meeting.chair == "Eva Ek"
    assert meeting.secretary == "Pia Lind"
    assert meeting.meeting_date == dt.date(2024, 9, 3)


def test_attendee_block_stops_at_prose_and_absent_list_is_excluded():
    text = (
        "Anteckningar nätverksträff\n\n"
        "Närvarande:\nLisa Holm, Lerum\nPer Åberg, Ale\n"
        "Förhinder:\nKim Berg, Mölndal\n\n"
        "Mötet inleddes med en presentationsrunda där alla berättade om läget i sin kommun.\n"
        "Karl Svensson, Kungälv\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Lisa Holm", "Per Åberg"]


def test_sub_headed_groups_give_organisations():
    text = (
        "# Anteckningar\n\n## Närvarande\n\n### Kommunerna\n- Lisa Holm, Lerum\n- Per Åberg\n\n"
        "### Regionen\n- Sara Lind\n- Ola Ek, SKR\n\n### Övriga\n- Kim Berg, SKR\n\n"
        "## 1. Inledning\nLisa inledde mötet och presenterade dagordningen för alla.\n\n"
        "## 2. Avslut\nMötet avslutades.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Lisa Holm", "Per Åberg", "Sara Lind", "Ola Ek", "Kim Berg"]
    assert people["Ola Ek"].organisation == "SKR"  # written beside the name, it wins
    assert people["Per Åberg"].organisation == "Kommunerna"
    assert people["Sara Lind"].organisation == "Regionen"
    assert people["Kim Berg"].organisation == "SKR"  # "Övriga" is no organisation
    assert [i.number for i in meeting.agenda] == ["1", "2"]


def test_bold_headings_and_parenthesised_numbers():
    text = (
        "Mötesanteckningar ledningsgruppen\n\nNärvarande: Anna Berg, Bo Ek, Carl Dahl\n\n"
        "1) Ekonomi\nBudgeten följs och prognosen är oförändrad sedan förra månaden.\n\n"
        "2) Personal\nTvå nya medarbetare börjar i september.\n\n"
        "**Beslut**\nLedningsgruppen godkänner rekryteringarna.\n\n"
        "3) Övrigt\nInget.\n"
    )
    (meeting,) = parse(text)
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Ekonomi"),
        ("2", "Personal"),
        ("3", "Övrigt"),
    ]
    assert [a.name for a in meeting.attendees] == ["Anna Berg", "Bo Ek", "Carl Dahl"]


def test_numbered_list_without_body_is_not_an_agenda():
    text = (
        "Anteckningar\n\nVi bestämde följande:\n"
        "1. Anna skickar ut protokollet\n2. Bo bokar lokal\n3. Carl ringer leverantören\n"
    )
    (meeting,) = parse(text)
    assert meeting.agenda == []


def test_bullets_are_not_agenda_items():
    text = "Anteckningar\n\n- **Budget**\n- Lokaler\n- **Övrigt**\n"
    (meeting,) = parse(text)
    assert meeting.agenda == []


def test_page_chrome_does_not_break_the_agenda():
    text = (
        "Protokoll styrgruppen 2023-10-05\n\nNärvarande: Anna Berg, Bo Ek\n\n"
        "1. Lägesrapport\nProjektet följer tidplanen enligt projektledaren.\n\n"
        "Postadress\nRegion Exempel\nBox 1, 111 11 Exempelstad\nE-post: info@example.se\n\n"
        "Besöksadress\nGatan 1\nTel: 010-100 00 00\nOrganisationsnummer: 123456-7890\n\n"
        "Sida 2 (3)\n\n[00:12:31]\n\n"
        "2. Ekonomi\nUtfallet ligger i linje med budget.\n\n"
        "3. Nästa möte\nTorsdag 2023-11-09 kl. 13.00\n"
    )
    (meeting,) = parse(text)
    assert [i.number for i in meeting.agenda] == ["1", "2", "3"]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2023, 11, 9)
    assert meeting.next_meeting.text.startswith("Nästa möte")


# --- splitting -------------------------------------------------------------------------------

BODY = (
    "Gruppen gick igenom läget i projektet och konstaterade att arbetet följer planen. "
    "Det finns några risker kring leveranser som behöver följas upp av projektledaren "
    "under de kommande veckorna innan nästa avstämning med styrgruppen.\n"
)


def test_two_meeting_file():
    text = (
        "Anteckningar styrgruppen 2024-05-02\n\nNärvarande: Anna Berg, Bo Ek, Carl Dahl\n\n"
        f"1. Lägesrapport\n{BODY}\n2. Budget\n{BODY}\n"
        "Anteckningar från arbetsgruppens möte 2024-05-03\n\nDeltagare: Dora Fors, Erik Gran\n\n"
        f"1. Planering\n{BODY}"
    )
    first, second = parse(text)
    assert first.meeting_date == dt.date(2024, 5, 2)
    assert second.meeting_date == dt.date(2024, 5, 3)
    assert [a.name for a in first.attendees] == ["Anna Berg", "Bo Ek", "Carl Dahl"]
    assert [a.name for a in second.attendees] == ["Dora Fors", "Erik Gran"]
    assert second.title == "Anteckningar från arbetsgruppens möte 2024-05-03"
    assert text[second.start :].startswith("Anteckningar från arbetsgruppens")
    assert [i.number for i in first.agenda] == ["1", "2"]
    assert [i.number for i in second.agenda] == ["1"]


def test_date_headed_second_meeting_with_its_own_attendees():
    text = (
        "Minutes, 2 May 2024\n\nPresent: Ann Lee, Tom Hill\n\n"
        f"Discussion\n{BODY}\n"
        "Meeting 3 May 2024\n\nPresent: Sue Park, Tom Hill\n\nShort follow-up on the budget.\n"
    )
    first, second = parse(text)
    assert [a.name for a in second.attendees] == ["Sue Park", "Tom Hill"]
    assert second.meeting_date == dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Anteckningar från förra mötet 2024-04-01 godkändes och lades till handlingarna.",
        "Protokoll",
        "Minutes of the previous meeting, 3 April 2024, were approved.",
        "Nästa möte 2024-06-01",
    ],
)
def test_no_split_on_references_to_other_minutes(line):
    text = f"Anteckningar 2024-05-02\n\nNärvarande: Anna Berg, Bo Ek\n\n{BODY}\n{line}\n\n{BODY}"
    assert len(parse(text)) == 1


def test_no_split_before_previous_meeting_has_a_body():
    text = "Protokoll\n\nMötesanteckningar 2024-01-10\n\nNärvarande: Anna Berg, Bo Ek\n\n" + BODY
    assert len(parse(text)) == 1


def test_empty_document():
    (meeting,) = parse("")
    assert meeting.start == meeting.end == 0
    assert meeting.title is None and meeting.agenda == []


# --- language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mötet beslutade att godkänna budgeten och att skicka den till styrelsen.", "sv"),
        ("The board decided to approve the budget and to send it to the council.", "en"),
        ("", "sv"),
        ("Present: Åsa Öberg, Jörgen Ärlig. The meeting was opened by the chair.", "en"),
        ("Beslut: Anna ska skicka ut kallelsen till mötet.", "sv"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


# --- more shapes -------------------------------------------------------------------------------


def test_first_section_heading_is_not_taken_as_title():
    text = (
        "## Budget\nVi gick igenom budgeten för nästa år.\n\n"
        "## Personal\nTvå tjänster ska tillsättas.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title is None
    assert [i.title for i in meeting.agenda] == ["Budget", "Personal"]


def test_decision_labels_set_as_headings_are_not_points():
    text = (
        "# Styrgruppsmöte\n\n**Lokaler**\nNuvarande lokaler räcker inte till hösten.\n\n"
        "**Beslut:**\nStyrgruppen ger förvaltningen i uppdrag att hitta nya lokaler.\n\n"
        "**Rekrytering**\nTvå tjänster annonseras i maj.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "Styrgruppsmöte"
    assert [i.title for i in meeting.agenda] == ["Lokaler", "Rekrytering"]


def test_numbers_without_space_and_worded_labels():
    text = (
        "Protokoll kommunstyrelsens arbetsutskott\n\n"
        "Beslutande ledamöter: Anna Berg (S), ordförande, Bo Ek (M)\n\n"
        "1.Sammanträdets öppnande\nOrdföranden förklarar sammanträdet öppnat.\n\n"
        "2.Val av justerare\nBo Ek utses att justera dagens protokoll.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Anna Berg", "Bo Ek"]
    assert people["Anna Berg"].organisation == "S" and people["Anna Berg"].role == "ordförande"
    assert meeting.chair == "Anna Berg"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Sammanträdets öppnande"),
        ("2", "Val av justerare"),
    ]


def test_running_page_header_and_listed_minutes_do_not_split():
    text = (
        "Protokoll styrelsen 2024-03-01\n\nNärvarande: Anna Berg, Bo Ek\n\n"
        f"§ 1 Lägesrapport\n{BODY}\n"
        "Protokoll styrelsen 2024-03-01\n\n"
        "§ 2 Anmälningsärenden\n"
        "Protokoll från socialnämnden 2024-02-01\nProtokoll från kommunstyrelsen 2024-02-05\n\n"
        f"§ 3 Övrigt\n{BODY}"
    )
    (meeting,) = parse(text)
    assert [i.number for i in meeting.agenda] == ["§ 1", "§ 2", "§ 3"]


def test_attendee_block_does_not_swallow_a_heading_word():
    text = (
        "Anteckningar\n\nNärvarande:\nAnna Berg\nBo Ek\nBudget\n"
        "Budgeten för året gicks igenom och godkändes utan ändringar av gruppen.\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Anna Berg", "Bo Ek"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Närvarande: Anna, Bo", [("Anna", None), ("Bo", None)]),
        ("Närvarande: Anna Berg, Ale", [("Anna Berg", "Ale")]),
        (
            "Present: Ann Lee, Tom Hill and Sue Park.",
            [("Ann Lee", None), ("Tom Hill", None), ("Sue Park", None)],
        ),
        ("Deltagare: se bilaga", []),
    ],
)
def test_inline_attendee_lists(line, expected):
    (meeting,) = parse(f"Anteckningar\n\n{line}\n\n{BODY}")
    assert [(a.name, a.organisation) for a in meeting.attendees] == expected


def test_offsets_hold_for_shuffled_and_truncated_notes():
    """Whatever the shape of the input, every range stays consistent (checked in ``parse``)."""
    import random

    pool: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        pool.extend(path.read_text(encoding="utf-8").split("\n"))
    pool.extend((ENGLISH + PARAGRAPHS).split("\n"))
    rng = random.Random(7)
    for _ in range(150):
        start = rng.randrange(len(pool))
        chunk = pool[start : start + rng.randrange(1, 120)]
        if rng.random() < 0.5:
            rng.shuffle(chunk)
        meetings = parse("\n".join(chunk))
        for meeting in meetings:
            assert meeting.language in ("sv", "en")
    # Cutting a real file anywhere must not break it either.
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    for cut in range(0, len(text), 97):
        parse(text[:cut])
        parse(text[cut:])


def test_concatenated_seed_files_split_into_their_meetings():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    meetings = parse("\n\n".join(texts))
    assert len(meetings) == 6  # seed 000 holds two meetings
    assert [len(m.attendees) for m in meetings] == [7, 0, 19, 11, 10, 24]
    assert [len(m.agenda) for m in meetings] == [0, 0, 6, 8, 10, 6]
    assert [m.secretary for m in meetings] == [
        "Kajsa",
        None,
        "Cecilia Axelsson",
        None,
        None,
        "Sara Nordenhielm",
    ]


def test_letterhead_fields_move_with_the_meeting_they_head():
    text = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8").strip()
    first, second = parse(f"{text}\n\n{text}\n")
    doc = f"{text}\n\n{text}\n"
    assert doc[second.start :].startswith("Tjänsteställe, handläggare")
    assert doc[first.start : first.end].rstrip().endswith("Utvecklingsledare folkhälsa")
    assert second.meeting_date == dt.date(2022, 1, 31)
    assert len(second.agenda) == 10


def test_attendees_in_a_table_with_emails_and_tab_separated_cells():
    text = (
        "Anteckningar\n\nNärvarande:\n\n| Namn | Organisation |\n|---|---|\n"
        "| Anna Berg | Ale |\n| Bo Ek <bo.ek@example.se> | Lerum |\n\nCarl Dahl\tordförande\tAle\n\n"
        "1. Inledning\nCarl inledde mötet och gick igenom dagordningen.\n\n2. Avslut\nMötet avslutades.\n"
    )
    (meeting,) = parse(text)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Anna Berg", "Ale"),
        ("Bo Ek", "Lerum"),
        ("Carl Dahl", "Ale"),
    ]
    assert meeting.chair == "Carl Dahl"


def test_note_taker_and_absent_list_on_the_label_line():
    text = (
        "Meeting notes 2024-10-01\n\nAttendees: Ann Lee, Tom Hill, Sue Park\n"
        "Absent: Bob Ray, Kim Lo\nNote taker: Sue Park\n\n"
        "## Updates\nTom shared the latest numbers from the pilot.\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Ann Lee", "Tom Hill", "Sue Park"]
    assert meeting.secretary == "Sue Park"
    assert meeting.chair is None
    assert meeting.meeting_date == dt.date(2024, 10, 1)


def test_transcript_turns_are_not_a_title():
    text = (
        "[00:00:03] Anna: Hej allihop\n[00:00:09] Bo: Hej\n"
        "Anna: Vi börjar med budgeten, den ser bra ut i år. Nästa möte blir den 14 maj.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title is None
    assert meeting.attendees == []
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text == "Nästa möte blir den 14 maj."


def test_attendee_section_after_an_introduction():
    text = (
        "# Workshop om hösten\n\nSyftet med dagen var att ta fram en gemensam plan för hösten.\n\n"
        "## Deltagare\n- Anna Berg, Ale\n- Bo Ek (ordförande)\n\n"
        "## Diskussion\nGruppen diskuterade prioriteringarna.\n\n## Beslut och uppdrag\nInga beslut.\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Anna Berg", "Bo Ek"]
    assert meeting.chair == "Bo Ek"
    assert [i.title for i in meeting.agenda] == ["Diskussion", "Beslut och uppdrag"]


def test_next_meeting_in_a_tiny_note_and_after_an_agenda_listing():
    (tiny,) = parse("Anteckningar\n\nNästa möte: 2024-06-05\n")
    assert tiny.next_meeting is not None and tiny.next_meeting.date == dt.date(2024, 6, 5)
    text = (
        "Minutes 2024-05-02\n\nAgenda\n1. Welcome\n2. Next meeting\n3. AOB\n\n"
        "1. Welcome\nThe chair welcomed everyone to the meeting.\n\n"
        "2. Next meeting\nThursday 2024-06-13 at 10:00 in room B.\n\n3. AOB\nNone.\n"
    )
    (meeting,) = parse(text)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text == "Next meeting\nThursday 2024-06-13 at 10:00 in room B."
    assert meeting.next_meeting.date == dt.date(2024, 6, 13)
    assert [i.title for i in meeting.agenda] == ["Welcome", "Next meeting", "AOB"]
    assert "The chair welcomed" in text[meeting.agenda[0].start : meeting.agenda[0].end]


def test_title_case_heading_after_attendees_is_not_a_person():
    text = (
        "Board meeting 2024-05-02\n\nPresent:\nJohn Smith\nJane Doe\n\nFinancial Report\n"
        "The treasurer presented the figures for the first quarter.\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["John Smith", "Jane Doe"]
    (everyone,) = parse("Minutes\n\nPresent: All members\n\n" + BODY)
    assert everyone.attendees == []


def test_no_split_at_a_planned_event_with_a_participant_description():
    text = (
        f"Anteckningar 2024-05-02\n\nNärvarande: Anna Berg, Bo Ek\n\n{BODY}\n"
        f"Workshop 2024-05-10\n\nDeltagare: alla chefer i förvaltningen\n\n{BODY}"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Anna Berg", "Bo Ek"]


def test_bold_labels_dash_separated_people_and_bold_numbered_points():
    text = (
        "**Minnesanteckningar – Samverkansgruppen**\n**Datum:** 2024-02-14, kl. 09.00–11.00\n"
        "**Plats:** Teams\n\n**Närvarande:**\nAnna Berg – Ale kommun\n"
        "Bo Ek – Lerums kommun (till kl. 10.00)\nCarl Dahl – Regionen, ordförande\n"
        "**Frånvarande:** Dora Fors, Erik Gran\n\n"
        "**1. Föregående anteckningar**\nAnteckningarna godkändes.\n\n"
        "**2. Lägesrapport**\nAnna redovisade läget. Tre saker lyftes:\n1. Bemanning\n2. Lokaler\n"
        "3. IT-stöd\n\n**3. Övrigt**\nInget.\n\n**Nästa möte:** 2024-03-13 kl. 09.00, Teams\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "Minnesanteckningar – Samverkansgruppen"
    assert meeting.meeting_date == dt.date(2024, 2, 14)
    people = by_name(meeting)
    assert list(people) == ["Anna Berg", "Bo Ek", "Carl Dahl"]
    assert people["Anna Berg"].organisation == "Ale kommun"
    assert people["Bo Ek"].note == "till kl. 10.00"
    assert meeting.chair == "Carl Dahl"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Föregående anteckningar"),
        ("2", "Lägesrapport"),
        ("3", "Övrigt"),
    ]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2024, 3, 13)


def test_paragraphs_continuing_from_earlier_meetings_and_initials_resolved():
    protocol = (
        "PROTOKOLL\nKommunstyrelsens arbetsutskott\nSammanträdesdatum 2024-04-03\n\n"
        "§ 45 Val av justerare\nBo Ek utses att justera.\n\n"
        "§ 46 Budget 2025\nArbetsutskottet föreslår kommunstyrelsen att anta budgeten.\n\n"
        "§ 47 Anmälningsärenden\nProtokoll från socialnämnden 2024-03-20.\n"
    )
    (meeting,) = parse(protocol)
    assert meeting.title == "PROTOKOLL Kommunstyrelsens arbetsutskott"
    assert meeting.meeting_date == dt.date(2024, 4, 3)
    assert [i.number for i in meeting.agenda] == ["§ 45", "§ 46", "§ 47"]
    weekly = (
        "# Veckomöte\n\n**Deltagare:** Anna Berg (AB), Bo Ek (BE), Carl Dahl (CD)\n"
        "**Sekreterare:** BE\n\n## 1. Uppföljning\nVi följde upp förra veckans punkter.\n\n"
        "### Öppna frågor\n1. Licenser – AB kollar\n2. Nätverk – CD\n\n"
        "## 2. Nya ärenden\nInga nya ärenden.\n\n## Övrigt\nNästa möte: torsdag 16 maj kl 10.\n"
    )
    (meeting,) = parse(weekly)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Anna Berg", None),
        ("Bo Ek", None),
        ("Carl Dahl", None),
    ]
    assert meeting.secretary == "Bo Ek"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Uppföljning"),
        ("2", "Nya ärenden"),
        (None, "Övrigt"),
    ]


def test_people_written_with_from_an_organisation():
    text = (
        "Anteckningar\n\nNärvarande: Anna Berg och Bo Ek från Ale\n\n"
        "Deltagare:\nCarl Dahl från Lerum\nDora Fors from SKR\n\n" + BODY
    )
    (meeting,) = parse(text)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Anna Berg", None),
        ("Bo Ek", "Ale"),
        ("Carl Dahl", "Lerum"),
        ("Dora Fors", "SKR"),
    ]


def test_inline_list_wrapping_onto_the_next_line():
    text = "Anteckningar\n\nNärvarande: Anna Berg, Bo Ek,\nCarl Dahl, Dora Fors\n\n" + BODY
    (meeting,) = parse(text)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Anna Berg", None),
        ("Bo Ek", None),
        ("Carl Dahl", None),
        ("Dora Fors", None),
    ]


PROJECT_NOTES = """
Project Phoenix – Weekly Status Meeting
Date: Monday, 4 March 2024
Time: 10:00–11:00
Location: Conference Room B / Zoom

Attendees
- Sarah Connor (Project Manager)
- Kyle Reese – Engineering Lead
- Miles Dyson, Cyberdyne Systems
- John C. (remote, joined at 10:20)

Apologies: T. Hunter

Agenda
1. Review of action items
2. Sprint progress
3. Risks and issues
4. AOB

1. Review of action items
All previous actions were closed except the vendor contract.

2. Sprint progress
Sprint 14 is 80% complete. The team agreed to move the demo to Friday.

3. Risks and issues
- Vendor contract still unsigned (owner: Sarah)
- Test environment unstable

4. AOB
None.

Next meeting: Monday 11 March 2024, same time.
Minutes taken by: Kyle Reese
"""


BOARD_NOTES = """
Styrelsemöte BRF Eken
2023-11-20 kl 19.00 i föreningslokalen

Närvarande ledamöter: Per Olsson (ordf), Lisa Ek, Ahmed Ali, Maja Berg (sekr)
Ej närvarande: Tor Nilsson

1 Mötets öppnande
Per öppnade mötet.

2 Val av justerare
Lisa valdes.

3 Ekonomi
Kassören redovisade. Likviditeten är god.

4 Nästa möte
11 december kl 19.
"""


def test_english_project_notes_with_title_case_roles():
    (meeting,) = parse(PROJECT_NOTES)
    assert meeting.meeting_date == dt.date(2024, 3, 4)
    people = by_name(meeting)
    assert list(people) == ["Sarah Connor", "Kyle Reese", "Miles Dyson", "John C"]
    assert people["Sarah Connor"].role == "Project Manager"
    assert people["Sarah Connor"].organisation is None
    assert people["Miles Dyson"].organisation == "Cyberdyne Systems"
    assert people["John C"].note == "remote, joined at 10:20"
    assert meeting.secretary == "Kyle Reese" and meeting.chair is None
    assert [i.title for i in meeting.agenda] == [
        "Review of action items",
        "Sprint progress",
        "Risks and issues",
        "AOB",
    ]
    # The agenda listing at the top is not a section: the first point holds its own text.
    first = meeting.agenda[0]
    assert "previous actions were closed" in PROJECT_NOTES[first.start : first.end]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2024, 3, 11)


def test_points_numbered_without_a_dot_and_abbreviated_roles():
    (meeting,) = parse(BOARD_NOTES)
    assert meeting.meeting_date == dt.date(2023, 11, 20)
    assert [a.name for a in meeting.attendees] == [
        "Per Olsson",
        "Lisa Ek",
        "Ahmed Ali",
        "Maja Berg",
    ]
    assert meeting.chair == "Per Olsson" and meeting.secretary == "Maja Berg"
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Mötets öppnande"),
        ("2", "Val av justerare"),
        ("3", "Ekonomi"),
        ("4", "Nästa möte"),
    ]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2023, 12, 11)


def test_informal_note_with_we_were_and_next_apt():
    text = (
        "Anteckningar från APT 2024-03-12\n\nVi var: Kim, Lo, Sam, Ida\n\n"
        "Kim berättade om nya rutinen för sjukanmälan. Sam tar fram förslag.\n\nNästa APT 9/4\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Kim", "Lo", "Sam", "Ida"]
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text == "Nästa APT 9/4"
    assert meeting.next_meeting.date == dt.date(2024, 4, 9)


def test_dates_and_counts_at_line_start_are_not_points():
    text = (
        "Anteckningar\n\nKommande datum:\n\n21 april em\n\n3 June planning day\n\n"
        "12 Personer deltog i workshopen.\n"
    )
    (meeting,) = parse(text)
    assert meeting.agenda == []


def test_signature_block_roles():
    text = (
        "Protokoll 2024-01-15\n\nNärvarande: Anna Berg, Bo Ek, Carl Dahl\n\n"
        f"§ 1 Öppnande\n{BODY}\nOrdförande\n\n..........................\nAnna Berg\n\n"
        "Sekreterare\n\n__________________\nCarl Dahl\n"
    )
    (meeting,) = parse(text)
    assert meeting.chair == "Anna Berg"
    assert meeting.secretary == "Carl Dahl"


def test_undotted_points_without_attendees():
    text = "Styrgruppen\n\n1 Mötets öppnande\nAnna öppnade.\n\n2 Budget\nBudgeten godkändes.\n"
    (meeting,) = parse(text)
    assert meeting.title == "Styrgruppen"
    assert [i.number for i in meeting.agenda] == ["1", "2"]


# --- dates stated outside a letterhead --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fiskeklubben Abborren\nPROTOKOLL FÖRT VID ÅRSMÖTE\n"
            "Lördagen den 12 april 2025 kl. 10.00, Bygdegården stora salen\n"
            "Närvarande: 14 medlemmar\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n",
            dt.date(2025, 4, 12),
        ),
        (
            "HILLTOP GARDEN CLUB\nMinutes of the Annual Meeting of Members\n"
            "April 3, 2024 – 7:00 p.m. – Town Hall, Room 2\n\n"
            "Members present: Joan Reed (President), Carl Moss\n\nCALL TO ORDER\nOpened.\n",
            dt.date(2024, 4, 3),
        ),
        (
            "Årsmöte Exempelbyns hembygdsförening, söndag 9 mars 2025, Skolan\n"
            "Närvarande: 12 medlemmar\n\nMötets öppnande – ordföranden hälsade välkomna.\n",
            dt.date(2025, 3, 9),
        ),
    ],
)
def test_date_line_with_time_and_place_under_the_title(text, expected):
    (meeting,) = parse(text)
    assert meeting.meeting_date == expected


IRC_LOG = """#proj-meeting: weekly sync
Meeting started Wed Jan 15 18:00:03 2025 UTC. The chair is alice.

18:00:03 <alice> #startmeeting weekly sync
18:00:10 <bob> o/
18:00:12 <carol_> hi
18:00:30 <meetbot> Meeting started, use #topic to set topics
18:01:00 <alice> #topic release
18:01:30 <bob> we should cut the release on Friday
18:02:00 <alice> #agreed release is cut on Friday
"""


def test_irc_meetbot_log_date_chair_and_speakers():
    (meeting,) = parse(IRC_LOG)
    assert meeting.meeting_date == dt.date(2025, 1, 15)
    assert meeting.chair == "alice"
    assert [a.name for a in meeting.attendees] == ["alice", "bob", "carol_"]


def test_timestamped_transcript_speakers_become_attendees():
    text = (
        "Recording of the design review\n\n"
        "[00:00:04] Dana Fox: Welcome everyone.\n[00:00:09] Eli Park: Hi.\n"
        "[00:00:15] Dana Fox: First item.\n[00:00:30] Mo Chan: I can take it.\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["Dana Fox", "Eli Park", "Mo Chan"]


def test_webvtt_turns_give_date_and_speakers():
    text = (
        "Eva Lind: Då börjar vi, det här är styrgruppen för projektet, tisdag 4 februari 2025.\n\n"
        "Per Holm: Hej. Jag har läget här.\n\nEva Lind: Bra, kör.\n"
    )
    first = text.index("Då")
    second = text.index("Hej")
    third = text.rindex("Bra")
    turns = (
        Turn("Eva Lind", first, text.index("\n")),
        Turn("Per Holm", second, text.index("\n", second)),
        Turn("Eva Lind", third, len(text) - 1),
    )
    (meeting,) = parse_meetings(Document(text, format="vtt", turns=turns))
    assert meeting.meeting_date == dt.date(2025, 2, 4)
    assert [a.name for a in meeting.attendees] == ["Eva Lind", "Per Holm"]


def test_date_in_the_body_is_not_taken_without_a_cue():
    text = "Styrgruppen\n\nNärvarande: Anna Berg, Bo Ek\n\nBeslutet från 2024-03-01 gäller.\n"
    (meeting,) = parse(text)
    assert meeting.meeting_date is None


# --- e-mail wrapped minutes ---------------------------------------------------------------


def test_email_subject_date_resolves_against_the_sent_date():
    text = (
        "From: Kim Lee <kim@example.org>\nSent: Tuesday, March 4, 2025 10:02 AM\n"
        "To: Committee <committee@example.org>\nSubject: Minutes - Mar 3 committee meeting\n\n"
        "Hi all, minutes below.\n\nKim\n\n-----------------------------\n"
        "PARKS COMMITTEE\n\nPresent: Kim Lee (Secretary), Ola Berg, Sam Roy\n\n"
        "Budget\nThe committee approved the budget.\n\nNext meeting: April 7, 6 p.m.\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "PARKS COMMITTEE"
    assert meeting.meeting_date == dt.date(2025, 3, 3)
    assert meeting.secretary == "Kim Lee"
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == dt.date(2025, 4, 7)


def test_email_relative_weekday_and_the_minutes_own_date():
    relative = (
        "Från: Ada Berg <ada@example.se>\nSkickat: den 12 mars 2025 09:10\nTill: Gruppen\n"
        "Ämne: Anteckningar från mötet i måndags\n\nHej!\n\nHär kommer anteckningarna.\n\n"
        "----------\nArbetsgruppen\n\nMed: Ada Berg, Bo Ek, Cia Dahl\n\nBudget\nVi diskuterade.\n"
    )
    (meeting,) = parse(relative)
    assert meeting.meeting_date == dt.date(2025, 3, 10)  # the Monday before Wednesday 12 March
    assert [a.name for a in meeting.attendees] == ["Ada Berg", "Bo Ek", "Cia Dahl"]
    own = relative.replace("Arbetsgruppen\n", "Arbetsgruppen\nMöte 7 mars 2025, rum 3\n")
    (meeting,) = parse(own)
    assert meeting.meeting_date == dt.date(2025, 3, 7)

def test_an_email_that_names_the_meeting_by_its_weekday_looks_back_to_it():
    def mail(subject: str, greeting: str) -> str:
        return ("From: Niamh Gallagher <sec@example.ie>\nSent: Thursday 6 November 2025 21:47\nTo: Committee\n"
                f"Subject: {subject}\n\nHi all,\n\n{greeting}\n\n- Present: Niamh, Declan, Fergal\n"
                "- Club kit: we went for the new supplier.\n")
    (meeting,) = parse(mail("Tuesday's meeting - quick summary", "Quick rundown for those who missed it."))
    assert meeting.meeting_date == dt.date(2025, 11, 4)
    (meeting,) = parse(mail("Committee notes", "Notes from Monday night as promised."))
    assert meeting.meeting_date == dt.date(2025, 11, 3)
    (meeting,) = parse(mail("Committee notes", "Notes from tonight's meeting."))
    assert meeting.meeting_date == dt.date(2025, 11, 6)
    # a weekday that names no meeting held on it says nothing of the meeting's day: the sent date stands
    (meeting,) = parse(mail("Committee notes", "Corrections to me by Friday please."))
    assert meeting.meeting_date == dt.date(2025, 11, 6)


def test_an_email_greeting_without_a_rule_line_is_no_meeting_of_its_own():
    text = (
        "Från: Jon Falk <jon@example.se>\nTill: styrelsen@example.se\nDatum: söndag 11 maj 2025 21:14\n"
        "Ämne: Anteckningar\n\nHej allihop,\n\nhär kommer anteckningarna från torsdagens möte. Säg till "
        "om jag har missat något, annars lägger jag ut dem på hemsidan på onsdag. Elin – ditt mejl ligger "
        "längst ner, vi tog upp det under övrigt.\n\nHa en fin vecka!\n\n"
        "=== Anteckningar styrelsemöte Näsets IK, 8/5 2025 ===\n"
        "Närvarande: Britt Ljung (ordf), Ali Karimi (kassör), Lotta Sund, Jon Falk (sekr)\n\n"
        "1. Ekonomi\nAli gick igenom läget. Kassan ser ok ut inför sommaren och lägret, men kommunens "
        "aktivitetsstöd för våren har ännu inte kommit in och hallhyran har höjts från hösten.\n"
    )
    (meeting,) = parse(text)
    assert meeting.meeting_date == dt.date(2025, 5, 8)
    assert [a.name for a in meeting.attendees] == ["Britt Ljung", "Ali Karimi", "Lotta Sund", "Jon Falk"]
    # a second meeting pasted below still opens its own
    two = text + ("\nStyrelsemöte 12/6 2025\nNärvarande: Britt Ljung, Ali Karimi, Lotta Sund\n\n"
                  "1. Läger\nLägret blir i Ed, bussen bokas av Lotta i god tid före avresan.\n")
    assert [m.meeting_date for m in parse(two)] == [dt.date(2025, 5, 8), dt.date(2025, 6, 12)]
    # notes in the e-mail body with an attendee list of their own are a meeting of their own
    own = text.replace("Ha en fin vecka!", "Närvarande: Britt Ljung, Ali Karimi\nVi ringde kort i tisdags "
                       "och gick igenom lägerbudgeten och bussen, inget mer än så den gången.")
    assert len(parse(own)) == 2


# --- running logs of dated headings -----------------------------------------------------

RETRO_LOG = """# Team Owl – retro log

Newest entries at the bottom.

## Sprint 3 retro — Mon 6 May 2024

**Facilitator:** Ana · **Present:** Ana, Ben, Cy

- We agreed to shorten the standup to ten minutes from now on, starting tomorrow.
- Ben will fix the flaky deploy script before the next sprint planning meeting.

## Sprint 4 retro — Mon 20 May 2024

**Facilitator:** Ben · **Present:** Ana, Ben (Cy on leave)

- The shorter standup works well and we keep it for the rest of the quarter too.
- Ana will write the release notes template for the team wiki this week.
"""


def test_dated_headings_of_a_log_open_meetings():
    first, second = parse(RETRO_LOG)
    assert first.meeting_date == dt.date(2024, 5, 6)
    assert second.meeting_date == dt.date(2024, 5, 20)
    assert first.title is not None and first.title.startswith("Sprint 3 retro")
    assert (first.chair, second.chair) == ("Ana", "Ben")
    assert [a.name for a in first.attendees] == ["Ana", "Ben", "Cy"]
    assert [a.name for a in second.attendees] == ["Ana", "Ben"]


def test_one_dated_section_among_undated_ones_does_not_split():
    text = RETRO_LOG.replace("## Sprint 4 retro — Mon 20 May 2024", "## Follow-up")
    (meeting,) = parse(text)
    assert meeting.meeting_date == dt.date(2024, 5, 6)
    undated_first = RETRO_LOG.replace("## Sprint 3 retro — Mon 6 May 2024", "## Notes")
    assert len(parse(undated_first)) == 1


# --- attendee forms -----------------------------------------------------------------------


def test_role_prefixed_entries_and_a_group_inside_the_list():
    text = (
        "Föräldraråd\nMöte 3 april 2024\n"
        "Närvarande: rektor Eva Holm, pedagog Kim, föräldrar: Lo (Ekorren),\n"
        "Max (Räven)\n\nUtegården\nDiskuterades.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Eva Holm", "Kim", "Lo", "Max"]
    assert people["Eva Holm"].role == "rektor"
    assert people["Kim"].role == "pedagog"
    assert people["Max"].organisation == "Räven"
    assert people["Max"].role == "föräldrar"


def test_med_list_wrapping_inside_brackets_over_several_lines():
    text = (
        "Nätverksträff 2 maj 2024\n\n"
        "Med: Ann B (kurator Norra, antecknar), Olle C (rektor,\n"
        "sammankallande), Pia (skolsköterska Södra), Tor Ek (kom\n"
        "efter lunch)\n\nHälsosamtal\nVi pratade.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Ann B", "Olle C", "Pia", "Tor Ek"]
    assert people["Olle C"].role == "rektor, sammankallande"
    assert people["Pia"].organisation == "Södra"
    assert people["Tor Ek"].note == "kom efter lunch"
    assert meeting.secretary == "Ann B"


def test_directors_present_staff_guests_and_organisation_entries():
    text = (
        "Minutes of the Board of Directors\nJune 5, 2024 – 6 p.m. – Library\n\n"
        "Directors present: Amy Fox (President), Bo Lind (Vice President), Cal Reyes\n"
        "(Secretary), Dee Holt\nDirectors absent: Eve Moss\nStaff: Fay Wong (Executive Director)\n"
        "Guests: three residents\nManagement: Gus Ray, Acme Property Management\n\n"
        "CALL TO ORDER\nThe President opened the meeting.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Amy Fox", "Bo Lind", "Cal Reyes", "Dee Holt", "Fay Wong", "Gus Ray"]
    assert people["Gus Ray"].organisation == "Acme Property Management"
    assert (meeting.chair, meeting.secretary) == ("Amy Fox", "Cal Reyes")
    assert meeting.meeting_date == dt.date(2024, 6, 5)


def test_handles_in_a_multi_field_line():
    text = (
        "# Widget community call — 2025-02-04\n\n"
        "Facilitator: @ana-b · Notes: @kmiller · Attendees: @ana-b, @kmiller, @Zed_9, "
        "plus ~10 on the stream\n\n## Agenda\n1. Release\n"
    )
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["ana-b", "kmiller", "Zed_9"]
    assert all(a.role is None for a in meeting.attendees)
    assert (meeting.chair, meeting.secretary) == ("ana-b", "kmiller")


def test_letterhead_columns_and_group_prefixed_lines():
    columns = (
        "PROTOKOLL\nMiljönämnden                         Sammanträdesdatum 2025-03-04\n\n"
        "Beslutande       Ada Berg (S), ordförande\n"
        "                 Bo Ek (M), Cia Dahl (C), Dan Fors (L),\n"
        "                 Eva Gran (V)\n"
        "Övriga           Finn Holm, förvaltningschef\n"
        "Justerare        Bo Ek\n\n§ 1  Budget\nBudgeten antogs.\n"
    )
    (meeting,) = parse(columns)
    assert meeting.title == "PROTOKOLL Miljönämnden"
    assert [a.name for a in meeting.attendees] == [
        "Ada Berg", "Bo Ek", "Cia Dahl", "Dan Fors", "Eva Gran", "Finn Holm"
    ]  # fmt: skip
    assert meeting.chair == "Ada Berg"
    grouped = (
        "Samverkansgrupp\nDatum: 2025-04-01\n\nDeltagare\n"
        "Kommunen: Ann Lund (samordnare, ordf.), Bo Sten (fritidschef),\nCia Ros (fältgruppen)\n"
        "Polisen: Kommunpolis Dan Ek, Eva Björk\n\n1. Läget\nLugnt.\n"
    )
    (meeting,) = parse(grouped)
    people = by_name(meeting)
    assert list(people) == ["Ann Lund", "Bo Sten", "Cia Ros", "Dan Ek", "Eva Björk"]
    assert people["Cia Ros"].organisation == "Kommunen"
    assert people["Dan Ek"].organisation == "Polisen"
    assert people["Dan Ek"].role == "Kommunpolis"
    assert meeting.chair == "Ann Lund"


def test_roles_after_names_counts_and_notes_are_not_people():
    text = (
        "Nämndens protokoll 2025-01-20\n\n"
        "Ledamöter: Ada Berg (S) ordf., Bo Ek (M) 1:e vice ordf., Cia Dahl (C), m.fl., totalt 11\n"
        "Tjänstepersoner: Dan Fors (förvaltningschef), Eva Gran (nämndsekreterare)\n"
        "Adjungerad: Finn Holm, Bygg AB, § 5\n\n§ 1 Budget\nAntogs.\n"
    )
    (meeting,) = parse(text)
    people = by_name(meeting)
    assert list(people) == ["Ada Berg", "Bo Ek", "Cia Dahl", "Dan Fors", "Eva Gran", "Finn Holm"]
    assert people["Ada Berg"].role == "ordf"
    assert people["Cia Dahl"].role is None
    assert people["Finn Holm"].organisation == "Bygg AB"
    assert people["Finn Holm"].note == "§ 5"
    assert meeting.chair == "Ada Berg"


def test_latex_minutes_header():
    text = (
        "\\documentclass{article}\n\\title{Group meeting minutes -- Soil Lab}\n"
        "\\date{3 March 2025}\n\\begin{document}\n\\maketitle\n\n"
        "\\textbf{Present:} Prof.~Ann Berg (PI), Dr.~Bo Ek, Jos\\'{e} Ruiz \\\\\n"
        "\\textbf{Absent:} Cy Dahl\n\n\\section{Funding}\nWe talked.\n\n"
        "\\section{Papers}\nMore talk.\n\\end{document}\n"
    )
    (meeting,) = parse(text)
    assert meeting.title == "Group meeting minutes -- Soil Lab"
    assert meeting.meeting_date == dt.date(2025, 3, 3)
    assert [a.name for a in meeting.attendees] == ["Ann Berg", "Bo Ek", "José Ruiz"]
    assert [item.title for item in meeting.agenda] == ["Funding", "Papers"]


def test_notes_label_with_a_name_is_the_secretary_not_the_title():
    text = "IK Exempel – styrelsemöte\n3 maj 2024\nNärvarande: Ola, Pia, Kim\nAnteckningar: Pia\n\n1. Ekonomi\nOk.\n"
    (meeting,) = parse(text)
    assert meeting.title == "IK Exempel – styrelsemöte"
    assert meeting.secretary == "Pia"


@pytest.mark.parametrize(
    ("line", "anchor_title", "expected"),
    [
        ("nästa: ons 4/12 kl 9", "avstämning 20/11 2024", dt.date(2024, 12, 4)),
        ("- next mtg Dec 12", "PTA notes, Nov 14, 2024", dt.date(2024, 12, 12)),
    ],
)
def test_short_next_meeting_cues(line, anchor_title, expected):
    (meeting,) = parse(f"{anchor_title}\nnärv: Ann, Bo, Cy\n\n- budget ok\n{line}\n")
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.date == expected


def test_next_meeting_words_wrapped_from_a_sentence_are_no_announcement():
    text = ("Estates Committee 11 February 2025\nPresent: Ann Lee, Bob Stone\n\n"
            "Action: Director of Estates to report on cycle parking at Riverside before\n"
            "the next meeting.\n\nDATE OF NEXT MEETING\nTuesday 13 May 2025, 14:00.\n\n"
            "          ESC minutes 11.02.2025 – unconfirmed\n")
    (meeting,) = parse(text)
    assert meeting.next_meeting is not None
    assert meeting.next_meeting.text.startswith("DATE OF NEXT MEETING\nTuesday 13 May 2025")
    assert meeting.next_meeting.date == dt.date(2025, 5, 13)


def test_dates_of_next_meetings_give_the_first_after_the_meeting():
    (meeting,) = parse("Senate committee 14 March 2024\nPresent: Ann Lee, Bob Stone\n\n1. Items\nNoted.\n\n"
                       "Dates of next meetings: 13 June 2024; 10 October 2024.\n")
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2024, 6, 13)


def test_next_meeting_line_above_the_following_minutes_stays_with_the_first():
    text = (
        f"Styrgruppen 2025-05-06\nNärvarande: Ann Berg, Bo Ek\n\n1. Läget\n{BODY}\n"
        "Nästa möte: 20 maj 2025\n\n----------\n"
        "Anteckningar från styrgruppsmöte 2025-05-20\n"
        "Närvarande: Ann Berg, Bo Ek, Cia Dahl. Dan Fors förhindrad.\n\n1. Uppföljning\nKlart.\n"
    )
    first, second = parse(text)
    assert first.next_meeting is not None
    assert first.next_meeting.date == dt.date(2025, 5, 20)
    assert second.next_meeting is None
    assert [a.name for a in second.attendees] == ["Ann Berg", "Bo Ek", "Cia Dahl"]


@pytest.mark.parametrize(
    "opening",
    [
        "_Compiled by Kim Lee for the board call on 2025-07-14 (ran 16:00-16:40)._",
        "The meeting was held on 14 July 2025 in the library.",
    ],
)
def test_opening_sentence_states_the_meeting_date(opening):
    (meeting,) = parse(f"# Board sync\n\n{opening}\n\n## Budget\n\nThe budget was approved.\n")
    assert meeting.meeting_date == dt.date(2025, 7, 14)


def test_opening_sentence_about_another_meeting_is_no_meeting_date():
    text = (
        "# Board sync\n\nThe next meeting on 2025-08-11 will review the budget.\n\n## Budget\nOk.\n"
    )
    (meeting,) = parse(text)
    assert meeting.meeting_date is None


def test_english_title_case_offices_are_roles():
    text = (
        "Governing Board\nDate: 5 March 2025\n\n"
        "Present: Ann Dunn (Chair), Mark Ellis (Vice-Chair), Joy Ade (Headteacher), "
        "Alan Shaw (Clerk)\n\n1. Welcome\nThe Chair opened the meeting.\n"
    )
    (meeting,) = parse(text)
    roles = {a.name: a.role for a in meeting.attendees}
    assert roles == {
        "Ann Dunn": "Chair",
        "Mark Ellis": "Vice-Chair",
        "Joy Ade": "Headteacher",
        "Alan Shaw": "Clerk",
    }
    assert all(a.organisation is None for a in meeting.attendees)
    assert meeting.chair == "Ann Dunn"


# --- fast paths agree with the plain definitions ------------------------------------------


def _split_by_scan(value: str, pattern) -> list[str]:
    """The plain definition: try ``pattern`` at every character outside brackets."""
    parts, depth, last, pos = [], 0, 0, 0
    while pos < len(value):
        char = value[pos]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = pattern.match(value, pos)
            if match and match.end() > pos:
                parts.append(value[last:pos])
                last = pos = match.end()
                continue
        pos += 1
    parts.append(value[last:])
    return [p.strip() for p in parts if p.strip()]


def test_split_top_level_cuts_where_a_character_scan_does():
    import random

    from minutes_ai import _structure_people as people

    pieces = ["Anna", "Bo Ek", "(", ")", ",", " , ", ";", " och ", " and ", " – ", " - ", "&", " "]
    rng = random.Random(11)
    patterns = [people._LIST_SPLIT, people._PERSON_SPLIT, people._DESCRIPTOR_SPLIT]
    for _ in range(3000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for pattern in patterns:
            assert people.split_top_level(value, pattern) == _split_by_scan(value, pattern), value


def test_trailing_markup_is_found_as_by_a_full_search():
    import random

    from minutes_ai import _structure_lines as lines

    pieces = ["a", "Ord", "*", "**", "_", "__", "#", " ", "\t", " #", "x_y"]
    rng = random.Random(5)
    for _ in range(3000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))).rstrip()
        expected = lines._TRAIL_MARKUP.search(value)
        found = lines._trailing_markup(value)
        assert (found and found.span()) == (expected and expected.span()), value
    # A signature line with long runs of underscores is read at once, the same way.
    line = "Ordförande ______________________________ Sekreterare ______________________________"
    assert lines._trailing_markup(line).start() == line.index(" Sekreterare") + len(" Sekreterare ")
    assert lines.split_lines(line)[0].clean == "Ordförande Sekreterare"


def test_blank_lines_keep_their_offsets():
    from minutes_ai._structure_lines import split_lines

    text = "Protokoll\n   \n\t\n\nNärvarande: Anna Berg"
    lines = split_lines(text)
    assert [line.blank for line in lines] == [False, True, True, True, False]
    for line in lines:
        assert text[line.start : line.end] == line.raw
        if line.blank:
            assert line.content_start == line.content_end == line.start
            assert not (line.level or line.bold or line.bullet)


def test_language_counts_every_occurrence_of_a_word():
    # A repeated word counts each time: three English words against two Swedish ones.
    assert detect_language("the and the och att") == "en"
    assert detect_language("the and och att och") == "sv"


def test_many_concatenated_meetings_split_as_each_alone():
    block = (
        "Protokoll styrelsemöte {day} mars 2025\n\nNärvarande: Anna Berg, Bo Ek, Cia Dahl\n\n"
        "1. Mötets öppnande\nOrdföranden öppnade mötet och hälsade alla välkomna till dagens "
        "möte. Dagordningen godkändes utan ändringar och mötet gick vidare till nästa punkt på "
        "listan. Ekonomin gicks igenom och kassören redovisade läget för föreningen.\n\n"
    )
    text = "".join(block.format(day=day) for day in range(1, 29))
    meetings = parse(text)
    assert len(meetings) == 28
    assert [m.meeting_date for m in meetings] == [dt.date(2025, 3, d) for d in range(1, 29)]
    assert all(
        [a.name for a in m.attendees] == ["Anna Berg", "Bo Ek", "Cia Dahl"] for m in meetings
    )


def test_fast_line_construction_makes_an_equal_frozen_line():
    import dataclasses

    from minutes_ai._structure_lines import Line, _new_line, split_lines

    values = (3, 10, 25, "  **Närvarande:** Anna", "Närvarande: Anna", 14, 25, 0, False, False)
    fast, plain = _new_line(*values), Line(*values)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert (fast.blank, fast.words) == (plain.blank, plain.words) == (False, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.clean = "x"  # type: ignore[misc]
    for line in split_lines("# Rubrik\n\n- punkt ett\nVanlig rad  med   ord\n**Fet**\n"):
        assert line == Line(*(getattr(line, f.name) for f in dataclasses.fields(Line)))
        assert line.words == len(line.clean.split()) and line.blank == (not line.clean)


def test_name_capitals_are_the_characters_the_name_pattern_starts_with():
    import re

    from minutes_ai import _structure_names as names

    first = re.compile(rf"[{names._UPPER}]")
    assert {chr(c) for c in range(0x3000) if first.match(chr(c))} == set(names._CAPITALS)


# Characters re.IGNORECASE folds in ways str.lower() does not, plus look-alikes and digits.
_TRICKY = ["İ", "ı", "ſ", "K", "Å", "Σ", "٣", "²", "-", ".", ",", ":", "(", ")", "/", "'"]


def _fuzz(words: list[str], seed: int, count: int = 4000):
    import random

    rng = random.Random(seed)
    pool = words + _TRICKY
    for _ in range(count):
        yield "".join(
            rng.choice(pool) + (" " if rng.random() < 0.6 else "") for _ in range(rng.randint(1, 7))
        ).strip()


def test_note_test_agrees_with_the_note_pattern():
    from minutes_ai._structure_roles import NOTE, find_note

    words = (
        "Del av mötet|delvis|PART|of the meeting|via Teams|kl|10|KL.|until|Left at|"
        "ej punkt|only|Kom|sent|gick|joined|anslöt|on PTO|sjuk|föräldraledig|Absent|"
        "FRÅNVARANDE|Anna|Berg|§|p.|items|ärende|remote|online|digitalt|på distans|"
        "except|arrived|not voting|ſick|İtem|ıtems|frånvarande"
    ).split("|")
    for value in _fuzz(words, 3):
        expected, found = NOTE.search(value), find_note(value)
        assert (found and found.span()) == (expected and expected.span()), value


def test_role_noun_test_agrees_with_the_role_noun_pattern():
    from minutes_ai._structure_roles import _SV_ROLE_NOUN, _is_role_noun

    words = (
        "Enhets|chef|CHEF|ledare|skol|sköterska|Kuratorn|reviſor|KASSÖR|sekreterare|"
        "Anna|Specialıst|-|polis"
    ).split("|")
    for value in _fuzz(words, 4):
        word = value.replace(" ", "")
        assert _is_role_noun(word) == bool(_SV_ROLE_NOUN.fullmatch(word)), word


def test_language_counts_agree_with_a_word_by_word_count():
    import re

    from minutes_ai import language

    def plain(text: str) -> tuple[int, int]:
        sv = en = 0
        for word in re.findall(r"[^\W\d_]+", text):
            word = word.lower()
            sv += word in language._SV_WORDS
            en += word not in language._SV_WORDS and word in language._EN_WORDS
        return sv, en

    words = (
        "och|OCH|Och,|the|THE.|The:|mötet|MÖTET|and|att/det|is|İs|iS|wıth|with|ſom|som|"
        "(vi)|we're|2024|x²y|nästa|Meeting"
    ).split("|")
    for text in _fuzz(words, 5):
        assert language._function_words(text) == plain(text), text


def test_numbered_point_shortcut_keeps_every_point():
    from minutes_ai import _structure_agenda as agenda
    from minutes_ai._structure_lines import split_lines

    words = (
        "1.|12)|§ 3|§4|Punkt 2|ITEM 5|İtem 6|ıtem 7|Ärende 8|point 9|3|Budget|"
        "Mötets öppnande|june|٣.|Beslut"
    ).split("|")
    for value in _fuzz(words, 6):
        for line in split_lines(f"{value}\n## {value}\n**{value}**"):
            expected = None
            if not (line.blank or line.bullet or line.words > agenda._MAX_WORDS):
                clean = line.clean
                expected = (
                    agenda._SECTION.match(clean)
                    or agenda._PLAIN.match(clean)
                    or agenda._WORDED.match(clean)
                    or ((line.level or line.bold) and agenda._HEADING_NUMBER.match(clean))
                    or agenda._BARE_NUMBER.match(clean)
                )
            if expected:  # the shortcut lets every line through that a pattern reads
                clean = line.clean
                first = clean[0]
                assert first == "§" or first.isdecimal() or first in agenda._POINT_INITIALS, value
            else:
                assert agenda.numbered_point(line) is None, value


def test_title_shortcut_agrees_with_the_title_pattern():
    from minutes_ai import _structure_labels as labels
    from minutes_ai._structure_lines import split_lines

    words = (
        "Protokoll|PROTOKOLL|Styrelseprotokoll|Minnesanteckningar|ANTECKNINGAR|Minutes|"
        "MINUTES of|Meeting notes|Notes from|notes of|från|previous|Styrelsemöte|2024|"
        "ProtoKoll|mınutes|noteſ|ANTECKNİNGAR|Anna"
    ).split("|")
    for value in _fuzz(words, 7):
        (line,) = split_lines(value)
        expected = bool(line.clean) and line.words <= 25 and bool(labels._TITLE.match(line.clean))
        assert labels.is_title(line) == expected, value


def test_date_on_an_opening_line_after_a_short_header():
    text = ("Lakeside Rowing Club, Inc.\nCommittee – Minutes\nMarch 4, 2025 | 7:00 PM | Boathouse\n\n"
            "Present: Ann Bell (Chair), Carl Diaz, Eve Fox\n\n1. Budget\nThe budget was approved.\n")
    meeting = parse(text)[0]
    assert meeting.meeting_date == dt.date(2025, 3, 4)


def test_letterhead_date_beside_a_body_name_and_a_later_signing_date():
    text = ("PROTOKOLL\nGRÄNSBY KOMMUN                          Sammanträdesdatum\n"
            "Socialnämnden                           2025-10-07\n\n"
            "Justeringens plats   Kommunhuset 2025-10-13\n\n§ 1 Val av justerare\nBeslut\nAnna Ek utses.\n")
    meeting = parse(text)[0]
    assert meeting.meeting_date == dt.date(2025, 10, 7)


def test_rough_attendee_lists_with_lower_case_initials_and_short_labels():
    (rough,) = parse("avstämning projekt 2025-11-03\nnärv: jb, ml, tk, Rikard (IT)\n\n- ml hör med juristen\n")
    assert [a.name for a in rough.attendees] == ["jb", "ml", "tk", "Rikard"]
    (short,) = parse("Möte 2025-11-03\nDär: Anna, Bo, Cia\n\nBo fixar lokal.\n")
    assert [a.name for a in short.attendees] == ["Anna", "Bo", "Cia"]


def test_a_lower_case_list_with_capital_initials_in_it_and_its_notes_as_written():
    (mixed,) = parse("brf granen styrelsemöte 2025-01-10\nnärv: lotta, PG, sanna, ahmed, birgitta (suppl)\n\n- sanna fixar listor\n")
    assert [a.name for a in mixed.attendees] == ["lotta", "PG", "sanna", "ahmed", "birgitta"]
    (noted,) = parse("eht 2025-01-10\nnärv: anna (rektor), bo (psykolog, gick efter pkt 3), cia\n\n- bo ringer\n")
    assert [(a.name, a.role, a.note) for a in noted.attendees][1][2] == "gick efter pkt 3"
    # capital initials with roles in lower case are read as written
    (initials,) = parse("EHT 2025-01-10\nnärv: AL (rektor), MS (skolskö), JK (kurator)\n\n- JK ringer\n")
    assert [(a.name, a.role) for a in initials.attendees] == [("AL", "rektor"), ("MS", "skolskö"), ("JK", "kurator")]


def test_meeting_date_from_an_e_mail_intro_and_from_a_year_on_another_line():
    mail = ("Från: Anna Berg <anna@example.se>\nSkickat: den 5 juni 2025 08:14\nTill: Gruppen\n"
            "Ämne: Anteckningar från gårdagens träff\n\nHej alla!\n\nTack för en bra träff. Här kommer anteckningarna.\n\n"
            "1. Bidraget\nFördelningen landade i 50/50.\n")
    assert parse(mail)[0].meeting_date == dt.date(2025, 6, 4)
    rough = "Minnesant. arbetsgrupp feriearbete 2026\ntis 10/3, kl 15-16.30, Lilla salen\nNärv: Mirja, Gustav\n\n- Gustav fixar listan.\n"
    assert parse(rough)[0].meeting_date == dt.date(2026, 3, 10)
    term = "# APT Förskolan Lingonet – onsdag 14 januari (VT 2026)\n\n**Närvarande:** Jonna, Ahmed\n\nVi provar en ny rutin.\n"
    assert parse(term)[0].meeting_date == dt.date(2026, 1, 14)


def test_a_running_footer_after_the_last_item_is_no_meeting():
    text = ("Estates Committee\nMinutes of the meeting held on 11 February 2025\n\nPresent: Ann Bell, Carl Diaz\n\n"
            "1. Budget\nThe Committee approved the budget.\n\n\n\n                ESC minutes 11.02.2025 – unconfirmed\n")
    meetings = parse(text)
    assert len(meetings) == 1 and meetings[0].meeting_date == dt.date(2025, 2, 11)


def test_a_second_meeting_headed_by_a_day_and_month_takes_its_year_from_the_first():
    text = ("Björkö scoutkår – ledarmöten HT-25\n\nLEDARMÖTE ons 8 okt, kårlokalen 19.00–20.15\n"
            "Närv: Anders (kårordf), Hedvig, Oskar\n\n1. Hajken\nUpptäckarna och äventyrarna åker på hajk 25–26 okt. "
            "Anders bokar stugan. Yasmin gör packlista och skickar till föräldrarna senast fredag. Oskar tar fram "
            "förslag på ny kårtröja till nästa ledarmöte och vi pratar om det då.\n\n"
            "LEDARMÖTE 15/10 – kort, 19.00–19.40\nNärv: Anders, Hedvig, Oskar.\n\n"
            "Uppföljning: Kårtröjan – vi tar den gröna, Oskar beställer provstorlekar till alla ledare.\n")
    first, second = parse(text)
    assert first.meeting_date == dt.date(2025, 10, 8)
    assert second.meeting_date == dt.date(2025, 10, 15)
    assert [a.name for a in second.attendees] == ["Anders", "Hedvig", "Oskar"]


def test_a_numbered_list_of_directors_and_those_in_attendance():
    text = ("MINUTES OF THE 34TH MEETING OF THE BOARD OF DIRECTORS HELD ON THURSDAY, 15TH JANUARY, 2026\n\n"
            "Directors present:\n1. Dr. Meenakshi Kulkarni – Chairperson (in person)\n"
            "2. Ms. Sunita Pawar – Director (VC)\n"
            "In attendance: Mr. Vikram Joshi, Chief Executive Officer\nLeave of absence: Mr. Harish Agarwal\n\n"
            "1. CHAIRPERSON\nDr. Meenakshi Kulkarni took the chair. The requisite quorum being present, the meeting "
            "was called to order and the agenda was taken up item by item as circulated to all directors.\n")
    (meeting,) = parse(text)
    names = [a.name for a in meeting.attendees]
    assert names[:2] == ["Meenakshi Kulkarni", "Ms. Sunita Pawar"]
    assert "Mr. Vikram Joshi" in names and "Mr. Harish Agarwal" not in names
    assert meeting.agenda and meeting.agenda[0].title.startswith("CHAIRPERSON")


def test_a_dated_meeting_heading_between_rules_of_its_own_opens_a_meeting():
    text = ("Norrby byalag – mina anteckningar\n(Stig Lundmark, sekr.)\n\n=== Möte 2 september 2025, bygdegården ===\n\n"
            "Först fiberfrågan. Anna-Lena skickar brevet till kommunen innan nästa möte. Vi var elva och alla var med "
            "på att skriva, och vi bestämde att ha ett kort extramöte om två veckor bara om fibern.\n\n"
            "=== Extramöte 16 september 2025, hos Anna-Lena ===\n\nBara fem av oss. Anna-Lena läste upp brevet.\n")
    meetings = parse_meetings(Document(text))
    assert [m.meeting_date for m in meetings] == [dt.date(2025, 9, 2), dt.date(2025, 9, 16)]
    # a decorated line that names no meeting is a section of this one
    section = text.replace("=== Extramöte 16 september 2025, hos Anna-Lena ===", "=== Ekonomi 16 september 2025 ===")
    assert len(parse_meetings(Document(section))) == 1


def test_a_next_meeting_section_takes_the_date_its_announcing_sentence_gives():
    text = ("Metadata WG call 18 November 2025\nPresent: Rosa, Kofi, Mikko\n\n1. Issues\nMikko rewrites 4.3.\n\n"
            "5. Next meetings\nKofi suggested moving to a fortnightly rhythm in January. Not decided.\n"
            "I'll update the wiki page with today's decisions by Friday.\n\n"
            "See you all at the next call on Tuesday 9 December, same time.\n")
    (meeting,) = parse_meetings(Document(text))
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 12, 9)
    said = "Styrgrupp 2025-11-18\nNärvarande: Eva, Per\n\n1. Budget\nEva redovisade.\n\nVi ses på nästa träff 3/12 kl 13.\n"
    (meeting,) = parse_meetings(Document(said))
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 12, 3)


def test_notes_followed_by_a_name_alone_names_the_secretary():
    text = "Project group 6 May 2026\nNotes: Sam Preston (QI facilitator)\nAttendees: S. Preston, Claire Mbeki\n\n1. Data\nSam sets up the sheet.\n"
    (meeting,) = parse_meetings(Document(text))
    assert meeting.secretary == "Sam Preston"
    other = "Project group 6 May 2026\nAttendees: Sam Preston, Claire Mbeki\nNotes: The room was cold.\n\n1. Data\nSam sets up the sheet.\n"
    assert parse_meetings(Document(other))[0].secretary is None


def test_a_question_about_the_next_meeting_answered_with_a_date_announces_it():
    text = ("Styrelsemöte 14 januari 2026\n\n[00:04:31] Omar Farah: Visst. Till nästa möte.\n"
            "[00:04:35] Malin Öberg: När är nästa möte förresten?\n[00:04:38] Sanna Rydén: Vi sa onsdag 11 februari.\n")
    (meeting,) = parse_meetings(Document(text))
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2026, 2, 11)
    assert meeting.next_meeting.text.startswith("När är nästa möte")
    unanswered = text.replace("Vi sa onsdag 11 februari.", "Ingen aning, jag kollar.")
    assert parse_meetings(Document(unanswered))[0].next_meeting is None


def test_fields_run_together_on_one_line_with_full_stops():
    text = ("styrelsemöte ibk 22/1-26\nplats: klubbstugan. närv: per (ordf), lotta, sanna, j-o. frånv: helena\n\n"
            "§1 mötet öppnat\n- lotta fixar nya prislappar\n")
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["per", "lotta", "sanna", "j-o"]
    # a name with an initial is no field boundary
    text = "Board meeting 3 March 2026\nPresent: J. Smith, K. Lee, Ann Ford\n\n1. Budget\n"
    (meeting,) = parse(text)
    assert [a.name for a in meeting.attendees] == ["J. Smith", "K. Lee", "Ann Ford"]


def test_a_next_meeting_moved_from_one_date_to_another_is_on_the_new_date():
    for text in ("LG 2026-02-04\n\nNästa möte flyttas från 18 februari till 25 februari.\n",
                 "Team sync 2026-02-04\n\nNext meeting moved from 18 Feb to 25 Feb (half term).\n"):
        (meeting,) = parse(text)
        assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2026, 2, 25)
    # a time span after the date moves nothing
    (meeting,) = parse("Team sync 2026-02-04\n\nNext meeting: 18 Feb, from 6 to 8 pm.\n")
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2026, 2, 18)


def test_an_absence_after_the_present_list_in_the_same_line_leaves_the_last_name_present():
    from minutes_ai._structure_people import parse_name_list
    assert [p.name for p in parse_name_list("Hemi (pres), Kirsty, Bex, Dave M. apols: Sean")] == [
        "Hemi", "Kirsty", "Bex", "Dave M"]
    assert [p.name for p in parse_name_list("macca (pres), jonno, bec. apols: kirsty (work)")] == [
        "macca", "jonno", "bec"]


def test_english_job_titles_before_names_are_roles_and_a_plural_title_heads_the_list():
    text = ("Board of Education, regular meeting, October 13, 2025\n\n"
            "Present: Directors Dana Howe, Luis Alvarez, Grace Kim.\n"
            "Also present: Superintendent Dr. Carla Rivera; Business Manager Steve Lund; Board Secretary Amy Torres.\n\n"
            f"{BODY}")
    (meeting,) = parse(text)
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Dana Howe", None), ("Luis Alvarez", None), ("Grace Kim", None), ("Carla Rivera", "Superintendent"),
        ("Steve Lund", "Business Manager"), ("Amy Torres", "Board Secretary")]
