"""Word (.docx) files laid out as plain text: headings, paragraphs, lists and tables in order."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import _rx
from ..errors import InputError

if TYPE_CHECKING:  # python-docx is imported when a .docx is read, not at start-up
    from docx.document import Document as DocxDocument
    from docx.table import Table
    from docx.text.paragraph import Paragraph

# Word's built-in heading styles, in English and as Swedish Word names them.
_HEADING = _rx.compile(r"^(?:heading|rubrik)\s*([1-9])$", re.IGNORECASE)
_TITLE = frozenset({"title", "rubrik"})
_LIST_STYLE = _rx.compile(r"^(?:list|liststycke|punktlista|numrerad lista)", re.IGNORECASE)


def is_docx(data: bytes) -> bool:
    """True if ``data`` is a zip archive holding a Word main document part."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def docx_to_text(data: bytes, *, label: str) -> str:
    """Lay out a .docx as text: blocks separated by blank lines, list items and table rows by newlines.

    Headings become ``# Title`` lines (one ``#`` per level), list paragraphs ``- item``
    (indented two spaces per nesting level), and each table row one line of cells joined
    by `` | `` (the first row is the header row).
    """
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        blocks = [_block(item) for item in _iter_blocks(document)]
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise InputError(
            f"{label}: not a readable Word document, the file is damaged or not a .docx",
            hint="open and re-save it in Word, or export it as .txt",
        ) from exc
    parts: list[str] = []
    previous_kind = ""
    for kind, text in blocks:
        if not text:
            continue
        if parts:
            # Consecutive list items stay together, as in a Markdown list.
            parts.append("\n" if kind == previous_kind == "list" else "\n\n")
        parts.append(text)
        previous_kind = kind
    return "".join(parts) + ("\n" if parts else "")


def _iter_blocks(document: DocxDocument) -> Iterator[Paragraph | Table]:
    """Body paragraphs and tables in document order, including those inside content controls.

    ``Document.iter_inner_content()`` skips block-level content controls (``w:sdt``), which
    Word templates use for fields such as the date or the attendee list.
    """
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    if not body.xpath("./w:sdt"):
        yield from document.iter_inner_content()
        return
    parent = document._body
    for element in body.xpath("./w:p | ./w:tbl | ./w:sdt/w:sdtContent/*[self::w:p or self::w:tbl]"):
        yield Table(element, parent) if element.tag == qn("w:tbl") else Paragraph(element, parent)


def _block(item: Paragraph | Table) -> tuple[str, str]:
    from docx.table import Table
    if isinstance(item, Table):
        return "table", _table_text(item)
    return _paragraph(item)


def _paragraph(paragraph: Paragraph) -> tuple[str, str]:
    text = paragraph.text.strip()
    if not text:
        return "empty", ""
    style = _style_name(paragraph)
    heading = _HEADING.match(style)
    if heading:
        return "heading", "#" * int(heading.group(1)) + " " + _one_line(text)
    if style.lower() in _TITLE:
        return "heading", "# " + _one_line(text)
    level = _list_level(paragraph, style)
    if level is not None:
        return "list", "  " * level + "- " + _one_line(text)
    return "paragraph", text


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return (style.name or "") if style is not None else ""


def _list_level(paragraph: Paragraph, style: str) -> int | None:
    """Nesting level (0-based) if the paragraph is a list item, else None."""
    # Direct numbering (w:numPr) is how Word marks most bulleted and numbered items.
    if paragraph._p.xpath("./w:pPr/w:numPr"):
        levels = paragraph._p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
        return int(levels[0]) if levels and str(levels[0]).isdigit() else 0
    if _LIST_STYLE.match(style):
        # "List Bullet 2" and the like carry their level in the style name.
        digits = re.search(r"(\d)$", style)
        return int(digits.group(1)) - 1 if digits else 0
    return None


def _table_text(table: Table) -> str:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(_one_line(cell.text))
        if any(cells):
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
