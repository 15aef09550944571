"""Role words beside a name: job titles, chair and secretary, notes, organisations."""

from __future__ import annotations

import re

from . import _rx
from ._structure_lines import case_folds
from ._structure_names import looks_like_name

# Remarks about attendance ("del av mötet", "joined at 10:20"): a note, not a role.
NOTE = _rx.compile(
    r"^(?:punkt(?:erna)?|p\.|§|items?|points?|agenda items?|ärende)\s*\d"
    r"|del av mötet|delar av mötet|delvis|part of (?:the )?meeting|partly|partially"
    r"|via (?:teams|zoom|länk|link|telefon|phone|video)|digitalt|på distans|remote(?:ly)?"
    r"|online|\bkl\.?\s*\d|till kl|från kl|\buntil\b|left at|arrived at|ej beslutande|not voting"
    r"|^ej punkt|^except|\bonly$|^kom (?:efter|kl|till|sent)|^gick (?:efter|kl|före)|^arrived|\bjoined\b|\banslöt\b"
    r"|\b(?:on pto|on leave|off sick|sjuk|ledig|föräldraledig|absent|frånvarande)\b"
    r"|^left\b",
    re.IGNORECASE,
)
# Every note holds a digit or one of these words (lower case): a quick test before NOTE,
# whose search with re.IGNORECASE over many alternatives is slow on every name.
_NOTE_HINT = _rx.compile(
    r"\d|del|part|via |digitalt|på distans|remote|online|kl|until|left|arrived|ej |not voting"
    r"|except|only|kom |gick |joined|anslöt|on pto|on leave|off sick|sjuk|ledig|absent|frånvarande"
)


def find_note(value: str) -> re.Match[str] | None:
    """``NOTE.search(value)``: a remark about attendance such as "del av mötet", "kl 10"."""
    if _NOTE_HINT.search(value.lower()) is None and not case_folds(value):
        return None
    return NOTE.search(value)


_ROLE_WORDS = _rx.compile(
    r"^(?:(?:förste |andre |2:e |1:e )?vice[- ]|co-|deputy )?(?:ordförande|ordf\.?|sekreterare|sekr\.?|justerare|"
    r"ledamot|ersättare|adjungerad|chair(?:person|man|woman)?|secretary|scribe|note ?taker|"
    r"minute taker|treasurer|kassör|facilitator|moderator|observer|gäst|guest|"
    r"ceo|cfo|coo|cto|cio|vd|hr-chef|clerk|headteacher|head teacher|principal|governor|"
    r"councillor|mayor|president)\b",
    re.IGNORECASE,
)
# English job titles are written in Title Case, so capitals do not make them organisations.
_TITLE_CASE_ROLE = _rx.compile(
    r"^(?:head of\b.*|(?:[\w&/-]+\s+){0,3}(?:manager|lead|leader|director|head|officer|"
    r"coordinator|co-ordinator|engineer|developer|consultant|analyst|adviser|advisor|specialist|"
    r"president|chairman|chairperson|treasurer|secretary|administrator|assistant|owner|"
    r"architect|designer|representative|controller|strategist|planner|researcher|partner|"
    r"superintendent|trustee|commissioner|supervisor|clerk)s?)$",
    re.IGNORECASE,
)
# Swedish titles are compounds ending in a role noun ("Enhetschef", "Utvecklingsledare").
_SV_ROLE_NOUNS = tuple(
    """
    chef ledare samordnare handläggare strateg sekreterare ansvarig direktör controller ekonom
    utredare rektor koordinator specialist konsult sakkunnig assistent ombud representant polis
    arkitekt pedagog lärare förskollärare sjuksköterska skolsköterska kurator psykolog läkare
    kassör revisor
    """.split()
)
_SV_ROLE_NOUN = _rx.compile(rf"^[\w-]*(?:{'|'.join(_SV_ROLE_NOUNS)})\b", re.IGNORECASE)
_CHAIR = _rx.compile(
    r"(?<!vice )(?<!vice-)(?<!co-)\b(?:mötesordförande|ordförande|ordf\.?|chair(?:person|man|woman)?|"
    r"president|facilitator|mötesledare)"
    r"(?!\w)",
    re.IGNORECASE,
)
_SECRETARY = _rx.compile(
    r"\b(?:sekreterare|mötessekreterare|sekr\b\.?|protokollförare|antecknare|secretary|scribe|"
    r"note ?taker|antecknar|för anteckningar|takes notes|taking notes|"
    r"minute taker)\b",
    re.IGNORECASE,
)
# Academic titles are no part of the name ("Dr. Kenji Mori").
_ACADEMIC = frozenset({"dr", "prof", "professor", "docent", "doc"})
_FROM = _rx.compile(r"^\(?\s*(?:från|from|för|for)\s+(?P<org>.+?)\s*\)?\.?$", re.IGNORECASE)


