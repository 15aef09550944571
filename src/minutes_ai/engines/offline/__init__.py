"""The offline engine: decisions and action items from Swedish and English cues, no model.

Deterministic and fast. It walks each meeting block by block, keeps track of the section it
is in ("Beslut", "Att göra", an action table), and asks :mod:`.rules` about every sentence.
Evidence is a slice of the document by construction, so every item it returns is grounded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ... import __version__
from ..._structure_lines import case_folds
from ...dates import DateMention, date_order, detect_date_order, find_dates, find_deadline
from ...document import Document
from ...schemas import ActionItem, Decision, Extraction, Meeting, RunInfo, schema_hash
from ...structure import parse_meetings
from . import cues, rules
from ._dispatch import unanchored_part
from ._fastre import literal_trie, lower_source
from ._literals import required_literals
from .owners import NameIndex, is_role, split_owner_list
from .schedule import _MEETING_NOUN, MONTH_EVENT, Schedule, month_of
from .segment import Block, Sentence, clean, split_blocks, split_sentences
from .tables import TableReader
from .tidy import dedupe_actions, dedupe_decisions
from .writer import find_writer


@dataclass
class _Section:
    """Where in the meeting a block stands: under a decision or action label, or neither."""

    mode: str | None = None  # "decision" | "action" | "neutral" | None
    blocks_seen: int = 0
    opened_here: bool = False  # this block's sentence opened a decision list ("RESOLVED: That")

    def enter(self, mode: str | None, *, opens_list: bool = False) -> None:
        self.mode, self.blocks_seen, self.opened_here = mode, 0, opens_list

    def after(self, block: Block, length: int) -> None:
        """A decision label covers one paragraph or one list; an action label a list or short lines."""
        if self.mode is None:
            return
        if self.opened_here:
            self.opened_here = False  # the list starts below the paragraph that opened it
            return
        self.blocks_seen += 1
        if self.mode == "decision" and (block.kind == "para" or self.blocks_seen >= 8) or self.mode == "action" and block.kind == "para" and length > 300:
            self.mode = None


@dataclass
class _Context:
    """What every sentence of one meeting is read against."""

    document: Document
    names: NameIndex
    lang: str
    anchor: dt.date | None
    next_date: dt.date | None
    next_text: str = ""  # how the notes announce the next meeting ("Nästa klassråd: 8/10")
    schedule: Schedule | None = None  # meeting dates the notes list, for "till aprilsammanträdet"
    title: str = ""  # the title and the letterhead lines above the notes ("Trygghetsrådet Hammarsby kommun")
    writer: str | None = None  # who wrote the notes: the owner of "I'll ..." / "jag lovade att ..."


# "Rachel – award letters", "Beth - grant draft to Finance": after a name and a dash, a list line
# names the task by a noun ("Trustees to approve the accounts" is a decision still to come)
_NOUN_AFTER_DASH = re.compile(r"[^–—-]{1,40}\s[–—-]\s+\w+\s+\w")
# The meeting itself, or the body whose meeting it is: "Socialnämnden utser ...", "The Board appoints ...".
_MEETING_BODY = re.compile(
    r"(?i:nämnden|styrelsen|rådet|mötet|stämman|utskottet|fullmäktige|gruppen|kyrkorådet|board|committee|council|"
    r"meeting|governors|trustees|members|panel|cabinet)$"
)
# An agenda point that hears another organisation: "Regionen informerar", "Information från
# Försäkringskassan", "Nytt från Länsstyrelsen", "Update from the County".
_INFO_ITEM = re.compile(
    r"\b(?:informerar|information från|info från|nytt från|aktuellt från|rapport från|lägesrapport från|"
    r"update from|report from|news from|presentation from)\b|^information\b", re.I
)
_GUEST_REPORTS = re.compile(
    r"\b(?:informerade|berättade|presenterade|redovisade|informerar|berättar|presenterar|redovisar|"
    r"reported|presented|explained|updated the)\b", re.I
)
# An organisation's name: "Regionen", "Arbetsförmedlingen", "Västra Götalandsregionen", "The department".
_ORGANISATION = re.compile(
    r"(?i:^(?:the\s+)?(?:[\w-]+\s+)?(?:department|council|county|agency|service|commission|authority|trust|"
    r"ministry|board))$|^[A-ZÅÄÖ][a-zåäö-]+(?:en|an|et|na)$|^[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö-]+(?:en|an|et)$"
)


def _names_the_meeting(ctx: _Context, owner: str) -> bool:
    """'CAB' in 'CAB-möte v. 3': the body whose meeting the notes record, named in their title."""
    return len(owner) > 1 and owner.casefold() in ctx.title.casefold()


def _outside_body(ctx: _Context, action: ActionItem) -> bool:
    """Whether every owner of ``action`` is an organisation rather than someone at the meeting."""
    owners = [o.strip() for o in (action.owner or "").split(", ") if o.strip()]
    # ("Förvaltningen återkommer ...": the meeting's own administration is no outside body)
    return bool(owners) and all(
        o.casefold() not in ctx.names.full_names and _ORGANISATION.match(o) and not _names_the_meeting(ctx, o)
        and not is_role(o) for o in owners)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_DATE_LIKE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)|dag\b|day\b", re.IGNORECASE
)


def _following_date(meeting: Meeting, meetings: list[Meeting]) -> dt.date | None:
    """In a file of several meetings, the first one after ``meeting``: its next meeting when
    its notes announce none ("before the next session" in a log of sessions). An announced
    next meeting whose date is unclear ("3/6 eller 27/5") is not replaced."""
    if meeting.meeting_date is None:
        return None
    later = [m.meeting_date for m in meetings if m.meeting_date is not None and m.meeting_date > meeting.meeting_date]
    return min(later) if later else None


def _next_meeting_date(meeting: Meeting, following: dt.date | None) -> dt.date | None:
    """The next meeting's date: announced; else the following meeting in the file, when the
    announcement gives no date ("Nästa möte: inte bestämt") or only the month that meeting
    falls in ("Ordinarie styrgrupp i oktober, datum meddelas"). An unclear date ("3/6 eller
    27/5") or another month keeps it open."""
    announced = meeting.next_meeting
    if announced is None:
        return following
    if announced.date is not None or following is None:
        return announced.date
    if not _DATE_LIKE.search(announced.text):
        return following
    if any(ch.isdigit() for ch in announced.text):
        return None
    months = {_MONTH_NUMBER[m.group(1)[:3].casefold()] for m in _MONTH_NAME.finditer(announced.text)}
    return following if months == {following.month} else None


# A month named in words: "i oktober", "in March", "sept." ("may" the verb is not May)
_MONTH_NAME = re.compile(
    r"\b((?i:jan|feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec)(?i:uari|uary|ruari|ruary|s|ch|il|i|e|y|usti|ust"
    r"|t|tember|ober|ember)?|(?i:maj)|May)\b\.?"
)


class OfflineEngine:
    """Rule-based extraction for Swedish and English notes; the default engine."""

    name = "offline"

    def extract(self, document: Document) -> Extraction:
        """Extract every meeting of ``document`` with its decisions and action items."""
        with date_order(detect_date_order(document.text)):
            parsed = parse_meetings(document)
            meetings = [self._fill(document, m, _following_date(m, parsed), len(parsed) == 1) for m in parsed]
        run = RunInfo(engine=self.name, engine_version=__version__, schema_hash=schema_hash())
        return Extraction(source=document.source, meetings=meetings, run=run)

    def _fill(self, document: Document, meeting: Meeting, following: dt.date | None = None,
              single: bool = True) -> Meeting:
        text = document.text
        ctx = _Context(
            document=document,
            names=NameIndex.build(meeting, text[meeting.start : meeting.end]),
            lang=meeting.language,
            anchor=meeting.meeting_date,
            # "Nästa möte: inte bestämt" gives no date: the following meeting in the file is the next
            next_date=_next_meeting_date(meeting, following),
            next_text=meeting.next_meeting.text if meeting.next_meeting else "",
            # (a single meeting's notes are all of the text: an e-mail's greeting may date the event)
            schedule=Schedule(text if single else text[meeting.start : meeting.end], meeting.meeting_date,
                              (meeting.next_meeting.date,) if meeting.next_meeting and meeting.next_meeting.date else ()),
            title=f"{meeting.title or ''}\n{_letterhead(text, meeting.start)}",
            writer=find_writer(text if single else text[meeting.start : meeting.end], meeting.secretary),
        )
        decisions: list[Decision] = []
        actions: list[ActionItem] = []
        section = _Section()
        table = TableReader()
        attendee_names = tuple(a.name.casefold() for a in meeting.attendees if len(a.name) > 2)
        transcript = bool(document.turns) or document.format in ("vtt", "srt")
        proposal: Sentence | None = None
        motion: Sentence | None = None  # a motion set aside while an amendment to it is decided
        point_starts = {item.start for item in meeting.agenda}
        # "Styrelsen beslutade att dela ut följande stipendier:" + a list:
        # [start, end, split into points, opener ends in "att", the opener's own end].
        open_list: list | None = None
        row_end: int | None = None  # where the table row just read ended
        todo_end: int | None = None  # where a "To do: Kofi – ... Trish – ..." paragraph ended
        row_action: ActionItem | None = None  # the action that row gave
        prior: Sentence | None = None  # the meeting's last sentence, across blocks
        last_end = meeting.start  # where the block before ended
        topic = ""  # the heading or agenda point the block stands under

        for index, block in enumerate(split_blocks(text, meeting.start, meeting.end, transcript=transcript)):
            block_words = clean(text[block.start : block.end])
            if block.kind in ("table", "rule"):
                row = table.feed(text, block)
                if row is not None and row.kind == "prose":
                    # "| Luciakonserten | Konserten hålls i ... Lotta gör körschemat. |": a table used
                    # as a layout for notes; its notes column is read like a paragraph.
                    block = replace(block, kind="para", start=row.start, end=row.end, line_start=row.start)
                    block_words = clean(text[block.start : block.end])
                else:
                    row_text = text[row.start : row.end] if row is not None else ""
                    if row is not None and (rules.past_task(row_text)
                                            or cues.SIGNATURE_LINE.match(row_text)
                                            or _DONE_CELL.search(row_text)):
                        row = None  # a row marked done, or a signature set out in columns
                    row_action = None
                    if row is not None and row.kind == "decision":
                        decisions.append(_decision(ctx, row.start, row.end, text))
                    elif row is not None:
                        row_action = _table_action(ctx, row)
                        actions.append(row_action)
                    row_end = block.end
                    continue
            elif (block.kind == "para" and row_end is not None and block.indent >= 2 and "  " not in block_words
                  and text.count("\n", row_end, block.line_start) == 1):
                # "A5.1  Put the abstract deadline on the    Niamh   EOW\n      website": a wrapped cell
                if row_action is not None and actions and actions[-1] is row_action:
                    row_action = actions[-1] = row_action.model_copy(update={
                        "task": rules._tidy(f"{row_action.task} {block_words}"),
                        "evidence": [ctx.document.evidence(row_action.evidence[0].start, block.end)]})
                row_end = block.end
                continue
            else:
                table.reset()
                row_end = None
            if open_list is not None and not (section.mode == "decision" and block.kind == "bullet"):
                if (block.kind == "para" and open_list[1] == open_list[4] and not open_list[2]
                        and text[open_list[1] : block.start].count("\n") == 1):
                    open_list[1] = block.end  # "Alla var överens:" + the line that says what
                _close_list(ctx, open_list, decisions, text)
                open_list = None
                section.enter(None)  # the list that completed the decision has ended
            if _is_attendee_line(block_words, attendee_names) or (
                    block_words[-1:].isdigit() and _PAGE_CHROME.search(block_words)) or (
                    ".." in block_words or "__" in block_words or "……" in block_words) and _FILL_IN.search(block_words):
                continue  # who was there; "Village Board Minutes – March 3 Page 2 of 2"; "Signed ........"
            if block_words[:1] in "SsÄä" and _MAIL_SUBJECT.match(block_words):
                continue  # "Subject: Programming meeting – what we agreed": the e-mail's title, not its contents
            label_mode = _label_mode(block_words)
            if block.kind == "bold" and label_mode is None and _SENTENCE_LIKE.search(block_words):
                block = replace(block, kind="para")  # "**Vi kör Sommarboken gemensamt ...**": an emphasised sentence
            if label_mode is not None or block.kind in ("heading", "bold") or _shouting(block_words):
                if label_mode is None:
                    topic = block_words  # "## 2. Regionen informerar"
                section.enter(label_mode)
                if label_mode is None:
                    proposal = motion = None  # a new heading: what was proposed above is settled or dropped
                continue
            if (section.mode == "action" and section.blocks_seen and block.kind == "para"
                    and _BLANK_LINE.search(text, last_end, block.line_start)):
                section.enter(None)  # "Follow-ups:" + its lines, then a blank line: the list has ended
            last_end = block.end
            if block.done:
                continue  # "- [x] ...": a task already done is no task
            if block.line_start in point_starts or block.start in point_starts:
                # A numbered agenda point opens a new section; its line is read as a sentence.
                # "§ 2 Val av justerare: Åke Nilsson": an election point's text is the decision.
                title = _point_title(meeting, block)
                topic = title or block_words
                section.enter("decision" if title and cues.ELECTION_POINT.match(title) else None)
                proposal = motion = None
                block = replace(block, kind="para")
                if section.mode == "decision":
                    if ":" in block_words.rstrip(": "):
                        decisions.append(_decision(ctx, block.start, block.end, text))
                    continue  # the point's heading; the lines under it record who was elected
            block_actions: list[ActionItem] = []
            labelled = (label := cues.ACTION_LABEL.match(block_words)) is not None and \
                label.group(0).casefold().startswith(_LIST_LABELS)
            # a to-do paragraph goes on in the lines right below it ("... (Mon).\nSam – order ...")
            list_label = labelled or (todo_end is not None and block.kind == "para"
                                      and text.count("\n", todo_end, block.line_start) == 1
                                      and _DASH_ITEM.match(block_words) is not None)
            todo_end = block.end if list_label else None
            said: list[str] = []  # the block's sentences so far, for "hon"/"he" later on
            listed = False
            previous: Sentence | None = None
            for sentence in split_sentences(text, block, index):
                # A one-sentence block (most of them): its words are already cleaned.
                same = sentence.start == block.start and sentence.end == block.end
                words = block_words if same else clean(text[sentence.start : sentence.end])
                if open_list is not None and listed and open_list[1] < sentence.start and not open_list[2]:
                    # "Alla var överens:\nveckobreven går ut på fredagar ...": the opener's own
                    # paragraph goes on with what was decided.
                    decisions.append(_decision(ctx, open_list[0], sentence.end, text))
                    open_list, listed = None, False
                    section.enter(None)
                # A bare "Beslutades." on its own line closes the line above it.
                word_count = len(words.split())
                bare = prior if word_count <= 3 and not _NAMES_ITS_OBJECT.search(words) else None
                # The outcome pattern runs last: most sentences follow no proposal or line.
                if ((proposal or previous or bare) and (result := cues.RESULT.match(words)) is not None
                        and (len(words) < 80 or _RESULT_DETAIL.match(words, result.end()))):
                    # "Motion by X to ... . Motion carried." / "Avgift: 150 kr. Beslutades.":
                    # the decision is what was proposed, with its outcome.
                    opened = proposal or previous or bare
                    if (opened is not None and not cues.FAILED.search(words)
                            and not cues.PROCEDURAL_MOTION.search(text[opened.start : sentence.end])):
                        decisions.append(_decision(ctx, opened.start, sentence.end, text))
                    # Once an amendment is settled, the motion it amended is before the meeting again.
                    proposal, motion = (motion, None) if _AMENDMENT.search(words) else (None, None)
                    continue
                if (words[:1] in _FIELD_INITIALS and (field := _FIELD_SENTENCE.match(words)) is not None
                        and _fill_field(ctx, field, sentence, block_actions, actions)):
                    # "Åtgärd: Rickard tar fram skript ... Ansvarig: Rickard Alm. Klart: 2024-05-24."
                    previous = sentence
                    said.append(words)
                    continue
                last = block_actions[-1] if block_actions else None
                if (last is not None and previous is not None and last.deadline_text is None
                        and last.evidence[0].start >= previous.start and word_count <= 8
                        and _FRAGMENT_LEAD.match(words)
                        and (due := _bare_deadline(ctx, text[sentence.start : sentence.end])) is not None):
                    # "I'll pull the figures. End of next week at the latest.": the task's deadline
                    block_actions[-1] = last.model_copy(update={
                        "deadline": due.value, "deadline_text": due.text,
                        "evidence": [ctx.document.evidence(last.evidence[0].start, sentence.end)]})
                    said.append(words)
                    previous = sentence
                    continue
                if cues.PROPOSAL.search(words) and not (
                        proposal is not None and cues.MOVER_ONLY.match(words) and (
                            proposal.start >= block.start or not _BLANK_LINE.search(text, proposal.end, sentence.start))):
                    # ("MOTION: That ..." / "Moved: Kevin / Seconded: Bill.": who moved the motion above)
                    if proposal is not None and _AMENDMENT.search(words):
                        motion = proposal  # "Amendment moved Cr Tanaka ...": the motion waits
                    proposal = sentence
                listed_item = (list_label and not block.todo and not (labelled and previous is None)
                               and _DASH_ITEM.match(words) is not None)
                # "To do: Kofi – order the fridge (end of April). Trish – new sign-up sheet (Mon).": each
                # "Name – task" sentence after a list label is an item of that list
                item_block = replace(block, todo=True) if listed_item else block
                for found in self._sentence(ctx, item_block, sentence, words, section, said):
                    if isinstance(found, Decision):
                        last_said = decisions[-1].evidence[-1] if decisions else None
                        if (last_said is not None and previous is not None and last_said.end == previous.end
                                and rules.sets_date_only(words)):
                            # "Hyresgästerna var överens om en städdag. Städdagen blir lördag 11
                            # oktober.": the date belongs to the decision just made
                            decisions[-1] = decisions[-1].model_copy(
                                update={"evidence": [*decisions[-1].evidence, *found.evidence]})
                            continue
                        decisions.append(found)
                    elif isinstance(found, str):
                        section.enter("decision", opens_list=True)  # "Nämnden beslutar att" + a list of what
                        listed = True
                        # "beslutar att" + numbered points: each point completes "att" on its own.
                        ends_att = bool(re.search(r"\b(?:att|to)\s*:?$", words, re.I))
                        open_list = [sentence.start, sentence.end, False, ends_att, sentence.end]
                    else:
                        if previous is not None and _only_pronoun(found.task):
                            # "Sofie: hemsidan behöver uppdateras. Sofie tar det.": the task is
                            # what the sentence before said.
                            if rules.not_taken(said[-1] if said else "") or found.owner is None:
                                # "... men ingen kunde ta på sig det. Vi återkommer.", "Vi tar det
                                # efter sommaren": a deferral, nobody's task; "OS tittar på ...
                                # Återkommer senast fredag.": the deadline of the task before
                                last = block_actions[-1] if block_actions else None
                                if (found.deadline_text and last is not None and last.evidence[0].start >= previous.start
                                        and (last.deadline_text is None or found.deadline is not None
                                             and last.deadline is None and _DURING.match(last.deadline_text))):
                                    block_actions[-1] = last.model_copy(update={
                                        "deadline": found.deadline, "deadline_text": found.deadline_text,
                                        "evidence": [*last.evidence, *found.evidence]})
                                continue
                            found = found.model_copy(update={
                                "task": rules._tidy(clean(text[previous.start : previous.end])),
                                "evidence": [ctx.document.evidence(previous.start, sentence.end)],
                            })
                        _add_action(block_actions, found, ctx)
                said.append(words)
                previous = sentence
                if word_count >= 4 and not cues.ATTENDANCE.match(words):
                    prior = sentence
            if open_list is not None and not listed and block.kind == "bullet":
                if open_list[3] or re.match(r"att\b", block_words, re.I):
                    open_list[2] = True  # "att ..." points: each is a decision of its own
                else:
                    open_list[1] = block.end  # a list that completes the decision
                    listed = True
            # Under a "Beslut" label, a paragraph without its own cue is the decision itself.
            if (section.mode == "decision" and block.kind in ("para", "bullet") and block_words
                    and not listed and not block_words.endswith("?") and not block_words.startswith("~~")
                    and (not any(a.owner for a in block_actions)  # "Uppdrag: Ahmad delar ..."
                         # an att-clause of "Nämnden beslutar" is a decision, a commission too
                         or (open_list is not None and open_list[2] and block_words.startswith("att ")))
                    and not _has_decision(decisions, block)):
                decisions.append(_decision(ctx, block.start, block.end, text))
            if (block_actions and topic and _INFO_ITEM.search(topic) and section.mode != "action"
                    and _GUEST_REPORTS.search(block_words)):
                # "2. Regionen informerar": what the region will do is its own plan, reported to the
                # meeting, not a task the meeting gives ("Regionen återkommer med material i höst")
                block_actions = [a for a in block_actions if not _outside_body(ctx, a)]
            if block_actions and cues.PREVIOUS_MEETING.search(block_words):
                block_actions = [a for a in block_actions
                                 if not cues.PAST_ASSIGNMENT.search(a.evidence[0].quote)]
            bare_deadline = not block_actions or (
                len(block_actions) == 1 and block_actions[0].owner is None
                and block_actions[0].deadline_text is not None)
            if (block.kind == "turn" and block.speaker and len(block_words) < 40 and bare_deadline
                    and _complete_by_turn(ctx, actions, block, block_words)):
                block_actions = []
            actions.extend(block_actions)
            section.after(block, block.end - block.start)

        if open_list is not None:
            _close_list(ctx, open_list, decisions, text)
        agenda_index = _agenda_lookup(meeting)
        actions = dedupe_actions(actions)
        decisions = dedupe_decisions(decisions)
        for decision in decisions:
            decision.agenda_item = agenda_index(decision.evidence[0].start)
        decisions = _without_propositions(decisions)
        for action in actions:
            action.agenda_item = agenda_index(action.evidence[0].start)
        return meeting.model_copy(update={"decisions": decisions, "action_items": actions})

    def _sentence(self, ctx: _Context, block: Block, sentence: Sentence, words: str,
                  section: _Section, said: list[str]) -> list[Decision | ActionItem | str]:
        """One sentence's findings: decisions, actions, or 'list' (a decision list opens)."""
        text = ctx.document.text
        in_decisions = section.mode == "decision"
        verdict = rules.decides(words, in_section=in_decisions)
        if verdict and words.startswith("~~"):
            verdict = False  # "~~The team decided ...~~ ✏️ Not decided.": struck out by the writer
        if verdict and not cues.DECISION_LABEL.match(words) and _dated_before(words, ctx.anchor):
            verdict = False  # "Den 26 februari ställde sig X bakom ...": an earlier decision
        speaker = block.speaker
        task_words = words
        if speaker is None and ctx.writer and _writer_task(words):
            speaker = ctx.writer  # "I'll bring the quotes", "Jag lovade att boka lokalen": the writer's task
            clause = _WRITER_CLAUSE.search(words)
            if clause is not None and clause.start() > 0 and (named := rules.parse_action(
                    words[: clause.start()], ctx.names, in_section=False, lang=ctx.lang)) is not None and named.owners:
                # "Ingrid bokar resan, och jag skickar ut informationen": the named task first, then the
                # writer's (split below, one task per owner)
                speaker, clause = None, None
            if clause is not None:
                head = words[: clause.start()]
                # "Nobody disagreed, so I'll book it": the clause that promises; not an aside in brackets
                # ("(... = a decision, and I'll minute it at the next meeting)")
                task_words = words[clause.end():] if head.count("(") <= head.count(")") else ""
        action = rules.parse_action(
            task_words, ctx.names, in_section=section.mode == "action" or block.todo, lang=ctx.lang,
            is_bullet=block.kind == "bullet", speaker=speaker,
        )
        if action is not None and action.owners and all(_DECIDING_WORD.fullmatch(o.strip()) for o in action.owners):
            action = None  # "RESOLVED to contribute £350": the meeting decided, nobody got a task
        found: list[Decision | ActionItem | str] = []
        first_word = action.task.split(maxsplit=1)[0].casefold() if action and action.task else ""
        if first_word in cues.DECIDING_TASK and rules.FUTURE_DECISION.search(words):
            return found  # "Nämnden ska utse en ledamot": a decision still to be taken, nobody's task
        if first_word in cues.DECIDING_TASK and (verdict or not _NOUN_AFTER_DASH.match(words)) and not (
                action is not None and action.owners and not all(
                    _MEETING_BODY.search(o) or _names_the_meeting(ctx, o) for o in action.owners)):
            # ("Varje kommun utser en kontaktperson": each municipality's task, not this meeting's decision)
            # "Governors agreed to appoint X": a decision; not "Rachel – award letters to ...", a noun
            verdict, action = True, None
        if (verdict and action is not None and _SETTLED.search(words)
                and not all(o.casefold() in ctx.names.full_names for o in action.owners if o)):
            action = None  # "So that's agreed then, Netherlands pilots first": settled, no one's task
        if (verdict and action is not None and cues.COLLECTIVE.match(words)
                and not cues.APPOINT_TASK.search(words)
                and not (action.owners and _other_subject(words, action.owners))):
            action = None  # "The team agreed to try it": the group decided, nobody got a task
        # "Mötet utsåg X att ta fram ...", "Decision: ...; Finance reviews the data in December",
        # "Det beslutades att Rebecka och Ali ordnar ...", "ok att köpa in muggar, EL beställer",
        # "Marie tar över ..., det var alla överens om": a decision that names who acts is a
        # decision and a task.
        both = verdict and (cues.APPOINT_TASK.search(words) or _COMMISSIONED.search(words) or (
            action is not None and action.owners and (
                cues.DECISION_LABEL.match(words) or _DECIDED_THAT.search(words)
                or cues.COLLOQUIAL_YES.match(words) or _AGREED_TAIL.search(words)
                or _AGREED_THEN.search(words) or _other_subject(words, action.owners)
                or ("(" in words and rules.CONSENSUS_MARK.search(words))
                or rules.OUTCOME.search(words) or _DECIDED_THEN_TASK(words, action.owners)
                or _REPRESENTS.search(words)  # "Kristina och Leo åker som ombud"
                or _SETTLED.search(words))))  # "So that's agreed then, Raj sends the contract"
        if verdict and (action is None or not action.owners or both):
            if _OPENS_LIST.search(words) or words.endswith(":") or _DECIDES_ALONE.search(words):
                return ["list"]  # "Nämnden beslutar att:", "Kyrkorådet beslutar" + its att-clauses
            for start, end in _decision_clauses(text, sentence.start, sentence.end):
                found.append(_decision(ctx, start, end, text, clean(text[start:end])))
            if not both:
                return found
        if action is None and not rules.deadline_only_task(words):
            return found
        raw = text[sentence.start : sentence.end]
        deadline = _deadline(raw, ctx)
        if action is None:
            if (deadline is None or cues.SIGNATURE_LINE.match(words) or cues.ATTENDANCE.match(words)
                    or rules.not_taken(words) or _MEETING_CALENDAR.match(words)):
                return found  # "Nästa CAB: 14/10", "Vi ses som vanligt": the calendar, no task
            action = rules.ActionParse((), words)
        if _NEED.match(action.task) and not any(
                o.split()[0].casefold() in action.task.casefold() for o in action.owners if o.strip()):
            return found  # "Need agenda input", "Behöver boka lokaler": a need, nobody has taken it on
        if not action.task or (not action.owners and _DEFERRAL.match(action.task.split(": ", 1)[-1])):
            return found  # "Ta det då", "Come back to it": a deferral, nobody's task
        if not action.owners and len(words) < 70 and _MEETING_CALENDAR.match(words) and _DATE_LIKE.search(words):
            return found  # "Nästa råd: 10 dec", "Next review: 19-Mar-2025, same time": the calendar
        owners = list(action.owners)
        if any(o.casefold() in cues.PRONOUN_SUBJECT for o in owners):
            # "Hon söker pengar": the person the block last named (looked up only when needed).
            last_person = next((p for p in map(ctx.names.person_in, reversed(said)) if p), None)
            owners = [(last_person or "") if o.casefold() in cues.PRONOUN_SUBJECT else o for o in owners]
        if owners and all(o.casefold() in _PROPOSING_WORDS for o in owners):
            # "Proposal: make it twice a week" is no task; "Suggestion to ... – Owen will ask ..." is Owen's
            later = rules._later_clause(words, ctx.names, ctx.lang)
            if later is None or not later[0]:
                return found
            owners, action = list(later[0]), rules.ActionParse(tuple(later[0]), later[1])
        if any(o.casefold() in _NOBODY for o in owners) or (owners and all(o.casefold() in _ANYONE for o in owners)):
            return found  # "Nobody could take it on", "someone should clean up ...": no task
        if owners and all(_DECIDING_WORD.fullmatch(o.strip()) for o in owners):
            return found  # "RESOLVED to object ...": the meeting decided, nobody got a task
        owners = [o for o in owners if not _NOT_AN_OWNER.fullmatch(o)  # "DEF-4471", "Friday", "Proposal"
                  and not _NO_ONE_YET.fullmatch(o.strip(" –—-:"))]  # "owner: unassigned"
        if owners and ("med" in words or "with" in words) and (joint := _JOINTLY.search(words)) is not None:
            # "Hanna skriver ansökan tillsammans med Tove och Kerstin", "(med Kim)": they share the task
            partners = [p for p in split_owner_list(joint.group("who")) if ctx.names.is_known(p)]
            owners += [p for p in partners if p not in owners]
        # "Okay, Maya Brooks" -> "Maya Brooks"; "Ekonomiansvarig Per-Olof Hammar" -> the person named
        owners = [_OWNER_LEAD_WORD.sub("", o) for o in owners]
        owners = [o.split(" ", 1)[1] if (" " in o and not ctx.names.is_known(o)
                                         and ctx.names.is_known(o.split(" ", 1)[1]) and o[:1].isupper()
                                         and o.split(" ", 1)[0].islower() is False
                                         and o.split(" ", 1)[0].casefold() in _TITLE_WORDS) else o for o in owners]
        owner = ctx.names.resolve_many(o for o in owners if o) or None
        split = _next_clause_task(ctx, words, raw, action) if owner else None
        if split is None:
            found.append(_action(ctx, owner, action.task, sentence.start, sentence.end, deadline))
            return found
        # "Lollo och Fia fixar korv, Mattias tar ut växelkassa", "Megan will place the order and
        # Hamza will sort the insurance, and I said I'd update the register": one task per owner.
        start = sentence.start
        for _ in range(_MAX_SPLITS):
            raw_cut, head_task, following = split
            head_raw = _JOINING_WORD.sub("", raw[:raw_cut]).rstrip(" ,;–-")
            found.append(_action(ctx, owner, head_task, start, start + len(head_raw)))
            start, raw, action = start + raw_cut, raw[raw_cut:], following
            owner = ctx.names.resolve_many(following.owners) or None
            split = _next_clause_task(ctx, clean(raw), raw, action) if owner else None
            if split is None:
                break
        found.append(_action(ctx, owner, action.task, start, sentence.end))
        return found


def _action(ctx: _Context, owner: str | None, task: str, start: int, end: int,
            deadline: DateMention | None | bool = True) -> ActionItem:
    """An action item on ``text[start:end]``; its deadline read from that span unless given."""
    if deadline is True:
        deadline = _deadline(ctx.document.text[start:end], ctx)
    if deadline:
        task = _without(task, clean(deadline.text)) or task
    return ActionItem(
        owner=owner,
        task=task,
        deadline=deadline.value if deadline else None,
        deadline_text=deadline.text if deadline else None,
        evidence=[ctx.document.evidence(start, end)],
    )


# A line of the meeting calendar: "Nästa CAB: 14/10", "Next weekly: 12 Aug", "Vi ses som vanligt, kl 9".
_MEETING_CALENDAR = re.compile(
    r"(?:(?:the\s+)?(?:next|nästa)\s+[\wåäö-]+(?:\s+[\wåäö-]+)?\s*(?:[:–—-]|\(|$|(?:blir|is|will be|är)\b)"
    r"|vi ses\b|see you\b)",
    re.I,
)
_OWNER_LEAD_WORD = re.compile(r"^(?:ok|okay|okej|ja|yes|yeah|so|så|då|then|well),?\s+(?=[A-ZÅÄÖ])", re.I)
# Titles written before a name: "Ekonomiansvarig Per-Olof Hammar", "Diakon Helena Wiberg"
_TITLE_WORDS = frozenset(
    "ekonomiansvarig kassör kassören sekreterare sekreteraren ordförande ordföranden rektor rektorn diakon "
    "kyrkoherde kyrkoherden präst kantor vd förvaltningschef verksamhetschef enhetschef samordnare "
    "projektledare controller director manager chair treasurer secretary coordinator principal".split()
)
_JOINTLY = re.compile(
    r"(?:\b(?:tillsammans med|ihop med|together with|jointly with)|\((?:med|with))\s+"
    r"(?P<who>[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*)?(?:\s*(?:,|och|o|and|&|\+)\s*[A-ZÅÄÖ][\wåäöé-]*"
    r"(?:\s[A-ZÅÄÖ][\wåäöé-]*)?)*)"
)
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "any", "någon", "nån", "någon av oss"})
_DECIDING_WORD = re.compile(r"(?i:resolved|agreed|decided|beslut|beslutades)")
_NEED = re.compile(r"(?:need|needs|behöver|behövs)\b", re.I)
# A task that only puts the matter off: "Ta det då", "Come back to it", "Ta inget beslut nu".
_DEFERRAL = re.compile(
    r"(?:ta (?:det|den|inget|läget|upp det)|come back to it|think about it|återkomma om det|revisit it|"
    r"frågan tas upp)\b",
    re.I,
)
# A sentence that only fills a field of the action before it: "Ansvarig: Oskar.", "Klart: senast fredag.",
# "Klart v. 22.", "Owner: Dana.", "Due: 3/6."
_FIELD_LABEL = (
    r"[Aa]nsvarig|[Aa]nsv\.?|[Oo]wner|[Rr]esponsible|[Kk]lart|[Kk]lar|[Dd]ue|[Ss]enast"
    # "Deadline för utkastet: klart innan, 27 maj."
    r"|[Dd]eadline(?:\s+(?:för|for)\s+[^:.]{1,40}?(?=\s*:))?"
)
# ... and two fields on one line, set out to the right under the task: "Ansv: KS   Klart: v. 7".
_FIELD_SENTENCE = re.compile(
    rf"(?P<label>{_FIELD_LABEL})(?:\s*:\s*|\s+(?=\S))(?P<value>[^:]{{1,120}}?)"
    rf"(?:[\s.,;]+(?P<label2>{_FIELD_LABEL})\s*:\s*(?P<value2>[^:]{{1,120}}?))?[\s.]*$"
)
_FIELD_INITIALS = frozenset("AaOoRrKkDdSs")
_OWNER_FIELDS = ("ansv", "owner", "responsible")


