"""Tests for render.py: minutes in Markdown, HTML, DOCX and JSON from hand-built extractions."""

from __future__ import annotations

import datetime as dt
import io
import re
from html.parser import HTMLParser

import docx
import pytest
from markdown_it import MarkdownIt

from minutes_ai.errors import ConfigError
from minutes_ai.render import confirmations, markdown_escape, render, render_to_file
from minutes_ai.schemas import (
    ActionItem,
    AgendaItem,
    Attendee,
    Decision,
    Evidence,
    Extraction,
    Meeting,
    NextMeeting,
    RunInfo,
)

INJECTION = 'Skicka <script>alert("x")</script> till | styrgruppen'


def _ev(quote: str, start: int = 0) -> list[Evidence]:
    return [Evidence(start=start, end=start + len(quote), quote=quote)]


def _sv_meeting() -> Meeting:
    return Meeting(
        title="Referensgrupp social hållbarhet",
        meeting_date=dt.date(2025, 3, 25),
        language="sv",
        attendees=[
            Attendee(name="Åsa Öberg", organisation="Region Väst", role="ordförande"),
            Attendee(name="Henry Ärlig", note="punkt 2"),
        ],
        chair="Åsa Öberg",
        secretary="Kajsa Ström",
        agenda=[
            AgendaItem(number="1", title="Mötets öppnande", start=0, end=10),
            AgendaItem(number="§ 2", title="Budget för året", start=10, end=40),
        ],
        decisions=[
            Decision(text="Budgeten fastställdes.", evidence=_ev("Budgeten\nfastställs"), agenda_item=1),
            Decision(text="Nästa möte hålls digitalt.", evidence=_ev("digitalt"), grounded=False),
            Decision(text="Gruppen får mandat.", evidence=_ev("mandat"), agenda_item=7),
        ],
        action_items=[
            ActionItem(
                owner="Henry",
                task="Stämma av med Jämlik vård",
                deadline=dt.date(2025, 4, 1),
                deadline_text="till 1/4",
                evidence=_ev("Henry kollar upp detta"),
                agenda_item=1,
            ),
            ActionItem(task="Skicka ut inbjudan", deadline_text="nästa vecka", evidence=_ev("skickar ut")),
            ActionItem(owner="Sandra", task=INJECTION, evidence=_ev("Sandra skickar")),
            ActionItem(owner="Kajsa", task="Ta fram underlag", evidence=_ev("underlag"), grounded=False),
        ],
        next_meeting=NextMeeting(date=dt.date(2025, 6, 3), text="Förslag 3/6 kl 13:00"),
    )


def _en_meeting() -> Meeting:
    return Meeting(
        title="Steering group",
        meeting_date=dt.date(2025, 5, 2),
        language="en",
        attendees=[Attendee(name="Jane Doe", role="chair")],
        chair="Jane Doe",
        decisions=[Decision(text="The plan was approved.", evidence=_ev("plan approved"))],
        action_items=[
            ActionItem(owner="Bob", task="Draft the report", deadline_text="end of month", evidence=_ev("Bob")),
            ActionItem(owner="Jane", task="Book a room", deadline=dt.date(2025, 5, 9), evidence=_ev("room")),
        ],
        next_meeting=NextMeeting(text="In two weeks"),
    )


def _run(errors: list[str] | None = None) -> RunInfo:
    return RunInfo(
        engine="llm", engine_version="0.1.0", model="test-model", schema_hash="x", errors=errors or []
    )


def _expected_rows(meeting: Meeting) -> list[list[str]]:
    """The action table as the brief defines it, computed from the items themselves."""
    return [
        [
            a.owner or "—",
            a.task,
            a.deadline.isoformat() if a.deadline else (a.deadline_text or "—"),
        ]
        for a in meeting.action_items
    ]


class _HTMLCollector(HTMLParser):
    """Collects start tags and the text of every table row."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._skip = 0  # depth inside evidence quotes shown in table cells

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif self._cell is not None and ("class", "quote") in attrs:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "div" and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(data)


def _html_tables(html: str) -> tuple[list[str], list[list[str]]]:
    collector = _HTMLCollector()
    collector.feed(html)
    return collector.tags, collector.rows


def _markdown_to_html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _section(markdown: str, heading: str) -> list[str]:
    """The bullet lines under a ``## heading`` up to the next heading."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^#|\Z)", markdown, re.M | re.S)
    assert match, f"section {heading!r} missing"
    return [line[2:] for line in match.group(1).splitlines() if line.startswith("- ")]


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_uses_swedish_labels_for_swedish_meeting() -> None:
    md = render(Extraction(meetings=[_sv_meeting()]))
    assert isinstance(md, str)
    for label in ("**Datum:** 2025-03-25", "**Ordförande:** Åsa Öberg", "**Sekreterare:** Kajsa Ström",
                  "## Närvarande", "## Punkter", "## Beslut", "## Åtgärder", "| Vem | Vad | Senast |",
                  "## Nästa möte", "## Att bekräfta"):
        assert label in md
    assert "Who" not in md and "Present" not in md
    assert "- Åsa Öberg, Region Väst (ordförande)" in md
    assert "- Henry Ärlig — punkt 2" in md
    assert "2025-06-03 (Förslag 3/6 kl 13:00)" in md


