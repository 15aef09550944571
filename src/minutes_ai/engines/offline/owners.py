"""Who is who: resolve the names, initials and roles notes use for the people at a meeting.

Notes name people by full name, first name, initials ("HH"), role ("ordf.", "sekreteraren",
"the chair") or organisation ("GR", "kansliet"). :class:`NameIndex` knows the meeting's attendees
and the document's proper nouns, so a capitalised word at the start of a sentence can be told
apart from an ordinary word that happens to be capitalised there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ... import _rx
from ..._structure_lines import chat_handle
from ..._titles import TITLE_PATTERN
from ...schemas import Meeting
from ._fastre import lower_source
from ._literals import finite_strings, parse_tree
from .cues import BODY_SUFFIX as _BODY

_WORD = _rx.compile(r"[A-ZÅÄÖÉÜ][a-zåäöéüøæ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
# A capitalised word after a lower-case word (or a comma) is a proper noun: names are capitalised
# everywhere, ordinary words only at the start of a sentence.
# (The capital comes first and the look-behind checks it with the two characters before:
# a pattern that starts with a character class is scanned for in C, a look-behind is not.)
_MID_PROPER = _rx.compile(
    r"[A-ZÅÄÖÉÜ](?<=[a-zåäöéü0-9,;:)] [A-ZÅÄÖÉÜ])[a-zåäöéüøæ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
)
_ACRONYM = _rx.compile(r"^[A-ZÅÄÖ]{2,5}$")
_ORG_SHORT = _rx.compile(r"\(([A-ZÅÄÖ][A-ZÅÄÖ&-]{1,6})\)\s*$")
_HONORIFIC = _rx.compile(rf"^{TITLE_PATTERN}\s+", re.I)
# A name at the start of a line or sentence followed by a surname: "Sandra Engström arbetar ...".
_PAIR = r"([A-ZÅÄÖÉÜ][a-zåäöéü]+)\s+[A-ZÅÄÖÉÜ][a-zåäöéü]+(?=[ ,]+[a-zåäö])"
_NAME_PAIR_FIRST = _rx.compile(_PAIR)  # at the very start of the text
# After a sentence end or a line break (bullet and bold allowed): written to start with one
# character class, which is scanned for in C.
_NAME_PAIR = _rx.compile(
    r"[.!?:\n](?:(?<=[.!?:])\s+|(?<=\n)[ \t]*(?:[-*•]\s+)?(?:\*\*)?)" + _PAIR
)


def _name_pairs(text: str) -> list[str]:
    """First names of the name pairs that open the text, a sentence or a line."""
    first = _NAME_PAIR_FIRST.match(text)
    if first is None:
        return _NAME_PAIR.findall(text)
    return [first.group(1), *_NAME_PAIR.findall(text, first.end())]

# Words that are capitalised mid-sentence without naming someone who can own a task.
_PLAIN_NAME = _rx.compile(r"[A-ZÅÄÖ][a-zåäöéü'’-]{2,}")
_PLAIN_FULL_NAME = _rx.compile(r"[A-ZÅÄÖ][a-zåäöéü'’-]+ [A-ZÅÄÖ][a-zåäöéü'’-]{2,}")
_TITLE_LEAD = _rx.compile(rf"^(?:{TITLE_PATTERN}\s+)+", re.I)


_HANDLE_HEAD = _rx.compile(r"[a-z]{2,}")
# "@tomasz.n", "@dana_w", "@ravi-m", "@keisha": a handle made of a first name and a surname's start
_HANDLE_PARTS = _rx.compile(r"@(?P<first>[a-zåäöé]{2,})(?:[._-](?P<rest>[a-zåäöé]+))?")


def _handle_head(name: str) -> str:
    """The first name a chat handle starts with ("sarah" of "sarah.k", "jordan" of "jordan_p"); ""
    for anything else."""
    if not chat_handle(name):
        return ""
    head = _HANDLE_HEAD.match(name)
    return head.group(0) if head is not None else ""


def _name_parts(name: str) -> list[str]:
    """A name's words without the titles before it: "Dr Hannah Oduya" is "Hannah" and "HO", not "Dr" and "DHO"."""
    return _TITLE_LEAD.sub("", name).split()


