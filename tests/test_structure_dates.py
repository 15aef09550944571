"""The meeting's own date among the dates of its header, and where a second meeting starts."""

from __future__ import annotations

import datetime as dt

from minutes_ai.dates import as_of, today
from minutes_ai.dates._today import weekday_year
from minutes_ai.document import Document
from minutes_ai.structure import parse_meetings


def test_a_header_with_an_event_span_takes_the_dated_line_with_a_weekday_or_time():
    text = ("NORDIC HYDROLOGY SYMPOSIUM 2026\nUppsala, 15–17 June 2026\n\n"
            "PROGRAMME COMMITTEE – MEETING 4\nThursday 12 February 2026, 10:00–11:30, Teams\n\n"
            "Present: Ana Ruiz, Lars Öberg\n\n1. Keynotes\nAna will invite the second keynote by 1 March.\n")
    meeting = parse_meetings(Document(text))[0]
    assert meeting.meeting_date == dt.date(2026, 2, 12)
    # a field naming another day is not the meeting's date
    field = ("# Planeringsmöte – Sommarlägret\n**Scoutkåren Björken** · 2026-02-12\n\n"
             "**Lägerdag:** lördag 13 juni 2026\n\n**Närvarande:** Eva, Kim\n\n- Eva bokar bussen\n")
    assert parse_meetings(Document(field))[0].meeting_date == dt.date(2026, 2, 12)
    # one dated line: it is the date, whatever it looks like
    single = "Styrelsemöte\n12 mars 2025\n\nNärvarande: Eva, Kim\n\n- Eva bokar bussen\n"
    assert parse_meetings(Document(single))[0].meeting_date == dt.date(2025, 3, 12)


def test_the_dated_end_of_a_wrapped_sentence_above_a_roll_call_opens_no_meeting():
    text = ("RIVER BEND ROWING CLUB\nCOMMITTEE MEETING – Monday, March 3, 2025\n\n"
            "OPENING\nThe Chair opened the meeting at 7:02 pm, welcomed two guests from the county rowing\n"
            "association, thanked the volunteers who ran the winter regatta in such cold weather, read\n"
            "apologies from the Treasurer and asked for a minute's silence for a long-standing member\n"
            "who passed away on February 20.\n\n"
            "ROLL CALL\nPresent: Ann Lee (Chair), Tom Price (Secretary), Ida Moss\n\n"
            "BOATHOUSE\nTom Price will get quotes for the roof repair before the April meeting.\n\n"
            "NEXT MEETING\nMonday, April 7, 2025 at 7 pm.\n")
    meetings = parse_meetings(Document(text))
    assert len(meetings) == 1
    assert meetings[0].meeting_date == dt.date(2025, 3, 3)
    assert meetings[0].next_meeting is not None and meetings[0].next_meeting.date == dt.date(2025, 4, 7)


def test_a_sentence_that_says_today_is_a_weekday_and_date_dates_the_meeting_in_the_named_year():
    text = ("Arbetsgrupp fritidsgård – anteckningar HT 2025\nKultur- och fritidsförvaltningen\n\n"
            "Vi träffades idag onsdag den 12 november, kl 9–10 i konferensrummet.\n\n"
            "Eva bokar lokalen senast fredag.\n")
    assert parse_meetings(Document(text))[0].meeting_date == dt.date(2025, 11, 12)
    english = ("Garden club notes, autumn 2025\n\nWe met today, Tuesday 4 November, at the hall.\n\n"
               "Kim will order bulbs.\n")
    assert parse_meetings(Document(english))[0].meeting_date == dt.date(2025, 11, 4)
    # a sentence that dates something else is not the meeting's date
    other = ("Arbetsgrupp fritidsgård – anteckningar HT 2025\nKultur- och fritidsförvaltningen\n\n"
             "Invigningen blir onsdag den 12 november, kl 9–10 i konferensrummet.\n\nEva bokar lokalen.\n")
    assert parse_meetings(Document(other))[0].meeting_date is None