def apply_descriptor(person: dict[str, str | None], descriptor: str) -> None:
    """Sort one descriptor beside a name into ``person``'s organisation, role or note."""
    desc = descriptor.strip(" .,;:–-")
    if not desc:
        return
    if find_note(desc):
        _add(person, "note", desc)
        return
    from_match = _FROM.match(desc)
    if from_match:
        _add(person, "organisation", from_match.group("org"))
        return
    if _TITLE_CASE_ROLE.match(desc):
        _add(person, "role", desc)  # "Project Manager", "Head of Sales"
        return
    if _ROLE_WORDS.match(desc) or desc[0].islower() or _SV_ROLE_NOUN.match(desc):
        # A job title may carry its organisation: "hållbarhetschef Örebro kommun".
        words = desc.split()
        cut = next((i for i, w in enumerate(words) if i and w[0].isupper()), len(words))
        _add(person, "role", " ".join(words[:cut]))
        if cut < len(words):
            _add(person, "organisation", " ".join(words[cut:]))
        return
    _add(person, "organisation", desc)


def _add(person: dict[str, str | None], key: str, value: str) -> None:
    current = person.get(key)
    person[key] = f"{current}, {value}" if current else value


def _title_prefixed(words: list[str]) -> tuple[str, str] | None:
    """``Business Manager Steve Lund``, ``Superintendent Dr. Carla Rivera``, ``Directors Dana
    Howe``: an English job title in Title Case before a name of two words or more."""
    for cut in (1, 2, 3):
        if len(words) - cut < 2:
            return None
        role = " ".join(words[:cut])
        if _TITLE_CASE_ROLE.match(role) and not role[:1].islower():
            rest = words[cut:]
            if len(rest) >= 3 and rest[0].lower().rstrip(".") in _ACADEMIC:
                rest = rest[1:]  # "Superintendent Dr. Carla Rivera": the name is Carla Rivera
            if looks_like_name(name := " ".join(rest)):
                return role, name
    return None


def role_prefixed(value: str) -> tuple[str, str] | None:
    """``förskolechef Helena Wiik``, ``Kommunpolis Johan Thorén``, ``Business Manager Steve Lund``:
    (role, name) when so written."""
    words = value.split()
    if words and words[0][:1].isupper() and (titled := _title_prefixed(words)) is not None:
        return titled
    for cut in (1, 2):
        if len(words) <= cut:
            return None
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        last = words[cut - 1]
        known = bool(_ROLE_WORDS.match(last) or _SV_ROLE_NOUN.match(last))
        lower = all(w[:1].islower() for w in words[: cut - 1])
        if known and lower and looks_like_name(name) and len(words) - cut <= 3:
            return role, name
    return None


def leading_role(name: str) -> tuple[str, str | None]:
    """``Kommunpolis Johan Thorén`` -> the name and the title written before it."""
    words = name.split()
    if len(words) >= 3 and (titled := _title_prefixed(words)) is not None:
        # "Superintendent Dr. Carla Rivera"; "Present: Directors Dana Howe, Luis Alvarez": a plural
        # title heads the whole list, not this one person's role
        return titled[1], None if titled[0].endswith("s") and not titled[0].endswith("ss") else titled[0]
    if len(words) >= 3 and words[0].lower().rstrip(".") in _ACADEMIC:
        return " ".join(words[1:]), None  # "Dr. Kenji Mori": the name is Kenji Mori
    if len(words) >= 2 and (_ROLE_WORDS.fullmatch(words[0]) or _is_role_noun(words[0])):
        return " ".join(words[1:]), words[0]
    return name, None


def _is_role_noun(word: str) -> bool:
    """``_SV_ROLE_NOUN.fullmatch(word)``: a word ending in a role noun ("Enhetschef")."""
    # The ending first: the regex backtracks through the whole word for every noun.
    if not word.lower().endswith(_SV_ROLE_NOUNS) and not case_folds(word):
        return False
    return _SV_ROLE_NOUN.fullmatch(word) is not None


def role_after(value: str) -> tuple[str, str] | None:
    """``Karin Norell ordf.``, ``Erik Sandberg 1:e vice ordf.``: (name, role) when so written."""
    words = value.split()
    for cut in range(len(words) - 1, 0, -1):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if (
            not words[cut][:1].isupper()
            and looks_like_name(name)
            and _ROLE_WORDS.match(re.sub(r"^\d:[ea]\s+", "", role))
        ):
            return name, role
    return None


def is_chair_role(role: str | None) -> bool:
    """True when a role text names the meeting's chair (not a vice chair)."""
    return bool(role and _CHAIR.search(role))


def is_secretary_role(role: str | None) -> bool:
    """True when a role text names the minute taker."""
    return bool(role and (_SECRETARY.search(role) or _NOTES_ROLE.fullmatch(role.strip(" ."))))


# "Mei (notes)", "Rosita (skriver)", "Kat (minutes)": the role of taking the notes, in one word
_NOTES_ROLE = _rx.compile(r"notes|minutes|skriver|anteckningar|antecknar|protokoll|skrev", re.IGNORECASE)


__all__ = [
    "NOTE",
    "apply_descriptor",
    "find_note",
    "is_chair_role",
    "is_secretary_role",
    "leading_role",
    "role_after",
    "role_prefixed",
]
