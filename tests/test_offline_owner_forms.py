"""Who takes a task: names typed in lower case, people agreeing to do something."""

from __future__ import annotations

import datetime as dt

from minutes_ai import read_text
from minutes_ai.engines.offline import OfflineEngine
from minutes_ai.structure import parse_meetings


def actions(text: str):
    document = read_text(text)
    (meeting,) = OfflineEngine().extract(document).meetings
    for item in meeting.action_items:
        for ev in item.evidence:
            assert document.text[ev.start : ev.end] == ev.quote
    return meeting.action_items


SCRIBBLES = """styrelsemöte samf. 12/4-26 hos roger
närv: roger (ordf), bitte, kenneth, linnéa — gun sjuk

- 3 hushåll ej betalt avg. -> bitte skickar påminnelse, klart t. 30/4
- ny gunga ca 18 tkr. beslut: köps in, ansv linnéa, klart t. midsommar
- roger ringer dem mån o säger att vi vill ha dem
- sandlådan: ngn borde byta sand, ingen tog det
"""


def test_attendees_typed_in_lower_case_are_kept_as_written():
    (meeting,) = parse_meetings(read_text(SCRIBBLES))
    assert [a.name for a in meeting.attendees] == ["roger", "bitte", "kenneth", "linnéa"]
    assert meeting.attendees[0].role == "ordf"


def test_tasks_of_people_named_in_lower_case():
    found = {a.owner: a for a in actions(SCRIBBLES)}
    assert set(found) == {"bitte", "linnéa", "roger"}
    assert found["bitte"].deadline == dt.date(2026, 4, 30)
    assert found["bitte"].deadline_text.endswith("30/4")
    assert found["linnéa"].task == "Köps in"  # the label, the owner and the deadline cut out
    assert found["linnéa"].deadline_text == "klart t. midsommar"
    assert found["linnéa"].deadline is None  # a holiday is a time of year, not a day


def test_people_agreeing_to_a_task_own_it_but_accepting_a_role_is_no_task():
    text = ("Parish Council meeting 14 October 2024\nPresent: Cllr Okafor, Cllr Pemberton, Gwen Pryce\n\n"
            "Cllr Okafor agreed to ask the Speedwatch group whether they could add Mill Road to their rota.\n"
            "Gwen Pryce has agreed to serve a second term as lay member.\n")
    (action,) = actions(text)
    assert action.owner == "Cllr Okafor"
    assert action.task.startswith("Ask the Speedwatch group whether")


def test_a_handle_with_a_dash_reporting_what_was_done_is_no_task():
    text = ("# Steering committee 2026-01-14\n\nAttendees: @oksana-v, @ravi-s, @lucia-fm\n\n"
            "- @oksana-v called the vote.\n- @ravi-s proposed dropping the Bronze tier.\n"
            "- @lucia-fm: draft the sponsorship page by Friday\n")
    (action,) = actions_md(text)
    assert action.owner == "lucia-fm"


def test_he_points_back_at_the_attendee_not_at_the_first_capitalised_word():
    text = ("Research Ethics Committee 4 December 2025\nPresent: Helen Carr, Tobias Wren, Liam Doherty\n\n"
            "3.3 Guidance on research with children online: Dr Wren's draft is not yet ready. "
            "He will circulate it before the next meeting.\n")
    (action,) = actions(text)
    assert action.owner == "Tobias Wren"


def actions_md(text: str):
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    return meeting.action_items


def test_a_task_marked_done_after_a_dash_or_arrow_is_no_task():
    text = ("Styrelsemöte 2025-03-04\nNärvarande: Gustav Ö, Patrik Aho, Anna Berg\n\n"
            "- Gustav kollar m facket om lönen -> gjort, 104 kr/tim gäller\n"
            "- Patrik hör med kommunen om nyckelbrickor – gjort, vi får 6 nya\n"
            "- Anna bokar lokalen till årsmötet\n"
            "- Gustav gör affischen – klart till fredag\n")
    assert [a.owner for a in actions(text)] == ["Anna Berg", "Gustav Ö"]  # "klart till fredag" is a deadline


def test_the_writer_of_the_notes_owns_their_first_person_tasks():
    mail = ("From: Kylie Nguyen <kylie@club.example>\nSubject: Committee notes 2 Sept 2025\n\n"
            "Hi all, notes from last night.\n\n"
            "- Canteen prices up by 50c. I'll let Bec in the canteen know before round 1.\n\n"
            "Cheers,\nKylie\n")
    (action,) = actions(mail)
    assert action.owner == "Kylie Nguyen" and action.task.startswith("Let Bec")
    notes = ("Mina anteckningar från styrelsemötet tisdag 11/2 2025\n\n"
             "Vi var: Marjatta (ordf), Ahmed, Dragan och jag (Sara, sekr).\n\n"
             "Lokalen: jag lovade att boka lokalen och göra en inbjudan.\n"
             "Jag informerade om att hyran höjs.\n\n/Sara\n")
    (action,) = actions(notes)
    assert action.owner == "Sara" and action.task.startswith("Boka lokalen")


def test_first_person_tasks_in_a_thread_of_several_senders_have_no_single_owner():
    from minutes_ai.engines.offline.writer import find_writer
    thread = "From: Ann Lee <a@x>\nSubject: Re: notes\n\nok\n\nFrom: Bob Stone <b@x>\nSubject: notes\n\nI'll do it.\n"
    assert find_writer(thread, None) is None
    assert find_writer("Notes\n\nAll good.\n\nBest regards,\nAnn Lee\n", None) == "Ann Lee"


def test_a_named_person_addressed_with_a_request():
    text = ("Committee call 2 September 2025\nPresent: Mel Brown, Jo Pearce, Nadia Ali, Liam Fox\n\n"
            "Mel please place the kit order on Monday.\n"
            "Then Jo, send it over to the trust once the quote is in, please.\n"
            "Nadia, du håller i den?\n"
            "Liam, do you want to start\n")
    assert [a.owner for a in actions(text)] == ["Mel Brown", "Jo Pearce", "Nadia Ali"]


def test_words_that_name_nobody_are_no_owners():
    text = ("Team meeting 4 March 2025\nPresent: Owen Price, Sam Lee, Camilla Berg\n\n"
            "- Proposal: make the huddle twice a week.\n"
            "- Nobody could take on the stall this year.\n"
            "- Suggestion to make sign-off mandatory – Owen will ask the supplier before the go-live.\n"
            "- Camilla lämnar mötet 13.09.\n"
            "- DEF-4471: fix via hotfix branch by Friday.\n")
    found = [(a.owner, a.task, a.deadline_text) for a in actions(text)]
    # the DEF-4471 line is a ticket, not an owner; in an unlabelled list it is no task either
    assert found == [("Owen Price", "Ask the supplier", "before the go-live")]


def test_a_time_log_and_a_glossed_owner_column():
    text = ("Krisledningsgruppen 2026-03-16\nNärvarande: Pontus Ek, Malin Berg, VA (Anna Vik)\n\n"
            "kl. 08.00  Mötet öppnas av KD.\n"
            "kl. 08.50  Malin tar fram en rotorsaksanalys för inläckaget, klar v. 13.\n"
            "kl. 08.52  Pontus sammanställer händelserapport till länsstyrelsen senast v. 12.\n")
    assert [(a.owner, a.deadline_text) for a in actions(text)] == [
        ("Malin Berg", "klar v. 13"), ("Pontus Ek", "senast v. 12")]
    table = ("# Postmortem 5 Mar 2026\n\nAttendees: Arjun Menon, Daniel Ong\n\n"
             "| JIRA | Action | Owner (team) | Due |\n|---|---|---|---|\n"
             "| PLAT-918 | Add schema validation in CI | Arjun Menon (Platform) | end of sprint 14 |\n")
    assert [a.owner for a in actions_md(table)] == ["Arjun Menon"]


def test_an_english_passive_names_its_agent():
    text = ("Ethics committee 4 December 2025\nPresent: Helen Carr (Chair), Liam Doherty (Secretary)\n\n"
            "- Decision letters will be sent by the Secretary within 10 working days.\n"
            "- Board retreat tentatively in June; date to be confirmed by the Chair.\n"
            "- A replacement lay member will be appointed by Council.\n"
            "- She reminded members that the review will be scheduled by CINEA.\n")
    assert [a.owner for a in actions(text)] == ["the Secretary", "the Chair"]


def test_offers_on_a_condition_and_checking_the_minutes_are_no_tasks():
    text = ("Styrelsemöte 2025-02-04\nNärvarande: Lena Berg, Hampus Ek, Sofia Ahlgren\n\n"
            "- Lena can show him the bleach protocol if he wants it.\n"
            "- Sofia Ahlgren utses att jämte ordföranden justera protokollet.\n"
            "- Hampus frågar Företagarna om de vill vara medarrangör.\n")
    assert [a.owner for a in actions(text)] == ["Hampus Ek"]


def test_a_duty_label_names_who_has_it():
    text = ("Ledarmöte 2025-10-08\nNärvarande: Oskar Lind, Lovisa Ek, Patrik Berg\n\n"
            "- Matansvar: Oskar + Lovisa, budget 60 kr/person.\n- Städansvar: Patrik.\n")
    assert [a.owner for a in actions(text)] == ["Oskar Lind, Lovisa Ek", "Patrik Berg"]


def test_offers_on_a_condition_and_tasks_nobody_took_are_no_actions():
    text = ("Arbetsplatsträff 2025-04-02\nNärvarande: Maja, Ivar, Lotta\n\n"
            "- Maja kan visa det nya bokningssystemet om någon är intresserad.\n"
            "- Ivar hjälper till med inventeringen om det behövs.\n"
            "- Frågan om ny tvättmaskin: alla tyckte det behövs men ingen kunde ta på sig att ringa runt. "
            "Vi tar det efter sommaren.\n"
            "- Lotta beställer nya förkläden.\n")
    assert [(a.owner, a.task) for a in actions(text)] == [("Lotta", "Beställa nya förkläden")]


def test_a_subjectless_follow_up_gives_the_task_before_it_its_deadline():
    text = ("Ledningsgrupp 2025-02-17\nNärvarande: Per Ek, Ola Svan\n\n"
            "- Ola tittar på om två konsulter kan lånas ut under våren. Återkommer senast fredag.\n"
            "- Per pratar med kostenheten. Återkommer till nästa möte.\n\n"
            "Nästa möte: 2025-03-03\n")
    found = actions(text)
    assert [(a.owner, a.deadline, a.deadline_text) for a in found] == [
        ("Ola Svan", dt.date(2025, 2, 21), "senast fredag"),
        ("Per Ek", dt.date(2025, 3, 3), "till nästa möte"),
    ]
    assert found[0].evidence[-1].quote == "Återkommer senast fredag."


def test_particle_verbs_and_the_writers_reported_promises():
    text = ("Från: Eva Lind <eva@example.org>\nÄmne: anteckningar styrelsemöte\n\n"
            "Styrelsemöte 2025-05-06\nNärvarande: Eva Lind (sekr.), Bo Ek\n\n"
            "Bo säger upp avtalet med städfirman.\n"
            "Jag lovade att boka hallen innan fredag.\n"
            "Bo sa att det var bra.\n\n/Eva\n\n"
            "> Från: Bo Ek <bo@example.org>\n> Jag kan ta med kaffe.\n")
    found = [(a.owner, a.task, a.deadline) for a in actions(text)]
    assert found == [("Bo Ek", "Säga upp avtalet med städfirman", None),
                     ("Eva Lind", "Boka hallen", dt.date(2025, 5, 9))]


def test_i_said_id_is_the_writers_task_and_i_said_it_was_fine_is_none():
    text = ("From: Geoff Parry <geoff@example.org>\nSubject: committee minutes\n\n"
            "Committee meeting, 6 May 2025\nPresent: Carol Jenkins, Geoff Parry\n\n"
            "The pipe is the council's responsibility. I said I'd chase the council about the leak by 16/5.\n"
            "I said it was fine to leave the gate open.\n\nGeoff\n")
    found = [(a.owner, a.task, a.deadline) for a in actions(text)]
    assert found == [("Geoff Parry", "Chase the council about the leak", dt.date(2025, 5, 16))]


