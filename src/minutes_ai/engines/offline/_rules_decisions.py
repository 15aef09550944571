"""Is this sentence a decision of the meeting?

:func:`is_decision` and :func:`decides` answer from the decision cues in :mod:`.cues` and the
forms that deny them (a proposal, a report of another body's decision, a hedge, a decision
still to come); :func:`decision_text` gives the decision's words without its label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import _rx
from . import _fastre, cues
from .schedule import MONTH_NAMES

_PROPOSAL_LABEL = _rx.compile(
    r"^(?:förslag(?: till beslut)?|beslutsförslag|arbetsutskottets förslag|förvaltningens förslag|"
    r"yrkanden?|proposals?|proposed resolution|motion|recommendation)\s*:", re.I
)


def is_decision(clean: str, *, in_section: bool) -> bool | None:
    """True when the sentence records this meeting's decision, False when it cannot,
    None when it has no decision cue at all (the caller decides from context)."""
    if not clean or clean.rstrip(" .…").endswith("?"):
        return False  # "All in favor? …": the question, not its answer
    opening = _decision_opening(clean)
    if opening is not None:
        return opening and not disclaimed(clean)
    if _no_decision_line(clean):
        return False
    cue = cues.DECISION_VERB.search(clean)
    if not cue:
        return None
    return _cue_decides(clean, cue, in_section=in_section) and not disclaimed(clean)


def decides(clean: str, *, in_section: bool) -> bool:
    """Whether the sentence records this meeting's decision: the cues of :func:`is_decision`,
    and a motion's own line read for its outcome (:func:`_as_motion`)."""
    return _as_motion(clean, _decides(clean, in_section=in_section))


def _as_motion(clean: str, verdict: bool) -> bool:
    """A motion as put ("Moved by A, seconded by B: that X be appointed.") is no decision until
    a later sentence records its outcome; a motion line that ends with it ("Motion (Kelly /
    Raj): club to donate $500 to the appeal. carried") is one."""
    if not _MOTION_ONLY.match(clean):
        return verdict
    if verdict:
        return bool(_MOTION_OUTCOME.search(clean))
    return bool(_MOTION_CARRIED.search(clean)) and not cues.MOVER_ONLY.match(clean)


def _decides(clean: str, *, in_section: bool) -> bool:
    """``bool(is_decision(clean, in_section=in_section))``: the checks that can only say
    False run after a decision is found (most sentences have none)."""
    if not clean or clean.rstrip(" .…").endswith("?"):
        return False  # "All in favor? …": the question, not its answer
    # The veto "nothing was decided" can only turn a True into False: it is asked once an
    # opening or a decision verb would say True (the checks before it have no side effects).
    opening = _decision_opening(clean)
    if opening is not None:
        return opening and not disclaimed(clean)
    last_arrow = max(clean.rfind("->"), clean.rfind("→"))
    if (last_arrow > 0 and not _TAIL_NOT_OUTCOME.match(clean, last_arrow) and not cues.HEDGE.search(clean, last_arrow)
            and _decides(clean[last_arrow:], in_section=in_section)):
        # "Col says no way, we'd stuff it. -> contractor it is": what the line comes to, after its
        # last arrow, settles it whatever was said before
        return not _NOTHING_DECIDED.search(clean, 0, last_arrow)
    cue = cues.DECISION_VERB.search(clean)
    # (the fallbacks below run on most sentences: plain substring tests first)
    if cue is None and ("fr" in clean or "Fr" in clean or "äd" in clean or "ence" in clean) and _FROM_NOW_HINT.search(clean) is not None:
        cue = _WE_FROM_NOW.search(clean)  # "Vi använder Svenljungas mall från och med höstterminen."
    if cue is None and ":" in clean and (poll := _OPTION_POLL.search(clean)) is not None:
        # "Röstning: alt 1 – 2, alt 2 – 3, alt 3 – 0.", "Vote for the April slot: Quiet Girl 4, Perfect Days 2"
        # (not a straw poll, which binds nobody, nor a vote that fails)
        return not (_NOTHING_DECIDED.search(clean) or cues.FAILED.search(clean, poll.end()) or _STRAW.search(clean))
    if cue is None and (count := moved_count(clean)) is not None:
        # "Metro Mechanical, not to exceed $35,000. Kowalski/Reyes. 9-1.": mover/seconder and the vote
        return count[0] > count[1] and not _NOTHING_DECIDED.search(clean)
    if cue is None and (" blir " in clean or " är " in clean or " is " in clean or " will be " in clean
                        or " becomes " in clean or " kvar som " in clean or " as " in clean
                        ) and (role := _ROLE_WORD.search(clean)) is not None:
        # "Moa Eklund blir kapten", "@rkowal is release manager for 2.4" (read near the role's word)
        cue = ROLE_TAKEN.search(clean, max(0, role.start() - 60))
    if cue is None and STANDING_DUTY.search(clean) is not None:
        # "Callum runs the draw again this year.", "Eskil har hand om ljusbärarna under våren.": a duty for a period
        return not _NOTHING_DECIDED.search(clean) and not cues.HEDGE.search(clean)
    if (cue is None and "?" in clean and _ARROW_VERDICT.search(clean) is not None
            and _CALL_FOR_OBJECTIONS.search(clean) is None):
        return True  # "Q: publish as Draft Note now or wait for examples? → wait.": the question, then what was chosen
    if cue is None and ("->" in clean or "→" in clean) and (arrow := _ARROW.search(clean)) is not None \
            and chooses_option(clean[: arrow.start()], clean[arrow.start():]):
        return not _NOTHING_DECIDED.search(clean)  # "avgiften: höjning 3 eller 5 %. -> 3 % från 1 jan."
    if cue is None and ("offer" in clean or "erbj" in clean) and (taken := OFFER_TAKEN.search(clean)) is not None:
        # "Fergal offered to take over the Strava group. Everyone was happy with that.", "Ali erbjöd sig att
        # hålla ett pass om ergonomi (tackade ja)": the meeting's yes to an offer
        return not _NOTHING_DECIDED.search(clean) and not cues.HEDGE.search(clean, 0, taken.start("yes"))
    if cue is None and " blir " in f" {clean.lower()}" and (same := _BECOMES_AS_BEFORE.search(clean)) is not None:
        # "höstmarknaden blir sön 28 sept 11–15, som vanligt på gårdsplanen", "biljettpriset blir 150 kr, samma
        # som i fjol": an arrangement the meeting keeps (not after a proposal lost: "inget medhåll, det blir 150 kr
        # som i fjol")
        # (nor a condition: "påsläpp v. 17 om det inte blir nattfrost")
        return not (_LOST_BEFORE.search(clean, 0, same.start()) or _CONDITION_BEFORE.search(clean, 0, same.start())
                    or cues.HEDGE.search(clean) or _no_decision_line(clean))
    if cue is None and "lir " in clean and _BECOMES_OPENING.match(clean) is not None:
        # "-> Blir en workshop om SIP, heldag, i mars.", "Blir olja.", "blir ingen kielresa i år": what it
        # comes to, said with no subject (not "blir för dyrt", a reason, nor "blir inte av", nor "som vanligt")
        return not (cues.HEDGE.search(clean) or _no_decision_line(clean))
    if cue is None and (" moves " in clean or " moved " in clean) and _MOVES_TO.match(clean) is not None:
        # "Go-live moves from 2 March to 13 April.", "priya: go-live moves to feb 23. final.": a date moved
        return not (_NOTHING_DECIDED.search(clean) or cues.HEDGE.search(clean) or _no_decision_line(clean))
    if cue is None and "RECOMMENDED" in clean and _RECOMMENDED.search(clean) is not None:
        # "RECOMMENDED to Full Council that ...", "The Committee RECOMMENDED to Senate that ...": a
        # committee's resolution, set in capitals as RESOLVED is (a lower-case "the panel recommended"
        # reports someone's advice)
        return not _no_decision_line(clean)
    if cue is None and "djourned" in clean and _ADJOURNED_ON_MOTION.match(clean) is not None:
        return True  # "Adjourned 8:05 p.m. (Nash/Weiss).": the motion to adjourn, its mover and seconder
    if cue is None and we_choose(clean):
        return True  # "Vi tar Golvmästarn, de kan komma v. 17.", "We'll enter two.": the group's own choice
    if cue is None and ("will" in clean or "'ll" in clean) and _BODY_WILL_OBJECT.match(clean) is not None:
        return not cues.HEDGE.search(clean)  # "The council will object.", "CC will object on road-safety grounds."
    if cue is None and last_arrow > 0 and _PUT_TO_GROUP.search(clean, 0, last_arrow) is not None \
            and NO_ANSWER.match(clean[last_arrow:]) is not None:
        # "Declan suggested we buy our own strimmer (€400) -> not this yr, we'll borrow ...": the group's no
        # to what was put to it
        return not _NOTHING_DECIDED.search(clean)
    if cue is None and last_arrow > 0 and (_ASSENT_TAIL.match(clean, last_arrow) or _TOO_DEAR_TAIL.match(clean, last_arrow)):
        # "-> 👍", "→ 👍 from everyone, cutover Wed 19 Nov", "→ för dyrt nu, vi lagar de gamla": the
        # group's yes, or its no to what the line asked for
        return not (_NOTHING_DECIDED.search(clean) or cues.HEDGE.search(clean, last_arrow))
    if (cue is None and last_arrow > 0 and _POLL_THEN_ARROW.search(clean, 0, last_arrow + 2) is not None
            and clean.count("(", 0, last_arrow) <= clean.count(")", 0, last_arrow)):
        # "Thumbs poll: 5 👍 / 1 👎 → dropping iOS 15 from 4.14.", "Straw poll: 2 for, 4 against → keep it, but
        # raise the threshold to 90%": what the group goes with after its poll (not an arrow inside the
        # options, "(5% → 25%)", nor a no after it: "vote 3 for 5 against -> not doing it", a proposal lost)
        tail = clean[last_arrow:].lstrip("->→= ")
        return not (_NOTHING_DECIDED.search(tail) or cues.HEDGE.search(tail) or "?" in tail or _OPEN_TAIL.match(tail))
    if cue is None and _MAY_TALLY.search(clean) is not None and (tally := _VOTE_TALLY.search(clean)) is not None:
        # "vote 5-2 yes, starts after xmas", "after a show of hands (5–3) the gate stays open", "went to a
        # vote, 5-2 for Priya's $280": a vote that carried (not "Vote 5-0, carried." under a motion: the
        # motion's own line is the decision)
        yes, no = (tally.group("yes"), tally.group("no")) if tally.group("yes") else (tally.group("yes2"), tally.group("no2"))
        return int(yes) > int(no) and not (
            _BARE_TALLY.match(clean) or cues.FAILED.search(clean) or _STRAW.search(clean)
            or _NOTHING_DECIDED.search(clean))
    if (cue is None and (":" in clean or "–" in clean or "—" in clean or " - " in clean or "?" in clean
                         or " ->" in clean or " →" in clean)
            and _MAY_ASK.search(clean) is not None and (answer := _answer_in_line(clean)) is not None):
        # "Fråga om vi ska ta betalt för skidresan: nej, det blir gratis.", "Fredrik frågade om vi kan slå
        # ihop rasterna – det ville ingen.", "Leyla frågade om rapporten kan göras vid sängen – vi provar det
        # på sal 1 under maj.": a question put to the meeting and its answer on one line
        return answer and not _NOTHING_DECIDED.search(clean)
    if not cue or _no_decision_line(clean):
        return False
    return _cue_decides(clean, cue, in_section=in_section) and not disclaimed(clean)


