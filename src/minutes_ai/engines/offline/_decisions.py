"""Decisions: the decision items of a sentence, a list and an agenda point, and the cues for them.

:func:`_decision` makes a decision item of a span; :func:`_decision_clauses` cuts a long
sentence into the clauses that each decide; :func:`_close_list` emits the decision an opening
sentence and its list make. The patterns say when a decision also names who acts ("Det
beslutades att Rebecka ordnar ..."), when a sentence opens a list of what was decided, when a
dated past-tense decision reports an earlier one, and which of the chair's propositions to drop.
"""

from __future__ import annotations

import datetime as dt
import re

from ... import _rx
from ...dates import find_dates
from ...schemas import Decision
from . import cues, rules
from ._context import _Context
from .schedule import month_number
from .segment import Block, clean

# "Rachel – award letters", "Beth - grant draft to Finance": after a name and a dash, a list line
# names the task by a noun ("Trustees to approve the accounts" is a decision still to come)
_NOUN_AFTER_DASH = _rx.compile(r"[^–—-]{1,40}\s[–—-]\s+\w+\s+\w")


# A decision settled in conversation: "so that's agreed then", "då kör vi på det".
_SETTLED = _rx.compile(
    r"\b(?:(?:so )?that's agreed|it's agreed|agreed then|that's decided|that's settled|"
    r"så är det bestämt|då är det bestämt|då är det beslutat|då kör vi på det|då säger vi så)\b", re.I
)
# The chair opening the meeting: "Okej, vi kör.", "Då sätter vi igång.", "OK, let's get started."
_OPENS_MEETING = _rx.compile(
    r"^(?:[^:]{1,40}:\s*)?(?:(?:okej|ok|okay|bra|nå|nåväl|jaha|right|alright|all right|so|well|good)[,.!]?\s+)*"
    r"(?:då\s+|so\s+|then\s+)?(?:vi kör|kör vi|sätter vi igång|vi sätter igång|vi börjar|börjar vi|vi drar igång|"
    r"let's (?:get )?start(?:ed)?|let's begin|let's kick off|let's get going|shall we (?:start|begin|get started))"
    r"(?:,? (?:then|då|så))?\W*$",
    re.I,
)
_REPRESENTS = _rx.compile(r"\bsom (?:ombud|representant\w*|delegat\w*)\b|\bas (?:our |the )?(?:delegates?|representatives?)\b",
                         re.I)
_STILL_TO_DECIDE = _rx.compile(r"\b(?:will be|has to be|have to be|must be|needs to be|still|ska|måste|behöver)\b", re.I)


def _DECIDED_THEN_TASK(words: str, owners) -> bool:
    """'Vote postponed to the May 16 meeting; Linh will email the draft', 'new wheelbarrow – agreed to
    buy one, up to £80, Trevor to order': a decision, then a task for someone the decision clause
    does not name."""
    for sep in ("; ", ", ", " and ", " och "):
        head, found, _tail = words.partition(sep)
        if found and not _IF_CLAUSE.match(head) and rules.decides(head, in_section=False) \
                and not _STILL_TO_DECIDE.search(head) and not any(
                o.split()[0].casefold() in head.casefold() for o in owners if o.strip()):
            return True
    return False


_IF_CLAUSE = _rx.compile(r"\W*(?:if|om|when|när|unless|once)\b", re.I)  # "If accepted, Ines drafts the order"


def _decision(ctx: _Context, start: int, end: int, text: str, words: str | None = None) -> Decision:
    words = words or clean(text[start:end])
    return Decision(text=rules.decision_text(words), evidence=[ctx.document.evidence(start, end)])


# A clause that opens with its own subject and finite verb: "Carina godkände ...", "Bob will ...".
_NEW_STATEMENT = _rx.compile(
    r"[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*)?\s+(?:[a-zåäö]+(?:ar|er|ir|or|ör|de|te|dde|ade)"
    r"|[a-z]+ed|will|is|was|has|had|would|ska|skall|kommer|har|är|var)\b"
)
# "..., och till justerare valdes ...", "..., och som revisor omvaldes ...": an adverbial, then the verb
_INVERTED_OPENING = _rx.compile(r"(?:till|som|i|på|för|efter|därefter|sedan|dessutom|to|as|for)\s", re.I)
_CLAUSE_CUT = _rx.compile(r";\s+|,?\s+(?:och|men|and|but|while|medan)\s+(?=[A-ZÅÄÖ])|,\s+(?:och|and)\s+(?=[a-zåäö])")