_INITIAL_FIRST = _rx.compile(r"^[A-ZÅÄÖ]\.?\s+[A-ZÅÄÖ][\w'-]+$")  # "H. Oduya", "S Preston"
_NOT_OWNERS = {
    "jag", "vi", "ni", "man", "det", "den", "de", "detta", "denna", "dessa", "han", "hon", "hen",
    "i", "we", "you", "they", "it", "he", "she", "this", "that", "there", "the", "a", "an",
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december", "january", "february", "march", "june", "july", "august",
    "october", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "teams", "zoom",
    "beslut", "förslag", "decision", "action", "note", "notes", "agenda", "item", "ok", "todo",
    "själv",
    # prepositions, capitalised where an enumerated line opens on them ("b) Till styrelseledamöter ... valdes")
    "till", "för", "från", "efter", "under", "enligt", "inom", "av", "på", "hos", "mot", "utan",
    "to", "for", "from", "with", "after", "within", "of", "on", "at", "by", "into", "without",
    # a word of assent before a question ("Bra, kan du ha den klar ...?", "Great, can you ...?")
    "bra", "toppen", "super", "perfekt", "jättebra", "utmärkt", "okej", "tack", "great", "good", "fine", "right",
    "perfect", "lovely", "cool", "thanks", "alright", "brilliant", "nice", "excellent",
}

_COMMON_WORDS = {"får", "är", "har", "ska", "kan", "vill", "måste", "bör", "tar", "gör", "blir", "is",
                 "will", "to", "has", "can", "must", "should", "och", "and", "för", "om", "med"}
# Lower-case role and body nouns: "kommundirektören", "förvaltningen", "styrelsen".
_ROLE_SUFFIXES = (
    "direktören", "chefen", "ledaren", "ansvarige", "samordnaren", "handläggaren", "sekreteraren",
    "ordföranden", "kassören", "förvaltningen", "kansliet", "styrelsen", "nämnden", "gruppen", "rådet",
    "utskottet", "enheten", "avdelningen", "kontoret", "sekretariatet", "herden", "prästen", "kantorn",
    "diakonen", "kuratorn", "vaktmästaren", "förvaltaren", "ekonomen", "koordinatorn", "läraren",
    "lärarna", "mentorn", "mentorerna", "föräldrarna", "eleverna", "personalen", "medarbetarna",
    "kollegorna", "ansvariga", "rektorn", "rektor", "prefekten", "prefekt",
)
_ROLE_SUFFIX = _rx.compile(
    rf"^[a-zåäö-]*(?:{'|'.join(_ROLE_SUFFIXES)})$",
    re.IGNORECASE,  # "IT-avdelningen", "HR-chefen"
)
# A token can match only if it ends in one of the suffixes: its last letters (as many as the
# shortest suffix has) must end one of them. Told at once for letters that fold only to their
# own other case (ASCII, å, ä, ö): most words skip the pattern, which backtracks over each letter.
_TAIL = min(map(len, _ROLE_SUFFIXES))
_ROLE_SUFFIX_TAILS = frozenset(w[-_TAIL:] for w in _ROLE_SUFFIXES)
_PLAIN_FOLDING = frozenset(map(chr, range(128))) | frozenset("åäöÅÄÖ")


def _role_suffix(token: str) -> bool:
    """``_ROLE_SUFFIX.search(token)``, skipped where the token's last letters rule a match out."""
    if not token.endswith("\n"):  # "$" also matches before a final newline
        tail = token[-_TAIL:]
        if len(tail) < _TAIL:
            return False  # shorter than any suffix
        if _PLAIN_FOLDING.issuperset(tail) and tail.lower() not in _ROLE_SUFFIX_TAILS:
            return False
    return _ROLE_SUFFIX.search(token) is not None


_DEFINITE = _rx.compile(r"(?:aren|eren|ingen|ningen|andet|endet|heten|skapet|tionen|gruppen|et)$")