def test_meeting_dates_said_in_passing():
    # a year written with an apostrophe
    brewery = ("BACKFORTY BREWING CO. - production weekly\nMon Oct 6 '25, taproom after close (5:30)\n"
               "in the room: DW, Priya K, Jo\n\n- DW placing the grain order by Wed\n")
    assert parse_meetings(Document(brewery))[0].meeting_date == dt.date(2025, 10, 6)
    # "today's" a weekday in a call's first turn, the year in its title
    call = ("Network coordinators' call, June 2026\n(scribe: Anna)\n\n"
            "[00:00] Sigrid: Okay, let's start. Today's Wednesday the 3rd of June, we have Anna scribing, see the "
            "last notes.\n[01:10] Sigrid: First thing, the workshop.\n")
    assert parse_meetings(Document(call))[0].meeting_date == dt.date(2026, 6, 3)
    # a running sentence that says when the meeting was
    prose = ("Läxhjälpen – från volontärträffen\n\nHej allihop! Här är några rader från träffen. Vi var sju "
             "volontärer, och träffen var onsdagen den 5 november 2025 i grupprummet.\n\nEbba gör en affisch.\n")
    assert parse_meetings(Document(prose))[0].meeting_date == dt.date(2025, 11, 5)
    # moved to a date is not when it was
    moved = ("Läxhjälpen – från volontärträffen\n\nHej allihop! Träffen var flyttad till 5 november 2025 "
             "men blev inställd.\n\nEbba gör en affisch.\n")
    assert parse_meetings(Document(moved))[0].meeting_date is None


def test_an_email_about_last_nights_meeting_is_dated_the_day_before_it_was_sent():
    text = ("From: Siobhán Keane <siobhan@example.ie>\nSent: Tuesday, 15 April 2025 09:47\n"
            "To: Tidy Towns Committee\nSubject: Notes from last night's meeting\n\nHi all,\n\n"
            "Thanks for coming out last night, great turnout. Here are my notes.\n\n"
            "Planters\nAoife is getting three quotes.\n")
    assert parse_meetings(Document(text))[0].meeting_date == dt.date(2025, 4, 14)


def test_a_second_meeting_whose_attendees_are_the_same_as_last_time_opens_its_own_meeting():
    text = ("Boda hembygdsförening – anteckningar från styrelsemöten våren 2025\n\n"
            "STYRELSEMÖTE MÅNDAG 3 MARS 2025, hos Inger Dahl\n\n"
            "Närvarande: Gunnar Lindh (ordf.), Inger Dahl (kassör), Ulla Persson\n\n"
            "Gunnar öppnade mötet och vi började med ekonomin. Inger kunde berätta att 112 av föreningens "
            "140 medlemmar har betalat. Gunnar tar fram ett förslag på program till nästa möte.\n\n"
            "Sedan pratade vi om sommaren. Styrelsen beslutade att hålla hembygdsgården öppen för besökare "
            "söndagar kl. 12–16 under juli, med frivilliga värdar från föreningen.\n\n"
            "STYRELSEMÖTE MÅNDAG 7 APRIL 2025, i hembygdsgårdens stuga\n\n"
            "Närvarande: samma som förra gången, utom Ulla som hade förhinder.\n\n"
            "Gunnar presenterade sitt programförslag för midsommarafton.\n")
    dates = [m.meeting_date for m in parse_meetings(Document(text))]
    assert dates == [dt.date(2025, 3, 3), dt.date(2025, 4, 7)]


def test_a_second_meetings_dated_line_a_little_longer_than_a_title_still_opens_it():
    text = ("Ekbackeloppet – arrangörsgruppen\n\nMöte 1 torsdag 21 augusti 2025 kl 18.30, klubbstugan\n"
            "Med: Peter, Anna, Linus, Malin, Roger\n\n"
            "* Banan\nRoger och Linus märker ut banan fredagen före loppet som vanligt. Anna kollar tillstånden med "
            "kommunen och markägarna, och Malin beställer nummerlappar och säkerhetsnålar till alla klasser.\n\n"
            "Möte 2 – kort telefonavstämning torsdag 28 augusti 2025 kl 20.00\n"
            "Med: Peter, Anna, Linus, Malin\n\n* Tidtagning\nMalin beställer chippen senast måndag.\n")
    dates = [m.meeting_date for m in parse_meetings(Document(text))]
    assert dates == [dt.date(2025, 8, 21), dt.date(2025, 8, 28)]
    # a sentence of the same length above a list of names opens nothing
    prose = text.replace("Möte 2 – kort telefonavstämning torsdag 28 augusti 2025 kl 20.00\n",
                         "Vi ses på telefon torsdag 28 augusti 2025 kl 20.00 för en kort avstämning.\n")
    assert len(parse_meetings(Document(prose))) == 1


