"""The language of minutes: the words that mark decisions, tasks, reports and hedges (sv and en).

Everything here is a pattern of Swedish or English minute-taking, not of any one document:
labels ("Beslut:", "RESOLVED:", "ACTION:"), decision verbs in present and past tense, the
passive forms protocols use ("godkänns", "bordlades"), the verbs that only narrate a meeting
("informerar", "presented"), and the hedges that turn a sentence into a wish ("kanske", "could").
"""

from __future__ import annotations

import re

from ... import _rx
from . import _fastre

_I = re.IGNORECASE

# A line that is only a section label: what follows it is decisions / actions.
DECISION_SECTION = _rx.compile(
    r"^(?:beslut|beslutade?|beslutades|beslutspunkter|ställningstaganden?|mötets beslut|"
    # "Arbetsutskottets beslut", "Styrelsens beslut", "Board decision": a body's decision below
    r"[\wåäö-]+s beslut|(?:board|committee|council) decisions?|"
    r"summary of decisions|decisions? summary|slutsatser|"
    r"fattade beslut|beslut som fattades|sammanfattning av beslut|beslutslogg|key decisions|"
    r"decision log|decisions? (?:and|&) actions?|beslut (?:och|&) åtgärder|"
    r"decisions?(?: made| taken)?|resolutions?|resolved|agreed|agreements?|outcomes?|"
    # A list of grants or applications under its outcome: "Approved:", "Declined:", "Beviljas:".
    r"approved|declined|deferred|funded|not funded|beviljas|beviljade|avslås|avslagna)\W*$",
    _I,
)
ACTION_SECTION = _rx.compile(
    r"^(?:att göra|att-göra(?:-lista)?|att komma ihåg|kom ihåg|att fixa|åtgärder|åtgärdslista|åtgärdspunkter|uppgifter|"
    r"uppdrag(?: till)?|nästa steg|fortsatt arbete|ansvarsfördelning|"
    r"actions?(?: items?| points?| required| summary| agreed| arising)?|ais|next steps|to ?-?dos?|tasks|"
    r"aps?(?: summary| list)?|action points? summary|action log|actions? (?:list|log|table)|"
    r"follow[- ]?ups?|assignments|new action items|summary of actions|action item summary|"
    r"åtgärdssammanfattning|sammanfattning av åtgärder|beslutade åtgärder)"
    r"(?:\s*\([^()]{1,30}\))?\W*$",
    _I,
)
# A §-protocol's proposal, under its own heading ("Förvaltningens förslag till beslut"): what the
# meeting was asked to decide, not what it decided ("Beslut" below says that).
PROPOSAL_SECTION = _rx.compile(
    r"^(?:(?:förvaltningens|ordförandens|arbetsutskottets|au:s|presidiets|kansliets|kyrkoherdens|styrelsens|"
    r"utskottets|beredningens)\s+)?förslag till beslut\W*$", _I)
# Sections whose sentences are neither: proposals, discussion, reports, attendance ("Förslag till
# beslut" is read as PROPOSAL_SECTION first).
NEUTRAL_SECTION = _rx.compile(
    r"^(?:förslag|yrkanden?|diskussion|bakgrund|information|rapporter?|"
    r"närvarande|deltagare|frånvarande|proposals?|discussion|background|reports?|updates?|"
    r"present|attendees|regrets|absent|notes?|"
    # what follows a protocol's decision: reservations, notes to the minutes, who gets it
    r"reservation(?:er)?|protokollsanteckning(?:ar)?|propositionsordning|omröstning|expedieras|"
    r"beslutet skickas till|dissent|dissents)\W*$",
    _I,
)

# "Beslut: ...", "RESOLVED: ...", "Decision - ..." at the start of a sentence.
DECISION_LABEL = _rx.compile(
    r"^(?:beslut(?:ades|et|at)?(?:\s*§\s*\d+)?|beslutsförslag antogs|ställningstagande|mötet beslutade|"
    r"bestämt|slutsats|överenskommet|överenskommelse|decision|decided|resolved|resolution|agreed|"
    r"consensus|final (?:call|decision)|"
    r"agreement|outcome|approved|conclusions?|godkänt|klart)"
    r"\s*(?:[:\-–—]|\bthat\b)\s*"
    r"|^#(?:agreed|agree|resolved|decision|decided)\b\s*",
    _I,
)
ACTION_LABEL = _rx.compile(
    r"^(?:(?:uppdrag|åtgärd|action|task)s? (?:till|för|for|to|on) (?P<to>[^:]{2,40}):|#action\b:?|(?:action(?: item| point)?|AI|AP|åtgärd|uppgift|uppdrag|att göra|to ?do|todo|task)"
    # "ACTION (Bo):", "ACTION @tobiasr:", "ACTION Maria Lind:": the owner beside the label
    r"(?:\s*\((?P<paren>[^)]{1,60})\)|\s+(?P<named>@[\w.-]+|(?!(?:Plan|Plans|Force|Items?|Points?|Log|List|Tracker|Register|Required|Needed|Taken|"
    r"Owners?|Summary|Update|Status|Review|Agreed|Lista|Punkter)\b)[A-ZÅÄÖ][\w.'’-]*(?:\s[A-ZÅÄÖ][\w.'’-]*)?)(?=\s*:))?"
    r"\s*[:\-–—])\s*",
    _I,
)
OWNER_LABEL = _rx.compile(
    r"(?:^|[\s(;,])(?:ansvarig(?: för (?P<what>[^:;()]{1,60}))?|ansvar|ansv\.?|owner|assignee|responsible|"
    r"assigned to|vem)\s*[:=]\s*"
    r"(?P<owner>[^,;()\n]{1,60}?)\s*(?=$|[,;)\n]|\s(?:senast|deadline|due|klart|när|by)\b)",
    _I,
)

# Verbs and phrases by which this meeting decides (present and past, active and passive).
# "Apologies from X were received and accepted", "governors consented to his absence": the
# meeting's own act (apologies only received are not); a decision verb, and what lets an
# apologies line through the decision rules' veto on attendance lines
# ("Apologies from Mr N. Fisher were ...": the stops of initials and titles are no sentence end)
_APOLOGIES_ACCEPTED = (r"apolog(?:y|ies)\b(?:[^.;]|(?<=\b\w)\.|(?<=\bmrs)\.|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bcllr)\.|(?<=\brev)\.|(?<=\bprof)\.){0,60}?\b(?:(?:were|was) (?:received and )?)?(?:accepted|consented(?: to)?)\b"
                       r"|consented to [^.;]{0,40}?absences?\b")