_DEADLINE_FOR = re.compile(r"[Dd]eadline\s+(?:för|for)\s+(?P<what>.+)$")


def _mentions(quote: str, what: str) -> bool:
    """Whether ``quote`` speaks of the thing ``what`` names ("utkastet" -> "ett första utkast")."""
    low = quote.casefold()
    for word in re.findall(r"[\wåäöé-]{4,}", what.casefold()):
        stem = re.sub(r"(?:erna|arna|orna|en|et|na|n)$", "", word) if len(word) > 6 else word
        if stem[:6] in low:
            return True
    return False


def _fill_field(ctx: _Context, field: re.Match[str], sentence: Sentence,
                block_actions: list[ActionItem], actions: list[ActionItem]) -> bool:
    """Complete the action just before ``sentence`` with the owner or deadline the sentence gives;
    False when no action stands right before it (the sentence is then read on its own)."""
    pool = block_actions if block_actions else actions
    if not pool:
        return False
    last = pool[-1]
    text = ctx.document.text
    if text[last.evidence[-1].end : sentence.start].strip():
        return False  # something else came in between
    update: dict[str, object] = {"evidence": [*last.evidence, ctx.document.evidence(sentence.start, sentence.end)]}
    fields = [(field.group("label"), field.group("value"))]
    if field.group("label2") is not None:
        fields.append((field.group("label2"), field.group("value2")))
    if len({label.casefold().startswith(_OWNER_FIELDS) for label, _value in fields}) < len(fields):
        return False  # two owners or two deadlines: not the fields of one task
    for label, value in fields:
        if label.casefold().startswith(_OWNER_FIELDS):
            who = _WITH_BRACKET.sub(r"\g<outer>", value.strip())
            owner = ctx.names.resolve_many(split_owner_list(who))
            if not owner:
                return False
            update["owner"] = owner
            continue
        about = _DEADLINE_FOR.match(label)
        if about is not None and not _mentions(last.evidence[0].quote, about.group("what")):
            return False  # "Deadline för resubmission: 30/11" after a task about something else
        mention = _deadline(value if len(fields) > 1 else text[sentence.start : sentence.end], ctx)
        if mention is None:
            return False
        if len(fields) > 1 and mention.value is None:
            words = value.strip(" .,;")
            mention = DateMention(0, len(words), words, None)  # the field's words: "innan start lgh 1204"
        update["deadline"], update["deadline_text"] = mention.value, mention.text
    pool[-1] = last.model_copy(update=update)
    return True