def test_field_sentences_complete_the_action_before_them():
    text = ("Projektmöte 2024-05-14\nNärvarande: Rickard Alm, Nadia Ek, Viktor Dahl\n\n"
            "Åtgärd: Skript för att flytta bilagorna till arkivet. Ansvarig: Rickard Alm. Klart: 2024-05-24.\n\n"
            "Åtgärd: Ny testkörning av migreringen när skriptet är klart.\nAnsvarig: Viktor Dahl. Klart v. 22.\n\n"
            "Efter diskussion: Beslut: driftstarten ligger kvar den 2 september.\n")
    document = read_text(text)
    (meeting,) = OfflineEngine().extract(document).meetings
    found = [(a.owner, a.deadline, a.deadline_text) for a in meeting.action_items]
    assert found == [("Rickard Alm", dt.date(2024, 5, 24), "2024-05-24"), ("Viktor Dahl", None, "Klart v. 22")]
    assert len(meeting.action_items[0].evidence) == 3  # the task, its owner field and its due field
    assert [d.evidence[0].quote for d in meeting.decisions] == [
        "Efter diskussion: Beslut: driftstarten ligger kvar den 2 september."]


def test_numbered_points_with_field_lines_set_out_to_the_right():
    pad = " " * 36
    text = ("Byggmöte nr 3, Skolan etapp 2\nDatum: 2025-09-10\nNärvarande: Lena Holm (LH), Bo Ek (BE), Kim Sund (KS)\n\n"
            "2.1 Fasadplåt levereras sent, montage flyttas en vecka.\n"
            f"{pad}Åtgärd: Ny tidplan för fasaden   Ansv: LH   Klart: 2025-09-17\n"
            "2.2 Bygglovet för skärmtaket: BE har talat med handläggaren, komplettering krävs.\n"
            "    BE skickar in ritningar på skärmtaket till kommunen.\n"
            f"{pad}Ansv: KS   Klart: v. 39\n"
            "2.3 Besiktning av anm. 2, 5 och 8 från förbesiktningen.\n"
            f"{pad}Åtgärd: Åtgärda anm. 2, 5, 8   Ansv: BE   Klart: innan slutbesiktning\n")
    found = [(a.owner, a.task, a.deadline, a.deadline_text) for a in actions(text)]
    assert found == [
        ("Lena Holm", "Ny tidplan för fasaden", dt.date(2025, 9, 17), "2025-09-17"),
        # the field line under the task names who answers for it and by when
        ("Kim Sund", "Skicka in ritningar på skärmtaket till kommunen", None, "v. 39"),
        ("Bo Ek", "Åtgärda anm. 2, 5, 8", None, "innan slutbesiktning"),
    ]


def test_a_to_do_list_of_first_names_and_tasks_after_a_dash():
    # attendees listed by first name only: "Sara – kolla ..." is a task, not a line of the roll
    text = ("Personalmöte 2026-02-04\nNärvarande: Lina, Jonas, Aida (skriver)\n\n"
            "1. Schema\nSchemat för påsk diskuterades.\n\n"
            "Att göra\n- Lina – ringa vikariepoolen om påskveckan\n- Jonas - beställa nya nycklar\n"
            "- Aida – sekreterare\n")
    assert [(a.owner, a.task) for a in actions(text)] == [
        ("Lina", "Ringa vikariepoolen om påskveckan"), ("Jonas", "Beställa nya nycklar")]


def test_the_writer_promising_after_a_clause_and_a_member_undertaking_a_task():
    text = ("From: Dale Moss <sec@example.org>\nSubject: Minutes 4 March 2025\n\nHi all,\n\n"
            "Venue for the dinner: the hall was too dear, so I'll book the pub and send the menu round.\n"
            "Committee approved the budget (Kim asked why, and I'll explain it next time).\n\nDale\n")
    found = [(a.owner, a.task) for a in actions(text)]
    assert found == [("Dale Moss", "Book the pub and send the menu round")]
    sv = ("Årsstämma 2025-04-06\n\nStämman diskuterade snöröjningen.\n"
          "Eva Lund åtog sig att ta in offerter från två entreprenörer.\n")
    assert [(a.owner, a.task) for a in actions(sv)] == [
        ("Eva Lund", "Ta in offerter från två entreprenörer")]


def test_unbulleted_follow_up_lines_and_the_paragraph_after_them():
    text = ("Allotment committee, 12 May 2025\nPresent: Joan Reed, Priya Shah, Tom Baker\n\n"
            "Next steps:\n"
            "Joan – send welcome packs to the four approved new plot holders by 30 May\n"
            "Priya – chase the water board about the leaking standpipe near plot 9\n"
            "Tom & Priya – price up a new shed roof for the tool store\n\n"
            "Also: the parish council approved our grant last month. Someone wondered about a plant sale.\n")
    found = [(a.owner, a.deadline) for a in actions(text)]
    assert found == [("Joan Reed", dt.date(2025, 5, 30)), ("Priya Shah", None), ("Tom Baker, Priya Shah", None)]
    document = read_text(text)
    (meeting,) = OfflineEngine().extract(document).meetings
    assert meeting.decisions == []  # "the four approved new plot holders" names people, it decides nothing


def test_telling_and_reminding_someone_after_the_meeting_is_a_task():
    text = ("EHT 2025-11-12\nNärvarande: Maja Holm, Leo Ek, Siv Berg\n\n"
            "Leo informerar vårdnadshavarna.\n"
            "Siv påminner arbetslaget via mejl.\n"
            "Maja rapporterar in avvikelsen i systemet.\n"
            "Maja informerar om läget i åk 8.\n"
            "Siv påminner om att alla ska ha fyllt i enkäten.\n"
            "Leo informerar om att nämnden den 3 november beslutade om nya taxor för 2026.\n"
            "Maja återkopplar till rektor.\n"
            "Leo Ek och Siv Berg, förvaltningen, återkopplar resultat från dialogerna.\n")
    assert [(a.owner, a.task) for a in actions(text)] == [
        ("Leo Ek", "Informera vårdnadshavarna"), ("Siv Berg", "Påminna arbetslaget via mejl"),
        ("Maja Holm", "Rapportera in avvikelsen i systemet"), ("Maja Holm", "Återkoppla till rektor")]


def test_owners_by_first_name_and_initial_and_named_in_e_mailed_minutes_without_a_list():
    text = ("Board meeting, March 3, 2026\nPresent: Angela Ruiz, Tom Kowalski, Beth Sorensen\n\n"
            "ACTION ITEMS\n- Tom K. - spring appeal calendar proposal - 3/10\n- Beth - grant draft to Finance - 3/20\n")
    assert [(a.owner, a.deadline) for a in actions(text)] == [
        ("Tom Kowalski", dt.date(2026, 3, 10)), ("Beth Sorensen", dt.date(2026, 3, 20))]
    mail = ("From: Kylie Brennan <sec@example.org>\nSubject: Committee wrap-up 2/2/2026\n\nHi all,\n\n"
            "- Still no U14 coach. Mick knows a former player - Mick to follow up and let me know by the 10th.\n")
    assert [(a.owner, a.task) for a in actions(mail)] == [("Mick", "Follow up and let me know")]


def test_a_speaker_who_can_do_it_by_a_day_takes_it_on():
    text = ("WEBVTT\n\nNOTE\nFood share call\nRecorded 18 November 2025\n\n"
            "00:01.000 --> 00:04.000\n<v Jo Mensah>Someone needs to update the referral form.\n\n"
            "00:04.000 --> 00:07.000\n<v Dave Pritchard>Yeah, I can update the referral form by Friday.\n\n"
            "00:07.000 --> 00:09.000\n<v Anita Kaur>I can help with that, but not until after the 30th.\n")
    document = read_text(text, format="vtt")
    (meeting,) = OfflineEngine().extract(document).meetings
    assert meeting.meeting_date == dt.date(2025, 11, 18)
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [("Dave Pritchard", dt.date(2025, 11, 21))]


def test_a_task_restated_in_the_action_list_is_one_task():
    text = ("Projektmöte 2025-10-08\nNärvarande: Britt Månsson, Leo Sandén, Ahmed Yusuf\n\n"
            "## Utbildning\nBritt och Leo tar fram ett utbildningsschema, se åtgärdslistan.\n"
            "Ahmed gör den tekniska genomgången, klar senast 17/10.\n"
            "Beslut: Ahmed inleder en upphandling av licenser, klar innan jul.\n\n"
            "## Åtgärdslista\n- [ ] Schema för webbinarier och drop-in – Britt – 24/10\n")
    found = [(a.owner, a.deadline_text) for a in actions(text)]
    # the pointer and the list line are one task (quoted at both); the determiner "den" is no "it"
    assert found == [("Britt Månsson", "24/10"), ("Ahmed Yusuf", "klar senast 17/10"),
                     ("Ahmed Yusuf", "klar innan jul")]
    en = ("Governors' resources committee 7 October 2025\nPresent: Jane Webb, Sam Cole (Clerk)\n\n"
          "The Clerk will upload the approved policies to the school website within two weeks.\n\n"
          "ACTIONS\nNo. | Action | Owner | By\n1 | Upload approved policies to website | Clerk | 28/10/25\n")
    assert [(a.owner, a.deadline) for a in actions(en)] == [("Clerk", dt.date(2025, 10, 28))]


def test_the_attendee_marked_as_taking_notes_owns_the_first_person_tasks():
    text = ("# Weekly sync 2025-06-03\n\nAttendees: Priya, Ben, Mei (notes)\n\n## Customer\n"
            "- I'll draft the renewal email to the two trials by end of month\n")
    found = [(a.owner, a.deadline) for a in actions(text)]
    assert found == [("Mei", dt.date(2025, 6, 30))]


def test_dash_bullets_without_a_space_and_roles_as_owners():
    text = ("Körmöte 2025-11-10\nDär: Gudrun (ordf), Nils, Ebba\n\n"
            "-Nils ordnar affischer, till 1/12\n-Ebba beställer noter\n\n"
            "Studierektor ska meddela kansliet senast den 20 november.\n")
    assert [(a.owner, a.deadline) for a in actions(text)] == [
        ("Nils", dt.date(2025, 12, 1)), ("Ebba", None), ("Studierektor", dt.date(2025, 11, 20))]
    en = ("# WG session 2025-07-22\n\n## Actions\n- Chairs – Doodle for an October interim\n"
          "- Secretariat – circulate the slides\n")
    assert [a.owner for a in actions(en)] == ["Chairs", "Secretariat"]


def test_two_people_two_tasks_joined_by_and_in_running_text():
    text = ("Team sync 2025-09-02\nAttendees: Marco, Lena, Sam, Gabriel, Nadia\n\n"
            "Marco will fix the e2e suite and Lena will update the on-call runbook.\n"
            "Sam reviewed the dashboard, while Gabriel will check the numbers.\n"
            "Nadia drafts the grant application and Gabriel checks the budget [Nadia, Gabriel]\n")
    found = actions(text)
    assert [(a.owner, a.task) for a in found[:3]] == [
        ("Marco", "Fix the e2e suite"), ("Lena", "Update the on-call runbook"), ("Gabriel", "Check the numbers")]
    # the owners in brackets make the last line one task of two people, not two tasks
    assert len(found) == 4 and found[3].evidence[0].quote.endswith("[Nadia, Gabriel]")


def test_narrative_notes_their_writer_and_a_second_task_after_a_comma_and():
    text = ("WP3 monthly call\nSummary, 12 June 2025\n\n"
            "On the call: Elena Rossi (project manager), Anna Kowalski, Marieke de Vries.\n\n"
            "Anna Kowalski will draft the outline by 30 June, and Marieke will check the journal's rules.\n"
            "On my end, I will update the Gantt chart before the next call.\n\n"
            "Elena Rossi\nProject Manager, HEALTHSPAN\n")
    assert [(a.owner, a.task) for a in actions(text)] == [
        ("Anna Kowalski", "Draft the outline"), ("Marieke de Vries", "Check the journal's rules"),
        ("Elena Rossi", "Update the Gantt chart")]
    sv = ("Minnesanteckningar 2025-10-07\n\nVi gick igenom lovet. Själv sammanställer jag en lista över "
          "aktiviteterna och skickar den till gruppen.\n\nPat\n")
    assert [a.owner for a in actions(sv)] == ["Pat"]


def test_a_task_line_that_says_it_is_already_booked():
    text = ("Ledningsgrupp 2026-02-02\nNärvarande: Tove Hjelm, Leila Nasser\n\nUppföljning\n"
            "- Kontakta BUP om samverkansmöte (Tove) – mötet är bokat\n\n"
            "Leila ser till att lokalerna är bokade inför studiedagen.\n")
    assert [a.owner for a in actions(text)] == ["Leila Nasser"]