APOLOGIES_ACCEPTED = _rx.compile(_APOLOGIES_ACCEPTED, _I)
DECISION_VERB = _rx.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutades|beslutas|besluta att|"
    # "Minutes of the October meeting – moved Ben / seconded Craig, carried.": what, after a dash, then
    # mover, seconder and outcome (a line of its own, "Proposed by A, seconded by B, carried.", goes
    # with the resolution above it)
    # ("- prices up 50c. moved Macca 2nd Trish, carried": after the sentence too, and "2nd" for "seconded")
    r"(?:(?<=\S [–—-] )|(?<=\w\. ))(?:moved|proposed)\s+(?:by\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?\s*[,/;]?\s*(?:and\s+)?(?:seconded|2nd)\s+(?:by\s+)?"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?[,.;]?\s+(?:carried|agreed|approved|passed)\b|"
    # "5C: efter diskussion beslut att göra orosanmälan": the decision as a noun opening its clause
    r"(?<=efter diskussion )beslut att|(?<=: )beslut att|"
    # "Socialnämnden tackar för informationen", "EHT avslutar ärendet": how a protocol closes an item
    # ("Rådet tackar Hanna och Oskar för informationen": whom, then for what)
    # ("Styrgruppen tackade för lägesrapporten", "... för dragningen": the compounds too)
    r"tack(?:ar|ade) (?:[\wåäö-]+ (?:och |& )?){0,4}?för (?:den |de )?(?:[a-zåäö]+a )?[a-zåäö]*?(?:informationen|redovisningen|redovisningarna|"
    r"rapporten|rapporterna|föredragningen|dragningen|presentationen|presentationerna|genomgången|uppdateringen)\b|"
    # "The group thanked JE for her report": a report formally received
    r"\bthanked (?:[\w.'’-]+ ){1,4}?for (?:her|his|their|the) (?:report|reports|update|presentation)\b|"
    r"noter(?:ar|ade) informationen|noted by the (?:group|committee|board|meeting|council|panel|trustees|governors)\b|"
    # "Kyrkorådet noterade anmälan", "AU noterar delegationsbesluten": a report formally received
    r"noter(?:ar|ade) (?:anmälan|anmälningarna|rapporten|redovisningen|delegationsbesluten|meddelandena|skrivelsen)\b|"
    # "The PCC received the Safeguarding Officer's annual report and noted it"
    r"received (?:the|a|an) [^.;]{0,80}? and noted (?:it|them)\b|"
    r"avslutar ärendet|ärendet avslutas|avskriver ärendet|ärendet avskrivs|"
    # a kept status quo: "Subscriptions will stay at £60", "Kyrkoavgiften lämnas oförändrad"
    r"(?:will|shall)\s+(?:stay|remain)\b|(?:stays?|remains?|kept|keeps?)\s+(?:unchanged|the same|as (?:it|they) (?:is|are))\b|"
    r"(?:lämnas|förblir|behålls|ligger kvar|kvarstår)\s+(?:\w+\s+)?(?:oförändrad\w*|som idag|som i dag|som tidigare)\b|"
    r"ställer (?:sig|oss) (?:\w+ ){0,2}bakom|ställde (?:sig|oss) (?:\w+ ){0,2}bakom|"
    r"godkän(?:ns|ner|de|des|ts|das|d|da|t)|godtas|godtogs|bifall(?:s|er)|bifaller|biföll|bifölls|"
    r"antecknas|antecknades|noteras|noterades|received and filed|noted and filed|"
    + _APOLOGIES_ACCEPTED + "|" +
    r"(?:is|are|was|were) confirmed as|bekräftas som|bekräftades som|discharged|"
    r"kom (?:vi|gruppen|mötet|nätverket) fram till|ja,? vi säger|då säger vi(?! nästa (?:möte|träff|gång))|let's say|"
    r"(?:sa|sade|säger|said) (?:ja|nej) till|said (?:yes|no) to|"
    # "Tesco have offered 40 turkeys but we have no freezer space - we said no thank you.": the group's answer
    r"\bwe said (?:no|yes)(?:,? thanks| thank you| please)?(?=\W*$)|"
    # "Ended up agreeing to keep £25 for 2025.", "We ended up at $25 for adults": where the talk ended
    r"\bended up (?:agreeing|deciding|going (?:with|for)|settling on|choosing|keeping|at|with)\b|"
    r"det var alla (?:glada för|överens om|eniga om|med på)(?=\W*$|,\s)|ok (?:för|från|fr) alla(?=\W*$|,\s)|"
    # "ok vi säger så, ...", "ok på budget 4 000 kr": rough notes' yes
    r"vi säger så\b|^ok på\b|^kör på\b|"
    # "Camilla vill gå kursen i maj, ok från Lena": the one who could say no said yes
    r"ok (?:från|fr) [\wåäö]+(?=\W*$)|(?:committee|board|meeting|everyone|all|group) said yes\b|(?:alla|samtliga) sa ja\b|"
    # "Everyone ok with that.", "everyone ok with that → starts next sprint": the room's yes
    r"(?:everyone|everybody|all)(?:'s|’s| is| was| were)? (?:ok|okay|fine|happy) (?:with|w/?) (?:that|this|it)\b|"
    # "vi stannade vid det fysiska mötet": the status quo kept
    r"(?:vi|mötet|styrelsen|gruppen|we) stannade (?:vid|för)\b|"
    # a vote's tally: "14 ja, 3 nej", "Minutes read and signed as correct"
    r"\b\d+\s+ja\s*(?:,|mot|och|/|–|-)\s*\d+\s+nej\b|(?:were|was|and) signed as (?:a )?(?:correct|true)\b|"
    r"röstade (?:\d+\s*[-–]\s*\d+ )?(?:för att|ja till|nej till|för förslaget)|"
    r"ruled out|placed on file|came down on the side of|behålls|vi behåller|blev det så att|det blir så\b|avgjordes|avgörs|enligt (?:mötets|styrelsens|gruppens) beslut|"
    r"(?:och )?så blir det|(?<!\w)det blev (?:ett )?(?:ja|nej)|blev (?:ett )?(?:ja|nej)(?=\W*$)|"
    r"(?:var|är|blev) (?:enig|eniga|enigt)\b|"
    r"[–-]\s*(?:beslutat|bestämt)(?=\W*$|,)|(?<=[–-]\s)(?:beslutat|bestämt|beslut)(?=\W*$|,)|kör vi som\b|alla överens(?=\.?\))|(?<=[–,-]\s)alla (?:överens|eniga|ok|okej)(?=\W*$|,\s)|"
    # "Okej, då kör vi löpande med takpris", "JB: okej då sätter vi Ramin på ...": a settled yes
    r"\b(?:ok|okej|okey|bra|fint|perfekt|toppen|kanon)[,!.]?\s+då\s+(?:kör|sätter|tar|gör|säger)\s+vi\s+(?=[\wåäö])|"
    # "Då stannar vi på rörligt pris.", "Ja. Då kallar vi till extrastämma 15 april": the chair's spoken
    # conclusion opening the sentence (not "Då tar vi upp det igen", "Då säger vi nästa möte 12 maj",
    # "Då kör vi extramötet.")
    r"^(?:[^:]{1,30}:\s*)?(?:(?:ja|okej|ok|okay|bra|fint|härligt)[,.!]?\s+)?då\s+(?:stannar|kallar|lägger|tackar|flyttar|"
    r"väljer|bokar|köper|behåller|satsar|provar|testar|skippar|kör|sätter|tar|gör|säger|"
    # ("Då fortsätter vi ses här.", "Då startar vi F10.", "Då går vi på Bryggteknik.", "Då söker vi inte
    # i år.", "Då lämnar rådet ett yttrande.", "Då föreslår styrelsen årsmötet att ...")
    r"fortsätter|startar|byter|höjer|sänker|avvaktar|släpper|söker|lämnar|föreslår|går(?=\s+\w+\s+(?:på|för|med)\b))\s+"
    r"(?:vi|rådet|styrelsen|nämnden|gruppen|nätverket|mötet|föreningen|utskottet)\s+"
    r"(?!upp\b|nästa\b|igång\b|[\wåäö]*(?:mötet|träffen)\b|(?:så|det|på det)\W*$|det\s+(?:till\s+|på\s+)?nästa\b)(?=[\wåäö])|"
    r"^(?:[^:]{1,30}:\s*)?(?:(?:ja|okej|ok|okay|bra|fint|härligt)[,.!]?\s+)?då\s+kör\s+vi\s+så\b|"
    # "Vi låter det vara den här gången", "we're leaving the fog alone for now": the status quo kept
    r"\bvi låter (?:det|den|dem) vara\b|"
    r"\bwe(?:'re|’re| are|'ll|’ll| will) leav(?:e|ing) (?:it|that|them|the \w+(?: \w+)?) (?:alone|as (?:it is|they are)|unchanged)\b|"
    # "Landar i tisdagar, varannan vecka": where the discussion landed
    r"^(?:[^:]{1,20}:\s*)?(?:→\s*)?(?:det )?landar (?:i|på)\b|"
    # "Okay so hotfix behind a flag then": the outcome, said
    r"^(?:[^:]{1,20}:\s*)?(?:ok|okay|fine|right|good|great)[,.!]?\s+so\s+[^.?!,]{3,60}?\s+then(?=\W*$|,)|"
    # the body's own no or yes ("Styrelsen säger nej, det strider mot avtalet"), rough notes'
    # closing yes ("pris 49 kr – ok:at", "... löser det internt. så blev det", "Ingen invändning, så
    # det gäller", "alla var med på det", "blev det nej till egen broschyr"), and said in English
    # ("Green light from the TSC for ...", "sign-off given for ...", "the group will go with X")
    r"(?:styrelsen|nämnden|mötet|gruppen|rådet|utskottet|årsmötet|stämman|ledningsgruppen|arbetsgruppen|"
    r"nätverket|styrgruppen) (?:säger|sa|sade) (?:nej|ja)\b|ok:?a(?:t|d|de|des)(?=\W*$)|så blev det(?=\W*$)|"
    r"\bingen invändning(?:ar)?,?\s+(?:så|då)\b|alla var med på det(?=\W*$)|\b(?:vi körde|körde vi) på\b|"
    r"\bblev det (?:ett )?(?:ja|nej)\b|\bgreen light (?:from|for|given|was given)\b|\bsign-?off (?:given|granted|agreed)\b|"
    r"\b(?:group|team|committee|board|we)(?:'ll|’ll| will) go with\b|received(?<=[–-] received)(?=\W*$| this)|not going ahead\b(?<=[–-] not going ahead)(?=\W*$| this)|"
    # "The special resolution was passed", "passed 5-1", "received and noted", "We landed on the
    # protocol paper", "det är spikat", "are locked in", "so we're keeping the February date",
    # "Alla höll med", "JB: ja, gör det", "that's the plan then", "Council resolves:", "-> kör så",
    # "the SG preferred ...", "Vi säger nej i år"
    r"\b(?:was|were) (?:duly )?passed\b(?!\s*(?:unanimously\s*)?:)|\bpassed \d+\s*[-–]\s*\d+|\b(?:was|were) received and noted\b|"
    r"\blanded on\b|\bspikades\b|\bdet är spikat\b|\b(?:is|are) (?:now )?locked in\b|"
    r"\bwe(?:'re|’re| are) (?:keeping|sticking with|going with|doing it)\b|"
    r"\balla höll med\b|\bja,? gör (?:det|så)\b|"
    r"\bthat(?:'s|’s| is) the plan\b|\b(?:council|board|committee|meeting|assembly|members|senate|conference) resolves\b|"
    r"kör(?<=-> kör) (?:så|på det)\b|kör(?<=→ kör) (?:så|på det)\b|"
    r"\bthe [a-z]{2,6} (?:preferred|declined)\b|\bvi säger nej\b|"
    # said in prose: a vote the group took ("Vi röstade med handuppräckning, fem för ...", "We voted in
    # the end"), no one against ("Ingen var emot."), a no ("Vi tackade nej", "We said no"), and a
    # thing left alone ("vi lät det vara", "så vi låter bli")
    r"\b(?:vi|styrelsen|mötet|gruppen|nämnden|we|the board|the committee|the panel|the group) (?:röstade|voted)\b(?! om\b(?! att\b))|"
    # "Nej, vi håller fast vid att ...": a position the meeting keeps; "livestream is a go": settled
    r"\b(?:vi|styrelsen|gruppen|mötet|nämnden|nätverket|rådet|föreningen) håller fast vid\b|\bhåller vi fast vid\b|"
    r"\b(?:is|it's|it’s|that's|that’s) a go\b|"
    # the way things go on: "We'll carry on with one Saturday clinic a month", "vi fortsätter med ideella krafter"
    r"\bwe(?:'ll|’ll| will)? carry on with\b(?! (?:the )?(?:next|item|agenda|meeting))|"
    r"\bingen (?:var|sa) emot\b(?!\W*$)|\b(?:vi tackade nej|vi tackar nej|we said no|we declined|we turned (?:it|them|that) down)\b|"
    r"\bvi lät (?:det|den|dem) vara\b|\b(?:vi låter|låter vi) bli\b|"
    r"went with|went for|'ll proceed with|proceed with|"
    # "Date fixed: Friday 13 March, 7pm", "Date set for Saturday, November 15", "datum satt t. sön 24/5",
    # "Venue confirmed in Leeds": the date or place settled (not "no date was set", "Inget datum satt")
    r"^(?:[^:]{1,40}:\s*)?(?:the\s+)?(?:date|datum|datumet|venue|lokal|plats)\s+(?:is\s+|was\s+|är\s+|blev\s+)?"
    r"(?:fixed|set|confirmed|agreed|bestämt|bestämd|satt|spikat|spikad)\b(?=\s*(?:for|to|as|in|at|till|t\.|på|i|:)\s)|"
    # "Britt-Marie undrade om PRO kan få en egen punkt på nästa möte – ja, det läggs in.": the question
    # put to the meeting and its yes after a dash (not a hedged "– ja troligen, men ...")
    r"\b(?:undrade|frågade|asked|wondered)\s+(?:om|if|whether)\b[^?]{5,200}?\s[–—]\s+(?:ja|yes)\b"
    r"(?!,?\s+(?:troligen|kanske|nog|men|möjligen|probably|maybe|perhaps|but|i princip|in principle)\b)|"
    # "Okay, hybrid it is.", "Cypress it is for Field Day then", "Grand, CC BY 4.0 it is.": the choice
    # made (not "leave it as it is", "whose turn it is (...)")
    r"(?<!\bas)(?<!\bthat)(?<!\bwhat)(?<!\bhow)(?<!\bturn)(?<!\bwhere)(?<!\bwho)(?<!\bwhen)(?<!\bbut)(?<!\band)(?<!\bso)(?<!\bif)(?<!\bsince)(?<!\bbecause)(?<!\bnow)(?<!\byes)(?<!\bno) it is(?=\s*[.!]?\s*$|\s+then\b|\s+for\b|\s*[,—–])|"
    r"vann med \d+|won (?:the vote|with \d+)|"
    r"let's (?:go with|do it|keep|use|renew|stick with|move forward|agree(?! to disagree\b))|(?:so|then) we(?: all)? agree\s*[:,]|"
    r"we(?:'ll| will) (?:keep|stick with|stay with|continue with)|"
    r"gick (?:\w+ )?på (?:\w+ ){0,2}linje|(?:omval|nyval|omvald|nyvald)(?=\))|omvaldes|nyvaldes|"
    r"ansåg sig (?:\w+ )?(?:behörigt|stadgeenligt|korrekt) (?:utlyst|kallat|sammankallat)|"
    r"(?:var|är|blev) ense om|det blev så\b|alla (?:var )?(?:överens|eniga|med på)(?=\s*:)|(?:ok alla|alla ok)(?=\))|"
    r"\bja,? kör\b|won \d+\s*[-–]\s*\d+|röstade (?:mötet|styrelsen|vi|gruppen) för att|^vi godtar\b|godtar vi\b|"
    r"^inga invändningar\b|med acklamation|majoritet för\b|majority in favou?r|tack(?:ar|ade) ja\b|"
    # "RF-SISU har erbjudit ett pass. Gruppen tackar nej den här gången": the group's no to an offer
    r"\b(?:gruppen|styrelsen|nätverket|mötet|nämnden|rådet|utskottet|arbetsgruppen|styrgruppen|ledningsgruppen|"
    r"föreningen|kåren|klubben|laget) tack(?:ar|ade) nej\b|"
    r"^vi accepterar\b|^we accept\b|carried \d+\s*(?:to|[-–])\s*\d+|\bstays (?:at|the same|unchanged|as is)\b|\bit stays\b|"
    # what the meeting keeps as it is: "Club night stays Tuesdays", "Target date stays March 18", "Stays Weds.",
    # "lördagarna blir kvar", "Datum står fast: torsdag 5 mars", "Membership fees – staying the same"
    r"\b(?:stays|staying) (?=(?:on |in )?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|put\b|the same\b|as (?:it is|planned|before)\b))|"
    r"blir kvar(?<!\bvi blir kvar)(?=\W*$|\s+(?:på|som)\s)|\bstår fast\b|\bsticking with\b|withdrawn from the agenda|"
    r"(?:ströks|stryks|utgår) från dagordningen|giving it a miss|"
    r"flyttas från|(?:was|were) received(?=\W*$)|(?:report|minutes|accounts|statement|update)s? (?:(?:was|were) (?:duly )?received\b|received(?=\W*$|\s+and\s))|"
    r"(?:genomförs|hålls|anordnas|arrangeras) (?:den \d|\d|(?:mån|tis|ons|tors|fre|lör|sön)dag)|"
    # ("The AGM will be held on 19 June" announces a date; only "agreed that ... will be held" decides it)
    r"will (?:stay at|remain at|happen on) |"
    r"(?:ok alla|okej alla|ok för alla|alla ok|fine by all|fine by everyone|no objections|everyone agreed|all agreed)(?=\W*$|,\s)|"
    r"^vi (?:skippar|provar|testar|går på|hoppar över)\b|^we(?:'ll| will)? (?:skip|try)\b|"
    # "Then we go for the 23rd", "Elena: we drop compound 12", "so we'll keep the envelopes": said in the room
    r"(?:^|(?<=[:;,–-] )|(?<=\bthen )|(?<=\bso )|(?<=\bokay )|(?<=\bok ))we(?:'ll|’ll| will)? (?:go for|drop|keep(?!\s+\w+ing\b)|stick with)\b|"
    r"(?:was|were) not supported|ingen ändring(?=\W*$)|(?:was|were) content (?:for|that|with)|"
    # ("The Committee received three quotations": what came in, nothing formally received)
    r"(?:board|committee|council|trustees|governors|members) received\b(?!\s+(?:\w+\s+)?(?:quot|tender|bid|offer|"
    r"application|complaint|request|letter|e-?mail|enquir|submission|nomination|invoice|estimate|response|repl))|\b(?!(?:what|so|that|this|how|where|who|which|whatever|if|as|because|but|and|or|yes|no)\b)\w+ it is(?=\W*$|[.!]\s|\s+then\b|\s*\()|go(?:ing)? w(?=/)|went w(?=/)|"
    r"(?:committee|board|council|group|team|trustees|governors|styrelsen|gruppen|nämnden|mötet|ledningsgruppen) "
    r"(?:preferred|föredrog|föredrar|declined)\b|"
    r"ställ(?:er|de) (?:sig|oss) positiv\w*(?![^.]*\bmen\b)|det blev det (?:senare|förra|första|andra|sista)\b|(?:var|är|blev) enigt om|"
    r"sätts till|delegeras till|ratades|röstades igenom|(?:tar|gör) vi inte\b|"
    r"vi tar (?:det|den) inte\b|(?:vi gör|gör vi) ingenting|oförändrade?(?=\W*$)|"
    # the arrow's answer ("-> nej", "→ ja", "->vi kör"): each branch opens on its word, the arrow
    # looked for behind it (a branch that opens on a look-behind is tried at every position)
    r"vi\b(?<=->vi)|vi\b(?<=-> vi)|vi\b(?<=→vi)|vi\b(?<=→ vi)|ja\b(?<=->ja)|ja\b(?<=-> ja)|ja\b(?<=→ja)|ja\b(?<=→ ja)|"
    r"nej\b(?<=->nej)|nej\b(?<=-> nej)|nej\b(?<=→nej)|nej\b(?<=→ nej)|"
    r"yes\b(?<=->yes)|yes\b(?<=-> yes)|yes\b(?<=→yes)|yes\b(?<=→ yes)|no\b(?<=->no)|no\b(?<=-> no)|no\b(?<=→no)|no\b(?<=→ no)|"
    # "We said yes, as long as they pay for the timber", "vi sa nej till det"; "→ blir så."
    r"we said (?:yes|no|ok|okay)\b|vi sa (?:ja|nej|ok|okej)\b|blir så(?=\W*$)|"
    # "Then we say no to the market broadcast this spring."
    r"(?:^|(?<=^then )|(?<=^so )|(?<=, ))we say (?:yes|no) to\b|"
    # "async only got 2 dots, not doing it", "team said no, not this sprint": the group's no
    r"(?:^|(?<=[,;:–—-] ))not doing (?:it|that|this)\b(?=\W*$|\s+(?:this|for now|now|then)\b)|"
    r"\b(?:the )?(?:team|group|committee|board|council|trustees|governors|everyone|everybody) said no\b|"
    # "So quarters it is, starting this Saturday.", "righto, c) it is." (not "keep it as it is");
    # "So it's a no from us", "that's a yes from everyone"; "Det tackade vi ja till"
    r"it is(?=[.!,;]|\W*$|\s+then\b)(?<!\bas it is)(?<!\bwhere it is)(?<!\bthat it is)(?<!\bbut it is)(?<!\bwhat it is)|"
    r"it's a (?:no|yes) from\b|that's a (?:no|yes) from\b|tackade vi (?:ja|nej)\b|tackar vi (?:ja|nej)\b|"
    # "Det tackade gruppen ja till", "det tackar styrelsen nej till": the meeting's own body
    r"(?:tackade|tackar) [a-zåäö]*(?:gruppen|rådet|styrelsen|mötet|nämnden|nätverket|laget|stämman) (?:ja|nej) till\b|"
    # "Ansökan om andrahandsuthyrning ... Medges t.o.m. 2027-01-31.": a request granted
    r"medges\b|medgavs\b|medgetts\b|"
    # the group's own no for now: "vi säljer inte bingolotter i år", "vi kör inte Jönköping i år",
    # "We will NOT run a bonfire-only event"
    r"vi (?:säljer|kör|köper|åker|gör|byter|anordnar|arrangerar|startar|söker|anställer|inför|bjuder) inte\b"
    r"(?=[^.\n]{0,40}?\b(?:i år|i vår|i höst|nu|den här gången)\b)|"
    r"we (?:will not|won't|are not going to|aren't going to) (?:run|hold|buy|sell|renew|apply|organi[sz]e|host|"
    r"book|change|raise|increase|replace|join)\b|"
    r"(?:the )?consensus was\b|not this (?:quarter|year|time|sprint|round|term)\b|not happening\b|"
    r"^vote\s*:\s*(?:carried|passed|approved|adopted|(?:both |all )?confirmed)|noted the (?:[\w-]+ ){0,4}?(?:report|update|information|minutes|accounts|letter|reconciliation|statement|figures|correspondence)s?\b|"
    r"ok'?d\b|okayed\b|(?:no argument|no dissent|no objection)(?=\W*$)|(?<!\bis )(?<!\bare )\bset for (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\d)|"
    # "We fixed the AGM for Sunday 19th April", "vi satte årsmötet till sön 12/4": a date the meeting set
    r"\b(?:we|vi) (?:fixed|set|satte|spikade)\s+(?:the\s+(?:next\s+)?|our\s+|nästa\s+)?"
    r"(?:agm|egm|meeting|mtg|date|(?:christmas |summer )?(?:party|dinner|social)|quiz(?: night)?|working bee|open day|"
    r"(?:års|med|höst|vår|styrelse)?möte[t]?|träffen|stämman|datumet|festen|städdagen|arbetsdagen)\s+(?:for|on|till|på|to)\s+"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun|mån|tis|ons|tor|fre|lör|sön)[a-zå]*|\d)|"
    r"by acclamation|(?:was|were) happy (?:to go ahead|for)\b|signed (?:it|this|them) off|"
    # "President: Gord Lemieux – acclaimed.", "Jo was acclaimed as Treasurer": elected unopposed
    r"acclaimed\b(?<=[–—:-] acclaimed)|(?:was|were|is|are|been|be) acclaimed\b|"
    # "Treasurer – Melissa Tran, acclaimed.", "Secretary – no nominations; Rob Kowalchuk acclaimed."
    # (not praise: "Her last novel was critically acclaimed.")
    r"(?<!critically )(?<!widely )(?<!highly )(?<!universally )(?<!internationally )(?<!much )(?<!well )"
    r"acclaimed(?=\W*$)|"
    # "..., och det höll alla med om", "Klubbhoppning 18 oktober, alla ok med datumet", "vi nöjer oss med två",
    # "members applauded, so it's on"
    r"\bhöll alla med om\b|\balla (?:var )?(?:ok|okej|nöjda) med (?:det|detta|datumet|förslaget|upplägget)\b(?![^.]*\bmen\b)|"
    r"\b(?:vi nöjer oss|nöjer vi oss) med\b|\bso it's on(?=\W*$)|"
    r"(?:was|were) (?:duly )?noted(?=\W*$)|"
    # "Significant event report noted.", "Bank reconciliation noted."
    r"^(?:[\w-]+ ){0,5}?(?:report|update|letter|accounts|statement|correspondence|reconciliation)s? (?:duly )?noted(?=\W*$)|"
    # "A request from the Carnival Committee for £500 was refused": the meeting's no (not "refused by the bank")
    r"\b(?:was|were) (?:refused|declined|turned down)\b(?! by\b)|"
    # "Då är upptagningen lör 25/10 kl 9.": the day the meeting settles
    r"^(?:(?:ok|okej|bra)[,.]?\s+)?då är (?:[^\W\d][\w-]*\s+){1,3}(?:(?:mån|tis|ons|tor|fre|lör|sön)[a-zå]*\.?\s+)?"
    r"(?:den\s+)?\d{1,2}(?:/\d{1,2}|\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))|"
    # "Letter from the County Council about verge cutting – noted.", "Clean-up on Saturday 28th March - everyone
    # in favour.": the item, then what the meeting made of it
    # (not a remark or a vote someone made: "Declan raised that nursing can't staff it - noted.",
    # "Kylie voted against - noted.")
    r"^(?!.*\b(?:raised|said|mentioned|commented|asked|felt|voted|against|abstain\w*|dissent\w*|objected)\b)"
    r".*\s[–—-]\s+(?:duly\s+)?noted(?=\W*$)|"
    r"\s[–—-]\s+(?:everyone|everybody|all)(?: (?:was|were))? in favou?r(?=\W*$)|"
    # "Ladies open: Sun 17th May, entry £20, same format as last year - fine", "Sat 28 Feb – locked in.":
    # the meeting's yes after a dash closing the line (not someone's remark: "Kylie said ... - fine")
    r"^(?!.*\b(?:raised|said|mentioned|commented|asked|felt|says|thinks)\b).*\s[–—-]\s+(?:fine|locked in)(?=\W*$)|"
    # "pres night locked in: sat 12 sept at the bowlo", "AGM date locked in for 24 Aug": a date fixed
    r"\blocked in(?=\s*[:–—-]\s|\s+(?:for|on|as)\s)|"
    # "members supported setting up a Speedwatch group": the meeting's own support
    r"\b(?:members|the committee|the board|the council|councillors|the meeting|governors|trustees) "
    r"(?:unanimously )?supported\b(?! by\b)|"
    # "#1422 (sync wrapper): won't fix, closing": an issue tracker's resolution, made at the triage
    r"\bwon[’']?t[- ]fix\b|\bwontfix\b|"
    # "We kept them at $40 a year for now", "— we keep the p99 alert at 2s": an arrangement kept
    r"(?<!propose )(?<!proposed )(?<!suggest )(?<!suggested )(?<!if )\bwe (?:keep|kept|'ll keep|will keep) (?:\S+\s+){1,4}?(?:at|as)\s+(?:\W?\d[\w.,]*|is|it is|they are|before|now)|"
    # "Kostnaden delas lika mellan kommunerna", "den delar vi lika": a cost split the meeting settles
    r"\b(?:delas lika mellan|delar vi lika|(?:split|shared) equally between)\b|"
    r"(?:committee|board|council|meeting|group|panel|trustees|governors|styrelsen|styrgruppen|gruppen|"
    r"nämnden|mötet|nätverket|rådet|utskottet|ledningsgruppen|arbetsgruppen|pcc) (?:noted|noterade) (?!that\b|att\b)|"
    r"(?:committee|board|council|meeting|panel|trustees|governors) (?:did not support|declined to support|"
    r"rejected|turned down|voted down)|"
    r"då gör vi så|vi gör så|så får det bli|det får bli|"
    # a verdict said in a word: "Så det blir nej nu.", "Honestly it was a no", "Det tar vi gärna emot." (an
    # offer), "in the end we're leaving it at €2", "We're committing to 38 pts", "the spiel stays 3rd wknd
    # of Feb like always"
    r"(?<!om )(?<!att )(?<!när )(?<!ifall )(?:\bdet|\bsvaret) (?:blir|blev) (?:ett )?nej\b(?! från| av)|\b(?:it|that|the answer) was a (?:no|yes)\b|"
    r"\btar (?:vi|nätverket|styrelsen|gruppen|föreningen|klubben|mötet|rådet|laget) (?:det )?gärna emot\b|"
    r"\b(?:we're|we’re|we are|we'll|we’ll|we will) (?:leaving|leave|keeping|keep) (?:it|that|them) (?:at|as)\b|"
    r"\b(?:we're|we’re|we are) committing to\b|"
    r"\bstays?\b[^.;]{0,40}?\b(?:like always|as always|as usual|as before)\b|"
    r"accepted the report|ger sitt godkännande|gav sitt godkännande|settles it|is settled|"
    r"that's settled|won over|won the vote|consensus (?:in the room )?is|directed|instructed|"
    r"authori[sz]ed|avslår|uppdrar åt|uppdrog åt|uppdras åt|(?:ärendet|punkten|frågan) utgår|(?:om|ny)val av|"
    r"enighet|eniga om|enig om|klartecken|grönt ljus|går vidare med|gå vidare med|bekräftades|"
    r"go ahead with|will go ahead|going ahead|was confirmed|were confirmed|all in favou?r|"
    r"motion (?:was )?(?:carried|passed|adopted|approved)|the motion (?:passed|passes|carries)|"
    # the constituting meeting's signatories: "Föreningens firma tecknas av ordförande och kassör"
    r"firma(?:n)? tecknas\b|tecknar (?:föreningens |bolagets )?firma\b|"
    r"beslöts|bestämde(?:s)?|bestämdes|bestämt|bestämmer att|(?:var|är|blev) (?:enig|eniga|överens) om|"
    # "Då bestämmer vi att ...", "Så bestämmer vi oss för ...": the verb before its subject, as
    # Swedish puts it after an opening adverb ("beslutar" is a cue in any order)
    r"bestämmer (?:vi|styrelsen|gruppen|nätverket|nämnden|mötet|rådet|teamet|ledningsgruppen|arbetsgruppen) "
    r"(?:att|oss för|sig för)\b|"
    r"(?:har )?enats om|enades om|ges i uppdrag att|uppdras att|avgjorde|avgjordes|"
    # "beslutat att ..." opening rough notes, "Nämnden har därmed beslutat att ...": this meeting
    r"(?:^|[,:;]\s*)beslutat att|\bhar (?:därmed|således|alltså|nu) beslutat att|"
    r"(?:vi|styrelsen|mötet|gruppen|nämnden|rådet|teamet|nätverket) (?:går|gick) på\b|blev (?:\w+ )?enig[at]?\b|"
    r"(?:revisorerna|styrelsen|mötet|nämnden|rådet|gruppen|vi) (?:godtar|godtog)|"
    r"(?:board|committee|meeting|members|house|trustees|governors) (?:granted|agreed to grant)|"
    r"direction to staff|gave (?:staff )?direction|confirmed and signed|taken on record|received and signed|"
    r"^(?:it was )?resolved to\b|"
    r"omvaldes|omväljs|avslås|avslogs|avslog|klubbat|klubbades|klubbas|"
    r"förklara(?:des|s) (?:\w+ )?(?:utlyst|behörig\w*|stadgeenlig\w*|beslutsmässig\w*)|"
    r"förklarade (?:\w+ ){0,3}(?:behörigen|stadgeenligt|utlyst|beslutsmässig\w*)|"
    # "Mats Olander (S) entledigas från uppdraget": released from office
    r"entledigas|entledigades|beviljas entledigande|beviljades entledigande|"
    r"landade i|landar i|landat i|enhälligt|vi kör\b|"
    # "huddle stays Tuesdays 14:00", "freeze stays till close", "no change, LED stays.", "Staying on Sundays.": kept
    r"\b(?:stays|stay) (?:on|till|until|at \W?\d+)\b|\b(?<!it )stays(?=\W*$)|^staying (?:on|with|at)\b|"
    # "Breakfast club price remains £3.50", "avgiften ligger kvar på 500 kr", "Policyn ligger fast", "regeln står kvar"
    r"\b(?:stays|stay|remains|remain) (?:at )?[£$€]\s?\d+|\bligger kvar på \d+|"
    r"\b(?:regeln|reglerna|policyn|beslutet|priset|priserna|avgiften|avgifterna|tiderna|taxan|taxorna|hyran|ramen) "
    r"(?:ligger|står) (?:kvar|fast)\b|"
    r"(?:vi|mötet|styrelsen|gruppen|nätverket|rådet|nämnden|årsmötet|föreningen|teamet|stämman|föreningsstämman|"
    r"kyrkorådet|kommittén|fullmäktige) valde|"
    # "Lisen fick ok att köpa tyg för upp till 4 000 kr", "Sam got the go-ahead to order": permission given
    r"\b(?:fick|får) (?:ok|okej|klartecken|grönt ljus) (?:att|till|på)\b|\bgot the (?:ok|okay|go-ahead|green light) to\b|"
    r"fastställ(?:s|er|des|de)|bordlägg(?:s|er)|bordlades|bordlade|antas|antogs|anta(?:r|gs)|"
    r"bevilja(?:s|r|des|de)|(?:läggs|lades|lade|lägga|lägger)(?: \w+){0,2} (?:till|t\.) ?(?:handlingarna|handl(?=\.))|(?:noterar|antecknar) informationen|"
    # a kept status quo: "fortsätter som nu t.o.m. augusti", "continues as before"
    r"fortsätter som (?:nu|idag|i dag|tidigare|vanligt|förut)|continues? as (?:now|before|is|usual)|"
    # "Dagordning fastställd.", "Resan godkänd": the outcome as a participle closing the line
    r"(?:fastställd|fastställt|fastställda|godkänd|godkänt|godkända|antagen|antaget|antagna|beviljad|beviljat)(?=\W*$)|"
    # "Report filed for audit.", "Därefter ... finner det avslaget": a protocol's own formulas
    # (not "the annual report was filed with the Regulator": a filing with an authority)
    r"(?:report|reports|minutes|accounts|statement)s? (?:was |were )?(?:received and )?filed(?! with\b)|"
    r"finner (?:det|detta|dem|den|yrkandet|förslaget) (?:avslag\w*|bifall\w*|antag\w*)|"
    r"väljs|valdes|väljer|utses|utsågs|utsåg|utser|"
    # "Styrelsen konstituerade sig enligt följande: ...": a new board shares out its roles
    r"konstituerade sig|konstituerar sig|"
    r"återremitter(?:as|ar|ades)|enas om|enades om|enades|kom(?:mer)? överens om|"
    # the inverted order after an adverbial: "Efter diskussion kom vi överens om att ...", "landade vi i att"
    r"kom (?:vi|gruppen|mötet|styrelsen|nätverket|rådet|alla|de) överens om|"
    r"(?:landade|landar) (?:vi|gruppen|mötet|styrelsen|nätverket|rådet|alla) (?:i|på)\b|"
    # "The LOC chose the childcare grant", "we chose option B"
    r"(?:we|the \w{2,15}) chose\b|"
    r"beslut om att|beslut fattades|fattade beslut|beslutet blev|beslutet är att|"
    r"kom(?:mit)? fram till att|överenskoms|överenskom|vi kör på|kör vi på|bifall till|"
    r"concluded that|settled on|will proceed with|opted (?:for|to)|chose to|green ?lit|did (?:agree|decide)|"
    # "Städdagen blir lördag 11 oktober", "blir lördag 26 sept", "nu blir det av: söndag 29/3", "stämman
    # blir tors 21/5": a date set
    r"blir\s+(?:det\s+(?:av\W+)?)?(?:(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?|\.)?\s+(?:den\s+)?)?"
    r"\d{1,2}(?:[/.]\d{1,2}|\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*)|"
    # "Kristina och Leo åker som ombud", "Nils goes as our delegate": who represents the group
    r"(?:åker|går|deltar|reser|representerar \w+) som (?:ombud|representant\w*|delegat\w*)|"
    r"(?:go|goes|attend|attends|will go|will attend) as (?:our |the )?(?:delegates?|representatives?)|"
    # "Concept 2 (photo-led) chosen.": a choice recorded by its participle alone
    r"(?<!to be )(?<!not )(?<!being )(?<!been )(?<!be )(?:chosen|selected)(?=\W*$)|"
    r"gave the green light|unanimously|we(?:'ll| will)? go (?:with|w/)|going (?:with|w/)|"
    r"resolved|agreed|approved?|approves|adopted|adopts|ratified|endorsed|so decided|"
    r"reached consensus|consensus (?:to|that|on|was reached)|by consensus|"
    # ("Motion carries.": a chair's words in a transcript)
    r"motion (?:carried|passed|adopted|approved|carries|passes)|carried unanimously|"
    r"voted(?: \d+\s*[–-]\s*\d+)? (?:to|in favou?r)|^voted\b|vote passed|elected|appointed|re-?elected|"
    r"motion\b[^.]{0,120}?(?:->|→|—|-|:)?\s*(?:passed|carried|approved|adopted)|"
    r"decided|decides|tabled|deferred|postponed to|accepted|signed off|"
    r"flyttas till|flyttades till|ställs in|ställdes in|skjuts upp|sköts upp|"
    r"(?:we|the group|the team|the committee|the board|the wg) (?:will|shall) go with)\b",
    _I,
)
# The same verbs in a form that reports a state or another time, not this meeting's act.
REPORT_MARKER = _rx.compile(
    # ("får vara som förut", "fortsätter som tidigare": the status quo kept, not a report)
    r"\b(?:(?<!som )tidigare|(?<!som )förra (?:året|veckan|månaden)|(?<!som )i fjol|(?<!som )förut|redan|"
    r"(?<!vi )har\b(?!\s+(?:därmed|således|alltså|nu)\b)[^.]{0,150}?\b(?:beslutat|bestämt|godkänt|antagit|fastställt|"
    r"ställt sig bakom|sagt ja|sagt nej)|"
    r"they(?:'ve| have)? (?:agreed|approved|decided|accepted)|de har (?:beslutat|godkänt|sagt ja)|"
    r"at (?:its|their) \w+ meeting|vid sitt (?:senaste |\w+ )?möte|"
    r"hade (?:\w+ )?(?:beslutat|godkänt)|är beslutad|är beslutat|är godkänd|är fastställd|"
    r"(?<!as )(?<!like )last (?:year|month|week|meeting|time|quarter|fall|autumn|spring|summer)(?!['’]s)|previously|"
    r"earlier this year|already|back in|"
    # "The new ropes were fitted in March as agreed": done as decided before
    r"as (?:previously |we |was )?(?:agreed|decided|resolved)\b|"
    r"som (?:tidigare |vi )?(?:beslutats?|bestämts?|överenskommits?|beslutade|bestämde|kom överens om)\b|"
    r"ha(?:s|d|ve) (?:\w+ )?(?:approved|decided|agreed|adopted|resolved|confirmed|voted)|har röstat|"
    r"ha(?:s|ve) been (?:accepted|approved|adopted|agreed|confirmed)|"
    r"was approved (?:by|in|on|at) (?:the )?(?!meeting|all\b|everyone|us\b|acclamation)|"
    r"in (?:its|their) (?:meeting|decision))\b",
    _I,
)
# A decision taken, or to be taken, in another forum: "... at its December meeting", "fastställs
# på nästa möte", "på sitt möte i mars".
OTHER_FORUM = _rx.compile(
    r"\b(?:at (?:its|their) (?:\w+ ){0,2}(?:meeting|session)|at the next (?:\w+ )?meeting|"
    r"(?:på|vid) (?:nästa|kommande|sitt|sina) (?:\w+ )?\w*(?:möte|sammanträde|stämma)\w*)\b",
    _I,
)
FOR_INFORMATION = _rx.compile(r"^(?:for (?:info|information)(?: only)?|för kännedom|fyi|info)\s*[:\-–]", _I)
# Proposing before the decision word: "Karin föreslog att varje avdelning utser ...".
PROPOSING = _rx.compile(
    r"\b(?:föreslog|föreslår|föreslogs|föreslå|yrkade|yrkar|proposed(?! by)|suggested|ställ(?:er|de) (?:först )?proposition|"
    r"ställer förslagen mot varandra)\b", _I
)
# A mover's or seconder's name in brackets after what they moved: "(Nash/Weiss)", "(Motion Ortega / Whitfield.)"
MOVER_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?"
# A motion that was never put (no seconder), or minutes adopted by silence ("Protokollet anses
# godkänt om inga synpunkter ..."): no decision.
MOTION_NOT_PUT = _rx.compile(
    r"\bno second(?:er)? was received|\bnot seconded\b|\bno seconder\b|lack of a second|utan att (?:bli )?understödjas|"
    r"\banses (?:godkänt|justerat|godkända) om\b|\b(?:considered|deemed) (?:approved|adopted) if\b", _I
)
# Procedure that is nobody's task: adjourning, going into closed session, a motion never put. (A carried
# motion to adjourn or to go into executive session is the meeting's decision all the same.)
PROCEDURAL_MOTION = _rx.compile(
    MOTION_NOT_PUT.pattern + "|"
    r"\bto adjourn\b|\b(?:into|enter|entered|go into|went into|moved into|to move into|convene in|convened in|meet in)"
    r" (?:closed|executive) session\b|"
    r"^meeting adjourned\b|^mötet (?:avslutas|ajourneras)\b|\bmeeting was adjourned\b|"
    r"\bpublic (?:be|was|were) excluded\b|\bexclude the public\b", _I
)
HEDGE = _rx.compile(
    r"\b(?:förväntas|planeras|ska beslutas|kommer att (?:fatta|beslut)|kan komma|skulle|"
    r"förutsatt att|om (?:\w+ )?(?:godkänns|beviljas)|inför beslut|för beslut|"
    r"beslutsunderlag|inget beslut|ej beslut|inte beslut|ej beslutande|inte fattat|"
    r"kanske|eventuellt|möjligen|borde|bör vi|vore bra|önskvärt|"
    r"would|could|might|maybe|perhaps|whether|if approved|to be decided|will decide|"
    r"will be (?:decided|discussed)|decision pending|pending (?:approval|a decision|decision)|"
    r"awaiting|proposed|proposes|suggests?|suggested|tillstyrker|rekommenderar|recommends?|"
    r"recommended|"
    r"not (?:yet )?(?:approved|agreed|decided|adopted)|no consensus|did not agree|"
    r"not deciding|not decide|inte besluta|inget beslut|yrkar|yrkande|föreslår|moved that|"
    r"some agreed|some of us|några tyckte|vissa tyckte|"
    r"could not agree|disagreed)\b",
    _I,
)
NEGATED = _rx.compile(
    r"\b(?:inte|ej|icke|aldrig|inget|inga|ingen|not|no|never|nothing|none|rejected|declined|failed)\b", _I
)