RULED = ("Nätverksträff tisdagen den 8 oktober 2024, Skövde\n\nNärvarande: Pernilla Ek, Marie Fält, Mikael Ödman, "
         "Roger Lind\n\nVi har haft hybridmöten i ett år och ljudet fungerar dåligt. Efter en kort "
         "diskussion bestämdes att träffarna hålls fysiskt i Skövde. Roger berättade om "
         "länsstyrelsens konferens i november och om enkäten. Marie tar över som sammankallande.\n\n"
         "Sist undrade Roger vem som kan gå på konferensen om etablering; Micke går och berättar om den "
         "på nästa träff, och alla läser rapporten från kommunförbundet tills dess.\n\n"
         "___________________________________\n\n"
         "Avstämning arbetsutskottet (Pernilla, Marie, Micke) – Teams 22/10\n\n"
         "- enkäten skickad 21/10, svar senast 4/11\n- decemberträffen blir i Skövde, kansliet bokar rum\n- julfika på decemberträffen, Marie ordnar\n")


def test_a_check_in_headed_under_a_rule_line_opens_its_own_meeting_without_an_attendee_list():
    dates = [m.meeting_date for m in parse_meetings(Document(RULED))]
    assert dates == [dt.date(2024, 10, 8), dt.date(2024, 10, 22)]
    # a page footer, an action log or a reply header under a rule line opens nothing
    for line in ("Nätverksträff 2024-10-08 Sida 2 (2)", "Action log (as at 22 October 2024)",
                 "Marie Fält <marie@example.se> tis 22 okt 2024 kl 09:12 möte"):
        assert len(parse_meetings(Document(RULED.replace(
            "Avstämning arbetsutskottet (Pernilla, Marie, Micke) – Teams 22/10", line)))) == 1, line
    # nor does a dated line under a rule that names no meeting
    assert len(parse_meetings(Document(RULED.replace("Avstämning arbetsutskottet", "Kort om läget")))) == 1


def test_an_email_about_tonights_meeting_is_dated_the_day_it_was_sent():
    text = ("From: Mia Diaz <mia@example.org>\nSent: Thursday, February 26, 2026 10:14 PM\nTo: Board\n"
            "Subject: Recap from the board meeting\n\nHi all,\n\nThanks for a productive meeting tonight. "
            "Below is my quick recap.\n\nGala\nGreg will book the caterer.\n")
    assert parse_meetings(Document(text))[0].meeting_date == dt.date(2026, 2, 26)


def test_a_date_outside_the_header_a_file_names_compact_date_or_a_closing_line():
    body = ("\n\nBrf Kastanjen 3\nProtokoll fört vid styrelsemöte i föreningslokalen, kl 18.30\n\n"
            "Närvarande: Gunilla Ahlström (ordf), Mats Kjellberg, Sara Vikström (sekr)\n\n"
            "§ 1 Mötet öppnades. § 2 Dagordningen godkändes.\n")
    named = "Styrelsemote_BrfKastanjen3_20251112_protokoll_JUSTERAT" + body
    assert parse_meetings(Document(named))[0].meeting_date == dt.date(2025, 11, 12)
    # a number that is no date, or a date elsewhere in the body, gives none
    assert parse_meetings(Document("Styrelsemote_20251332_protokoll" + body))[0].meeting_date is None
    closing = ("KILCARRIG ROWING CLUB\nCommittee Meeting – Minutes\n\nPresent: Aoife Byrne, Colm Daly, Niamh Roe\n\n"
               "1. Regatta\nThe regatta will be held on 16 May; Colm books the marquee.\n\n"
               "Signed: ____________ Chair\nMinutes of the committee meeting held 24.03.26\n")
    assert parse_meetings(Document(closing))[0].meeting_date == dt.date(2026, 3, 24)
    # the next meeting's date in the closing lines is not this meeting's
    later = closing.replace("Minutes of the committee meeting held 24.03.26", "Next meeting: 21.04.26")
    assert parse_meetings(Document(later))[0].meeting_date is None