# After the last arrow, words that report a thing done or speak for the group ("-> gjort, ...",
# "→ vi behöver bara boka"): not on their own an outcome that overrides the rest of the line
# ("vote 3 for / 5 against -> demo stays": what was kept after a lost vote; the line decides it or not)
_TAIL_NOT_OUTCOME = _rx.compile(
    rf"(?:->|→)\s*(?:vi|we|gjort|klart|klar|done|fixat|fixed|sorted)\b|(?:->|→).*\b(?:{cues.KEPT_WORDS})\b", re.I)
# "Adjourned 7:52 PM (motion Whitfield/Osei).", "8. Adjourned 7:41 p.m. (Motion Ortega / Whitfield.)",
# "Adjourned 8:05 p.m. (moved Jason, seconded Li)."
_ADJOURNED_ON_MOTION = _rx.compile(
    rf"(?:(?:the )?meeting )?adjourned\b[^()]{{0,30}}\((?:motion(?: by)?:?\s*|moved(?: by)?:?\s*)?{cues.MOVER_NAME}\s*(?:/|,)\s*"
    rf"(?:(?:second(?:ed)?|2nd)(?: by)?:?\s*)?{cues.MOVER_NAME}\.?\)", re.I)
_RECOMMENDED = _rx.compile(r"\bRECOMMENDED\b(?:\s*:|\s+(?:TO|to|it|that|the)\b)")
_BECOMES_OPENING = _rx.compile(
    # ("städdagen: blir lördag i vecka 17", "avgiften: ... → blir +2 %": after the matter's label)
    r"(?:[^\W\d][\w -]{0,30}:\s*)?(?:[^.→>]{0,80}(?:→|->|=>)\s*)?(?:(?:→|->|=>)\s*)?(?:(?:ok|okej|bra)[,.]?\s+)?(?:(?:då|så)\s+(?=blir\s[^\n]*\d))?blir\s+(?!(?:det|så|inte|nog|kanske|troligen|säkert|svårt|dyrt|för|bra|dåligt|mycket|lite|"
    r"mer|mindre|jobbigt|krångligt|aktuellt|klart sen)\b|som vanligt\b)\S", re.I)
# a planning body's answer to an application: "The council will object.", "So we'll support it."
_BODY_WILL_OBJECT = _rx.compile(
    r"(?:[^:?]{1,60}:\s*)?(?:so,? )?(?:the )?(?:council|committee|cc|board|we)(?: will|'ll|’ll| shall) (?:object|support (?:it|the application)|"
    r"not object|raise no objections?|make no (?:comment|objection))\b", re.I)
# The answer to a question or request put to the meeting: "ja", "yes", "svar nej", "Det fick de",
# "Ordföranden svarar att det går bra" (a hedged "ja troligen, men ..." settles nothing) ...
_ANSWER_LEAD = r"^(?:(?:→|->|–|-)\s*)?(?:(?:svar(?:et)?|answer)(?:\s*:|\s+(?:blev|var|är|was|is))?\s+)?"
YES_ANSWER = _rx.compile(
    _ANSWER_LEAD + r"(?:(?:ja|yes)\b(?!,?\s+(?:troligen|kanske|nog|men|möjligen|probably|maybe|perhaps|but|in principle|"
    r"i princip)\b)(?:\s+från\s+alla\b|\s*[,.!]|\s+(?:det|vi|the|we)\b)|"
    r"det fick (?:de|dom|han|hon|hen|ni)\b|(?:ordförande(?:n)?|the chair(?:man|woman|person)?|chair) "
    r"(?:svarar|svarade|answers|answered|replied|replies) (?:att )?(?:det går bra|ja\b|yes\b|that (?:is|was) fine))", re.I)
# ... or its no: "nej", "No thanks", "Not this year", "svar nej", "det ville ingen", a reason and "så nej";
# not a no put off ("Not for now - revisit in May"), nor one person's own ("Nej, jag hinner inte").
NO_ANSWER = _rx.compile(
    _ANSWER_LEAD + r"(?:(?:(?:nej|no|nah|nope)(?: tack| thanks| thank you)?|declined|(?:the )?answer (?:is|was) no|"
    r"(?:(?:nej|no|nah|nope),?\s+)?(?:not|inte) (?:this (?:year|yr|season|term|time)|for now|i år|nu|den här gången)|"
    r"det ville ingen|ingen ville(?: det)?|"
    r"[^.;?]{3,80}?,\s*(?:så|so)\s+(?:nej|no))(?=\s*[,.;:!–—]|\s+-|\s*$)"
    r"(?!\W*(?:jag|I)\b)(?![^.]*\b(?:revisit|återkomm\w*|tas upp|come back|again|igen)\b))", re.I)
# A line that may put a question to the meeting (tested in C before the pattern below).
_MAY_ASK = _rx.compile(r"(?i:fråg|asked|wonder|undra|bad om|bett om|request)")
# "Fråga från Strömsvik om bidrag ... – svar nej", "Fredrik frågade om vi kan ... – det ville ingen":
# the question, then a dash, colon or arrow and the answer ("... -> nah not this yr"; after "→ @mf: no, ..."
# the answer is read after the colon)
_ASKED_IN_LINE = _rx.compile(
    rf"\b(?:{cues.ASKED_OF_MEETING}|fråga(?:n)? (?:från [^:–—?]{{2,40}}? )?(?:om|kring))\b"
    r"[^?:–—]{5,200}?(?:\?|\s[–—]|:|\s-|\s(?:->|→)(?!\s*@?[\w.-]+:))\s+(?=\S)", re.I)


def _answer_in_line(clean: str) -> bool | None:
    """True when a question put to the meeting is answered later on its line with a yes, a no or
    a decision of its own; None when the line holds no such question and answer."""
    asked = _ASKED_IN_LINE.search(clean)
    if asked is None:
        return None
    answer = clean[asked.end():]
    if YES_ANSWER.match(answer) or NO_ANSWER.match(answer):
        return True
    return _decides(answer, in_section=False) or None


# who has a standing duty for a period: "Callum runs the draw again this year", "Nico runs the night-pick
# crew this vintage", "ingrid håller i mötena i höst" (not "vi tar upp det i höst": a deferral)
STANDING_DUTY = _rx.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=^[-*•]\s))(?!(?:vi|we|alla|all|man|de|they|ni|you)\b)[A-Za-zÅÄÖåäö][\wåäö'-]+"
    r"(?: [A-ZÅÄÖ][\wåäö'-]+)? (?:chairs|runs|leads|coordinates|hosts|is doing|is running|håller i|har hand om|leder|"
    r"sköter|samordnar|sitter för) "
    r"[^.]{2,60}?\b(?:this (?:year|season|term|vintage|spring|autumn|fall|winter)|again this year|i år|i höst|i vår|"
    r"under våren|under hösten|resten av (?:året|terminen|säsongen)|for the rest of the (?:year|season|term)|"
    # ("Niamh is doing the door for April and May", "... i LK:s arbetsgrupp under 2026")
    r"for (?i:january|february|march|april|may|june|july|august|september|october|november|december)(?: and \w+)?|"
    r"under (?:19|20)\d\d)\b")