def test_a_resolution_that_requests_or_directs_an_officer():
    text = ("Infrastructure Committee 14 April 2026\nPresent: Cr Ellis, Cr Park\n\nRESOLUTION\nThat the Committee:\n"
            "1. Notes the report.\n2. Requests the Manager Environment to execute a funding agreement within 28 days.\n"
            "3. Direct the CEO to prepare a community education campaign.\n")
    assert [(a.owner, a.deadline) for a in actions(text)] == [
        ("Manager Environment", dt.date(2026, 5, 12)), ("CEO", None)]


def test_an_organisations_own_plans_heard_at_an_information_point_are_no_tasks():
    text = ("Nätverksträff 2025-10-07\nNärvarande: Pontus Ek (Region), Lina Berg, Omar Ali\n\n"
            "2. Regionen informerar\nPontus presenterade regionens arbete med levnadsvanor. Regionen återkommer till "
            "nätverket med utbildningsmaterial i höst. Pontus skickar presentationen till alla.\n\n"
            "3. Förvaltningen informerar\nFörvaltningen återkommer med en tidplan till nästa träff.\n")
    assert [a.owner for a in actions(text)] == ["Pontus Ek", "Förvaltningen"]


def test_label_lines_without_end_marks_and_the_secretary_in_brackets():
    text = ("Ward team meeting 8 May 2025\nPresent: Ruth Fenwick, Liam Shaw\n\n"
            "Action: CD refresher session for all RNs – Ruth Fenwick – by 30/05\n"
            "Suggestion from Liam to move the late drug round. Liam to discuss with the pharmacist first.\n")
    assert [(a.owner, a.deadline) for a in actions(text)] == [
        ("Ruth Fenwick", dt.date(2025, 5, 30)), ("Liam Shaw", None)]
    sv = ("Styrelsemöte 2026-03-10\nNärvarande: Kjell Andersson, Anneli Öberg (sekreterare)\n\n"
          "Jag (sekreteraren) ordnar fika till årsmötet.\n"
          "- Uppdatera medlemslistan ✓ (redan gjort)\n")
    assert [(a.owner, a.task, a.deadline_text) for a in actions(sv)] == [
        ("Anneli Öberg", "Ordna fika", "till årsmötet")]


def test_tasks_marked_done_by_a_participle_and_a_genitive_is_no_agent():
    text = ("APT 2025-03-05\nNärvarande: Mona, Jessica, Sofia\n\n"
            "- Mona kollar med vaktmästaren om staketet → fixat 28/2\n"
            "- Jessica beställer regnkläder – beställt, levereras v. 12\n"
            "- Sofia delar Göteborgs utvärdering av Prao.se med nätverket när den är klar.\n")
    assert [a.owner for a in actions(text)] == ["Sofia"]


def test_partners_listed_by_organisation_and_their_short_forms_own_tasks():
    text = ("# Consortium call\n\n**Date:** 12 February 2025\n\n**Participants**\n"
            "- Nordhaven University (NHU): Marit Lindqvist (ML), Tomás Reyes (TR)\n"
            "- TU Karlsfeld (TUK): Jonas Brenner (JB)\n\n## 1. Sensors\n"
            "- TUK to present a cost comparison at the March call.\n"
            "- JB and TR to write a first outline by 28 Feb.\n"
            "- @ML proposes a joint paper → agreed.\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Marit Lindqvist", "Nordhaven University (NHU)"), ("Tomás Reyes", "Nordhaven University (NHU)"),
        ("Jonas Brenner", "TU Karlsfeld (TUK)")]
    assert [a.owner for a in meeting.action_items] == ["TUK", "Jonas Brenner, Tomás Reyes"]
    assert [d.evidence[0].quote for d in meeting.decisions] == ["@ML proposes a joint paper → agreed."]


def test_the_writer_among_those_present_by_a_name_in_brackets_or_by_the_signature():
    from minutes_ai._structure_people import parse_name_list

    def people(line):
        return [(a.name, a.role) for a in parse_name_list(line)]

    assert people("Elena, Ravi, me (Sophie, notes)")[-1] == ("Sophie", "notes")
    assert people("Petra (kursledare), Anders, jag (Hanna) antecknar")[-2:] == [("Anders", None), ("Hanna", "antecknar")]
    assert people("BE (ordf), KJ, TS, jag (AN)")[-1] == ("AN", None)  # initials that are also a word
    # capitals are initials, not the pronoun: "ME (Maria Ekdahl, GIS)" is ME
    assert people("ME (Maria Ekdahl, GIS), PJ")[0][0] == "ME"
    text = ("Hi all,\n\nNotes from last night's steering group (Thurs 6 November 2025).\n\n"
            "Present: me (chair), Gary Pollitt, Sunita Rao (treasurer). Apologies: Tom Reid.\n\n"
            "Gary will book the hall for the Christmas special by Friday.\n\nThanks,\nRuth Ackroyd\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [a.name for a in meeting.attendees] == ["Ruth Ackroyd", "Gary Pollitt", "Sunita Rao"]


def test_the_writer_sharing_a_task_with_one_other_and_the_minutes_me_to():
    sv = "Styrelsemöte 2025-03-04\nNärvarande: Lina Berg, Per Ek, Anna Sol (jag)\n\n"
    assert [a.owner for a in actions(sv + "Lina och jag ordnar fikat till årsmötet.\n")] == ["Anna Sol, Lina Berg"]
    assert [a.owner for a in actions(sv + "Jag och Per bokar lokalen.\n")] == ["Anna Sol, Per Ek"]
    assert actions(sv + "Per o jag var där i fredags.\n") == []  # what the two did is no task
    en = "Committee 2025-03-04\nPresent: Lina Berg, Per Ek, Anna Sol (me)\n\n"
    assert [a.owner for a in actions(en + "Lina and I will book the hall.\n")] == ["Anna Sol, Lina Berg"]
    (me_to,) = actions(en + "Me to send the invoice by Friday.\n")
    assert (me_to.owner, str(me_to.deadline)) == ("Anna Sol", "2025-03-07")
    assert actions(en + "Per and I met the council last week.\n") == []
    # notes typed in lower case: the writer is the initials marked "(me)"
    low = "garden cttee catch-up 17/6/25\nthere: nk, jb, sm, ht (me)\n\n"
    assert [(a.owner, str(a.deadline)) for a in actions(low + "- me to post on fb + neighbourly by fri\n")] == [
        ("ht", "2025-06-20")]
    assert [a.owner for a in actions(low + "- jb + me do the grant app\n")] == ["ht, jb"]
    low_sv = "styrelsemöte 12/2 2026\nnärv: ph, ls, jag (tn)\n\n"
    assert [a.owner for a in actions(low_sv + "- jag fixar annons i kuriren\n")] == ["tn"]
    # nobody known as the writer: a first-person pair names only the other one, or nobody
    assert all(a.owner != "Anna Sol" for a in actions("Styrelsemöte 2025-03-04\nNärvarande: Lina Berg, Per Ek\n\n"
                                                      "Lina och jag ordnar fikat.\n"))


def test_casual_notes_the_writer_named_among_those_present_and_promises_reported():
    text = ("Food share crew meeting\nWeds 9 July 2025, Sal's kitchen\n\n"
            "Who came: me (Becca), Sal, Mike, Tom\n\n"
            "Mike said he'd sort the van.\n"
            "Sal's happy to cover Tuesdays until September.\n"
            "Tom said he'd do it if someone else does the rota.\n"
            "I'll update the rota spreadsheet by the end of the month.\n"
            "We did agree to stop taking opened food donations.\n")
    document = read_text(text)
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.name for a in meeting.attendees] == ["Becca", "Sal", "Mike", "Tom"]
    assert [(a.owner, a.task) for a in meeting.action_items] == [
        ("Mike", "Sort the van"), ("Sal", "Cover Tuesdays"),
        ("Becca", "Update the rota spreadsheet")]
    assert [d.evidence[0].quote for d in meeting.decisions] == [
        "We did agree to stop taking opened food donations."]


def test_a_titled_owner_after_the_and_a_deadline_field_for_the_task_before():
    text = ("Board meeting, 14 May 2025\nPresent: Graham Fenwick (Chair), Jo Pemberton (Company Secretary)\n\n"
            "The Company Secretary to file the confirmation statement before the AGM.\n\n"
            "Nätverksträff 2025-04-02\n")
    document = read_text(text)
    meeting = OfflineEngine().extract(document).meetings[0]
    assert [a.owner for a in meeting.action_items] == ["The Company Secretary"]  # a role, as written
    text = ("Nätverksträff 2025-04-02\nNärvarande: Petra Ek, Camilla Bo\n\n"
            "Petra och Camilla får i uppgift att ta fram ett första utkast. Deadline för utkastet: klart innan, 27 maj.\n"
            "Camilla mejlar kommunerna. Deadline för resubmission: 30/11.\n")
    found = [(a.owner, a.deadline, a.deadline_text) for a in actions(text)]
    assert found[0] == ("Petra Ek, Camilla Bo", dt.date(2025, 5, 27), "klart innan, 27 maj")
    assert found[1][:2] == ("Camilla Bo", None)  # the deadline names something else


def test_the_meeting_calendar_and_deferrals_are_no_tasks():
    text = ("APT 2025-03-05\nNärvarande: Mona Ek, Jessica Holm\n\n## Att göra\n"
            "- Jessica beställer regnkläder senast 14/3\n"
            "- Frågan om ny tvättmaskin: ta det då, när budgeten är klar.\n"
            "- Nästa APT: 2/4 kl 15\n"
            "- Vi ses som vanligt, kl 9\n")
    assert [(a.owner, a.deadline_text) for a in actions(text)] == [("Jessica Holm", "senast 14/3")]


def test_needs_and_resolutions_are_no_tasks():
    text = ("Committee meeting, 3 March 2025\nPresent: Dana Whitaker, Fiona Reid\n\n"
            "- Dana: need agenda input for the AGM.\n"
            "- RESOLVED to object on grounds of highway safety.\n"
            "- Fiona will order the hats (done this morning, so strike it).\n"
            "- Fiona to send the grant report by Friday.\n")
    assert [a.owner for a in actions(text)] == ["Fiona Reid"]


def test_owners_joined_by_o_and_partners_named_together_with():
    text = ("Möte 2025-06-03\nNärvarande: Hanna Ek, Tove Berg, Kerstin Ås, Rasmus Li\n\n"
            "- Hanna o Tove tar väntelistan, klart senast fre\n"
            "- Kerstin skriver ansökan tillsammans med Rasmus.\n"
            "- Rasmus mejlar kommunen om lokalen.\n")
    assert [a.owner for a in actions(text)] == ["Hanna Ek, Tove Berg", "Kerstin Ås, Rasmus Li", "Rasmus Li"]