# Verbs that narrate what happened at the meeting: "X informerar", "X presenterar".
NARRATION = {
    "informerar", "berättar", "presenterar", "redovisar", "inleder", "hälsar", "sammanfattar",
    "visar", "beskriver", "föredrar", "rapporterar", "tackar", "frågar", "svarar", "menar",
    "tycker", "anser", "påpekar", "betonar", "undrar", "konstaterar", "deltar", "är", "har",
    "var", "blir", "finns", "säger", "förklarar", "poängterar", "understryker", "framför",
    "uttrycker", "reflekterar", "diskuterar", "pratar", "instämmer", "håller", "känner",
    "upplever", "välkomnar", "avslutar", "öppnar", "leder", "föreslår", "yrkar", "arbetar",
    "jobbar", "sitter", "heter", "vill", "önskar", "hoppas", "tror", "vet", "kan", "bör",
    "behöver", "måste", "får", "går", "kommer", "står", "ligger", "gäller", "handlar", "syftar",
    "delar", "ser", "lyfter", "noterar", "refererar", "summerar", "återger", "kommenterar",
    "medverkar", "närvarar", "saknar", "ansluter", "anmäler", "fortsätter", "ingår", "representerar",
    "kvarstår", "ersätter", "avgår", "slutar", "börjar", "återgår", "tillträder", "läser", "tar",
    "bedömer", "räknar", "förväntar", "ställer", "reserverar", "uppger", "anför",
    "påminner", "efterfrågar", "efterlyser", "framhåller", "påtalar", "uppmärksammar",
    "ifrågasätter", "redogör", "sammanträder", "träffas", "möts", "under", "efter", "över", "eller", "mer", "hur", "här", "där", "för", "när", "vår",
    "kanske", "nummer", "sommar", "vinter", "dagar", "timmar", "veckor", "kronor", "procent",
    "verkar", "behandlar", "hör", "lämnar", "passar", "bekräftar", "godkänner", "beslutar",
    # "Fastighetsbyrån erbjuder en digital bokningstavla för 450 kr/mån": an offer of something
    "erbjuder",
    # what is said or thought, and the chair's conduct of the meeting: "Förvaltningen prognostiserar
    # ett underskott", "Rådet rekommenderar ...", "Ordföranden ajournerar sammanträdet"
    "prognostiserar", "funderar", "rekommenderar", "resonerar", "argumenterar", "ajournerar",
    "accepterar", "fungerar", "varierar", "existerar",
}
# Particle verbs that are tasks even though the bare verb narrates: "ser över", "går igenom".
ACTION_PHRASES = _rx.compile(
    r"^(?:ser över|ser till|går igenom (?:och|till)|tar fram|tar kontakt|tar med|tar upp|"
    r"tar reda|tar hand|tar ansvar|kommer med|går ut med|lyfter (?:\S+ )*?(?:till|vidare|med)\b|"
    r"delar ut|delar på|ställer upp|får i uppgift|får uppgiften|får i uppdrag|har i uppdrag|pratar med|talar med|"
    r"snackar med|"
    r"tar på sig|åtar sig|erbjuder sig|ansvarar för|ansvarar(?=\s*(?:[,.;]|$|och\b))|håller i|återkommer|bjuder in|hör av sig|säger upp|"
    r"handlar(?!\s+om\b)|"
    r"framför (?:\S+ ){1,4}?till\b|"
    # "Annika återkopplar ställningstagandet till ledningsgruppen"; not guests who "återkopplar resultat" here
    r"återkopplar (?:\S+ ){0,4}?till\b|"
    r"ser efter|går över|hör med|visar upp|rapporterar in|"
    # "Emir informerar mentor", "Moa påminner i Slack", "Niklas svarar elevrådet": telling someone after the meeting; not
    # the meeting's own narration ("informerar om läget", "påminner om att ...", "informerar gruppen")
    r"(?:informerar|påminner|svarar)(?![^.]*\b(?:om|att|kring|hur|vad)\b)\s+(?![(\[]|(?:mötet|gruppen|oss|alla|kort|även|också|på|ja|nej|för)\b)"
    r"\S+(?:\s+\S+){0,4}\W*$)",
    _I,
)
# A verb that may begin a task line with its subject left out ("Kollar med övriga ...").
ELIDED_SUBJECT_VERB = _rx.compile(
    r"^(?:kollar|kontaktar|skickar|bokar|mejlar|mailar|ringer|bjuder in|tar fram|undersöker|"
    r"återkommer|ordnar|sammanställer|uppdaterar|fixar|förbereder|skriver|stämmer av|"
    r"återkopplar|planerar|tar kontakt)\b",
    _I,
)
# Hedges and offers to nobody in particular: a wish, not a task.
ACTION_HEDGE = _rx.compile(
    r"\b(?:kanske|eventuellt|möjligen|borde|skulle kunna|kunde|vore bra|vore önskvärt|"
    r"önskvärt|någon (?:kan|kanske|borde|får)|om någon|vem som|might|maybe|perhaps|could|"
    r"would be nice|would be good|should consider|someone|somebody|anyone|anybody|nice to have|"
    r"if (?:anyone|someone)|it would|would prefer|prefers? to|föredrar|vill helst|skulle vilja|would like to see)\b",
    _I,
)
PAST_TASK = _rx.compile(
    r"\b(?:har (?:\w+ )?(?:kontaktat|skickat|gjort|"
    r"tagit fram|genomfört|bokat|ordnat)|har (?:redan |nu )?\w{3,}(?:at|it|ort|ett)\b|"
    r"^already\b|^(?:\w+\s+)?has already\b|"
    r"har genomförts|är klar|är gjort|was sent|has sent|"
    # "Kontakta BUP om samverkansmöte – mötet är bokat": the state that says it is done, in a
    # clause of its own (not "ser till att lokalerna är bokade")
    r"(?<=[–—;,-] )(?:\w+\s+){0,3}?är (?:bokad|bokat|bokade|gjord|gjorda|skickad|skickat|skickade|ordnad|ordnat|"
    r"beställd|beställt|fixad|fixat|inköpt|inköpta)|"
    r"has been|have been|had been|was done|completed|finished|done\b|"
    # an action log's row whose status says it is closed: "24/31 Update scheme ... CFO 05/03/25 Closed"
    r"\d+\s+closed(?:\s*\([^()]{0,40}\))?(?=\W*$))"
    # (outside the word boundary above, which no bracket or tilde can follow): "(klart)", "(redan
    # gjort, mejl skickat)" closing the item ("(klart 2025-03-31)" is a deadline), "~~struck~~", "[x]"
    r"|\((?:klart|klar|gjort|done|ok|✓|✔)\)(?=\W*$)|\((?:redan |already )?(?:gjort|klart|fixat|done|sorted)\b"
    r"(?!\s*(?:\d|till|tills|t\.|senast|innan|före|by|before|v\.|v\s*\d|vecka))[^()]{0,40}\)(?=\W*$)|~~|\[[xX]\]"
    # "Kolla med facket -> gjort", "Boka lokal – klart": marked done after a dash or an arrow
    # ("– klart till fredag", "- done by Friday" state a deadline, not that it is done)
    r"|(?:[–-]|->|→|=>)\s*(?:klart|klar|bokad|bokat|gjort|fixat|skickat|done|booked|sent)\b"
    r"(?!\s*(?:till|tills|t\.|senast|innan|före|inför|i\s+(?:mitten|slutet|början)|v\.|v\s*\d|vecka|by|before|until|"
    r"on|in|next|nästa|\d))"
    # "→ fixat 28/2", "– levererat 2024-05-10", "→ beställt, levereras v. 12": done, and when
    r"|(?:[–-]|->|→|=>)\s*(?:fixat|beställt|beställd|levererat|levererad|avklarat|delivered|ordered|fixed)\b"
    # an earlier task reported on: "Allergilistan (Mira) – inte klar"
    r"|(?:[–-]|->|→)\s*(?:inte|ej) klar\b"
    # ticked: "Beställa mer material ✓ klart igår", "Boka bussen ✔"
    r"|[✓✔☑](?:\s*(?:klart|klar|gjort|fixat|done|sorted|ok)\b|\s*\(|\s*$)",
    _I,
)
NEXT_MEETING_LINE = _rx.compile(
    r"^(?:nästa (?:\w+ )?(?:möte|sammanträde|träff|avstämning|standup)|kommande möten?|"
    r"next (?:\w+ )?(?:meeting|call|standup|sync|check-?in|session))\b", _I
)