# a question and, after an arrow, one word that answers it ("? → wait.", "? -> later,", "? → skip"); not a
# person's name and verb ("? → olle kollar"), which is a task
_ARROW_VERDICT = _rx.compile(r"\?\s*(?:→|->|=>)\s*[a-zåäö]{3,}(?:\s*[.,;!]|\s*$)")
# a choice put: "lacka eller olja", "3 or 5 %", "lör 26 april eller sön 27"
_OPTIONS = _rx.compile(
    r"\S\s+(?:eller|or)\s+\S|\b(?:\d|two|three|four|två|tre|fyra)\s+(?:quotes|bids|tenders|offers|offerter|anbud)\b", re.I)
# the one chosen: "Blir olja", "Det blir inga", "-> lördagen", "Svaret blev lördagen", "We went with the 3 %"
_CHOSEN = _rx.compile(
    r"^(?:(?:→|->|=>)\s*|(?:det |so it )?blir |svaret (?:blev|är) |the answer (?:was|is) |(?:so )?we (?:went|go|are going|'re going) "
    r"(?:with|for) |going with )(?P<choice>[\wåäöÅÄÖ%'’]+(?:\s+[\wåäöÅÄÖ%'’]+)?)", re.I)


def chooses_option(put: str, reply: str) -> bool:
    """Whether ``reply`` names one of the options ``put`` offers ("... lacka eller olja?" / "Blir olja")."""
    if (chosen := _CHOSEN.match(reply)) is None or _OPTIONS.search(put) is None:
        return False
    put_words = [w for w in _WORD.findall(put.casefold()) if (len(w) >= 3 or w.isdigit()) and w not in _SMALL_WORDS]
    return any(p == c if c.isdigit() or p.isdigit() else p[: (k := min(4, len(p), len(c)))] == c[:k]
               for c in _WORD.findall(chosen.group("choice").casefold()) if (len(c) >= 3 or c.isdigit()) and c not in _SMALL_WORDS
               for p in put_words)


_WORD = _rx.compile(r"[\wåäö%]+")
_SMALL_WORDS = frozenset(("the", "and", "for", "with", "och", "att", "för", "med", "den", "det", "som", "ska", "vi", "we"))


_ARROW = _rx.compile(r"(?:→|->|=>)")
# ("någon emot? -> tyst.": the silence after a call for objections assents to what is said next)
_CALL_FOR_OBJECTIONS = _rx.compile(r"\b(?:emot|objections?|against|invänd\w*|opposed)\s*\?", re.I)
OFFER_TAKEN = _rx.compile(
    rf"\b(?:{cues.OFFER_WORDS})\b.*?(?P<yes>\b(?:{cues.OFFER_MEETING_YES}))\b", re.I)


# What "we" do from a day on is a change the meeting settles: "Vi använder Svenljungas mall från
# och med höstterminen.", "we switch the standup to Tuesdays from next week". (Not a report: "vi
# har haft problem från och med mars", nor a wish or a question, which the checks after a cue rule out.)
_FROM_NOW = (r"(?:från och med|fr\.\s?o\.\s?m|hädanefter|from now on|henceforth|from next (?:week|month|term)|"
             r"from this (?:week|month|term))")
_FROM_NOW_HINT = _rx.compile(_FROM_NOW, re.I)
_WE_FROM_NOW = _rx.compile(
    # ... or opens on it: "Från och med nu är det alltid två som signerar", "From now on all requests go ..."
    r"(?:^|(?<=[.:;,–—]\s))(?:(?:från och med nu|fr\.\s?o\.\s?m\.?\s+nu|hädanefter|from now on|henceforth),?\s+\w|"
    r"(?:så\s+|so\s+)?(?:vi|we)\s+(?!(?:har|hade|var|blev|fick|have|had|were|got|did|ska se|måste|behöver|need|must|should|may|might|can|kan)\b)"
    rf"[a-zåäö]+\s+(?:[\w/.-]+\s+){{0,10}}?{_FROM_NOW})", re.I)
# What "we" now do, said as the group's choice: "Vi tar Golvmästarn", "vi hyr ut till externa på
# 3-mån kontrakt", "Vi köper inga kanoter i år", "vi kör inte lotteri", "vi fortsätter med tryckta
# blad tills vidare", "We'll enter two", "ok, we take the TPAC half-day slot", "we're entering two
# eights". A verb that chooses, buys, drops or keeps something; not a report ("vi har", "we use
# Jira"), nor a matter put off ("Vi tar det i höst", "Vi tar upp det igen", "we'll take it up in May").
_WE_LEAD = r"(?:^|(?<=[.:;,!–—>\]]\s)|(?<=\s-\s))(?:(?:så|då|ok|okej|nej|ja|so|okay|then|no|yes|right)\W{0,2}\s+){0,2}"
_PUT_OFF_OBJECT = (r"(?:det|den|dem|upp|ställning|beslut\w*|inget|inga|inte ställning|läget|avstämning\w*|paus|en paus|"
                   r"hand|fram|kontakt|hänsyn|del|ett beslut|en diskussion|en titt|en runda|it|this|that|them|a look|"
                   r"a break|stock|note|turns|up|over)\b")
# ("Vi tar den gröna", "Vi tar det." after an offer; not "Vi tar den på nästa möte", "we'll take it next time")
_TAKEN_NOW = r"(?:(?:det|den|dem|it|that)(?=\s*(?:[.!;]|$))|den\s+(?!gången\b)[a-zåäö]+(?:a|e)\b)"
_WE_CHOOSE = _rx.compile(
    _WE_LEAD + r"(?:vi\s+(?:"
    rf"tar\s+(?!{_PUT_OFF_OBJECT})|tar\s+{_TAKEN_NOW}|"
    r"hyr|köper|skaffar|beställer|anlitar|prioriterar|väljer|behåller|avstår|stryker|slopar|inför|byter|"
    r"testar|provar|satsar på|höjer|sänker|ställer (?:in|upp)|lägger ner|går (?:tillbaka|över) till|"
    r"säger (?:upp|nej|ja)|tackar (?:ja|nej)|gör (?:i ?stället|istället|inte|inga|ingen|egna?)|"
    # ("vi fortsätter varannan söndag som nu", "... tills vidare": kept as it is, not "vi fortsätter arbetet")
    r"kör (?:inte|på|en|ett|med)|flyttar\b(?=[^.;]*\b(?:till|fram|bak)\b)|"
    # ("... på samma villkor som förra vintern", "... som i höstas": as it was before)
    r"fortsätter\b(?=[^.;]*\b(?:som nu|som vanligt|som förut|som tidigare|tills vidare|som hittills|som i (?:höstas|våras|fjol)|"
    r"som förra (?:året|terminen|vintern|sommaren|hösten|våren|säsongen)|på samma (?:sätt|villkor))\b))\b"
    r"|we(?:'ll|’ll| will| are going to|'re going to|’re going to| shall)(?: not)?\s+(?:"
    rf"take\s+(?!{_PUT_OFF_OBJECT})|take\s+{_TAKEN_NOW}|"
    # ("we go for", "we drop", "we'll keep", "we stick with": cues.DECISION_VERB)
    r"go with|buy|hire|book|switch|move to|enter|stay with|skip|adopt|accept|"
    r"decline|cancel|scrap|freeze|raise|increase|fund|order|renew|pilot|trial|use|put|join)\b"
    rf"|we\s+(?:go with|take\s+(?!{_PUT_OFF_OBJECT})|buy|hire|book|switch to|enter|skip)\b"
    r"|we(?:'re|’re| are)\s+(?:entering|going with|going for|switching to|sticking with|staying with|keeping|dropping|"
    r"skipping|buying|hiring|booking|cancelling|canceling)\b)"
    # the verb before "vi" after an opening phrase: "Efter diskussion behåller vi tisdagar", "I år köper vi inga
    # nya tält" (not "Om det regnar köper vi ...": the checks in we_choose rule out a condition before it)
    r"|(?:^|(?<=[.:;–—]\s))(?:[\wåäöÅÄÖ]+\s+){1,3}?(?:behåller|köper|hyr|skaffar|väljer|byter|inför|prioriterar|"
    r"avstår|stryker|satsar på|provar|testar|höjer|sänker|beställer|anlitar|slopar)\s+vi\b", re.I)
# (not someone's proposal or view of it: "Förslag från Martin: vi tar betalt", "Therese tyckte vi väntar",
# "om vi köper ..."; nor the meeting calendar: "next call is 2026-05-28, we skip the 21st")
_WE_NOT_AFTER = _rx.compile(
    r"\b(?:förslag\w*|föreslog|föreslår|tycker|tyckte|vill|ville|undrade|frågade|om|ifall|annars|proposals?|proposed?|"
    r"suggest\w*|ideas?|idé\w*|thinks?|thought|wants?|wanted|asked|wondered|if|whether|unless|otherwise)\b", re.I)
_CALENDAR_NOTE = _rx.compile(r"\b(?:next|nästa) (?:call|meeting|möte|träff)", re.I)
# ("vi kör med egna krafter tycker jag": one speaker's view)
_OWN_VIEW = _rx.compile(r"\b(?:tycker jag|tror jag|enligt mig|I think|I reckon|I'd say|I guess|in my view)\b", re.I)


# a thing's date or slot moved, said as what now holds: "Payout cut-off moves to 3pm SGT from go-live",
# "Ines' supervision moved from Wednesdays to Mondays 2pm from next week" (the thing first, a few words;
# not a version: "async storage backend moves to 3.3", "everything else moves to the 3.0.1 milestone")
_MOVES_TO = _rx.compile(
    r"(?:[\w@.' -]{1,30}:\s*)?(?:so,? )?(?:the |our )?(?!only\b|target\b)[\w'’-]+(?: [\w'’-]+){0,3} (?:moves|moved) "
    r"(?:from [^.;]{1,30}? )?to (?:the )?(?:\w+ )?\d(?![\d.]*\.\d)(?![^.;]*\b(?:milestone|release)\b)", re.I)
