"""Where the notes put a task's deadline: due columns, line endings, the next meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_ai import read_text
from minutes_ai.dates import as_of, find_deadline
from minutes_ai.engines.offline import OfflineEngine
from minutes_ai.engines.offline.schedule import Schedule


def meetings(text: str, fmt: str = "txt"):
    document = read_text(text, format=fmt)
    found = OfflineEngine().extract(document).meetings
    for meeting in found:
        for item in meeting.action_items:
            for ev in item.evidence:
                assert document.text[ev.start : ev.end] == ev.quote
    return found


def the_action(text: str, fmt: str = "txt"):
    """The one action item of notes holding one meeting."""
    (meeting,) = meetings(text, fmt)
    (action,) = meeting.action_items
    return action


def test_due_columns_named_eta_or_timing():
    text = ("**MoM – Weekly Delivery Review** 12-Mar-2025\nAttendees: Farhan, Arjun, Deepa\n\n"
            "| # | Action | Owner | ETA | Status |\n|---|---|---|---|---|\n"
            "| 1 | Communicate revised UAT date to client | Farhan | 18-Mar | Open |\n\n"
            "| # | Item | Responsible | Timing |\n|---|---|---|---|\n"
            "| 2 | Bind the insurance renewal | Deepa | before 1-Apr |\n"
            "| 3 | Monthly flash report to directors | Arjun | by the 10th of each month |\n")
    actions = {a.owner: a for a in meetings(text, "md")[0].action_items}
    assert actions["Farhan"].deadline == dt.date(2025, 3, 18)
    assert actions["Deepa"].deadline == dt.date(2025, 4, 1)
    assert actions["Arjun"].deadline_text == "by the 10th of each month"
    assert actions["Arjun"].deadline is None  # a recurring day names no single deadline


def test_a_due_column_headed_by_and_report_back_at_the_next_call():
    text = ("Finance committee 7 October 2025\nPresent: Jane Webb, Omar Diaz\n\n"
            "Next meeting: Tuesday 20 January 2026.\n\nACTIONS\n"
            "No. | Action                      | Owner | By\n"
            "1   | Order the new tables        | JW    | 24/10/25\n"
            "2   | Check the lease terms       | Omar  | next meeting\n")
    found = [(a.owner, a.deadline) for a in meetings(text)[0].action_items]
    assert found == [("Jane Webb", dt.date(2025, 10, 24)), ("Omar Diaz", dt.date(2026, 1, 20))]
    call = ("# Steering call 2026-01-22\n\nAttendees: @ana, @tobiasr\n\n## Items\n"
            "- @ana agreed to look into the grant scheme and report back next call.\n"
            "- ACTION @tobiasr: get the release branch merged by Friday.\n\n"
            "**Next call:** Thursday Feb 5, 16:00 UTC\n")
    found = [(a.owner, a.deadline) for a in meetings(call, "md")[0].action_items]
    assert found == [("@ana", dt.date(2026, 2, 5)), ("@tobiasr", dt.date(2026, 1, 23))]


def test_an_action_list_with_the_owner_between_dashes_and_an_event_after():
    text = ("Lab meeting 2025-11-20\nPresent: Helen Ashby, Jonas Weber, Chloe Tan\n\nActions\n"
            "- [ ] Recalibrate the channel B sensor — Jonas — before the field campaign\n"
            "- [ ] Draft the conference abstract — Chloe — by 8 Jan, to Helen for a read first\n")
    found = [(a.owner, a.deadline, a.deadline_text) for a in meetings(text, "md")[0].action_items]
    assert found == [("Jonas Weber", None, "before the field campaign"),
                     ("Chloe Tan", dt.date(2026, 1, 8), "by 8 Jan")]


def test_short_weekday_forms_after_a_deadline_word():
    monday = find_deadline("Petra lägger ut info, senast mån", anchor=dt.date(2026, 1, 14))
    assert (monday.text, monday.value) == ("senast mån", dt.date(2026, 1, 19))
    assert find_deadline("klart till ons", anchor=dt.date(2026, 1, 14)).value == dt.date(2026, 1, 21)
    # an ordinary phrase and an English plural are no weekdays
    assert find_deadline("vi tar det i mån av tid", anchor=dt.date(2026, 1, 14)) is None
    assert find_deadline("review the add-ons", anchor=dt.date(2026, 1, 14)) is None


def test_meeting_date_in_an_opening_sentence_that_lists_who_was_there():
    text = ("WATER PROGRAMME\nQuarterly Review – Summary Note\n\n"
            "The Q2 programme review took place on 12th August 2025 at the field office, chaired by "
            "Ruth Mwangi. Present were Grace Achieng and Samuel Kiprotich.\n\n"
            "Budget\nSamuel will circulate the revised budget to all budget holders by Friday.\n")
    (meeting,) = meetings(text)
    assert meeting.meeting_date == dt.date(2025, 8, 12)
    (action,) = meeting.action_items
    assert action.deadline == dt.date(2025, 8, 15)


def test_next_meeting_words_closing_a_task_line():
    text = ("# Steering committee — 2026-01-14\n\nAttendees: mbrandt, ravi-s\n\n"
            "## Actions\n- @mbrandt ask the foundation about cloud credits — next meeting\n"
            "- @ravi-s finish the ADR — next retro (11.02)\n\n"
            "**Next meeting:** 2026-02-11, 16:00 UTC\n")
    actions = meetings(text, "md")[0].action_items
    assert [a.deadline_text for a in actions] == ["next meeting", "next retro (11.02)"]
    assert actions[0].deadline == dt.date(2026, 2, 11)


def test_a_task_repeated_with_another_deadline_keeps_its_words_and_date_together():
    text = ("# WP leads call\n\n_call of 3 June 2025_\n\nAttendees: Ingrid Vik, Sarah Lee\n\n"
            "No decision today — Ingrid Vik to check with the PO whether a budget transfer needs an "
            "amendment and report back at the next call.\n\n"
            "- Next WP leads call: **1 July 2025**, 14:00 CEST.\n\n"
            "## Actions\n- [ ] IV — ask PO re budget transfer, report back — next call\n")
    (meeting,) = meetings(text, "md")
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 7, 1)
    budget = [a for a in meeting.action_items if "PO" in a.task]
    assert budget and all(a.deadline == dt.date(2025, 7, 1) for a in budget)
    assert all("next call" in (a.deadline_text or "") for a in budget)


def test_american_full_dates_with_the_day_after_twelve():
    text = ("**Meeting summary for Support / Product weekly sync (01/21/2026)**\n\n"
            "Attendees: Marcus Lee, Ayesha Khan\n\n"
            "- Marcus will ship the hotfix by Friday.\n- Ayesha will send the survey by 1/30.\n")
    (meeting,) = meetings(text, "md")
    assert meeting.meeting_date == dt.date(2026, 1, 21)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 1, 23), dt.date(2026, 1, 30)]


def test_meeting_dates_from_a_chat_stamp_and_a_school_term():
    chat = ("[14/03/2026, 16:42] Josefin: Hej alla! Kort recap från träffen idag (vi var 7)\n\n"
            "- Ahmad tar bageriet senast 20/3\n")
    assert meetings(chat)[0].meeting_date == dt.date(2026, 3, 14)
    school = ("ELEVRÅDET EKHAGSGYMNASIET\nMöte #4 VT25 – onsdag 5/2, lunch 12.10–12.50\n\n"
              "Närvarande: Wilma (ordf), Noah, Ebba (sekr)\n\n1. Skåpen\nNoah skriver en lista senast 14/2.\n")
    (meeting,) = meetings(school)
    assert meeting.meeting_date == dt.date(2025, 2, 5)
    assert meeting.action_items[0].deadline == dt.date(2025, 2, 14)


def test_a_span_before_an_event_the_notes_date_is_counted_back():
    text = ("Events committee March 4, 2025\nPresent: Dan Ruiz, Amy Cole\n\n"
            "- Spring carnival: Saturday, April 26, 2025 on Main Street.\n"
            "- Dan to get the vendor permit application in at least 30 days before the carnival.\n"
            "- Gong renewal: contract auto-renews 5/1.\n- Other renewal talks start 4/15.\n"
            "- Amy to pull seat usage before Gong renewal.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Dan Ruiz"].deadline == dt.date(2025, 3, 27)
    assert actions["Amy Cole"].deadline == dt.date(2025, 5, 1)


def test_month_named_meetings_resolve_to_the_date_the_notes_give():
    text = ("Trustees meeting 10 July 2025\nPresent: Ruth Price, Sam Lee\n\n"
            "Trustees asked RP to prepare three scenarios for the September meeting.\n"
            "Sam Lee will bring the void plan to the September board.\n\n"
            "9. DATE OF NEXT MEETING\nThursday 11th September 2025, 6.30pm.\n")
    assert [a.deadline for a in meetings(text)[0].action_items] == [dt.date(2025, 9, 11)] * 2


def test_next_weekly_is_the_next_meeting():
    text = ("## Weekly – tis 3 mars 2026\n\nNärvarande: Oskar Berg, Liv Ek\n\n"
            "- Oskar gör en grov estimering, klar till nästa weekly.\n\nNext weekly: tis 10/3 samma tid.\n")
    (action,) = meetings(text, "md")[0].action_items
    assert action.deadline_text == "klar till nästa weekly"
    assert action.deadline == dt.date(2026, 3, 10)


def test_an_action_table_set_out_with_spaces():
    text = ("Styrelsemöte SPF 2024-09-10\nNärvarande: Inger Berg, Marianne Toll, Sten Åström\n\n"
            "ATT GÖRA\n"
            "Vad                                        Vem            När\n"
            "Lotterivinster höstfesten                   Marianne       till nästa möte\n"
            "Alkoholtillstånd höstfesten                 Sten           inom två veckor\n"
            "Uppdatera hemsidan                                         snarast\n\n"
            "Nästa möte: 8 oktober kl 14.\n")
    rows = [(a.owner, a.task, a.deadline) for a in meetings(text)[0].action_items]
    assert rows == [("Marianne Toll", "Lotterivinster höstfesten", dt.date(2024, 10, 8)),
                    ("Sten Åström", "Alkoholtillstånd höstfesten", dt.date(2024, 9, 24)),
                    (None, "Uppdatera hemsidan", None)]


def test_a_wrapped_task_cell_of_a_spaced_table_keeps_the_rows_below_it():
    text = ("Festival committee 2025-03-04\nPresent: Ida Holm, Ben Okoro, Sara Lind\n\n"
            "No.  Action                                        Owner     Due\n"
            "1    Ask the council for the road-closure permit   Ida       by 21 March\n"
            "     and the temporary signage\n"
            "2    Book the marquee                              Ben       1/4\n"
            "3    Draft the volunteer rota                      Sara      ASAP\n\n"
            "Next meeting: 1 April.\n")
    rows = [(a.owner, a.task, a.deadline) for a in meetings(text)[0].action_items]
    assert rows == [("Ida Holm", "Ask the council for the road-closure permit and the temporary signage",
                     dt.date(2025, 3, 21)),
                    ("Ben Okoro", "Book the marquee", dt.date(2025, 4, 1)),
                    ("Sara Lind", "Draft the volunteer rota", None)]


def test_an_owner_cell_naming_the_person_in_brackets():
    text = ("Samverkansmöte 2025-01-16\nNärvarande: se lista\n\n"
            "Nr | Aktör            | Åtgärd                        | Klart\n"
            "---|------------------|-------------------------------|------\n"
            "1  | Kommunerna       | Gå igenom listor över brukare | före nästa möte\n"
            "2  | Region (J. Holm) | Skicka patientlistan          | idag\n"
            "3  | Rachel Koh (EM)  | Raise the failover idea       | idag\n")
    assert [a.owner for a in meetings(text)[0].action_items] == ["Kommunerna", "J. Holm", "Rachel Koh"]


def test_an_ap_summary_in_a_terse_partners_meeting():
    text = ("ELM TREE SURGERY - PARTNERS' MEETING\n21.5.25  12.45-14.00\n\n"
            "Present: DR (Dr D Rahman, chair), SK (Dr S Kaur), LW (Lorraine Wells, PM)\n\n"
            "- Significant event: discussed. Agreed. AP: LW brief admin team at next staff mtg.\n\n"
            "Next: 18/6, same time.\n\n"
            "AP SUMMARY (LW)\n- all partners: accounts via DocuSign - before the 30th\n"
            "- SK/DR: interview salaried GP - w/c 2 June\n- LW: locum cost vs budget - by next PM\n\n"
            "Signed ............................ (Chair)    Date ................\n")
    (meeting,) = meetings(text)
    assert meeting.meeting_date == dt.date(2025, 5, 21)
    found = {a.task: a for a in meeting.action_items}
    assert found["Accounts via DocuSign"].owner == "all partners"
    assert found["Accounts via DocuSign"].deadline == dt.date(2025, 5, 30)
    assert found["Interview salaried GP"].deadline is None  # "w/c 2 June": a week, not a day
    assert found["Locum cost vs budget"].deadline == dt.date(2025, 6, 18)  # the next partners' meeting
    assert not any("Chair" in task for task in found)


def test_due_fields_hours_and_right_after_the_meeting():
    text = ("Byggmöte 7, 2026-01-20\nNärvarande: JL, NP, PÅ\n\n"
            "3.2 Varmvatten\n    Åtgärd: Kontroll varmvattenberedare   Ansv: NP   Klart: nästa byggmöte\n"
            "3.3 Storm\n    FRG-samordnaren förbereder bemanning inom 24 timmar.\n"
            "    JL ringer upp Härnösand direkt efter mötet.\n\n"
            "Nästa byggmöte: tisdag 2026-02-03 kl. 09.00.\n")
    found = {a.task.split()[0]: a for a in meetings(text)[0].action_items}
    assert found["Kontroll"].deadline_text == "nästa byggmöte"
    assert found["Kontroll"].deadline == dt.date(2026, 2, 3)
    assert found["Förbereda"].deadline == dt.date(2026, 1, 21)
    assert found["Ringa"].deadline == dt.date(2026, 1, 20)


def test_a_span_before_an_event_the_greeting_dates_and_a_vague_gathering_stays_undated():
    text = ("Från: Pernilla Åström <pernilla@example.se>\nSkickat: 15 januari 2026\nÄmne: Valberedningen\n\n"
            "Hej styrelsen!\n\nVi i valberedningen träffades i onsdags den 14 januari och här kommer en "
            "sammanfattning inför årsmötet torsdag 12 mars.\n\n"
            "- Ola Berg skickar vårt förslag till sekreteraren senast tre veckor före årsmötet.\n"
            "- Fredrik Ek tar fram ett förslag inför höstens träff.\n- Nästa träff 15 augusti.\n\n/Pernilla\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Ola Berg"].deadline_text == "senast tre veckor före årsmötet"
    assert actions["Ola Berg"].deadline == dt.date(2026, 2, 19)
    assert actions["Fredrik Ek"].deadline is None


def test_spans_of_time_are_kept_as_words():
    text = ("Team sync 4 March 2025\nAttendees: Sunita Rao, Maya Lee, Sixten Berg\n\n"
            "- Sunita will get the rota out within the week.\n"
            "- Maya does staging by end of sprint.\n"
            "- Sixten testar i helgen.\n"
            "- Maya will open the PR by EOD Thursday.\n")
    found = {a.owner: a for a in meetings(text)[0].action_items}
    assert found["Sunita Rao"].deadline_text == "within the week" and found["Sunita Rao"].deadline is None
    assert found["Sixten Berg"].deadline_text == "i helgen"
    maya = [a for a in meetings(text)[0].action_items if a.owner == "Maya Lee"]
    assert [a.deadline_text for a in maya] == ["by end of sprint", "EOD Thursday"]
    assert maya[1].deadline == dt.date(2025, 3, 6) and maya[1].task == "Open the PR"


def test_the_body_named_by_its_short_name_or_letterhead_is_the_next_meeting():
    text = ("Kommunstyrelsens arbetsutskott\nProtokoll 2025-03-04\n\nNärvarande: Åsa Lind, Omar Berg\n\n"
            "Omar tar fram ett underlag om lokalerna till nästa KSAU.\n"
            "Åsa bjuder in föreningarna till nästa elevråd.\n\n"
            "Nästa sammanträde: 2025-04-01\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Omar Berg"].deadline == dt.date(2025, 4, 1)  # KSAU: the arbetsutskott itself
    assert actions["Åsa Lind"].deadline is None  # an elevråd is another body's meeting


def test_next_ordinary_meeting_line_dates_the_next_meeting():
    text = ("Styrgruppen, möte 2025-02-10\n\nNärvarande: Lena, Per\n\n"
            "Per stämmer av budgeten med ekonomi till nästa möte.\n\n"
            "Nästa ordinarie styrgrupp: 10 mars 2025.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 3, 10)
    assert meeting.action_items[0].deadline == dt.date(2025, 3, 10)


def test_an_adopted_meeting_plan_dates_the_next_meeting_in_its_own_year():
    text = ("Protokoll styrelsemöte 2024-11-27\n\nNärvarande: Karin Ek, Johan Ek\n\n"
            "§ 5 Styrelsen beslutar att fastställa sammanträdesplanen för 2025: 5 februari, 9 april och "
            "3 december.\n"
            "§ 6 Karin återkommer med en offert till nästa sammanträde.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline_text == "till nästa sammanträde"
    assert action.deadline == dt.date(2025, 2, 5)  # not 3 December 2024: the plan is for 2025


def test_day_of_month_alone_in_a_due_cell():
    text = ("Projektmöte 2025-06-10\n\n| Vad | Vem | När |\n|---|---|---|\n"
            "| Exportera kundregistret | Wei | den 20:e |\n| Rensa dubbletter | Sanna | den 2:a |\n")
    actions = {a.owner: a for a in meetings(text, "md")[0].action_items}
    assert actions["Wei"].deadline == dt.date(2025, 6, 20)
    assert actions["Sanna"].deadline == dt.date(2025, 7, 2)  # the 2nd has passed in June: July's


def test_a_version_number_is_not_a_week_but_a_coming_week_is():
    anchor = dt.date(2026, 3, 2)  # ISO week 10
    assert find_deadline("Mei writes the spec for search v2", anchor=anchor) is None
    assert find_deadline("Anna bokar lokalen v14", anchor=anchor).text == "v14"
    assert find_deadline("Anna bokar lokalen v3", anchor=anchor) is None  # week 3 has passed


def test_a_span_counted_from_another_event_is_not_counted_from_the_meeting():
    anchor = dt.date(2025, 11, 5)
    later = find_deadline("Överklagan måste in inom tre veckor efter att beslutet delgavs.", anchor=anchor)
    assert later.text == "inom tre veckor" and later.value is None
    assert find_deadline("Reply within two weeks of the meeting.", anchor=anchor).value == dt.date(2025, 11, 19)
    firm = find_deadline("Ska in inom tio dagar efter förhandlingen, dvs senast 14/11.", anchor=anchor)
    assert firm.text == "senast 14/11" and firm.value == dt.date(2025, 11, 14)


def test_a_date_of_the_meeting_a_task_is_due_at_wins_over_a_month_mentioned_later():
    anchor = dt.date(2025, 1, 14)
    found = find_deadline("Helena presenterar kalkylen för styrgruppen den 28/1 så att vi kan ta den i mars.",
                          anchor=anchor)
    assert found.value == dt.date(2025, 1, 28) and found.text == "den 28/1"


def test_a_meeting_named_by_its_month_takes_the_listed_or_announced_date():
    text = ("Samverkansgruppen 2026-01-20\n\nNärvarande: Therese, Johanna\n\n"
            "Johanna visar ett utkast till program på mötet i maj.\n"
            "Therese sammanställer enkäten till oktobermötet.\n"
            "Therese tar med statistiken till decemberrådet.\n\n"
            "Kommande möten\n\n- 24 mars kl. 9–12\n- 19 maj kl. 9–12\n- 22 september, heldag\n")
    actions = meetings(text)[0].action_items
    by_words = {a.deadline_text: a.deadline for a in actions}
    assert by_words["på mötet i maj"] == dt.date(2026, 5, 19)  # from the list under the heading
    assert by_words["till oktobermötet"] is None  # no October date in the notes: the words only
    assert by_words["till decemberrådet"] is None


def test_the_announced_next_meeting_names_the_month_meeting_among_other_dates():
    text = ("Board of Directors — regular meeting, January 15, 2026\n\nPresent: Carolyn Park, Devon Shaw\n\n"
            "The auditors need the schedule of expenses by 2/13; fieldwork starts February 23.\n"
            "Carolyn will bring a cost estimate to the February meeting.\n\n"
            "Next regular meeting: Thursday, February 19, 2026, 6:00 p.m.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Carolyn Park"].deadline == dt.date(2026, 2, 19)


def test_a_span_before_an_event_the_sentence_does_not_name_keeps_its_words():
    anchor = dt.date(2025, 8, 5)
    for sentence, words in [
        ("Lisa mejlar ut programmet senast tre dagar innan.", "senast tre dagar innan"),
        ("Tom will send the agenda to members a week prior.", "a week prior"),
        ("Kallelsen skickas ut minst två veckor före av sekreteraren.", "minst två veckor före"),
    ]:
        found = find_deadline(sentence, anchor=anchor)
        assert found is not None and found.text == words and found.value is None
    # with the event named, the span is counted back from it elsewhere: not this phrase
    assert find_deadline("Bo skickar kallelsen två veckor före årsmötet.", anchor=anchor) is None


def test_end_of_week_without_an_article_and_a_quarter_already_past():
    anchor = dt.date(2025, 8, 5)
    week = find_deadline("Sam to email the parents by end of week.", anchor=anchor)
    assert week.text == "by end of week" and week.value is None
    assert find_deadline("Sam to email the parents by end of week 34.", anchor=anchor).text == "week 34"
    past = find_deadline("Jo to shortlist partners by end of Q2.", anchor=anchor)
    assert past.text == "by end of Q2" and past.value is None  # a fiscal quarter, or next year's
    assert find_deadline("Jo to shortlist partners by end of Q4.", anchor=anchor).value == dt.date(2025, 12, 31)


def test_next_meeting_read_past_the_header_date_and_other_dates_on_its_line():
    text = ("# Arbetsgrupp tillgänglighet\n\n**Mötesdatum:** 2024-10-08, kl. 9–11\n\nNärvarande: Per, Nadia\n\n"
            "Per och Nadia intervjuar två förvaltningar innan nästa möte.\n\n## Nästa möte\n\n"
            "Projektmöte 4: tisdag 12/11 kl. 9.00, Teams. Julfika 17/12.\n")
    (meeting,) = meetings(text, "md")
    assert meeting.next_meeting.date == dt.date(2024, 11, 12)
    assert meeting.action_items[0].deadline == dt.date(2024, 11, 12)


def test_a_next_meeting_not_yet_set_is_the_following_meeting_in_the_file():
    text = ("Anteckningar från möte 2025-03-04\nNätverket Trygg skola\n\nDeltagare: Mona Ek, Olle Berg\n\n"
            "Vi gick igenom hur kommunerna arbetar med rutinen i dag och vilka delar som skiljer sig åt "
            "mellan skolorna. Flera saknar en tydlig kontaktperson och det behöver lösas under våren.\n"
            "Mona tar fram förslag på lokal till nästa möte.\n"
            "Nästa möte: inte bestämt, Olle skickar ut en doodle.\n\n========================================\n\n"
            "Anteckningar från uppföljande möte 2025-04-08\nNätverket Trygg skola\n\nDeltagare: Mona Ek, Olle Berg\n\n"
            "Olle sammanställer en budget till nästa möte.\n"
            "Nästa möte: 3/6 eller 27/5.\n")
    first, second = meetings(text)
    assert first.action_items[0].deadline == dt.date(2025, 4, 8)
    assert second.action_items[0].deadline is None  # two dates proposed: no single one


def test_a_span_before_the_event_named_earlier_in_the_sentence_counts_back_from_its_date():
    text = ("Styrelsemöte 2024-11-18\nNärvarande: Annika Berg, Micke Sand\n\n"
            "Årsmötet hålls söndag 23 februari 2025 i klubbstugan.\n"
            "Annika skickar ut kallelse till årsmötet senast fyra veckor före, enligt stadgarna.\n"
            "Micke ansvarar för att lokalen är bokad senast en vecka innan.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Annika Berg"].deadline == dt.date(2025, 1, 26)
    # no event named: the span counts back from the årsmöte dated above
    assert actions["Micke Sand"].deadline == dt.date(2025, 2, 16)


def test_a_next_meeting_heading_after_a_minute_number():
    text = ("ASHBY PARISH COUNCIL\nMinutes of the meeting held on 14 January 2025\n\n"
            "Present: Cllr Ann Whitlow (Chair), Cllr Tom Okafor\n\n"
            "25/004 Drainage\nCllr Whitlow will chase both contractors and report at the next meeting.\n\n"
            "25/013 Date of next meeting\nTuesday 11 February 2025 at 7.30pm in the Village Hall.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting.date == dt.date(2025, 2, 11)
    assert meeting.action_items[0].deadline == dt.date(2025, 2, 11)


def test_an_event_dated_beside_its_name_among_other_dates():
    text = ("Styrelsemöte IK Stjärnan 2026-02-01\nNärvarande: Pernilla Ek, Amira Said\n\n"
            "Årsmöte söndag 15 mars kl 14 i klubbstugan.\n\n"
            "| Vad | Vem | När |\n|---|---|---|\n"
            "| Kallelse och handlingar till årsmöte ut | Amira | senast 22/2 |\n"
            "| Kostnadsberäkning tränararvoden | Pernilla | innan årsmötet |\n\n"
            "Påminnelse: change freeze starts Oct 1; anything not approved waits until Oct 20.\n"
            "Amira skriver en plan före the freeze i oktober.\n")
    actions = {a.owner: a for a in meetings(text, "md")[0].action_items}
    assert actions["Pernilla Ek"].deadline == dt.date(2026, 3, 15)


def test_an_event_named_with_a_month_takes_no_date_from_another_month():
    text = ("# Governors' committee, 10 March 2026\n\nPresent: Zainab Hussain, Tom Reed\n\n"
            "The spring term ends on 31 March.\n\n"
            "| Action | Owner | Due |\n|---|---|---|\n| Lead the parent consultation | TR | Before Oct half term |\n")
    (action,) = meetings(text, "md")[0].action_items
    assert action.deadline_text == "Before Oct half term" and action.deadline is None


def test_an_event_named_by_its_short_form_or_its_swedish_synonym():
    text = ("Board meeting, 15 January 2026\nPresent: Beth Sorensen, Carolyn Park\n\n"
            "The Annual General Meeting will be held on 19 March 2026.\n"
            "Beth will send the notice and slate to members before the AGM.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2026, 3, 19)
    text = ("Styrelsemöte BRF Linden 2026-01-15\nNärvarande: Eva Lund, Bo Ek\n\n"
            "Årsstämman hålls torsdag 23 april kl 19 i samlingslokalen.\n"
            "Eva skickar ut kallelsen innan årsmötet.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2026, 4, 23)


def test_a_span_before_an_event_counts_back_from_its_date_and_compounds_name_it():
    text = ("Säljmöte 2025-06-03\nNärvarande: Maria Kron, Anders Sund\n\n"
            "Sommarkampanjen startar 16/6.\nFlytten till paviljongen sker 15 juni.\n"
            "Maria gör utskick till kunderna, senast en vecka innan kampanjen.\n"
            "Anders bokar slutbesiktning en vecka före flytten.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Maria Kron"].deadline == dt.date(2025, 6, 9)
    assert actions["Anders Sund"].deadline == dt.date(2025, 6, 8)


def test_a_coded_minute_reference_before_the_next_meeting_and_tmrw():
    text = ("QUALITY COMMITTEE\nMinutes of the meeting held on 13 March 2025\n\nPresent: Jo Lee, Gareth Lloyd\n\n"
            "QPS 25/021 Risk register\nGareth Lloyd to bring an updated assessment to the next meeting.\n"
            "Jo Lee to call the auditor tmrw.\n\n"
            "QPS 25/030  Date of next meeting\nWednesday 14 May 2025, 14:00, Board Room.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting.date == dt.date(2025, 5, 14)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 5, 14), dt.date(2025, 3, 14)]


def test_a_deadline_that_points_back_and_close_of_business_tomorrow():
    anchor = dt.date(2025, 3, 4)
    back = find_deadline("Anna gör klart innan dess.", anchor=anchor)
    assert back.text == "klart innan dess" and back.value is None
    assert find_deadline("Sam sends it by close of business tomorrow.", anchor=anchor).value == dt.date(2025, 3, 5)
    assert find_deadline("And then we go home.", anchor=anchor) is None


def test_two_days_offered_take_the_later_and_year_end_accounts_are_no_deadline():
    anchor = dt.date(2024, 10, 8)
    assert find_deadline("Omid sätter upp skylten idag/imorgon", anchor=anchor).value == dt.date(2024, 10, 9)
    assert find_deadline("Send it today or first thing tomorrow.", anchor=anchor).value == dt.date(2024, 10, 9)
    found = find_deadline("Sam to have the year-end accounts ready for the next meeting.", anchor=anchor)
    assert found.text == "ready for the next meeting"
    assert find_deadline("Done by year-end.", anchor=anchor).value == dt.date(2024, 12, 31)


def test_a_stated_deadline_wins_over_a_bare_today():
    anchor = dt.date(2024, 7, 2)
    found = find_deadline("I'll send it today and chase them to get a reply before July 12.", anchor=anchor)
    assert found.text == "before July 12" and found.value == dt.date(2024, 7, 12)
    assert find_deadline("Anna skickar det i dag.", anchor=anchor).value == anchor


def test_next_weekday_later_in_the_same_week_names_no_one_day():
    thursday = dt.date(2026, 3, 5)
    assert find_deadline("Maria tells everyone by next Friday.", anchor=thursday).value is None
    assert find_deadline("Maria tells everyone by next Thursday.", anchor=thursday).value == dt.date(2026, 3, 12)
    assert find_deadline("Maria tells everyone by next Wednesday.", anchor=thursday).value == dt.date(2026, 3, 11)
    assert find_deadline("Maria tells everyone by Friday.", anchor=thursday).value == dt.date(2026, 3, 6)


def test_the_next_meeting_announced_after_a_semicolon_or_an_irc_nick():
    listed = ("Allotment committee, 2 March 2025\nPresent: Rhona, Kit, Dev\n\n"
              "- Seed swap Sat 15 March; next committee meeting Tue 8 April.\n"
              "- Kit to price a new padlock for the shed by next meeting\n")
    meeting = meetings(listed)[0]
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 4, 8)
    assert meeting.action_items[0].deadline == dt.date(2025, 4, 8)
    irc = ("Schema WG telecon, 2024-05-14\n\n<amira> welcome all\n"
           "<amira> Jonas, can you file the issue on field naming by next call?\n<jonas> yes, will do\n"
           "<amira> next call 28 May, same time\n")
    assert meetings(irc)[0].next_meeting.date == dt.date(2024, 5, 28)
    past = ("Staff meeting 3 March 2025\n\n- Budget agreed; next meeting was cancelled by the school.\n")
    assert meetings(past)[0].next_meeting is None  # a report on a meeting, no announcement


def test_a_next_meeting_named_only_by_its_month_is_the_following_meeting_in_that_month():
    def notes(month: str) -> str:
        return ("Styrgruppsmöte 2025-02-06\nNärvarande: Kim Ek, Lea Berg\n\n"
                "1. Budget\nUtfallet för januari gicks igenom. Kostnaderna för vikarier ligger över budget, "
                "intäkterna från hyror som väntat. Styrgruppen diskuterade om takten i upphandlingen "
                "behöver ändras.\nLea tar fram en prognos till nästa styrgrupp.\n\n"
                f"2. Nästa möte\nOrdinarie styrgrupp i {month}, datum kommer i kallelsen.\n\n"
                "Styrgruppsmöte 2025-03-13\nNärvarande: Kim Ek, Lea Berg\n\n1. Prognos\nLea redovisade prognosen.\n")
    assert meetings(notes("mars"))[0].action_items[0].deadline == dt.date(2025, 3, 13)
    # another month than the following meeting's: that meeting is not the announced one
    assert meetings(notes("april"))[0].action_items[0].deadline is None


def test_the_body_named_under_a_company_letterhead_is_the_next_meeting_of():
    text = ("HALDEN & PRICE PRINTERS LIMITED\n(Company No. 01234567)\n\n"
            "MINUTES OF A MEETING OF THE BOARD OF DIRECTORS\nheld on Tuesday 4 March 2025\n\n"
            "Present: Ruth Halden (Chair), Owen Price\n\n"
            "1. Press maintenance\nOwen Price to obtain two quotes and report back at the next board meeting.\n\n"
            "2. Date of next meeting\nTuesday 3 June 2025 at 10.00 am.\n")
    action = meetings(text)[0].action_items[0]
    assert action.deadline == dt.date(2025, 6, 3)
    assert action.deadline_text == "at the next board meeting"


def test_a_sentence_that_is_only_a_deadline_completes_the_task_before_it():
    text = ("Product sync 2025-03-04\nPresent: Noor, Emil\n\n"
            "[00:02:10] Noor: Emil, could you check the refund numbers?\n"
            "[00:02:14] Emil: Sure, I'll pull the refund figures per region. Friday at the latest.\n"
            "[00:02:30] Noor: Thanks. Tuesday works for me.\n")
    actions = meetings(text)[0].action_items
    pulled = next(a for a in actions if "refund figures" in a.task)
    assert pulled.deadline == dt.date(2025, 3, 7)
    assert pulled.evidence[0].quote.endswith("Friday at the latest.")
    # a day said after a sentence that gave no task is no deadline of anything
    assert not any("Tuesday" in (a.deadline_text or "") for a in actions)
    sv = ("Arbetsgrupp 2025-03-04\nNärvarande: Noor, Emil\n\n"
          "Emil tar fram underlaget för hyrorna. Helst innan påsk.\n"
          "Noor bokar lokalen. Den är bokad till 18 maj.\n")
    found = {a.owner: a for a in meetings(sv)[0].action_items}
    assert found["Emil"].deadline_text == "innan påsk"
    assert found["Noor"].deadline_text is None  # a sentence with its own words is not a bare deadline


def test_a_hard_wrapped_transcript_turn_keeps_its_words_and_speaker():
    text = ("Site meeting 2024-09-02\nPresent: Jo (JO), Liam (LIAM)\n\n"
            "[00:01:05] JO: The contractor starts on the 16th. Liam, can you tell the tenants?\n"
            "[00:01:12] LIAM: Yes. I'll put a notice in every stairwell and email the\n"
            "residents list before the contractor starts.\n"
            "[00:01:30] JO: Good.\n")
    actions = meetings(text)[0].action_items
    notice = next(a for a in actions if "notice" in a.task)
    assert notice.owner is not None and notice.owner.casefold() == "liam"
    assert "residents list" in notice.evidence[0].quote


def test_by_an_event_the_notes_date_elsewhere():
    text = ("Astronomy society committee, 16 January 2025\nPresent: Gillian, Rob, Helen\n\n"
            "AGM\nThe AGM will be held on Thursday 20 March 2025 in the main hall.\n"
            "Helen to send her report to Rob by the AGM.\n"
            "Rob to book speakers by the committee's own choice.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Helen"].deadline == dt.date(2025, 3, 20)
    assert actions["Helen"].deadline_text == "by the AGM"
    assert actions["Rob"].deadline is None and actions["Rob"].deadline_text is None  # who decides, not when


def test_an_event_named_in_the_form_the_notes_date_it_and_a_next_meeting_said_aloud():
    text = ("Nätverksträff munhälsa 2026-02-05\nNärvarande: Malin, Ulrika\n\n"
            "8. Munhälsodagen 20 mars\nMalin mejlar ut materialet senast en vecka före munhälsodagen.\n\n"
            "9. Övrigt\n- Nationella munhälsodagarna i Jönköping 6–7 oktober.\n")
    action = meetings(text)[0].action_items[0]
    assert action.deadline == dt.date(2026, 3, 13)
    said = ("Arbetsgrupp 2026-04-14\nNärvarande: Annika, Josefine\n\n"
            "Josefine: Jag kan skriva ett utkast, det blir klart till nästa möte.\n"
            "Annika: Bra. Då säger vi nästa möte 12 maj, samma tid.\n")
    assert meetings(said)[0].next_meeting.date == dt.date(2026, 5, 12)


def test_an_owner_cell_left_open_names_nobody():
    text = ("Projektmöte 2025-03-04\nNärvarande: Eva Berg, Kim Ek\n\n"
            "| Vad | Vem | När |\n|---|---|---|\n"
            "| Boka ljudmätning | – | april |\n| Statistik över ärenden | ? | maj |\n"
            "| Rensa dubbletter | TBD | Q1 |\n| Beställa skyltar | Kim | 1/4 |\n")
    assert [a.owner for a in meetings(text, "md")[0].action_items] == [None, None, None, "Kim Ek"]


def test_our_month_meeting_takes_the_date_the_notes_give_it():
    text = ("PTA board, 14 October 2025\nPresent: Amanda, Joe\n\n"
            "Amanda will present a revised budget at our November meeting.\n\n"
            "Next meeting: Tuesday 11 November 2025.\n")
    action = meetings(text)[0].action_items[0]
    assert action.deadline == dt.date(2025, 11, 11)


def test_the_line_that_says_when_an_event_is_wins_over_lines_dated_by_it():
    # "The fair will be held ... on 14 November" dates the fair; "notice of the fair by 31 October"
    # is a deadline counted by it, not the fair's own date.
    text = ("Committee meeting, 2 October 2025\nPresent: Hana Ito, Mark Doyle\n\n"
            "The craft fair will be held in the parish hall on Saturday 15 November.\n"
            "Posters for the craft fair must be up by 31 October.\n"
            "Mark will book the tables before the craft fair.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 11, 15)
    swedish = ("Styrelsemöte 2025-10-02\nNärvarande: Eva Lund, Bo Ek\n\n"
               "Julmarknaden är lördag 29 november.\nAnmälan till julmarknaden senast 14 november.\n"
               "Bo ordnar bord före julmarknaden.\n")
    actions = {a.owner: a for a in meetings(swedish)[0].action_items}
    assert actions["Bo Ek"].deadline == dt.date(2025, 11, 29)
    # two lines that each state a date for the event: no single date, the words stay
    both = text.replace("Posters for the craft fair must be up by 31 October.",
                        "The craft fair is 22 November in some flyers.")
    (action,) = meetings(both)[0].action_items
    assert action.deadline is None and action.deadline_text == "before the craft fair"


def test_an_event_dated_earlier_in_the_tasks_own_paragraph():
    text = ("Committee meeting, 26 September 2024\nPresent: Bill Hart, Ana Lee\n\n"
            "The open day is Sunday 20 October. Bill will print the leaflets a week before the open day.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2024, 10, 13)


def test_an_event_of_two_short_words_and_a_lowercase_annual_meeting():
    text = ("Board meeting, 9 September 2025\nPresent: Rhys Evans, Sian Morgan\n\n"
            "Fun Day is Saturday 18 October at the base.\nRhys will order the banners before the Fun Day.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 10, 18)
    text = ("Board meeting, March 18, 2025\nPresent: Raj Patel, Linda Cho\n\n"
            "The annual meeting will be held May 20.\n"
            "Raj to mail the notice at least 30 days before the annual meeting.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 4, 20)


def test_an_event_stated_as_a_span_of_days_and_a_thing_that_is_due_is_no_event():
    text = ("Partner call, 12 February 2025\nPresent: Jo Berg, Femi Cole\n\n"
            "The General Assembly will take place on 8–9 April 2025 in Turin.\n"
            "Jo will circulate the draft agenda before the General Assembly.\n"
            "The licence renewal is due on 1 March. Femi will pay the renewal before it is due.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Jo Berg"].deadline == dt.date(2025, 4, 8)
    assert actions["Femi Cole"].deadline is None  # "before it is due" points back; it names no event


def test_a_named_day_before_an_event_and_an_event_cut_at_its_clause():
    text = ("Arrangörsgrupp 12 augusti 2025\nNärvarande: Roger Lind, Malin Ek\n\n"
            "Loppet går lördag 4 oktober.\nRoger märker ut banan fredagen före loppet som vanligt.\n"
            "Malin hämtar nummerlapparna dagen innan loppet.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Roger Lind"].deadline == dt.date(2025, 10, 3)
    assert actions["Malin Ek"].deadline == dt.date(2025, 10, 3)
    english = ("Show committee, 8 May 2025\nPresent: Keith Moss, Ron Hale\n\n"
               "The Annual Show is Saturday 16 August on the Glebe Field.\n"
               "Keith will book the marquee at least six weeks before the show or the firm won't hold the date.\n")
    (action,) = meetings(english)[0].action_items
    assert action.deadline == dt.date(2025, 7, 5)
    assert action.deadline_text == "at least six weeks before the show"


def test_events_named_by_compound_definite_form_or_by_an_earlier_meeting_of_the_file():
    text = ("Säljmöte 2025-06-03\nNärvarande: Anna Sund, Mats Kron\n\n"
            "- sommarkampanj \"Bygg smart\" startar 16/6\n"
            "- Anna skickar materialet till återförsäljarna innan kampanjstart\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 6, 16)
    english = ("Board meeting, 15 January 2026\nPresent: Beth Sorensen, Carolyn Park\n\n"
               "Two candidates stand for election at the Annual Meeting of members on March 19, 2026.\n"
               "Beth will send the notice and slate to members before the AGM.\n")
    (action,) = meetings(english)[0].action_items
    assert action.deadline == dt.date(2026, 3, 19)
    # in a file of several meetings, an earlier meeting's notes may date the event
    first = "LEDARMÖTE ons 1 okt 2025\n1. Hajken\nUpptäckarna på hajk 25–26 okt. Oskar bokar stugan.\n\n"
    second = "LEDARMÖTE 15/10\nHedvig fyller på första hjälpen-väskan innan hajken.\n"
    sentence = "Hedvig fyller på första hjälpen-väskan innan hajken."
    alone = Schedule(second, dt.date(2025, 10, 15))
    assert alone.event("hajken", sentence) is None
    with_file = Schedule(second, dt.date(2025, 10, 15), whole=first + second)
    assert with_file.event("hajken", sentence) == dt.date(2025, 10, 25)


def test_a_weekday_that_names_what_the_task_is_about_gives_way_to_the_meeting_it_is_due_at():
    text = ("Trustees' meeting, 4 December 2024\nPresent: Ollie Grant, Gwen Price\n\n"
            "Ollie to bring a costed proposal for a Thursday session to the January meeting.\n\n"
            "Date of next meeting: Wednesday 22 January 2025, 7pm.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 1, 22)
    assert action.deadline_text == "to the January meeting"


def test_a_short_sentence_of_the_answer_owed_and_when_dates_the_task_before_it():
    text = ("APT Bygglovsenheten 2025-11-12\nNärvarande: Jenny Åberg, Emir Ek\n\n"
            "Jenny kollar med juristen om telefonkontakt räcker. Svar till nästa APT.\n\n"
            "Nästa APT: ons 10/12 kl 13.\n")
    (action,) = meetings(text)[0].action_items
    assert action.deadline == dt.date(2025, 12, 10) and action.deadline_text == "till nästa APT"
    english = ("Partnership board, 3 March 2026\nPresent: Ana Ruiz, Tom Reed\n\n"
               "Ana will draft the joint training material. Report back to the board by 14 April.\n")
    (action,) = meetings(english)[0].action_items
    assert action.deadline == dt.date(2026, 4, 14)


def test_next_meeting_from_a_bold_mid_line_cue_a_set_of_meeting_days_and_counted_back():
    text = ("# School board, 18 June 2025\n\nPresent: Jo Ngata, Sione Tui\n\n"
            "| Ref | Action | Owner | Due |\n|---|---|---|---|\n| 25/16 | Second quote – shade sail | Sione | before next meeting |\n\n"
            "Meeting closed at 7:52pm. **Next meeting:** Wednesday 23 July 2025, 6:00pm.\n")
    (action,) = meetings(text, "md")[0].action_items
    assert action.deadline == dt.date(2025, 7, 23)
    swedish = ("Funktionshinderrådet 2025-11-06\nNärvarande: Eva Lund, Bo Ek\n\n"
               "§ 12 Inbjudan\nOrdföranden skickar inbjudan senast två veckor före nästa sammanträde.\n\n"
               "§ 20 Sammanträdesdagar 2026\nRådet sammanträder 2026 torsdagarna 5 februari, 23 april och 4 juni.\n")
    (action,) = meetings(swedish)[0].action_items
    assert action.deadline == dt.date(2026, 1, 22)
    assert action.deadline_text == "två veckor före nästa sammanträde"


def test_a_next_meeting_point_that_names_no_date_leaves_the_following_meeting_of_the_file():
    text = ("Biodlarföreningen – styrelsemöte 2025-05-06\nNärvarande: Marita Ljung, Göran Frisk\n\n"
            "§ 4 Kurs\nMarita tar fram en lista över dräkterna till nästa möte.\n\n"
            "§ 9  Nästa möte\nBeslutades att ha ett kort telefonmöte innan kursen startar. Göran kallar.\n\n"
            "Vid protokollet: Linnea Hed          Justeras: Göran Frisk\n\n\n"
            "Biodlarföreningen – telefonmöte 2025-05-13\nNärvarande: Marita Ljung, Göran Frisk\n\n"
            "§ 1 Kursen\nKursen startar 24 maj.\n")
    first = meetings(text)[0]
    action = next(a for a in first.action_items if a.owner == "Marita Ljung")
    assert action.deadline == dt.date(2025, 5, 13)


def test_a_file_of_many_meetings_reads_a_bounded_window_for_event_dates(monkeypatch):
    # Without a bound each meeting's event lookup read the whole file: quadratic in a long log.
    from minutes_ai.engines.offline import schedule

    seen: list[int] = []
    real = schedule._event_dates

    def spy(text, *args, **kwargs):
        seen.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(schedule, "_event_dates", spy)
    parts = []
    for k in range(60):
        day = dt.date(2025, 1, 6) + dt.timedelta(days=7 * k)
        parts.append(f"LEDARMÖTE {day.isoformat()}\nNärv: Hedvig Ek, Oskar Lund\n\n"
                     f"1. Hajken\nHedvig fyller på väskan innan hajken. Oskar bokar stugan till lägret.\n"
                     + "Vi pratade länge om hur terminen har gått och vad som behöver göras. " * 6 + "\n\n")
    found = meetings("".join(parts))
    assert len(found) == 60
    assert seen and max(seen) < 14_000 < len("".join(parts))


def test_spans_before_events_in_short_forms_and_before_a_month_named_meeting():
    text = ("Rowing Club Committee\nDate: 24 March 2026\nPresent: Aoife Byrne, Colm Daly, Niamh Roe\n\n"
            "1. Regatta\nThe regatta will be held on Saturday 16 May.\n"
            "Colm to do the posters 3 wks before regatta.\n"
            "Niamh to send the entry list 10 days before the regatta.\n\n"
            "2. Calendar\nMeetings: 21 April, 19 May and the December meeting on 8 December.\n"
            "Aoife to circulate a draft budget no later than one week before the December meeting.\n"
            "Colm to order the wreath in time for Remembrance Sunday.\n")
    (meeting,) = meetings(text)
    found = [(a.owner, a.deadline, a.deadline_text) for a in meeting.action_items]
    assert found == [
        ("Colm Daly", dt.date(2026, 4, 25), "3 wks before regatta"),
        ("Niamh Roe", dt.date(2026, 5, 6), "10 days before the regatta"),
        ("Aoife Byrne", dt.date(2026, 12, 1), "one week before the December meeting"),
        # a holiday's name is not the coming Sunday; the notes do not date it
        ("Colm Daly", None, "in time for Remembrance Sunday"),
    ]


def test_the_next_meeting_from_a_plan_under_its_heading_or_a_we_meet_again_line():
    plan = ("# Arbetslag 7–9 – arbetslagsmöte tors 2/10 2025\n\nNärvarande: Samir Haddad, Petra Wiklund, Karin Berg\n\n"
            "## Temadag\nSamir och Petra planerar temadagen till nästa arbetslagsmöte.\n\n"
            "## Arbetslagsmöten HT 2025\n\n21/8 · 4/9 · 18/9 · 2/10 · 16/10 · 6/11 · 20/11\n")
    (meeting,) = meetings(plan, "md")
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2025, 10, 16), "till nästa arbetslagsmöte")]
    again = ("Nätverksmöte kustfiske 22 januari 2026\nDeltagare: Lisa Åkesson, Mikko Salo, Anna Berg\n\n"
             "Lisa tar med statistik över fiskelicenser till nästa nätverksmöte.\n\n"
             "Vi ses igen **torsdag 19 mars kl. 13–15** (Zoom).\n")
    (meeting,) = meetings(again)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2026, 3, 19)
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2026, 3, 19), "till nästa nätverksmöte")]


def test_a_lettered_point_hard_wrapped_after_an_article_and_a_consensus_that_is_no_owner():
    text = ("Conservation Commission – regular meeting, Tuesday May 13, 2025\nPresent: Ana Ferreira (Chair), "
            "Tom Kowalski, Jo Li\n\n7. NEW BUSINESS\na) Roadside mowing: members discussed asking the Road Foreman "
            "to delay mowing\nuntil after July 15 for nesting birds. Consensus to send a letter; Kowalski will draft it "
            "for the\nChair's signature by next meeting.\n\nNext regular meeting: Tuesday, June 10, 2025, 7:00 PM.\n")
    (meeting,) = meetings(text)
    assert [d.evidence[0].quote for d in meeting.decisions] == ["Consensus to send a letter"]
    assert [(a.owner, a.task, a.deadline) for a in meeting.action_items] == [
        ("Tom Kowalski", "Draft it for the Chair's signature", dt.date(2025, 6, 10))]


def test_a_month_named_meeting_reads_the_meeting_plan_before_other_dated_lines():
    text = ("Steering Group 7 November 2024\nPresent: Fraser Kerr, Sam Watt, Helen Cole\n\n"
            "Action: FK - bring a costed plan to the January meeting.\n"
            "HC asked whether anyone could go to the conference (21-22 January) - nobody at the meeting could.\n\n"
            "Meeting dates 2024-25: 5 Dec 2024 | 16 Jan 2025 | 13 Mar 2025\n")
    (meeting,) = meetings(text)
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2025, 1, 16), "to the January meeting")]
    swedish = ("Styrelsemöte 12 november 2025\nNärvarande: Agneta Borg, Mats Kjell, Sara Vik\n\n"
               "Mats tar fram två låneförslag senast vid januarimötet.\n\n"
               "Kommande möten\nStyrelsemöten: ons 10 december, ons 14 januari, ons 11 februari.\n")
    (meeting,) = meetings(swedish)
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2026, 1, 14), "vid januarimötet")]


def test_a_due_cell_with_a_bare_ordinal_or_a_dotted_day_and_month():
    text = ("Arbetslagsmöte tors 2/10 2025\nNärvarande: Jonatan Nyström, Karin Berg\n\n"
            "| Vem | Vad | När |\n|---|---|---|\n| JN | boka två bussar till friluftsdagen | 10.10 |\n"
            "| KB | samla in lappar | 31st |\n| KB | maila föräldrarna | kl. 10.10 |\n")
    (meeting,) = meetings(text, "md")
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2025, 10, 10), "10.10"), (dt.date(2025, 10, 31), "31st"), (None, "kl. 10.10")]


def test_an_event_named_by_the_head_of_its_compound_and_a_meeting_named_by_its_kind():
    text = ("CUPKOMMITTÉN JULCUPEN 2025 – möte 2 december 2025\nNärvarande: Jenny Karlsson, Niklas Ö, Therese Alm\n\n"
            "Julcupen spelas lör–sön 27–28 december i Sävsjöhallen.\n"
            "- Jenny beställer kortläsaren, den ska vara här inför cupen.\n"
            "- Jenny och Niklas handlar på Coop fredagen före cupen.\n"
            "- Therese skickar ut passlistan senast veckan innan cupen.\n"
            "- Jenny tar med kioskens redovisning till utvärderingsmötet.\n\n"
            "Vi ses igen ons 14/1 kl 19 i kansliet – utvärdering.\n")
    (meeting,) = meetings(text)
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2025, 12, 27), "inför cupen"),
        (dt.date(2025, 12, 26), "fredagen före cupen"),
        (None, "senast veckan innan cupen"),  # the week before: a week, no day
        (dt.date(2026, 1, 14), "till utvärderingsmötet"),
    ]


def test_an_indented_line_under_a_task_that_only_says_by_when():
    text = ("Tävlingsledningen 2026-03-05\nNärvarande: Ingela Svahn, Mikael Forsberg, Theo Svahn\n\n"
            "- Mikael lägger banorna i OCAD, första utkast\n  → klart 2026-03-20\n"
            "- Theo kollar om vi kan hyra SportIdent av distriktet, annars kör vi pinnar.\n  Svar till Ingela 27/3.\n"
            "- Ingela bokar skolan\n  → gymnastiksalen om det regnar\n")
    (meeting,) = meetings(text)
    assert [(a.owner, a.deadline, a.deadline_text) for a in meeting.action_items] == [
        ("Mikael Forsberg", dt.date(2026, 3, 20), "klart 2026-03-20"),
        ("Theo Svahn", dt.date(2026, 3, 27), "27/3"),
        ("Ingela Svahn", None, None),
    ]
    assert meeting.action_items[0].evidence[-1].quote.endswith("klart 2026-03-20")



def test_a_back_reference_before_then_names_no_event():
    text = ("Konstföreningen – styrelsemöte onsdag 14 augusti 2024\n\nVi träffades i personalrummet, Agneta Holm "
            "som ordförande, Reza Karimi, Emilia Nowak och jag, Kristina Dahl, som skriver.\n\n"
            "Emilia lämnar kassörsuppdraget vid årsskiftet. Vi beslutade att Reza tar över som kassör från\n"
            "1 januari och att Emilia går igenom bokföringen med honom innan dess.\n")
    (meeting,) = meetings(text)
    found = [(a.deadline, a.deadline_text) for a in meeting.action_items if a.deadline_text == "innan dess"]
    assert found == [(None, "innan dess")]


def test_an_events_date_said_in_brackets_right_after_its_name():
    text = ("Planeringsgruppen skolskjuts 2024-11-20\nNärvarande: Eva Lund, Omar Said\n\n"
            "Eva pratar med Trafikverket om skyltarna före jullovet (jullovet börjar fredag 20 december).\n"
            "Omar kollar vändplanen före jullovet (eller så fort det går).\n")
    (meeting,) = meetings(text)
    assert [(a.deadline, a.deadline_text) for a in meeting.action_items] == [
        (dt.date(2024, 12, 20), "före jullovet"), (None, "före jullovet")]


def test_events_dated_in_a_calendar_of_items_a_span_or_a_closing_line():
    text = ("ASHWELL VILLAGE HALL\nManagement Committee – Minutes\n\n"
            "Present: Margaret Hollis (Chair), Linda Moss, Nadia Kerr, Jean Carr\n\n"
            "1. Linda will collect the gazebos the Friday before the fair.\n"
            "2. Nadia will check the first-aid kit the night before the fair.\n"
            "3. The register is to be updated by the Company Secretary.\n\n"
            "Calendar: Feb 20 Quiz night · Jul 11 Summer Fair · Oct 14 AGM\n\n"
            "These are the minutes of the meeting of the Management Committee held at the hall on "
            "Wednesday 3 June 2026.\n")
    (meeting,) = meetings(text)
    assert meeting.meeting_date == dt.date(2026, 6, 3)  # from the closing line
    due = {a.owner: a for a in meeting.action_items}
    assert due["Linda Moss"].deadline == dt.date(2026, 7, 10)  # each date with its own name on the line
    assert due["Nadia Kerr"].deadline == dt.date(2026, 7, 10)  # the night before is the evening of the 10th
    assert all(a.deadline is None for a in meeting.action_items if "register" in a.task)  # a title, no event
    swedish = ("Ledarmöte 14 april 2026\nNärvarande: Magnus L, Jonas B\n\n"
               "- ML skickar ut packlistan senast tre veckor innan lägret\n"
               "- JB fyller på sjukvårdsväskan innan lägret\n\n"
               "Kommande datum\n28/6 – 4/7   sommarläger Björnön\n")
    (meeting,) = meetings(swedish)
    due = {a.owner: a.deadline for a in meeting.action_items}
    # "lägret" is the definite form of "läger" (the compound "sommarläger"); the span starts on 28/6
    assert due == {"Magnus L": dt.date(2026, 6, 7), "Jonas B": dt.date(2026, 6, 28)}


def test_the_next_meeting_from_a_plan_set_out_one_date_per_line():
    text = ("Brf Sjöboden – Protokoll styrelsemöte 2026-03-10\nNärvarande: Eva Holm, Kassören Per Ek\n\n"
            "§ 7 Fönster\nPer kontaktar banken om villkoren till nästa styrelsemöte.\n\n"
            "§ 12 Nästa möte\nSe sammanträdesplanen nedan.\n\n"
            "Sammanträdesplan 2026\n  10 mars     styrelsemöte\n  14 april    styrelsemöte\n"
            "  21 maj      föreningsstämma\n")
    (meeting,) = meetings(text)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 4, 14)]
    listed = ("Programlagsmöte 13 januari 2026\nNärvarande: Kalle Ek, Lina Berg\n\n"
              "Kalle tar fram ett förslag till schema till nästa programlagsmöte.\n\n"
              "Programlagets möten VT 2026: 13/1, 10/2, 17/3, 21/4\n")
    (meeting,) = meetings(listed)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 2, 10)]
    # an adjective before the meeting word still announces it; a date left unclear stays open
    said = ("Nätverksträff 2 april 2026\nNärvarande: Erik Ek, Maria Sjöberg\n\n"
            "Erik återkommer med ett budgetförslag till nästa träff.\n\n"
            "Nästa digitala träff: torsdag 16 april kl. 13–15.\n")
    (meeting,) = meetings(said)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 4, 16)]
    unclear = ("Styrelsemöte 2026-03-10\nNärvarande: Eva Holm, Per Ek\n\n"
               "Per kontaktar banken till nästa möte.\n\nNästa möte: 14/4 eller 21/4\n\n"
               "Sammanträdesplan 2026\n  10 mars styrelsemöte\n  14 april styrelsemöte\n")
    (meeting,) = meetings(unclear)
    assert [a.deadline for a in meeting.action_items] == [None]


def test_the_event_is_the_definite_noun_right_after_the_cue_and_a_closing_line_dates_the_meeting():
    text = ("Arbetsgruppen för återinvigningen\nMinnesanteckningar\n\n"
            "Närvarande: Mats Lind, Sofie Lund, Birgitta Sandin, Eva Berg\n\n"
            "Återinvigningen (sön 13 september kl. 11) följs av kyrkkaffe.\n"
            "Sofie skickar inbjudningskorten senast sex veckor före invigningen.\n"
            "Birgitta meddelar dem senast fredagen före invigningen hur många vi räknar med.\n"
            "Eva redovisar innan ärendet tas upp igen.\n\n"
            "Mötet hölls i församlingshemmet tisdag 2 juni 2026.\n")
    (meeting,) = meetings(text)
    assert meeting.meeting_date == dt.date(2026, 6, 2)
    due = {a.owner: (a.deadline, a.deadline_text) for a in meeting.action_items}
    assert due["Sofie Lund"][0] == dt.date(2026, 8, 2)
    # the event is "invigningen", not the words after it; the Friday before it
    assert due["Birgitta Sandin"] == (dt.date(2026, 9, 11), "fredagen före invigningen")
    assert due["Eva Berg"][0] is None  # the matter, not an event


def test_the_line_that_closes_the_meeting_dates_it():
    english = ("Minutes of the Ordinary Meeting of the Council\n\nPresent: Cllr A. Vance, Cllr B. Reid\n\n"
               "The Clerk to submit the precept demand to the District Council by 31 January.\n\n"
               "There being no further business the Chairman closed the meeting at 9.04pm on Monday\n"
               "13 January 2025.\n\nSigned ............................ Chairman\n")
    (meeting,) = meetings(english)
    assert meeting.meeting_date == dt.date(2025, 1, 13)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 1, 31)]
    swedish = ("Styrelsemöte\nNärvarande: Eva Holm, Per Ek\n\nPer kontaktar banken senast 20/3.\n\n"
               "Ordföranden förklarade mötet avslutat kl. 21.05 den 3 mars 2025.\n")
    (meeting,) = meetings(swedish)
    assert meeting.meeting_date == dt.date(2025, 3, 3)
    # a time the meeting ended, with no day, dates nothing
    undated = ("Styrelsemöte\nNärvarande: Eva Holm, Per Ek\n\nPer kontaktar banken.\n\n"
               "Mötet avslutades kl. 21.05.\n")
    (meeting,) = meetings(undated)
    assert meeting.meeting_date is None


def test_a_span_before_an_event_dated_in_the_same_words_counts_back_from_that_date():
    def due(sentence: str):
        (meeting,) = meetings(f"Styrelsen 2025-10-20\nNärvarande: Eva Tornell, Bo Ek\n\n{sentence}\n")
        return [(a.deadline, a.deadline_text) for a in meeting.action_items]
    assert due("Eva Tornell sammanställer handlingarna senast tre veckor före fullmäktiges sammanträde den 7 december.") == [
        (dt.date(2025, 11, 16), "tre veckor före fullmäktiges sammanträde den 7 december")]
    assert due("Eva to send the papers two weeks before the AGM on 7 December.")[0][0] == dt.date(2025, 11, 23)
    # a deadline of its own after the event, and a window of data, are not counted back
    assert due("Eva to send the papers two weeks before the AGM, by 7 December.")[0][0] == dt.date(2025, 12, 7)
    assert due("Bo pulls the ticket volume for the last 90 days before the review on 3 December.")[0][0] == dt.date(2025, 12, 3)


def test_a_day_in_brackets_right_after_undated_words_dates_them():
    (meeting,) = meetings("Sprint sync 2026-04-10\nPresent: Eva Tornell, Bo Ek\n\n"
                          "Eva to ship the checkout flag by end of sprint (Apr 24).\n"
                          "Bo to review the copy by end of sprint (see board).\n"
                          "Eva plans the demo for the end May meeting.\n")
    due = [(a.deadline, a.deadline_text) for a in meeting.action_items]
    assert due[0] == (dt.date(2026, 4, 24), "by end of sprint (Apr 24)")
    assert due[1] == (None, "by end of sprint")
    assert all(d != dt.date(2026, 5, 31) for d, _ in due)  # "the end May meeting" is a meeting, no deadline


def test_the_gathering_an_agenda_point_is_about_dates_a_span_before_it():
    text = ("Styrelsemöte tis 10/9 2024\nNärvarande: Hodan Ali, Kent Berg\n\n"
            "5. Höstmötet\n- förslag: lör 19/10 kl 10 i stugan. Förslaget antogs.\n"
            "- Hodan gör kallelsen, ska ut senast 4 veckor före mötet\n\n"
            "6. Årsmötet\n- tis 13 maj kl 19, Folkets hus\n- Kent mejlar ut handlingar senast tre veckor före årsmötet\n\n"
            "7. Lotter\n- Kent ringer lott 4 före mötet\n")
    (meeting,) = meetings(text)
    due = {a.owner.split()[0]: [] for a in meeting.action_items}
    for a in meeting.action_items:
        due[a.owner.split()[0]].append(a.deadline)
    assert due["Hodan"] == [dt.date(2024, 9, 21)]  # 19/10 less four weeks
    assert dt.date(2025, 4, 22) in due["Kent"]  # 13 May less three weeks
    assert None in due["Kent"]  # under a point about something else "mötet" names no dated gathering


def test_a_due_cell_that_names_the_next_meeting_in_a_few_words():
    text = ("# NBSMN Steering Committee — Minutes\n\nMeeting 8 October 2024\n\nPresent: Sara Grant, Liam Ek\n\n"
            "| # | Action | Owner | Due |\n|---|---|---|---|\n"
            "| 1 | Clarify data-sharing terms | Sara Grant | next SC |\n"
            "| 2 | RDS how-to on the wiki | Liam Ek | next group mtg |\n"
            "| 3 | Sign-off process written up | Sara Grant | next steering meeting |\n\n"
            "**Next meetings:** 10 December 2024 (Zoom) · 2 June 2025\n")
    (meeting,) = meetings(text, "md")
    # the committee's own short name and kind are its next meeting; another group's is not
    assert [a.deadline for a in meeting.action_items] == [dt.date(2024, 12, 10), None, dt.date(2024, 12, 10)]
    partners = ("Partners' meeting 20 Nov 2025\nPresent: Dr Shah, Dr Patel\n\n"
                "| Action | Owner | Due |\n|---|---|---|\n| Locum process written up | Dr Shah | next partners' meeting |\n\n"
                "Next partners' meeting: Thursday 18 December 2025, 12:45.\n")
    (meeting,) = meetings(partners, "md")
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 12, 18)]


def test_the_next_meeting_said_aloud_in_a_transcript():
    text = ("Programgrupp gruvmuseet, Teams 2024-09-24\nNärvarande: Elif Yilmaz, Sara Holm\n\n"
            "00:09:30 Elif Yilmaz: Ja, det ska gå. Jag har ett utkast till nästa programgrupp.\n"
            "00:13:30 Sara Holm: Härligt. Då ses vi nästa gång tisdag 22 oktober, samma tid. Tack!\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2024, 10, 22)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2024, 10, 22)]
    english = ("WP2 call 2026-05-28\nPresent: Kaisa Ek, Ola Berg\n\n"
               "**[10:06] Kaisa:** I will circulate the full draft before the next call.\n\n"
               "**[10:28] Kaisa:** Next call is 25 June, same time. Thank you all.\n")
    (meeting,) = meetings(english, "md")
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 6, 25)]


def test_the_next_meeting_said_in_passing_mid_sentence():
    text = ("Styrelsemöte brf Lönnen 2026-04-16\nNärvarande: Nadia Ek, Per Holm\n\n"
            "Per jämför två andra förvaltare till nästa styrelsemöte.\n"
            "Vi pratade om grinden också men vi ses igen den 14/5 och tar det då när Nadia är med.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2026, 5, 14)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 5, 14)]
    mail = ("Diakoniutskottet 2025-09-18\nNärvarande: Marianne Ek, Bo Lund\n\n"
            "Marianne gör ett nytt schema för köket till nästa AU.\n\nVi hörs igen på AU torsdag 9 oktober kl 18, ha det gott!\n")
    (meeting,) = meetings(mail)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 10, 9)]
    # mid-sentence, "vi ses igen" with no date after it announces nothing
    (meeting,) = meetings("Styrelsemöte 2026-04-16\nNärvarande: Nadia Ek, Per Holm\n\n"
                          "Vi tog inte upp grinden men vi ses igen efter sommaren. Budget 2026 antogs.\n")
    assert meeting.next_meeting is None


def test_the_short_name_of_the_announced_next_meeting():
    text = ("# Projekt Digital SIP – möte 7\n\nDatum: 2025-09-23\nNärvarande: Ewa Sandberg, Cecilia Norén\n\n"
            "Ewa uppdaterar riskanalysen till nästa SG.\n"
            "Cecilia lyfter frågan till nästa KS.\n\n"
            "Nästa styrgrupp: tisdag 21/10 kl. 13–14.30.\n")
    (meeting,) = meetings(text)
    # "SG" abbreviates the announced "styrgrupp"; "KS" is another body's meeting, undated here
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [
        ("Ewa Sandberg", dt.date(2025, 10, 21)), ("Cecilia Norén", None)]


def test_a_holiday_stays_undated_unless_dated_right_after_it():
    text = ("Committee 2025-10-01\nPresent: Gareth Lee, Moira Tan\n\n"
            "Xmas party Wed 17 Dec at the workshop. Half term 27-31 Oct.\n"
            "Gareth to update the website opening times before Xmas.\n"
            "Moira to sort the fencing hire before half term.\n"
            "Gareth to send the report before the end of term (term ends Fri 19 December).\n")
    (meeting,) = meetings(text)
    due = [a.deadline for a in meeting.action_items]
    assert due == [None, None, dt.date(2025, 12, 19)]


def test_a_weekday_in_the_name_of_the_event_is_no_deadline_of_its_own():
    text = ("Board 2026-07-21\nPresent: Marcy Lee, Dana Ruiz\n\n"
            "Giving Tuesday falls on December 1 this year.\n"
            "Marcy will have the appeal letter drafted six weeks before Giving Tuesday.\n"
            "Dana will print the flyers before the first Sunday pickup.\n")
    (meeting,) = meetings(text)
    due = {a.owner.split()[0]: (a.deadline, a.deadline_text) for a in meeting.action_items}
    assert due["Marcy"] == (dt.date(2026, 10, 20), "six weeks before Giving Tuesday")
    assert due["Dana"][0] is None  # the pickup is dated nowhere: words only, not the next Sunday


def test_clear_days_before_a_dated_event_and_a_report_noted_by_the_group():
    text = ("Co-op committee 2025-08-28\nPresent: Maura Flynn, Niamh Ward\n\n"
            "The AGM will be held on Thursday 25 September 2025.\n"
            "Maura to send notice to all members at least 14 clear days before the AGM.\n"
            "Falls report: 42 falls in Q3. Report noted by the group.\n"
            "Tabled from September. Motion to fund vouchers.\n")
    (meeting,) = meetings(text)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 9, 11)]
    quotes = [d.evidence[0].quote for d in meeting.decisions]
    assert any("Report noted by the group." in q for q in quotes)
    assert not any(q.startswith("Tabled from") for q in quotes)  # an item carried over, no tabling


def test_the_groups_own_name_for_its_meeting_on_a_line_of_items():
    text = ("Arbetslag 7-9 Björkdal 2026-01-20\nNärvarande: Sara Ek, Olof Berg\n\n"
            "> Vårens plan: Planeringsdag 3/2 · Arbetslag 10/2 · Föräldramöte 16/3\n\n"
            "Sara kontaktar vårdnadshavarna i 8B till nästa arbetslag.\n")
    (meeting,) = meetings(text)
    assert [a.deadline for a in meeting.action_items] == [dt.date(2026, 2, 10)]  # the item that names it
    board = ("Board meeting 2026-03-19\nPresent: Tom Reed, Dana Cole\n\n"
             "Tom will get two bids by the next board meeting.\nWorkday Sat 4/18; board volunteers set up on 4/16.\n\n"
             "Next board meeting: April 16 or April 23.\n")
    (meeting,) = meetings(board)
    assert [a.deadline for a in meeting.action_items] == [None]  # two candidate dates: words only


def test_the_next_meeting_of_a_kind_from_a_line_of_dates_that_names_it():
    text = ("Ledarmöte 14 april 2026\nNärvarande: Karin L, Jonas B\n\n"
            "- KL gör lägerbudgeten, klar till nästa ledarmöte\n- JB bokar bussen till nästa möte\n\n"
            "Kommande datum\n9 maj        vårstädning\n26 maj       ledarmöte\n25 aug       ledarmöte\n")
    (meeting,) = meetings(text)
    due = {a.owner: a.deadline for a in meeting.action_items}
    assert due["Karin L"] == dt.date(2026, 5, 26)  # the first later line that names a ledarmöte
    assert due["Jonas B"] is None  # "nästa möte" names no kind, and no next meeting is announced


def test_reporting_back_next_time_and_a_next_meeting_line_without_a_colon():
    text = ("Avstämning julmarknad 26/11 2024\nNärvaro: AH, LE\n\n"
            "- utrymningsplan ansv AH, uppf. nästa avst\n\nnästa avst tis 3/12 kl 8.15\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2024, 12, 3)
    assert [(a.task, a.deadline, a.deadline_text) for a in meeting.action_items] == [
        ("Utrymningsplan", dt.date(2024, 12, 3), "uppf. nästa avst")]
    swedish = ("Styrelsemöte 14 maj 2025\nNärvarande: Linnéa Holm, Yasmin Ek\n\n"
               "Linnéa får undersöka om bolaget kan bekosta dem. Hon rapporterar till nästa möte.\n\n"
               "Nästa möte: onsdag 11 juni kl. 18.30.\n")
    (meeting,) = meetings(swedish)
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [("Linnéa Holm", dt.date(2025, 6, 11))]
    english = ("Maintainers sync 6 Nov 2025\nPresent: @tbrennan, @aditi\n\n"
               "- [ ] @tbrennan — write up the audit findings, present next call\n\n"
               "We reconvene Thursday the 20th, same time.\n")
    (meeting,) = meetings(english, "md")
    assert [a.deadline for a in meeting.action_items] == [dt.date(2025, 11, 20)]


def test_an_event_noun_after_till_and_the_line_that_says_when_an_event_falls():
    text = ("AG-möte 2026-02-11\nNärvarande: Maria Lund, Sanna Berg\n\n"
            "## 1. Workshopen i Umeå 24–25 mars\n\n- Maria sammanställer första utkastet till workshopen.\n"
            "- Sanna skickar rapporten till kommunen.\n")
    (meeting,) = meetings(text, "md")
    due = {a.owner: a.deadline for a in meeting.action_items}
    assert due == {"Maria Lund": dt.date(2026, 3, 24), "Sanna Berg": None}  # an event noun; a body is none
    english = ("Board meeting\nThursday 9th October 2025\nPresent: Fergal Dunne, Pádraig Ó Súilleabháin\n\n"
               "- Draft accounts for the AGM: Fergal to have them with the auditor by 20/10.\n\n"
               "**4. AGM — Thursday 27th November, Parish Centre, 8pm**\n"
               "- Pádraig to book the projector before the AGM.\n")
    (meeting,) = meetings(english, "md")
    due = {a.owner: a.deadline for a in meeting.action_items}
    # the heading says when the AGM falls; the task line's own date dates that task only
    assert due == {"Fergal Dunne": dt.date(2025, 10, 20), "Pádraig Ó Súilleabháin": dt.date(2025, 11, 27)}


def test_an_event_by_its_short_definite_form_and_by_a_date_wrapped_onto_the_next_line():
    cup = ("UNGDOMSSEKTIONEN\nmöte tis 13/5 2025\nnärv: Jessica, Hanna, Rickard\n\n1. Sävsjö Cup 14–15 juni\n"
           "- Hanna skickar ut info om packlistan senast en vecka innan cupen\n"
           "- Rickard tar fram tröjtrycket innan cupen.\n")
    actions = {a.owner: a for a in meetings(cup)[0].action_items}
    assert actions["Hanna"].deadline == dt.date(2025, 6, 7)
    assert actions["Rickard"].deadline == dt.date(2025, 6, 14)
    # "Julcupen" is found by "cupen" itself, so the compound keeps its own date
    jul = ("Cupkommittén 2025-12-01\nNärvarande: Ola, Eva\n\nJulcupen 27–28 december i Sporthallen.\n"
           "- Ola beställer kortläsaren inför cupen.\n")
    assert meetings(jul)[0].action_items[0].deadline == dt.date(2025, 12, 27)
    wrapped = ("Medlemsmöte 2026-02-14\nNärvarande: Henrik, Sören, Ulf\n\n"
               "Städdagen i hangaren är sedan tidigare satt till lördag\n28 mars kl. 9.\n"
               "Sören visar Ulf hur verktygsförrådet är organiserat innan städdagen.\n")
    assert meetings(wrapped)[0].action_items[0].deadline == dt.date(2026, 3, 28)


def test_a_first_draft_due_in_the_sentence_after_the_task_is_its_deadline():
    text = ("Byalaget 2026-04-12\nNärvarande: Margit, Lasse, Stina\nNästa möte: onsdag 6 maj.\n\n"
            "Margit skriver manus om när kvarnen brann 1894. Första utkast till nästa möte.\n\n"
            "Lasse fixar scenen. First draft by 30 April.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Margit"].deadline == dt.date(2026, 5, 6)
    assert actions["Margit"].evidence[-1].quote.endswith("Första utkast till nästa möte.")
    assert actions["Lasse"].deadline == dt.date(2026, 4, 30)
    assert len(actions) == 2  # the draft is no task of its own


def test_the_next_meeting_named_by_the_groups_own_word_mid_sentence():
    text = ("Styrgrupp e-tjänster 2025-06-10\nDeltagare: Kicki, Jenny, Omar\n\n"
            "Jenny går på semester. En rättelse: nästa styrgrupp blir tisdag 19 augusti kl 13, inte 12 augusti.\n\n"
            "Kicki tar fram en reviderad tidplan till nästa styrgrupp.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 8, 19)
    assert meeting.action_items[0].deadline == dt.date(2025, 8, 19)
    # "next week is ..." names a week, no meeting
    week = "Team sync 2025-06-10\nPresent: Ann, Bo\n\nNext week is 16 June, so Ann sends the plan by Friday.\n"
    assert meetings(week)[0].next_meeting is None


def test_a_yearless_next_meeting_of_a_meeting_dated_from_the_one_before_it():
    text = ("Möte 2025-04-22 kl. 18.00–20.00, Ljusö bygdegård\n"
            "Birgitta föreslog att rådet skaffar en egen Facebooksida för att nå sommargästerna. Det\n"
            "fick inget stöd – byalagens sidor räcker.\n"
            "Inte bestämt. Karin kallar när Färjerederiet har gett datum för varvsperioden.\n"
            "Telefonmöte 2025-05-06 kl. 19.00–19.40\n"
            "Närvarande: Karin Westerberg, Nils-Erik Holm, Birgitta Sand, Jesper Lund (punkt 1)\n"
            "5–7 september. Nils-Erik tar in pris från Ragn-Sells till nästa möte.\n"
            "4. Nästa möte\nTisdag 2 september kl. 18.00 i Stora Kalvö missionshus.\n")
    found = meetings(text)
    assert [m.meeting_date for m in found] == [dt.date(2025, 4, 22), dt.date(2025, 5, 6)]
    assert found[1].next_meeting is not None and found[1].next_meeting.date == dt.date(2025, 9, 2)
    assert found[1].action_items[0].deadline == dt.date(2025, 9, 2)


def test_a_release_milestone_named_by_a_short_code_is_dated_where_the_notes_date_it():
    text = ("# contributors call 2026-01-20\nattendees: @mkowalski, @jlinde\n\n"
            "- @mkowalski to write the migration guide before rc2. rc2 is planned for Tue 3 Feb.\n"
            "- Schedule reminder: 1.0 RC target is 2026-02-20, final 2026-04-01.\n"
            "- @jlinde to draft the conformance tests before the RC\n")
    actions = {a.owner: a for a in meetings(text, "md")[0].action_items}
    assert actions["mkowalski"].deadline == dt.date(2026, 2, 3)
    assert actions["jlinde"].deadline == dt.date(2026, 2, 20)


def test_weeks_and_days_abbreviated_in_spans():
    text = ("Mässgruppen 2026-02-03\nNärvarande: Pia, Ola, Kim\n\nMässan lör 7/3 i sporthallen.\n\n"
            "- Pia går igenom rutinen med ST-läkarna inom 3 v.\n"
            "- Ola fyller i bemanningsschemat 2 v före mässan.\n"
            "- Kim mejlar utställarna inom 10 dgr.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Pia"].deadline == dt.date(2026, 2, 24)
    assert actions["Ola"].deadline == dt.date(2026, 2, 21)
    assert actions["Kim"].deadline == dt.date(2026, 2, 13)
    # a week number stays a week: "v. 12" is no span of 12 weeks
    assert find_deadline("Klart inom v. 12", anchor=dt.date(2026, 2, 3)).value is None


def test_a_bare_deadline_after_the_task_may_say_who_gave_it():
    text = ("Co-op board 2026-06-02\nPresent: Tuan, Mai, Lena\n\n"
            "Waiting list - Tuan to contact the top three on the list. Before the end of June he said.\n\n"
            "Lena fixar nycklarna. Senast fredag sa hon.\n")
    actions = {a.owner: a for a in meetings(text)[0].action_items}
    assert actions["Tuan"].deadline == dt.date(2026, 6, 30)
    assert actions["Lena"].deadline == dt.date(2026, 6, 5)


def test_notes_written_as_a_dialogue_of_full_names_are_read_turn_by_turn():
    text = ("Ward 12 team meeting 2025-12-03\nPresent: Angela Price, Ben Osei, Chloe Evans\n\n"
            "Angela Price: Beds first. We have three low beds in bay A and none in C.\n\n"
            "Chloe Evans: Only one in A at the moment.\n\n"
            "Angela Price: OK, we'll move two to C and keep one in A. Ben, can you sort that with the porters?\n\n"
            "Ben Osei: Yeah, I'll do it Friday when it's quieter.\n\n"
            "Chloe Evans: The rota is up on the board.\n\n"
            "Ben Osei: Thanks.\n")
    (meeting,) = meetings(text)
    # the speaker of "I'll do it Friday" owns it: the turn is his
    (action,) = [a for a in meeting.action_items if "Friday" in a.evidence[-1].quote]
    assert action.owner == "Ben Osei"
    assert action.deadline == dt.date(2025, 12, 5)
    # two speakers once each make no dialogue: ordinary labelled lines
    from minutes_ai.engines.offline.segment import dialogue
    few = "Anna Berg: hej\nBo Ek: hej\nmöte om budget\n- Anna ringer banken\n"
    assert not dialogue(few, 0, len(few))
    assert dialogue(text, 0, len(text))


def test_a_dialogue_of_first_names_is_read_turn_by_turn_and_its_labels_stay_lines():
    head = ("Arbetsgruppen för barn och unga\nMöte tisdag 9 september 2025\n"
            "Närv: Josefin, Daniel (komminister), Petra, Samuel\n\n")
    text = head + ("Daniel: Konfirmandlägret. Vi har 14 anmälda.\n"
                   "Petra: Då slår vi ihop till en grupp?\n"
                   "Daniel: Stiftet har infört en ny rutin för ledare. Jag kollar vad det innebär för oss och återkommer.\n"
                   "Samuel: Vi behöver fler ledare.\n"
                   "Petra: Bra.\n"
                   "Samuel: Vi tar ett beslut om det här nu, annars blir det aldrig av.\n")
    (meeting,) = meetings(text)
    # the second sentence of Daniel's turn is his: the turn, not the line's first words, names him
    assert [(a.owner, "återkommer" in a.evidence[0].quote) for a in meeting.action_items] == [("Daniel", True)]
    from minutes_ai.engines.offline.segment import dialogue
    known = frozenset({"josefin", "daniel", "petra", "samuel"})
    assert dialogue(text, 0, len(text), known) and not dialogue(text, 0, len(text))
    # a scribe's labels between the turns are no speakers, and a proposal's letter is nobody
    w3c = ("Timed Text WG call 2025-03-06\nPresent: Hiroshi, Priya, Ole, Sam\n\n"
           "Hiroshi: Proposal A: keep ms. Proposal B: allow SMPTE timecodes.\n"
           "Priya: B adds a second parser path for every implementer. I'm against.\n"
           "Ole: we could do B later.\nSam: +1 to A\nHiroshi: ok\nPriya: fine\n"
           "RESOLVED: Keep millisecond precision for cue boundaries.\n")
    (call,) = meetings(w3c)
    assert [d.evidence[0].quote for d in call.decisions] == ["RESOLVED: Keep millisecond precision for cue boundaries."]
    assert call.action_items == []


def test_a_meeting_named_by_its_month_with_a_hyphen():
    text = ("Styrelsemöte 2025-03-12\nNärvarande: Kjell, Hamid, Jonna\n\n"
            "Kommande möten: 14 maj, 10 september.\n\n"
            "Hamid tar in offerter till maj-mötet.\n")
    assert meetings(text)[0].action_items[0].deadline == dt.date(2025, 5, 14)


def test_when_things_are_due_in_is_a_standing_rule_not_a_task():
    text = ("Ledningsgrupp 2025-04-02\nNärvarande: Sara Lund, Per Ek\n\n"
            "Beställningen till Regionens läkemedelsförsörjning ska in senast 30/4.\n\n"
            "Talmannen påminde om att handlingar till möte 5 ska vara inne senast 13 maj.\n\n"
            "Redovisningen till Socialstyrelsen ska vara inne senast 31 maj, den tar jag som vanligt.\n\n"
            "Svar senast 26/4.\n")
    actions = meetings(text)[0].action_items
    quotes = [a.evidence[0].quote for a in actions]
    assert not any("Beställningen" in q or "handlingar till möte 5" in q for q in quotes), quotes
    assert any("den tar jag" in q for q in quotes), quotes  # one's own task
    assert any(q.startswith("Svar senast 26/4") for q in quotes), quotes  # a deadline asked of those present


def test_an_offer_of_something_is_no_task_but_offering_oneself_is():
    text = ("Styrelsemöte brf 2025-04-02\nNärvarande: Maja Ek, Per Ås\n\n"
            "Fastighetsbyrån Norrbro erbjuder en digital bokningstavla till tvättstugan för 450 kr/mån.\n\n"
            "Per erbjuder sig att sköta gräsklipparen i sommar.\n")
    quotes = [a.evidence[0].quote for a in meetings(text)[0].action_items]
    assert not any("bokningstavla" in q for q in quotes), quotes
    assert any("gräsklipparen" in q for q in quotes), quotes


def test_an_action_logs_row_whose_status_moves_its_due_date():
    text = ("Quality committee 2025-05-21\nPresent: Rita Ode, Sam Moss\n\n"
            "| Ref | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
            "| Q-44 | Pressure ulcer deep dive | Rita Ode | 21/05/2025 | Amber. Carried forward to 18/06/2025. |\n"
            "| Q-45 | Falls audit | Sam Moss | 30/06/2025 | Open |\n")
    actions = {a.owner: a for a in meetings(text, "md")[0].action_items}
    assert actions["Rita Ode"].deadline == dt.date(2025, 6, 18)
    assert actions["Rita Ode"].deadline_text == "Carried forward to 18/06/2025"
    assert actions["Sam Moss"].deadline == dt.date(2025, 6, 30)


def test_a_yes_to_a_request_then_when_in_the_same_turn():
    text = ("WEBVTT\n\n00:03:55.000 --> 00:04:00.000\n<v Magnus Ferm>Sofia, kan du sätta ihop en referensgrupp?</v>\n\n"
            "00:04:00.000 --> 00:04:05.000\n<v Sofia Lund>Ja, det gör jag. Senast 7/11 har jag namnen.</v>\n")
    document = read_text(text, format="vtt")
    with as_of(dt.date(2025, 10, 20)):
        meeting = OfflineEngine().extract(document).meetings[0]
    (action,) = meeting.action_items
    assert action.owner == "Sofia Lund" and "referensgrupp" in action.task
    assert action.deadline_text == "Senast 7/11"
    assert action.evidence[0].quote.endswith("Senast 7/11 har jag namnen.")


def test_a_pronoun_doing_it_in_the_next_sentence_dates_the_task_just_given():
    head = "Cutover sync 14 January 2025\nPresent: Gareth Lowe, Priya Shah\n\n"
    action = the_action(head + "Gareth to circulate the count plan. He'll do it first thing Monday.\n")
    assert action.owner == "Gareth Lowe" and action.deadline == dt.date(2025, 1, 20)
    sv = "Styrelsemöte 2025-01-14\nNärvarande: Stina Berg, Ola Holm\n\n"
    action = the_action(sv + "Stina skickar ut kallelsen. Hon gör det på fredag.\n")
    assert action.owner == "Stina Berg" and action.deadline == dt.date(2025, 1, 17)


def test_english_notes_showing_no_order_take_the_slash_reading_after_the_meeting():
    text = ("<!-- saved as: 2025-09-23-release-wg.md -->\n# Release working group\n\n"
            "attendees: @dkowalski, @jtan, @rosa-l\n\n## Actions\n"
            "- @jtan — changelog draft — next call (10/7)\n- @rosa-l — verifying-releases page — 10/8\n")
    (meeting,) = meetings(text, "md")
    assert meeting.meeting_date == dt.date(2025, 9, 23)
    assert sorted(a.deadline for a in meeting.action_items if a.deadline) == [dt.date(2025, 10, 7), dt.date(2025, 10, 8)]
    # Swedish notes write day/month whatever lands where
    sv = "Styrgrupp 2025-09-23\nNärvarande: Eva Lind, Per Holm\n\nEva skickar underlaget senast 10/7.\n"
    (meeting,) = meetings(sv)
    assert meeting.action_items[0].deadline == dt.date(2026, 7, 10)


def test_it_must_be_in_by_in_the_next_sentence_dates_the_task_just_given():
    sv = "Styrelsemöte 2026-01-20\nNärvarande: Niklas Berg, Linda Ek\n\n"
    action = the_action(sv + "Niklas skickar in redovisningen av aktivitetsstödet. Den ska vara inne senast 15 februari.\n")
    assert action.owner == "Niklas Berg" and action.deadline == dt.date(2026, 2, 15)
    en = "Committee 20 January 2026\nPresent: Niklas Berg, Linda Ek\n\n"
    action = the_action(en + "Linda to draft the grant report. It needs to be ready by 6 February.\n")
    assert action.owner == "Linda Ek" and action.deadline == dt.date(2026, 2, 6)


def test_a_taker_pointing_back_takes_the_deadline_the_sentence_before_gave():
    sv = ("Styrelsemöte 2026-01-20\nNärvarande: Linda Ek, Niklas Berg\n\n"
          "Årsmötet hålls 24 mars 2026.\n\n"
          "Verksamhetsberättelsen ska vara klar senast tre veckor före årsmötet. Linda skriver den.\n")
    action = the_action(sv)
    assert action.owner == "Linda Ek" and action.deadline == dt.date(2026, 3, 3)
    en = ("Trustees 10 December 2024\nPresent: Hannah Cole, Dev Patel\n\n"
          "The Charity Commission annual return is due 31 January. Hannah will file it.\n")
    action = the_action(en)
    assert action.owner == "Hannah Cole" and action.deadline == dt.date(2025, 1, 31)


def test_a_next_meeting_named_in_two_words_is_announced_and_a_due_cell_names_it():
    text = ("Production & Ops weekly — Wed 16/07/2025, 7:30am\nPresent: Rawiri Tane, Mereana Hohaia\n\n"
            "Owner    | Action                                      | Due\n"
            "Rawiri   | Compressor replacement case to GM           | next ops weekly\n\n"
            "Next ops weekly: Wed 23/07, 7:30am.\n")
    (meeting,) = meetings(text)
    assert meeting.next_meeting is not None and meeting.next_meeting.date == dt.date(2025, 7, 23)
    (action,) = meeting.action_items
    assert action.deadline == dt.date(2025, 7, 23)
    # the next steps are no meeting
    steps = text.replace("Next ops weekly: Wed 23/07, 7:30am.", "Next steps: draft by 23/07.")
    assert meetings(steps)[0].next_meeting is None


def test_a_span_before_an_event_left_unnamed_counts_back_from_the_event_dated_above():
    sv = "Byalaget 2025-03-02\nNärvarande: Gunnel Ek, Siv Berg\n\n"
    action = the_action(sv + "Årsmötet: söndag 27 april kl 15.\nKallelsen går ut senast tre veckor före, Gunnel skickar.\n")
    assert (str(action.deadline), action.deadline_text) == ("2025-04-06", "senast tre veckor före")
    en = "Wheelers committee 2025-11-20\nPresent: Dave Hart, Ann Lee\n\n"
    action = the_action(en + "The AGM will be on Friday 16 January in the Brewery Tap.\n\n"
                             "Dave will send out the notice at least 21 days before.\n")
    assert str(action.deadline) == "2025-12-26"
    # the event in the task's own sentence; "the day before"
    action = the_action(en + "Ann will pick up the urn from the hall the day before the quiz on Saturday 13 December.\n")
    assert str(action.deadline) == "2025-12-12"
    # ... and the event dated in the sentence above, "the day before" left bare
    action = the_action(en + "The quiz is on Saturday 13 December.\nAnn will pick up the urn from the hall the day before.\n")
    assert (str(action.deadline), action.deadline_text) == ("2025-12-12", "the day before")
    # another task's deadline is no event, and with no date above the words stay words
    (meeting,) = meetings(en + "Ann sends the accounts by 5 December. Dave will send out the notice at least 21 days before.\n")
    notice = next(a for a in meeting.action_items if a.owner == "Dave Hart")
    assert (notice.deadline, notice.deadline_text) == (None, "at least 21 days before")
    action = the_action(en + "Dave will send out the AGM notice at least 21 days before.\n")
    assert (action.deadline, action.deadline_text) == (None, "at least 21 days before")


def test_a_span_of_months_before_an_event_counts_back_calendar_months():
    head = "Pedagogmöte 2026-02-02\nNärvarande: Jessica Ek, Malin Holm\n\n"
    action = the_action(head + "Festen är fredag 22 maj, kl 15–17. Jessica gör inbjudan, "
                               "den ska ut senast en månad före festen.\n")
    assert (action.deadline, action.deadline_text) == (dt.date(2026, 4, 22), "senast en månad före festen")
    # (a month with no such day ends on its last day: 31 March less one month)
    action = the_action(head + "Jessica skickar kallelsen till årsmötet (31 mars) senast en månad innan.\n")
    assert action.deadline == dt.date(2026, 2, 28)
    action = the_action("Board 2025-01-10\nPresent: Ann Lee, Bo Tan\n\n"
                        "Ann to send the invitations two months before the gala on 15 June.\n")
    assert action.deadline == dt.date(2025, 4, 15)


def test_that_meeting_is_the_meeting_the_lines_before_name():
    head = "Council 2026-03-03\nPresent: Tom Byrne, Ann Lee\n\n"
    action = the_action(head + "Next call: Wednesday 6 November. Tom to present the draft at that call.\n")
    assert (action.deadline, action.deadline_text) == (dt.date(2026, 11, 6), "at that call")
    action = the_action(head + "The AGM will be held on Thursday 11th December. Tom will issue the notice "
                               "at least 14 days before that date.\n")
    assert action.deadline == dt.date(2026, 11, 27)
    action = the_action("Styrelsemöte 2026-03-03\nNärvarande: Tom Berg, Ann Lind\n\n"
                        "Ärendet bordläggs till nästa sammanträde. Tom tar fram ett alternativ inför det mötet.\n\n"
                        "Nästa sammanträde: 28 april 2026.\n")
    assert action.deadline == dt.date(2026, 4, 28)
    # a meeting the lines before give no date for: the words alone
    action = the_action(head + "Deferred to a later meeting. Tom to obtain two quotations before that meeting.\n")
    assert (action.deadline, action.deadline_text) == (None, "before that meeting")
    # the bare "sammanträdet" refers back only to lines that name it
    action = the_action("Nämnd 2026-03-03\nNärvarande: Tom Berg, Ann Lind\n\n"
                        "Ärendet bordläggs till sammanträdet den 19 mars 2026. Tom tar fram en kalkyl inför sammanträdet.\n")
    assert action.deadline == dt.date(2026, 3, 19)


def test_a_span_closing_a_list_item_counts_from_the_meeting():
    notes = meetings("Trustees 2025-10-21\nPresent: Joanne Mercer, Dev Dee\n\nActions\n"
                     "Joanne – safeguarding briefing – 2 weeks\nDev – call the bakery (10 dagar)\n"
                     "Joanne – update the rota – ~1 week\n")
    assert [(a.task, a.deadline_text, a.deadline) for a in notes[0].action_items] == [
        ("Safeguarding briefing", "2 weeks", dt.date(2025, 11, 4)),
        ("Call the bakery", "(10 dagar)", dt.date(2025, 10, 31)),
        # (an approximate span is no day)
        ("Update the rota – ~1 week", None, None),
    ]


def test_the_day_the_one_asked_gives_wins_over_an_undated_event_in_the_ask():
    text = ("Styrelsemöte 2026-02-10\nNärvarande: Mats Öberg, Jenny Ahl, Stefan Hedlund\n\n"
            "[00:02:40] Stefan Hedlund: Mats, kan du ta fram ett par alternativ till årsmötet?\n\n"
            "[00:02:52] Mats Öberg: Absolut. Jag mejlar dem till er senast den sista februari.\n\n"
            "[00:03:10] Jenny Ahl: Bra.\n\n[00:03:20] Stefan Hedlund: Nästa punkt.\n")
    action = the_action(text)
    assert (action.owner, action.deadline) == ("Mats Öberg", dt.date(2026, 2, 28))


def test_a_span_after_an_event_counts_from_its_date_or_from_the_meeting_that_is_it():
    action = the_action("Verksamhetsgrupp 2025-05-20\nNärvarande: Eva Lund, Lars Berg\n\n"
                        "Eva skickar rapporten inom 10 dagar efter öppningen. Öppningen är 2 juni 2025.\n")
    assert (action.deadline, action.deadline_text) == (dt.date(2025, 6, 12), "inom 10 dagar efter öppningen")
    action = the_action("Cutover sync 2025-01-14\nPresent: Priya Nair, Tom Hale\n\n"
                        "Priya to update the risk log within 10 working days of the sync.\n")
    assert action.deadline == dt.date(2025, 1, 28)
    # a generic gathering the notes date more than once names no one day
    action = the_action("Panel update 2025-06-07\nPresent: Priya Nair, Tom Hale\n\n"
                        "Session 5 is on Saturday 21 June.\n\nTom to post the record within a week of the session.\n")
    assert action.deadline is None


def test_the_line_below_a_task_saying_when_what_it_makes_is_due():
    head = "Nätverk 2025-04-01\nNärvarande: Olle Grahn, Rebecka Nilsson\n\n"
    action = the_action(head + "Mötet utsåg Olle Grahn och Rebecka Nilsson att ta fram program för utbildningsdag 1.\n"
                               "Programmet ska vara klart innan, 27 maj, så att inbjudan kan gå ut före sommaren.\n")
    assert (action.owner, action.deadline, len(action.evidence)) == ("Olle Grahn, Rebecka Nilsson", dt.date(2025, 5, 27), 2)
    # a thing the task does not make keeps its own line
    notes = meetings(head + "Olle bokar lokalen.\nBudgeten ska vara klar senast 30 maj.\n")
    assert [a.deadline for a in notes[0].action_items if a.owner == "Olle Grahn"] == [None]


def test_till_an_event_the_notes_date_takes_its_date():
    action = the_action("Styrelsemöte 2025-08-21\nNärvarande: Ingrid Berg, Göran Lind\n\n"
                        "§ 6 Årsmötet 2026\nÅrsmötet hålls söndag 15 mars 2026 i bygdegården. "
                        "Ingrid tar fram verksamhetsberättelsen till årsmötet.\n")
    assert (action.deadline, action.deadline_text) == (dt.date(2026, 3, 15), "till årsmötet")


def test_an_event_dated_in_one_task_dates_the_same_event_in_the_action_table():
    notes = meetings("Rowing committee 2026-03-24\nPresent: Ciara Nolan, Tom Hale\n\n"
                     "4.2 CN to circulate the Safety Statement before the Easter training camp (6–9 April).\n\n"
                     "Actions\n| Ref | Action | Owner | Due |\n|---|---|---|---|\n"
                     "| 4.2 | Circulate Safety Statement | CN | before camp |\n")
    assert {(a.deadline_text, a.deadline) for a in notes[0].action_items} >= {("before camp", dt.date(2026, 4, 6))}


def test_a_bare_span_counts_back_from_the_event_its_own_line_names():
    text = ("AG Trygghet centrum – 2026-02-12\nNärvarande: Amira Lund, Nina Berg\n\n### Trygghetsvandring i centrum\n"
            "- Nina har mejlat: vandringen blir tisdag 17 mars kl. 18, samling vid Stora torget.\n"
            "- Vernissagen är torsdag 2 april kl 17.\n\n### Att göra\n"
            "- Amira – karta och checklista till trygghetsvandringen, senast en vecka innan\n")
    action = the_action(text)
    # "trygghetsvandringen" is the walk dated above as "vandringen", not the later vernissage
    assert action.owner == "Amira Lund" and action.deadline == dt.date(2026, 3, 10)


def test_a_month_named_meeting_written_mtg():
    text = ("Board meeting 18 March 2026\nPresent: Hemi Walker, Raj Patel\n\n"
            "The fence work will be finished before Term 2 starts on 20 April.\n\n"
            "Next meetings: Wednesday 15 April, Wednesday 20 May 2026.\n\n"
            "Actions\n- Raj – circulate the updated guidance – before April mtg\n- Hemi – draft the budget – May mtg\n")
    notes = meetings(text)
    assert {(a.owner, a.deadline) for a in notes[0].action_items} == {
        ("Raj Patel", dt.date(2026, 4, 15)), ("Hemi Walker", dt.date(2026, 5, 20))}


@pytest.mark.parametrize(("heading", "due_text"), [
    ("4. Att göra till nästa träff", "till nästa träff"),
    ("Till nästa möte:", "Till nästa möte"),
    ("### Before next meeting", "Before next meeting"),
    ("att göra till nästa (8/4):", "8/4"),
])
def test_a_task_list_heading_that_says_by_when_dates_its_tasks(heading, due_text):
    text = ("Nätverksträff 2025-03-04\nNärvarande: Ebba Lind, Hassan Ali\n\n1. Inledning\nVi gick laget runt.\n\n"
            "2. Nästa träff\nNästa träff: 8 april 2025.\n\n"
            f"{heading}\n- Ebba gör ett första utkast till mallen\n- Hassan bokar lokal, senast 20/3\n")
    notes = meetings(text)
    found = {a.owner: a for a in notes[0].action_items}
    ebba, hassan = found["Ebba Lind"], found["Hassan Ali"]
    assert (ebba.deadline, ebba.deadline_text) == (dt.date(2025, 4, 8), due_text)
    # the heading is evidence of the deadline; the task's own time wins over it
    assert any(due_text in e.quote for e in ebba.evidence) and len(ebba.evidence) == 2
    assert (hassan.deadline, hassan.deadline_text) == (dt.date(2025, 3, 20), "senast 20/3")


def test_a_list_heading_naming_whose_tasks_gives_no_deadline():
    text = ("Styrelsemöte 2025-03-04\nNärvarande: Ebba Lind, Hassan Ali\n\nUppgifter till styrelsen:\n"
            "- Ebba gör ett första utkast till mallen\n")
    assert the_action(text).deadline_text is None


def test_the_next_meeting_of_another_kind_is_not_the_next_meeting_of_this_one():
    text = ("Brukarråd 2025-05-14\nNärvarande: Camilla Rydh, Per Holm\n\n"
            "Camilla tar upp det på nästa chefsmöte.\nPer tar fram förslaget till nästa rådsmöte.\n\n"
            "Nästa möte: 10 september 2025.\n")
    found = {a.owner: a.deadline for a in meetings(text)[0].action_items}
    assert found == {"Camilla Rydh": None, "Per Holm": dt.date(2025, 9, 10)}
    # the group's own kind, named where its notes open, is its next meeting
    text = ("BRF LÄRKTRÄDET\nStyrelsemöte nr 7/2025 · Datum: tisdag 16 september 2025\n\n"
            "Närvarande: Kerstin Malm (ordf), Ahmed Rashidi (kassör)\n\n"
            "Ahmed tar fram förslag till budget 2026 till nästa styrelsemöte.\n\nNästa möte: 21 oktober 2025.\n")
    assert the_action(text).deadline == dt.date(2025, 10, 21)


def test_inside_a_task_list_a_line_saying_only_by_when_dates_the_lines_under_it():
    text = ("Veckomöte 2026-03-10\nNärvarande: Jonas Ek, Amir Sadiq, Sofia Lund\n\n## Att göra\n**Till fredag:**\n"
            "- [ ] Jonas: beställa 2 accesspunkter\n\n**Till nästa veckomöte (17/3):**\n- [ ] Amir: boka datum för utbildningen\n"
            "- [ ] Sofia: svara Kerstin om statistiken\n")
    found = {a.owner: a.deadline for a in meetings(text, "md")[0].action_items}
    assert found == {"Jonas Ek": dt.date(2026, 3, 13), "Amir Sadiq": dt.date(2026, 3, 17),
                     "Sofia Lund": dt.date(2026, 3, 17)}
    text = ("Client call 2026-03-18\nPresent: Tyler Moss, Marisol Ortega\n\nACTION ITEMS\nLakeshore – by Friday:\n"
            "- Tyler: final survey into Qualtrics\nLakeshore – later:\n- Tyler: draft the workshop flyer\n")
    items = meetings(text)[0].action_items
    assert [(a.owner, a.deadline) for a in items] == [("Tyler Moss", dt.date(2026, 3, 20)), ("Tyler Moss", None)]


def test_a_span_before_the_event_a_point_is_about_counts_back_from_the_day_the_point_settles():
    text = ("Arbetslag 2026-02-10\nNärvarande: Jessica Holm, Malin Ek\n\n**Vårfest**\n"
            "Fredag 22 maj eller fredag 29 maj? 29:e krockar med skolavslutningen. Det blir 22 maj, kl 15–17.\n"
            "Jessica gör inbjudan, den ska ut senast en månad före festen.\n")
    assert the_action(text).deadline == dt.date(2026, 4, 22)
    text = ("Trustees 2026-03-12\nPresent: Sue Whitlow, Tom Hale\n\n26/21  Summer Open Day\n"
            "Sue proposed Saturday 20th June. Tom felt July would be better, but the trustees agreed on 20th June.\n"
            "Sue will circulate a volunteer rota at least four weeks before the open day.\n")
    assert the_action(text).deadline == dt.date(2026, 5, 23)
    # a date the point gives for something else (a closing date) is not the event's
    text = ("Ledarmöte 2026-03-01\nnärv: Karin Lund, Magnus Lind\n\n2. sommarlägret Björnön\n"
            "- anmälan stänger 15 maj\n- Magnus skickar packlistan senast tre veckor innan lägret\n")
    assert the_action(text).deadline is None
    # a point whose title dates the event
    text = ("WG call 2025-09-03\nPresent: Anna Lind, Dev Olsen\n\n5. Plugfest Lyon (18–20 Nov 2025)\n"
            "Registration closes 2025-10-15.\nAnna to circulate the test plan at least four weeks before the plugfest.\n")
    assert the_action(text).deadline == dt.date(2025, 10, 21)


def test_the_next_meeting_named_by_the_kind_the_file_opens_with():
    from minutes_ai.engines.offline._deadlines import _same_gathering

    announced, title = "Next meeting: Tue 17 Feb (Marta chairs).", "Tue 10 Feb 2026 – scribe: Kofi"
    opening = "# brennan lab – weekly lab meeting"
    assert _same_gathering("for the next lab meeting", announced, title, opening)
    assert not _same_gathering("for the next lab meeting", announced, title, "")
    assert not _same_gathering("for the next field meeting", announced, title, opening)


def test_a_klart_column_of_ticks_is_no_due_column_when_the_table_has_one():
    text = ("Projektgrupp 2026-01-21\nNärvarande: Fatima Rahman, Jens Åberg\n\n"
            "| Klart | Vad | Vem | Deadline |\n|-------|-----|-----|----------|\n"
            "| [x] | Sammanställa enkätsvaren | Fatima | 2026-01-16 |\n"
            "| [ ] | Ta fram kartunderlag | Jens | 2026-02-04 |\n"
            "| [ ] | Boka avstämning med Camilla | Fatima | fredag |\n")
    found = [(a.owner, a.deadline, a.deadline_text) for a in meetings(text)[0].action_items]
    assert found == [("Jens Åberg", dt.date(2026, 2, 4), "2026-02-04"), ("Fatima Rahman", dt.date(2026, 1, 23), "fredag")]
    # "Klart" alone is the column that says by when
    text = ("Projektgrupp 2026-01-21\nNärvarande: Fatima Rahman, Jens Åberg\n\n"
            "| Vad | Vem | Klart |\n|-----|-----|-------|\n| Ta fram kartunderlag | Jens | 2026-02-04 |\n")
    assert [(a.owner, a.deadline) for a in meetings(text)[0].action_items] == [("Jens Åberg", dt.date(2026, 2, 4))]


def test_a_due_cell_on_the_meetings_own_day_or_before_it_is_the_rows_deadline():
    text = ("Huddle\nDate: Monday 9th March 2026\nPresent: Gemma Hart, Tom Lee, Ann Bell\n\nACTION LOG\n"
            "| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
            "| 33 | Book the bank shift on Allocate | Gemma | 09/03/26 | New |\n"
            "| 34 | Email GP practices | Tom | 02/03/26 | Overdue |\n"
            "| 35 | Update the leaflet | Ann | 20/03/26 | New |\n")
    found = meetings(text)[0].action_items
    assert [(a.owner, a.deadline, a.deadline_text) for a in found] == [
        ("Gemma Hart", dt.date(2026, 3, 9), "09/03/26"), ("Tom Lee", dt.date(2026, 3, 2), "02/03/26"),
        ("Ann Bell", dt.date(2026, 3, 20), "20/03/26")]