# Cue words for deadline-only task lines: "Deadline ...", "Senast ...", "Due ...".
DEADLINE_LEAD = _rx.compile(r"^(?:deadline|senast|due|klart|färdigt|ready|done by)\b", _I)
PASSIVE_AGENT = _rx.compile(
    # (a lower-case passive verb: "Göteborgs utvärdering av X" is a genitive; "av Prao.se" a web address)
    r"\b(?:[a-zåäö]\w*(?:as|s|ts|das|des))\s+(?:\w+\s+){0,3}?av\s+(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?"
    r"(?:\s(?:och|&)\s[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)?)\b(?!\.[a-z]{2,})"
)
# A chat handle after its "@": "anna", "tomasz.n", "oksana-v"
_HANDLE = r"[A-Za-zÅÄÖåäö][\wåäöÅÄÖ.-]*[\wåäöÅÄÖ]"
AT_MENTION = _rx.compile(rf"(?<![\w.])@(?P<owner>{_HANDLE})")
# "@anna: fix the build", "fix the build — @anna", "(@anna)": a mention that assigns.
AT_OWNER = _rx.compile(
    # (a dash inside the handle, "@oksana-v", is part of it: only a spaced dash separates)
    # ("@linn + @mattias skriver kundmejlet", "@oluwaseun + @dlee: triage the rest": two handles)
    rf"^@(?P<lead>{_HANDLE}(?:\s*(?:\+|&|,|och|and)\s*@{_HANDLE})?)"
    r"(?::|\s*[–—]|\s+-(?=\s)|\s(?=[a-zåäö]+\b(?<!ed)(?<!ade)))\s*"
    rf"|(?:[–—-]\s*|\(\s*)@(?P<tail>{_HANDLE})\s*\)?\s*[.!]?\s*$"
)
# "Petter, kan du ta fram ...?", "Yuki, can you send it to legal?": a request to a named person.
REQUEST = _rx.compile(
    # ("Mel can you place the order by Friday?": in a chat the comma goes, the question mark stays)
    # ("@Ella can you email them ...?": a chat's mention)
    r"^(?:\w+[,.]\s+)?@?(?P<owner>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)(?:,\s+|\s+(?=[^?]+\?\s*$))(?:kan du|skulle du kunna|"
    r"kan ni|could you|can you|would you|will you)\s+(?P<task>.+?)\??$",
    _I,
)
# English narration in the present tense: "Alice presents the figures" tells, it assigns nothing.
EN_NARRATION = frozenset(
    "presents reports notes says explains thanks welcomes mentions asks suggests proposes agrees "
    "argues shares updates opens closes chairs attends joins leads introduces summarises summarizes "
    "raises recalls reminds notes confirms replies responds answers wonders feels thinks reckons believes "
    "is has was seems comments points describes highlights walks gives regrets apologises apologizes "
    "minutes notes wants want hopes wishes likes prefers argued mentioned".split()
)
TRAILING_OWNER = _rx.compile(
    r"(?:\((?P<paren>[^()]{2,40})\)|\[(?P<bracket>[^\[\]]{2,40})\]|\s(?:[–—-]|->|→|=>)\s*(?P<dash>[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?"
    r"(?:\s*(?:,|&|/|och|and)\s*[A-ZÅÄÖ][\wåäöé.]*(?:\s[A-ZÅÄÖ][\wåäöé.]*)?)*))\s*[.!]?\s*$"
)
# (a double first name keeps its hyphen: "Jean-Luc – book the hall", "Anna-Lena: ...")
LEAD_NAME = r"[A-ZÅÄÖ][\wåäöé.]*(?:-[A-ZÅÄÖa-zåäö][\wåäöé.]*)?"
LEADING_OWNER = _rx.compile(
    rf"^(?P<owner>{LEAD_NAME}(?:\s{LEAD_NAME})?(?:\s*(?:,|&|/|\+|och|and)\s*"
    rf"{LEAD_NAME}(?:\s{LEAD_NAME})?)*)\s*(?::|[–—]|-\s)\s*(?=\S)"
)
LEADING_OWNER_PLUS = _rx.compile(r"^[A-ZÅÄÖ][\wåäöé.]*\s*\+\s*[A-ZÅÄÖ][\wåäöé.]*\s*(?::|[–—]|-\s)")