_LOST_BEFORE = _rx.compile(rf"\b(?:{cues.LOST_WORDS})\b", re.I)
_CONDITION_BEFORE = _rx.compile(r"\b(?:om|ifall|när|if|unless)\s+(?:\S+\s+){0,3}$", re.I)
_BECOMES_AS_BEFORE = _rx.compile(
    r"(?:^|(?<=[\s(]))blir\b[^.;?]{0,60}?\b(?:som (?:vanligt|förra året|förra gången|i fjol|tidigare(?: år)?|nu|förut|alltid)|"
    r"samma som (?:i fjol|förra året|förra gången|tidigare|nu|vanligt))\b", re.I)


def we_choose(clean: str) -> bool:
    """Whether the sentence says what "we" now do as the group's choice ("Vi tar Golvmästarn",
    "We'll enter two"), not as a proposal, a view, a question, a matter put off or the calendar."""
    if not ("vi " in clean or "Vi " in clean or "we" in clean or "We" in clean):
        return False
    chosen = _WE_CHOOSE.search(clean)
    if chosen is None:
        return False
    # (a hedge in the choice's own clause: not "Vi tar Golvmästarn, de kan komma v. 17")
    clause_end = next((m.start() for m in _CLAUSE_END.finditer(clean, chosen.end())), len(clean))
    return not (
        _WE_NOT_AFTER.search(clean, 0, chosen.end()) or _CALENDAR_NOTE.search(clean) or _OWN_VIEW.search(clean)
        or _NOTHING_DECIDED.search(clean) or cues.HEDGE.search(clean, 0, clause_end) or _no_decision_line(clean))


_CLAUSE_END = _rx.compile(r"[,;]\s|\s[–—-]\s")
_MOVED_COUNT = _rx.compile(
    r"\b[A-Z][\w'-]+\s*/\s*[A-Z][\w'-]+[.,:]?\s+(?P<yes>\d{1,2})\s*[-–]\s*(?P<no>\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?!\d|[/.:-]\d)")
# After the last arrow, the group's thumbs up ("-> 👍", "→ 👍 from everyone", "→ ingen emot") or its no to the cost
# ("→ för dyrt nu, vi lagar de gamla", "-> too expensive, we patch the old nets"; not put off to later).
_ASSENT_TAIL = _rx.compile(
    r"(?:->|→|=>)\s*(?:(?:👍|✅)+(?:\s*(?:from|fr(?:å|a)n|fr\.?)\s+(?:everyone|everybody|all|alla|the group|the team))?"
    # ... or nobody against it: "EK föreslog gemensam läsläxa → ingen emot, startar v. 4."
    r"|ingen (?:var |sa |hade något )?emot|inga invändningar|ingen invändning|nobody objected|no one objected)(?=\s*[,.;!]|\s*$)", re.I)
_TOO_DEAR_TAIL = _rx.compile(
    r"(?:->|→|=>)\s*(?:(?:nej|no|nah),?\s+)?(?:för dyr[ta]?|too (?:expensive|dear|pricey|much))\b"
    r"(?![^.]*\b(?:revisit|återkomm\w*|tas upp|come back|again|igen|later|senare|ask|fråga)\b)", re.I)
# What was put to the group before an arrow: a suggestion, a wish, a request or an offer.
_PUT_TO_GROUP = _rx.compile(
    r"\b(?:suggest\w*|propos\w*|föreslog|föreslår|förslag|vill|ville|wants?|wanted|would like|request\w*|asked|"
    r"frågade|fråga|bad om|offer\w*|erbjöd|erbjuder|idea|idé)\b", re.I)
# The words of a vote whose count is given ("vote 5-2", "show of hands (5–3)"), in rough notes and in polls.
_VOTE_WORDS = r"vote[ds]?|voting|show of hands|handuppräckning"
# A poll or vote, then an arrow and what the group goes with.
_POLL_THEN_ARROW = _rx.compile(
    rf"\b(?:(?:thumbs|straw|quick) poll|poll|{_VOTE_WORDS}|röstning|omröstning|votering)\b"
    r"[^→>\n]{0,120}?(?:->|→|=>)", re.I)
# ... not left open after it: "→ parked", "-> no decision", "→ revisit next week", "-> tbd"
_OPEN_TAIL = _rx.compile(
    r"(?:parked|tbd|tba|revisit|undecided|split|tie|oavgjort|delade meningar|vi tar upp|återkommer|inget|no decision|"
    r"discuss|diskutera|not|no|nej|inte|nothing|ingen|nope|nah)\b", re.I)
# A vote and its count for and against: "vote 5-2 yes", "show of hands (5–3)", "voted against, 5-1 in the end"
# (a protocol's "votering" or "omröstning" has its decision stated on its own line)
_MAY_TALLY = _rx.compile(r"(?i:vote|voting|show of hands|handuppräckning)")
_VOTE_TALLY = _rx.compile(
    rf"\b(?:{_VOTE_WORDS})\b[^.;\n\d]{{0,25}}?"
    r"\(?(?P<yes>\d{1,2})\s*[-–]\s*(?P<no>\d{1,2})\)?(?!\s*(?:against|emot|mot|no|nej)\b)(?!\s*[-–/]\s*\d)"
    # "After a 4–2 vote the group goes to ...": the count before the word
    r"|(?<![\d/.:-])(?P<yes2>\d{1,2})\s*[-–]\s*(?P<no2>\d{1,2})\s+(?:vote|show of hands)\b", re.I)
# ... not a count alone: "Vote 5-0, carried.", "Vote: 8–0."
_BARE_TALLY = _rx.compile(
    r"(?:the )?(?:vote[ds]?|voting)\W*\(?\d{1,2}\s*[-–]\s*\d{1,2}\)?(?:[,;.]?\s*(?:motion )?(?:carried|passed|adopted|approved|"
    r"unanimous(?:ly)?|in favou?r|for|yes))*\W*$", re.I)
_STRAW = _rx.compile(r"\bstraw\b|\bnot binding\b|\bnon-binding\b|\bindicative\b|\bfails\b|\bprovröstning\b", re.I)
_OPTION_POLL = _rx.compile(
    r"\b(?:röstning|omröstning|votering|vote|voting|poll|show of hands|hands(?=\s*:)|handuppräckning)\b[^.\n:]{0,60}:\s*"
    r"[^,\n:]{1,25}?\s*[–-]?\s*\d{1,2}\s*,\s*[^,\n:]{1,25}?\s*[–-]?\s*\d{1,2}\b", re.I)


def moved_count(clean: str) -> tuple[int, int] | None:
    """'Kowalski/Reyes. 9-1.': the votes for and against a motion given by its mover and seconder."""
    count = _MOVED_COUNT.search(clean) if "/" in clean else None
    return (int(count.group("yes")), int(count.group("no"))) if count is not None else None


# A role given to someone: "Moa Eklund blir kapten och Ida Berg vice", "Annika är sammankallande även
# 2026", "JE är samordnare under tiden", "@rkowal is release manager for 2.4", "Priya is on-call lead
# for those two weeks". ("Pia är kassör" alone states a fact: "är"/"is" needs the time it holds for.)
_ROLES = (r"(?:vice |interim |acting |tillförordnad )?(?:ordförande|kapten|samordnare|sammankallande|kassör|sekreterare|"
          r"kontaktperson|[a-zåäö]*ansvarig|link governor|manager|"
          r"suppleant|justerare|representant|ombud|huvudledare|lagledare|"
          r"release manager|chair(?:person)?|secretary|treasurer|(?:on-call )?lead|coordinator|convenor|convener|"
          r"captain|liaison|minute-taker|facilitator|scribe|rep)")
# whether a role's word is written at all (literals only: a leading class would be tried at every position)
_ROLE_WORD = _rx.compile(
    r"ordförande|kapten|samordnare|sammankallande|kassör|sekreterare|kontaktperson|ansvarig\b|suppleant|justerare|"
    r"representant|ombud\b|ledare\b|governor\b|manager\b|chair(?:person)?\b|secretary\b|treasurer\b|lead\b|coordinator\b|"
    r"conven[eo]r\b|captain\b|liaison\b|minute-taker|facilitator\b|scribe\b|rep\b", re.I)
ROLE_TAKEN = _rx.compile(
    rf"(?:^|(?<=[\s,;:(]))(?:[A-ZÅÄÖ][\w'-]+(?:\s[A-ZÅÄÖ][\w'-]+)?|@[\w.-]+)\s+"
    rf"(?:blir\s+(?:ny\s+|vår\s+)?{_ROLES}\b|är\s+{_ROLES}\s+(?:även|också|under tiden|i år|framöver|från|fr\.o\.m|"
    rf"t\.o\.m|tills|resten)|(?:is|will be|becomes)\s+(?:the\s+|our\s+|new\s+)?{_ROLES}\s+(?:for|from|until|this|while|during|again)\b"
    # "Yasmin sitter kvar som kontaktperson", "@anja.b continues as co-chair": a role kept
    rf"|(?:sitter kvar|stays on|continues|remains)\s+(?:som|as)\s+(?:co-?|vice\s+|bitr(?:ädande|\.)\s*)?{_ROLES})")