def test_the_next_meeting_said_in_running_words():
    base = ("Board meeting 3 March 2025\nPresent: Anna Berg, Bo Ek, Cia Dahl\n\n1. Budget\nWe went through the "
            "budget and all looked fine for the spring season.\n\n")
    for tail in ("The committee will next meet on 2 April 2025.", "The group meets again on 2 April.",
                 "We will reconvene on 2 April.", "Nästa gång: onsdag 2/4 kl 18.", "Nästa gång vi ses är onsdag 2 april."):
        (meeting,) = parse_meetings(Document(base + tail + "\n"))
        assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 4, 2), tail
    for tail in ("We meet the auditors again in May.", "Vi tar det nästa gång, den 2 april är för tidigt."):
        (meeting,) = parse_meetings(Document(base + tail + "\n"))
        assert meeting.next_meeting is None, tail


def test_a_weekday_and_date_in_the_opening_prose_checked_against_the_year_the_lines_give():
    base = ("# Stämbladet\n### Medlemsblad för Kammarkören · nr 2 · april 2026\n\n## Från medlemsmötet\n\n"
            "Vi var 34 sångare som stannade kvar efter repetitionen {when}. Henrik och hela styrelsen var där.\n\n"
            "Mer om kören, konserten i maj och resan till Tallinn som alla ser fram emot.\n")
    (meeting,) = parse_meetings(Document(base.format(when="onsdagen den\n22 april")))
    assert meeting.meeting_date == dt.date(2026, 4, 22)
    # the weekday must fit the date in that year: 22 April 2026 is no Thursday
    (meeting,) = parse_meetings(Document(base.format(when="torsdagen den 22 april")))
    assert meeting.meeting_date is None


def test_a_closing_line_that_dates_the_minutes_by_who_took_them_the_call_or_the_place():
    body = ("Arbetslag 7–9 – anteckningar\n\nNärv: Sara L, Johan P, Mirja\n\n"
            "- Mirja lämnar in enkäten i morgon.\n\nNästa möte: tis 28/1 kl. 14.45.\n\n")
    signed = body + "Antecknat av Sara L, tisdag 2025-01-14\n"
    assert parse_meetings(Document(signed))[0].meeting_date == dt.date(2025, 1, 14)
    placed = body + "Vid protokollet          Justeras\nMarianne Kvist           Ingrid Holm\n\nHembygdsgården, Ämtervik 2025-08-21\n"
    assert parse_meetings(Document(placed))[0].meeting_date == dt.date(2025, 8, 21)
    call = ("# Spec WG call\n\nAttendees: @mk, @ada\n\n- @ada to rebase #398 by Friday\n\n"
            "Next call: Wed Nov 19, 16:00 UTC.\n\n—\nnotes: @lh · call of Wed 5 Nov 2025\n")
    assert parse_meetings(Document(call))[0].meeting_date == dt.date(2025, 11, 5)
    # the next meeting's line alone dates nothing
    assert parse_meetings(Document(body))[0].meeting_date is None


def test_a_meeting_dated_only_by_weekday_and_day_month_takes_the_year_that_weekday_fits():
    rough = "möte köket skolan tors 2 okt\n\nva med: Pia, Roger, Ali\n\n- Roger beställer mjölk senast fre 10/10\n"
    with as_of(dt.date(2026, 11, 24)):
        meeting = parse_meetings(Document(rough))[0]
    assert meeting.meeting_date == dt.date(2025, 10, 2)  # a Thursday; 2 Oct 2024 and 2026 are not
    # the reference day decides which of the years a weekday repeats in is meant
    with as_of(dt.date(2032, 6, 1)):
        assert parse_meetings(Document(rough))[0].meeting_date == dt.date(2031, 10, 2)
    # "today is Tuesday 19 November" said in a transcript's first line
    said = "Hej allihop. Idag är det tisdag den 19 november.\nVi har Johan och Sara med oss.\n"
    with as_of(dt.date(2026, 11, 24)):
        assert parse_meetings(Document(said))[0].meeting_date == dt.date(2024, 11, 19)
        # abbreviated weekdays, Swedish and English
        assert parse_meetings(Document("Styrgrupp ons 2 okt\n\n- Eva bokar\n"))[0].meeting_date == dt.date(2024, 10, 2)
        assert parse_meetings(Document("Kitchen mtg Sat 4 Oct\n\n- Eva books\n"))[0].meeting_date == dt.date(2025, 10, 4)
    # a year the meeting's text writes out wins over the years around today
    named = "Styrelsemöte tors 3 okt\n\nNärvarande: Eva, Kim\n\n- Budgeten för 2019 godkändes.\n"
    with as_of(dt.date(2026, 11, 24)):
        assert parse_meetings(Document(named))[0].meeting_date == dt.date(2019, 10, 3)