# Roles that can own a task, sv and en; matched case-insensitively, with a trailing article/dot.
ROLE_WORDS = (
    r"ordförande(?:n)?|ordf\.?|vice ordförande(?:n)?|sekreterare(?:n)?|sekr\.?|kassör(?:en)?|"
    r"projektledare(?:n)?|PL|processledare(?:n)?|samordnare(?:n)?|kansliet|styrelsen|"
    r"förvaltningen|nämnden|arbetsgruppen|styrgruppen|ledningsgruppen|utskottet|valberedningen|"
    r"rektor(?:n)?|verksamhetschef(?:en)?|enhetschef(?:en)?|kommunikatör(?:en)?|"
    r"(?:the )?chair(?:person)?|(?:the )?secretary|(?:the )?treasurer|(?:the )?scribe|"
    r"(?:the )?editors?|(?:the )?board|(?:the )?committee|(?:the )?team lead|(?:the )?PM|"
    r"(?:the )?project manager|(?:the )?release manager|(?:the )?facilitator|(?:the )?clerk|"
    r"(?:the )?head ?teacher|(?:the )?principal|(?:the )?chair(?:man|woman)|(?:the )?vice[- ]chair|"
    r"(?:the )?coordinator|(?:the )?office|(?:the )?governors|(?:the )?members|pmc(?: members)?|"
    r"(?:the )?committers|(?:the )?maintainers|(?:the )?team|(?:the )?staff|all|everyone|alla|"
    # "Chairs – Doodle for an interim", "The co-chairs to draft ...", "Secretariat to circulate ..."
    r"(?:the )?(?:co-?)?chairs|(?:the )?secretariat"
)
_ROLE = _rx.compile(rf"^(?:{ROLE_WORDS})$", re.IGNORECASE)
# The roles, spelled out in lower case: a token of letters that fold only to their own other
# case (see _PLAIN_FOLDING) is a role exactly when its lower case is one of them.
_ROLE_NAMES = finite_strings(parse_tree(lower_source(rf"^(?:{ROLE_WORDS})$")))


def _role(token: str) -> bool:
    """``_ROLE.match(token)``, skipped where the spelled-out roles rule a match out."""
    if (_ROLE_NAMES is not None and not token.endswith("\n") and _PLAIN_FOLDING.issuperset(token)
            and token.lower() not in _ROLE_NAMES):
        return False
    return _ROLE.match(token) is not None


def is_role(token: str) -> bool:
    """Whether ``token`` names a role or body of the meeting's own organisation ('Förvaltningen', 'the Clerk')."""
    return _role(token.strip())