def test_an_owner_column_headed_resp_and_attendees_under_who():
    text = ("# Programme call\n\n**Who:** Imani Clarke, Róisín Daly\n\n"
            "What | Resp. | Deadline\n--- | --- | ---\nUpdated SOP circulated | Imani | 16/03\n\n"
            "- Draft appeal letter to be ready for sign-off by 20 June [Róisín]\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.name for a in meeting.attendees] == ["Imani Clarke", "Róisín Daly"]
    assert [a.owner for a in meeting.action_items] == ["Imani Clarke", "Róisín Daly"]


def test_open_checkboxes_are_tasks_and_the_dotted_header_names_who_was_there():
    text = ("# founders sync – wk 23\n\n**Mon 2 Jun 2025** · AK, JB, Sam · 45 min\n\n## todo recap\n"
            "- [ ] AK – Orbis questionnaire – Wed\n- [ ] JB – cowork shortlist – next sync\n"
            "- [x] Sam – investor update\n- [ ] Packlista – vem? (ingen tog den)\n\nnext sync Mon 9 Jun\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.name for a in meeting.attendees] == ["AK", "JB", "Sam"]
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [
        ("AK", dt.date(2025, 6, 4)), ("JB", dt.date(2025, 6, 9))]


def test_label_owners_everyone_and_the_writer():
    text = ("Från: Karin Sjöholm <karin@example.org>\nÄmne: styrelsemöte\n\n"
            "Styrelsemöte 2025-02-10\nNärvarande: Karin Sjöholm, Göran Ek, Eva Lind\n\n"
            "- Göran och Eva: justera protokollet innan nästa möte\n"
            "- alla: läs verksamhetsberättelsen senast söndag\n"
            "- jag: kallelse till årsmötet\n\nNästa möte: 2025-03-04\n")
    assert [a.owner for a in actions(text)] == ["Göran Ek, Eva Lind", "alla", "Karin Sjöholm"]


def test_an_owner_set_equal_to_a_task_in_a_terse_list():
    text = ("Release sync 2025-01-22\nPresent: Marco Rossi, Ben Hart\n\n"
            "- Marco = redirect map (Fri)\n- Ben = post migration (31 Jan)\n- staging = done\n")
    assert [(a.owner, a.deadline) for a in actions(text)] == [
        ("Marco Rossi", dt.date(2025, 1, 24)), ("Ben Hart", dt.date(2025, 1, 31))]


def test_shopping_passing_on_and_a_name_label_in_running_notes():
    text = ("Festkommittén 2025-10-20\nNärvarande: Jenny Ek, Oskar Li, Karin Lund, Jonas Berg\n\n"
            "Jenny och Oskar handlar till helgen.\n"
            "Karin framför önskemålet till projektledaren.\n"
            "Jonas: boka lokalen före den 1 november.\n"
            "Oskar handlar om att alla ska känna sig välkomna, sa han.\n")
    found = [(a.owner, a.deadline_text) for a in actions(text)]
    assert found == [("Jenny Ek, Oskar Li", "till helgen"), ("Karin Lund", None),
                     ("Jonas Berg", "före den 1 november")]


def test_a_topic_label_before_the_sentence_that_gives_the_task():
    text = ("Styrelsemöte 2025-04-01\nNärvarande: Eva Lund, Bo Ek\n\n"
            "Blommor: alla tar med från sina trädgårdar.\n"
            "Lokal: Eva bokar Folkets hus senast fredag.\n"
            "Roll call: Eva – Yes; Bo – No.\n"
            "Budget: rapporten läggs till handlingarna.\n")
    assert [a.owner for a in actions(text)] == ["alla", "Eva Lund"]


def test_tasks_taken_on_in_passing_and_a_resolution_names_nobody():
    text = ("Friends of Wattle Gully, 4 March 2025\nPresent: Nick Ray, Sally Moss, Arlo King, Bev Hall\n\n"
            "Nick and Sally are doing the BBQ.\n"
            "Need someone to do a Facebook event - Arlo said he'd have a go at it.\n"
            "Bev is doing well after the op.\n"
            "It was proposed by Nick, seconded by Bev and RESOLVED to contribute £350 towards the trough.\n")
    document = read_text(text)
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.owner for a in meeting.action_items] == ["Nick Ray, Sally Moss", "Arlo King"]
    assert len(meeting.decisions) == 1 and "RESOLVED to contribute" in meeting.decisions[0].evidence[0].quote


def test_ansvarar_without_an_object_names_who_is_responsible():
    text = ("APT 2025-03-05\nNärvarande: Jonas Hall, Hanna Ek\n\n"
            "- Brandövning: JH ansvarar, genomförs innan påsklovet.\n"
            "- Hanna ansvarar och håller i samtal med vårdnadshavarna.\n")
    assert [a.owner for a in actions(text)] == ["Jonas Hall", "Hanna Ek"]


def test_a_request_naming_the_person_last_in_a_call():
    text = ("Vendor call, 14 May 2024\nPresent: Raj Iyer, Mia Chen\n\n"
            "[00:06:40] Mia: Can you send the mapping doc to legal, Raj?\n"
            "[00:06:43] Raj: Yep.\n"
            "[00:07:10] Mia: Can you hear me, Raj?\n"
            "[00:07:30] Mia: Any objections to B? ...\n")
    assert [(a.owner, a.task) for a in actions(text)] == [("Raj Iyer", "Send the mapping doc to legal")]


def test_owners_without_interjections_titles_and_a_passive_task_signed_with_a_dash():
    text = ("Kårstyrelsen 2025-02-03\nNärvarande: Kristina Ek, Maya Brooks, Per-Olof Hammar, Jo Lind\n\n"
            "- Annons läggs ut på kårens hemsida och i föräldragruppen – Kristina.\n"
            "- Okay, Maya will do the staging by end of sprint.\n"
            "- Ekonomiansvarig Per-Olof Hammar färdigställer handlingarna till kyrkofullmäktige.\n"
            "- Jo to draft the rotation schedule.\n")
    assert [a.owner for a in actions(text)] == ["Kristina Ek", "Maya Brooks", "Per-Olof Hammar", "Jo Lind"]


def test_three_tasks_in_one_sentence_of_prose_one_per_owner_and_the_writer_last():
    text = ("Båtklubbens styrelse, 3 mars 2025\n\nSkrivet av Lisa.\n\n"
            "Vi var fem: Anders, Maja, Omar, Pia och jag.\n\n"
            "Vi gick igenom sjösättningen. Anders bokar kranen innan sjösättningen och Maja\n"
            "kollar att försäkringen är förnyad, och själv tar jag kontakt med hamnkontoret om platserna.\n")
    found = [(a.owner, a.evidence[0].quote) for a in actions(text)]
    assert [owner for owner, _ in found] == ["Anders", "Maja", "Lisa"]
    assert found[0][1] == "Anders bokar kranen innan sjösättningen"
    assert found[1][1].startswith("Maja\nkollar att försäkringen")
    assert found[2][1].startswith("själv tar jag kontakt med hamnkontoret")
    en = ("Rowing club committee, 3 March 2025\n\nNotes by Gwen.\n\n"
          "There were four of us: Megan, Hamza, Tom and me.\n\n"
          "Megan will order the new oars and Hamza will sort the insurance, and I said I'd update the asset list.\n"
          "Tom thinks the boathouse roof is fine, and I agree.\n")
    owners = [a.owner for a in actions(en)]
    assert owners == ["Megan", "Hamza", "Gwen"]  # agreeing with an opinion is nobody's task


def test_my_notes_name_the_writer_and_around_the_table_lists_who_was_there():
    text = ("Editorial meeting – Thursday 18 September 2025\n(my notes – Esther)\n\n"
            "Around the table: Priya, Tom, Wren, and me.\n\n"
            "We went with the blue cover. Priya will send the final files to the printer.\n"
            "I'll book the hotel for the fair tomorrow.\n")
    found = {a.owner: a for a in actions(text)}
    assert set(found) == {"Priya", "Esther"}
    assert found["Esther"].deadline == dt.date(2025, 9, 19)
    (meeting,) = parse_meetings(read_text(text))
    assert [a.name for a in meeting.attendees][:3] == ["Priya", "Tom", "Wren"]


def test_running_out_and_lasting_are_no_tasks():
    text = ("Stallkommittén 2025-02-03\nNärvarande: Henrik, Malin, Ann-Sofie\n\n"
            "Spånet tar slut fortare än vanligt.\nHösilaget räcker till mars enligt Henrik.\n"
            "Malin beställer mer spån till fredag.\n")
    assert [(a.owner, a.task) for a in actions(text)] == [("Malin", "Beställa mer spån")]


def test_named_tasks_before_the_writers_own_clause_and_in_prose_without_a_list_of_those_present():
    text = ("From: Amra Hodžić <amra@example.org>\nSubject: Anteckningar från kollegiet\n\n"
            "Hej alla! Här kommer anteckningarna från kollegiemötet onsdagen den 3 december 2025.\n\n"
            "Studieresan till Berlin diskuterades. Ingrid bokar resan och Hamid tar fram en budget, "
            "och jag skickar information till deltagarna när budgeten är klar.\n")
    found = [(a.owner, a.evidence[0].quote) for a in actions(text)]
    assert [owner for owner, _ in found] == ["Ingrid", "Hamid", "Amra Hodžić"]
    assert found[0][1] == "Ingrid bokar resan"


def test_name_dash_items_after_a_to_do_label_in_one_paragraph():
    text = ("Fridge coordinators, 16 April 2026\nPresent: Kofi Mensah, Trish Lang, Sam Ortiz\n\n"
            "To do: Kofi – quotes for the new fridge (end of April). Trish – new sign-up sheet (Mon).\n"
            "Sam – order thermometers (tonight). Thanks all for coming.\n")
    found = {a.owner: a for a in actions(text)}
    assert set(found) == {"Kofi Mensah", "Trish Lang", "Sam Ortiz"}
    assert found["Sam Ortiz"].deadline == dt.date(2026, 4, 16)


def test_an_action_list_of_irc_nicks_each_before_the_verb():
    text = ("#tf: Task force weekly call\nMeeting started by kmaher at 15:00:12 UTC.\n\n"
            "[15:00:20] <kmaher> roll call\n[15:00:31] <rgupta> hi\n[15:00:33] <lvance> o/\n\n"
            "[15:05:00] <kmaher> lvance can you review the PR tomorrow?\n[15:05:10] <lvance> sure\n\n"
            "Action items:\n* lvance review PR for #204 tomorrow\n"
            "* rgupta update the liaison note\n")
    owners = {a.owner for a in actions(text)}
    assert {"lvance", "rgupta"} <= owners


def test_a_wish_in_one_clause_does_not_hedge_a_named_task_in_the_next():
    text = ("Samverkansgrupp 2025-10-02\nNärvarande: Helena, Yasmin, Tove\n\n"
            "Det vore bra med aktuella siffror från alla kommuner – Helena skickar en mall till kommunerna.\n"
            "Tove kanske tittar på det senare.\n"
            "Nästa möte 25/11 kl 13-15, Borgå (Yasmin bokar lokal).\n")
    found = {a.owner: a.task for a in actions(text)}
    assert set(found) == {"Helena", "Yasmin"}  # Tove's "kanske" hedges her own clause
    assert found["Yasmin"] == "Boka lokal"


def test_a_passive_or_a_fronted_object_gives_its_first_noun_no_task():
    text = ("Arbetsutskott 2025-04-02\nNärvarande: Amira Hassan, Kim Ek\n\n"
            "Amira Hassan yrkar att Ridklubben ska beviljas fullt stöd.\n"
            "Skärgårdsbåten tar vi inte i år, för svårt med rullstolarna.\n"
            "Avtalet förnyas i april.\n"
            "Kim Ek och Amira Hassan träffas och går igenom ansökningarna.\n")
    assert [a.owner for a in actions(text)] == ["Kim Ek, Amira Hassan"]  # they meet, then do the task


def test_a_persons_own_words_after_their_name_and_a_colon_are_their_task():
    text = ("Måndagsmöte 2 mars 2026\nNärvarande: Erik, Jens, Sandra, Pelle\n\n"
            "- bandsågen i verkstad 2 låter konstigt. pelle: jag kollar den i eftermiddag\n"
            "- nya lacken? erik: \"jag räknar på det till nästa vecka\" sa han\n"
            "- kaffe saknas. Sandra (kom sent): jag fixar kaffet\n"
            "- Jens: vi borde byta leverantör någon gång\n"
            "- Projektor: jag har beställt en ny\n")
    items = actions(text)
    found = {(a.owner, a.task) for a in items}
    # "jag kollar den" points back at the sentence before it: that is what Pelle checks
    assert any(a.owner == "Pelle" and a.evidence[0].quote.startswith("bandsågen")
               and a.evidence[0].quote.endswith("jag kollar den i eftermiddag") for a in items)
    assert ("Erik", "Räkna på det") in found
    assert ("Sandra", "Fixa kaffet") in found
    # a wish in someone's words is no task, and a topic label is nobody's name
    assert not any(owner == "Jens" for owner, _ in found)
    assert all(owner in ("Pelle", "Erik", "Sandra") for owner, _ in found)


def test_an_offer_on_a_condition_nobody_met_is_no_task_an_accepted_one_is():
    text = ("Committee meeting 3 March 2026\nPresent: Ruth Hale, Tom Reed, Cat Nash, Fiona Ames, Callum Park\n\n"
            "- Cat Nash offered to arrange a briefing on the Local Plan for councillors if wanted.\n"
            "- Tom offered to get rates from two more banks if the committee wants them.\n"
            "- Fiona offered to help on alternate Saturdays if needed, which Callum gratefully accepted.\n"
            "- Ruth offered to run the Wednesday sessions.\n")
    owners = sorted(a.owner for a in actions(text))
    assert owners == ["Fiona Ames", "Ruth Hale"]
    swedish = ("Styrelsemöte 3 mars 2026\nNärvarande: Magnus Ek, Linda Berg, Kent Ås\n\n"
               "- Magnus erbjöd sig att komma på ett föräldramöte och berätta om bygget om skolan vill.\n"
               "- Kent erbjöd sig att hålla en introduktion för nya medlemmar om intresse finns.\n"
               "- Linda erbjöd sig att hålla en genomgång om TAKK på nästa APT.\n")
    assert [a.owner for a in actions(swedish)] == ["Linda Berg"]  # "om TAKK" is what it is about


def test_a_request_put_to_the_meeting_is_no_task_but_one_put_to_members_is():
    text = ("Board meeting 3 March 2026\nPresent: Ann Lutz, Tom Reed, Rita Moss\n\n"
            "- The Chief asked the Board to consider replacing the turnout gear.\n"
            "- Rita Moss asked that the committee look at alternative funding.\n"
            "- Ann Lutz asked the Board to note the new rota; she will send it to the county.\n")
    found = [(a.owner, a.task) for a in actions(text)]
    assert found == []
    # the same request with the meeting's yes and a named owner is a task
    agreed = ("Board meeting 3 March 2026\nPresent: Ann Lutz, Tom Reed, Rita Moss\n\n"
              "- The Board agreed to replace the turnout gear; Tom Reed will get three quotes.\n")
    assert [a.owner for a in actions(agreed)] == ["Tom Reed"]



def test_to_before_a_date_opens_no_task():
    text = ("Board meeting 3 March 2026\nPresent: Claire Dubois, Tom Whitlock\n\n"
            "- Management accounts to 31 May were received.\n"
            "- Claire Dubois to circulate the final FY26 budget within 10 business days.\n")
    found = [(a.owner, a.task) for a in actions(text)]
    assert found == [("Claire Dubois", "Circulate the final FY26 budget")]


def test_minute_numbers_without_a_closing_dot_are_numbering_not_part_of_the_owner():
    text = ("Finance Committee\nDate: 3 June 2025\nPresent: Claire Dubois (Chair), Tom Hale, Ann Roe (Secretary)\n\n"
            "4. Budget\n4.1 The committee reviewed the draft budget line by line.\n"
            "4.2 Tom Hale to circulate the final figures by 10 June.\n4.3 Ann Roe will book the hall.\n"
            "5. Matters arising\n5.1 Claire was to check the insurance renewal with the broker. Done.\n"
            "5.2 Secretary terms: two years from the AGM, so Ann Roe's first term ends in May.\n")
    assert [(a.owner, a.task, a.deadline) for a in actions(text)] == [
        ("Tom Hale", "Circulate the final figures", dt.date(2025, 6, 10)),
        ("Ann Roe", "Book the hall", None),
        # "was to" reports an earlier action; "terms:" labels a line, it is no verb
    ]
    # the numbering is not part of the quote
    assert [a.evidence[0].quote for a in actions(text)][0] == "Tom Hale to circulate the final figures by 10 June."


def test_a_task_marked_done_in_brackets_or_struck_is_no_action_but_a_dated_klart_is_a_deadline():
    text = ("Styrelsemöte 2025-03-10\nNärvarande: Nils-Erik Berg, Anna Holm, Rickard Ek\n\n"
            "- Anna felanmäler hissen till Kone (gjort i morse faktiskt, så stryk den)\n"
            "- Rickard bokar lokalen (klart)\n"
            "- ~~Anna beställer flaggor~~\n"
            "- Nils-Erik uppdaterar prislistan på hemsidan (klart 2025-03-31).\n"
            "- skadegörelse igen, polisanmält (klart). kontakt med fastighet om kameror -> Rickard\n")
    found = [(a.owner, a.deadline) for a in actions(text)]
    assert ("Nils-Erik Berg", dt.date(2025, 3, 31)) in found
    assert ("Rickard Ek", None) in found  # the bracket closes the sentence before, not the task
    assert all(o not in ("Anna Holm",) for o, _ in found)
    assert len(found) == 2


def test_an_action_line_that_names_only_who_and_when_under_its_paragraph():
    text = ("Bowls Club Committee Meeting 10 August 2024\nPresent: Rob Nguyen (Treasurer), Deb Lowe (Secretary), "
            "Helen Costa\n\n5.3 Shade-sail grant acquittal to be lodged with Council.\n     Action: RN     Due: 30/9\n"
            "8.2 Secretary to send the AGM notice and nomination forms.\n     Action: DL     Due: 1/9\n"
            "9.1 Action: Helen to book the caterer for the opener.\n")
    found = [(a.owner, a.task, a.deadline) for a in actions(text)]
    assert found == [
        ("Rob Nguyen", "Shade-sail grant acquittal to be lodged with Council", dt.date(2024, 9, 30)),
        ("Deb Lowe", "Send the AGM notice and nomination forms", dt.date(2024, 9, 1)),
        ("Helen Costa", "Book the caterer for the opener", None),
    ]


def test_an_action_register_with_grid_rules_and_closed_rows():
    text = ("Styrelsemöte 2026-02-10\nNärvarande: Jonas Ek, Rebecka Lind, Sara Alm (sekr)\n\n"
            "ÅTGÄRDSLISTA\nNr | Åtgärd                        | Ansv.   | Klart till | Status\n"
            "---+-------------------------------+---------+------------+-------\n"
            "33 | Påminna kommunen om trädet     | Jonas   | 17/3       | Ny\n"
            "36 | Ny låneoffert från annan bank  | Rebecka | 24/2       | Ny\n\n"
            "ACTION LOG\nRef   Action                                 Owner  Due       Status\n"
            "----- -------------------------------------- ------ --------- ------\n"
            "24/31 Update scheme of financial delegation  CFO    05/03/25  Closed\n")
    found = [(a.owner, a.task) for a in actions(text)]
    assert ("Jonas Ek", "Påminna kommunen om trädet") in found
    assert ("Rebecka Lind", "Ny låneoffert från annan bank") in found
    assert not any("-" * 5 in task or "financial delegation" in task for _, task in found)


def test_a_transcript_turn_written_in_bold_is_its_speakers():
    text = ("# WP2 call 12 March 2026\nPresent: Kaisa Mäkelä, Ole Berg\n\n"
            "**[10:23] Ole:** Our director offers to host the final conference in Ås.\n\n"
            "**[10:24] Kaisa:** That is a nice offer, thank you. I will tell Anna.\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [(a.owner, a.task) for a in meeting.action_items] == [("Kaisa Mäkelä", "Tell Anna")]


def test_a_noun_ending_in_s_is_no_verb_and_an_issue_number_names_the_same_task():
    from minutes_ai.engines.offline._rules_verbs import _EN_PRESENT

    assert _EN_PRESENT.match("sends") and _EN_PRESENT.match("pushes")
    assert not any(_EN_PRESENT.match(w) for w in ("consensus", "status", "access", "thesis", "this", "sepsis"))
    text = ("WG call 9 October 2024\nattendees: Aiko Tanaka, Maren Holt\n\n## 2. Fare zones\n"
            "**ACTION:** Aiko to update PR #219 to reflect the resolution before the next call.\n\n"
            "## Action summary\n- [ ] Aiko – update PR #219 (fare zones) – before next call\n\n"
            "Next call: Wednesday 23 October 2024, 15:00 UTC.\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    (action,) = meeting.action_items
    assert len(action.evidence) == 2 and action.deadline == dt.date(2024, 10, 23)


def test_an_offer_the_meeting_turned_down_is_nobodys_task():
    def actions(text: str) -> list:
        document = read_text(text)
        return [a for m in OfflineEngine().extract(document).meetings for a in m.action_items]

    en = "Board meeting 4 March 2025\nPresent: Ray Boyd, Kim Lee\n\n"
    assert actions(en + "- Ray had offered to lend his power washer; the board thanked him but the super's machine will do.\n") == []
    sv = "Nätverksträff 2025-03-04\nNärvarande: Helena Ryd, Mira Salo\n\n"
    assert actions(sv + "Helena erbjöd sig att ordna en föreläsning om NPF, vi tackade nej tills vidare.\n") == []
    # taken up, it is hers
    (taken,) = actions(sv + "Helena erbjöd sig att ordna en föreläsning om NPF, vi tackade ja.\n")
    assert taken.owner == "Helena Ryd"


def test_who_will_ask_another_to_act_and_they_after_two_named_people():
    head = "Board meeting 2025-11-12\nPresent: Marcus Bell, Freya Lin, Ayo Bankole, Dana Cho\n\n"

    def owners(line: str) -> list:
        document = read_text(head + line + "\n")
        return [a.owner for m in OfflineEngine().extract(document).meetings for a in m.action_items]

    assert owners("Marcus will ask Willamette Valley Credit Union to sponsor the prize table.") == ["Marcus Bell"]
    assert owners("Freya and Ayo are meeting the Head on 5 Feb. They will bring the canteen issues.") == [
        "Freya Lin, Ayo Bankole"]


def test_a_word_of_assent_is_no_one_addressed_and_a_name_closing_an_instruction_is():
    head = "Billing sync 2025-08-01\nPresent: Dana Whitfield, Marcus Bell, Keisha Long\n\n"
    document = read_text(head + "00:05:21 Marcus Bell: I can swap my week with hers.\n00:05:25 Keisha Long: That works.\n"
                         "00:05:28 Dana Whitfield: Great, do the swap in PagerDuty, Marcus.\n")
    (action,) = [a for m in OfflineEngine().extract(document).meetings for a in m.action_items]
    assert action.owner == "Marcus Bell"
    from minutes_ai.engines.offline.owners import NameIndex

    names = NameIndex(["Ingrid Sahlin", "Rebecka Lund"], proper={"Bra", "Toppen", "Great", "Thanks", "Rebecka"})
    assert not any(names.is_person_like(w) for w in ("Bra", "Toppen", "Great", "Thanks"))
    assert names.is_person_like("Rebecka")


def test_an_attendee_listed_by_initial_is_the_chair_named_in_full_with_a_title():
    text = ("# Sepsis QI project group\n\n**Date:** Wednesday 6 May 2026\n"
            "**Chair:** Dr Hannah Oduya (clinical lead)\n"
            "**Attendees:** Dr H. Oduya, Claire Mbeki, Priti Shah\n\n"
            "Hannah will write a short clinical case to go with the change request.\n\n"
            "## Action log\n\n| # | Action | Owner | Due |\n|---|---|---|---|\n"
            "| 10 | Short clinical case for the change request | HO | 20/05 |\n")
    document = read_text(text, format="md")
    (meeting,) = OfflineEngine().extract(document).meetings
    (action,) = meeting.action_items  # the text and the log name one task of one person
    assert action.owner == "Dr Hannah Oduya" and len(action.evidence) == 2


def test_a_first_name_two_attendees_share_stays_as_written_when_one_has_a_title():
    from minutes_ai.engines.offline.owners import NameIndex
    from minutes_ai.schemas import Attendee, Meeting

    meeting = Meeting(title="Project group", attendees=[Attendee(name="Dr Hannah Oduya"), Attendee(name="Hannah Berg")])
    names = NameIndex.build(meeting, "")
    assert names.resolve("Hannah") == "Hannah"  # two Hannahs: neither is guessed
    assert names.resolve("HO") == "Dr Hannah Oduya" and names.resolve("HB") == "Hannah Berg"


def test_a_speaker_and_one_other_as_the_subject_is_the_speakers_task_shared_with_a_known_name():
    head = "Styrelsemöte 2026-02-17\nNärvarande: Magnus Ek, Anton Lindgren, Lina Åberg\n\n"
    (own,) = actions(head + "Magnus Ek: Taket läcker.\n\nAnton Lindgren: Jag och min svåger fixar det i helgen.\n")
    assert own.owner == "Anton Lindgren" and own.deadline_text == "i helgen"
    (shared,) = actions(head + "Anton Lindgren: Lina och jag ordnar fikat till årsmötet.\n")
    assert shared.owner == "Anton Lindgren, Lina Åberg"
    en = "Committee meeting 2025-11-12\nPresent: Helen Ward, Marcus Lee\n\n"
    assert [a.owner for a in actions(en + "Helen Ward: Me and my brother will fix the roof on Saturday.\n")] == ["Helen Ward"]
    assert [a.owner for a in actions(en + "Helen Ward: Marcus and I'll draft the letter by Friday.\n")] == [
        "Helen Ward, Marcus Lee"]
    # what the two did or think is no task
    assert actions(en + "Helen Ward: Me and Marcus went there last week.\n") == []
    assert actions(head + "Anton Lindgren: Jag och min man tycker att det är för dyrt.\n") == []


def _talk(head: str, *turns: str) -> str:
    return head + "".join(f"{turn}\n\n" for turn in turns)


def test_an_ask_the_rules_read_as_no_task_becomes_one_when_the_one_asked_says_yes():
    sv = "Styrelsemöte 2025-10-07\nNärvarande: Gunnel Ek, Ali Said, Lina Åberg, Per Sjö\n\n"
    warm = ("Gunnel Ek: Välkomna.", "Ali Said: Tack.", "Gunnel Ek: Först remissen.", "Ali Said: Den är lång.",
            "Per Sjö: Ja.", "Lina Åberg: Hm.")
    asked = "Gunnel Ek: Ali, du som läst det, kan du skriva ett utkast till 20 oktober så vi hinner tycka till?"
    (action,) = actions(_talk(sv, *warm, asked, "Ali Said: Ja."))
    assert action.owner == "Ali Said" and str(action.deadline) == "2025-10-20"
    assert action.evidence[0].quote.startswith("Ali, du som läst det") and action.evidence[0].quote.endswith("Ja.")
    (imperative,) = actions(_talk(sv, *warm, "Gunnel Ek: Lina, lägg in det i kalendern och på hemsidan?",
                                  "Lina Åberg: Gör det i morgon."))
    assert imperative.owner == "Lina Åberg" and imperative.deadline_text == "i morgon"
    # no yes, a no, or the answer of someone else: no task
    assert actions(_talk(sv, *warm, asked, "Per Sjö: Jag har inte läst det.")) == []
    assert actions(_talk(sv, *warm, asked, "Ali Said: Nej, jag hinner inte.")) == []
    # a question about how things are is no ask
    assert actions(_talk(sv, *warm, "Gunnel Ek: Ali, du hade två förslag?", "Ali Said: Ja.")) == []
    en = "Board meeting 2025-10-07\nPresent: Helen Ward, Denise Park, Raj Patel, Tom Baxter\n\n"
    warm_en = ("Helen Ward: Welcome.", "Denise Park: Thanks.", "Helen Ward: First the budget.",
               "Denise Park: It is tight.", "Raj Patel: Yes.", "Tom Baxter: Hm.")
    # an ask of whoever will is the task of the one who takes it up
    (taken,) = actions(_talk(en, *warm_en, "Helen Ward: Who writes the release notes?", "Tom Baxter: Me, as usual."))
    assert (taken.owner, taken.task) == ("Tom Baxter", "Write the release notes")
    assert actions(_talk(en, *warm_en, "Helen Ward: Who writes the release notes?", "Tom Baxter: Good question.")) == []
    assert actions(_talk(en, *warm_en, "Helen Ward: Tom, is that one for you?", "Tom Baxter: Yes.")) == []
    (bare,) = actions(_talk(sv, *warm, "Gunnel Ek: Kan någon boka lokalen?", "Ali Said: Jag."))
    assert bare.owner == "Ali Said"
    # one who cannot leaves the ask open for the next; "Me?" to a named ask is no yes
    (next_one,) = actions(_talk(sv, *warm, "Gunnel Ek: Kan någon boka lokalen?", "Ali Said: Jag kan inte.",
                                "Per Sjö: Jag tar det."))
    assert next_one.owner == "Per Sjö"
    assert actions(_talk(en, *warm_en, "Helen Ward: Tom, chase the caterers by Friday?",
                         "Tom Baxter: Me? I thought Raj had that.")) == []


def test_an_ask_addressed_by_chat_handle_is_the_task_of_the_attendee_the_handle_names():
    head = "Weekly check-in 2026-03-03\nPresent: Dana Whitfield, Tomasz Nowak, Keisha Brown\n\n"
    warm = ("Dana Whitfield: Welcome.", "Keisha Brown: Hi.", "Tomasz Nowak: Hello.", "Dana Whitfield: First the grid.",
            "Keisha Brown: Fine.", "Tomasz Nowak: Yes.")
    asked = "Dana Whitfield: Pledge drive agreed. @tomasz.n can you draft the promo script by Friday?"
    (action,) = actions(_talk(head, *warm, asked, "Tomasz Nowak: on it"))
    assert action.owner == "Tomasz Nowak" and str(action.deadline) == "2026-03-06"
    # the handle's sentence alone is the ask: the dot inside the handle ends no sentence
    assert action.evidence[0].quote.startswith("@tomasz.n can you") and action.evidence[0].quote.endswith("on it")
    assert actions(_talk(head, *warm, asked, "Tomasz Nowak: no, sorry, swamped this week")) == []
    # a handle whose letters after the dot are not the surname's start names nobody
    assert actions(_talk(head, *warm, asked.replace("@tomasz.n", "@tomasz.k"), "Tomasz Nowak: on it")) == []


def test_getting_in_touch_to_ask_whether_is_a_task_not_a_hedge():
    head = "Arbetsgrupp 2025-08-19\nNärvarande: Jenny Sandell, Ola Berg\n\n"
    (action,) = actions(head + "Jenny ordnar fika och tar kontakt med scouterna om de vill hjälpa till.\n")
    assert action.owner == "Jenny Sandell"
    en = "Committee meeting 2025-11-12\nPresent: Raj Patel, Helen Ward\n\n"
    assert [a.owner for a in actions(en + "Raj will email the school to see if they would host the fair.\n")] == ["Raj Patel"]
    # a condition on the task itself still hedges it
    assert actions(head + "Jenny kan ringa om hon vill.\n") == []


def test_a_report_then_a_clause_after_a_semicolon_that_gives_the_task():
    head = "Parish council planning committee 2025-06-10\nPresent: Cllr Hallam, Cllr Okafor, the Clerk\n\n"
    (action,) = actions(head + "The Speedwatch group has asked for two more volunteers; "
                               "the Clerk will include an appeal in the July newsletter.\n")
    assert action.owner is not None and "Clerk" in action.owner and "appeal" in action.task
    # a collective after the semicolon defers or decides, it takes no task; a roll call is a vote
    assert actions(head + "St Luke's application incomplete; committee will reconsider at the April meeting.\n") == []
    assert actions(head + "Roll call vote: Hallam – Yes; Okafor – Yes; Shah – No.\n") == []


def test_a_task_in_the_text_and_again_as_a_short_line_of_the_action_list_is_one():
    from minutes_ai.engines.offline.tidy import dedupe_actions
    from minutes_ai.schemas import ActionItem, Evidence

    def item(owner: str, task: str, at: int) -> ActionItem:
        return ActionItem(owner=owner, task=task, evidence=[Evidence(start=at, end=at + 10, quote="x" * 10)])

    body = item("Chair", "Ask for it to be placed on the agenda of the full Council meeting", 0)
    listed = item("Chair", "Neighbourhood Plan item for full Council 3 June", 500)
    (one,) = dedupe_actions([body, listed])
    assert one.task == listed.task and len(one.evidence) == 2
    # the same owner's other tasks that share only an opening verb and one word stay apart
    first = item("Clerk", "Order the replacement bench from Broxap for the green", 0)
    second = item("Clerk", "Order planters and bulbs for the green verge", 500)
    assert len(dedupe_actions([first, second])) == 2


def test_titles_before_a_name_are_one_list_for_the_engine_and_the_evaluator():
    from minutes_ai._titles import NAME_TITLES
    from minutes_ai.evaluation.matching import _HONORIFICS

    assert set(NAME_TITLES) <= _HONORIFICS
    head = "Parish pastoral council 2025-10-07\nPresent: Fr. Liam Daly, Mary Byrne, Sr Ann Ward\n\n"
    (action,) = actions(head + "Fr Liam will bring the council's views to the clergy meeting.\n")
    assert action.owner == "Fr. Liam Daly"
    (sister,) = actions(head + "Sr Ward will run a foot check session for the carers in March.\n")
    assert sister.owner == "Sr Ann Ward"


def test_a_group_named_with_where_it_works_owns_its_task():
    head = "Arbetslag 7–9 2025-09-02\nNärvarande: Mats Ek, Lena Berg\n\n"
    (action,) = actions(head + "Mentorerna i åk 8 ringer hem till alla elever med över 15 % frånvaro inom två veckor.\n")
    assert action.owner == "Mentorerna i åk 8" and str(action.deadline) == "2025-09-16"
    # what such a group may do, or how it felt, is no task
    assert actions(head + "Föräldrarna på avdelningen får gärna hjälpa till.\n") == []
    assert actions(head + "Eleverna i åk 9 var nöjda med resan.\n") == []


def test_a_name_and_is_then_what_they_are_doing_by_when_is_their_task():
    head = "Rowing club committee 2026-02-04\nPresent: Conor (Capt), Aoife, Declan, Mairéad\n\n"
    (felt,) = actions(head + "Declan's getting the felt quote firmed up and will send it round by Friday.\n")
    assert (felt.owner, felt.deadline_text) == ("Declan", "by Friday")
    (going,) = actions(head + "Nothing decided yet, Aoife's going to find out how many of us have BE.\n")
    assert going.owner == "Aoife"
    # what someone is doing with no time it is due by, or leaving, is no task
    assert actions(head + "Declan's making good progress on the roof.\n") == []
    assert actions(head + "Declan's leaving at Easter.\n") == []


def test_a_short_lower_case_tail_that_opens_with_an_attendee_is_their_task():
    text = ("styrelsemöte ibk 22/1-26\nnärv: per (ordf), lotta, sanna\n\n"
            "- kiosken: priserna höjs med 5 kr från 1/2. lotta fixar nya prislappar\n"
            "- förra protokollet gicks igenom. så blev det\n")
    found = actions(text)
    assert [(a.owner, a.task) for a in found] == [("lotta", "Fixa nya prislappar")]


def test_an_arrow_before_a_lower_case_name_leads_to_their_task():
    text = ("styrelsemöte ibk 22/1-26\nnärv: per (ordf), lotta, sanna\n\n"
            "- förbundet har nya regler för matchtider, info till tränarna\n"
            "  → sanna mejlar alla tränare om det\n")
    assert [(a.owner, a.task) for a in actions(text)] == [("sanna", "Mejla alla tränare om det")]


TEAMS_EXPORT = """Styrgrupp klimatanpassning – transkript
Inspelad: tisdag 4 mars 2025 13:02

0:00:14 Gunnar Rehn
Välkomna. Först budgeten. Jag förstår att alla har läst underlaget.

0:00:31 Helena Strid
Ja. Jag tycker att det ser bra ut.

0:01:05 Mikael Öst
Jag skickar beställningen till Bryggteknik i morgon.

0:01:20 Gunnar Rehn
Bra. Helena, kan du skicka ut anteckningarna?

0:01:25 Helena Strid
Ja, senast på lördag.
"""


def test_a_transcript_with_each_speaker_on_a_line_above_their_words():
    from minutes_ai._structure_lines import speaker_heading

    assert speaker_heading("Denise Carter  0:02") == "Denise Carter"
    assert speaker_heading("0:08:30 Helena Strid") == "Helena Strid"
    assert speaker_heading("Linnéa Johansson  ons 2025-10-08 16:12") == "Linnéa Johansson"
    assert speaker_heading("18:50 Junior carnival") is None and speaker_heading("Tid: 10:00") is None
    document = read_text(TEAMS_EXPORT)
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.name for a in meeting.attendees] == ["Gunnar Rehn", "Helena Strid", "Mikael Öst"]
    # each turn is its speaker's: "jag" is Mikael; what one thinks or understands is no task;
    # the yes with a day after a request gives the request its deadline, and no task of its own
    assert [(a.owner, a.task, a.deadline) for a in meeting.action_items] == [
        ("Mikael Öst", "Skicka beställningen till Bryggteknik", dt.date(2025, 3, 5)),
        ("Helena Strid", "Skicka ut anteckningarna", dt.date(2025, 3, 8)),
    ]


STACKED_EXPORT = """Board meeting via Zoom, October 8, 2025
Transcript, edited by the secretary.

Rob Delgado (President)
7:02 PM
OK, we have a quorum. The registration page still shows last year's fee. Karen, can you update it?

Karen Liu (Treasurer)
7:03 PM
Yep, I'll have it updated by Friday.

Marcus Bell
7:04 PM
I'll email the coaches the course link by Monday.

Karen Liu (Treasurer)
7:04 PM
Nothing else from me.

Rob Delgado (President)
7:05 PM
Thanks. Anything else? No? Then we're done.
"""


def test_a_transcript_with_the_name_and_the_time_on_lines_of_their_own():
    from minutes_ai._structure_lines import heading_speakers, stacked_heading

    assert stacked_heading("Karin Lund", "0:08:24") == "Karin Lund"
    assert stacked_heading("Rob Delgado (President)", "7:02 PM") == "Rob Delgado"
    assert stacked_heading("Karin Lund", "Okej, då kör vi.") is None  # no time below
    assert stacked_heading("Beslut: vi kör", "10:00") is None  # no name above
    # "7:02 PM" alone is the heading's second line, not a heading naming "PM"
    assert heading_speakers(STACKED_EXPORT.split("\n")) == [
        "Rob Delgado", "Karen Liu", "Marcus Bell", "Karen Liu", "Rob Delgado"]
    document = read_text(STACKED_EXPORT)
    (meeting,) = OfflineEngine().extract(document).meetings
    assert [a.name for a in meeting.attendees] == ["Rob Delgado", "Karen Liu", "Marcus Bell"]
    # each turn is its speaker's: "I'll" is Karen after the ask, then Marcus
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [
        ("Karen Liu", dt.date(2025, 10, 10)), ("Marcus Bell", dt.date(2025, 10, 13))]


def test_a_phone_chat_export_with_dated_stamps_names_its_speakers_as_attendees():
    text = ("[17/8/25, 7:30:14 pm] Kylie Moss: Evening all, committee meeting in here tonight.\n"
            "[17/8/25, 7:31:02 pm] Brett Harding: here\n"
            "[17/8/25, 7:31:40 pm] Anika Rao: here\n"
            "[17/8/25, 7:43:40 pm] Kylie Moss: Fees stay as they are then. Anika can you update the rego form "
            "before registrations open on 1 Sept?\n"
            "[17/8/25, 7:44:02 pm] Anika Rao: will do\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [a.name for a in meeting.attendees] == ["Kylie Moss", "Brett Harding", "Anika Rao"]
    # the ask names Anika by her first name: the owner is the attendee, answered on the next line
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [("Anika Rao", dt.date(2025, 9, 1))]
    assert "will do" in meeting.action_items[0].evidence[0].quote


def test_chat_handles_after_a_stamp_are_speakers_and_attendees():
    text = ("Robotics committee, #committee channel export\n\n"
            "[2026-02-04 7:30 PM] sarah.k: ok it's 7:30, weekly committee mtg starts now\n"
            "[2026-02-04 7:31 PM] jordan_p: here\n"
            "[2026-02-04 7:32 PM] amir.dev: present\n"
            "[2026-02-04 7:33 PM] jordan_p: I'll pick up the key from Lorraine on Friday\n"
            "[2026-02-04 7:35 PM] sarah.k: amir can you send all 9 judges the rubric?\n"
            "[2026-02-04 7:36 PM] amir.dev: sure, by Sunday\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [a.name for a in meeting.attendees] == ["sarah.k", "jordan_p", "amir.dev"]
    # "I'll" is the handle's; "amir" in the ask is amir.dev, the handle's first part
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [
        ("jordan_p", dt.date(2026, 2, 6)), ("amir.dev", dt.date(2026, 2, 8))]


def test_a_lower_case_word_after_a_time_is_no_chat_handle():
    from minutes_ai.engines.offline.segment import _SPEAKER

    assert _SPEAKER.match("[19:32] mike_t: here")["name"] == "mike_t"
    assert _SPEAKER.match("10:30 lunch: soup and bread") is None  # a timed agenda line
    assert _SPEAKER.match("sarah.k: here") is None  # a handle needs its stamp


def test_timed_agenda_lines_are_no_speakers():
    text = ("Surf club committee 3 March 2025\nPresent: Ollie Hart, Kiri Tane\n\n"
            "18:35 Patrols\nRoster is full for March.\n\n"
            "18:50 Junior carnival\nOllie will book the marquee by Friday.\n\n"
            "19:10 Clubhouse\nKiri will get a quote for the roof.\n")
    assert [(a.owner, a.task) for a in actions(text)] == [
        ("Ollie Hart", "Book the marquee"), ("Kiri Tane", "Get a quote for the roof")]


def test_a_yes_after_a_doubt_takes_the_task_and_its_later_sentence_gives_the_deadline():
    text = ("Pastoral team 2025-01-13\nPresent: Gemma Hollis, Aisha Rahman\n\n"
            "[10:01] Gemma Hollis: Aisha, could you set up the appointment booking on SchoolCloud?\n\n"
            "[10:02] Aisha Rahman: I'm away that week... no wait, that's the week after. Yeah, I can do it. "
            "I'll have it live by Friday.\n")
    assert [(a.owner, a.task, a.deadline) for a in actions(text)] == [
        ("Aisha Rahman", "Set up the appointment booking on SchoolCloud", dt.date(2025, 1, 17))]


def test_a_word_form_opening_a_sentence_and_an_option_asked_about_are_no_owners():
    head = "Board 2025-03-04\nPresent: Jo Brooks, Mia Reyes\n\n"
    assert actions(head + "Motion carried. Returned to open session at 8:21 PM.\n") == []
    assert actions(head + "Unrestricted reserves stand at 4.2 months of running costs.\n") == []
    assert actions(head + "3. Docs migration (Sphinx → MkDocs?)\n") == []
    # a name the notes use, or an attendee's, still owns the task
    assert [(a.owner, a.task) for a in actions(head + "- update the docs → Mia\n")] == [("Mia Reyes", "Update the docs")]


SLACK_AND_CHAT = """#release-2-4 – go/no-go, Thursday 12 February 2026

Priya Shah  10:02 AM
Morning all. Quick go/no-go for 2.4.

Tom Askew  10:03 AM
Go from me.

Dmitri Volkov  10:10 AM
I'll review Jen's fix right after standup.

Priya Shah  10:12 AM
Great. Tom, release calendar?

Tom Askew  10:13 AM
I'll update the release calendar in Confluence today.
"""

PHONE_CHAT = """WhatsApp Chat with Netball Committee
23/02/26, 7:30 pm - Aroha Ngata: Ok committee meeting on here tonight. Bibs first.
23/02/26, 7:39 pm - Kirsty Blake: kiwi kit
23/02/26, 7:41 pm - Mel Harrison: I'll place the order with Kiwi Kit by Friday.
23/02/26, 7:45 pm - Aroha Ngata: Great, thanks Mel.
"""


def test_chat_exports_name_their_speakers_with_am_pm_clocks_and_bold_names():
    from minutes_ai._structure_lines import speaker_heading

    assert speaker_heading("**Tom Askew** 10:03") == "Tom Askew"
    assert speaker_heading("Dmitri Volkov  10:10 AM") == "Dmitri Volkov"
    assert speaker_heading("**Note** 10:03 the build") is None
    assert speaker_heading("Hana W — 06/05/2025 7:05 pm") == "Hana W"  # Discord
    assert speaker_heading("Liam T — Today at 7:20 PM") == "Liam T"
    owners = [a.owner for a in actions(SLACK_AND_CHAT)]
    assert owners == ["Dmitri Volkov", "Tom Askew"]  # "I'll" is the speaker of the turn
    (order,) = actions(PHONE_CHAT)
    assert order.owner == "Mel Harrison" and order.deadline == dt.date(2026, 2, 27)


EMAIL_THREAD = """From: Orla Brennan <secretary@choir.example>
Sent: Wednesday 4 March 2026 09:12
Subject: RE: Notes from last night (corrected)

Hi all, corrected notes below.

2. Spring concert, Sat 25th April.
 - I'll book the piano tuner for the week before the concert.

Thanks all,
Orla

-----Original Message-----
From: Declan Furlong <declan@example.ie>
Sent: Wednesday 4 March 2026 08:41

Thanks for these. I'll ring the parish office myself this week and make sure the heating is on.
Declan
"""


def test_in_an_email_thread_a_first_person_task_is_the_sender_of_its_message():
    owners = [a.owner for a in actions(EMAIL_THREAD)]
    assert owners == ["Orla Brennan", "Declan Furlong"]


def test_a_chat_reply_that_only_says_fixar_takes_the_ask():
    text = ("Avstämning introdagar, Teams-chatt 2026-04-14\n\n"
            "Lena Holmqvist  09:10\nHej! Vi kör avstämningen här.\n\n"
            "Jonas Ek  09:11\nHej!\n\n"
            "Lena Holmqvist  09:15\nAulan blir det. Jonas, kan du boka aulan?\n\n"
            "Jonas Ek  09:17\nFixar. Bokar senast fredag.\n")
    found = [(a.owner, a.deadline, a.evidence[-1].quote) for a in actions(text)]
    # one task: the ask and its yes, owned by the one asked, the day from the reply; "Fixar." is no task of its own
    assert len(found) == 1
    owner, deadline, quote = found[0]
    assert owner == "Jonas Ek" and deadline == dt.date(2026, 4, 17)
    assert quote.startswith("Jonas, kan du boka aulan?") and "Fixar." in quote


def test_a_chat_ask_that_mentions_its_owner_with_an_at_sign():
    from minutes_ai.engines.offline import cues

    ask = cues.REQUEST.match("@Ella can you email them and find a date in late May?")
    assert ask is not None and ask.group("owner") == "Ella"
    assert cues.REQUEST.match("@Ella thanks, that was quick.") is None
    text = ("Tramping club committee (Discord), 6 May 2025\n\n"
            "Liam T — 06/05/2025 7:02 pm\nevening all\n\n"
            "Ella K — 06/05/2025 7:03 pm\nhi\n\n"
            "Liam T — 06/05/2025 7:20 pm\n@Ella can you email the hut warden and find a date in late May?\n\n"
            "Ella K — 06/05/2025 7:21 pm\nwill do\n")
    found = [(a.owner, a.evidence[-1].quote) for a in actions(text)]
    assert len(found) == 1 and found[0][0] == "Ella K"  # the ask answered: Ella's
    assert found[0][1].startswith("@Ella can you email") and found[0][1].endswith("will do")


def test_a_lower_case_attendance_line_under_the_title_is_no_task():
    text = ("styrelsemöte rk vallmon 12/3-26 (hemma hos GS)\n"
            "närv: AL ordf, GS, TH, ME kassör, jag (KJ) skriver\n\n"
            "- GS mejlar hovslagaren om nya tider\n")
    found = [(a.owner, a.task) for a in actions(text)]
    # "jag (KJ) skriver" says who writes these notes; the header is not joined to it as a sentence
    assert len(found) == 1 and found[0][0] == "GS"


def test_an_offer_that_names_its_day_is_a_promise():
    text = ("Avstämning feriejobb, Teams-chatt 2026-04-14\n\n"
            "Lena Holmqvist  09:10\nHej! Vi kör avstämningen här.\n\n"
            "Amir Yousef  09:11\nHej!\n\n"
            "Lena Holmqvist  09:12\nVi har fyra platser för lite på tekniska.\n\n"
            "Amir Yousef  09:13\nJag kan ringa Mats på tekniska idag och höra.\n\n"
            "Lena Holmqvist  09:14\nBra. Kan du ta fikat också?\n\n"
            "Amir Yousef  09:15\nJag kan tyvärr inte komma på fredag.\n")
    found = [(a.owner, a.deadline) for a in actions(text)]
    # "Jag kan ... idag": a promise with its day; "kan tyvärr inte komma" promises nothing
    assert found == [("Amir Yousef", dt.date(2026, 4, 14))]


def test_a_chat_ask_without_its_comma_and_a_reply_after_an_emoji():
    text = ("WhatsApp Chat with Netball Committee\n"
            "23/02/26, 7:30 pm - Aroha Ngata: Ok committee meeting on here tonight.\n"
            "23/02/26, 7:38 pm - Mel Harrison: Bibs – 2 quotes. Kiwi Kit $42 a set, SportsPro $55 a set.\n"
            "23/02/26, 7:39 pm - Kirsty Blake: kiwi kit\n"
            "23/02/26, 7:41 pm - Aroha Ngata: Kiwi Kit it is. Mel can you place the order by Friday?\n"
            "23/02/26, 7:41 pm - Mel Harrison: on it\n"
            "23/02/26, 7:54 pm - Kirsty Blake: 👍 I'll send the AGM notice out this week\n")
    from minutes_ai.engines.offline import cues

    ask = cues.REQUEST.match("Mel can you place the order by Friday?")
    assert ask is not None and ask.group("owner") == "Mel"
    assert cues.REQUEST.match("Mel can you believe it. The order went out.") is None  # no question
    found = [(a.owner, a.evidence[-1].quote) for a in actions(text)]
    # the thumbs-up is no part of the task's words
    assert ("Kirsty Blake", "I'll send the AGM notice out this week") in found


def test_the_writer_named_by_an_equals_sign_and_a_task_of_theirs_after_a_comma():
    text = ("vägsamf. styrelsen – tel.möte ikväll\n(anteckn. PG = jag, skriver på mobilen)\n\n"
            "med: PG, ML, sune, ritva. anders ej med (på jobb)\n\n"
            "- jag ringer bergs imorgon o bokar\n- kallelse senast 3 v innan, ML skriver den, jag delar ut i brevlådorna\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [a.name for a in meeting.attendees] == ["PG", "ML", "sune", "ritva"]
    assert [(a.owner, a.evidence[0].quote) for a in meeting.action_items] == [
        ("PG", "jag ringer bergs imorgon o bokar"), ("ML", "kallelse senast 3 v innan, ML skriver den"),
        ("PG", "jag delar ut i brevlådorna")]
    # a hand with the same task is no task of its own
    text = ("Styrelsemöte 11/2 2025\nNärvarande: Dragan Petrović, Sara Lind\n\n"
            "Dragan skriver felanmälan, jag hjälper till med formuleringen, och den går iväg senast fredag.\n\n/Sara\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert len(meeting.action_items) == 1 and meeting.action_items[0].owner.startswith("Dragan")


def test_whose_a_passive_task_is_said_in_brackets_at_its_end():
    text = ("Stadsdelsråd 2025-03-04\nNärvarande: Linnea Sjöberg, Bo Lindahl\n\n"
            "Återstår 15 000 kr, ny ansökningsomgång utlyses senast 1 maj (Linnea).\n\n"
            "Protokollet justeras senast fredag (se bilaga A).\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    owners = {a.evidence[0].quote[:20]: a.owner for a in meeting.action_items}
    assert owners["Återstår 15 000 kr, "] == "Linnea Sjöberg"
    assert owners.get("Protokollet justeras") is None


def test_the_writer_named_after_written_by_me_and_their_plain_present_tense_tasks():
    text = ("Röstmemo efter APT på Granbacken, ons 4 feb 2026.\n(Skrivet av mig, Ewa Sjöberg, från inspelningen.)\n\n"
            "Jag bokar in räddningstjänsten till brandövningen senast nästa vecka.\n"
            "Jag frågar Lotta Sjödin om hon kan föreläsa, och återkommer senast 3/3.\n"
            "Jag tror att det blir bra.\n")
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [(a.owner, a.deadline) for a in meeting.action_items] == [
        ("Ewa Sjöberg", None), ("Ewa Sjöberg", dt.date(2026, 3, 3))]


def test_a_task_in_the_brackets_that_close_a_line_is_the_named_persons():
    head = ("APT 2025-11-12\nNärvarande: Jenny Ek, Hamid Said, Linn Ohlsson, Emma Ström\n\n")
    found = actions(head + "- dörrstängaren till läkemedelsrummet är trasig (Jenny gör felanmälan idag)\n"
                           "- Läkarbemanningen under jul är inte löst (Hamid tar frågan till verksamhetschefen)\n")
    assert [(a.owner, a.evidence[0].quote) for a in found] == [
        ("Jenny Ek", "Jenny gör felanmälan idag"), ("Hamid Said", "Hamid tar frågan till verksamhetschefen")]
    # the line before the brackets is read on its own: an assent closes the proposal, the tasks follow
    (meeting,) = OfflineEngine().extract(read_text(head + "Förslag: Restaurang Kvarnen fredag 12/12. Alla var för (Linn "
                                                         "bokar bord senast 21/11, Emma samlar in anmälningar).\n")).meetings
    assert [d.evidence[0].quote for d in meeting.decisions] == ["Förslag: Restaurang Kvarnen fredag 12/12. Alla var för"]
    assert [(a.owner, str(a.deadline)) for a in meeting.action_items] == [("Linn Ohlsson", "2025-11-21"), ("Emma Ström", "None")]
    # brackets that name no task of someone present, or stand in a line of the meeting calendar, stay as they are
    assert actions(head + "- Vi har fått nytt kaffe (Zoégas, från Jenny)\n") == []
    assert actions(head + "- 7 maj kl. 09.30–12.00, Tallvik (Linn bokar lokal)\n") == []


def test_a_list_inside_a_chat_message_is_read_line_by_line_with_its_speaker():
    head = "Coordinators' thread 2025-11-27\nPresent: Marisa Chen, Devon Tremblay, Jean-Luc Bouchard, Priya Sandhu\n\n"
    warm = "".join(f"{who}  10:{m:02d} AM\n{said}\n\n" for m, (who, said) in enumerate([
        ("Marisa Chen", "morning all"), ("Devon Tremblay", "hi"), ("Priya Sandhu", "hello"),
        ("Marisa Chen", "packing day first"), ("Devon Tremblay", "sat works"), ("Jean-Luc Bouchard", "fine by me")]))
    summary = ("Marisa Chen  11:45 AM\nSummary for the record:\nTasks:\n"
               "• Jean-Luc – book St. Mark's today\n• me – send packing day details to the board by Dec 1\n"
               "Next check-in Thu Dec 4, same thread style.\n")
    found = [(a.owner, str(a.deadline), a.evidence[0].quote) for a in actions(head + warm + summary)]
    assert found == [("Jean-Luc Bouchard", "2025-11-27", "Jean-Luc – book St. Mark's today"),
                     ("Marisa Chen", "2025-12-01", "me – send packing day details to the board by Dec 1")]


def test_words_that_open_a_summary_are_no_task():
    head = "Styrgrupp 2026-03-05\nNärvarande: Karin Öhman, Leila Haddad\n\n"
    warm = "".join(f"0:0{m}:00 {who}\n{said}\n\n" for m, (who, said) in enumerate([
        ("Karin Öhman", "Välkomna."), ("Leila Haddad", "Tack."), ("Karin Öhman", "Först piloten."),
        ("Leila Haddad", "Den går bra."), ("Karin Öhman", "Bra."), ("Leila Haddad", "Ja.")]))
    found = actions(head + warm + "0:08:17 Karin Öhman\nTack. Då sammanfattar jag:\n"
                    "- Leila gör lathunden för BVC till fredag.\n")
    assert [(a.owner, a.evidence[0].quote) for a in found] == [
        ("Leila Haddad", "Leila gör lathunden för BVC till fredag.")]


def test_the_writer_taking_a_task_after_an_arrow_or_named_in_brackets_after_it():
    head = "styrelsemöte hembygdsföreningen 2025-02-10\nnärv: BE (ordf), KJ, ML, TS, jag (AN). GH sjuk\n\n"
    (arrow,) = actions(head + "- kallelsen ska ut 3 veckor innan -> jag fixar det\n")
    assert (arrow.owner, arrow.task) == ("AN", "Kallelsen ska ut")  # what "det" is stands before the arrow
    en = "Client meeting 2026-03-26\nPresent: Dana Whitfield (me), Mark Ode\n\n"
    found = actions(en + "ACTION ITEMS\n- Revised SOW reflecting #4 (me)\n- Survey link to the board (Mark)\n")
    assert [a.owner for a in found] == ["Dana Whitfield", "Mark Ode"]
    # nobody known as the writer: "(me)" names nobody
    assert [a.owner for a in actions("Client meeting 2026-03-26\nPresent: Mark Ode\n\n"
                                     "ACTION ITEMS\n- Revised SOW reflecting #4 (me)\n")] == [None]


def test_the_writer_after_the_matters_label_or_an_arrow_in_lower_case_notes():
    head = "styrelsemöte hembygdsfören 2026-05-02\nnärv: gk (ordf), bl, as, mh, jag (eo)\n\n"
    found = actions(head + "- medlemsbrevet: jag (eo) skriver + skickar ut innan midsommar\n"
                           "- kaffebryggaren har lagt av → jag köper en ny, max 800 kr\n")
    assert [a.owner for a in found] == ["eo", "eo"]
    assert actions(head + "- budgeten: jag tycker att den är för snål\n") == []  # an opinion, no task


def test_me_among_the_owners_is_the_writer_and_me_in_capitals_is_someones_initials():
    head = "Committee 2025-11-20\nPresent: Aroha Ngata, Dave Kerr, me (Kath Dunn)\n\n"
    table = ("| Task | Who | When |\n|---|---|---|\n| Book the hall | me | Friday |\n"
             "| Write the grant | Aroha + me | 10/12 |\n| Print the flyers | ME | 10/12 |\n")
    assert [a.owner for a in actions(head + table)] == ["Kath Dunn", "Aroha Ngata, Kath Dunn", "ME"]
    # no writer known: "me" stays as written
    assert [a.owner for a in actions("Committee 2025-11-20\nPresent: Aroha Ngata\n\n" + table)][0] == "me"
    sv = "styrelsemöte ridklubben 2026-02-03\nnärv: AL ordf, GS, ME kassör, jag (KJ) skriver\n\n"
    assert [a.owner for a in actions(sv + "- ME ändrar i avgiftslistan + mejlar föräldrarna innan terminsstart\n")] == [
        "ME kassör"]


def test_everyone_as_owner_after_a_dash_or_after_the_verb_in_swedish_word_order():
    head = "APT 2026-02-03\nNärvarande: Jonas Berg, Anna Ek\n\n"
    found = actions(head + "- [ ] alla – lägga in tider i Infomentor senast 13/2\n\n"
                           "Då skickar alla sina siffror till Jonas i mallen senast fredag 27 februari.\n\n"
                           "Sen ringer Jonas hyresvärden om nycklarna.\n")
    assert [(a.owner, str(a.deadline)) for a in found] == [
        ("alla", "2026-02-13"), ("alla", "2026-02-27"), ("Jonas Berg", "None")]
    # a verb that gives no task, or a month after it, is no one's task
    assert actions(head + "Då går vi vidare till nästa punkt.\n") == []
    assert actions(head + "Sen kommer Mars med sina siffror.\n") == []


def test_an_arrow_between_two_capitalised_words_is_a_change_not_a_hand_over():
    head = "Team sync 2026-02-03\nPresent: Anna Berg, Nora Kim\n\n"
    assert actions(head + "- on-call rotation stays weekly Mon→Mon, no change to the handover\n") == []
    found = actions(head + "- fix the login page → Anna\n- fix the signup page->Anna\n")
    assert [(a.owner, a.evidence[0].quote) for a in found] == [
        ("Anna Berg", "fix the login page → Anna"), ("Anna Berg", "fix the signup page->Anna")]


def test_a_listed_person_named_by_honorific_and_surname_owns_the_task():
    head = ("Board meeting, October 13, 2025\n\nPresent: Dana Howe, Grace Kim\n"
            "Also present: Business Manager Steve Lund\n\n")
    found = actions(head + "Motion carried 5-0.\nMr. Lund to issue the purchase order by November 1.\n")
    assert [(a.owner, str(a.deadline)) for a in found] == [("Steve Lund", "2025-11-01")]


def test_an_arrow_to_a_day_or_month_is_a_span_of_dates_not_an_owner():
    head = "Sync 2026-03-02\n\nPresent: Ana, Ravi\n\n"
    assert actions(head + "**Sprint:** 42 · Mon 2 Mar → Fri 13 Mar\n") == []
    found = actions(head + "- fix the login → Ravi\n")
    assert [(a.owner, a.task) for a in found] == [("Ravi", "Fix the login")]


def test_the_network_choosing_under_a_decision_label_is_no_task():
    head = "Nätverksträff 2026-03-04\n\nNärvarande: Anna Berg, Bo Ek\n\n"
    assert actions(head + "Beslut: Nätverket väljer alternativ a, en gemensam studiedag i oktober.\n") == []


def test_within_a_place_or_limit_is_no_deadline_that_turns_a_report_into_a_task():
    head = "Nämndsammanträde 2026-03-04\n\nNärvarande: Katarina Wiik, Sanna Berg\n\n"
    assert actions(head + "Katarina Wiik informerar om rekryteringsläget inom hemtjänsten.\n") == []
    assert actions(head + "Socialchefen redovisar ett underskott, främst inom placeringar av barn och unga.\n") == []
    found = actions(head + "Sanna går ut till arbetslagen inom två veckor.\n")
    assert [(a.owner, str(a.deadline)) for a in found] == [("Sanna Berg", "2026-03-18")]


def test_a_board_saying_no_to_a_proposal_decides_and_gives_no_task():
    text = ("Byggnadsnämnden 2026-03-04\n\nNärvarande: Bo Ek, Eva Lind\n\n"
            "Byggnadsnämnden avslår medborgarförslaget med hänvisning till förvaltningens yttrande.\n")
    assert actions(text) == []
    (meeting,) = OfflineEngine().extract(read_text(text)).meetings
    assert [d.evidence[0].quote for d in meeting.decisions] == [
        "Byggnadsnämnden avslår medborgarförslaget med hänvisning till förvaltningens yttrande."]


def test_an_owners_label_then_a_thing_and_when_it_is_out_or_in():
    head = "cttee mtg 2026-03-02\n\nthere: Kate (pres), Hemi (sec), Ange, Rosie, Marek\n\n* misc\n"
    found = actions(head + "  - Hemi: newsletter out by end of next week\n"
                           "  - Rosie: trip list on the noticeboard + FB, names in by end of month\n")
    assert [(a.owner, str(a.deadline)) for a in found] == [("Hemi", "None"), ("Rosie", "2026-03-31")]
    # what someone says or reports after the label is no task
    assert actions(head + "  - Kate: we should have it all in by Friday\n"
                          "  - Marek: the annual pen test is booked by Group Security for w/c 16 March.\n") == []