# A decision settled in conversation: "so that's agreed then", "då kör vi på det".
_SETTLED = re.compile(
    r"\b(?:(?:so )?that's agreed|it's agreed|agreed then|that's decided|that's settled|"
    r"så är det bestämt|då är det bestämt|då är det beslutat|då kör vi på det|då säger vi så)\b", re.I
)
_REPRESENTS = re.compile(r"\bsom (?:ombud|representant\w*|delegat\w*)\b|\bas (?:our |the )?(?:delegates?|representatives?)\b",
                         re.I)
_STILL_TO_DECIDE = re.compile(r"\b(?:will be|has to be|have to be|must be|needs to be|still|ska|måste|behöver)\b", re.I)


def _DECIDED_THEN_TASK(words: str, owners) -> bool:
    """'Vote postponed to the May 16 meeting; Linh will email the draft': a decision, then a task
    for someone the decision clause does not name."""
    head, sep, _tail = words.partition("; ")
    return bool(sep) and rules.decides(head, in_section=False) and not _STILL_TO_DECIDE.search(head) and not any(
        o.split()[0].casefold() in head.casefold() for o in owners if o.strip())


_MAX_SPLITS = 4  # tasks of one sentence split apart, at most


def _next_clause_task(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """The next task of the sentence given to someone else: a named person's, else the
    writer's ("..., och själv tar jag kontakt med ...", "... and I said I'd ...")."""
    return _second_owner(ctx, words, raw, action) or _writer_clause(ctx, words, raw, action)


def _writer_clause(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """(offset in ``raw``, the task before, the writer's task) when a later clause of a named
    person's sentence is the writer's own task; None otherwise."""
    if not ctx.writer or ctx.writer in action.owners:
        return None
    later = _LATER_WRITER.search(words)
    if later is None:
        return None
    clause = words[later.start("clause"):]
    # "själv tar jag kontakt med ..." is read as "jag tar kontakt med ..."
    inverted = _SELF_INVERTED.match(clause)
    plain = f"jag {inverted.group(1)} {clause[inverted.end():]}" if inverted else clause
    mine = rules.parse_action(plain, ctx.names, in_section=False, lang=ctx.lang, speaker=ctx.writer)
    if mine is None or mine.owners != (ctx.writer,):
        return None
    raw_cut = _raw_offset(raw, clause[:24])
    at = action.task.casefold().find(clause[:24].casefold())
    if raw_cut <= 0 or at <= 0:
        return None
    head_task = rules._tidy(_JOINING_WORD.sub("", action.task[:at]).rstrip(" ,;–-"))
    return (raw_cut, head_task, mine) if head_task else None


_SELF_INVERTED = re.compile(r"själv\s+([a-zåäö]+)\s+jag\s+", re.I)
# "..., and I said I'd ...", "... och själv tar jag ...", "..., så jag skickar ...": the writer's clause
_LATER_WRITER = re.compile(
    r"(?:[,;]\s+|\s)(?i:och|and|so|så|then|sen|sedan)\s+(?P<clause>(?:(?i:själv)\s+)?(?:I|jag)\b"
    r"|(?i:själv)\s+[a-zåäö]+\s+jag\b)"
)


def _second_owner(ctx: _Context, words: str, raw: str, action: rules.ActionParse):
    """(offset in ``raw``, the first task, the second task) when a later clause of the sentence
    gives a task to someone else; None otherwise."""
    later = rules.second_task(words, ctx.names, ctx.lang, action.owners)
    if later is None:
        return None
    cut, second = later
    tail = words[cut:]
    raw_cut = _raw_offset(raw, tail[:24])
    at = action.task.casefold().find(tail[:24].casefold())
    if raw_cut <= 0 or at <= 0:
        return None
    head_task = rules._tidy(_JOINING_WORD.sub("", action.task[:at]).rstrip(" ,;–-"))
    return (raw_cut, head_task, second) if head_task else None


_JOINING_WORD = re.compile(rf"[\s,;]*\b(?:{rules.JOINING_WORDS})\s*$", re.I)


def _raw_offset(raw: str, words: str) -> int:
    """Where cleaned ``words`` start in ``raw``, whose line breaks and runs of blanks the
    cleaning folded ("och Jonny\nkollar ..."); -1 when they are not there."""
    found = raw.find(words)
    if found >= 0 or not words.strip():
        return found
    loose = re.compile(r"\s+".join(map(re.escape, words.split())))
    match = loose.search(raw)
    return match.start() if match is not None else -1


def _deadline(raw: str, ctx: _Context) -> DateMention | None:
    """The deadline of a sentence: a date phrase, else an event ('till nästa avstämning')."""
    due = _DUE_LABEL.search(raw) if ":" in raw else None
    if due is not None:
        # "Åtgärd: Prisuppgift   Ansv: PÅ   Klart: nästa byggmöte": the due field, read like a due cell
        words = due.group("due").rstrip(" .,;")
        inner = _deadline(words, ctx) if not _DUE_LABEL.search(words) else None
        if inner is not None:
            return DateMention(due.start("due"), due.start("due") + len(words), words, inner.value)
    mention = find_deadline(raw, anchor=ctx.anchor, next_meeting=ctx.next_date)
    low = raw.lower()
    named = MONTH_EVENT.search(raw) if ctx.schedule is not None and _MONTH_HINT.search(low) and (
        _MEETING_WORD(low) is not None or case_folds(raw)) else None
    if named is not None and (mention is None or mention.value is None
                              or (mention.start < named.end() and named.start() < mention.end)):
        # "till aprilsammanträdet", "to the May meeting": the date the notes list for it.
        value = ctx.schedule.in_month(month_of(named)) if ctx.schedule is not None else None
        start = named.start("cue") if named.group("cue") else named.start()
        if value is not None or (mention is None and named.group("cue")):
            # "to the March meeting" with no date for it in the notes: the words, no date
            return DateMention(start, named.end(), raw[start : named.end()], value)
    if mention is not None:
        if mention.value is None and cues.NEXT_GATHERING.search(mention.text) and (next_day := _next_date(ctx)):
            # "till nästa avstämning", "before the next session": the group's next meeting
            value = next_day if _same_gathering(mention.text, ctx.next_text, ctx.title) else None
            return DateMention(mention.start, mention.end, mention.text, value)
        if mention.value is None and (before := _before_event(raw, ctx)) is not None and before.value is not None:
            return before  # "senast tre veckor före årsmötet", the årsmöte dated in the notes
        if mention.value is None and (back := _counted_back(raw, mention, ctx)) is not None:
            return back
        return mention
    gathering = cues.NEXT_GATHERING.search(raw) or _BARE_NEXT.match(raw)
    trailing = _TRAILING_NEXT.search(raw) if gathering is None and ("ext" in raw or "ästa" in raw) else None
    if gathering is not None or trailing is not None:
        # "till nästa styrgrupp"; a table's due cell "Next FGB", "nästa LG"; "... — next call"
        start, end = gathering.span() if gathering is not None else trailing.span("words")  # type: ignore[union-attr]
        words = raw[start:end]
        value = _next_date(ctx) if _same_gathering(words, ctx.next_text, ctx.title) else None
        return DateMention(start, end, words, value)
    event = cues.EVENT_DEADLINE.search(raw)
    if event is None:
        return _before_event(raw, ctx) or _by_event(raw, ctx)
    # "till nästa möte" is the next meeting's date when the notes give it; other events stay words.
    nxt = event.group("next") and cues.NEXT_MEETING_EVENT.match(event.group("event") or "")
    if not nxt and (before := _before_event(raw, ctx)) is not None and before.value is not None:
        return before  # "senast tre veckor före årsmötet", the årsmöte dated in the notes
    value = _next_date(ctx) if nxt else None
    return DateMention(event.start(), event.end(), event.group(0), value)


def _next_date(ctx: _Context) -> dt.date | None:
    """The next meeting's date: announced, the following meeting in the same file, or the
    first date of a meeting plan the notes adopt or list."""
    if ctx.next_date is not None or ctx.next_text or ctx.schedule is None:
        return ctx.next_date
    return ctx.schedule.planned_next()


def _before_event(raw: str, ctx: _Context) -> DateMention | None:
    """'before the camp', 'två veckor före årsmötet': the event's date the notes give, counted
    back by the span written before it; the words with no date when the notes give none."""
    before = cues.BEFORE_EVENT.search(raw)
    if before is None:
        return None
    words = before.group(0).rstrip(" ,.;:")
    # "before the camp", "före årsmötet": the one date the notes give for that event.
    # The event's own two words first ("before Gong renewal"), then its head word.
    tail = words.split()[-2:]
    value = None
    if ctx.schedule is not None:
        pair = ctx.schedule.event(" ".join(tail), raw) if len(tail) == 2 and tail[0][:1].isupper() else None
        # a bare "träff" / "sammanträde" / "meeting" names no one event: any dated meeting line has it
        head = tail[-1].strip(".,:;")
        generic = _GENERIC_GATHERING.fullmatch(head.casefold()) is not None
        short = len(head) < 4 and not head.isupper()  # "the AGM" names an event, "the day" does not
        every = _EVERY.search(words) is not None  # "inför varje EHT": each one, no single date
        value = None if every else pair or (None if generic or short else ctx.schedule.event(head, raw))
    month = _MONTH_WORD.search(words)
    if value is not None and month is not None and value.month != _MONTH_NUMBER[month.group(0)[:3].casefold()]:
        value = None  # "Before Oct half term": a date found for the event outside the month it names
    lead = _SPAN_BEFORE.search(words)
    if value is not None and lead is not None:
        # "30 days before the carnival", "senast två veckor före stämman": counted back from it
        number = lead.group("n").casefold()
        count = int(number) if number.isdigit() else _COUNT_WORDS.get(number, 0)
        days = count * (7 if lead.group("unit").casefold().startswith(("v", "w")) else 1)
        value = value - dt.timedelta(days=days) if count else None
    return DateMention(before.start(), before.start() + len(words), words, value)


def _by_event(raw: str, ctx: _Context) -> DateMention | None:
    """'report to Rob by the AGM': an event the notes date elsewhere. ("by the committee" names
    who acts: only a word the notes give one date for counts.)"""
    by = _BY_THE.search(raw) if " by the " in raw and ctx.schedule is not None else None
    if by is None or ctx.schedule is None or _GENERIC_GATHERING.fullmatch(by.group("event").casefold()) \
            or _MONTH_NAME.fullmatch(by.group("event")):
        return None  # ("by the May draw": a month names no event)
    value = ctx.schedule.event(by.group("event"), raw)
    return DateMention(by.start(), by.end(), by.group(0), value) if value is not None else None


_BY_THE = re.compile(r"\bby the (?P<event>[A-Za-z][\w-]{2,})\b")
# "under mars–april", "in the spring": when the work happens, weaker than a stated deadline
_DURING = re.compile(r"(?:under|i|in|during)\b", re.I)
def _counted_back(raw: str, mention: DateMention, ctx: _Context) -> DateMention | None:
    """'kallelse till årsmötet senast fyra veckor före': the span counts back from the event the
    sentence named before it, when the notes date that event."""
    lead = _SPAN_BEFORE.search(mention.text)
    if lead is None or ctx.schedule is None or not mention.text.rstrip(" .,;").endswith(lead.group(0).split()[-1]):
        return None
    named = None
    for match in _EVENT_BEFORE_SPAN.finditer(raw, 0, mention.start):
        named = match  # the last event named before the span
    if named is None:
        return None
    day = ctx.schedule.event(named.group("event"), raw)
    if day is None:
        return None
    number = lead.group("n").casefold()
    count = int(number) if number.isdigit() else _COUNT_WORDS.get(number, 0)
    if not count:
        return None
    days = count * (7 if lead.group("unit").casefold().startswith(("v", "w")) else 1)
    return DateMention(mention.start, mention.end, mention.text, day - dt.timedelta(days=days))


# "kallelse till årsmötet", "the notice for the AGM": the event a later "N weeks before" counts from
_EVENT_BEFORE_SPAN = re.compile(
    r"\b(?:till|inför|för|to|for|of)\s+(?:the\s+)?"
    r"(?!(?:att|det|den|dem|dessa|detta|denna|oss|alla|allt|this|that|these|those|them|all|everyone|us)\b)"
    r"(?P<event>[\wåäöÅÄÖ-]{3,})\b"
)
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåä]*\.?(?=\s)", re.I
)
_MONTH_NUMBER = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                 "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_EVERY = re.compile(r"\b(?:varje|varenda|each|every)\b", re.I)
# A due field inside a line: "Klart: nästa byggmöte", "Deadline: 3/4", "Due: Friday".
_DUE_LABEL = re.compile(
    r"\b(?:[Kk]lart|[Kk]lar|[Dd]eadline|[Dd]ue|[Nn]är|ETA|[Ff]ärdigt)\s*:\s*(?P<due>[^|;\n]+?)\s*(?=\s{2,}|\n|$|;|\|)"
)
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
# "@mbrandt ask the foundation — next meeting", "... (nästa möte)": the due words closing a line.
_TRAILING_NEXT = re.compile(
    # ... and after reporting back: "report back next call", "rapporterar nästa gång"
    r"(?:\s[–—-]\s*|\(|\b(?:back|rapporterar|återkommer|återkopplar|redovisar)\s+(?:(?:at|on|på)\s+)?(?=(?:the\s+)?(?:next|nästa)\s))"
    r"(?P<words>(?:(?:till|by|before|innan|för|to)\s+)?(?:the\s+)?(?:next|nästa)\s+[\wåäö-]+"
    r"(?:\s*\([^()]{1,20}\))?)(?=\)?\W*$)", re.I
)
_SPAN_BEFORE = re.compile(r"\b(?P<n>\d{1,3}|\w+)\s+(?P<unit>veckor|vecka|dagar|dag|weeks?|days?)\s+(?:innan|före|inför|before|prior)",
                          re.I)
