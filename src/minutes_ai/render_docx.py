"""Word output: real headings, a bulleted attendee list and a real table for the actions."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .render import _DASH, DocumentView, ItemView, MeetingView, _quoted

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

_WORD_LANG = {"sv": "sv-SE", "en": "en-GB"}


def render_docx(view: DocumentView) -> bytes:
    """Write ``view`` as a Word document with real heading, list and table styles."""
    import docx  # imported here so text formats do not pay for python-docx
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    document.core_properties.title = view.title
    document.core_properties.language = _WORD_LANG[view.lang]
    _set_proofing_language(document.styles["Normal"], _WORD_LANG[view.lang])
    if view.partial:
        warning = document.add_paragraph().add_run(view.labels["partial"])
        warning.bold = True
        warning.font.color.rgb = RGBColor(0xA0, 0x1C, 0x1C)
        for error in view.errors:
            document.add_paragraph(error, style="List Bullet")
    if view.warnings:
        document.add_paragraph().add_run(view.labels["warnings"]).bold = True
        for note in view.warnings:
            document.add_paragraph(note, style="List Bullet")
    if not view.meetings:
        document.add_paragraph(view.labels["no_meetings"])
    for meeting in view.meetings:
        _docx_meeting(document, meeting)
    if view.footer:
        footer = document.sections[0].footer.paragraphs[0]
        footer.text = view.footer
        for run in footer.runs:
            run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_meeting(document: DocxDocument, meeting: MeetingView) -> None:
    labels = meeting.labels
    document.add_heading(meeting.heading, level=1)
    _docx_field(document, labels["date"], meeting.date)
    if meeting.chair:
        _docx_field(document, labels["chair"], meeting.chair)
    if meeting.secretary:
        _docx_field(document, labels["secretary"], meeting.secretary)
    if meeting.attendees:
        document.add_heading(labels["present"], level=2)
        for attendee in meeting.attendees:
            document.add_paragraph(attendee, style="List Bullet")
    if meeting.points:
        document.add_heading(labels["points"], level=2)
        for point in meeting.points:
            document.add_heading(f"{point.number} {point.title}", level=3)
            _docx_decisions(document, point.decisions, labels, labels["decision"] + ":")
    if meeting.decisions:
        document.add_heading(labels["decisions"], level=2)
        _docx_decisions(document, meeting.decisions, labels, None)
    if meeting.actions:
        document.add_heading(labels["actions"], level=2)
        _docx_action_table(document, meeting)
        quoted = [row for row in meeting.actions if row.quote]
        if quoted:
            document.add_paragraph().add_run(labels["evidence"] + ":").bold = True
            for row in quoted:
                document.add_paragraph(f"{row.task}: {_quoted(row.quote, labels)}", style="Quote")
    if meeting.next_meeting:
        document.add_heading(labels["next_meeting"], level=2)
        document.add_paragraph(meeting.next_meeting)
    if meeting.confirm:
        document.add_heading(labels["confirm"], level=2)
        for item in meeting.confirm:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{item.kind}: ").bold = True
            paragraph.add_run(f"{item.text} {_DASH} {'; '.join(item.reasons)}")


def _docx_field(document: DocxDocument, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def _docx_decisions(
    document: DocxDocument, items: list[ItemView], labels: dict[str, str], heading: str | None
) -> None:
    if not items:
        return
    if heading:
        document.add_paragraph().add_run(heading).bold = True
    for item in items:
        document.add_paragraph(item.text, style="List Bullet")
        if item.quote:
            document.add_paragraph(_quoted(item.quote, labels), style="Quote")


def _docx_action_table(document: DocxDocument, meeting: MeetingView) -> None:
    from docx.oxml import OxmlElement

    labels = meeting.labels
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0]
    for cell, text in zip(header.cells, (labels["who"], labels["what"], labels["due"]), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    # Repeat the header row on every page the table spans.
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in meeting.actions:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = row.owner, row.task, row.due


def _set_proofing_language(style: object, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run_properties = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    run_properties.append(lang)