# Decided elsewhere: "that part is settled above our heads", "That was decided on their end", "det är
# ledningsgruppen som beslutar"; a motion that fails and its status quo ("So that fails, fee stays at
# forty"); watching, not deciding ("Let's keep an eye on it"). (A pattern of its own: added to
# _NOTHING_DECIDED, it would slow that long alternation on every sentence.)
_DECIDED_ELSEWHERE = _rx.compile(
    r"\babove our heads\b|\b(?:on|from) their (?:end|side)\b|\bout of our hands\b"
    # "Consensus to explore in the new year; no action now.", "paper accepted at Geoderma"
    r"|\bno action (?:now|for now|at this (?:time|stage))\b|\bingen åtgärd (?:nu|just nu|i nuläget)\b"
    r"|\baccepted (?:at|in|for publication)\b|^tabled from\b"  # ("Tabled from September.": carried over)
    # "Col tabled the February report", "The Treasurer tabled the statements to 31 July": laid before
    # the meeting, not put off (a motion, item or idea tabled is)
    r"|\b(?<!was )(?<!were )(?<!be )tabled (?:the|a|an|his|her|their) (?:[\w-]+ ){0,3}?(?:report|reports|accounts|"
    r"statements?|financials|figures|papers?|documents?|letters?|correspondence|minutes|balance sheet|budget report)\b"
    r"|\bsom (?:formellt )?(?:beslutar|bestämmer|utser|avgör)\b"
    r"|\b(?:that|it|motion) fails\b|\bkeep an eye on\b|\bhåller (?:ett )?öga på\b", re.I)
# "Finance decided to freeze ...", "the university's research office decided that ...", "the ministry
# decided it last week": an office outside the meeting (not "the department agreed": a department
# meeting's own word for itself). Its verb is looked for first, with a plain substring test.
_OFFICE_DECIDED = _rx.compile(
    r"(?:^|[.;:]\s+|\b(?:the|our)\s+)(?:finance|hr|legal|procurement|payroll|estates|facilities|head office|"
    r"(?:[a-z]+'s\s+)?(?:research|regional|head|central|district|county|finance|grants?|diocesan|press) office|"
    r"university|ministry|regional office)\s+(?:has\s+|have\s+)?(?:decided|approved|ruled|declined|rejected)\b", re.I)
_OFFICE_VERBS = ("decided", "approved", "ruled", "declined", "rejected")


def disclaimed(clean: str) -> bool:
    """Whether the sentence says nothing was decided, or that it was decided elsewhere."""
    if _NOTHING_DECIDED.search(clean) is not None or _DECIDED_ELSEWHERE.search(clean) is not None:
        return True
    low = clean.lower()
    return any(verb in low for verb in _OFFICE_VERBS) and _OFFICE_DECIDED.search(clean) is not None


# A motion as put ("Moved by A, seconded by B: that ...", "Amendment moved by C: that ..."): the
# meeting's decision is its outcome, which a later sentence ("Carried.", "RESOLVED: ...") records.
_MOTION_ONLY = _rx.compile(
    r"(?:(?:an?\s+)?amendment\s+)?(?:moved\s+by|it\s+was\s+moved|moved\s*:|motion\s*(?:(?:by|from)\b|\())"
    # ("moved Jo / 2nd Narelle: seniors $185, juniors $140. carried": the names, then the motion)
    r"|moved\s+[^:.;]{2,40}?(?:[,/]\s*|\s+)(?:seconded|2nd)\s+[^:.;]{2,40}:", re.I)
_MOTION_OUTCOME = _rx.compile(
    r"(?<!\bbe )(?<!\bare )(?<!\bis )\b(?:carried|passed|agreed|adopted|approved|unanimous(?:ly)?|defeated|failed|lost|fell)\b",
    re.I)
# "... to the appeal. carried", "... Carried 5-0": the motion's outcome ends its own line
_MOTION_CARRIED = _rx.compile(
    r"[\s.,;:–—-](?:carried|passed|agreed|adopted)(?:\s+(?:unanimously|unan\.?|nem\.?\s*con\.?|\d+\s*[-–]\s*\d+))?"
    r"\W*$", re.I)

# ("... seconded by Mick Hurley and adopted", "seconded by Eimear, carried unanimously: that ...")
_PROPOSED_AND_RESOLVED = _rx.compile(
    r"\bseconded by [^.;]{2,60}?(?: and|,) (?:RESOLVED|resolved|agreed|carried|adopted|approved|passed)\b")
# ("→ Judith: go", "-> DK fine, within budget", "-> kör, från 1/4", "-> agreed from Jan": who said it
# first, and the verdict's own short tail)
_ARROW_OUTCOME = _rx.compile(
    # ("-> 6-1 yes", "-> yep")
    r"(?:→|->)\s*(?:[\wåäö]{1,15}:?\s+|\d{1,2}\s*[-–]\s*\d{1,2},?\s+)?(?:agreed|approved|accepted|adopted|carried|ok|okay|yes|yep|yup|ja|bifall|bifölls|godkänt|"
    r"godkänd|godkändes|beslutat|beslut|antogs|enades|alla överens|all agreed|kör|go|go ahead|(?:it's |it is )?going ahead|goes ahead|fine|"
    r"(?:all|everyone|everybody) (?:happy|keen)|all good|alla (?:glada|nöjda)|"
    # "-> vote 5–2 for", "→ voted 6-1 in favour"
    r"vot(?:e|ed)\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:for|in favou?r))"
    r"(?:\W*$|\s*[,;:–]\s|\s+(?:from|fr|från|starting|start)\b"
    # ("-> agreed no dissent", "→ godkänt enhälligt": how the meeting agreed)
    r"|\s+(?:no dissent|no objections?|unanimous(?:ly)?|nem\.? ?con\.?|by all|enhälligt|av alla)\W*$)",
    re.I,
)
# A short lead-in before a label: "Efter diskussion: Beslut: ...", "After discussion: Decision: ...".
_LEAD_IN = _rx.compile(r"(?:efter (?:\w+ )?diskussion|efter omröstning|after (?:some )?discussion|after a vote)\s*:\s*", re.I)


def sets_date_only(clean: str) -> bool:
    """'Städdagen blir lördag 11 oktober.': the sentence's only decision word sets a date."""
    cue = cues.DECISION_VERB.search(clean) if "blir" in clean else None
    return cue is not None and cue.group(0).startswith("blir") and cues.DECISION_VERB.search(clean, cue.end()) is None


def _decision_opening(clean: str) -> bool | None:
    """The answer an opening gives ("Beslut: ...", "Ja till ...", "Det blir ..."), else None."""
    label = cues.DECISION_LABEL.match(clean)
    if label is None and ": " in clean[:30] and (lead := _LEAD_IN.match(clean)) is not None:
        clean = clean[lead.end():]  # "Efter diskussion: Beslut: ..."
        label = cues.DECISION_LABEL.match(clean)
    if label:
        return len(clean) > label.end() + 2
    if ("anses" in clean or "ed approved" in clean or "ed adopted" in clean) and cues.MOTION_NOT_PUT.search(clean):
        return False  # "Protokollet anses godkänt om inga synpunkter inkommit": approval by silence, later
    if "seconded by" in clean and _PROPOSED_AND_RESOLVED.search(clean) and not cues.MOVER_ONLY.match(clean):
        # ("Proposed by Cllr Reid, seconded by Cllr Fox, carried." under a RESOLVED line: who moved it)
        return True  # "It was proposed by Cllr A, seconded by Cllr B and RESOLVED to contribute £350"
    if ("→" in clean or "->" in clean) and _ARROW_OUTCOME.search(clean):
        return True  # "@leo proposes going to 50 % → agreed": the proposal, then its outcome
    if (cues.COLLOQUIAL_YES.match(clean) or _outcome(clean) or _GROUP_RECOMMENDS.match(clean)
            or (" uppdrag" in clean and _BODY_COMMISSIONS.match(clean))
            or ("(" in clean and CONSENSUS_MARK.search(clean))):
        return True
    return None


def _no_decision_line(clean: str) -> bool:
    """A header field, apologies, the next meeting's announcement, a proposal or attendance."""
    if _HEADER_FIELD.match(clean) or _NEXT_ANNOUNCEMENT.match(clean) or (
            _APOLOGIES.match(clean) and not cues.APOLOGIES_ACCEPTED.search(clean)):
        return True  # "Utses att justera  Lars-Göran Wik", "Apologies were received and accepted"
    # "Förslag till beslut: att ...": what was proposed, not what was decided; "Den som bifaller
    # ... röstar ja, den som ... röstar nej": how the vote is put
    return bool(_PROPOSAL_LABEL.match(clean) or cues.ATTENDANCE.match(clean)
                or ("röstar" in clean and _VOTE_ORDER.search(clean)))