_COUNT_WORDS = {
    "en": 1, "ett": 1, "one": 1, "a": 1, "två": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4,
    "fem": 5, "five": 5, "sex": 6, "six": 6, "sju": 7, "seven": 7, "åtta": 8, "eight": 8, "tio": 10, "ten": 10,
}
_BARE_NEXT = re.compile(r"^\s*(?:the\s+)?(?:next|nästa)\s+[\wåäö-]+(?:\s*\([^()]*\))?\s*$", re.I)
# A month's first letters: MONTH_EVENT (a long pattern) runs only where one is written.
_MONTH_HINT = re.compile(r"jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec")
# Every MONTH_EVENT match names a meeting by one of these nouns: looked for in the lower-cased
# words, unless they hold a letter IGNORECASE folds another way than str.lower (see case_folds).
_MEETING_WORD = re.compile(literal_trie(required_literals(lower_source(_MEETING_NOUN)))).search
_GENERIC_GATHERING = re.compile(
    r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|avstämning|avstämningen|meeting|mtg|call|sync|"
    r"session|check-?in|time|gång|one)$", re.I
)


def _same_gathering(words: str, next_text: str, title: str = "") -> bool:
    """'nästa elevråd' is not the next meeting when the notes announce 'Nästa klassråd: 8/10'.
    A generic word ('möte', 'session'), the announced meeting's own word, or the meeting's own
    kind in its title ('till nästa styrgrupp' in a styrgrupp's notes) is the same one."""
    after = re.split(r"\b(?:next|nästa)\s+", _PAREN_TAIL.sub("", words), maxsplit=1, flags=re.I)[-1].split()
    named = after[-1].casefold().strip(".,:;") if after else ""  # "next retro (19.02)"
    if len(after) >= 2 and _GENERIC_GATHERING.search(named) and after[0].casefold() not in _REGULAR:
        named = after[0].casefold().strip(".,:;")  # "next staff mtg", "the next annual meeting": which one
    if _GENERIC_GATHERING.search(named) or not next_text:
        return True
    stem = named.rstrip("et") if len(named) > 5 else named
    announced = next_text.casefold()
    head = announced.split("\n")[0].split(":")[0].strip(" *_#")
    generic = _GENERIC_GATHERING.search(head) is not None or head in ("next", "nästa")  # "Next: 18/6"
    if stem in announced:
        return True
    if not (title and generic):
        return False
    if stem in title.casefold() or stem in _acronyms(title):
        return True
    # "till nästa AU" in the notes of "Arbetsutskottet": the body's own short name
    acronym = after[-1].strip(".,:;") if after else ""
    return 2 <= len(acronym) <= 5 and acronym.isupper() and any(
        _abbreviates(acronym, run) for run in _TITLE_RUNS.findall(title))