# Table header words for action tables (Vem/Vad/När, Owner/Task/Due).
DECISION_COLUMN = _rx.compile(r"^(?:beslut|beslutet|utfall|decision|decisions|resolution|outcome|result|agreed)$", _I)
# "| Item | Discussion | Status |": a status beside a discussion is what became of the item
STATUS_COLUMN = _rx.compile(r"^(?:status|läge|state)$", _I)
OWNER_COLUMN = _rx.compile(
    r"^(?:vem|vem gör|ansvarig|ansvariga|ansvarig part|ansv\.?|aktör|owner|owners|who|assignee|assigned to|"
    r"responsible|responsible person|resp\.?|lead|dri|driver|by whom|action by|actioned by|av)$", _I
)
# A column of notes that mixes decisions and tasks: read sentence by sentence.
NOTES_COLUMN = _rx.compile(
    r"^(?:beslut\s*(?:/|och|&)\s*åtgärd(?:er)?|åtgärd(?:er)?\s*(?:/|och|&)\s*beslut|decisions?\s*(?:/|and|&)\s*"
    r"actions?|actions?\s*(?:/|and|&)\s*decisions?|outcomes?\s*(?:/|and|&)\s*actions?|anteckningar|noteringar|"
    r"kommentar(?:er)?|notes|discussion(?: and outcome)?|diskussion)$",
    _I,
)
TASK_COLUMN = _rx.compile(
    r"^(?:vad|åtgärd|uppgift|aktivitet|uppdrag|ärende|task|action(?: item)?|what|description|item|todo|to ?do|"
    r"story|user story|ticket|issue|work item|deliverable)$", _I
)
DUE_COLUMN = _rx.compile(
    r"^(?:när|senast|deadline|by|klart|klart senast|klart till|färdigt|färdig|due(?: date)?|due by|when|datum|date|"
    r"by when|target|target date|klar|eta|timing|timeline|tidplan|tidpunkt|frist|due on|klart när|"
    r"completion|complete by|to be completed|färdigställs)$", _I
)

# Swedish present tense to infinitive for a task phrase: "kontaktar" -> "kontakta".
_IRREGULAR = {
    "gör": "göra", "tar": "ta", "ser": "se", "går": "gå", "får": "få", "når": "nå",
    "kommer": "komma", "står": "stå", "ger": "ge", "har": "ha", "är": "vara", "vet": "veta",
    "hör": "höra", "bär": "bära", "skär": "skära", "drar": "dra", "ber": "be",
}


def sv_infinitive(verb: str) -> str:
    """'kontaktar' -> 'kontakta', 'skriver' -> 'skriva', 'gör' -> 'göra'; other words unchanged."""
    low = verb.casefold()
    if low in _IRREGULAR:
        inf = _IRREGULAR[low]
    elif low.endswith("ar") or low.endswith("er"):
        inf = low[:-2] + "a"
    elif low.endswith("r") and len(low) > 3:
        inf = low[:-1]
    else:
        return verb
    if _SE_GE.fullmatch(low):
        inf = low[:-1]  # "utser" -> "utse", "medger" -> "medge", "anser" -> "anse": not "utsa"
    return inf.capitalize() if verb[:1].isupper() else inf


_SE_GE = _rx.compile(r"(?:ut|an|till|med|över|in|upp|efter|be|före|åter|om)?[sg]er")


# Swedish present-tense verbs that give the subject a task ("Anna kontaktar ...", "Bo bokar ...").
TASK_VERBS = frozenset("""
kontaktar kollar skickar mejlar mailar e-postar ringer bokar avbokar tar gör fixar ordnar undersöker
utreder sammanställer skriver uppdaterar förbereder bjuder planerar organiserar återkommer stämmer
hör letar beställer köper bevakar följer lägger publicerar sprider kallar sammankallar samordnar
påbörjar startar testar installerar granskar läser tittar sköter hanterar distribuerar meddelar
kommunicerar formulerar färdigställer justerar reviderar kompletterar förtydligar samlar
dokumenterar betalar fakturerar anmäler hämtar lämnar skapar bygger tecknar signerar undertecknar
bereder utvärderar analyserar kartlägger inventerar genomför arrangerar anordnar driver kopplar
postar laddar ändrar rättar korrigerar åtgärdar löser felsöker flyttar sätter tillsätter rekryterar
skissar designar implementerar utvecklar levererar översätter trycker kontrollerar verifierar
säkerställer ansöker söker förhandlar upphandlar kalkylerar räknar mejlar besöker
""".split())
# Verbs that narrate the meeting unless the sentence points past it ("Anna presenterar ... på
# nästa möte", "Henry återkopplar via mejl").
# Narrating verbs that also do something, so a deadline makes them a task ("går ut till
# arbetslagen ... inom två veckor"); states, modals and opinions never do.
ACTIVE_NARRATION = frozenset(NARRATION - set(
    "är har var blir finns kan bör vill måste får kommer heter tycker anser menar tror vet känner upplever "
    "undrar hoppas önskar behöver saknar gäller handlar syftar ligger står sitter ingår kvarstår förväntar "
    "under efter över eller mer hur här där för när vår instämmer välkomnar tackar hälsar föreslår yrkar "
    "reserverar konstaterar betonar poängterar understryker påpekar framhåller påtalar ifrågasätter "
    "uppger anför deltar medverkar närvarar avgår slutar heter sammanträder bedömer räknar svarar "
    "refererar återger summerar säger reflekterar uttrycker dagar kanske kronor nummer procent sommar "
    "timmar veckor vinter beslutar godkänner bekräftar behandlar verkar passar prognostiserar funderar "
    "rekommenderar resonerar argumenterar ajournerar accepterar fungerar varierar existerar".split()
))
FUTURE_ONLY_VERBS = frozenset(
    "informerar presenterar redovisar återkopplar rapporterar lyfter pratar diskuterar "
    "berättar visar delar".split()
)
FUTURE_MARKER = _rx.compile(
    r"\b(?:nästa möte|nästa sammanträde|kommande möte|till nästa|framöver|efter mötet|"
    r"via (?:mejl|mail|e-post|epost|teams)|per (?:mejl|mail)|snarast|inom \w+ (?:dagar|veckor)|"
    r"igen|vidare|senare|till (?:styrelsen|nämnden|ledningen|gruppen|nätverket|[A-ZÅÄÖ]{2,5}\b)|"
    r"next meeting|later|after the meeting|by email|i morgon|imorgon|idag|i dag|i eftermiddag|"
    r"tomorrow|today|tonight|this week|next week|denna vecka|nästa vecka|återkommer|report back|"
    r"next time|nästa gång|till \w+(?:aren|eren|chefen|ledaren|ledningen|styrelsen|nämnden|gruppen)|"
    r"senast|innan|före|den \d{1,2}|by \w+day|before|när (?:\w+ ){1,3}(?:är|blir) (?:klar|klart|färdig\w*|godkänd\w*))\b",
    _I,
)
# Words that start sentences but never own a task.
NOT_SUBJECT = frozenset(
    "det den detta denna dessa de man här där nu sedan då även också alla samtliga frågan mötet jag "
    "agreed decided resolved approved noted beslut beslutades "
    "punkten ärendet förslaget beslutet arbetet uppdraget it this that these there here then also "
    "the a an all some next consensus konsensus agreement motion proposal decision "
    # a pronoun or question word opening the sentence names nobody ("I promised to ...": the writer;
    # "Whether to invite a partner": a question)
    "whether how why what which who hur varför vad vem vilken vilka".split()
)
# A strong cue that a task is meant even without an owner: "Svar senast 26/1", "due Friday".
DEADLINE_CUE = _rx.compile(r"\b(?:senast|deadline|due(?!\s+to\b)|no later than|klart (?:innan|till|senast))\b", _I)
# "Mötet utsåg A och B att ta fram ...", "Styrelsen ger Anna i uppdrag att ..."
APPOINT_TASK = _rx.compile(
    r"\b(?:(?:utsåg|utser|utsågs|ger|gav|ge|uppdrar åt|uppdrog åt|uppdra åt|uppdras åt)\s+"
    r"(?P<owners>[A-ZÅÄÖ][^,.;:]{1,80}?|[a-zåäö-]+(?:en|et|erna|arna|orna))\s+(?:i uppdrag\s+)?att"
    r"|(?:directed|instructed|authori[sz]ed|tasked|asked|ask|content for|request|requests|requested|directs|instructs|direct|instruct)\s+(?:the\s+)?"
    r"(?P<owners_en>[A-Z][^,.;:]{0,60}?)\s+to)"
    r"\s+(?P<task>[^.;]+)",
    _I,
)


