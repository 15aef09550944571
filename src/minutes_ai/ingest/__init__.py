"""Read notes and transcripts into one normalised :class:`~minutes_ai.document.Document`.

Formats: plain text (``.txt``), Markdown (``.md``/``.markdown``), Word (``.docx``),
WebVTT (``.vtt``) and SubRip (``.srt``); ``-`` reads standard input and sniffs the format.
Text files keep their content exactly, only line endings become ``\\n`` and a BOM is
dropped. Word files and transcripts are laid out as plain text:

- ``.docx``: paragraphs and tables in document order, blank lines between blocks;
  ``# Heading`` lines (one ``#`` per heading level), ``- item`` list lines, and one
  ``cell | cell`` line per table row.
- ``.vtt``/``.srt``: one ``Name: words`` line per speaker turn (consecutive cues of one
  speaker merged, no timestamps), with :attr:`Document.turns` indexing each turn's words.

Every failure is an :class:`~minutes_ai.errors.InputError` whose message names the input.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from .. import _rx
from ..document import Document, Turn
from ..errors import InputError
from ._decode import decode_bytes as _decode_bytes
from ._decode import normalise_text
from ._docx import docx_to_text, is_docx
from ._transcripts import srt_to_text, vtt_to_text

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
FORMATS = ("txt", "md", "docx", "vtt", "srt")

_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".vtt": "vtt",
    ".webvtt": "vtt",
    ".srt": "srt",
}
# Formats people will try that cannot be read as text; each gets a concrete next step.
_UNSUPPORTED = {
    ".doc": "old Word .doc files are not supported; save it as .docx",
    ".odt": "OpenDocument files are not supported; save it as .docx or .txt",
    ".rtf": "RTF files are not supported; save it as .docx or .txt",
    ".pdf": "PDF files are not supported; copy the text into a .txt file",
}
_SRT_START = _rx.compile(r"\A\s*\d+[ \t]*\n[ \t]*\d+:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
_VTT_START = _rx.compile(r"\AWEBVTT(?:[ \t\n]|\Z)")


def read_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Document:
    """Read the notes at ``path`` (``"-"`` for standard input) into a normalised Document.

    The format comes from the suffix; standard input, ``.txt`` (captions are often saved as
    text) and unknown suffixes are sniffed (WebVTT header, SRT shape, Word zip, else text). Raises :class:`InputError` for a
    missing file, a directory, empty or binary input, input over ``max_bytes``, a corrupt
    .docx, a malformed transcript or undecodable text.
    """
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if isinstance(data, str):  # a text stream was passed; its text is already decoded
            data = data.encode("utf-8")
        _check_size(len(data), max_bytes, "standard input", exact=False)
        return read_bytes(data, source="-", max_bytes=max_bytes)
    file = Path(path)
    label = str(path)
    suffix = file.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise InputError(f"{label}: {_UNSUPPORTED[suffix]}")
    data = _read_file(file, label, max_bytes)
    format = _SUFFIXES.get(suffix)
    if format == "txt":
        format = None  # captions saved as .txt ("WEBVTT" + cues) are read as the transcript they are
    return read_bytes(data, source=label, format=format, max_bytes=max_bytes)


def read_bytes(
    data: bytes,
    *,
    source: str = "-",
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read in-memory ``data`` into a Document; ``format`` None sniffs it (see :func:`read_document`).

    ``source`` is recorded on the Document and names the input in error messages.
    """
    label = "standard input" if source == "-" else source
    if format is not None and format not in FORMATS:
        raise InputError(f"{label}: unknown format {format!r}; use one of {', '.join(FORMATS)}")
    _check_size(len(data), max_bytes, label, exact=True)
    if not data:
        raise InputError(f"{label} is empty", hint="give a file with meeting notes")
    if not data.strip():
        raise InputError(
            f"{label} is empty, only whitespace", hint="give a file with meeting notes"
        )
    if format == "docx" or (format is None and is_docx(data)):
        return _finish(docx_to_text(data, label=label), (), source, "docx", label)
    text = normalise_text(decode_bytes(data, label=label))
    if format is None:
        format = _sniff(text)
    if format == "vtt":
        text, turns = vtt_to_text(text, label=label)
        return _finish(text, turns, source, format, label)
    if format == "srt":
        text, turns = srt_to_text(text, label=label)
        return _finish(text, turns, source, format, label)
    return _finish(text, (), source, format, label)


def decode_bytes(data: bytes, *, label: str = "input") -> str:
    """Decode bytes of notes to text.

    UTF-8 with or without BOM and UTF-16/32 with a BOM are read as such; otherwise strict
    UTF-8, otherwise the most plausible legacy encoding (cp1252 first, as saved by Swedish
    Windows; then cp850, mac_roman and charset-normalizer's guess). Binary data (NUL bytes
    outside UTF-16, or many control characters) raises :class:`InputError`.
    """
    return _decode_bytes(data, label=label)


def _read_file(file: Path, label: str, max_bytes: int) -> bytes:
    try:
        if file.is_dir():
            raise InputError(f"{label} is a directory, not a file", hint="give a notes file")
        size = file.stat().st_size
        _check_size(size, max_bytes, label, exact=True)
        with file.open("rb") as handle:
            # Read what stat() promised plus one byte: enough to notice growth, and never a
            # buffer the size of a huge --max-bytes.
            data = handle.read(min(size, max_bytes) + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{label}: no such file", hint="check the path") from exc
    except PermissionError as exc:
        raise InputError(f"{label}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{label}: cannot be read ({exc.strerror or type(exc).__name__})") from exc
    # The file may have grown since stat().
    _check_size(len(data), max_bytes, label, exact=False)
    return data


def _check_size(size: int, max_bytes: int, label: str, *, exact: bool) -> None:
    if size <= max_bytes:
        return
    amount = f"{size:,} bytes" if exact else f"more than {max_bytes:,} bytes"
    raise InputError(
        f"{label} is {amount}, over the limit of {max_bytes:,} bytes",
        hint="raise the limit with --max-bytes, or max_bytes= in Python",
    )


def _sniff(text: str) -> str:
    if _VTT_START.match(text):
        return "vtt"
    if _SRT_START.match(text):
        return "srt"
    return "txt"


def _finish(text: str, turns: tuple[Turn, ...], source: str, format: str, label: str) -> Document:
    if not text.strip():
        raise InputError(
            f"{label} has no text (empty or only whitespace)", hint="give a file with meeting notes"
        )
    return Document(text=text, source=source, format=format, turns=turns)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "decode_bytes",
    "normalise_text",
    "read_bytes",
    "read_document",
]