def _decision_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a long sentence that each record a decision ("Nätverket ställer sig bakom
    förslaget och Carina godkände att ..."): one span per clause with a decision verb."""
    raw = text[start:end]
    if len(raw) < 90 or cues.DECISION_LABEL.match(raw):
        return [(start, end)]
    # "Rebecka och Ali ordnar ...": a name before "och" joins subjects, it does not end a clause.
    cuts = [0] + [c.end() for c in _CLAUSE_CUT.finditer(raw)
                  if (_NEW_STATEMENT.match(raw, c.end()) and not _NAME_BEFORE.search(raw, 0, c.start()))
                  # "Dagordningen godkändes, och till justerare valdes Anita Ek": a clause of its own
                  # with its own decision, the subject after the verb
                  or (raw[c.start()] == "," and _INVERTED_OPENING.match(raw, c.end())
                      and cues.DECISION_VERB.search(raw, c.end()) and cues.DECISION_VERB.search(raw, 0, c.start()))]
    bounds = [*cuts[1:], len(raw) + 1]
    spans: list[tuple[int, int]] = []
    for clause_start, next_start in zip(cuts, bounds, strict=True):
        piece = raw[clause_start:next_start]
        piece = _CLAUSE_TAIL.sub("", piece)
        if len(piece.split()) >= 3 and cues.DECISION_VERB.search(piece):
            spans.append((start + clause_start, start + clause_start + len(piece)))
    return spans or [(start, end)]


# "Förvaltningen ges i uppdrag att ...": the meeting commissions, the förvaltning acts.
_COMMISSIONED = _rx.compile(r"\b(?:ges|gavs) i uppdrag att\b|\buppdras att\b")
# "beslutar att" / "RESOLVED: That" + the points that complete it.
# (not the object of a preposition: "→ yes, happy with that")
_OPENS_LIST = _rx.compile(r"(?<!\bwith )(?<!\bof )(?<!\babout )(?<!\blike )(?<!\bdo )\b(?:att|that|to)\s*:?$", re.I)
_DECIDES_ALONE = _rx.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:beslutar|beslutade|beslöt|beslutas|beslutades)$")
# "Approved 5–1 (Stuart against: ...)": an outcome with its count and reasons after it
_RESULT_DETAIL = _rx.compile(r"[^.(]{0,20}\s*[(,;:–—]")
# "Erik undrade om han får gå introduktionen. Ja, Jessica lägger in honom.", "Kan vi få en egen kanal?
# → Ja, Wei skapar den.": a question put to the meeting, then its yes (a hedged "Ja troligen, men ..." is none)
_ASKED = _rx.compile(rf"\?\W*$|\b(?:{cues.ASKED_OF_MEETING})\b", re.I)
# "Pharmacy next door asked to share our car park. Not for now – spaces too tight.", "lott 22 vill ha ett
# växthus på 3x4 m. nej - ordningsreglerna säger max 2x3": a request put to the meeting, then its no. Not
# a no put off ("Not for now - revisit in May"), one person's own ("Nej, jag hinner inte"), or "No objections".
_REQUESTED = _rx.compile(
    rf"\?\W*$|\b(?:{cues.ASKED_OF_MEETING}|undrade|undrar|frågade|frågar|har frågat|asked|asks|has asked|wondered|"
    r"wonders|request(?:ed|s)?|would like|vill ha|vill att|önskar|önskemål|ansök\w*|applied|application)\b", re.I)
# "Någon invändning? Nej.": a call for objections, whose no is assent
_OBJECTION_CALL = _rx.compile(
    r"\b(?:invänd\w*|objections?|object|opposed|disagree\w*|protester\w*)\b|\b(?:någon|anyone|any)\b[^?]*\b(?:emot|against)\b"
    # "Any changes? ... No? Then I'll take them as approved.", "Några ändringar i protokollet? Nej."
    r"|\b(?:any|några|någon)\s+(?:other\s+)?(?:changes|corrections|amendments|ändringar|rättelser|synpunkter)\b", re.I)
_NO_INITIALS = frozenset("NnDdAaTtIiSs→-–")
_AMENDMENT = _rx.compile(r"\b(?:amendment|ändringsyrkande\w*|tilläggsyrkande\w*)\b", re.I)
# "Motion carried" names what was decided; a bare "Beslutades." needs the line before.
_NAMES_ITS_OBJECT = _rx.compile(r"\b(?:motion|proposal|resolution|amendment|förslag\w*|yrkande\w*)\b", re.I)
_NAME_BEFORE = _rx.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+$")
_CLAUSE_TAIL = _rx.compile(r"(?:;|,?\s+(?:och|men|and|but|while|medan))?\s*$")


def _close_list(ctx: _Context, open_list: list, decisions: list[Decision], text: str) -> None:
    """Emit the decision an introducing sentence and its list make, unless 'att' points did."""
    start, end, split = open_list[:3]
    if not split:
        decisions.append(_decision(ctx, start, end, text))


