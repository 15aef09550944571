"""Tests for minutes_ai.dates: finding, resolving and normalising sv/en dates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from datetime import date, time

import pytest

from minutes_ai import dates
from minutes_ai.dates import (
    _scan,
    date_order,
    detect_date_order,
    find_dates,
    find_deadline,
    find_meeting_date,
    find_stated_date,
    normalise_deadline,
    parse_clock,
)

TUESDAY = date(2020, 12, 15)  # anchor used by most tables: a Tuesday in mid-December
NEXT_MEETING = date(2021, 1, 20)


def _only(text: str, anchor: date | None = TUESDAY):
    mentions = find_dates(text, anchor=anchor)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- find_dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_value", "kind"),
    [
        # Swedish
        ("Svar senast 26/1 till Anna", "26/1", date(2021, 1, 26), "date"),
        ("förslag 3/6 kl 13", "3/6", date(2021, 6, 3), "date"),
        ("klart innan 27 maj då", "27 maj", date(2021, 5, 27), "date"),
        ("7 april är nästa AU", "7 april", date(2021, 4, 7), "date"),
        ("vid mötet den 11 februari.", "den 11 februari", date(2021, 2, 11), "date"),
        ("den 3:e mars", "den 3:e mars", date(2021, 3, 3), "date"),
        ("1:a maj", "1:a maj", date(2021, 5, 1), "date"),
        ("2 november 2023, 09.30", "2 november 2023", date(2023, 11, 2), "date"),
        ("den 31 januari 2022", "den 31 januari 2022", date(2022, 1, 31), "date"),
        ("31/1 2022", "31/1 2022", date(2022, 1, 31), "date"),
        ("31/1-22", "31/1-22", date(2022, 1, 31), "date"),
        ("31.01.2022", "31.01.2022", date(2022, 1, 31), "date"),
        ("nätverket 20-09-04)", "20-09-04", date(2020, 9, 4), "date"),
        ("fredag den 3 mars", "fredag den 3 mars", date(2021, 3, 3), "date"),
        ("start 1 feb)", "1 feb", date(2021, 2, 1), "date"),
        ("2 nov. 2023", "2 nov. 2023", date(2023, 11, 2), "date"),
        ("workshop 13 nov. Sedan", "13 nov", date(2020, 11, 13), "date"),
        ("möte 3 sep", "3 sep", date(2021, 9, 3), "date"),
        ("5 okt", "5 okt", date(2021, 10, 5), "date"),
        # English
        ("March 3, 2024", "March 3, 2024", date(2024, 3, 3), "date"),
        ("3 March 2024", "3 March 2024", date(2024, 3, 3), "date"),
        ("the 3rd of March", "the 3rd of March", date(2021, 3, 3), "date"),
        ("Friday, 5 March", "Friday, 5 March", date(2021, 3, 5), "date"),
        ("on Oct. 5, 2021", "Oct. 5, 2021", date(2021, 10, 5), "date"),
        ("May 3", "May 3", date(2021, 5, 3), "date"),
        ("on 3 May", "3 May", date(2021, 5, 3), "date"),
        ("3 Jan 2024 Linde", "3 Jan 2024", date(2024, 1, 3), "date"),
        ("Sept 30th", "Sept 30th", date(2021, 9, 30), "date"),
        # ISO
        ("2022-01-31", "2022-01-31", date(2022, 1, 31), "date"),
        ("2024-03-03T10:00", "2024-03-03T10:00", date(2024, 3, 3), "date"),
        ("2024/03/03", "2024/03/03", date(2024, 3, 3), "date"),
        # weeks: one day only when a weekday is named
        ("v. 12", "v. 12", None, "week"),
        ("vecka 12", "vecka 12", None, "week"),
        ("week 12", "week 12", None, "week"),
        ("v12", "v12", None, "week"),
        ("v.12", "v.12", None, "week"),
        ("fredag v. 12", "fredag v. 12", date(2021, 3, 26), "date"),
        ("Monday week 2", "Monday week 2", date(2021, 1, 11), "date"),
        # weekdays: the first such day after the anchor (a Tuesday)
        ("Friday", "Friday", date(2020, 12, 18), "weekday"),
        ("på fredag", "fredag", date(2020, 12, 18), "weekday"),
        ("till tisdag", "tisdag", date(2020, 12, 22), "weekday"),
        ("next Monday", "next Monday", date(2020, 12, 21), "weekday"),
        ("fredag nästa vecka", "fredag nästa vecka", date(2020, 12, 25), "weekday"),
        ("i fredags", "i fredags", date(2020, 12, 11), "weekday"),
        ("last Friday", "last Friday", date(2020, 12, 11), "weekday"),
        # a month with a year is a mention, but not one day
        ("i januari 2024", "januari 2024", None, "month"),
    ],
)
def test_find_dates_forms(text, expected_text, expected_value, kind):
    mention = _only(text)
    assert mention.text == expected_text
    assert text[mention.start : mention.end] == mention.text
    assert mention.value == expected_value
    assert mention.kind == kind


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (date(2020, 12, 15), "26/1", date(2021, 1, 26)),  # across the year boundary forward
        (date(2021, 1, 20), "den 8 december", date(2020, 12, 8)),  # and backward
        (date(2021, 3, 1), "den 26 februari", date(2021, 2, 26)),  # recent past stays
        (date(2021, 2, 15), "den 20 december", date(2020, 12, 20)),  # < 2 months back stays
        (date(2021, 3, 1), "den 20 december", date(2021, 12, 20)),  # > 2 months back: next year
        (date(2021, 3, 1), "15/12", date(2021, 12, 15)),  # 9.5 months ahead stays
        (date(2021, 6, 1), "1 april", date(2021, 4, 1)),  # exactly 61 days back stays
        (date(2021, 6, 1), "31 mars", date(2022, 3, 31)),  # one day more moves on
        (date(2023, 6, 1), "29/2", date(2024, 2, 29)),  # only a leap year has it
        (date(2022, 12, 20), "v. 2", None),  # a week stays a week in find_dates
    ],
)
def test_year_inference(anchor, text, expected):
    assert _only(text, anchor).value == expected


@pytest.mark.parametrize("text", ["26/1", "27 maj", "den 11 februari", "fredag", "Friday"])
def test_no_anchor_never_invents_a_year(text):
    mention = _only(text, anchor=None)
    assert mention.value is None
    assert mention.text in text


def test_explicit_year_needs_no_anchor():
    assert _only("31/1 2022", anchor=None).value == date(2022, 1, 31)
    assert _only("2 november 2023", anchor=None).value == date(2023, 11, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("v. 50 2023 tom v. 3 2024", ["v. 50 2023", "v. 3 2024"]),
        ("3–4 mars", ["3", "4 mars"]),
        ("den 3 och 4 mars", ["3", "4 mars"]),
        ("1 december 2020 – 1 mars 2021", ["1 december 2020", "1 mars 2021"]),
        ("26/1-27/1", ["26/1", "27/1"]),
        ("2021-12-08 och 2022-01-31", ["2021-12-08", "2022-01-31"]),
    ],
)
def test_ranges_give_every_mention(text, expected):
    mentions = find_dates(text, anchor=TUESDAY)
    assert [m.text for m in mentions] == expected
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_range_first_day_borrows_month_and_year():
    first, second = find_dates("3–4 mars 2022", anchor=None)
    assert (first.value, second.value) == (date(2022, 3, 3), date(2022, 3, 4))


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 019-602 70 00",
        "Organisationsnummer: 232100-0164",
        "Box 1613, 701 16 Örebro",
        "SoU 2020:47",
        "kl. 09.30-15.30",
        "kl 10.11",
        "Ökade med 12,5 % och 50%",
        "Budget 25 miljoner, 1 500 kr, 3,5 mkr",
        "1/2 av medlen och 2/3 dels",
        "öppet 24/7",
        "version 1.2.10",
        "läsåret 2020/21 och dnr 123/2021",
        "nr 3/2021",
        "Janne 12 st",
        "we may 3 times",
        "Maj-Britt 3 gånger",
        "3. Jan informerar om läget",
        "punkt 3 Jan Linde berättar",
        "2 Maj Berg deltar",
        "Item 3 may be deferred",
        "5. mars-gruppen",
        "se sid 3/10 och punkt 2/3",
        "fredagar och Fridays",
        "fredagsmöte",
        "31/4",
        "30 februari",
        "v. 54",
        "API v2.0",
    ],
)
def test_non_dates_do_not_match(text):
    assert find_dates(text, anchor=TUESDAY) == []


def test_offsets_are_verbatim_in_a_paragraph():
    text = (
        "Anteckningar 2022-01-31. Anna skickar underlaget senast 26/1, Bo ringer på fredag "
        "och vi ses v. 12 (tel 019-602 70 00). March 3, 2024 is the final date."
    )
    mentions = find_dates(text, anchor=date(2022, 1, 10))
    assert [m.text for m in mentions] == ["2022-01-31", "26/1", "fredag", "v. 12", "March 3, 2024"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_cheap_path_skips_text_without_digits_or_weekdays(monkeypatch):
    class Exploding:
        def match(self, *args, **kwargs):
            raise AssertionError("the full date regex must not run on date-free text")

    monkeypatch.setattr(_scan, "DATE_RE", Exploding())
    monkeypatch.setattr(_scan, "WEEKDAY_RE", Exploding())
    text = "Mötet diskuterade budget och bemanning utan några datum alls. " * 500
    assert find_dates(text, anchor=TUESDAY) == []


def test_dateparser_is_not_imported_by_the_fast_functions():
    code = (
        "import sys, datetime as d\n"
        "from minutes_ai import dates\n"
        "dates.find_dates('senast 26/1 och fredag v. 12', anchor=d.date(2021, 1, 1))\n"
        "dates.find_deadline('Anna gör det inom två veckor', anchor=d.date(2021, 1, 1))\n"
        "dates.find_meeting_date('Protokoll 2021-01-01')\n"
        "dates.normalise_deadline('senast 26/1', anchor=d.date(2021, 1, 1))\n"
        "print('dateparser' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- find_meeting_date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_value"),
    [
        (
            "\n\nAnteckningar Referensgrupp social hållbarhet 250325\n\nDigitalt möte: CB, HH",
            "250325",
            date(2025, 3, 25),
        ),
        ("Styrelsemöte 20240303\nNärvarande: A, B", "20240303", date(2024, 3, 3)),
        (
            "## **Sammanträde med gruppen 2 november 2023, 09.30-15.30**\n\nNärvarande: A",
            "2 november 2023",
            date(2023, 11, 2),
        ),
        (
            "Mötesanteckningar chefsgrupp folkhälsa den 31 januari 2022\n\nNärvarande:",
            "den 31 januari 2022",
            date(2022, 1, 31),
        ),
        (
            "Tjänsteställe\nVälfärd\n\nDatum\n2022-01-31\n\nBeteckning\nMötesanteckningar",
            "2022-01-31",
            date(2022, 1, 31),
        ),
        ("Protokoll 31/1 2022\n§ 1 Öppnande", "31/1 2022", date(2022, 1, 31)),
        ("Meeting notes\nDate: 2019-09-19\nAttendees: Ann, Bob", "2019-09-19", date(2019, 9, 19)),
        ("Board meeting – March 3, 2024\n\n1. Opening", "March 3, 2024", date(2024, 3, 3)),
        ("Minutes of the meeting held on 3 March 2024", "3 March 2024", date(2024, 3, 3)),
        ("Kick-off 2024-03-03T10:00\n", "2024-03-03T10:00", date(2024, 3, 3)),
        # a labelled date wins over an earlier one stated for another purpose
        ("Protokoll\nUtskrivet 2024-01-01\nDatum: 2024-02-02\n", "2024-02-02", date(2024, 2, 2)),
        (
            "Protokoll 2024-01-15 (reviderad 2024-01-20)\nNärvarande: A",
            "2024-01-15",
            date(2024, 1, 15),
        ),
        # a chat bot's time stamp (C asctime)
        (
            "#team: sync\nMeeting started Tue Mar  4 16:00:12 2025 UTC. The chair is ann.",
            "Tue Mar  4 16:00:12 2025",
            date(2025, 3, 4),
        ),
        ("Log opened Sat Nov 2 09:15 2024\n", "Sat Nov 2 09:15 2024", date(2024, 11, 2)),
    ],
)
def test_find_meeting_date(text, expected_text, expected_value):
    mention = find_meeting_date(text)
    assert mention is not None
    assert mention.text == expected_text
    assert text[mention.start : mention.end] == expected_text
    assert mention.value == expected_value


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 019-602 70 00\nOrganisationsnummer: 232100-0164\nBox 1613, 701 16 Örebro",
        "Möte SoU 2020:47 kl 09.30-15.30\nNärvarande: A",
        "Anteckningar\n\nNärvarande: A, B\n\n1. Mötet inleds\n\nAnteckningarna från mötet 2021-12-08 lades till handlingarna.",
        "# Anteckningar\n\n### 1. Korta punkter\n\n- Ägarna har 2020-11-24 beslutat att uppdra åt ägarombuden.",
        "Styrelsemöte\nNästa möte: 2024-05-05\n",
        "Anteckningar möte den 3 mars\nNärvarande: A",  # no year: never invented
        "Anteckningar 123456\n",  # not a valid yymmdd
        "Närvarande: A\n" + "Långt stycke text utan datum. " * 10 + "Beslut 2024-01-01",
        "Vi började mötet med att gå igenom läget. " * 5 + "Ägarna beslutade 2020-11-24.",
        "Meeting started Sun Feb 30 10:00:00 2025 UTC",  # no such day
    ],
)
def test_find_meeting_date_rejects(text):
    assert find_meeting_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected_text", "expected_value"),
    [
        (
            "Okej, då kör vi. Det här är avstämningen, onsdag 5 mars 2025. Vi börjar.",
            "onsdag 5 mars 2025",
            date(2025, 3, 5),
        ),
        (
            "Welcome back. Today is the 3rd of June 2024 and we start.",
            "the 3rd of June 2024",
            date(2024, 6, 3),
        ),
        ("Vi ses 5 mars, sedan 2025-04-01.", "2025-04-01", date(2025, 4, 1)),
    ],
)
def test_find_stated_date(text, expected_text, expected_value):
    mention = find_stated_date(text)
    assert mention is not None
    assert text[mention.start : mention.end] == mention.text == expected_text
    assert mention.value == expected_value


@pytest.mark.parametrize("text", ["Vi ses onsdag 5 mars.", "Budget 2025 är klar.", ""])
def test_find_stated_date_needs_a_year(text):
    assert find_stated_date(text) is None


# --- find_deadline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_text", "expected_value"),
    [
        # Swedish
        ("Svar senast 26/1 till Cecilia.", "senast 26/1", date(2021, 1, 26)),
        ("Anna skickar förslaget senast den 3 mars.", "senast den 3 mars", date(2021, 3, 3)),
        ("Underlaget ska vara klart innan 27 maj.", "klart innan 27 maj", date(2021, 5, 27)),
        (
            "Ha arbetet klart innan, 27 maj då frågan tas upp.",
            "klart innan, 27 maj",
            date(2021, 5, 27),
        ),
        ("Rapporten lämnas till 15/3.", "till 15/3", date(2021, 3, 15)),
        ("Bo väntar tills 1 april.", "tills 1 april", date(2021, 4, 1)),
        ("Remissvar före 1/4.", "före 1/4", date(2021, 4, 1)),
        (
            "Projektet löper till och med den 31 mars.",
            "till och med den 31 mars",
            date(2021, 3, 31),
        ),
        ("Henry kollar upp detta till nästa möte.", "till nästa möte", NEXT_MEETING),
        ("Frågan tas upp igen vid nästa möte.", "vid nästa möte", NEXT_MEETING),
        ("Lena återkommer senast v. 12.", "senast v. 12", None),  # a week is a span
        ("Klart vecka 2.", "Klart vecka 2", None),
        ("Anna skickar ut v12.", "v12", None),
        ("Karin ringer Bo på fredag.", "på fredag", date(2020, 12, 18)),
        ("Bo svarar till måndag.", "till måndag", date(2020, 12, 21)),
        ("Sammanställningen görs inom två veckor.", "inom två veckor", date(2020, 12, 29)),
        ("Svar inom 10 dagar.", "inom 10 dagar", date(2020, 12, 25)),
        ("Anna skickar inom en månad.", "inom en månad", date(2021, 1, 15)),
        ("Beslut i slutet av månaden.", "i slutet av månaden", date(2020, 12, 31)),
        ("Klart senast i slutet av mars.", "senast i slutet av mars", date(2021, 3, 31)),
        ("Klart i slutet av denna månad.", "i slutet av denna månad", date(2020, 12, 31)),
        ("Book two first-aid places, end Jan.", "end Jan", date(2021, 1, 31)),
        ("Bob drafts it by end March 2021.", "by end March 2021", date(2021, 3, 31)),
        ("Klart innan årsskiftet.", "innan årsskiftet", None),  # a time of year, like "före jul"
        ("Anna gör det i morgon.", "i morgon", date(2020, 12, 16)),
        ("Bo bokar lokal under nästa vecka.", "under nästa vecka", None),
        ("Anna skickar fredag nästa vecka.", "fredag nästa vecka", date(2020, 12, 25)),
        ("Pelle redovisar tom v. 3 2021.", "tom v. 3 2021", None),
        ("Svar senast 2021-01-10.", "senast 2021-01-10", date(2021, 1, 10)),
        ("Anna skickar rapporten den 3 mars senast.", "den 3 mars senast", date(2021, 3, 3)),
        # English
        ("Send the draft by Friday.", "by Friday", date(2020, 12, 18)),
        ("Bob circulates it by 3 March.", "by 3 March", date(2021, 3, 3)),
        ("Report due 2024-03-10.", "due 2024-03-10", date(2024, 3, 10)),
        ("Ann will check before the next meeting.", "before the next meeting", NEXT_MEETING),
        ("Compile the answers within two weeks.", "within two weeks", date(2020, 12, 29)),
        ("Reply within 5 business days.", "within 5 business days", date(2020, 12, 22)),
        ("Close the books by the end of the month.", "by the end of the month", date(2020, 12, 31)),
        ("Send it EOD.", "EOD", TUESDAY),
        ("Finish by end of Q2.", "by end of Q2", date(2021, 6, 30)),
        ("Ship it by the end of next week.", "by the end of next week", None),
        ("Book the room next week.", "next week", None),
        ("Call the vendor tomorrow.", "tomorrow", date(2020, 12, 16)),
        ("Decide no later than January 8.", "no later than January 8", date(2021, 1, 8)),
        ("Sign off until March 3rd.", "until March 3rd", date(2021, 3, 3)),
        # a clock time between the cue and the date, a day of the month, the meeting's date
        ("Svar senast kl. 12 den 3 mars.", "senast kl. 12 den 3 mars", date(2021, 3, 3)),
        ("Send it by 5 pm on Friday.", "by 5 pm on Friday", date(2020, 12, 18)),
        ("Reply by the 20th.", "by the 20th", date(2020, 12, 20)),
        ("Svar senast den 10:e.", "senast den 10:e", date(2021, 1, 10)),
        ("Klart till nästa möte den 3 mars.", "Klart till nästa möte den 3 mars", date(2021, 3, 3)),
    ],
)
def test_find_deadline(sentence, expected_text, expected_value):
    mention = find_deadline(sentence, anchor=TUESDAY, next_meeting=NEXT_MEETING)
    assert mention is not None
    assert mention.text == expected_text
    assert sentence[mention.start : mention.end] == expected_text
    assert mention.value == expected_value


@pytest.mark.parametrize(
    ("sentence", "expected_text"),
    [
        ("Klart under januari.", "under januari"),
        ("Vi tar upp det efter sommaren.", "efter sommaren"),
        ("Workshop i början av mars.", "i början av mars"),
        ("Återkoppling snarast.", "snarast"),
        ("Finish by Q2.", "by Q2"),
        ("Revisit after the summer.", "after the summer"),
        ("Anna återkommer efter 1 april.", "efter 1 april"),
        ("Done as soon as possible.", "as soon as possible"),
    ],
)
def test_fuzzy_deadlines_keep_words_without_a_day(sentence, expected_text):
    mention = find_deadline(sentence, anchor=TUESDAY)
    assert mention is not None
    assert mention.text == expected_text
    assert mention.value is None


def test_next_meeting_unknown_keeps_words():
    mention = find_deadline("Henry kollar upp detta till nästa möte.", anchor=TUESDAY)
    assert mention is not None
    assert (mention.text, mention.value, mention.kind) == ("till nästa möte", None, "next_meeting")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna ska skicka underlaget.",
        "Den 26 februari ställde sig VVG bakom förslaget.",  # past relative to the anchor
        "Mötet hölls 2021-02-20 och Anna informerade.",
        "Enkäten gick ut i fredags.",
        "Från 1 mars ansvarar Anna för nätverket.",
        "Cecilia ersätter Sara from årsskiftet.",
        "Anna rapporterade om mötet 2021-03-01.",  # the meeting day itself
        "Ring 019-602 70 00 om 232100-0164.",
    ],
)
def test_sentences_without_a_deadline(sentence):
    assert find_deadline(sentence, anchor=date(2021, 3, 1)) is None


def test_bare_future_date_may_be_a_deadline():
    mention = find_deadline("Anna skickar rapporten 2021-03-10.", anchor=date(2021, 3, 1))
    assert mention is not None
    assert (mention.text, mention.value) == ("2021-03-10", date(2021, 3, 10))


def test_cue_beats_an_earlier_bare_date():
    sentence = "Efter mötet 20/3 skickar Anna svar senast 26/3."
    mention = find_deadline(sentence, anchor=date(2021, 3, 1))
    assert mention is not None
    assert (mention.text, mention.value) == ("senast 26/3", date(2021, 3, 26))


def test_deadline_without_anchor():
    mention = find_deadline("Svar senast 26/1.", anchor=None)
    assert mention is not None
    assert (mention.text, mention.value) == ("senast 26/1", None)
    full = find_deadline("Svar senast 26/1 2022.", anchor=None)
    assert full is not None and full.value == date(2022, 1, 26)
    assert find_deadline("Svar 26/1.", anchor=None) is None  # cue-less and cannot be placed


def test_deadline_across_year_boundary():
    mention = find_deadline("Svar senast 26/1.", anchor=date(2020, 12, 15))
    assert mention is not None and mention.value == date(2021, 1, 26)
    week = find_deadline("Klart senast v. 1.", anchor=date(2020, 12, 15))
    assert week is not None and week.text == "Klart senast v. 1" and week.value is None


def test_weekday_on_the_same_weekday_is_next_week():
    friday = date(2021, 3, 5)
    mention = find_deadline("Anna svarar på fredag.", anchor=friday)
    assert mention is not None and mention.value == date(2021, 3, 12)


# --- normalise_deadline ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("senast 26/1", date(2021, 1, 26)),
        ("by Friday", date(2020, 12, 18)),
        ("2024-03-10", date(2024, 3, 10)),
        ("v. 50", None),
        ("vecka 2", None),
        ("den 3 mars", date(2021, 3, 3)),
        ("till nästa möte", NEXT_MEETING),
        ("inom två veckor", date(2020, 12, 29)),
        ("end of the month", date(2020, 12, 31)),
        ("den 1 december", date(2020, 12, 1)),  # a past day is still the stated deadline
        ("efter sommaren", None),
        ("under januari", None),
        ("ASAP", None),
        ("Anna", None),
        # phrases the regexes leave to dateparser
        ("in three days", date(2020, 12, 18)),
        ("om tre dagar", date(2020, 12, 18)),
        ("two weeks from now", date(2020, 12, 29)),
    ],
)
def test_normalise_deadline(phrase, expected):
    assert normalise_deadline(phrase, anchor=TUESDAY, next_meeting=NEXT_MEETING) == expected


@pytest.mark.parametrize(
    "phrase", ["senast 26/1", "by Friday", "v. 50", "in three days", "om tre dagar"]
)
def test_normalise_without_anchor_never_invents(phrase):
    assert normalise_deadline(phrase, anchor=None) is None


def test_normalise_without_anchor_keeps_explicit_years():
    assert normalise_deadline("senast 26/1 2022", anchor=None) == date(2022, 1, 26)
    assert normalise_deadline("v. 50 2023", anchor=None) is None  # a week is a span
    assert (
        normalise_deadline("till nästa möte", anchor=None, next_meeting=NEXT_MEETING)
        == NEXT_MEETING
    )


# --- parse_clock -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_text", "value", "until"),
    [
        ("Nästa möte 3/6 kl. 13:00 i sal A", "kl. 13:00", time(13, 0), None),
        ("kl 13.30", "kl 13.30", time(13, 30), None),
        ("klockan 9", "klockan 9", time(9, 0), None),
        ("2 november 2023, 09.30-15.30", "09.30-15.30", time(9, 30), time(15, 30)),
        ("kl 9-12", "kl 9-12", time(9, 0), time(12, 0)),
        ("10:00–12:00 in room 4", "10:00–12:00", time(10, 0), time(12, 0)),
        ("at 2 pm", "2 pm", time(14, 0), None),
    ],
)
def test_parse_clock(text, expected_text, value, until):
    clock = parse_clock(text)
    assert clock is not None
    assert (clock.text, clock.value, clock.until) == (expected_text, value, until)
    assert text[clock.start : clock.end] == expected_text


@pytest.mark.parametrize(
    "text", ["at 10", "3.5 miljoner", "2024-03-03", "tel 019-602 70 00", "SoU 2020:47"]
)
def test_parse_clock_rejects(text):
    assert parse_clock(text) is None


def test_public_api():
    assert set(dates.__all__) >= {
        "DateMention",
        "find_dates",
        "find_deadline",
        "find_meeting_date",
        "normalise_deadline",
        "parse_clock",
    }


def test_eod_before_a_weekday_means_that_weekday():
    monday = date(2024, 9, 9)
    mention = find_deadline("Set up the queue EOD Thursday.", anchor=monday)
    assert mention is not None and mention.value == date(2024, 9, 12)
    assert find_deadline("Send it by EOD.", anchor=monday).value == monday


def test_eow_keeps_its_words_without_a_date():
    mention = find_deadline("File a ticket by EOW.", anchor=date(2025, 6, 10))
    assert mention is not None and mention.text == "by EOW" and mention.value is None


def test_a_version_tag_is_not_a_week():
    assert find_deadline("Claire labels #212 as v2-candidate.", anchor=date(2024, 10, 16)) is None


# --- date order (day/month or American month/day) ----------------------------------


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Board meeting 14/3. Anna sends it by 2/4.", "DMY"),
        ("Weekly sync. Next one Tue 12/16. Sam sends it by 12/12.", "MDY"),
        ("Revenue weekly, Tue 12/9/2025", "MDY"),  # 9 Dec 2025 is a Tuesday, 12 Sep is not
        ("Protokoll tisdag 9/12/2025", "DMY"),
        ("Board of Directors, 6:00 PM CT. Report due 3/4.", "MDY"),
        ("Styrelsemöte 3/4, inga datum i övrigt.", "DMY"),
    ],
)
def test_detect_date_order(text, order):
    assert detect_date_order(text) == order


def test_month_first_applies_only_inside_its_block():
    anchor = dt.date(2026, 1, 27)
    with date_order("MDY"):
        assert find_deadline("by 2/6", anchor=anchor).value == dt.date(2026, 2, 6)
        assert find_deadline("senast 19 februari", anchor=anchor).value == dt.date(2026, 2, 19)
    assert find_deadline("by 2/6", anchor=anchor).value == dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("senast fre", dt.date(2024, 11, 29)), ("by Mon", dt.date(2024, 12, 2)),
     ("klart tis", dt.date(2024, 12, 3)), ("EOD Thu", dt.date(2024, 11, 28))],
)
def test_weekday_abbreviations(phrase, expected):
    assert find_deadline(phrase, anchor=dt.date(2024, 11, 26)).value == expected


def test_short_year_after_a_day_and_month():
    assert find_meeting_date("Personalmöte 19 aug -25").value == dt.date(2025, 8, 19)


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("Tom collects the hoops by Friday the 25th.", "by Friday the 25th", dt.date(2025, 4, 25)),
        ("Steve does setup fri the 6th.", "fri the 6th", dt.date(2025, 4, 6)),
        ("Pernilla skickar en doodle i slutet av veckan.", "i slutet av veckan", None),
        ("Bo bokar innan helgen.", "innan helgen", None),
    ],
)
def test_weekday_with_a_day_of_month_and_week_ends(sentence, words, expected):
    found = find_deadline(sentence, anchor=dt.date(2025, 4, 3))
    assert found.text == words
    assert found.value == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("i eftermiddag", dt.date(2026, 2, 10)), ("this afternoon", dt.date(2026, 2, 10)),
     ("i övermorgon", dt.date(2026, 2, 12)), ("i slutet av kvartalet", dt.date(2026, 3, 31)),
     ("senast sista april", dt.date(2026, 4, 30)), ("by the end of the quarter", dt.date(2026, 3, 31))],
)
def test_parts_of_today_quarter_ends_and_last_days(phrase, expected):
    assert find_deadline(phrase, anchor=dt.date(2026, 2, 10)).value == expected


def test_month_first_written_dates_mark_an_american_document():
    assert detect_date_order("Program committee, Thursday, February 20, 2025. DeShawn shares by 3/7.") == "MDY"
    assert detect_date_order("Committee, Thursday 20 February 2025. Anna shares by 3/7.") == "DMY"


def test_day_month_year_with_hyphens():
    assert find_meeting_date("Sprint review – 24-Jun-2025").value == dt.date(2025, 6, 24)


def test_a_span_before_a_date_is_counted_back_from_it():
    anchor = dt.date(2025, 9, 3)
    cases = {
        "Notice must go out no later than 30 days before 15 November.": ("no later than 30 days before 15 November",
                                                                          dt.date(2025, 10, 16)),
        "Kallelsen skickas senast två veckor före 1 december.": ("senast två veckor före 1 december",
                                                                  dt.date(2025, 11, 17)),
        "Affischer upp tre veckor innan marknaden (lördag 11 oktober).": (
            "tre veckor innan marknaden (lördag 11 oktober)", dt.date(2025, 9, 20)),
    }
    for text, (words, day) in cases.items():
        found = find_deadline(text, anchor=anchor)
        assert found is not None and (found.text, found.value) == (words, day), text
    # working days depend on holidays: the words, no day
    working = find_deadline("Svar minst 5 arbetsdagar före 1 oktober.", anchor=anchor)
    assert working is not None and working.value is None and "arbetsdagar" in working.text
    # a span after the date is no count back
    plain = find_deadline("Report due before 1 October, two weeks of work.", anchor=anchor)
    assert plain is not None and plain.value == dt.date(2025, 10, 1)


def test_an_ordinal_that_counts_a_noun_is_no_day_of_the_month():
    anchor = dt.date(2025, 1, 20)
    assert find_deadline("Kits handed out before the 2nd round.", anchor=anchor) is None
    assert find_deadline("Ändringarna klara till 3:e läsningen.", anchor=anchor) is None
    league = find_deadline("Shirts ready before the 1st match of the season on the 9th Feb.", anchor=anchor)
    assert league is not None and league.value == dt.date(2025, 2, 9)
    day = find_deadline("Send him the clips by the 20th so he has time.", anchor=anchor)
    assert day is not None and day.value == dt.date(2025, 1, 20)


def test_a_weekday_with_a_day_of_the_month_names_that_day():
    anchor = dt.date(2025, 6, 4)  # a Wednesday
    cases = {
        "Next call is Wednesday the 18th, same time.": dt.date(2025, 6, 18),
        "Nästa möte onsdag den 18:e kl 9": dt.date(2025, 6, 18),
        "Next review Tue 1st": dt.date(2025, 7, 1),  # the next 1st that is a Tuesday
    }
    for text, day in cases.items():
        found = [m for m in find_dates(text, anchor=anchor) if m.kind == "date"]
        assert [m.value for m in found] == [day], text
    # a month written after it still decides; a day no weekday fits soon names no day
    assert find_dates("Thursday the 3rd of July", anchor=anchor)[0].value == dt.date(2025, 7, 3)
    assert find_dates("Monday the 31st", anchor=anchor)[0].value is None


def test_a_stated_limit_outranks_a_wish_said_before_it():
    anchor = dt.date(2025, 5, 14)
    wish = find_deadline("Gärna klart på fredag men senast den 30 maj.", anchor=anchor)
    assert wish is not None and (wish.text, wish.value) == ("senast den 30 maj", dt.date(2025, 5, 30))
    limit = find_deadline("Ideally by Friday but no later than 30 May.", anchor=anchor)
    assert limit is not None and limit.value == dt.date(2025, 5, 30)
    # without a limit after "but", the first deadline stands
    other = find_deadline("By Friday, but Monday is fine too.", anchor=anchor)
    assert other is not None and other.value == dt.date(2025, 5, 16)


def test_the_short_form_t_dot_before_the_next_meeting():
    found = find_deadline("alla lämnar önskemål t. nästa möte", anchor=dt.date(2025, 5, 14),
                          next_meeting=dt.date(2025, 6, 11))
    assert found is not None and (found.text, found.value) == ("t. nästa möte", dt.date(2025, 6, 11))
    assert find_deadline("ut nästa möte", anchor=dt.date(2025, 5, 14), next_meeting=dt.date(2025, 6, 11)) is None


def test_friday_week_and_by_the_weekend():
    anchor = dt.date(2025, 10, 6)  # a Monday
    week = find_deadline("Accounts ready by Friday week.", anchor=anchor)
    assert week is not None and (week.text, week.value) == ("by Friday week", dt.date(2025, 10, 17))
    plain = find_deadline("Accounts ready by Friday.", anchor=anchor)
    assert plain is not None and plain.value == dt.date(2025, 10, 10)
    weekend = find_deadline("Tell the tea rota by the weekend.", anchor=anchor)
    assert weekend is not None and (weekend.text, weekend.value) == ("by the weekend", None)


def test_holidays_and_the_days_between_christmas_and_new_year_keep_their_words():
    anchor = dt.date(2025, 2, 10)
    for text, words in {"Conor to replace the pads by Paddy's Day.": "by Paddy's Day",
                        "Get the contract signed by Memorial Day.": "by Memorial Day",
                        "Birgitta gör välkomstpärmen i mellandagarna.": "i mellandagarna"}.items():
        found = find_deadline(text, anchor=anchor)
        assert found is not None and (found.text, found.value) == (words, None), text


def test_a_yearless_header_date_takes_the_one_named_year_its_weekday_fits():
    from minutes_ai.dates import find_meeting_date

    season = find_meeting_date("# Föräldragruppen P13\n**Säsong 25/26 · möte sön 16/11 efter träningen**\n\nNärvarande: Jonna\n")
    assert season is not None and season.value == dt.date(2025, 11, 16) and season.text == "16/11"
    term = find_meeting_date("Planeringsgruppen – HT 2024\n\nVi sågs idag tisdag den 19 november, kl 13.15\n")
    assert term is not None and term.value == dt.date(2024, 11, 19)
    assert find_meeting_date("Möte tisdag 19 november\n\nNärvarande: Jonna\n") is None  # no year named
    assert find_meeting_date("Säsong 25/26\nmöte tis 16/11\n") is None  # the weekday fits neither year
    # a two-letter weekday opening a header line, before a date the body discusses
    short = find_meeting_date("arbetsgrupp kulturnatt 2026\n\n=== to 9/4 kl 13–14.30 ===\nnärv: LH, PS\n"
                              "- datum: lör 12/9 el. lör 19/9? → 19/9\n")
    assert short is not None and short.value == dt.date(2026, 4, 9)
    assert find_meeting_date("Plan 2026\nmoved to 9/4 kl 13\n") is None  # "to" mid-line is a word


def test_a_two_digit_year_closing_a_date_after_its_weekday():
    from minutes_ai.dates import find_meeting_date

    found = find_meeting_date("CCHC board - mon 2 june 25 - notes (typed live)")
    assert found is not None and found.value == dt.date(2025, 6, 2)
    assert find_meeting_date("Mon 2 June 25") is not None
    # without the weekday, or followed by what is counted or timed, two digits are no year
    assert find_meeting_date("2 june 25 people came") is None
    assert find_meeting_date("Friday 3 March 12 people came") is None
    assert find_meeting_date("tis 3 juni 14 kl") is None
    # followed by other words they are: "kitchen mtg mon 10 june 24 after lunch service"
    found = find_meeting_date("kitchen mtg mon 10 june 24 after lunch service")
    assert found is not None and found.value == dt.date(2024, 6, 10)


def test_notes_that_show_no_order_read_slash_dates_the_way_that_lands_after_the_meeting():
    from minutes_ai.dates import nearest_order, order_is_stated

    text = "- @jtan changelog draft, next call (10/7)\n- @rosa-l verifying-releases page, 10/8\n"
    assert not order_is_stated(text)
    assert nearest_order(text, dt.date(2025, 9, 23)) == "MDY"  # 7 and 8 October, not July and August next year
    assert nearest_order(text, dt.date(2025, 6, 23)) == "DMY"  # 10 July and 10 August
    # both readings soon after the meeting: nothing to tell, day/month stays
    assert nearest_order("Send it by 3/4.", dt.date(2025, 2, 20)) == "DMY"
    # a day over twelve states the order, whatever lands where
    assert order_is_stated("Due 25/9, then 10/7.")


def test_in_the_next_fortnight_counts_from_the_meeting_and_under_veckan_is_this_week():
    meeting = dt.date(2024, 11, 27)
    found = find_deadline("Rob will send the rota round in the next fortnight.", anchor=meeting)
    assert found is not None and found.text == "in the next fortnight" and found.value == dt.date(2024, 12, 11)
    week = find_deadline("Ibrahim skickar en påminnelse under veckan.", anchor=meeting)
    assert week is not None and week.text == "under veckan" and week.value is None  # a week, no day


def test_an_ordinal_weekday_of_a_month_is_that_day():
    from minutes_ai.dates import find_dates as _find

    anchor = dt.date(2025, 3, 4)
    assert [(m.text, m.value) for m in _find("Next meeting: first Tuesday in April", anchor=anchor)] == [
        ("first Tuesday in April", dt.date(2025, 4, 1))]
    assert _find("by the last Friday of May", anchor=anchor)[0].value == dt.date(2025, 5, 30)
    assert _find("sista torsdagen i maj", anchor=anchor)[0].value == dt.date(2025, 5, 29)
    assert _find("första tisdagen i april 2026", anchor=anchor)[0].value == dt.date(2026, 4, 7)
    # a recurring day names no one date; a fifth Monday that is not there is none
    assert _find("the first Monday of the month", anchor=anchor)[0].value is None
    assert _find("the fifth Monday in March", anchor=anchor)[0].value == dt.date(2025, 3, 31)
    assert _find("the fifth Monday in February", anchor=anchor)[0].value is None


def test_a_period_end_naming_what_a_thing_is_of_gives_way_to_the_stated_date():
    anchor = dt.date(2026, 2, 12)
    found = find_deadline("I'll get the year-end numbers to our CPA by 27 February so she can start.", anchor=anchor)
    assert found is not None and (found.text, found.value) == ("by 27 February", dt.date(2026, 2, 27))
    found = find_deadline("Finish the report by year-end.", anchor=anchor)
    assert found is not None and found.value == dt.date(2026, 12, 31)
