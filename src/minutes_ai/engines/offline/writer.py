"""Who wrote the notes: the person a first-person task ("I'll send it", "jag lovade att ...") belongs to.

Notes sent as an e-mail are written by their sender; notes that end with a greeting are
written by whoever signs it; otherwise the secretary, when the notes name one. An e-mail
thread with several senders has no single writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import _rx
from ..._structure_lines import case_folds
from ..._structure_people import _SELF_WORDS as _PEOPLE_SELF_WORDS

_FROM = _rx.compile(r"^\s*[*_]*(?:from|från)[*_]*\s*:[*_]*\s*(?P<value>.+?)\s*$", re.I | re.M)  # ("**From:** Elin")
_ADDRESS = _rx.compile(r"<[^>]*>|\[[^\]]*\]|\"|'|\([^)]*\)|\S+@\S+")
_NAME = _rx.compile(r"[A-ZÅÄÖ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖ][\wåäöéü'-]+){0,3}")
# "Hälsningar,", "/Sara", "Cheers, Kylie", "Mvh Anna Berg": a sign-off and the name under or after it.
_GREETING = _rx.compile(
    r"^\s*(?i:(?:med\s+)?(?:vänliga?\s+)?hälsningar|hälsn\.?|mvh|vh|kram|tack|many thanks|thanks|cheers|"
    r"kind regards|best regards|best wishes|all the best|regards|best)\W*(?P<name>[A-ZÅÄÖ][^\n]*)?$"
)
_SLASH_NAME = _rx.compile(r"^\s*/\s*(?P<name>[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+)?)\s*$")
_TAIL_LINES = 12
_FULL_NAME = _rx.compile(r"[A-ZÅÄÖ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖ][\wåäöéü'-]+){1,2}")
_TITLE_LINE = _rx.compile(
    r"\b(?i:manager|coordinator|co-ordinator|secretary|clerk|chair|director|officer|lead|president|treasurer|"
    r"ordförande|sekreterare|samordnare|projektledare|processledare|rektor|chef|koordinator|utvecklingsledare|"
    r"handläggare|kassör)",
)


def find_writer(text: str, secretary: str | None) -> str | None:
    """The writer of one meeting's notes ``text``: a single e-mail sender, the name that signs
    the notes off, else ``secretary``; None when none is known."""
    senders = {name for _, name in _from_headers(text)}
    if len(senders) > 1:
        # a thread: each message has its own writer, unless one of them is the notes' secretary
        return secretary if secretary is not None and secretary in senders else None
    if senders:
        return senders.pop()
    return _signed(text) or secretary or _written_by(text) or _self_named(text) or _closing_name(text)


def thread_senders(text: str) -> tuple[tuple[int, str], ...]:
    """In an e-mail thread with several senders, where each message starts and who sent it, in
    order: a first-person task belongs to the sender of the message it stands in ("I'll book the
    tuner" in the secretary's notes, "I'll ring the parish office" in the chair's reply below).
    Empty unless the senders differ."""
    if "rom" not in text and "rån" not in text and "ROM" not in text and "RÅN" not in text:
        return ()  # (no "From:" / "Från:" header: most notes)
    found = tuple(_from_headers(text))
    return found if len({name for _, name in found}) > 1 else ()


def _from_headers(text: str) -> Iterator[tuple[int, str]]:
    """Each "From:" / "Från:" header of ``text`` that names someone: where it starts, and the name."""
    for match in _FROM.finditer(text):
        name = _name(match.group("value"))
        if name is not None:
            yield match.start(), name


def sender_at(senders: tuple[tuple[int, str], ...], offset: int) -> str | None:
    """The sender of the message of ``senders`` (see :func:`thread_senders`) that holds ``offset``."""
    who = None
    for start, name in senders:
        if start > offset:
            break
        who = name
    return who


# "Skrivet av Tomas", "(notes by Gwen, team secretary ...)", "Minutes taken by Ruth Ellis": the writer named at the top
_WRITTEN_BY_WORDS = ("skrivet av", "skrivna av", "antecknat av", "antecknade av", "anteckningar av",
                     "anteckningarna förda av", "notes by", "notes taken by", "minutes by", "minutes taken by",
                     "written by", "written up by", "typed up by")
# "(my notes – Esther)", "mina anteckningar /Lena"
_MY_NOTES_WORDS = ("my notes", "mina anteckningar")
_WRITTEN_BY = _rx.compile(
    # ("Skrivet av mig, Ewa Sjöberg, från inspelningen")
    rf"(?:(?i:{'|'.join(_WRITTEN_BY_WORDS)})\s*:?\s+(?:(?i:mig|me|myself)\s*,\s*)?|(?i:{'|'.join(_MY_NOTES_WORDS)})\s*[–—:/-]\s*)"
    r"(?P<name>[A-ZÅÄÖ][\wåäöéü'-]+(?:[ \t]+[A-ZÅÄÖ][\wåäöéü'-]+)?)"  # (one line: "Skrivet av: Johan\nNärvarande")
)


def _written_by(text: str) -> str | None:
    head = text[:_HEAD_CHARS]
    low = head.lower()
    # The pattern tries every place of the head; a match holds one of its words, in lower case
    # unless a letter folds another way under IGNORECASE (see case_folds).
    if not any(words in low for words in (*_WRITTEN_BY_WORDS, *_MY_NOTES_WORDS)) and not case_folds(head):
        return None
    found = _WRITTEN_BY.search(text, 0, _HEAD_CHARS)
    return found.group("name") if found else None


# "Pat", "*Oliver Grant, Brightwater Advisory*", "– Kerstin": notes in the first person that end
# with their writer's name alone on the last line
_CLOSING_NAME = _rx.compile(r"[-–—/*_\s]*(?P<name>[A-ZÅÄÖ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖ][\wåäöéü'-]+){0,2})"
                           r"(?:\s*,\s*[^,\n]{2,60})?[*_\s]*")
_FIRST_PERSON = _rx.compile(r"\b(?:I'll|I will|I'm|I’ll|jag)\b")


def _closing_name(text: str) -> str | None:
    last = text.rstrip().rsplit("\n", 1)[-1]
    found = _CLOSING_NAME.fullmatch(last)
    if found is None or len(last) > 80 or not _FIRST_PERSON.search(text):
        return None
    return found.group("name")


# "Who came: me (Becca), Sal, Mike", "Sophie (me)", "jag (Anna)": the writer among those present.
_SELF = _rx.compile(
    # ("_Jag (Therese) skriver ..._": a capital, or an underscore of emphasis, before it)
    r"(?<![^\W_])(?:[Mm]e|[Mm]yself|[Jj]ag|[Mm]ig)\s*\((?P<a>[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+)?|[a-zåäö]{2,3})\)"
    # ("there: nk, jb, ht (me)": lower-case initials in notes typed without capitals)
    r"|(?P<b>[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+)?|(?<![\w-])[a-zåäö]{2,3})\s*\((?:me|jag|that's me|det är jag)\)"
    # "(anteckn. PG = jag)", "notes: me = Sophie"
    r"|(?<![\w-])(?P<c>[A-ZÅÄÖ][\wåäöé'-]*)\s*=\s*(?:jag|me)\b|(?<![\w-])(?:[Jj]ag|[Mm]e)\s*=\s*(?P<d>[A-ZÅÄÖ][\wåäöé'-]*)"
)
_HEAD_CHARS = 1500


def _self_named(text: str) -> str | None:
    if not _may_name_self(text[:_HEAD_CHARS]):
        return None
    found = _SELF.search(text, 0, _HEAD_CHARS)
    return (found.group("a") or found.group("b") or found.group("c") or found.group("d")) if found else None


_SELF_MARKS = ("(me)", "(jag)", "(that's me)", "(det är jag)")
_EQUALS_SELF = _rx.compile(r"=\s*(?:jag|me)\b|\b(?:[Jj]ag|[Mm]e)\s*=")
_SELF_WORDS = tuple(sorted(_PEOPLE_SELF_WORDS))  # (a tuple, for str.endswith)


def _may_name_self(head: str) -> bool:
    """False only where _SELF cannot match in ``head``: no bracket says "me" or "jag", and none
    follows one of _SELF_WORDS (blanks between allowed, as ``\\s*`` allows them)."""
    if any(mark in head for mark in _SELF_MARKS) or ("=" in head and _EQUALS_SELF.search(head) is not None):
        return True
    low = head.lower()  # (once, not per bracket)
    bracket = head.find("(")
    while bracket >= 0:
        end = bracket
        while end and head[end - 1].isspace():
            end -= 1
        if low.endswith(_SELF_WORDS, 0, end):
            return True
        bracket = head.find("(", bracket + 1)
    return False


def _name(value: str) -> str | None:
    """'Grace Liu <grace@x.com>' -> 'Grace Liu'; an address alone names nobody."""
    found = _NAME.search(_ADDRESS.sub(" ", value))
    return found.group(0) if found is not None else None


def _signed(text: str) -> str | None:
    lines = [line for line in text.rstrip().split("\n")[-_TAIL_LINES:] if line.strip()]
    for index, line in enumerate(lines):
        slash = _SLASH_NAME.match(line)
        if slash is not None:
            return slash.group("name")
        greeting = _GREETING.match(line)
        if greeting is None:
            # "Elena Rossi" / "Project Manager, HEALTHSPAN-EU": a name over its title closes the notes
            if (index >= len(lines) - 3 and index + 1 < len(lines) and _FULL_NAME.fullmatch(line.strip())
                    and _TITLE_LINE.search(lines[index + 1])):
                return line.strip()
            continue
        candidate = greeting.group("name") or (lines[index + 1] if index + 1 < len(lines) else "")
        name = _NAME.fullmatch(candidate.strip(" ,.-–/"))
        if name is not None:
            return name.group(0)
    return None


__all__ = ["find_writer"]
