"""Label lines of a minutes header: titles, attendee/absence labels, roles and other fields."""

from __future__ import annotations

import re

from . import _rx
from ._structure_lines import Line, case_folds

_OPT_PAREN = r"(?:\s*\([^)]*\))?"
ATTENDEE_LABEL = _rx.compile(
    r"^(?:(?:övriga|also|members|others|directors|board(?:\s+members)?|trustees|councillors|"
    r"committee\s+members|staff|officers)\s+)?"
    r"(?:närvarande(?:\s+ledamöter)?|närv\.?|vi\s+var|deltagare|deltagande|deltog|närvarolista|"
    r"beslutande|(?:tjänstgörande\s+)?ledamöter(?=\s*:)|"
    r"tjänstgörande\s+ersättare|(?:digitalt|fysiskt|hybrid|teams|zoom)[- ]?möte|present|"
    r"attendees|attending|attendance|in\s+attendance|participants|on\s+the\s+call|in\s+the\s+room)"
    r"(?:\s+(?:ledamöter|ledamot|members|personer|tjänstepersoner))?"
    rf"(?:\s+(?:var|were|was|är))?{_OPT_PAREN}\s*(?::|$)\s*(?P<rest>.*)$"
    # Short labels that name people only when a colon follows ("Med: Anna, Bo", "Staff: ...").
    r"|^(?:med|där|var med|staff|guests|gäster|board|management|adjungerad[e]?|inbjudna|invited|"
    r"who came|who was there|who|here|there|those present|på plats|kom gjorde|around the table|round the table|"
    r"runt bordet|kring bordet|"
    r"övriga(?:\s+deltagare)?|tjänstepersoner|tjänstemän|ersättare)"
    rf"{_OPT_PAREN}\s*:\s*(?P<rest2>.*)$"
    # Prose notes count heads first: "There were eight of us at the base: Rhys, Megan, ...",
    # "Vi var sju st på plats: Eva, Kim, ...".
    r"|^(?:there\s+were\s+(?:\w+\s+)?of\s+us|we\s+were\s+\w+|vi\s+var\s+\w+(?:\s+(?:st|stycken|personer))?)"
    r"(?:\s+(?:at|in|on|på|i|hos)\s+[^:,.]{1,40}?|\s+(?:there|där|present|närvarande|in\s+total|totalt|tonight|today|idag|ikväll))?"
    r"\s*:\s*(?P<rest3>.*)$",
    re.IGNORECASE,
)

