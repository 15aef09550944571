"""WebVTT and SRT transcripts laid out as speaker turns, one ``Name: words`` line per turn."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import replace

from .. import _rx
from ..document import Turn
from ..errors import InputError

# A WebVTT voice span opener: <v Name> or <v.class Name>.
_VOICE = _rx.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]*)>")
# Any other cue tag (<i>, </v>, <c.red>, <00:01.000>), and SRT positioning like {\an8}.
_TAG = _rx.compile(r"<[^>]*>|\{\\[^}]*\}")
# "Anna:" / "Anna Svensson:" / "Speaker 2:" at the start of a cue names its speaker.
_NAME_PREFIX = _rx.compile(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,3})[ \t]*:\s+(?P<words>\S.*)$", re.DOTALL
)
# fmt: off
# Minute-taking labels that look like a speaker prefix but are not people.
_NOT_SPEAKERS = frozenset({
    "action", "agenda", "ansvarig", "att göra", "beslut", "beslutades", "deadline", "decision",
    "fråga", "note", "notera", "obs", "question", "todo", "uppgift", "åtgärd",
})
# Lower-case words that belong inside names (af, von, van der ...).
_NAME_PARTICLES = frozenset({
    "af", "av", "al", "bin", "da", "de", "del", "den", "der", "di", "du", "el", "ibn", "la", "le",
    "van", "von",
})
# fmt: on
_MAX_NAME_CHARS = 40

Segment = tuple[str | None, str]


def vtt_to_text(text: str, *, label: str) -> tuple[str, tuple[Turn, ...]]:
    """Parse WebVTT ``text`` with webvtt-py and lay it out as turns (see :func:`layout_turns`)."""
    try:
        import webvtt  # imported when a transcript is read, not at start-up

        captions = list(webvtt.from_string(text).captions)
    # webvtt-py raises MalformedFileError, MalformedCaptionError and ValueError.
    except Exception as exc:
        raise InputError(f"{label}: not a valid WebVTT transcript ({_reason(exc)})") from exc
    _check_cue_count(len(captions), text, label, "WebVTT")
    segments: list[Segment] = []
    for caption in captions:
        raw = getattr(caption, "raw_text", None) or caption.text
        segments.extend(_segments(raw, unescape=True))
    laid_out, turns = layout_turns(segments)
    header = _header_notes(text)
    if not header:
        return laid_out, turns
    # "NOTE\nBoard call\nRecorded 18 November 2025": the title and date a transcript's notes give,
    # kept above the turns (NOTE blocks among the cues are comments and stay out)
    shift = len(header) + 2
    return header + "\n\n" + laid_out, tuple(replace(t, start=t.start + shift, end=t.end + shift) for t in turns)


_CUE_TIMING = _rx.compile(r"^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->", re.M)


def _header_notes(text: str) -> str:
    """The lines of the NOTE blocks before a WebVTT file's first cue."""
    first_cue = _CUE_TIMING.search(text)
    head = text[: first_cue.start() if first_cue else len(text)]
    lines: list[str] = []
    for block in re.split(r"\n[ \t]*\n", head.replace("\r\n", "\n")):
        block_lines = block.strip().split("\n")
        if block_lines[0].startswith("WEBVTT"):
            # "WEBVTT\nNOTE Board call 17 February": a note written right under the header line
            block_lines = block_lines[1:]
        if not block_lines or not block_lines[0].startswith("NOTE"):
            continue  # the WEBVTT line, a STYLE or REGION block, or a cue identifier
        for line in block_lines:
            # (each "NOTE" line of a run opens a note of its own; the lines after it go on with it)
            words = line[4:].strip() if line.startswith("NOTE") else line.strip()
            if words:
                lines.append(words)
    return _TAG.sub("", "\n".join(lines))