def test_markdown_uses_english_labels_and_lang_override() -> None:
    md = render(Extraction(meetings=[_en_meeting()]))
    for label in ("**Date:** 2025-05-02", "**Chair:** Jane Doe", "## Present", "## Decisions",
                  "| Who | What | Due |", "## Next meeting", "## To confirm"):
        assert label in md
    assert "Vem" not in md
    forced = render(Extraction(meetings=[_sv_meeting()]), lang="en")
    assert "| Who | What | Due |" in forced and "Närvarande" not in forced


def test_markdown_action_table_rows_match_actions() -> None:
    meeting = _sv_meeting()
    html = _markdown_to_html(render(Extraction(meetings=[meeting])))
    tags, rows = _html_tables(html)
    assert rows[0] == ["Vem", "Vad", "Senast"]
    assert rows[1:] == _expected_rows(meeting)
    assert "script" not in tags  # the injected task stays text in Markdown too


def test_markdown_decisions_sit_under_their_point() -> None:
    md = render(Extraction(meetings=[_sv_meeting()]))
    point_one, point_two = md.index("### 1. Mötets öppnande"), md.index("### § 2 Budget för året")
    decided = md.index("- Budgeten fastställdes.")
    assert point_one < point_two < decided < md.index("## Beslut")
    assert '> ”Budgeten fastställs”' in md  # evidence quote, whitespace collapsed
    general = _section(md, "Beslut")
    # The ungrounded decision and the one pointing past the agenda are kept, not dropped.
    assert general == ["Nästa möte hålls digitalt.", "Gruppen får mandat."]


def test_to_confirm_lists_exactly_the_flagged_items() -> None:
    md = render(Extraction(meetings=[_sv_meeting()]))
    assert _section(md, "Att bekräfta") == [
        "**Beslut:** Nästa möte hålls digitalt. — ej belagt i underlaget",
        "**Åtgärd:** Skicka ut inbjudan — ansvarig saknas; datum oklart (”nästa vecka”)",
        "**Åtgärd:** Ta fram underlag (Kajsa) — ej belagt i underlaget",
    ]
    # The ownerless action is still in the action table, with a dash for the owner.
    assert "| — | Skicka ut inbjudan | nästa vecka |" in md


def test_confirmations_follow_needs_confirmation() -> None:
    meeting = _en_meeting()
    found = confirmations(meeting, "en")
    assert [(c.kind, c.text, c.reasons) for c in found] == [
        ("Action", "Draft the report (Bob)", ["date unclear (“end of month”)"])
    ]
    flagged = [a for a in meeting.action_items if a.needs_confirmation]
    assert len(found) == len(flagged) + sum(not d.grounded for d in meeting.decisions)


def test_two_meetings_render_in_order_each_in_its_language() -> None:
    md = render(Extraction(meetings=[_sv_meeting(), _en_meeting()]))
    sv, en = md.index("# Referensgrupp social hållbarhet"), md.index("# Steering group")
    assert sv < en
    assert "| Vem | Vad | Senast |" in md[sv:en] and "| Who | What | Due |" in md[en:]
    assert md.count("## Att bekräfta") == 1 and md.count("## To confirm") == 1


def test_markdown_partial_run_warns_and_footer_names_engine() -> None:
    md = render(Extraction(meetings=[_en_meeting()], run=_run(["chunk 2: model timed out"])))
    assert md.startswith("> **The result is partial")
    assert "chunk 2: model timed out" in md
    footer = md.rstrip().splitlines()[-1]
    assert "engine: llm" in footer and "model: test-model" in footer
    assert "partial" not in render(Extraction(meetings=[_en_meeting()], run=_run()))


def test_no_meetings_still_renders() -> None:
    assert "Inga möten hittades" in render(Extraction())
    assert "<p>No meetings were found" in render(Extraction(), format="html", lang="en")


@pytest.mark.parametrize(
    "text",
    ["*fet* och _kursiv_", "# inte en rubrik", "- inte en lista", "1. inte numrerad", "[länk](http://x)",
     "<b>html</b> &amp; `kod`", "a | b ~~c~~", "C#", "rad ett\nrad två"],
)
def test_markdown_escape_keeps_text_literal(text: str) -> None:
    html = _markdown_to_html(markdown_escape(text))
    inner = re.fullmatch(r"<p>(.*)</p>\n", html, re.S)
    assert inner, html
    expected = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert inner.group(1) == expected


