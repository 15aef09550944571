"""Bytes to text: BOMs, UTF-8, legacy Windows/DOS/Mac encodings, and refusing binary data."""

from __future__ import annotations

import codecs

import charset_normalizer

from .. import _rx
from ..errors import InputError

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte encodings notes are realistically saved in, most likely first: Windows
# Notepad/Word (cp1252), the Windows console (cp850), old Macs (mac_roman).
_LEGACY = ("cp1252", "cp850", "mac_roman")

# Non-ASCII characters that real Swedish/English/European notes are made of; anything
# else outside ASCII counts against an encoding guess.
_EXPECTED = frozenset(
    "åäöÅÄÖéÉèÈêÊëËüÜæÆøØáÁàÀâÂíÍìîÎïÏóÓòôÔúÚùûÛñÑçÇßšŠžŽ–—‘’‚“”„…•€£§°±½¼¾×«»·¨´\u00a0"
)

# Swedish text is full of these; they decide between encodings that both give Latin letters.
_NORDIC = frozenset("åäöÅÄÖæÆøØ")

# Control characters (Unicode category Cc) except those text files legitimately contain:
# tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL = _rx.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.05
_NON_ASCII = _rx.compile(r"[^\x00-\x7f]")


def normalise_text(text: str) -> str:
    """Turn CRLF and lone CR into ``\\n`` and drop one leading BOM; change nothing else."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, *, label: str = "input") -> str:
    """Decode ``data`` to text, or raise :class:`InputError` if it is binary or undecodable.

    Order: a BOM (UTF-8, UTF-16, UTF-32) decides; BOM-less UTF-16 is recognised by its
    NUL pattern; otherwise strict UTF-8; otherwise the most plausible of cp1252, cp850,
    mac_roman and charset-normalizer's guess (cp1252 wins ties: it is the usual case for
    files saved on Swedish Windows). ``label`` names the input in error messages.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_text(_decode_strict(data, encoding, label), label)
    if b"\x00" in data:
        guessed = _bomless_utf16(data)
        if guessed is None:
            raise _binary(label)
        return _check_text(_decode_strict(data, guessed, label), label)
    try:
        return _check_text(data.decode("utf-8"), label)
    except UnicodeDecodeError:
        pass
    return _check_text(_decode_legacy(data, label), label)


def _decode_strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: cannot decode as {encoding}, bad byte at offset {exc.start}",
            hint="save the file as UTF-8",
        ) from exc


def _bomless_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from NULs in every other byte (ASCII-heavy text)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    # ASCII text in UTF-16-LE has a NUL as the high (odd) byte of nearly every unit.
    if odd.count(0) > 0.7 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, label: str) -> str:
    candidates: list[str] = []
    for encoding in _LEGACY:
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        candidates.append(str(best))
    if not candidates:
        raise InputError(
            f"{label}: cannot decode the text (not UTF-8 and no known encoding fits)",
            hint="save the file as UTF-8",
        )
    # max() keeps the first of equal scores, so cp1252 wins ties.
    return max(candidates, key=_plausibility)


def _plausibility(text: str) -> int:
    """Score a decoding: Nordic letters count most, other expected characters for it, odd ones against."""
    score = 0
    for ch in _NON_ASCII.findall(text):
        if ch in _NORDIC:
            score += 2
        elif ch in _EXPECTED:
            score += 1
        else:
            score -= 3
    return score


def _check_text(text: str, label: str) -> str:
    """Refuse decoded text that is mostly control characters (binary that happened to decode)."""
    if "\x00" in text:
        raise _binary(label)
    if text and len(_CONTROL.findall(text)) / len(text) > _MAX_CONTROL_RATIO:
        raise _binary(label)
    return text


def _binary(label: str) -> InputError:
    return InputError(
        f"{label}: looks like binary data, not text",
        hint="give a .txt, .md, .docx, .vtt or .srt file",
    )