def _letterhead(text: str, start: int) -> str:
    """The short lines that open the notes, up to the first blank line ("Trygghetsrådet Hammarsby
    kommun / Minnesanteckningar 16 sept 2025"): the body's own name, when the title is the date."""
    head = text[start : start + 300].lstrip().split("\n\n", 1)[0].split("\n")[:3]
    # below a company's letterhead: "MINUTES OF A MEETING OF THE BOARD OF DIRECTORS"
    of_body = _MINUTES_OF.search(text, start, start + 600)
    return "\n".join([line for line in head if len(line) < 100] + ([of_body.group(0)] if of_body else []))


_MINUTES_OF = re.compile(
    r"^[ \t]*(?:minutes|protokoll|anteckningar|minnesanteckningar)\b[^\n]{0,30}?\b(?:of|från|för)\b[^\n]{3,80}$",
    re.I | re.M,
)


# One to three words of a title, for what an acronym may stand for.
_TITLE_RUNS = re.compile(r"(?=\b([\wåäöÅÄÖ]+(?:\s+[\wåäöÅÄÖ]+){0,2}))")
_REGULAR = frozenset({"regular", "ordinary", "ordinarie", "scheduled", "planned", "planerade"})
_CAPITALISED_RUN = re.compile(r"(?:\b[A-ZÅÄÖ][\wåäö'’]+\s+){1,5}[A-ZÅÄÖ][\wåäö'’]+")