# --- HTML -----------------------------------------------------------------------------------


def test_html_is_self_contained_escaped_and_print_friendly() -> None:
    meeting = _sv_meeting()
    html = render(Extraction(meetings=[meeting, _en_meeting()], run=_run(["chunk 3 failed"])), format="html")
    assert isinstance(html, str)
    assert '<html lang="sv">' in html and '<article lang="en">' in html
    assert "@media print" in html and "<style>" in html
    assert not re.search(r"<link|\bsrc=|https?://", html)
    assert "&lt;script&gt;" in html
    tags, rows = _html_tables(html)
    assert "script" not in tags
    assert rows[0] == ["Vem", "Vad", "Senast"]
    assert rows[1 : 1 + len(meeting.action_items)] == _expected_rows(meeting)
    assert ["Who", "What", "Due"] in rows
    assert 'class="warning"' in html and "chunk 3 failed" in html
    assert 'class="quote"' in html and "Henry kollar upp detta" in html
    assert "ansvarig saknas" in html and "no owner named" not in html


# --- DOCX -----------------------------------------------------------------------------------


def test_docx_has_headings_bullets_and_action_tables() -> None:
    sv, en = _sv_meeting(), _en_meeting()
    data = render(Extraction(meetings=[sv, en], run=_run()), format="docx")
    assert isinstance(data, bytes)
    document = docx.Document(io.BytesIO(data))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Heading 1", "Referensgrupp social hållbarhet") in styled
    assert ("Heading 1", "Steering group") in styled
    assert ("Heading 2", "Att bekräfta") in styled and ("Heading 2", "To confirm") in styled
    bullets = [text for style, text in styled if style == "List Bullet"]
    assert "Åsa Öberg, Region Väst (ordförande)" in bullets and "Jane Doe (chair)" in bullets
    assert len(document.tables) == 2
    for table, meeting, header in ((document.tables[0], sv, ["Vem", "Vad", "Senast"]),
                                   (document.tables[1], en, ["Who", "What", "Due"])):
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        assert cells[0] == header
        assert cells[1:] == _expected_rows(meeting)
        assert table.style.name == "Table Grid"
    all_cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Henry kollar upp detta" not in all_cells  # evidence stays out of the table
    assert any("Henry kollar upp detta" in text for _, text in styled)
    footer = document.sections[0].footer.paragraphs[0].text  # labels follow the first meeting
    assert "motor: llm" in footer and "modell: test-model" in footer


# --- JSON and files -------------------------------------------------------------------------


def test_json_round_trips_into_the_contract() -> None:
    extraction = Extraction(source="notes.txt", meetings=[_sv_meeting(), _en_meeting()], run=_run())
    text = render(extraction, format="json")
    assert isinstance(text, str)
    assert Extraction.model_validate_json(text) == extraction


@pytest.mark.parametrize(("name", "check"), [
    ("minutes.md", lambda b: b.startswith(b"# Referensgrupp")),
    ("minutes.HTML", lambda b: b.startswith(b"<!DOCTYPE html>")),
    ("minutes.docx", lambda b: b[:2] == b"PK"),
    ("minutes.json", lambda b: b.lstrip().startswith(b"{")),
])
def test_render_to_file_takes_format_from_suffix(tmp_path, name, check) -> None:
    path = render_to_file(Extraction(meetings=[_sv_meeting()]), tmp_path / name)
    assert path == tmp_path / name
    assert check(path.read_bytes())
    assert "Åsa".encode() in path.read_bytes() or name.endswith(".docx")


def test_render_to_file_rejects_unknown_suffix_and_honours_format(tmp_path) -> None:
    with pytest.raises(ConfigError):
        render_to_file(Extraction(), tmp_path / "minutes.pdf")
    path = render_to_file(Extraction(meetings=[_en_meeting()]), tmp_path / "out.txt", format="md")
    assert "| Who | What | Due |" in path.read_text(encoding="utf-8")


def test_bad_format_or_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        render(Extraction(), format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        render(Extraction(), lang="de")  # type: ignore[arg-type]


def test_a_decision_in_the_notes_own_words_is_not_quoted_twice() -> None:
    said = "Styrelsen fastställer budgeten."
    rephrased = "Budgeten fastställs för 2025."
    meeting = Meeting(
        title="Styrelsemöte", meeting_date=dt.date(2025, 1, 10), language="sv",
        decisions=[Decision(text=said, evidence=_ev(said)),
                   Decision(text=rephrased, evidence=_ev("Beslut: budgeten fastställs."))],
    )
    markdown = render(Extraction(meetings=[meeting]), format="md")
    assert markdown.count("fastställer budgeten") == 1
    assert "Beslut: budgeten fastställs." in markdown