def _passives(verbs: frozenset[str]) -> frozenset[str]:
    """Present passive forms of the task verbs: skickar -> skickas, sammanställer -> sammanställs."""
    irregular = {"tar": "tas", "gör": "görs", "ser": "ses", "får": "fås"}
    out = set(irregular.values())
    for verb in verbs:
        if verb in irregular:
            continue
        if verb.endswith("ar"):
            out.add(verb[:-1] + "s")
        elif verb.endswith("er"):
            out.update({verb[:-2] + "s", verb[:-2] + "es"})
    return frozenset(out)


def _imperatives(verbs: frozenset[str]) -> frozenset[str]:
    """Imperative/infinitive forms: skickar -> skicka, skriver -> skriv/skriva."""
    return (frozenset(sv_infinitive(v) for v in verbs)
            | frozenset(v[:-1] for v in verbs if v.endswith("ar"))
            | frozenset(v[:-2] for v in verbs if v.endswith("er") and len(v) > 5))


# Passives of verbs that describe a process ("Rekrytering påbörjas i mars") tell what will
# happen; they give nobody a task.
TASK_PASSIVES = _passives(TASK_VERBS - {"påbörjar", "startar", "genomför", "utvecklar", "planerar"}) | frozenset({"redovisas", "presenteras", "lyfts", "skickas"})
SV_IMPERATIVES = _imperatives(TASK_VERBS) | frozenset(
    {"förtydliga", "fundera", "ta", "se", "gör", "boka", "kolla", "glöm", "tänk", "maila", "mejla",
     "fråga", "exportera", "importera", "informera", "påminn", "påminna", "prata", "städa", "rensa",
     "dela", "meddela", "besluta", "stäm", "följ", "lägg", "ställ", "sätt", "hitta", "leta",
     "undersök", "kontakta", "skicka", "fixa", "ordna", "bjud", "ring", "skriv", "läs", "hör"}
)
EN_IMPERATIVES = frozenset(
    "send update draft review contact schedule book prepare write check fix create share circulate "
    "add remove ask email e-mail call organise organize set investigate confirm publish merge test "
    "deploy document collect compile reach follow finalise finalize submit file open close "
    "clarify arrange order buy renew invite notify inform coordinate align look sort clean "
    "migrate release tag backport triage assign rename move write-up reply respond propose "
    "research evaluate verify ping chase get put "
    # more verbs that open a task line; nouns that open report lines ('Report', 'Plan', 'Note') are left out
    "find make bring build run do take give print provide produce pick analyse analyze audit calculate "
    "cancel clear compare complete consult deliver develop distribute edit establish estimate explore "
    "fill finish gather handle hire identify implement install interview liaise mail maintain measure "
    "monitor negotiate obtain outline pay phone purchase raise read recruit register repair replace "
    "request reserve return revise ring secure sign source speak start summarise summarize talk tell "
    "track train translate upload design draw host label pack paint reconcile rewrite scan ship sketch "
    "store swap tidy".split()
)
# "kommer att / ska ... skickas", "går vidare till": a task for the organisation, nobody named.
PASSIVE_FUTURE = _rx.compile(
    r"\b(?:(?:kommer att|ska|skall|bör) (?:\w+ )?\w+as|går vidare till)\b", _I
)
# "Uppdrag för fortsatt arbete blev att ...", "Nästa steg är att ...": a task without an owner.
NOMINAL_TASK = _rx.compile(
    r"^(?:uppdrag(?:et)?|uppgift(?:en)?|nästa steg(?:et)?|next steps?|the task|the action)\b"
    r"[^.]{0,60}?\b(?:blev|är|blir|was|is)\s+(?:att|to)\s+",
    _I,
)
# Compound nouns naming a body that can own a task: "Nätverket", "Referensgruppen", "Kommunerna".
BODY_SUFFIX = _rx.compile(
    r"^[A-ZÅÄÖ](?:[a-zåäö-]*(?:gruppen|nätverket|rådet|styrelsen|nämnden|kansliet|förbundet|utskottet|"
    r"kommittén|teamet|laget|enheten|avdelningen|förvaltningen|kommunerna|regionen|medlemmarna|"
    r"deltagarna|ledningen|sekretariatet|kontoret|byrån|föreningen)|(?:ruppen|ätverket|ådet|tyrelsen|"
    r"ämnden|ansliet|örbundet|tskottet|ommittén|eamet|aget|nheten|vdelningen|örvaltningen|ommunerna|"
    r"egionen|edlemmarna|eltagarna|edningen|ekretariatet|ontoret|yrån|öreningen))$"
)
# Passive verbs that move a meeting: decisions about the calendar.

# A proposal whose fate a short sentence then states ("Motion by X to ... . Motion carried.").
PROPOSAL = _rx.compile(
    r"^(?:motion\b|it was moved|moved\b|proposal\b|resolution\b|förslag\b|yrkande\b)|\bseconded\b|\byrkar\b"
    # "That the minutes of 15 May be accepted.": the motion's own words, the outcome follows.
    # "HC proposed a quiz night ... . Agreed.": someone's proposal, its fate in the next words
    r"|^(?:[A-ZÅÄÖ][\w.'-]*\s+){1,3}(?:proposed|suggested|föreslog|föreslår|yrkade)\b"
    # "Deb moved to lease the second van ...", "Cllr Shah moved that ...": a member's motion
    r"|^(?:[A-ZÅÄÖ][\w.'-]*\s+){1,3}moved\s+(?:to|that)\s"
    # "I move we fund all five ...", "Jag yrkar att ...": a motion in the mover's own words (a transcript)
    r"|^(?:(?:so|ok|okay|then),?\s+)?i (?:move|propose)\s+(?:that|to|we)\s"
    r"|^that\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,8}?\s+(?:be|is|are|shall|should|adopt|approve|accept|"
    r"receive|note|endorse|agree|authori[sz]e|request|confirm|ratify|appoint|grant|allocate|award|defer|"
    r"support|apply|proceed|enter|purchase|accept|establish|amend|reaffirm|thank)\b",
    _I,
)
# "Moved AN / Seconded LT.", "Moved by Ms. Nguyen, seconded by Mr. Bell.": who moved the motion
# stated before it, no motion of its own.
# (not "moved Jo / 2nd Narelle: seniors $185, juniors $140": the motion's words after the names)
MOVER_ONLY = _rx.compile(r"^(?:moved|seconded|proposed)\b(?!.*\b(?:that|to)\s+[a-z])(?![^:]{2,60}:\s*\S+(?:\s+\S+){3})", _I)
# The meeting's yes to an offer, which makes it the meeting's decision: "(tackade ja)", "was gratefully
# accepted", "which members welcomed", "we said yes", "Everyone was happy with that".
OFFER_MEETING_YES = (
    r"we said yes|yes,? please|ja tack|(?:vi |styrelsen |gruppen )?tack(?:ade|ar) (?:vi |styrelsen |gruppen )?ja|tacksamt|"
    r"(?:was|were) (?:(?:gratefully|gladly|happily|warmly) )?(?:welcomed|accepted)|"
    # "Ben offered to run the BBQ, gladly accepted."
    r"(?<=, )(?:gladly|gratefully|happily|warmly) accepted|"
    # "... and this was agreed", "..., which we gladly accepted"
    r"(?:this|that|it) was agreed|which (?:we|the (?:committee|board|council|group|team)) (?:gladly |happily |gratefully )?(?:accepted|agreed to)|"
    # "... and the Council gratefully accepted", "Governors accepted the offer" (not "welcomed this", a reaction)
    r"(?:the )?(?:council|committee|board|governors|trustees|members|meeting|group|club|panel)(?: (?:gratefully|happily|warmly))? "
    r"accepted(?! (?:that|the (?:report|minutes|accounts|resignation|apologies)))|"
    r"which (?:members|the committee|the board|the group|everyone|we) welcomed|(?:take|took|taking) (?:them|him|her|you) up on (?:it|the offer|that)|"
    r"(?:everyone|everybody|all) (?:was |were )?(?:happy|fine|ok|okay) with (?:that|it|this)|fine by (?:everyone|all|us)|"
    # "Pierre offered to run the erg challenge again; members applauded, so it's on."
    r"so it's on(?=\W*$)|"
    r"(?:alla|samtliga) (?:var )?(?:nöjda|glada|positiva) (?:med|för|till) (?:det|detta)"
)
# "Tackade ja", "Board gratefully accepted", "Yes please": the meeting's yes to the offer the line
# before makes (OFFER); after anything else "Ja tack." is politeness
OFFER_RESULT = _rx.compile(
    rf"^(?:{OFFER_MEETING_YES}|(?:the )?(?:board|committee|trustees|council|members|group|meeting|styrelsen|"
    r"gruppen|mötet) (?:gratefully |happily |gladly )?accepted|accepted with thanks)(?=\W*$)", _I)
