"""The normalised document every stage works on.

Ingest turns any input (.txt, .md, .docx, .vtt, .srt, stdin) into one :class:`Document`
whose ``text`` is the coordinate system: every offset minutes_ai reports indexes it.
Line endings are ``\\n``; nothing else about the text is changed after decoding, except
that transcripts and Word files are laid out as plain text (see :mod:`minutes_ai.ingest`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .schemas import Evidence


@dataclass(frozen=True)
class Turn:
    """One speaker turn of a transcript: ``text[start:end]`` is the spoken words."""

    speaker: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """Normalised text plus where it came from."""

    text: str
    source: str = "-"
    format: str = "txt"
    turns: tuple[Turn, ...] = field(default=())

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]``; the quote is taken from the text, so it is always verbatim."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return Evidence(start=start, end=end, quote=self.text[start:end])


__all__ = ["Document", "Turn"]