def _acronyms(title: str) -> set[str]:
    """'Full Governing Board' -> {'fgb'}: how notes abbreviate the body in their title; the body
    after an organisation's name too ('QuarryDB Technical Steering Committee' -> 'tsc')."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(title):
        initials = "".join(word[0] for word in run.split()).casefold()
        found.update(initials[i:] for i in range(len(initials) - 1))
    return found


# Where a Swedish compound's next part begins: after a linking s ("arbets|utskott", "kris|lednings|grupp")
# or where a common head of a body's name starts ("kommun|styrelsen", "bygg|möte").
_COMPOUND_HEAD = re.compile(
    r"(?:utskott|grupp|styrelse|råd|möte|nämnd|träff|ledning|plats|samverkan|fullmäktige|förbund|forum|stab)"
)


def _abbreviates(acronym: str, words: str) -> bool:
    """'AU' abbreviates 'arbetsutskottet', 'KLG' 'krisledningsgruppen', 'KSAU' 'kommunstyrelsens
    arbetsutskott': each letter starts a word or a part of a compound, in order, the first at the start."""
    acronym, words = acronym.casefold(), words.casefold()

    def starts(pos: int) -> bool:
        return pos == 0 or words[pos - 1] in " s-" or _COMPOUND_HEAD.match(words, pos) is not None

    def rest(i: int, pos: int) -> bool:  # acronym[i:] from the parts after the one starting at pos
        if i == len(acronym):
            return " " not in words[pos:]  # the acronym covers every word of the run
        return any(words[q] == acronym[i] and starts(q) and rest(i + 1, q) for q in range(pos + 2, len(words)))

    return len(acronym) >= 2 and words[:1] == acronym[:1] and rest(1, 0)


def _decision(ctx: _Context, start: int, end: int, text: str, words: str | None = None) -> Decision:
    words = words or clean(text[start:end])
    return Decision(text=rules.decision_text(words), evidence=[ctx.document.evidence(start, end)])


# A clause that opens with its own subject and finite verb: "Carina godkände ...", "Bob will ...".
_NEW_STATEMENT = re.compile(
    r"[A-ZÅÄÖ][\wåäöé-]*(?:\s[A-ZÅÄÖ][\wåäöé-]*)?\s+(?:[a-zåäö]+(?:ar|er|ir|or|ör|de|te|dde|ade)"
    r"|[a-z]+ed|will|is|was|has|had|would|ska|skall|kommer|har|är|var)\b"
)
_CLAUSE_CUT = re.compile(r";\s+|,?\s+(?:och|men|and|but|while|medan)\s+(?=[A-ZÅÄÖ])")