# the words that make an offer ("Lin offered to ...", "Offer from the Co-op", "Kari erbjöd sig att ...")
OFFER_WORDS = r"offered|offers|offer (?:from|of)|erbjöd|erbjuder|erbjudit|erbjudande"
OFFER = _rx.compile(rf"\b(?:{OFFER_WORDS}|volunteered)\b", _I)
RESULT = _rx.compile(
    # "Ingen invändning – det införs direkt.", "No objections — it goes ahead on the 14th."
    r"^(?:ingen invändning(?:ar)?|inga invändningar|no objections?|nobody objected|ingen (?:var |sa )?emot)(?=\s*(?:[–—-]|→|->)\s)|"
    r"^(?:the )?(?:motion|proposal|resolution|amendment|förslaget|yrkandet)?\s*(?:was |were )?(?:put and )?"
    r"(?:carried|passed|adopted|approved|failed|defeated|lost|fell|passes|carries|bifölls|bifalls|antogs|"
    r"godkändes|avslogs|avslås)\b|^carried\b|"
    r"^(?:beslut )?(?:enligt|i enlighet med) (?:\w+ )?förslag(?:et)?\W*$|"
    # "Förslag till beslut: ... / Beslut: Bifall.": the proposal above is what was decided.
    r"^beslut\s*:\s*(?:bifall|bifalls|bifölls|avslag|ja|som föreslaget|(?:enligt|i enlighet med) (?:\w+ )?"
    r"förslag(?:et)?)\W*$|"
    r"^(?:så )?(?:beslutades|beslöts|beslutat|klubbades|bifölls|godkändes|godkänns|antogs|godkänt|godkänd|noteras|fastställd|"
    r"beviljades|beviljas|beviljat|avslogs|fastställdes|fastställs|noterat|noterades|"
    r"antecknas)(?: (?:av alla|enhälligt|unanimously|by all))?\W*$|"
    r"^\w+ (?:bifaller|godkänner|beslutar enligt) (?:\w+ )?förslag(?:et)?\W*$|"
    r"^(?:mötet|styrelsen|nämnden) ger sitt godkännande\W*$|"
    r"^[\w ]{1,30} voted \d+\s*[-–]\s*\d+(?: to (?:approve|adopt|accept))?\W*$|"
    # "Kowalski/Reyes. 9-1.": who moved and seconded what the line before says, and the vote
    r"^[A-Z][\w'-]+\s*/\s*[A-Z][\w'-]+[.,:]?\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\W*$|"
    # ("Agreed by all.", "Unanimously agreed.", "Approved unanimously.")
    # ("Members agreed in principle; ...", "The committee agreed.")
    r"^(?:so )?(?:(?:members|the committee|the board|councillors|trustees|governors|all|everyone) )?"
    r"(?:unanimously )?(?:agreed|approved|decided|resolved|noted|received and noted|received and filed)"
    r"(?: in principle)?"
    r"(?: (?:by all(?: present)?|by everyone|by everybody|unanimously|nem\.? ?con\.?))?(?:\W*$|[;,]\s)|"
    r"^ingen ändring(?: nu| i nuläget| för tillfället| tills vidare)?(?:[;,.]|$)|"
    # "The house adopted the resolution.", "General agreement.", "Enighet."
    r"^(?:the )?(?:house|meeting|members|assembly|agm|board|committee|council|årsmötet|mötet|stämman) "
    r"(?:adopted|approved|passed|carried|accepted|antog|godkände|biföll) (?:the |this |that )?"
    r"(?:resolution|motion|proposal|förslaget|motionen|yrkandet)\W*$|"
    r"^(?:general|broad) agreement\W*$|^agreed in principle\b|^(?:allmän )?enighet\W*$|"
    # "Helena föreslog att ... Alla var överens.", "Styrelsen var överens, vi binder på 2 år."
    r"^(?:alla|vi|samtliga|styrelsen|gruppen|nätverket|mötet|rådet|ledningsgruppen|arbetsgruppen|nämnden) "
    r"(?:var|är) (?:alla )?(?:överens|eniga)(?:[.!]?\s*$|[;,]\s)|"
    # "Tobias presenterade tidplanen. Den godkändes.", "It was approved.": the thing the line before names
    r"^(?:den|det|detta|dessa|de|it|this|that|they|these)\s+(?:godkändes|antogs|bifölls|fastställdes|beviljades|"
    r"avslogs|klubbades|(?:was|were)\s+(?:\w+ly\s+)?(?:approved|adopted|accepted|agreed|carried|rejected|endorsed))"
    r"(?:\s+(?:av alla|enhälligt|unanimously|by all))?\W*$|"
    r"^(?:det blir så|så får det bli|då gör vi så|vi gör så|så gör vi)\W*$|"
    # "Proposed Declan, seconded Conor, agreed.": who moved what the line before says, and its outcome
    # ("moved Macca 2nd Trish, carried", "Moved Jo / seconded Bec. Carried.")
    r"^(?:proposed|moved)\s+(?:by\s+)?[^,.;]{2,40}?(?:[,;/]\s*|\s+)(?:seconded|2nd)\s+(?:by\s+)?[^,.;]{2,40}[,;.]?\s*(?:and\s+)?"
    r"(?:agreed|carried|approved|adopted)(?:\s+unanimously)?\W*$|"
    # Short confirmations of the line before: "Ok alla.", "No objections.", "Ingen ändring."
    r"^(?:ok alla|okej alla|ok för alla|alla ok|fine by all|fine by everyone|no objections|ingen ändring|"
    r"inga invändningar|ingen invändning|no objection|everyone agreed|all agreed|beslutet är enhälligt|klubbat|klubbades|"
    r"(?:yeah|yes|ok|okay),? agreed|going with \w+|ok från \w+|alla var med på det|så blir det|ja,? kör|"
    r"(?:everyone|everybody|all|(?:the )?(?:board|committee|trustees|members|council|group|team|meeting|governors|directors))"
    r"(?:'s|’s| is| was| were| are)? (?:ok|okay|fine|happy|content) with (?:that|this|it)(?=[^?]*$)|"
    # "Gemma proposed a bag pack in May. Everyone in favour."
    r"(?:everyone|everybody|all)(?: (?:was|were|are))? in favou?r(?=[^?]*$)|"
    r"alla (?:höll med|var med på det)|ingen hade något emot det|ingen (?:var |sa )?emot|"
    r"ingen hade (?:några )?invändningar|inga (?:fler )?invändningar|"
    # "Ingrid föreslog en gemensam middag i januari. Alla för.", "ja tack från alla"
    r"alla (?:är |var )?för|(?:ja|ok|okej) (?:tack )?från alla|"
    # "Nobody argued.", "Ingen protesterade.", "Ingen i styrelsen hade något emot det.", "Johanna nickade."
    r"(?:nobody|no one|no-one) (?:objected|argued|disagreed|dissented|minded|pushed back)|"
    r"ingen (?:protesterade|invände|opponerade sig|(?:i \w+ )?hade något emot det)|"
    r"[A-ZÅÄÖ]\w+ (?:nickade|nodded|gave (?:it )?the nod|gav (?:det )?klartecken))\W*$",
    _I,
)
# ... or anyone's yes to it, which at least makes the offer a task: "which Callum gratefully accepted",
# "vilket mötet tackade för", "mottogs med glädje".
OFFER_ANY_YES = (
    OFFER_MEETING_YES + r"|accepted|welcomed|gratefully|gladly|glad of|tackade (?:ja|för)|mottogs|"
    r"tog (?:vi )?(?:tacksamt )?emot|accepterade|took (?:him|her|them) up on"
)
# Words that put a question or a request to the meeting, whose answer the meeting then gives: "Kalle
# undrade om ...", "Sam asked for a post-mortem", "The school requested ...", "bad om", "önskade".
ASKED_OF_MEETING = r"(?:undrade|undrar|frågade|frågar|asked|asks|wondered|wonders)\s+(?:om|if|whether)|asked for|requested|bad om|bett om|önskade"
# A proposal that failed is no decision of the meeting.
FAILED = _rx.compile(r"\b(?:failed|defeated|lost|fell)\b", _I)
# A proposal lost ("Motion failed 4-9", "Not carried", "fick inget stöd"), and what then stays as it
# was ("Dues stay at $15", "avgiften ligger kvar"): nothing changed, so nothing was decided. (A
# protocol's "Förslaget avslogs" is the meeting's own decision to say no.)
LOST_WORDS = (r"failed|defeated|lost|fell|falls|voted down|not carried|rejected|turned down|"
              r"not enough support|no support|no majority|ingen majoritet|röstades ner|föll|fick inget stöd|fick inte stöd|inget stöd|"
              r"inget medhåll|fick inte medhåll")
REJECTED_WORDS = r"avslogs|avslås|avslagen"
KEPT_WORDS = r"stays?|staying|remains?|ligger kvar|står kvar|blir kvar|står fast|oförändrad\w*|unchanged"
# "Ja till Jura-maskinen", "OK från styrelsen": colloquial approval that opens a line.
COLLOQUIAL_YES = _rx.compile(
    r"^(?:[^:.]{1,60}:\s*)?(?:(?:ja|nej|ok|okej) (?:till|från)|(?:ok|okej|klart) att)\b"
    # "föregående anteckn ok", "Minutes from last time: approved"
    r"|^(?:föregående |föreg\.? |förra |last |previous )?(?:anteckn\w*\.?|ant\.?|prot(?:okoll\w*|\.)?|minutes)"
    r"(?:\b|(?<=\.))[^.]{0,40}?"
    r"\b(?:ok|okej|godkänd\w*|godkänt|approved|accepted|agreed|adopted|confirmed|fine)\b"
    # "last mins - read out, ok", "last mtg notes – fine, no changes": the short forms, after last/förra
    r"|^(?:förra|last|previous) (?:(?:mtg|meeting|mötets|möte)\.? )?(?:mins|notes|anteckn\w*)\b[^.]{0,40}?"
    r"\b(?:ok|okej|fine|approved|agreed|godkänd\w*|godkänt)\b(?![^.]*\?)",
    _I,
)
# Subjects that decide together when they "agree to": a group, not a person with a task.
COLLECTIVE = _rx.compile(
    r"^(?:(?:->|→|=>)\s*)?(?:the )?(?:team|group|board|committee|governors|council|department|members|partners|all|everyone|"
    r"we|wg|pmc|vi|alla|gruppen|teamet|styrelsen|nätverket|rådet|nämnden|mötet|arbetsgruppen|"
    r"styrgruppen|ledningsgruppen|utskottet|kommittén|kyrkorådet|presidiet|föreningen|stämman|årsmötet|"
    r"arbetslaget|kollegiet|panel|forum|trustees|directors|smt|slt|elt|tsc|pcc|eht|lg|cab|exco)\b",
    _I,
)
# The meeting's own procedure: "Call to order at 7:04 pm", "Meeting adjourned", "Mötet avslutas".
PROCEDURAL = _rx.compile(
    r"^(?:(?:the )?meeting (?:was )?(?:called to order|adjourned|closed|opened|ended)|call(?:ed)? to order|"
    r"adjourn(?:ed|ment)|mötet (?:öppnas|öppnades|avslutas|avslutades|ajourneras|ajournerades)|"
    r"ordföranden (?:öppnade|avslutade|förklarade|frågar|ställer|finner)|sammanträdet (?:öppnas|avslutas))\b"
    # a member's own entry in the record: "Lisa Berg (V) lämnar en protokollsanteckning", "X reserverar sig"
    r"|^[\w .'()-]{1,50}? (?:lämnar|lämnade|anmäler|anmälde|får lämna) (?:en |följande )?(?:skriftlig )?"
    r"(?:protokollsanteckning|reservation)\b|^[\w .'()-]{1,50}? reserverar sig\b"
    # "Camilla lämnar mötet 13.09", "Liam joined the meeting at 7:15": who came and went
    r"|^[\w .'-]{1,40}? (?:lämnar|lämnade|ansluter till|anslöt till|left|joined|leaves|joins) (?:the )?(?:mötet|meeting|sammanträdet|call)\b",
    _I,
)
SIGNATURE_LINE = _rx.compile(
    r"^(?:notes?|e-?post|e-?mail|mail|phone|tel|minutes|anteckningar)\s*:\s*\S{1,30}\s*$|"
    r"^(?:tel(?:efon)?\.?:?\s*[\d+(]|mob(?:il)?:?\s*[\d+(]|e-?post:|e-?mail:|mail:|phone:?\s*[\d+(]|"
    r"fax:?\s*[\d+(]|www\.|https?://|/\w+$|--|sent from|"
    r"skickat från|detta e-postmeddelande|this (?:e-?mail|message)|protokollet justeras|"
    r"justering sker|justeringen|signed|underskrift|date of next meeting|notes?:|antecknat av|attest\s*:|antecknare|vid anteckningarna|vid protokollet|sekreterare|justeras|justerare|"
    r"ordförande|minutes (?:taken |recorded )?by|scribe|note ?-?taker|recorded by|taken by)\b",
    _I,
)
FIRST_PERSON = _rx.compile(
    r"^(?:(?:yes|yeah|yep|sure|ok|okay|right|fine|absolutely|of course|ja|japp|okej|visst|absolut|"
    r"javisst|jajamen|jepp|and|so|then|och|så|då|men|but|well)[,.!]?\s+)*(?P<i>i|jag)(?=\s|'|’)",
    _I,
)
PRONOUN_SUBJECT = frozenset("han hon hen he she".split())
PAST_MONTH = _rx.compile(
    r"\b(?:i|in|back in|during|under) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
    r"oktober|november|december|january|february|march|may|june|july|august|october|"
    r"höstas|våras|somras|vintras)\b",
    _I,
)

# A deadline that names an event instead of a date: "till nästa avstämning", "before the RC".
# "innan höstlovet", "before the AGM", "inför höstens ansökningsomgång": a deadline named by
# the event it comes before; the words are kept, with no date.
BEFORE_EVENT = _rx.compile(
    # ("at least 14 clear days before the AGM", "10 working days before")
    r"\b(?:(?:senast|minst|klart?|ready|done|at least)\s+)?(?:\w+\s+(?:(?:clear|working|full|calendar|business)\s+)?"
    r"(?:veckor|vecka|v\.?|dagar|dag|dgr|arbetsdagar|weeks?|wks?\.?|days?|månader|månad|months?)\s+)?"
    r"(?:innan|före|inför|before|prior to|ahead of|in time for|lagom till)\s+(?:(?:the|we|vi)\s+)?"
    # (the event's first word: "före invigningen hur många vi ...")
    r"(?P<first>[\wåäö'’-]+)(?:\s+(?!(?:och|and|så|so|men|but|or|eller|if|om|when|när|because|eftersom|since|unless|annars|"
    r"otherwise|som|as|like)\b)[\wåäö'’-]+){0,3}",
    _I,
)
EVENT_DEADLINE = _rx.compile(
    r"\b(?:klart? |ready |done )?(?:senast )?(?:till|tills|innan|före|inför|vid|på|before|prior to|ahead of|"
    r"until|at|by)\s+(?:(?P<next>nästa|kommande|next|the next|the coming)\s+|the\s+)?"
    r"(?:\w+\s)?(?P<event>[\wåäö-]*(?:möte|mötet|träff|träffen|avstämning|avstämningen|råd|rådet|"
    r"sammanträde|sammanträdet|meeting|call|sync|standup|review|retro|planning)|RC|release|"
    r"start|starten|launch|lansering|lanseringen|semestrarna|sommaren|jul|årsskiftet)\b",
    _I,
)
NEXT_MEETING_EVENT = _rx.compile(r"^(?:möte|mötet|sammanträde|sammanträdet|meeting|call|träff|träffen)$", _I)
# "till nästa elevråd", "for the next session": the group's next meeting, named its own way.
NEXT_GATHERING = _rx.compile(
    r"\b(?:till|inför|vid|på|innan|före|before|for|to|by|at)\s+(?:the\s+)?(?:nästa|next)\s+"
    r"(?!vecka|veckan|week|månad|month|år|year|gång\b|time\b)[\wåäö-]+"
    r"(?:\s+(?:mtg|meeting|möte|mötet|call|session|sync))?",  # "at next staff mtg"
    _I,
)

# Lines that list who was there: never a task, never a decision.
ATTENDANCE = _rx.compile(
    r"^(?:närvarande|närv|deltagare|deltog|frånvarande|frånv|förhinder|med|ej(?=\s*:)|present|attendees|"
    r"participants|regrets|absent|apologies|directors present|directors absent|members present|"
    r"staff|guests|observers|in attendance|not present|övriga|ersättare|tjänstemän|tjänstepersoner|"
    r"utses att justera|justerare|justeringsperson)\b[^:]{0,25}:",
    _I,
)
# "Per ... lovade att kolla", "Bob promised to": a promise made at the meeting is a task.
PROMISE = _rx.compile(
    r"\b(?:lovade|lovar|åtog sig|åtar sig|tog på sig|tar på sig|erbjöd sig|promised|offered|"
    r"volunteered|undertook|committed)(?:\s+[\w-]+){0,4}?\s+(?:att|to)\s+(?P<task>.+)$",
    _I,
)
# "Carina meddelade att hon tar frågan till ...": reported speech naming the speaker's own task.
REPORTED_TASK = _rx.compile(
    r"^(?P<owner>(?:(?:mr|mrs|ms|dr|prof|cllr|president|trustee|director)\.?\s+)?[A-ZÅÄÖ][\wåäöé-]+"
    r"(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)\s+(?:meddelade|sa|sade|berättade|informerade|svarade|svarar|säger|"
    r"said|told us|mentioned|replied|confirmed|says)\s+(?:(?:att|that)\s+)?"
    r"(?:(?P<self>hon|han|hen|she|he|they)(?:'d|'ll)?|(?P<other>staff|the team|the office|[a-zåäö]+(?:enheten|"
    r"avdelningen|förvaltningen|kansliet)))\s+(?:(?:would|will|ska|skulle|kommer att)\s+)?(?P<rest>.+)$",
    _I,
)
REPORTING_PAST = _rx.compile(
    r"\b(?:informerade|berättade|meddelade|sa|sade|säger|nämnde|redovisade|rapporterade|said|says|reported|"
    r"mentioned|explained|noted|reminded|tog upp att|påpekade|påminde)\b",
    _I,
)