# "ingen datum eller ansvar bestämdes", "no decision was taken", "was not supported"; another body's
# decision disclaimed ("not this group's call", "not us!", "inte LG:s sak"); how a vote is put
_NOTHING_DECIDED = _rx.compile(
    r"\b(?:ingen|inget|inga)\s+(?:\w+\s+){0,3}?(?:bestämdes|beslutades)\b|\bbestämdes inget\b|\bbeslutades inte\b"
    # "delade meningar → inget beslut, vi tar upp det efter jul", "Not decided; chairs will draft ..."
    r"|\binget beslut\b(?!\s+(?:om|on)\b)|\bnot decided\b"
    r"|\bno decision (?:was |has been )?(?:taken|made|reached)\b|\b(?:was|were) not\s+supported\b(?![^.]*;)"
    r"|\bnot (?:ours|our (?:call|decision))\b|\binte av oss\b|\bnot by us\b"
    # "vi tar in en offert till innan vi bestämmer", "Vi bestämde oss inte", "before we decide": not yet
    r"|\binnan vi (?:bestämmer|beslutar|tar beslut)\b|\bbestämde oss inte\b|\bbefore (?:we|the \w+) decides?\b"
    # "signed off go-live ... at last week's meeting", "beslutades på förra mötet": an earlier meeting's
    r"|\b(?:at|in) (?:last (?:week|month)'s|the (?:last|previous)) meeting\b|\b(?:på|vid) (?:förra|föregående) (?:mötet|sammanträdet)\b|\bnot (?:this|the) (?:group|committee|board|team|forum|meeting)'?s?"
    r" (?:call|decision)\b|\bnot us\b|\binte (?:vår|vårt|\w+:s) (?:sak|beslut|bord)\b"
    r"|\bröstar ja\b.*\bröstar nej\b"
    # "– nej, beslutet är fattat", "that was already decided in March": a decision taken before, recalled
    r"|\bbeslutet är (?:redan )?(?:fattat|taget)\b|\b(?:was|is|has|had) already (?:been )?decided\b"
    # "det beslutades på årsmötet 2024 och gäller fortfarande", "det bestämde årsmötet i fjol", "agreed at
    # the AGM last year": a decision of an earlier meeting, recalled
    r"|\b(?:beslutades|bestämdes|beslöts|decided|agreed|approved)\s+(?:på|vid|at)\s+(?:the\s+)?[\wåäö]+\s+"
    r"(?:i fjol|förra året|last year|(?:i |in )?(?:19|20)\d\d)\b|\bdet (?:bestämde|beslutade) [\wåäö]+ (?:i fjol|förra året)\b"
    r"|\bgäller fortfarande\b|\b(?:their|deras) (?:call|decision|beslut)\b(?![^.]*\b(?:men|but)\b)"
    # "If nobody objects it's accepted.": a rule for later, nothing settled now
    r"|^(?:if|om) (?:nobody|no one|ingen)\b"
    # "alla höll med, men vi kom inte fram till vem som håller i den": agreeing on nothing settled
    r"|\bvi tar (?:upp )?(?:det|den|frågan) (?:nästa gång|senare|sen|igen|på nästa möte)\b"
    # a vote lost or left to someone else: "vi röstade nej", "3 för, 4 emot, så det blev inget",
    # "vi röstade informellt på den blå, men Tove får sista ordet", "men ingen kunde ta på sig det"
    r"|\b(?:röstade|röstades) nej\b|\bvoted (?:it |them )?down\b|\bdet blev inget\b|\bfår (?:sista|sitt) ordet\b"
    r"|\b(?:has|gets|have) the final say\b|\bingen kunde (?:heller )?ta på sig\b"
    r"|\bkom (?:vi )?inte fram till\b|\b(?:did not|didn't) (?:get to|reach|come to) (?:a |any )?(?:decision|conclusion)\b"
    # "vi bestämde inget i telefon", "vi hann inte besluta något tema", "we didn't decide anything",
    # "nobody agreed who'd ask him": nothing was settled
    r"|\b(?:bestämde|beslutade|beslöt) (?:vi |gruppen |styrelsen |mötet )?(?:inget|ingenting|inte)\b"
    r"|\bhann (?:vi )?inte (?:besluta|bestämma|ta beslut|fatta beslut)|\b(?:nobody|no one) agreed\b"
    r"|\bdid(?: not|n't) (?:decide|agree)\b"
    # "SRE req is approved by finance", "rutinen godkändes av skolledningen 5/3", "the revised policy had
    # been approved by the Clinical Policy Group": approved by someone outside the meeting (not "signed off
    # by the WP leads in the call")
    r"|\b(?:approved|godkänd|godkänt|godkända|godkändes|godkänts|signed off|accepted|beviljad|beviljat|beviljades|"
    r"beviljats|decided|beslutad|beslutat|beslutades) (?:by|av) (?!(?:the |a |an )?(?:meeting|board|committee|council|"
    r"trustees|governors|directors|members|partners|assembly|agm|egm|house|panel|group|team|forum|network|steering|"
    r"mötet|styrelsen|nämnden|rådet|gruppen|årsmötet|stämman|nätverket|föreningsstämman|all|alla|everyone|everybody|"
    r"samtliga|unanimous|voice|show|vote|acclamation|acklamation|consensus|those|majority|general)\b)"
    r"(?![^.]*\b(?:(?:in|on|at|during) (?:the|this|today's) (?:call|meeting)|(?:på|under|i) (?:mötet|dagens möte))\b)"
    # "Kommunen har tagit beslut om ...", "IIT Bombay has appointed a new postdoc": an act reported in the
    # perfect, someone else's (not "we have agreed", "styrelsen har beslutat", nor one the meeting noted)
    r"|(?<!\bwe )(?<!\bvi )(?<!\bi )(?<!\bjag )(?<!\bmeeting )(?<!\bboard )(?<!\bcommittee )(?<!\bgroup )"
    r"(?<!\bmötet )(?<!\bstyrelsen )(?<!\bgruppen )(?<!\bnämnden )(?<!\brådet )"
    r"\b(?:has|have|har) (?:now |already |just |also |redan |nu |just |också )?"
    r"(?:approved|accepted|appointed|decided|adopted|granted|rejected|endorsed|tagit beslut|fattat beslut|beslutat|"
    r"godkänt|beviljat|antagit|fastställt|utsett|avslagit)\b"
    r"(?!.*\b(?:noted|noterade|noteras|noterades|antecknas|antecknades|handlingarna)\b)"
    # "the motion failed 12 to 9, so the fun run stays", "vote 3 for / 5 against -> demo stays": what stays
    # after a lost vote was never changed
    # (a count against, in the same sentence, is the vote's); "On a show of hands, 3 for, 5 against. Not carried."
    rf"|\b(?:{cues.LOST_WORDS}|against)\b[^.]*\b(?:{cues.KEPT_WORDS})\b|\bnot carried\b"
    # "det får bli höstens fråga", "det får bli en punkt nästa gång": left for later
    r"|\bfår (?:det )?bli (?:en |\w+s )?(?:fråga|punkt|diskussion|ärende)\b"
    # "The PSF grants committee approved our request", "Länsstyrelsen har beviljat oss 40 000 kronor":
    # another body's answer to this group
    r"|\b(?:approved|accepted|granted|funded|rejected|declined|turned down|godkänt|godkände|beviljat|beviljade|"
    r"avslog|avslagit) (?:our|us|vår|vårt|våra|oss)\b"
    # "A quorum was confirmed.", "Motion by Bell, seconded by Perez, to approve the variance." (its outcome
    # comes after it)
    r"|\bquorum (?:was |is )?(?:confirmed|established|present|declared|noted)\b"
    r"|^(?:a )?motion (?:by|from) [^,.;]{2,40}, second(?:ed)? by [^,.;]{2,40},? to\b(?![^.]*\b(?:carried|passed|approved|adopted|failed)\b)",
    re.I,
)
_VOTE_ORDER = _rx.compile(r"\bröstar ja\b.*\bröstar nej\b|^den som (?:vill |bifaller |biträder )", re.I)


# The decision word used of a thing, before its noun: "the approved grantees", "de beviljade medlen".
_ATTRIBUTIVE_CUE = _rx.compile(
    r"\b(?:the|these|those|all|our|its|their|two|three|four|five|six|\d+)\s+(?P<word>approved|adopted|agreed|elected)\s+"
    r"(?!by\b|to\b|for\b|that\b|on\b|at\b|in\b|with\b|unanimously\b|and\b)[a-z]",
    re.I,
)


_FYI = _rx.compile(r"\bfyi\b", re.I)
_CONTENT_CLAUSE = _rx.compile(r"\b(?:att|to|that)\s+[a-zåäö]", re.I)