@dataclass
class NameIndex:
    """Names known to belong to people or bodies of one meeting's document."""

    full_names: dict[str, str] = field(default_factory=dict)  # casefolded alias -> display name
    proper: set[str] = field(default_factory=set)  # proper nouns seen mid-sentence
    counts: Counter[str] = field(default_factory=Counter)  # capitalised words, anywhere
    last_names: dict[str, str] = field(default_factory=dict)  # "hayes" -> "Gloria Hayes"
    # Answers so far, per question: the same few words are asked about for every sentence.
    _person_like: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _established: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _known: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, meeting: Meeting, text: str) -> NameIndex:
        """Index attendees (full, first, last names, initials), chair, secretary and proper nouns."""
        index = cls()
        people: list[str] = [a.name for a in meeting.attendees]
        people += [p for p in (meeting.chair, meeting.secretary) if p]
        people = list(dict.fromkeys(p.strip() for p in people))  # the chair is also an attendee
        # "Attendees: H. Oduya, S. Preston" with "Chair: Hannah Oduya", "Notes: Sam Preston": one person each,
        # known by the full name ("HO" in the action table and "Hannah" in the text are the same)
        spelled = {(bare[0][0].casefold(), bare[-1].casefold()): n for n in people
                   if len(bare := _name_parts(n)) >= 2 and len(bare[0].rstrip(".")) > 1}
        aliases = {n: spelled[key] for n in people if _INITIAL_FIRST.match(n)
                   and (key := (n[0].casefold(), n.split()[-1].casefold())) in spelled}
        people = [p for p in people if p not in aliases]
        # (first names counted as _add_person reads them: "Dr Hannah Oduya" and "Hannah Berg" share "Hannah")
        first_counts = Counter(parts[0].casefold() for n in people if len(parts := _name_parts(n)) >= 2)
        first_counts.update(head for n in people if (head := _handle_head(n)))  # "amir" of "amir.dev"
        last_counts = Counter(n.split()[-1].casefold() for n in people if " " in n.strip())
        for name in people:
            index._add_person(name, unique_first=first_counts)
        for alias, name in aliases.items():
            index.full_names.setdefault(alias.casefold(), name)
        for name in people:
            parts = name.split()
            if len(parts) >= 2 and last_counts[parts[-1].casefold()] == 1:
                index.last_names.setdefault(parts[-1].casefold(), name)
        for attendee in meeting.attendees:
            if attendee.organisation and _ACRONYM.match(attendee.organisation):
                index.proper.add(attendee.organisation)
            elif attendee.organisation and (short := _ORG_SHORT.search(attendee.organisation)):
                # "TU Karlsfeld (TUK)": the partner named by its short form ("TUK to present ...")
                index.full_names.setdefault(short.group(1).casefold(), short.group(1))
                index.proper.add(short.group(1))
        counts = Counter(_MID_PROPER.findall(text))
        counts.update(_name_pairs(text))
        index.counts = Counter(_WORD.findall(text))
        index.proper.update(w for w in counts if w.casefold() not in _NOT_OWNERS)
        return index

    def _add_person(self, name: str, *, unique_first: Counter[str]) -> None:
        name = name.strip()
        if not name:
            return
        self.full_names.setdefault(name.casefold(), name)
        parts = _name_parts(name)
        if (head := _handle_head(name)) and unique_first[head] <= 1:
            self.full_names.setdefault(head, name)  # "amir can you send ..." is amir.dev's
        if len(parts) >= 2:
            first = parts[0].casefold()
            if unique_first[first] <= 1:
                self.full_names.setdefault(first, name)
            initials = "".join(p[0] for p in parts if p[:1].isalpha()).upper()
            if len(initials) >= 2:
                self.full_names.setdefault(initials.casefold(), name)
            if parts[-1][:1].isalpha():
                self.full_names.setdefault(f"{first} {parts[-1][0].casefold()}", name)  # "Tom K." for Tom Kowalski
            self.proper.update(p for p in parts if p[:1].isupper())

    def is_person_like(self, token: str) -> bool:
        """True when ``token`` (one word or a short name) can name a person, role or body."""
        found = self._person_like.get(token)
        if found is None:
            found = self._person_like[token] = self._is_person_like(token)
        return found

    def _is_person_like(self, token: str) -> bool:
        token = token.strip(" ,.:;()")
        if not token:
            return False
        if token.casefold() in self.full_names:
            return True
        if _role(token):
            return True
        if _HONORIFIC.match(token) and self._titled(token) is not None:
            return True  # "Mr. Lund to issue the purchase order" for a listed "Steve Lund"
        if _ACRONYM.match(token):
            return True
        if _BODY.match(token) or _role_suffix(token):
            return True
        words = token.split()
        if all(_WORD.fullmatch(w) for w in words) and words[0].casefold() not in _NOT_OWNERS:
            if len(words) >= 2:
                # "Samordnaren Får ...": a capitalised verb or a definite noun is no name.
                return not any(w.casefold() in _COMMON_WORDS for w in words) and not _DEFINITE.search(words[0])
            return words[0] in self.proper
        return False

    def is_established(self, token: str) -> bool:
        """An attendee, or a proper noun the notes use more than once (a one-off may be a typo)."""
        found = self._established.get(token)
        if found is None:
            found = self._established[token] = self._is_established(token)
        return found

    def _is_established(self, token: str) -> bool:
        token = token.strip(" ,.:;()")
        if token.casefold() in self.full_names or self.counts.get(token, 0) >= 2:
            return True
        if _role(token) or _BODY.match(token) or _role_suffix(token):
            return True  # "Styrelsen", "Kommunerna", "kommundirektören" name who they are
        words = token.split()
        # A first name and a surname ("Mark Ellis") name a person even when said once.
        return 2 <= len(words) <= 3 and self.is_person_like(token)

    def is_known(self, token: str) -> bool:
        """True for an attendee's name, first name or initials, or a proper noun of the notes."""
        found = self._known.get(token)
        if found is None:
            found = self._known[token] = self._is_known(token)
        return found

    def _is_known(self, token: str) -> bool:
        token = token.strip(" ,.:;()")
        if token.casefold() in self.full_names or token in self.proper:
            return True
        if token[:1] == "@":
            return self._by_handle(token) is not None
        if self._titled(token) is not None:
            return True  # "Mr. Gagnon – confirm the booking" for a listed "Principal Marc Gagnon"
        words = token.split()
        return len(words) >= 2 and all(w in self.proper or _WORD.fullmatch(w) for w in words) and (
            words[0] in self.proper or words[0].casefold() in self.full_names
        )

    def _by_handle(self, handle: str) -> str | None:
        """The attendee a chat handle names: '@tomasz' or '@tomasz.n' for a listed Tomasz Nowak
        (the first name unambiguous, the letters after the dot the start of the surname)."""
        parts = _HANDLE_PARTS.fullmatch(handle)
        if parts is None:
            return None
        full = self.full_names.get(parts.group("first"))
        if full is None:
            return None
        rest = parts.group("rest")
        names = _name_parts(full)
        return full if not rest or (len(names) >= 2 and names[-1].casefold().startswith(rest)) else None

    def person_in(self, sentence: str) -> str | None:
        """The first attendee a sentence mentions, else its first proper name (for 'hon'/'he'
        later on): "Guidance on ...: Dr Wren's draft ..." points at Wren, not at "Guidance"."""
        proper: str | None = None
        for match in _WORD.finditer(sentence):
            word = match.group(0)
            if word.casefold() in self.full_names:
                return self.full_names[word.casefold()]
            if word.casefold() in self.last_names:
                return self.last_names[word.casefold()]
            if proper is None and word in self.proper and word.casefold() not in _NOT_OWNERS:
                proper = word
        return proper

    def resolve(self, owner: str) -> str:
        """The attendee's full name for a first name, initials, 'Ms. Surname' or a chat handle
        ('@tomasz.n') when unambiguous, else the owner as written."""
        owner = owner.strip(" ,.:;")
        found = self.full_names.get(owner.casefold())
        if found:
            return found
        if owner[:1] == "@" and (handled := self._by_handle(owner)) is not None:
            # (an attendee listed by the handle itself: "@ana" stays as written)
            return owner if handled.casefold() == owner[1:].casefold() else handled
        if _HONORIFIC.match(owner):
            return self._titled(owner) or owner
        if " " not in owner and _PLAIN_NAME.fullmatch(owner):
            # "Kowalski will draft it": an attendee listed as a plain "Tom Kowalski", named by the surname
            full = self.last_names.get(owner.casefold())
            if full is not None and _PLAIN_FULL_NAME.fullmatch(full):
                return full
        return owner

    def _titled(self, owner: str) -> str | None:
        """The attendee 'Ms. Surname' or 'Dr Full Name' names, by full name or unique surname."""
        titled = _HONORIFIC.match(owner)
        if titled is None:
            return None
        bare = owner[titled.end():].casefold()
        return self.full_names.get(bare) or self.last_names.get(bare)

    def resolve_many(self, owners: Iterable[str]) -> str:
        """Resolve each owner and join them with ', '."""
        seen: list[str] = []
        for owner in owners:
            resolved = self.resolve(owner)
            if resolved and resolved not in seen:
                seen.append(resolved)
        return ", ".join(seen)


_OWNER_SPLIT = _rx.compile(r"\s*(?:,|&|/|\boch\b|\band\b|\bo\b|\+)\s*")
_JOINERS = ("och", "and", "o")  # the separators made of letters, whole words only


def split_owner_list(text: str) -> list[str]:
    """'Anna och Bo', 'A, B & C', 'Anna/Bo', 'kl o mj' -> the separate names."""
    text = text.strip()
    if text.isalpha() and text not in _JOINERS:
        return [text]  # one word of letters: no separator fits inside it (most owners)
    parts = _OWNER_SPLIT.split(text)
    return [p.strip() for p in parts if p.strip()]