def _has_decision(decisions: list[Decision], block: Block) -> bool:
    return any(block.start <= d.evidence[0].start < block.end for d in decisions)


def _other_subject(words: str, owners: tuple[str, ...]) -> bool:
    """'We agreed to buy forty folders, and Sue will order them': the decision's subject is
    not the task's owner, so the sentence records both."""
    head = words.casefold().split(maxsplit=2)[:2]
    first = head[1] if len(head) > 1 and head[0] == "the" else (head[0] if head else "")
    first = first.strip(",.:")
    bare = [re.sub(r"^the\s+", "", o.casefold()) for o in owners]
    return first in _COLLECTIVE_SUBJECTS and not any(o.startswith(first) or o in _COLLECTIVE_SUBJECTS for o in bare)


_COLLECTIVE_SUBJECTS = frozenset(
    "we vi styrelsen gruppen mötet nätverket nämnden committee board group meeting members trustees "
    "governors team".split()
)


# "→ agreed, Colin to price it as a variation": the agreement, then who acts on it.
_AGREED_THEN = _rx.compile(r"\b(?:agreed|approved|ok|okej|beslutat|bestämt|godkänt)(?: this| that| it)?\s*[,:;–-]\s*[A-ZÅÄÖ][\wåäö]+\s", re.I)
_AGREED_TAIL = _rx.compile(
    r"(?:det var alla (?:glada för|överens om|eniga om|med på)|ok för alla|ok (?:från|fr) alla|alla ok|okej alla|"
    r"ok alla|everyone ok|all agreed|everyone agreed|klubbat|beslutat|godkänt|"
    # "Gail offered to help on the front desk - accepted.", "Jonas erbjöd sig att köpa ny grill – ok från
    # styrelsen.": the offer and the body's yes after a dash
    r"(?<=[–-] )(?:accepted|approved|agreed)|ok (?:från|fr) (?:styrelsen|gruppen|rådet|nämnden|kommittén|laget))\W*$", re.I
)
_PAST_DECISION = _rx.compile(
    r"\b(?:ställde|beslutade|beslutades|beslöt|godkände|antog|fastställde|biföll|approved|decided|"
    r"adopted|agreed|voted|endorsed|resolved|godkändes|antogs|fastställdes|bifölls|beviljades|beviljade|beslöts)\b", re.I
)
_DECIDED_THAT = _rx.compile(
    # (the verb may open the sentence: "Beslutades att Elsa gör den", "Agreed that Tom will ...")
    r"\b(?i:beslutades|beslutade|beslutar|beslöts|bestämdes|agreed|decided|resolved)\s+(?:att|that)\s+"
    r"(?:[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive|every|each|all) )"
)
# A date that names what is approved ("the minutes of the AGM held on 12 April") is no date of
# the decision itself.
# (and a date from which it applies: "bar prices up 20p a pint from 1st March -> agreed")
_CONTENT_DATE = _rx.compile(r"(?:minutes|notes|protokoll\w*|anteckning\w*|meeting|möte\w*|held|hölls)\W+(?:\w+\W+){0,3}$"
                            r"|\b(?:from|starting|effective|fr\.?\s?o\.?\s?m\.?|från(?: och med)?)\s+$", re.I)


# Verbs minutes use for the meeting's own acts ("U14s to Féile in June – the committee agreed to
# ..."): only a stated day before the meeting makes them a report.
_MINUTES_TENSE = frozenset({"agreed", "voted", "endorsed", "resolved"})
_ON_DAY = _rx.compile(r"\b(?:on|den)\s+$", re.I)


# How the chair puts a question in a protocol: "Ordföranden ställer proposition på förslaget och
# finner att nämnden bifaller det", "Ordföranden frågar om ärendet ska avgöras i dag ...".
_PROPOSITION = _rx.compile(
    r"^(?:beslutsgång\s*:\s*)?(?:(?:därefter|sedan|slutligen)\s+)?(?:vice\s+)?(?:ordföranden|ordf\.?)\s+(?:\w+\s+)?(?:ställer|frågar|finner)\b"
    # "Därefter ställer ordföranden förvaltningens förslag mot avslag och finner att ...": the verb first
    r"|^(?:därefter|sedan|slutligen)\s+(?:ställer|frågar)\s+(?:vice\s+)?ordföranden\b"
    # "Med 4 ja-röster mot 3 nej-röster bifaller nämnden förvaltningens förslag.": the vote of the
    # beslutsgång, naming only whose proposal won
    r"|^med \d+ (?:ja-?)?röst(?:er)? mot \d+(?:\s+(?:nej-?)?röst(?:er)?)?,?\s+(?:bifaller|beslutar|antar|godkänner)"
    r"\s+(?:\w+\s+){0,2}?(?:enligt\s+)?[\w-]+(?:s|\s+\w+s)?\s+(?:förslag|yrkande)(?:\s+i sin helhet)?(?:\s*\([^()]*\))?\W*$"
    # "Omröstningsresultat: 6 ja, 1 nej.": the count alone
    r"|^(?:omröstnings|voterings|röst)resultat(?:et)?\s*:?\s*\d+ ja\W+\d+ nej(?:\W+\d+ (?:avstår|avstod|avstående|avstod från att rösta))?\W*$",
    re.I,
)