def srt_to_text(text: str, *, label: str) -> tuple[str, tuple[Turn, ...]]:
    """Parse SubRip ``text`` with srt and lay it out as turns (see :func:`layout_turns`)."""
    try:
        import srt  # imported when a transcript is read, not at start-up

        subtitles = list(srt.parse(text))
    except (srt.SRTParseError, ValueError) as exc:
        raise InputError(f"{label}: not a valid SRT transcript ({_reason(exc)})") from exc
    _check_cue_count(len(subtitles), text, label, "SRT")
    segments: list[Segment] = []
    for subtitle in sorted(subtitles, key=lambda s: (s.start, s.index or 0)):
        segments.extend(_segments(subtitle.content, unescape=False))
    return layout_turns(segments)


def layout_turns(segments: Iterable[Segment]) -> tuple[str, tuple[Turn, ...]]:
    """Merge consecutive segments of one speaker and lay them out, one turn per line.

    Each turn is ``Name: words`` (or just ``words`` without a speaker), turns separated by
    a blank line; every :class:`Turn` indexes its words, not the name prefix.
    """
    merged: list[Segment] = []
    for speaker, words in segments:
        if not words:
            continue
        if merged and merged[-1][0] == speaker:
            merged[-1] = (speaker, merged[-1][1] + " " + words)
        else:
            merged.append((speaker, words))
    parts: list[str] = []
    turns: list[Turn] = []
    position = 0
    for speaker, words in merged:
        if parts:
            parts.append("\n\n")
            position += 2
        prefix = f"{speaker}: " if speaker else ""
        start = position + len(prefix)
        turns.append(Turn(speaker=speaker, start=start, end=start + len(words)))
        parts.append(prefix + words)
        position = start + len(words)
    text = "".join(parts) + ("\n" if parts else "")
    return text, tuple(turns)


def _segments(raw: str, *, unescape: bool) -> list[Segment]:
    """Split one cue's raw text into (speaker, words) by its voice spans or a ``Name:`` prefix."""
    matches = list(_VOICE.finditer(raw))
    if not matches:
        return [_name_prefix(_clean(raw, unescape))]
    segments: list[Segment] = []
    before = _clean(raw[: matches[0].start()], unescape)
    if before:
        segments.append(_name_prefix(before))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(raw)
        speaker = _clean(match.group(1), unescape) or None
        segments.append((speaker, _clean(raw[match.end() : end], unescape)))
    return segments


def _name_prefix(words: str) -> Segment:
    match = _NAME_PREFIX.match(words)
    if match and _looks_like_name(match.group("name").strip()):
        return match.group("name").strip(), match.group("words")
    return None, words


def _looks_like_name(name: str) -> bool:
    """Capitalised words ("Anna af Klercker", "Speaker 2"), not a sentence or a label."""
    if len(name) > _MAX_NAME_CHARS or name.lower() in _NOT_SPEAKERS:
        return False
    words = name.split()
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.isdigit() or w.lower() in _NAME_PARTICLES for w in words[1:])


def _clean(raw: str, unescape: bool) -> str:
    """Drop cue tags, decode entities (WebVTT only) and put the cue's lines on one line."""
    text = _TAG.sub("", raw)
    if unescape:
        text = html.unescape(text)
    return " ".join(text.split())


def _check_cue_count(found: int, text: str, label: str, kind: str) -> None:
    timing_lines = sum(1 for line in text.split("\n") if "-->" in line)
    if found == 0:
        raise InputError(f"{label}: the {kind} transcript has no cues", hint="is the file empty?")
    if timing_lines > found:
        raise InputError(
            f"{label}: {timing_lines - found} of {timing_lines} {kind} cues are malformed "
            "and could not be read"
        )


def _reason(exc: Exception) -> str:
    import srt

    if isinstance(exc, srt.SRTParseError):
        line = exc.unmatched_content.lstrip() if isinstance(exc.unmatched_content, str) else ""
        snippet = line.split("\n", 1)[0][:40]
        return f"unreadable subtitle block starting {snippet!r}"
    if type(exc).__name__ == "MalformedFileError":
        return "it must start with a WEBVTT line"
    message = " ".join(str(exc).split())
    if len(message) > 80:
        message = message[:77] + "..."
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
