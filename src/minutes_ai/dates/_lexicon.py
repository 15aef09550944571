"""Swedish and English date words and the regex fragments built from them."""

from __future__ import annotations

from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augusti": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month words that are also ordinary words ('may', 'mars', 'Maj' the name): month-first
# forms ('May 3') need a capital letter or a year before they count.
AMBIGUOUS_MONTH_FIRST = frozenset({"may", "maj", "mar", "mars"})

WEEKDAYS: dict[str, int] = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    # Abbreviations that are no ordinary words ('mån om', 'sat', 'sun', 'Tor' are left out).
    "tis": 1, "tors": 3, "fre": 4,
    # ... and short forms that are read only after a deadline word ('senast mån', 'till ons'):
    # see GUARDED_WEEKDAYS
    "mån": 0, "ons": 2, "lör": 5, "sön": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
}  # fmt: skip

GUARDED_WEEKDAYS = frozenset({"mån", "ons", "lör", "sön"})

NUMBER_WORDS: dict[str, int] = {
    "en": 1, "ett": 1, "a": 1, "an": 1, "one": 1,
    "två": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4, "fem": 5, "five": 5,
    "sex": 6, "six": 6, "sju": 7, "seven": 7, "åtta": 8, "eight": 8, "nio": 9, "nine": 9,
    "tio": 10, "ten": 10, "elva": 11, "eleven": 11, "tolv": 12, "twelve": 12,
    "fjorton": 14, "fourteen": 14,
}  # fmt: skip

ORDINAL_QUARTERS: dict[str, int] = {
    "första": 1, "first": 1, "andra": 2, "second": 2, "tredje": 3, "third": 3,
    "fjärde": 4, "fourth": 4,
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first so 'mars' wins over 'mar' and 'sept' over 'sep'.
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_ABBREVIATIONS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "dec",
]
_FULL_MONTHS = [word for word in MONTHS if word not in _ABBREVIATIONS]
MONTH_ABBREVIATIONS = frozenset(_ABBREVIATIONS)
# A month word not followed by more letters ('jan' must not match 'Janne'); an
# abbreviation keeps its dot only before a number, so a sentence's full stop stays out.
MONTH = (
    f"(?:{_alternation(_FULL_MONTHS)}|{_alternation(_ABBREVIATIONS)}"
    r"(?:\.(?=\s*\d))?)(?![a-zåäöé])"
)
# For text cut just after the month (a lookahead cannot see past the cut).
MONTH_BEFORE_CUT = _alternation(MONTHS) + r"(?![a-zåäöé])\.?"
WEEKDAY = _alternation(WEEKDAYS)
NUMBER = r"(?:\d{1,3}|" + _alternation(NUMBER_WORDS) + r")"
YEAR = r"(?:19|20)\d{2}(?!\d)"


def month_number(word: str) -> int:
    """Month number of a (possibly dotted, any-case) month word."""
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """0 = Monday for a Swedish or English weekday name (without suffix)."""
    return WEEKDAYS[word.lower()]


def number_value(word: str) -> int:
    """Value of a digit string or a number word."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