def _decision_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a long sentence that each record a decision ("Nätverket ställer sig bakom
    förslaget och Carina godkände att ..."): one span per clause with a decision verb."""
    raw = text[start:end]
    if len(raw) < 90 or cues.DECISION_LABEL.match(raw):
        return [(start, end)]
    # "Rebecka och Ali ordnar ...": a name before "och" joins subjects, it does not end a clause.
    cuts = [0] + [c.end() for c in _CLAUSE_CUT.finditer(raw)
                  if _NEW_STATEMENT.match(raw, c.end()) and not _NAME_BEFORE.search(raw, 0, c.start())]
    bounds = [*cuts[1:], len(raw) + 1]
    spans: list[tuple[int, int]] = []
    for clause_start, next_start in zip(cuts, bounds, strict=True):
        piece = raw[clause_start:next_start]
        piece = _CLAUSE_TAIL.sub("", piece)
        if len(piece.split()) >= 3 and cues.DECISION_VERB.search(piece):
            spans.append((start + clause_start, start + clause_start + len(piece)))
    return spans or [(start, end)]


# "Motion carried" names what was decided; a bare "Beslutades." needs the line before.
_NOBODY = frozenset({"no", "nobody", "no one", "noone", "none", "ingen", "inga", "ingenting", "no-one"})
# Words an owner slot can catch that name nobody: a ticket id, a weekday or month, a document word.
_NOT_AN_OWNER = re.compile(
    r"[A-Z]{2,}-\d+|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|"
    r"fredag|lördag|söndag|update|status|resolved|agreed|decided|noted|beslut|obs)"
    # an interjection caught as a name ("Okay, Maya ..."), not initials such as "OK"
    r"|[Oo]k|[Oo]kay|[Oo]kej|[Jj]a|[Yy]es|[Yy]eah|[Ii]f"
)
# An owner slot left open: "TBD", "?", "–", "unassigned", "ej utsedd"
_NO_ONE_YET = re.compile(
    r"(?i:tbd|tbc|tba|n/?a|\?+|unassigned|not assigned|open|nobody yet|vakant|ej utsedd|inte utsedd|okänd|oklart)"
    r"|"  # (nothing left once the dashes are stripped: "–")
)
_PROPOSING_WORDS = frozenset({"proposal", "förslag", "förslaget", "suggestion", "idea", "idé", "vad", "what"})
# A sentence in which the writer of the notes takes a task on.
# The writer's own lead-in: "On my end, I'll email ...", "För min del: jag ..."
_WRITER_LEAD_EN = r"on my (?:end|side)|for my part"
_WRITER_LEAD = rf"{_WRITER_LEAD_EN}|för min del"
# after a clause: "Nobody disagreed, so I'll book it", "ingen invände, så jag bokar"
_WRITER_CLAUSE_START = (r"[,;]\s+(?:so|and|then|så|och|då)\s+"
                        r"(?=(?:i'll|i will|jag (?:ska|tar|fixar|bokar|skickar|kollar|ringer|mejlar))\b)")
_WRITER_TASK = re.compile(
    rf"^(?:(?:ok|okay|sure|yes|ja|okej|och|and|so|så|då|{_WRITER_LEAD})[,.]?\s+)?"
    r"(?:i|jag)(?:\s*\([^()]{1,30}\))?\s+(?:'ll|will|can|shall|am going to|'m going to|"
    r"kan|ska|tar|lovade|lovar|fixar|ringer|skickar|mejlar|mailar|bokar|kollar|hör|återkommer|gör|ordnar|"
    r"sammanställer|skriver|beställer|uppdaterar|"
    r"promised|offered|said i'd)\b|"
    rf"^(?:(?:ok|okay|sure|yes|so|and|{_WRITER_LEAD_EN})[,.]?\s+)?i['’]ll\b|"
    r"\b(?:jag|i) (?:lovade|promised) (?:att|to)\b|^(?:jag|me)\s*:|"
    # "Själv sammanställer jag en lista ...": the writer's own task, the verb before "jag"
    r"^själv\s+[a-zåäö]+\s+jag\b|"
    rf"{_WRITER_CLAUSE_START}",
    re.I,
)
_SPLIT, _WRITER_TASK_LATER = unanchored_part(_WRITER_TASK)
# ... and a lead-in before the writer's own words: "On my end, I'll email ...", "För min del: jag ..."
_WRITER_CLAUSE = re.compile(rf"{_WRITER_CLAUSE_START}|^(?:{_WRITER_LEAD})[,:]?\s+", re.I)


def _writer_task(words: str) -> bool:
    """``bool(_WRITER_TASK.search(words))``: the branches tied to the start are tried there
    only, the others over the sentence."""
    if not _SPLIT:
        return bool(_WRITER_TASK.search(words))
    return bool(_WRITER_TASK.match(words) or (_WRITER_TASK_LATER is not None and _WRITER_TASK_LATER.search(words)))


# "Förvaltningen ges i uppdrag att ...": the meeting commissions, the förvaltning acts.
_COMMISSIONED = re.compile(r"\b(?:ges|gavs) i uppdrag att\b|\buppdras att\b")
# "beslutar att" / "RESOLVED: That" + the points that complete it.
_OPENS_LIST = re.compile(r"\b(?:att|that|to)\s*:?$", re.I)
_DECIDES_ALONE = re.compile(r"^\S+(?:\s+\S+){0,3}\s+(?:beslutar|beslutade|beslöt|beslutas|beslutades)$")
# "Approved 5–1 (Stuart against: ...)": an outcome with its count and reasons after it
_RESULT_DETAIL = re.compile(r"[^.(]{0,20}\s*[(,;:–—]")
_AMENDMENT = re.compile(r"\b(?:amendment|ändringsyrkande\w*|tilläggsyrkande\w*)\b", re.I)
_NAMES_ITS_OBJECT = re.compile(r"\b(?:motion|proposal|resolution|amendment|förslag\w*|yrkande\w*)\b", re.I)
_NAME_BEFORE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+$")
_CLAUSE_TAIL = re.compile(r"(?:;|,?\s+(?:och|men|and|but|while|medan))?\s*$")


def _point_title(meeting: Meeting, block: Block) -> str | None:
    for item in meeting.agenda:
        if item.start in (block.line_start, block.start):
            return item.title
    return None


def _close_list(ctx: _Context, open_list: list, decisions: list[Decision], text: str) -> None:
    """Emit the decision an introducing sentence and its list make, unless 'att' points did."""
    start, end, split = open_list[:3]
    if not split:
        decisions.append(_decision(ctx, start, end, text))


def _complete_by_turn(ctx: _Context, actions: list[ActionItem], block: Block, words: str) -> bool:
    """'<v Bo>Klart på fredag.': a speaker's short reply that only names a deadline completes that
    speaker's last task, when it has none yet."""
    mention = _deadline(ctx.document.text[block.start : block.end], ctx)
    if mention is None or len(mention.text) < len(words) / 2:
        return False
    speaker = ctx.names.resolve(block.speaker or "")
    for index in range(len(actions) - 1, -1, -1):
        action = actions[index]
        if action.owner == speaker:
            if action.deadline_text is not None:
                return False
            actions[index] = action.model_copy(update={
                "deadline": mention.value,
                "deadline_text": mention.text,
                "evidence": [*action.evidence, ctx.document.evidence(block.start, block.end)],
            })
            return True
    return False


def _only_pronoun(task: str) -> bool:
    """'Ta det', 'Fixar': a task that only points back at what the sentence before said."""
    words = task.casefold().rstrip(".!").split()
    return (1 <= len(words) <= 3 and words[-1] in ("det", "den", "it", "that", "this", "detta")) or (
        len(words) == 1 and words[0].endswith(("ar", "er", "a", "s")))


def _has_decision(decisions: list[Decision], block: Block) -> bool:
    return any(block.start <= d.evidence[0].start < block.end for d in decisions)


def _bare_deadline(ctx: _Context, raw: str) -> DateMention | None:
    """'End of next week at the latest.', 'Senast fredag, helst.': a sentence that is only a
    deadline, for the task of the sentence before it."""
    due = _deadline(raw, ctx)
    if due is None:
        return None
    rest = _DEADLINE_FILLER.sub("", raw[: due.start] + " " + raw[due.end :])
    return due if not rest.strip(" .,!;:–-") else None


# Where a sentence that is only a deadline may start: a cue, a day, a span, "end of", a date.
_FRAGMENT_LEAD = re.compile(
    r"(?i:by|before|until|till|tills|senast|innan|före|inför|helst|gärna|ideally|hopefully|no later|"
    r"within|inom|end|i slutet|at the end|eod|eow|cob|next|nästa|this|denna|i morgon|imorgon|tomorrow|"
    r"today|i dag|idag|on|på|deadline|due|klart|ready|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:mån|tis|ons|tors|fre|lör|sön)dag)\b|\d"
)
# "Klart till midsommar hoppas de.": words around a bare deadline that add no task.
_DEADLINE_FILLER = re.compile(
    r"\b(?:klart|klar|färdigt|färdig|ready|done|finished|helst|hopefully|hoppas|at the latest|latest|please|"
    r"ideally|gärna|tack|som senast)\b", re.I)


def _add_action(block_actions: list[ActionItem], action: ActionItem, ctx: _Context) -> None:
    """Add an action; a follow-up sentence of the same owner ('I'll have it ready tomorrow')
    or a bare deadline ('End of next week at the latest.') completes the previous one."""
    if not block_actions:
        block_actions.append(action)
        return
    previous = block_actions[-1]
    follow_up = (
        (action.owner == previous.owner and action.owner is not None
         and len(action.task) < 40 and re.search(r"\b(?:it|det|this|that|detta|den)\b", action.task, re.I)
         and _opens_with_owner(action))
        or (action.owner is None and action.deadline_text is not None
            and len(_DEADLINE_FILLER.sub("", _without(action.task, clean(action.deadline_text))).strip()) < 15
            and previous.deadline_text is None)
    )
    if not follow_up:
        block_actions.append(action)
        return
    first = previous.evidence[0]
    span = ctx.document.evidence(first.start, action.evidence[-1].end)
    block_actions[-1] = previous.model_copy(update={
        "evidence": [span],
        "deadline": previous.deadline or action.deadline,
        "deadline_text": previous.deadline_text or action.deadline_text,
    })


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


def _opens_with_owner(action: ActionItem) -> bool:
    """'Linda fixar det' follows up Linda's last task; 'Önskemål om elbil – Linda tar med det'
    points back inside its own sentence."""
    first = action.evidence[0].quote.split(maxsplit=1)[0].strip(",.:;").casefold() if action.evidence else ""
    owner_words = {w.casefold() for w in (action.owner or "").replace(",", " ").split()}
    return first in owner_words or first in cues.PRONOUN_SUBJECT or first in ("jag", "i", "we", "vi")


def _table_action(ctx: _Context, row) -> ActionItem:
    owner_words = clean(row.owner).lstrip("@") if row.owner else ""  # "@hanna.s" in an Owner column
    bracket = _WITH_BRACKET.match(owner_words)
    if bracket is not None:
        # "Region (J. Holm)": the person who does it; "Rachel Koh (EM)": the person, not the role
        owner_words = bracket.group("inner") if _PERSON_NAME.fullmatch(bracket.group("inner")) else bracket.group("outer")
    if _NO_ONE_YET.fullmatch(owner_words.strip(" –—-:")):
        owner_words = ""  # "TBD", "?", "–", "unassigned": a row nobody has taken yet
    owner = ctx.names.resolve_many(split_owner_list(owner_words)) if owner_words else None
    deadline_text = row.due.strip() if row.due and row.due.strip(" -–—") else None
    deadline = None
    if deadline_text:
        mention = _deadline(deadline_text, ctx)
        deadline = mention.value if mention else None
    return ActionItem(
        owner=owner or None,
        task=rules._tidy(clean(row.task)),
        deadline=deadline,
        deadline_text=deadline_text,
        evidence=[ctx.document.evidence(row.start, row.end)],
    )


_LIST_LABELS = ("to do", "todo", "to-do", "att göra", "actions", "action items", "next steps", "åtgärder", "uppgifter")
# "Trish – new sign-up sheet (Mon).": a list item that names its owner first
_DASH_ITEM = re.compile(r"[A-ZÅÄÖ][\wåäöé'’.-]*(?:\s(?:&|och|and|\+)\s[A-ZÅÄÖ][\wåäöé'’.-]*|\s[A-ZÅÄÖ][\wåäöé'’.-]*)?\s+[–—-]\s+\S")
_MAIL_SUBJECT = re.compile(r"(?:subject|ämne)\s*:", re.I)
# A bold line that says something rather than heads a section: a full stop, or many words.
_SENTENCE_LIKE = re.compile(r"[.!]\W*$|^(?:\S+\s+){7,}\S")
# A line to fill in by hand: "Signed ............ (Chair)   Date ........".
_FILL_IN = re.compile(r"\.{6,}|_{6,}|…{3,}")
_WITH_BRACKET = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_PERSON_NAME = re.compile(r"[A-ZÅÄÖ]\.\s?[A-ZÅÄÖ][\wåäöé-]+|[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ][a-zåäöé-]+")


def _is_attendee_line(words: str, attendee_names: tuple[str, ...]) -> bool:
    """A short line that starts with an attendee's name lists people; it assigns nothing."""
    if len(words) > 90 or not attendee_names:
        return False
    low = words.casefold()
    # One test in C first: most lines start with no attendee's name at all.
    if not low.startswith(attendee_names) or _HAS_VERB_CUE.search(words) or rules._WHEN_WORDS.search(words):
        return False
    for name in attendee_names:
        if not low.startswith(name):
            continue
        if len(low) == len(name):
            return True
        tail = _LIST_TAIL.match(low, len(name))
        if tail is None:
            continue
        # "Sara – kolla med chefen", "Omar - book the room": a name, then a task in the imperative
        first = low[tail.end():].split(maxsplit=1)[:1]
        if not (tail.group(0).strip() in ("–", "-") and first
                and (first[0] in cues.SV_IMPERATIVES or first[0] in cues.EN_IMPERATIVES)):
            return True
    return False


# A status cell of an action log: the row was done or carried over, not given at this meeting.
_DONE_CELL = re.compile(
    r"\|\s*(?:klar|klart|done|completed?|avslutad|stängd|closed|✓|✔|pågår|ongoing|in progress)\b[^|]*\|?\s*$", re.I
)
_LIST_TAIL = re.compile(r"\s*(?:[,(]|[–-]\s)")
_PAGE_CHROME = re.compile(r"\b(?:page|sida)\s+\d+\s+(?:of|av)\s+\d+\s*$", re.I)


_HAS_VERB_CUE = re.compile(
    r"\b(?:ska|skall|will|to|får|ansvarar|tar|kontaktar|bokar|skickar|utses|väljs|valdes|utsågs|omväljs|"
    r"is elected|was elected|is appointed|was appointed)\b", re.I)
# "→ agreed, Colin to price it as a variation": the agreement, then who acts on it.
_AGREED_THEN = re.compile(r"\b(?:agreed|approved|ok|okej|beslutat|bestämt|godkänt)(?: this| that| it)?\s*[,:;–-]\s*[A-ZÅÄÖ][\wåäö]+\s", re.I)
_AGREED_TAIL = re.compile(
    r"(?:det var alla (?:glada för|överens om|eniga om|med på)|ok för alla|klubbat|beslutat|godkänt)\W*$", re.I
)
_PAST_DECISION = re.compile(
    r"\b(?:ställde|beslutade|beslutades|beslöt|godkände|antog|fastställde|biföll|approved|decided|"
    r"adopted|agreed|voted|endorsed|godkändes|antogs|fastställdes|bifölls|beviljades|beviljade|beslöts)\b", re.I
)
_DECIDED_THAT = re.compile(
    r"\b(?:beslutades|beslutade|beslutar|beslöts|bestämdes|agreed|decided|resolved)\s+(?:att|that)\s+"
    r"(?:[A-ZÅÄÖ]|(?:varje|alla|samtliga|respektive|every|each|all) )"
)
# A date that names what is approved ("the minutes of the AGM held on 12 April") is no date of
# the decision itself.
_CONTENT_DATE = re.compile(r"(?:minutes|protokoll\w*|anteckning\w*|meeting|möte\w*|held|hölls)\W+(?:\w+\W+){0,3}$", re.I)


# Verbs minutes use for the meeting's own acts ("U14s to Féile in June – the committee agreed to
# ..."): only a stated day before the meeting makes them a report.
_MINUTES_TENSE = frozenset({"agreed", "voted", "endorsed"})
_ON_DAY = re.compile(r"\b(?:on|den)\s+$", re.I)


# How the chair puts a question in a protocol: "Ordföranden ställer proposition på förslaget och
# finner att nämnden bifaller det", "Ordföranden frågar om ärendet ska avgöras i dag ...".
_PROPOSITION = re.compile(
    r"^(?:(?:därefter|sedan|slutligen)\s+)?(?:ordföranden|ordf\.?)\s+(?:\w+\s+)?(?:ställer|frågar|finner)\b", re.I
)


def _without_propositions(decisions: list[Decision]) -> list[Decision]:
    """The chair's putting of a question records how a decision was reached; where the same
    agenda point also states the decision, only that statement is kept."""
    stated = {d.agenda_item for d in decisions if d.agenda_item is not None
              and not _PROPOSITION.match(d.evidence[0].quote)}
    return [d for d in decisions
            if not (d.agenda_item in stated and _PROPOSITION.match(d.evidence[0].quote))]


def _dated_before(words: str, anchor: dt.date | None) -> bool:
    """A past-tense decision verb with a date before the meeting reports an earlier decision."""
    verb = _PAST_DECISION.search(words)
    if not verb:
        return False
    # "i december beslutade X", "approved the policy in October": the month dates the act;
    # after "att"/"to" it belongs to what was decided ("beslutade att hålla ett möte i juni").
    content = re.search(r"\b(?:att|to|that)\b", words[verb.end():])
    dated_part = words[: verb.end() + content.start()] if content else words
    if cues.PAST_MONTH.search(dated_part) and verb.group(0).casefold() not in _MINUTES_TENSE:
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


def _shouting(words: str) -> bool:
    """'CALL TO ORDER': an all-capitals line is a heading, unless it states an outcome."""
    if len(words) >= 60 or not words.isupper() or cues.RESULT.match(words):
        return False  # "CARRIED", "CARRIED UNANIMOUSLY": the outcome of the motion above
    return sum(c.isalpha() for c in words) >= 6


def _label_mode(words: str) -> str | None:
    """'Beslut' -> 'decision', 'Att göra:' -> 'action', 'Förslag till beslut' -> 'neutral'."""
    if len(words) > 60:
        return None
    if cues.DECISION_SECTION.match(words):
        return "decision"
    if cues.ACTION_SECTION.match(words):
        return "action"
    if cues.NEUTRAL_SECTION.match(words):
        return "neutral"
    return None


def _agenda_lookup(meeting: Meeting):
    spans = [(i, item.start, item.end) for i, item in enumerate(meeting.agenda)]

    def lookup(offset: int) -> int | None:
        found = None
        for i, start, end in spans:
            if start <= offset < end:
                found = i  # the innermost (last) point that holds the offset
        return found

    return lookup


def _without(task: str, phrase: str) -> str:
    """The task words with the deadline phrase cut out."""
    if not phrase:
        return task
    at = task.casefold().find(phrase.casefold())
    if at < 0:
        return task
    return rules._tidy(_LEFT_OVER.sub("", task[:at]) + task[at + len(phrase):])


# "köps in, klart t. midsommar", "Prisuppgift Klart: 3/2" without the deadline: "klart" alone says nothing more.
_LEFT_OVER = re.compile(
    r",?\s*\b(?:klart|klar|färdigt|färdig|ready|done|by|senast|before|innan|until|due|deadline)\s*[–—:-]?\s*$", re.I
)


__all__ = ["OfflineEngine"]