def test_a_weekday_date_that_fits_no_year_or_belongs_to_an_agenda_point_dates_no_meeting():
    with as_of(dt.date(2026, 11, 24)):
        # Tuesday 2 October fits none of 2023-2027: a slip of the writer's, so no guess
        wrong = parse_meetings(Document("möte köket tis 2 okt\n\nva med: Pia, Roger\n\n- Roger beställer mjölk\n"))
        assert wrong[0].meeting_date is None
        # the first agenda point's date is the open day's, not the meeting's
        point = ("Arbetslag 7–9\n\nNärv: Sara, Johan\n\n1. Öppet hus (tors 23/1, 17.30)\n"
                 "- Johan fixar affischen.\n")
        assert parse_meetings(Document(point))[0].meeting_date is None


def test_weekday_year_is_the_one_year_of_five_where_the_day_is_that_weekday():
    assert weekday_year(10, 2, 3, [2024, 2025, 2026]) == dt.date(2025, 10, 2)
    assert weekday_year(10, 2, 1, [2024, 2025, 2026]) is None  # no year fits
    assert weekday_year(10, 2, 3, [2014, 2025]) is None  # two fit: not one answer
    assert weekday_year(2, 29, 3, [2023, 2024]) == dt.date(2024, 2, 29)  # a leap day, only in a leap year
    with as_of(dt.date(2026, 11, 24)):
        assert today() == dt.date(2026, 11, 24)
        assert weekday_year(11, 19, 1) == dt.date(2024, 11, 19)
    # five consecutive years never hold the same day on the same weekday twice
    for start in range(2000, 2030):
        weekdays = [dt.date(year, 3, 1).weekday() for year in range(start, start + 5)]
        assert len(set(weekdays)) == 5


def test_a_day_and_month_is_no_season_of_years_and_the_header_below_the_title_is_read():
    # "14/10" under a weekday is a day and month, not the season 2014/10
    brf = ("Brf Lönnen – styrelsen ht 2025\nanteckn. Maria\n\ntis 14/10, kl 18.30 i lokalen\n"
           "Närv: Gunnar, Maria, Leif\n\n1. OVK\n- Leif sätter upp lappar senast 1/11\n")
    assert parse_meetings(Document(brf))[0].meeting_date == dt.date(2025, 10, 14)
    # the dated line is the fourth of the header, under a file name; the next meeting's day is not taken
    lg = ("Hälsocentralen Norra\nLEDNINGSGRUPP – minnesanteckningar\nFil: LG_protokoll.docx\n"
          "Nästa LG: tisdag 17/2\nTisdag 3 februari, 08.00–09.00, rum 2\nDeltagare: Camilla, Olle\n\n"
          "1) IVO\n- Camilla uppdaterar egenkontrollerna.\n")
    with as_of(dt.date(2026, 11, 24)):
        assert parse_meetings(Document(lg))[0].meeting_date == dt.date(2026, 2, 3)
        # a list item's date is what the item is about: "- disco fre 20/3" dates no meeting
        items = "Mötesanteckningar 24/2\n\nföräldraföreningen\n- disco åk 4-6 fre 20/3. Ok från Björn.\n- kassa ok\n"
        assert parse_meetings(Document(items))[0].meeting_date is None
        release = "# release sync\n\n## schedule\n- rc1: Tue 14 Oct\n- final: Tue 21 Oct\n\n## blockers\n- Ann pins CI\n"
        assert parse_meetings(Document(release))[0].meeting_date is None


def test_a_page_footer_dates_notes_whose_header_gives_no_date():
    points = "".join(f"{n}. Point {n}\nRay reported on item {n}.\n\n" for n in range(1, 6))
    body = "Committee meeting - minutes\nPresent: Ray Donnelly, Sue Halloran\n\n" + points
    footer = body + "Kooringa Bowls Club Inc. | Committee minutes | Tue 29 July 2025 | page 1 of 1\n"
    assert parse_meetings(Document(footer))[0].meeting_date == dt.date(2025, 7, 29)
    filed = ("Nätverket för vårdhygien\nAnteckningar\n\nNärvarande: Maria, Ahmed\n\n"
             + "".join(f"{n}. Punkt {n}\nAhmed berättade om punkt {n}.\n\n" for n in range(1, 6))
             + "Anteckningar_natverk_vardhygien_2025-02-11.docx          sida 1 av 1\n")
    assert parse_meetings(Document(filed))[0].meeting_date == dt.date(2025, 2, 11)
    # the header's own date comes first: a footer may carry the day the file was printed
    dated = "Committee meeting 22 July 2025" + footer[len("Committee meeting - minutes"):]
    assert parse_meetings(Document(dated))[0].meeting_date == dt.date(2025, 7, 22)