def _cue_decides(clean: str, cue: re.Match[str], *, in_section: bool) -> bool:
    """Whether the decision word ``cue`` records this meeting's decision."""
    agrees = _PERSON_AGREES.match(clean)
    if agrees and not _BODY_WORD.search(agrees.group("who")):
        return False  # "Mr. Bell and Ms. Sorensen agreed to co-chair ...": they took a task on
    if (attributive := _ATTRIBUTIVE_CUE.search(clean, max(0, cue.start() - 12), cue.end() + 16)) is not None \
            and attributive.start("word") == cue.start() and cues.DECISION_VERB.search(clean, cue.end()) is None:
        return False  # "award letters to the three approved grantees": a word describing a thing
    if _DECIDES_ITSELF.search(clean):
        return False  # "Varje kommun beslutar själv", "CS leadership decides that", "... before deciding"
    if _AGREED_ASSESSMENT.search(clean, cue.start()):
        return False  # "alla var överens om att det behövs", "Members agreed the draft needs more work"
    if not in_section and any((h.start() < cue.start() and not _CLAUSE_BREAK.search(clean, h.end(), cue.start())
                               and not _ATTRIBUTIVE.search(clean, max(0, h.start() - 6), h.start())
                               and not _closed_aside(clean, h.start(), cue.start()))
                              or (h.start() > cue.start() and not _WHOSE_PROPOSAL.match(h.group(0))
                                  and not _REASON_BREAK.search(clean, cue.end(), h.start())
                                  and not (h.group(0).casefold() in _PROPOSING and _CONTENT_OPENS.match(clean, cue.end()))
                                  and not (h.group(0).casefold() in ("would", "skulle")
                                           and _AGREED_IT_WOULD.match(clean, cue.start(), h.end())))
                              for h in cues.HEDGE.finditer(clean)):
        return False  # "X suggested Y, and we went with that" answers the hedge in a new clause
    if _DECIDED_BACK_THEN.match(clean, cue.end()) is not None and cue.group(0).casefold().endswith(_PAST_ENDINGS):
        return False  # "SLT decided on Friday that ...", "KS beslutade i dec att ...": decided before this meeting
    if (asked := _ASKED_WHETHER.search(clean, 0, cue.start())) is not None and not _CLAUSE_BREAK.search(
            clean, asked.end(), cue.start()):
        return False  # "Dr Okafor frågade om det är bestämt vem som jobbar": a question reported
    report = cues.REPORT_MARKER.search(clean)
    if report is not None and ((_closed_aside(clean, report.start(), len(clean))
                                and not _closed_aside(clean, cue.start(), len(clean)))
                               or _MINUTES_OF_LAST.search(clean, 0, report.end())):
        report = None  # "(cheaper, Orbis already uses it)", "(45 i fjol)": an aside; "Notes of last meeting – agreed"
    if report and report.start() < cue.end() + 30 and not (
            report.start() > cue.end() and _CLAUSE_BREAK.search(clean, cue.end(), report.start())):
        # ("declined — 3.9 is EOL already": the reason, in a clause of its own, is no report)
        return False  # "(85 last year was too much)" far after the cue is an aside, not a report
    if _ITS_OWN_FORUM.search(clean, 0, cue.start()) is not None:
        return False  # "kyrkorådet på sitt decembermöte beslutade att ...": another body, at its meeting
    forum = cues.OTHER_FORUM.search(clean, cue.end())
    if forum is not None and _CONTENT_CLAUSE.search(clean, cue.end(), forum.start()):
        forum = None  # "... RESOLVED to approve the plan and to recommend it to the Board at its meeting": what was decided
    if forum is not None or cues.FOR_INFORMATION.match(clean) or (
            "fyi" in clean.casefold() and _FYI.search(clean)):
        return False  # "... approved it at its March meeting", "For info: ...", "... — FYI": a report
    if cues.FAILED.search(clean, cue.end()) and re.search(r"\bmotion|\bamendment|\bproposal", clean, re.I):
        return False  # "the motion was not supported and fell": a motion lost is no decision
    if _DECIDES_LATER.match(clean, cue.start()):
        return False  # "... styrgruppen, som beslutar om den i juni": a decision still to come, elsewhere
    future = FUTURE_DECISION.search(clean, max(0, cue.start() - 25), cue.end() + 1)
    if (future and future.end() >= cue.end() and not _RESOLVED_BEFORE.search(clean, 0, future.start())) or _THEIR.match(clean):
        return False  # "Nämnden ska utse en ledamot", "will be appointed by Council", "Their board agreed"
    if _proposed_here(clean, cue.start()) or cues.MOTION_NOT_PUT.search(clean):
        return False  # "Karin föreslog att ... utser", a motion to adjourn: no decision of substance
    if _negated(clean, cue):
        # "Ingen enighet; frågan bordlades": a later decision word in its own clause still counts.
        later = cues.DECISION_VERB.search(clean, cue.end())
        if later is None or _negated(clean, later):
            return False  # "not decided", "godkändes inte"; "decided not to" is a decision
        cue = later
    # "Cllr Gale reported that the District Council resolved ...": a report of another body;
    # not "Sam said yes in principle, and we agreed to ...": the meeting's own clause after it.
    # ("... offered a discount - we said thanks but we're sticking with ...": the group's own word is no report)
    reports = [r for r in cues.REPORTING_PAST.finditer(clean[: cue.start()])
               if _WE_ANSWERED.match(clean, max(0, r.start() - 3)) is None]
    return not reports or _OWN_CLAUSE.search(clean, reports[-1].end(), cue.start()) is not None


_WE_ANSWERED = _rx.compile(r"we said (?:thanks|thank you|no|yes)\b", re.I)


_ITS_OWN_FORUM = _rx.compile(
    r"\b(?:på|vid) (?:sitt|sina) (?:\w+ )?\w*(?:möte|sammanträde|stämma)\w*|\bat (?:its|their) (?:\w+ ){0,2}(?:meeting|session)\b",
    re.I)


_MINUTES_OF_LAST = _rx.compile(
    r"\b(?:minutes|notes|protokoll\w*|anteckning\w*)\s+(?:of|from|för|från)\s+(?:the\s+)?"
    r"(?:last|previous|förra|föregående)\s+(?:meeting|mötet|möte|sammanträdet)$", re.I)


def _closed_aside(clean: str, at: int, cue: int) -> bool:
    """Whether ``at`` stands in brackets closed before ``cue``: "Efter diskussion (några ville att vi
    skulle renovera själva) röstade mötet för att ...": the wish in the aside hedges nothing after it."""
    opened = clean.rfind("(", 0, at)
    return opened >= 0 and clean.rfind(")", 0, at) < opened and 0 <= clean.find(")", at) < cue


# "Det blir Ramsjön torsdag 17 oktober", "Det blir så: ...", "Fia justerar.": how a choice or
# the meeting's justerare is recorded in rough notes (a name or a date after "Det blir").
# A group that can only advise records its position as a recommendation: "Gruppen rekommenderar
# kommunerna att ...", "The Committee recommended to Finance Committee that ...".
_GROUP_RECOMMENDS = _rx.compile(
    # ("Ja, vi föreslår KS att timlönen höjs": the group's own answer, addressed to the body above it)
    r"^(?:[^:]{1,30}:\s*)?(?:(?:ja|nej|ok|okej|okay|så|då)[,.!]?\s+)?(?:the\s+)?(?:(?=vi\s+föreslår\s+(?!(?:därför|nog|också|även|istället|"
    r"alltså|då|kanske|att)\b))vi|gruppen|nätverket|styrgruppen|arbetsgruppen|referensgruppen|ledningsgruppen|rådet|"
    r"utskottet|committee|group|panel|network|working group|styrelsen|valberedningen|kommittén|"
    # a §-protocol's body proposing to the one above it: "Kommunstyrelsen föreslår kommunfullmäktige att
    # ...", "Arbetsutskottet föreslår socialnämnden att ...", "AU föreslår kyrkorådet att ..."
    r"(?=\w+\s+föreslår\s)(?:[\wåäö-]*nämnden|[\wåäö]*styrelsen|arbetsutskottet|AU|[\wåäö]*utskottet|kyrkorådet|direktionen))\s+"
    r"(?:rekommenderar|förordar|recommends|recommended|endorses|endorsed|"
    # "Nätverket föreslår regionens folkhälsoråd att ...": an advisory group's position, addressed
    r"föreslår\s+(?:\w+\s+){1,3}att|proposes\s+to\s+the)\b",
    re.I,
)
# "Flyttar till torsdagar (ok alla)", "kör på vägbolaget (alla eniga)": the meeting's assent noted.
CONSENSUS_MARK = _rx.compile(
    r"\((?:ok|okej) (?:alla|från alla)\)|\(alla (?:ok|eniga|överens)\)|\((?:enhälligt|enigt|beslutat|beslut)\)"
    r"|\((?:all agreed|agreed by all|unanimous(?:ly)?|consensus|no objections)\)"
    # "Tema blir lättläst (Tuva ville ha det, ingen emot)": who wanted it, and nobody against
    r"|\([^()]{3,60}?,\s*(?:ingen (?:var |sa )?emot|inga invändningar|alla (?:ok|eniga|överens)|no objections?|"
    r"nobody objected|all agreed)\)",
    re.I,
)
# One or two people, by name or title, agreeing to do something: a task taken on, not a decision.
_PERSON = (r"(?:(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr|Prof|Rev|Director|Councilor|Councillor|Commissioner|Trustee|Chief)\.?\s+)?"
           r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|@[\w.-]+))")  # a name or a handle ("@priya-s")
_PERSON_AGREES = _rx.compile(
    rf"^(?P<who>(?!The\b|All\b|Everyone\b|We\b|They\b|I\b|Vi\b|Both\b){_PERSON}(?:\s*(?:,|and|&)\s*{_PERSON})?)"
    r"\s+(?:agreed|has agreed|have agreed|kindly agreed)\s+(?:and\s+will\s+|to\s+)(?!the\b|this\b|that\b|it\b)"
    # "agreed to serve a second term": accepting a role is no task
    r"(?!serve\b|continue\b|remain\b|stay\b|stand\b|be\b|act\b)[a-z]"
)
_BODY_WORD = _rx.compile(
    r"\b(?:Council|Committee|Board|Group|Team|Trust|Society|Club|Association|Network|Forum|Panel|Staff|"
    r"Members|Officers|Trustees|Governors|Directors|Management|Partners|Parents|Executive|Cabinet|Senate|"
    r"Assembly|Commission|Department|Office|Council's|"
    # a body by its acronym: "SMT agreed to apply", "TSC", "SLT", "PCC", "EHT", "LG"
    r"SMT|SLT|ELT|TSC|PMC|PCC|EHT|LG|AU|CAB|ExCo|WG|SG|MT)\b"
)
# a time before the meeting right after a past decision verb: "decided last week", "beslutade i december"
_DECIDED_BACK_THEN = _rx.compile(
    r"\s+(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!,?\s+(?:the\s+)?\d)|last (?:week|month|year|term|night)|yesterday|"
    r"earlier (?:this|in the) (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|i (?:går|höstas|våras|somras|vintras|förra veckan|jan|feb|mars|apr|maj|juni|juli|"
    r"aug|sep|okt|nov|dec)\w*|förra (?:veckan|månaden|året|terminen)|igår)\b", re.I)
