"""Benchmark corpora built from the repository's own notes.

Sources are ``fixtures/seeds/*.txt``, ``eval/dev/notes/*`` and ``eval/holdout/notes/*``
(when present). A corpus of a given size is made by cycling through copies of them, and
is written twice: as many small files (one document each) and as one big file (one
document holding many meetings), because the two stress different parts of an engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .machine import REPO_ROOT

SOURCE_GLOBS = ("fixtures/seeds/*.txt", "eval/dev/notes/*", "eval/holdout/notes/*")
TEXT_SUFFIXES = {".txt", ".md"}
#: Between two copies in the big file: a blank-line gap, as between pasted meetings.
SEPARATOR = "\n\n\n"
MB = 1_000_000  # decimal megabytes, as MB/s is usually quoted


@dataclass(frozen=True)
class SourceNote:
    """One fixture note: its file name and normalised text."""

    name: str
    text: str

    @property
    def size(self) -> int:
        """Size in UTF-8 bytes."""
        return len(self.text.encode("utf-8"))


@dataclass(frozen=True)
class Corpus:
    """A corpus written to disk: ``files`` (many documents) and ``big_file`` (one document)."""

    target_bytes: int
    files: tuple[Path, ...]
    big_file: Path
    files_bytes: int
    big_file_bytes: int


def source_paths(root: Path = REPO_ROOT) -> list[Path]:
    """The fixture note files, in a stable order."""
    found: list[Path] = []
    for pattern in SOURCE_GLOBS:
        found.extend(sorted(p for p in root.glob(pattern) if p.is_file() and p.suffix in TEXT_SUFFIXES))
    return found


def load_sources(root: Path = REPO_ROOT) -> list[SourceNote]:
    """Read every fixture note through the project's own ingest (so text is normalised)."""
    from minutes_ai.ingest import read_document

    notes = [SourceNote(p.name, read_document(p).text) for p in source_paths(root)]
    if not notes:
        raise FileNotFoundError(f"no fixture notes found under {root} ({', '.join(SOURCE_GLOBS)})")
    return notes


def build_corpus(sources: list[SourceNote], target_bytes: int, folder: Path) -> Corpus:
    """Write copies of ``sources`` until at least ``target_bytes``, as files and as one file."""
    if target_bytes <= 0:
        raise ValueError("target_bytes must be positive")
    many = folder / f"many_{target_bytes}"
    many.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    texts: list[str] = []
    total = 0
    index = 0
    while total < target_bytes:
        note = sources[index % len(sources)]
        path = many / f"{index:06d}_{note.name}"
        path.write_text(note.text, encoding="utf-8")
        files.append(path)
        texts.append(note.text)
        total += note.size
        index += 1
    big = folder / f"big_{target_bytes}.txt"
    big.write_text(SEPARATOR.join(texts), encoding="utf-8")
    return Corpus(
        target_bytes=target_bytes,
        files=tuple(files),
        big_file=big,
        files_bytes=total,
        big_file_bytes=big.stat().st_size,
    )


def describe_size(n_bytes: int) -> str:
    """``1 MB``, ``250 kB`` and so on, for labels."""
    if n_bytes >= MB:
        return f"{n_bytes / MB:g} MB"
    return f"{n_bytes / 1000:g} kB"


__all__ = ["MB", "Corpus", "SourceNote", "build_corpus", "describe_size", "load_sources", "source_paths"]