def _date(text: str) -> dt.date | None:
    with as_of(dt.date(2026, 11, 24)):
        (meeting,) = parse_meetings(Document(text=text))
    return meeting.meeting_date


def test_a_dated_line_of_fields_ending_in_an_abbreviation_is_no_sentence():
    assert _date("RIVERBEND FOOD PANTRY, INC.\nBoard of Directors – Regular Meeting Minutes\n"
                 "February 17, 2026 | 6:00 PM | Fellowship Hall, 210 Oak St.\n\n"
                 "Directors present: Linda Garza (President), Mark Petersen\n\n1. Call to order at 6:02.\n"
                 ) == dt.date(2026, 2, 17)


def test_the_labelled_day_the_meeting_was_held_wins_over_a_date_in_its_title():
    assert _date("# Post-incident review: INC-2291 — checkout outage (2025-10-09)\n\n"
                 "**Review held:** 2025-10-14, 15:00–16:00 CET\n**Facilitator:** Anja Köhler\n\n"
                 "## Timeline\nThe outage began at 09:12.\n") == dt.date(2025, 10, 14)
    # (a title's date with no labelled line is still the meeting's)
    assert _date("# Styrelsemöte 2025-03-04\n\nNärvarande: Anna, Bo\n\n§ 1 Öppnande\n") == dt.date(2025, 3, 4)


def test_a_sentence_that_dates_the_meeting_by_its_weekday_and_day():
    text = ("MAPLE GROVE PTA – OCTOBER MEETING RECAP\nFrom the President's desk\n\nHello families!\n\n"
            "Thank you to everyone who came to our PTA meeting on Tuesday, October 14. Here's what happened.\n\n"
            "We voted to fund the buses for the field trip.\n")
    assert _date(text) == dt.date(2025, 10, 14)
    assert _date("Subject: Committee notes\nFrom: Ruth\n\nHi all – notes from Monday night (Sept 8) at "
                 "Alan's. Corrections to me please.\n\nPresent: Alan, Ruth\n") == dt.date(2025, 9, 8)
    # a sentence about another day dates nothing
    assert _date("Committee notes\n\nWe will hold the fair on Saturday, October 18.\n\nPresent: Alan, Ruth\n") is None


def test_a_compact_date_opening_a_header_line_with_its_time_and_a_weekday_dated_by_a_term():
    from minutes_ai.dates._meeting import find_meeting_date

    found = find_meeting_date("MINNESANTECKNINGAR – MÅLTIDSNÄTVERKET\n250925, kl. 13.00–15.10, Teams\n\n"
                              "2. Nytt avtal från 1 januari 2026\nText.\n")
    assert found is not None and found.value == dt.date(2025, 9, 25) and found.text == "250925"
    # "HT25" is the autumn term of 2025: the year in which 4 November is a Tuesday
    found = find_meeting_date("Programlaget VO – mötesanteckningar HT25\nTisdag 4/11, 14.15–15.30, B204\n\n1. APL\nText.\n")
    assert found is not None and found.value == dt.date(2025, 11, 4)
    # a six-digit number that is no date, and a time with no compact date, date nothing
    assert find_meeting_date("Ärende 991340, kl. 13.00\n\nText.\n") is None


def test_a_compact_date_opening_a_header_line_with_the_place_after_a_comma():
    from minutes_ai.dates._meeting import find_meeting_date

    found = find_meeting_date("OK Tallstigen – styrelsemöte\n250916, klubbstugan Granåsen kl 19–21\n\n"
                              "Närvarande: Mats, Lisa\n")
    assert found is not None and found.value == dt.date(2025, 9, 16) and found.text == "250916"
    # not a number that is no date ("259916": no 99th month), nor digits after the comma
    assert find_meeting_date("Styrelsemöte\n259916, klubbstugan\n\nText.\n") is None
    assert find_meeting_date("Möte\n123456, 7890\n\nText.\n") is None