# Plural nouns look like present-tense verbs ("punkter", "aktiviteter"); their endings give them away.
# ("somrar", "åkrar", but not the verbs in "-erar": "eskalerar", "reparerar", "uppdaterar")
PLURAL_NOUN = _rx.compile(
    r"(?:ioner|heter|ningar|iteter|nter|kter|linjer|ader|ider|iker|orer|arer|ier|enser|ister|"
    r"ymer|ngar|lar|(?<!e)rar|or)$"
)

# A block about the previous meeting reports its tasks; a past assignment there is not new.
PREVIOUS_MEETING = _rx.compile(
    r"\b(?:föregående möte|förra mötet|förra gången|senaste mötet|sedan förra|at the last meeting|"
    r"previous meeting|last meeting|since last time)\b",
    _I,
)
PAST_ASSIGNMENT = _rx.compile(
    r"\b(?:fick i uppgift|fick uppgiften|fick i uppdrag|was asked to|were asked to|was tasked|ombads)\b", _I
)


# Prefilters: every match of the pattern contains one of these lower-case substrings.
# "assigned to Bob", "Action on Ann to ...": the owner after a preposition (names keep their case).
ASSIGNED_TO = _rx.compile(
    r"\b(?:[Aa]ssigned to|[Aa]ction on|[Tt]ook (?:an |the )?action to)\s+"
    r"(?P<owner>[A-ZÅÄÖ][\wåäöé.-]+(?:\s[A-ZÅÄÖ][\wåäöé.-]+)?)"
)

_NEEDLES = {
    "DECISION_VERB": (
        "håller fast vid", "håller vi fast", "a go", "was a no", "was a yes", "gärna emot",
        " it at", " it as", " that at", " that as", " them at", " them as", "like always", "as always", "as usual", "as before",
        "beslut", "beslöt", "bakom", "sticking with", "ok:a", "firma", "voted", "var emot", "sa emot", "said no", "we declined",
        "turned", "carry on", "lät det", "lät den", "lät dem", "låter bli", "låter vi bli", "sign-off", "signoff", "invändning", "passed", "received and noted",
        "landed on", "spikad", "spikat", "locked in", "we're", "we are", "we’re", "höll med",
        "gör det", "gör så", "the plan", "resolves", "kör så", "kör på det",
        "preferred", "declined", "säger nej", "godkän", "godt", "bifall", "biföll", "bestäm", "enig", "överens", "konstituer", "entledig",
        "omval", "omvälj", "avslå", "avslog", "klubba", "förklara", "valde", "fastställ", "bordl",
        "antas", "antar", "antag", "antog", "bevilj", "handlingarna", "handl.", "som ombud", "som representant", "som delegat", "as delegate", "as our delegate",
        "as the delegate", "as representative", "as our representative", "as the representative", "fortsätter som", "continue as", "continues as", "going w/", "go w/", "did agree", "did decide", "filed", "finner det", "finner detta", "finner dem", "finner den", "finner yrkandet",
        "finner förslaget", "fastställd", "fastställt", "fastställda", "godkänd", "godkänt", "godkända", "antagen",
        "antaget", "antagna", "beviljad", "beviljat", "välj", "vald", "utse", "utsåg", "återremitt",
        "enas om", "enade", "fram till", "överenskom", "kör", "conclud", "landa", "enhällig", "settled", "proceed", "opted",
        "chose", "green", "unanim", "go with", "going with", "resolv", "agree", "approv", "adopt",
        "ratif", "endors", "so decided", "#", "consensus", "motion", "carried", "vote", "elect",
        "appoint", "decid", "tabled", "deferred", "postponed", "accepted", "consented to", "signed off", "flytta",
        "ställs in", "ställdes in", "skjuts", "sköts", "uppdr", "utgår", "val av", "klartecken",
        "grönt ljus", "går vidare", "gå vidare", "bekräftades", "go ahead", "going ahead",
        "confirmed", "in favo", "passed", "anteckna", "notera", "filed", "accepted", "godkännande",
        "settle", "won ", "directed", "instructed", "authori", "confirmed", "bekräftas", "let's", "we agree", "we all agree",
        "från alla", "fr alla", "sa ja", "ok with", "okay with", "fine with", "happy with", "ok w/", "ok w th", "ok w it", "fine w/", "fine w th", "fine w it",
        "happy w/", "happy w th", "happy w it", "säger så", "ok på", "ok från", "ok fr", "said yes", "stannade", " nej", "signed as",
        "gör vi så", "vi gör så", "får det bli", "får bli", "discharged", "fram till", "säger",
        "vann med", "won ", "ja till", "yes to", "avgjord", "avgörs", "beslut", "blir det",
        "blev ett", "blev ja", "blev nej", "enig", "went with", "went for", "proceed",
        "ja till", "nej till", "yes to", "no to", "alla glada", "alla överens", "alla eniga", "alla med på",
        "för alla", "röstade", "ruled out", "on file", "side of", "behåll", "blev det så", "blir så",
        "'ll keep", "will keep", "'ll stick", "will stick", "'ll stay", "will stay", "'ll continue",
        "will continue", "linje", "genomförs", "hålls", "anordnas", "arrangeras", "stay at", "remain at", "happen on", "stay £", "stay $", "stay €", "stays £", "stays $", "stays €", "remains £", "remains $", "remains €", "remain £", "remain $", "remain €", "ligger kvar", "ligger fast", "står kvar", "står fast", "omval", "nyval", "omvald", "nyvald", "ansåg sig", "ense om", "blev så",
        "alla var", "ok alla", "alla ok", "flyttas", "received", "it is", "w/", "okej alla", "fine by",
        "no objections", "everyone agreed", "all agreed", "vi skippar", "vi provar", "vi testar", "vi går på",
        "vi hoppar", "ja kör", "ja, kör", "won ", "röstade", "godtar", "inga invändningar", "acklamation", "majoritet för", "majority in",
        "tackar ", "tackade ", "thanked ", "we go for", "we drop", "we keep", "we'll keep", "we will keep", "we stick", "we'll stick", "we’ll keep", "stay on", "stays on", "stay till", "stays till", "stay until", "stays until", "stay at", "staying", "fick ok", "får ok", "fick okej", "får okej", "got the", "noterar informationen", "noterade informationen", "noterar ", "and noted", "consented", "noted by the", "bestämmer", "beslutat", "avgjorde", "avgjordes", "går på", "gick på",
        "blev", "enats", "enades", "ges i uppdrag", "uppdras att",
        "granted", "direction", "confirmed and signed", "received and signed", "resolved to", "taken on record", "förklarade", "avslutar ärendet", "ärendet avslutas", "avskriver", "avskrivs",
        "shall stay", "shall remain", "will remain", "stays", "remains", "kept", "keeps", "stay unchanged",
        "as it is", "as they are",
        "remain unchanged", "the same", "lämnas", "förblir", "behålls", "ligger kvar", "kvarstår",
        "tackar ja", "tackade ja", "vi accepterar", "we accept", "kör vi som", "alla överens", "alla eniga", "låter", "leav", "då kör vi", "då sätter vi", "då tar vi", "då gör vi", "då säger vi", "då stannar vi", "då kallar vi", "då lägger vi", "då tackar vi", "då flyttar vi", "då väljer vi", "då bokar vi", "då köper vi", "då behåller vi", "då satsar vi", "då provar vi", "då testar vi", "då skippar vi", "då fortsätter", "då startar", "då byter", "då höjer",
        "då sänker", "då avvaktar", "då släpper", "då söker", "då lämnar", "då föreslår", "då går",
        "undrade om", "frågade om", "asked if", "asked whether", "wondered if", "wondered whether",
        "date ", "datum", "venue ", "lokal ", "plats ", "landar", " then", "bestämt", "stays", "withdrawn", "dagordningen", "a miss", "we skip", "we'll skip", "we will skip", "we try", "we'll try", "we will try", "preferred", "föredr", "not supported", "positiv", "det blev det", "enigt",
        "sätts till", "delegeras", "ratades", "röstades", "avvaktar", "vi inte", "vi inte", "det inte", "den inte", "ingenting", "oförändrad",
        "→ vi", "→ ja", "→ nej", "→vi", "→ja", "→nej", "-> vi", "-> ja", "-> nej", "->vi", "->ja", "->nej",
        "-> yes", "->yes", "→ yes", "→yes", "-> no", "->no", "→ no", "→no", "we said", "vi sa ja", "vi sa nej", "vi sa ok", "we say",
        "it is", "it's a", "that's a", "tackade vi", "tackar vi", "medges", "medgavs", "medgetts",
        "ended up", "vi säljer inte", "vi kör inte", "vi köper inte", "vi åker inte", "vi gör inte", "vi byter inte",
        "vi anordnar inte", "vi arrangerar inte", "vi startar inte", "vi söker inte", "vi anställer inte",
        "vi inför inte", "vi bjuder inte", "we will not", "we won't", "we are not going to", "we aren't going to", "declined", "consensus was",
        "not this", "not happening", "not doing", "vote", "noted the", "ok'd", "okd", "okayed", "no argument", "no dissent",
        "no objection", " in favo", "refused", "fine", "locked in", "we keep", "we kept", "we'll keep", "we will keep", "supported", "won't", "won’t", "wontfix", "då är", "delas lika", "delar vi lika", "split equally", "shared equally", "set for", "we fixed", "we set", "vi satte", "vi spikade", "acclamation", "acclaimed", "höll alla med", "nöjer", "so it's on", "happy to go", "happy for", "signed", "ingen ändring", "blir ", "content for", "content that", "content with", "noted", "noterade", "not support", "rejected", "turned down", "voted down",
    ),
    "PROPOSAL": ("motion", "moved", "proposal", "resolution", "förslag", "yrkande", "seconded", "yrkar", "that", "proposed",
                 "i move", "i propose",
                 "suggested", "föreslog", "föreslår", "yrkade"),
    "PAST_TASK": ("har ", "är klar", "är gjort", "was ", "has ", "been", "complet", "finish", "done",
                  "klar", "bokad", "bokat", "gjort", "fixat", "skickat", "booked", "sent", "(ok", "✓", "✔", "☑",
                  "~~", "[x]", "sorted", "closed", "already", "beställ", "leverera", "avklarat", "delivered", "ordered", "fixed", "inte klar", "ej klar",
                  "är gjord", "är skickad", "är ordna", "är fixad", "är inköp"),
    "CURRENT_STATE": ("nuläget", "närvarande", "numera", "currently", "at present", "as of now"),
    "ACTION_HEDGE": ("kanske", "eventuellt", "möjligen", "borde", "skulle", "kunde", "vore",
                     "önskvärt", "någon", "vem som", "might", "maybe", "perhaps", "could", "would",
                     "should", "some", "any", "nice to", "prefer", "föredrar", "vill helst"),
    "OWNER_LABEL": ("ansv", "owner", "assign", "responsible", "vem"),
    "PROMISE": ("lova", "åtog", "åtar", "tog på", "tar på", "erbjöd", "promis", "offer", "volunt",
                "undert", "commit"),
    "APPOINT_TASK": ("utsåg", "utser", "ge ", "ger ", "gav ", "uppdr", "directed", "instructed",
                     "authori", "tasked", "ask", "content for", "request", "direct", "instruct"),
    "REPORTED_TASK": (" hon", " han", " hen", " she", " he", " they", " staff", " the team", " the office", "enheten",
                      "avdelningen", "förvaltningen", "kansliet"),
    "REQUEST": ("kan du", "kunna", "kan ni", "could you", "can you", "would you", "will you"),
    "DEADLINE_CUE": ("senast", "deadline", "due", "no later", "klart"),
    "PASSIVE_FUTURE": ("kommer att", "ska ", "skall ", "bör ", "går vidare"),
    "PREVIOUS_MEETING": ("möte", "gång", "sedan förra", "meeting", "last time"),
    "PAST_ASSIGNMENT": ("fick", "asked", "tasked", "ombads"),
    "REPORTING_PAST": ("informerade", "berättade", "meddelade", "sa", "nämnde", "redovisade",
                       "rapporterade", "said", "reported", "mentioned", "explained", "noted", "säger", "says",
                       "reminded", "tog upp", "påpekade", "påminde"),
}

# "Governors agreed to appoint X": what follows "agreed to" is a decision, not a task.
DECIDING_TASK = frozenset(
    "appoint approve adopt accept elect endorse ratify fund award grant renew co-opt anta godkänna "
    "utse välja bevilja fastställa godkänner antar utser väljer beviljar fastställer approves adopts "
    # "-> Samverkansgruppen beslutar att ...": the meeting's body deciding, read as an arrow's task
    "besluta beslutar beslutade beslöt decides resolves "
    # "Byggnadsnämnden avslår medborgarförslaget": a body's yes or no to a proposal
    "avslå avslår bifalla bifaller tillstyrka tillstyrker avstyrka avstyrker reject rejects".split()
)
# An owner pointed at inside a line: "... → Anna, till fredag", "(ansv. Bo)".
INLINE_OWNER = _rx.compile(
    # (not an option asked about: "Docs migration (Sphinx → MkDocs?)")
    r"(?:→|->|=>)\s*(?P<arrow>[A-ZÅÄÖ][\wåäöé-]+(?:\s[A-ZÅÄÖ][\wåäöé-]+)?)(?!\?|[\wåäöé-])"
    r"|\((?:ansv(?:arig)?\.?:?|owner:?|resp\.?:?)\s*(?P<paren>[A-ZÅÄÖ][^()]{0,50})\)"
)


# An agenda point that elects: "§ 2 Val av mötesordförande" — its lines record who was chosen.
ELECTION_POINT = _rx.compile(
    # ("§ 10 Val", "Valen:", "Styrelseval": the point's title alone)
    r"^(?:(?:val av|val till|fyllnadsval|election of|elections?|appointment of)\b|(?:val|valen|styrelseval|personval)\W*$)",
    re.IGNORECASE
)

# "i nuläget", "currently": the sentence describes how things are, not what is to be done.
CURRENT_STATE = _rx.compile(r"\b(?:i nuläget|för närvarande|numera|currently|at present|as of now)\b", _I)

# English verbs that narrate now but give a task when the sentence points past the meeting.
EN_FUTURE_ONLY = frozenset("presents reports shares demos walks".split())

_fastre.speed_up(globals(), _NEEDLES)