_PAST_ENDINGS = ("ed", "ade", "öt", "de", "off")
# a question reported before the decision word ("frågade om det är bestämt", "undrade om styrelsen beslutat")
_ASKED_WHETHER = _rx.compile(r"\b(?:frågade|frågar|undrade|undrar)\s+om\b", re.I)
_DECIDES_ITSELF = _rx.compile(
    r"\b(?:beslutar|bestämmer|avgör) (?:själv|själva|det själv|det själva)\b|\bdecides? (?:that|this|for (?:itself|themselves))\b|"
    r"\bbefore (?:deciding|a decision is made)\b|\binnan (?:vi )?(?:beslutar|bestämmer)\b|\binnan beslut\b",
    re.I,
)
# Agreement on how things are, not on what to do: "överens om att metoden fungerar", "agreed
# this was worth exploring", "agreed the draft needs more work".
_AGREED_ASSESSMENT = _rx.compile(
    r"\b(?:agreed|överens|eniga|enighet)\s+(?:om\s+)?(?:att\s+|that\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:was|is|were|are|var|är|would be|skulle vara)\s+(?:\w+\s+)?(?:worth|good|important|needed|necessary|"
    r"worthwhile|valuable|useful|a good|prudent|sensible|wise|helpful|better|nice|viktig\w*|bra|nödvändig\w*|"
    r"värdefull\w*|angelägen\w*|rimlig\w*|klokt)"
    r"|needs?|behövs|behöver|måste|must|fungerar|works|worked)\b",
    re.I,
)
# "It was agreed that the board would hold a training session", "The Committee agreed that the learning
# would be shared", "Det beslutades att vi skulle ...": what was decided, in reported speech
_AGREED_IT_WOULD = _rx.compile(
    r"(?:agreed|decided|resolved|enades om|beslutades|beslöt|kom överens om)\s+(?:that\s+|att\s+)?"
    r"(?:[\w'’-]+\s+){1,12}?(?:would|skulle)$", re.I)
# "Deferred to the spring meeting, as the Head is still awaiting the data": the reason after
# a decision is no hedge on it.
_REASON_BREAK = _rx.compile(r",\s*(?:as|since|because|eftersom|då|ty|pending)\s|;\s|\s[–—]\s", re.I)
# "the proposed amendment was tabled": a proposal named by the decision, not a hedge on it.
_ATTRIBUTIVE = _rx.compile(r"\b(?:the|a|an|this|its|their|det|den)\s+$", re.I)
# "Stämman gav styrelsen i uppdrag att ...", "Rådet ger arbetsgruppen i uppdrag att ...": a body
# commissioning someone decides (and gives a task).
_BODY_COMMISSIONS = _rx.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*(?:en|et|an|na)\s+(?:ger|gav|uppdrar åt|uppdrog åt)\s+[^.;?]{1,80}?\bi\s+uppdrag\s+att\b"
)

# "Nästa styrelsemöte hålls ...", "The next meeting will be held on ...": an announcement.
_NEXT_ANNOUNCEMENT = _rx.compile(
    r"^(?:\d+(?:\.\d+)*\s+)?(?:the\s+)?(?:next|nästa)\s+(?:\w+\s+){0,2}?(?:\w*möte|sammanträde|träff|meeting|session|call|"
    r"avstämning\w*|\w+(?=\s+blir\b))\w*\b"
    # "Glöggen blir lördag 13/12 som planerat": a date set before, repeated
    r"|^[^.]*\bblir\b[^.]*\b(?:som planerat|som tidigare bestämt|som vanligt|as planned)\b", re.I
)
_APOLOGIES = _rx.compile(r"^(?:apologies|regrets|frånvaroanmälningar|anmält förhinder)\b", re.I)
_HEADER_FIELD = _rx.compile(r"^Utses att justera\b|^Justerandes sign", re.I)
OUTCOME = _rx.compile(
    r"^(?:[^:.?!]{1,40}:\s*)?(?:[Oo]ch\s+|[Ss]å\s+)?[Dd]et blir (?:så\b|[A-ZÅÄÖ0-9]|(?:en|ett) \w)"
    r"|^[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?\s+justerar(?:\s+protokollet)?\W*$"
)


def _outcome(clean: str) -> bool:
    """``OUTCOME.match(clean)``, run only where its words ("et blir", "justerar") are written."""
    return _MAY_OUTCOME(clean) and OUTCOME.match(clean) is not None


def _negated(clean: str, cue) -> bool:
    """The words just before the decision word, within its own clause ("inga fel så det
    godkändes" is not negated), or right after it ("godkändes inte"), deny it."""
    # ("inga ändr. -> lades till handl.": an arrow ends the clause too)
    # ("... but we have no freezer space - we said no thank you": a spaced hyphen ends it as a dash does)
    # ("The Board (Susan Mills not voting) approved ...": an aside in brackets denies nothing after it)
    before = re.split(r"\b(?:så|och|men|so|and|but)\b|[,;:–—→)]|->|\s-\s", clean[max(0, cue.start() - 20) : cue.start()])[-1]
    after = clean[cue.end() : cue.end() + 12]
    # ("Vi beslutar inget om taket idag", "decided nothing": nothing decided)
    return bool(cues.NEGATED.search(before)) or (re.match(r"\s*(?:inte|ej|not|inget|ingenting|nothing)\b", after) is not None
                                                 and not re.match(r"\s*not to\b", after))


def _proposed_here(clean: str, cue_start: int) -> bool:
    """A proposing verb in the same clause before the decision word ("Karin föreslog att varje
    avdelning utser ..."); "X föreslog Y, och det kör vi på" records the answer in a new clause."""
    ends = [m.end() for m in cues.PROPOSING.finditer(clean[:cue_start])
            if not _ATTRIBUTIVE.search(clean, max(0, m.start() - 6), m.start())]  # "the proposed amendment"
    return bool(ends) and not _CLAUSE_BREAK.search(clean, ends[-1], cue_start)


# "... as Hannah proposed": after the decision word, whose proposal it was, not a hedge.
# "Vi bestämde att styrelsen föreslår årsmötet ...": a proposal to another body is what was decided.
_PROPOSING = frozenset(("föreslår", "proposes", "suggest", "suggests", "recommend", "recommends", "rekommenderar",
                        "tillstyrker"))
_CONTENT_OPENS = _rx.compile(r"\s+(?:att|that|to)\s")
# ", and we agreed", "; vi beslutade", ". The committee": a clause of the meeting's own
_OWN_CLAUSE = _rx.compile(
    r"(?:[,;]\s*(?:and|so|och|så)?|\s(?:and|so|och|så))\s+(?:then\s+|sedan\s+|sen\s+)?"
    r"(?:we|vi|the\s+(?:meeting|committee|board|group|council|team|tsc|panel)|mötet|styrelsen|gruppen|everyone|alla)"
    r"(?:\s+(?:all|alla|then|sedan|unanimously|enhälligt))?\s*$",
    re.I,
)
_WHOSE_PROPOSAL = _rx.compile(
    r"^(?:proposed|proposes|suggested|suggests?|recommended|recommends?|yrkande|yrkandet|förslag|förslaget)$", re.I
)
FUTURE_DECISION = _rx.compile(
    r"\b(?:ska|skall|kommer att|måste|will|shall|is to|are to|to be|must|needs? to)\s+(?:\w+\s+)?"
    r"(?:utse|utses|besluta|beslutas|fastställa|fastställas|godkänna|godkännas|anta|antas|välja|väljas|"
    r"approve|approved|decide|decided|appoint|appointed|adopt|adopted|elect|elected)\b",
    re.I,
)
_DECIDES_LATER = _rx.compile(
    # ("Kyrkorådet beslutar om budgeten i november": what it decides on, then when)
    r"(?:beslutar|decides)\s+(?:(?:om|on)\s+(?:the\s+)?[\wåäö-]+\s+)?"
    rf"(?:i|under|vid|på|in|at)\s+(?:{MONTH_NAMES}|hösten|våren|\w+mötet|sitt|its)\b",
    re.I,
)
_THEIR = _rx.compile(r"^(?:their|deras)\b", re.I)
_RESOLVED_BEFORE = _rx.compile(r"\b(?:resolved|agreed|decided|beslutade|beslöt|beslutades)\b", re.I)
_CLAUSE_BREAK = _rx.compile(
    r"[;:.]\s|,\s*(?:och|men|så|and|but|so)\b|\s[–—-]\s"
    # ", the meeting agreed ...": the deciding body opens a clause of its own
    r"|,\s*(?:the\s+)?(?:meeting|committee|board|group|council|team|members|trustees|governors|we|mötet|"
    r"styrelsen|nämnden|gruppen|rådet|vi)\s"
    # "Stan suggested timers and we agreed to try it": the group, after "and", in a clause of its own
    r"|\s(?:and|och|but|men|so|så)\s+(?:then\s+|då\s+)?(?:we|vi|everyone|alla|the (?:meeting|committee|board|group)|"
    r"mötet|styrelsen|gruppen)\s"
)


def decision_text(clean: str) -> str:
    """The decision's words without its label ('Beslut:', 'RESOLVED:')."""
    label = cues.DECISION_LABEL.match(clean)
    text = clean[label.end():] if label else clean
    return text.strip().rstrip(":").strip() or clean


_fastre.speed_up(globals())
# Cheap tests (in C) of what a pattern cannot match without; read from the patterns themselves.
_MAY_OUTCOME: Callable[[str], bool] = _fastre.literal_gate(OUTCOME)