def _without_propositions(decisions: list[Decision]) -> list[Decision]:
    """The chair's putting of a question, and the vote that names only whose proposal won,
    record how a decision was reached; where the same agenda point also states the decision,
    only that statement is kept."""
    stated = {d.agenda_item for d in decisions if d.agenda_item is not None
              and not _PROPOSITION.match(d.evidence[0].quote)}
    return [d for d in decisions
            if not (d.agenda_item in stated and _PROPOSITION.match(d.evidence[0].quote))]


def _month_ahead(month: re.Match[str], words: str, anchor: dt.date | None) -> bool:
    """'approved the programme for first intake in September 2025' at a meeting in March 2025: a
    month and year still to come name what was decided, not when."""
    # (without its year a month after a past verb is the last one gone: "beslutade i december")
    year = re.match(r"\s+((?:19|20)\d\d)\b", words[month.end():])
    if anchor is None or year is None:
        return False
    try:
        number = month_number(month.group(0).split()[-1])
    except KeyError:
        return False  # "i höstas": a season, no month
    return dt.date(int(year.group(1)), number, 1) > anchor.replace(day=1)


# an aside in brackets, or a title in quotation marks ('med tillägg av punkten "Hajk i november"')
_ASIDE = _rx.compile(r"\([^()]*\)|\"[^\"\n]{1,80}\"|[“”][^“”\n]{1,80}[”]")


# What stays as it was ("Dues stay at $15", "avgiften ligger kvar"), after a proposal that lost
_KEPT = _rx.compile(rf"\b(?:{cues.KEPT_WORDS})\b", re.I)
_LOST = _rx.compile(rf"\b(?:{cues.LOST_WORDS}|{cues.REJECTED_WORDS})\b", re.I)


def _dated_before(words: str, anchor: dt.date | None) -> bool:
    """A past-tense decision verb with a date before the meeting reports an earlier decision."""
    verb = _PAST_DECISION.search(words)
    if not verb:
        return False
    # an aside in brackets dates something else: "approved as written, 4-0-1 (Ames abstaining,
    # absent in April)", and so does a title in quotation marks ('Dagordningen godkändes med tillägg
    # av punkten "Hajk i november"') (blanked, so every position stays where it was)
    if "(" in words or '"' in words or "”" in words:
        words = _ASIDE.sub(lambda aside: " " * len(aside.group(0)), words)
    # "i december beslutade X", "approved the policy in October": the month dates the act;
    # after "att"/"to" it belongs to what was decided ("beslutade att hålla ett möte i juni").
    # ("decided the next intake will open in March": what is to happen, after its modal; "beviljade
    # 2 000 kr till kursen som Birgitta håller i maj": a relative clause about what was granted)
    content = re.search(r"\b(?:att|to|that|will|would|shall|ska|skall|skulle|kommer|som|which|who)\b", words[verb.end():])
    dated_part = words[: verb.end() + content.start()] if content else words
    month = cues.PAST_MONTH.search(dated_part)
    if month is not None and verb.group(0).casefold() not in _MINUTES_TENSE and not _month_ahead(month, words, anchor):
        return True
    # Only a date before the verb or right after it dates the act: "Den 26 februari ställde sig
    # X bakom", "approved on 12 March"; "approved the minutes of March 20" is about the content.
    # Further on, a date the act is said to happen on ("fastställde budgeten för 2026 den 25
    # november", "approved by Executive on 21/11/2024") before any clause of what was decided.
    mentions = [m for m in find_dates(words, anchor=anchor)
                if (m.start < verb.end() + 16 or (m.start < len(dated_part) and (
                    _ON_DAY.search(words, 0, m.start) or m.text[:4].casefold() in ("den ", "on "))))
                and not _CONTENT_DATE.search(words[max(0, m.start - 40) : m.start])]
    if anchor is None:
        return bool(mentions)  # no meeting date to compare with: a dated past act is a report
    return any(m.value is not None and m.value < anchor for m in mentions)