# A letterhead in columns: the label, a run of spaces, then the first person.
ALIGNED_ATTENDEE_LABEL = _rx.compile(
    r"^(?:beslutande|närvarande|tjänstgörande\s+ersättare|ersättare|övriga(?:\s+närvarande|"
    r"\s+deltagare)?|deltagare|present|attendees|in\s+attendance)(?:\s+ledamöter)?"
    r"(?:\t+|\s{2,})(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def label_rest(match: re.Match[str]) -> str:
    """The words after an attendee label (``Närvarande: <rest>``)."""
    return match.group("rest") or match.group("rest2") or match.group("rest3") or ""


ABSENT_LABEL = _rx.compile(
    r"^(?:(?:directors|members|board(?:\s+members)?|trustees|councillors|staff|ledamöter|"
    r"ersättare|övriga)\s+)?"
    r"(?:frånvarande|frånv\.?|anmält\s+förhinder|förhinder|ej\s+närvarande|ej(?:\s+med)?(?=\s*:)|anmält\s+frånvaro|avbud|"
    r"absent|apologies(?:\s+for\s+absence)?|regrets|excused|not\s+present|unable\s+to\s+attend|leave\s+of\s+absence)"
    rf"{_OPT_PAREN}\s*(?::|$)",
    re.IGNORECASE,
)
CHAIR_LABEL = _rx.compile(
    r"^(?:mötesordförande|ordförande|ordf\.?|mötesledare|chair(?:person|man|woman)?|chaired\s+by|"
    r"facilitator|moderator)"
    r"\s*(?P<sep>[:,]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
SECRETARY_LABEL = _rx.compile(
    r"^(?:sekreterare|mötessekreterare|sekr\.?|protokollförare|antecknare|antecknat\s+av|"
    r"anteckningar\s+(?:fördes\s+)?av|antecknades\s+av|vid\s+anteckningarna|vid\s+protokollet|"
    r"vid\s+pennan|minutes(?:\s+taken|\s+recorded)?\s+by|minutes|minute[- ]taker|"
    r"notes(?:\s+taken)?\s+by|note[- ]?taker|scribe|secretary|recorder|recorded\s+by|"
    # "Notes: Sam Preston (QI facilitator)": a person's name alone after it names who took them
    r"notes(?=\s*:\s*(?:[A-ZÅÄÖ][\w'.-]+\s){1,2}[A-ZÅÄÖ][\w'-]+\s*(?:\(|,|$)))"
    r"\s*(?P<sep>[:,]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Header fields whose value is not about people: consumed so they do not end the header.
_FIELD = (
    r"(?:\w*datum|date|tid|time|tidpunkt|plats|place|location|lokal|venue|dnr|diarienummer|"
    r"beteckning|tjänsteställe|handläggare|justerare|justeras|sida|page|kallade|mötesform|"
    r"postadress|besöksadress|tel|telefon|e-post|email|organisationsnummer|org\.?\s*nr|"
    r"webbplats|hemsida|ärende|mottagare|utfärdare|författare|author)"
)
# Header fields whose value is not about people ("Datum: ...", "Tjänsteställe, handläggare").
FIELD_LABEL = _rx.compile(
    rf"^{_FIELD}(?:\s*(?:,|/|och|and|&)\s*{_FIELD})*(?:\s*$|\b[^:]{{0,20}}:\s*(?P<rest>.*)$)",
    re.IGNORECASE,
)
_TITLE = _rx.compile(
    r"^(?!(?:från|from|i|in|se|see|enligt|av|of|till|to|om|about|föregående|förra|tidigare|"
    r"previous|last|prior)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:\w*anteckningar|\w*anteckning|\w*protokoll|minutes|meeting\s+notes|notes\s+(?:from|of))\b",
    re.IGNORECASE,
)


def is_title(line: Line) -> bool:
    """True for a line that reads as a minutes title ("Anteckningar ...", "Minutes of ...")."""
    clean = line.clean
    if not clean or line.words > 25:
        return False
    # Every title holds one of these words: substring tests in C before the slower regex.
    lower = clean.lower()
    if not (
        "anteckning" in lower or "protokoll" in lower or "minutes" in lower or "notes" in lower
    ) and not case_folds(clean):
        return False
    return bool(_TITLE.match(clean))


def is_attendee_label(line: Line) -> bool:
    """True for ``Närvarande:``/``Present:``-style lines."""
    return bool(ATTENDEE_LABEL.match(line.clean))


def is_label(line: Line) -> bool:
    """True for any header label line (people, roles or other header fields)."""
    clean = line.clean
    return bool(
        ATTENDEE_LABEL.match(clean)
        or ABSENT_LABEL.match(clean)
        or CHAIR_LABEL.match(clean)
        or SECRETARY_LABEL.match(clean)
    )


def is_field(line: Line) -> bool:
    """True for a letterhead/header field label such as ``Datum`` or ``Beteckning: ...``."""
    return bool(FIELD_LABEL.match(line.clean))


__all__ = [
    "ABSENT_LABEL",
    "ALIGNED_ATTENDEE_LABEL",
    "ATTENDEE_LABEL",
    "CHAIR_LABEL",
    "FIELD_LABEL",
    "SECRETARY_LABEL",
    "is_attendee_label",
    "is_field",
    "is_label",
    "is_title",
    "label_rest",
]
