"""The offline engine: decisions and action items from Swedish and English cues, no model.

Deterministic and fast. It walks each meeting block by block, keeps track of the section it
is in ("Beslut", "Att göra", an action table), and asks :mod:`.rules` about every sentence.
Evidence is a slice of the document by construction, so every item it returns is grounded.

This module holds the engine's walk; what it reads with lives in private modules, each using
only those above it:

    _context          _Context (what a meeting's sentences are read against), _Section
    _deadlines        a sentence's deadline, the next meeting's date, the events the notes date
    _owner_words      owner slots that name nobody or an outside body; needs and deferrals
    _decisions        decision items of a span, a list, a long sentence; the decision cues
    _actions          action items, and the sentences that complete the action before them
    _action_clauses   the writer's own task; one task per owner when a sentence names several
    _blocks           what a block is: a label, a heading, attendees, a table's action row
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ... import __version__, _rx
from ..._structure_people import _SELF_WORDS
from ...dates import DateMention, date_order, detect_date_order, nearest_order, order_is_stated
from ...document import Document
from ...schemas import ActionItem, Attendee, Decision, Extraction, Meeting, RunInfo, schema_hash
from ...structure import parse_meetings
from . import cues, rules
from ._action_clauses import (
    _JOINING_WORD,
    _MAX_SPLITS,
    _SPEAKER_ASIDE,
    _WRITER_CLAUSE,
    _next_clause_task,
    _writer_task,
)
from ._action_clauses import _SPLIT as _SPLIT  # read by the tests
from ._action_clauses import _WRITER_TASK as _WRITER_TASK  # read by the tests
from ._actions import (
    _FIELD_INITIALS,
    _FIELD_SENTENCE,
    _FRAGMENT_LEAD,
    _ME_WORDS,
    _action,
    _add_action,
    _answered,
    _ask_in_turn,
    _bare_deadline,
    _complete_by_turn,
    _fill_field,
    _only_pronoun,
    _writer_for_me,
)
from ._blocks import (
    _BLANK_LINE,
    _DASH_ITEM,
    _DONE_CELL,
    _FILL_IN,
    _LIST_LABELS,
    _MAIL_SUBJECT,
    _MEETING_CALENDAR,
    _PAGE_CHROME,
    _SENTENCE_LIKE,
    _agenda_lookup,
    _is_attendee_line,
    _label_mode,
    _point_title,
    _shouting,
    _table_action,
    heading_due,
    items_for_vote,
)
from ._context import _Context, _Section
from ._deadlines import (
    _DATE_LIKE,
    _DURING,
    _deadline,
    _following_date,
    _letterhead,
    _next_meeting_date,
    implied_event_deadline,
    named_event_deadline,
    referred_meeting_deadline,
)
from ._deadlines import _MEETING_WORD as _MEETING_WORD  # read by the tests
from ._decisions import (
    _AGREED_TAIL,
    _AGREED_THEN,
    _AMENDMENT,
    _ASKED,
    _COMMISSIONED,
    _DECIDED_THAT,
    _DECIDED_THEN_TASK,
    _DECIDES_ALONE,
    _KEPT,
    _LOST,
    _NAMES_ITS_OBJECT,
    _NO_INITIALS,
    _NOUN_AFTER_DASH,
    _OBJECTION_CALL,
    _OPENS_LIST,
    _OPENS_MEETING,
    _REPRESENTS,
    _REQUESTED,
    _RESULT_DETAIL,
    _SETTLED,
    _close_list,
    _dated_before,
    _decision,
    _decision_clauses,
    _has_decision,
    _other_subject,
    _without_propositions,
)
from ._owner_words import (
    _ANYONE,
    _DECIDING_WORD,
    _DEFERRAL,
    _GUEST_REPORTS,
    _INFO_ITEM,
    _JOINTLY,
    _MEETING_BODY,
    _NEED,
    _NO_ONE_YET,
    _NOBODY,
    _NOT_AN_OWNER,
    _OWNER_LEAD_WORD,
    _PROPOSING_WORDS,
    _TITLE_WORDS,
    _names_the_meeting,
    _outside_body,
)
from ._rules_decisions import _ARROW, _ARROW_OUTCOME, chooses_option
from ._rules_decisions import NO_ANSWER as _NO_ANSWER
from ._rules_decisions import YES_ANSWER as _YES_ANSWER
from .owners import NameIndex, split_owner_list
from .schedule import Schedule
from .segment import Block, Sentence, clean, content_span, dialogue, split_blocks, split_sentences
from .tables import TableReader
from .tidy import dedupe_actions, dedupe_decisions
from .writer import find_writer, sender_at, thread_senders


def _known_people(meetings: list[Meeting]) -> list[Meeting | None]:
    """Per meeting: a meeting with no attendee list ("Närvarande: samma som förra gången", a
    check-in pasted below) knows its people from the nearest earlier meeting of the file that
    lists them, and owners resolve against those names; None when it lists its own (or no
    earlier meeting does). One pass over the file's meetings, which stand in order."""
    known: list[Meeting | None] = []
    listed: Meeting | None = None  # the nearest earlier meeting with an attendee list
    for meeting in meetings:
        known.append(meeting.model_copy(update={"attendees": listed.attendees})
                     if not meeting.attendees and listed is not None else None)
        if meeting.attendees:
            listed = meeting
    return known


class OfflineEngine:
    """Rule-based extraction for Swedish and English notes; the default engine."""

    name = "offline"

    def extract(self, document: Document) -> Extraction:
        """Extract every meeting of ``document`` with its decisions and action items."""
        order = detect_date_order(document.text)
        with date_order(order):
            parsed = parse_meetings(document)
        if (order == "DMY" and "/" in document.text and parsed[0].meeting_date is not None
                and all(m.language == "en" for m in parsed) and not order_is_stated(document.text)
                and nearest_order(document.text, parsed[0].meeting_date) == "MDY"):
            # English notes that show no order: "next call (10/7)" after a September meeting is October
            order = "MDY"
            with date_order(order):
                parsed = parse_meetings(document)
        with date_order(order):
            # (an e-mail thread's senders are read once for the whole document)
            senders = thread_senders(document.text)
            meetings = [self._fill(document, m, _following_date(m, parsed), len(parsed) == 1, known, senders)
                        for m, known in zip(parsed, _known_people(parsed), strict=True)]
        run = RunInfo(engine=self.name, engine_version=__version__, schema_hash=schema_hash())
        return Extraction(source=document.source, meetings=meetings, run=run)

    def _fill(self, document: Document, meeting: Meeting, following: dt.date | None = None,
              single: bool = True, known: Meeting | None = None,
              senders: tuple[tuple[int, str], ...] = ()) -> Meeting:
        text = document.text
        ctx = _Context(
            document=document,
            names=NameIndex.build(known or meeting, text[meeting.start : meeting.end]),
            lang=meeting.language,
            anchor=meeting.meeting_date,
            # "Nästa möte: inte bestämt" gives no date: the following meeting in the file is the next
            next_date=_next_meeting_date(meeting, following),
            next_text=meeting.next_meeting.text if meeting.next_meeting else "",
            # (a single meeting's notes are all of the text: an e-mail's greeting may date the event)
            schedule=Schedule(text if single else text[meeting.start : meeting.end], meeting.meeting_date,
                              (meeting.next_meeting.date,) if meeting.next_meeting and meeting.next_meeting.date else (),
                              "" if single else text[max(0, meeting.start - _EARLIER_NOTES) : meeting.end]),
            title=f"{meeting.title or ''}\n{_letterhead(text, meeting.start)}",
            writer=find_writer(text if single else text[meeting.start : meeting.end], meeting.secretary),
            senders=senders,
        )
        decisions: list[Decision] = []
        actions: list[ActionItem] = []
        section = _Section()
        table = TableReader()
        attendee_names = tuple(a.name.casefold() for a in meeting.attendees if len(a.name) > 2)
        spoken = bool(document.turns) or document.format in ("vtt", "srt")
        first_names = frozenset(a.name.split()[0].casefold() for a in meeting.attendees if a.name)
        transcript = spoken or dialogue(text, meeting.start, meeting.end, first_names)
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
        seconded: Sentence | None = None  # a decision whose mover and seconder the line below names
        # a request in a turn, its block, and whether it is only an ask so far (no task until answered)
        asked: tuple[ActionItem, int, bool] | None = None
        last_end = meeting.start  # where the block before ended
        topic = ""  # the heading or agenda point the block stands under
        topic_at = 0  # where it starts

        for index, block in enumerate(split_blocks(text, meeting.start, meeting.end, transcript=transcript,
                                                       speakers=None if spoken else first_names)):
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
                    # (read in the raw text: cleaning drops a run of underscores as emphasis)
                    (".." in block_words or "__" in text[block.start : block.end] or "……" in block_words)
                    and _FILL_IN.search(text, block.start, block.end)):
                continue  # who was there; "Village Board Minutes – March 3 Page 2 of 2"; "Signed ____ Date ____"
            if block_words[:1] in "SsÄä" and _MAIL_SUBJECT.match(block_words):
                continue  # "Subject: Programming meeting – what we agreed": the e-mail's title, not its contents
            if (block.kind == "bullet" and block.indent > 0 and actions and actions[-1].deadline_text is None
                    and text.count("\n", actions[-1].evidence[-1].end, block.start) == 1
                    and not text[actions[-1].evidence[-1].end : block.line_start].strip()
                    and _FRAGMENT_LEAD.match(due_words := block_words.lstrip("→->–—= "))
                    and (due := _bare_deadline(ctx, due_words)) is not None):
                # "- Mikael lägger banorna i OCAD\n  → klart 2026-03-20": an indented line under the
                # task that only says by when
                above = actions[-1]
                actions[-1] = above.model_copy(update={
                    "deadline": due.value, "deadline_text": due.text,
                    "evidence": [*above.evidence, ctx.document.evidence(block.start, block.end)]})
                continue
            label_mode = _label_mode(block_words)
            in_list = section.mode == "action"
            list_due = heading_due(ctx, block_words, text[block.start : block.end], block.start, in_list=in_list,
                                   dated=block.kind in ("para", "bold", "heading")) \
                if label_mode is None else None
            if list_due is not None:
                label_mode = "action"  # "Att göra till nästa träff", "Before next meeting:"
            elif label_mode == "action" and items_for_vote(text, block.end):
                label_mode = None  # "6. ACTION ITEMS" over motions: what the board acts on
            elif in_list and block_words.endswith(":") and len(block_words) < 40 and _PART_OF_LIST.fullmatch(block_words):
                # "Lakeshore – by Friday:" ... "Lakeshore – later:": the next part of the list, no task
                section.due = None
                continue
            if block.kind == "bold" and label_mode is None and _SENTENCE_LIKE.search(block_words):
                block = replace(block, kind="para")  # "**Vi kör Sommarboken gemensamt ...**": an emphasised sentence
            if label_mode is not None or block.kind in ("heading", "bold") or _shouting(block_words):
                if label_mode is None:
                    topic, topic_at = block_words, block.start  # "## 2. Regionen informerar"
                section.enter(label_mode, due=list_due)
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
                topic, topic_at = title or block_words, block.start
                point_due = heading_due(ctx, clean(title), text[block.start : block.end], block.start) if title else None
                # "4. Att göra till nästa träff": a point that lists tasks due then
                section.enter("decision" if title and cues.ELECTION_POINT.match(title) else
                              "action" if point_due is not None else None, due=point_due)
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
            assented: Decision | None = None  # a proposal and the assent after it, recorded last
            listed = False
            previous: Sentence | None = None
            earlier: Sentence | None = None  # the sentence before ``previous``
            for sentence in _bracketed_apart(ctx, split_sentences(text, block, index, first_names)):
                # A one-sentence block (most of them): its words are already cleaned.
                same = sentence.start == block.start and sentence.end == block.end
                words = block_words if same else clean(text[sentence.start : sentence.end])
                if words[:1] in "([" and words[-1:] in ")]" and (inner := _LABEL_IN_BRACKETS.fullmatch(words)):
                    words = inner.group(1)  # "(Beslut: en konfirmandgrupp i år.)": the label line, set in brackets
                elif words[:1] in "([" and (aside := _STAGE_ASIDE.match(words)) is not None:
                    words = words[aside.end():]  # "(alla nickar) Då lämnar rådet ett yttrande.": what is said after it
                if open_list is not None and listed and open_list[1] < sentence.start and not open_list[2]:
                    # "Alla var överens:\nveckobreven går ut på fredagar ...": the opener's own
                    # paragraph goes on with what was decided.
                    decisions.append(_decision(ctx, open_list[0], sentence.end, text))
                    open_list, listed = None, False
                    section.enter(None)
                # A bare "Beslutades." on its own line closes the line above it.
                word_count = len(words.split())
                bare = prior if word_count <= 3 and not _NAMES_ITS_OBJECT.search(words) else None
                if (previous is not None and said and words[:1] in _NO_INITIALS and _BARE_NO.match(words) is not None
                        and said[-1].rstrip(" .…").endswith("?") and _OBJECTION_CALL.search(said[-1]) is not None):
                    # "Några invändningar mot sextio? ... Nej.": nobody objecting to what was put is assent
                    last_said = decisions[-1].evidence[-1] if decisions else None
                    between = text[last_said.end : previous.start] if last_said is not None else "?"
                    if last_said is not None and between.count("\n") <= 1 and len(between) < 60 and not _ENDS_SAID(between):
                        # "Då kör vi på det, två gånger om dagen. Invänder någon? ... Nej.": the decision just said
                        decisions[-1] = _decision(ctx, decisions[-1].evidence[0].start, sentence.end, text)
                    else:
                        # ("Take it from the network line. Any objections? ... No.": what was put is said before a bare call)
                        put = proposal or (earlier if earlier is not None and len(said[-1].split()) <= 3 else previous)
                        decisions.append(_decision(ctx, put.start, sentence.end, text))
                        assented = decisions[-1]  # an outcome said right after it is the decision
                    proposal = motion = None
                    continue
                # The outcome pattern runs last: most sentences follow no proposal or line.
                # ("Tackade ja", "Board gratefully accepted": a yes only to the offer the line before makes)
                offer_hit = cues.OFFER_RESULT.match(words) if previous is not None else None
                offer_yes = offer_hit is not None and cues.OFFER.search(said[-1] if said else "") is not None
                if ((proposal or previous or bare) and (
                        (result := cues.RESULT.match(words) or (offer_hit if offer_yes else None)) is not None)
                        # ("Agreed in principle; Cllr Osei to meet ...": a clause of who acts on it may follow)
                        and ((tail := _task_after_result(text, sentence, words, result.end())) is not None
                             or len(words) < 80 or _RESULT_DETAIL.match(words, result.end()))
                        # ("Approved: ____________  Date: ______": a form to sign under the minutes)
                        and _BLANK_FIELD.search(text, sentence.start, sentence.end) is None):
                    # "Motion by X to ... . Motion carried." / "Avgift: 150 kr. Beslutades.":
                    # the decision is what was proposed, with its outcome.
                    opened = previous if offer_yes else proposal or previous or bare
                    if (opened is not None and not cues.FAILED.search(words)
                            and ((count := rules.moved_count(words)) is None or count[0] > count[1])
                            and not cues.MOTION_NOT_PUT.search(text[opened.start : sentence.end])):
                        if ((opened is previous or opened is seconded) and decisions
                                and decisions[-1].evidence[0].start == opened.start):
                            # "Fees staying the same. Proposed Declan, seconded Conor, agreed.", "Resolved that
                            # ...\nMoved: A / Seconded: B. Carried.": one decision
                            decisions.pop()
                        # (the outcome ends where a clause of who acts on it begins)
                        outcome_end = sentence.end
                        if tail is not None:
                            outcome_end = tail.start
                            while outcome_end > opened.start and text[outcome_end - 1] in " \t;,":
                                outcome_end -= 1
                        decisions.append(_decision(ctx, opened.start, outcome_end, text))
                        # ("Nobody argued.", "Ingen protesterade.": assent by silence, which a
                        # stated outcome after it replaces; not "Motion carried 3-1. Item tabled.")
                        assented = decisions[-1] if _SILENCE.match(words) else None
                        if tail is not None:
                            # "Agreed in principle; Cllr Osei to meet the club secretary": and who acts on it
                            block_actions.extend(found for found in self._sentence(
                                ctx, block, tail, clean(text[tail.start : tail.end]), section, said)
                                if isinstance(found, ActionItem) and found.owner)
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
                reports = _PRONOUN_REPORTS.match(words) is not None
                if (last is not None and previous is not None and last.deadline_text is None
                        and last.evidence[0].start >= previous.start and word_count <= 8
                        and (reports or _FRAGMENT_LEAD.match(words))
                        and (due := (_deadline(text[sentence.start : sentence.end], ctx) if reports
                                     else _bare_deadline(ctx, text[sentence.start : sentence.end]))) is not None):
                    # "I'll pull the figures. End of next week at the latest.": the task's deadline;
                    # "Linnéa får undersöka om ... Hon rapporterar till nästa möte.": when she reports back
                    block_actions[-1] = last.model_copy(update={
                        "deadline": due.value, "deadline_text": due.text,
                        "evidence": [ctx.document.evidence(last.evidence[0].start, sentence.end)]})
                    said.append(words)
                    previous = sentence
                    continue
                if (previous is None and words[:1].isupper() and actions and not block_actions
                        and (made := _DELIVERABLE_DUE.match(words)) is not None
                        and (above := actions[-1]).deadline_text is None
                        and made.group("noun")[:5].casefold() in above.task.casefold()
                        and not text[above.evidence[-1].end : sentence.start].strip(" \t\n.")
                        and text.count("\n", above.evidence[-1].end, sentence.start) <= 1
                        and (due := _deadline(text[sentence.start : sentence.end], ctx)) is not None):
                    # "Mötet utsåg Olle och Rebecka att ta fram program för utbildningsdag 1.\nProgrammet ska
                    # vara klart innan, 27 maj": the line below says when the thing the task makes is due
                    actions[-1] = above.model_copy(update={
                        "deadline": due.value, "deadline_text": due.text,
                        "evidence": [*above.evidence, ctx.document.evidence(sentence.start, sentence.end)]})
                    said.append(words)
                    previous = sentence
                    continue
                if cues.PROPOSAL.search(words) and not (
                        proposal is not None and cues.MOVER_ONLY.match(words) and (
                            proposal.start >= block.start or not _BLANK_LINE.search(text, proposal.end, sentence.start))):
                    # ("MOTION: That ..." / "Moved: Kevin / Seconded: Bill.": who moved the motion above)
                    if proposal is not None and _AMENDMENT.search(words):
                        motion = proposal  # "Amendment moved Cr Tanaka ...": the motion waits
                    opened_before, proposal = proposal, sentence
                    if (prior is not None and decisions and decisions[-1].evidence[0].start == prior.start
                            and cues.MOVER_ONLY.match(words) and not text[prior.end : sentence.start].strip()):
                        # "Resolved that the report be received.\nMoved: A / Seconded: B. Carried.": who
                        # moved the decision on the line above, whose outcome follows
                        proposal = seconded = prior
                    elif opened_before is None and previous is not None and cues.MOVER_ONLY.match(words):
                        # "Bar prices up 50c. Moved Macca / seconded Trish. Carried.": what was moved is the
                        # sentence before
                        proposal = previous
                    if _SETTLED_IN_PLACE.search(words):
                        # "Nguyen moved to amend the plan ...; the amendment failed 3-4.": settled where it
                        # was moved, so the motion it amended is before the meeting again
                        proposal, motion = motion, None
                listed_item = (list_label and not block.todo and not (labelled and previous is None)
                               and _DASH_ITEM.match(words) is not None)
                # "To do: Kofi – order the fridge (end of April). Trish – new sign-up sheet (Mon).": each
                # "Name – task" sentence after a list label is an item of that list
                item_block = replace(block, todo=True) if listed_item else block
                # "Lisa: ja, beställ.", "A: yes, out of the small grants line.": the answer after its speaker
                # (only to a question that puts something to the group: "Q: Is the restructure on track? A: Yes, ..."
                # is a report)
                reply = (words[speaker_label.end():] if previous is not None
                         and (speaker_label := _REPLY_LABEL.match(words)) and said and _PUT_TO_US.search(said[-1])
                         else words)
                answered = (previous is not None and reply[:1] in _YES_INITIALS and _YES_ANSWER.match(reply) is not None
                            and _ASKED.search(said[-1] if said else "") is not None) or (
                    previous is not None and (reply[:1] in _NO_INITIALS or "så nej" in reply or "so no" in reply)
                    and _NO_ANSWER.match(reply) is not None
                    and _REQUESTED.search(said[-1] if said else "") is not None
                    and _OBJECTION_CALL.search(said[-1]) is None and _ASKS_FOR_TAKER.search(said[-1]) is None
                    and _ANYTHING_ELSE.search(said[-1]) is None) or (
                    # "Kalle undrade om man kunde ... Jenny: vi provar det under april.": the one who
                    # answers for the group settles it in words that decide on their own
                    previous is not None and reply is not words and rules.decides(reply, in_section=False)) or (
                    # "Siv frågade om vi ska lacka eller olja. Blir olja.", "städdag: lör 26 april eller sön 27.
                    # -> lördagen.": one of the options put, chosen
                    previous is not None and said and chooses_option(said[-1], reply))
                if answered and previous is not None:
                    decisions.append(_decision(ctx, previous.start, sentence.end, text))  # the question and its yes
                elif previous is not None and (cut := _RESULT_THEN_TASK.search(text, sentence.start, sentence.end)) is not None \
                        and _whole_result(clean(text[sentence.start : cut.start()]), cut.group(0),
                                          offered := cues.OFFER.search(said[-1] if said else "") is not None):
                    # "Kalle föreslog en gemensam lunch. Det blir så, och Maja bokar matsalen.", "The Friends
                    # offered a book stall. This was gratefully accepted and Derek will allocate a pitch.":
                    # the proposal and its outcome, then a task of its own
                    decisions.append(_decision(ctx, (previous if offered else proposal or previous).start, cut.start(), text))
                    answered = True
                # "Okej, vi kör. Tre saker: ...", "ok let's start, recording is on.": the chair opening the
                # meeting and going on to what comes first, before anything is settled or asked, decides
                # nothing and gives no task (a turn that is only "Okej, vi kör." answers what was put)
                opening = (not said and not decisions and not actions and _OPENS_MEETING.match(words) is not None
                           and text[sentence.end : block.end].strip() != ""
                           and (prior is None or not text[prior.start : prior.end].rstrip().endswith("?")))
                for found in () if opening else self._sentence(ctx, item_block, sentence, words, section, said):
                    if isinstance(found, Decision) and answered:
                        continue  # the yes is recorded with its question
                    if isinstance(found, Decision) and section.mode == "proposal":
                        # "Förslag till beslut\nNämnden föreslår kommunfullmäktige att ...": put to the
                        # meeting, whose "Beslut" below decides (an outcome "enligt förslaget" takes it)
                        proposal = sentence
                        continue
                    if isinstance(found, Decision):
                        last_said = decisions[-1].evidence[-1] if decisions else None
                        if (last_said is not None and previous is not None and last_said.end == previous.end
                                and (rules.sets_date_only(words) or _ASSENT_ONLY.match(words)
                                     or _BRACKETED.fullmatch(words))):
                            # "Hyresgästerna var överens om en städdag. Städdagen blir lördag 11
                            # oktober.": the date belongs to the decision just made
                            decisions[-1] = decisions[-1].model_copy(
                                update={"evidence": [*decisions[-1].evidence, *found.evidence]})
                            continue
                        # (an offer on the line above counts as the sentence before: "... has offered a
                        # governance review.\nGovernors accepted the offer; ...")
                        back = previous if previous is not None else (
                            prior if prior is not None and text.count("\n", prior.end, sentence.start) == 1
                            and not text[prior.end : sentence.start].strip()
                            and cues.OFFER.search(text[prior.start : prior.end]) else None)
                        if (back is not None and _POINTS_BACK.match(words)
                                and (last_said is None or last_said.end <= back.start)):
                            # "Umeå universitet har erbjudit ett rum. Det tackade vi ja till.": what
                            # "det" accepts is said in the sentence before
                            found = _decision(ctx, back.start, found.evidence[-1].end, text)
                        if (assented is not None and last_said is not None and decisions[-1] is assented
                                and not text[last_said.end : sentence.start].strip()):
                            # "Ove föreslog kl 14. Ingen protesterade. Då säger vi så – stången reses kl
                            # 14.": the outcome said in words is the decision, not the silence before it
                            decisions.pop()
                        decisions.append(found)
                    elif isinstance(found, str):
                        section.enter("decision", opens_list=True)  # "Nämnden beslutar att" + a list of what
                        listed = True
                        # "beslutar att" + numbered points: each point completes "att" on its own.
                        ends_att = bool(re.search(r"\b(?:att|to)\s*:?$", words, re.I))
                        open_list = [sentence.start, sentence.end, False, ends_att, sentence.end]
                    else:
                        if previous is not None and _only_pronoun(found.task):
                            if said and _OPENS_MEETING.match(said[-1]):
                                continue  # "Okej, vi kör. Lina skriver.": who takes the notes, no task
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
                            update: dict[str, object] = {
                                "task": rules._tidy(clean(text[previous.start : previous.end])),
                                "evidence": [ctx.document.evidence(previous.start, sentence.end)],
                            }
                            if found.deadline_text is None and (
                                    due := _deadline(text[previous.start : previous.end], ctx)) is not None:
                                # "Verksamhetsberättelsen ska vara klar senast tre veckor före årsmötet.
                                # Linda skriver den.": the sentence it points back to says by when
                                update |= {"deadline": due.value, "deadline_text": due.text}
                            found = found.model_copy(update=update)
                            if (block_actions and block_actions[-1].owner is None
                                    and block_actions[-1].evidence[0].start >= previous.start):
                                block_actions.pop()  # the task the sentence before gave nobody, now taken
                        if (_ORG_COMMISSION.search(words) is not None and not _PROPOSING_HERE.search(words)
                                and not any(d.evidence[0].start >= topic_at for d in decisions)):
                            # "Förvaltningen får i uppdrag att ta fram en handlingsplan ...": a commission
                            # that is the matter's only resolution is the body's decision and the task
                            decisions.append(_decision(ctx, sentence.start, sentence.end, text))
                        _add_action(block_actions, found, ctx)
                said.append(words)
                earlier, previous = previous, sentence
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
            if asked is not None and block.kind == "turn" and index - asked[1] <= _REPLY_WINDOW:
                settled = _answered(ctx, asked[0], block, block_words, block_actions)
                if settled is not None:
                    request, block_actions = settled
                    at = next((i for i, a in enumerate(actions) if a is asked[0]), None)
                    if at is not None and request is None:
                        del actions[at]  # "Can you take that, Raj?" / "Raj: No, I'm away that week."
                    elif at is not None and request is not None:
                        actions[at] = request
                    elif asked[2] and request is not None:
                        actions.append(request)  # "Who writes the release notes?" / "Me, as usual."
                    asked = None
            bare_deadline = not block_actions or (
                len(block_actions) == 1 and block_actions[0].owner is None
                and block_actions[0].deadline_text is not None)
            if (block.kind == "turn" and block.speaker and len(block_words) < 40 and bare_deadline
                    and _complete_by_turn(ctx, actions, block, block_words)):
                block_actions = []
            if section.due is not None and section.mode == "action":
                block_actions = [_due_from_heading(ctx, a, section.due) for a in block_actions]
            actions.extend(block_actions)
            if block.kind == "turn":
                # "Dominik, can you get the terms?": asked of another, the answer comes in a later turn
                request = next((a for a in reversed(block_actions) if a.owner and a.evidence[-1].quote.endswith("?")
                                and ctx.names.resolve(block.speaker or "") != a.owner), None)
                if request is not None:
                    asked = (request, index, False)
                elif not block_actions and (ask := _ask_in_turn(ctx, block, block_words)) is not None:
                    # "Ali, kan du skriva ett utkast till 20 oktober?": a task once Ali says yes
                    asked = (ask, index, True)
            section.after(block, block.end - block.start)

        if open_list is not None:
            _close_list(ctx, open_list, decisions, text)
        agenda_index = _agenda_lookup(meeting)
        actions = [_with_implied_event(ctx, action, meeting.start) for action in dedupe_actions(actions)]
        decisions = dedupe_decisions(decisions)
        for decision in decisions:
            decision.agenda_item = agenda_index(decision.evidence[0].start)
        decisions = _without_propositions(decisions)
        for action in actions:
            action.agenda_item = agenda_index(action.evidence[0].start)
        return meeting.model_copy(update={"decisions": decisions, "action_items": actions,
                                          "attendees": _writer_present(meeting.attendees, ctx.writer)})

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
        if (verdict and (named_body := _NAMED_BODY_ACTS.search(words)) is not None
                and named_body.group("body").casefold() not in ctx.title.casefold()):
            verdict = False  # "TR: the OCPA Board approved the 2026 budget", "the Trust Board approved ... last week": another body
        if verdict and "___" in text[sentence.start : sentence.end] and _BLANK_FIELD.search(text, sentence.start, sentence.end):
            verdict = False  # "Minutes confirmed: ________  Date: _____": a form to sign, nothing decided
        if (verdict and sentence.start > block.start and _KEPT.search(words) is not None
                and _LOST.search(text, max(block.start, sentence.start - 120), sentence.start) is not None):
            verdict = False  # "Motion to raise dues failed 4-9. Dues stay at $15.": never changed, nothing decided
        speaker = block.speaker
        task_words = words
        pointed = ""  # the words before an arrow that hands them to the writer
        if (speaker is None and ": " in words and (aside := _SPEAKER_ASIDE.search(words)) is not None
                and ctx.names.is_known(aside.group("name"))):
            # "pelle: jag kollar den i eftermiddag": a person's own words in the notes, their task
            speaker, task_words = aside.group("name"), words[aside.end():]
            if aside.group("quote"):
                task_words = re.split(r"[\"“”]", task_words, maxsplit=1)[0]  # '"jag fixar pyntet!" Tack Lisa.'
        elif speaker is None and (writer := ctx.writer or sender_at(ctx.senders, sentence.start)) \
                and _writer_task(words) and not _THESE_NOTES.search(words):
            speaker = writer  # "I'll bring the quotes", "Jag lovade att boka lokalen": the writer's task
            # ("I promised to transfer the drive before I leave, and I will.": the promise opens the sentence)
            clause = _WRITER_CLAUSE.search(words) if not _OPENS_WITH_PROMISE.match(words) else None
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
                # "kallelsen ska ut 3 veckor innan -> jag fixar det": what "det" is stands before the arrow
                pointed = head if words[clause.start() : clause.end()].lstrip()[:1] in "-→=" else ""
        action = rules.parse_action(
            task_words, ctx.names, in_section=section.mode == "action" or block.todo, lang=ctx.lang,
            is_bullet=block.kind == "bullet", speaker=speaker,
        )
        if pointed and action is not None and _only_pronoun(action.task):
            action = rules.ActionParse(action.owners, rules._tidy(pointed))
        if action is not None and words.endswith(":") and len(words.split()) <= 4:
            action = None  # "Då sammanfattar jag:": the words that open a list, no task of their own
        if action is not None and action.owners and all(_DECIDING_WORD.fullmatch(o.strip()) for o in action.owners):
            action = None  # "RESOLVED to contribute £350": the meeting decided, nobody got a task
        if (action is not None and len(action.owners) == 1 and _WORD_FORM.fullmatch(action.owners[0])
                and not ctx.names.is_known(action.owners[0]) and action.owners[0] not in ctx.names.proper):
            action = None  # "Returned to open session at 8:21", "Unrestricted reserves stand at ...": no one
        found: list[Decision | ActionItem | str] = []
        first_word = action.task.split(maxsplit=1)[0].casefold() if action and action.task else ""
        if first_word in cues.DECIDING_TASK and rules.FUTURE_DECISION.search(words):
            return found  # "Nämnden ska utse en ledamot": a decision still to be taken, nobody's task
        if first_word in cues.DECIDING_TASK and (verdict or not _NOUN_AFTER_DASH.match(words)) and not (
                action is not None and action.owners and not all(
                    _MEETING_BODY.search(o) or _names_the_meeting(ctx, o) for o in action.owners)):
            if rules.disclaimed(words):
                return found  # "Styrelsen fastställer bokslutet på sitt möte i mars, inte LG:s sak": another body's
            # ("Varje kommun utser en kontaktperson": each municipality's task, not this meeting's decision)
            # "Governors agreed to appoint X": a decision; not "Rachel – award letters to ...", a noun
            verdict, action = True, None
        if (verdict and action is not None and len(action.owners) == 1 and ("→" in words or "->" in words)
                and (speaker_label := _REPLY_LABEL.match(words)) is not None
                and speaker_label.group(0).split()[0].rstrip(":").casefold() == action.owners[0].split()[0].casefold()
                and _ARROW_OUTCOME.search(words)):
            action = None  # "Ugo: add disk alert at 80% → agreed": who proposed it, and the group's yes
        if (verdict and action is not None and len(action.owners) == 1
                and action.owners[0].strip(" ,.:;()").casefold() not in ctx.names.full_names
                and (arrow := _ARROW.search(words)) is not None
                and chooses_option(words[: arrow.start()], words[arrow.start():])):
            # "Rollout: big-bang or phased → Phased.", "2 quotes: Signpro €400, Printhaus €350 -> Printhaus":
            # the option chosen (a name the notes mention, but nobody at the meeting), not who acts
            action = None
        if (verdict and action is not None and len(action.owners) == 1 and "-" in action.owners[0]
                and not ctx.names.is_known(action.owners[0]) and not ctx.names.is_person_like(action.owners[0])):
            action = None  # "Go-live moves from 2 March to 13 April.": a thing that moves, not who acts
        if action is not None and action.owners and (_TAKES_ROLE.search(words) or (
                verdict and (rules.ROLE_TAKEN.search(words) or rules.STANDING_DUTY.search(words)))):
            # "Mr Pryce agreed to be link governor for SEND", "Wilma tar på sig rollen resten av året":
            # a standing role taken on is the meeting's decision, not a task
            verdict, action = True, None
        if (verdict and action is not None and action.owners and _DECIDED_BODY.search(words)
                and all(_MEETING_BODY.search(o) for o in action.owners)):
            # "It was agreed that the board will hold a training session ...; the Clerk will book this":
            # the meeting's own body is what was decided; a person named after it has the task
            later = rules._later_clause(words, ctx.names, ctx.lang)
            action = (rules.ActionParse(tuple(later[0]), later[1])
                      if later is not None and later[0] and all(ctx.names.is_known(o) or o[:1].isupper() for o in later[0])
                      else None)
        if (verdict and action is not None and _SETTLED.search(words)
                and not all(o.casefold() in ctx.names.full_names for o in action.owners if o)):
            action = None  # "So that's agreed then, Netherlands pilots first": settled, no one's task
        if (verdict and action is not None and cues.COLLECTIVE.match(words)
                and not cues.APPOINT_TASK.search(words)
                and not (action.owners and _other_subject(words, action.owners))):
            action = None  # "The team agreed to try it": the group decided, nobody got a task
            later = rules._later_clause(words, ctx.names, ctx.lang) if (";" in words or " – " in words or ", " in words) else None
            if later is not None and later[0] and all(ctx.names.is_known(o) for o in later[0]):
                # "The Board agreed to replace the gear; Tom Reed will get three quotes": and who acts
                action = rules.ActionParse(tuple(later[0]), later[1])
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
                or rules.OFFER_TAKEN.search(words)  # "Ali erbjöd sig att hålla ett pass (tackade ja)"
                or rules.we_choose(words)  # "Vi köper från Konditori Linden, Sofia beställer"
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
        if not action.task or ((not action.owners or _WE_OPEN.match(task_words))
                               # (the label before a colon skipped, not a bracketed comment's: "... [Therese: ...]")
                               and _DEFERRAL.match(action.task.split(" [", 1)[0].split(": ", 1)[-1])):
            return found  # "Ta det då", "Come back to it", "vi tar det när budgeten är klar": a deferral, nobody's task
        if not action.owners and len(words) < 70 and _MEETING_CALENDAR.match(words) and _DATE_LIKE.search(words):
            return found  # "Nästa råd: 10 dec", "Next review: 19-Mar-2025, same time": the calendar
        owners = list(action.owners)
        if any(o in _ME_WORDS for o in owners):
            # "grant → Aroha + me to write it": the writer among those named (not "ME", someone's initials)
            owners = (_writer_for_me(ctx, ", ".join(owners), sentence.start) or "").split(", ")
        bracket = cues.TRAILING_OWNER.search(words) if not owners and words.rstrip(" .").endswith(")") else None
        bracketed = split_owner_list(bracket.group("paren")) if bracket is not None and bracket.group("paren") else []
        if bracketed and all(o[:1].isupper() and ctx.names.is_known(o) for o in bracketed):
            owners = bracketed  # "Inbjudan till vh ska ut senast två veckor innan (LS).": whose it is, in brackets
        elif (not owners and words.endswith(")") and _WRITER_BRACKET.search(words)
              and (writer := ctx.writer or sender_at(ctx.senders, sentence.start))):
            owners = [writer]  # "Revised SOW reflecting #4 (me)": the writer's
        if any(o.casefold() in cues.PRONOUN_SUBJECT for o in owners):
            # "Hon söker pengar": the person the block last named (looked up only when needed).
            last_person = next((p for p in map(ctx.names.person_in, reversed(said)) if p), None)
            owners = [(last_person or "") if o.casefold() in cues.PRONOUN_SUBJECT else o for o in owners]
        if len(owners) == 1 and owners[0].casefold() in _THEY and said:
            # "Freya and Ayo are meeting the Head on 5 Feb. They will bring ...": the attendees the
            # sentence before named, when it named more than one
            pair = _NAMED_PAIR.match(said[-1])
            they_named = [p for p in split_owner_list(pair.group(0)) if ctx.names.is_known(p)] if pair else []
            if len(they_named) >= 2:
                owners = they_named
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
        if owners and all(len(o.strip()) == 1 and o.strip() != "I" and not ctx.names.is_known(o.strip()) for o in owners):
            return found  # "B adds a second parser path for every implementer": option B, nobody's task
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


_WE_OPEN = _rx.compile(r"\s*(?:vi|we)\s", re.I)
# "Approved as a correct record. [Approved – proposed NR, seconded SM]": the outcome's note in brackets
_BRACKETED = _rx.compile(r"\[[^\[\]]+\]|\([^()]+\)")
# the writer named in the brackets that close a task: "(me)", "(jag)"
_WRITER_BRACKET = _rx.compile(r"\((?:me|jag|mig|myself)\)$", re.I)
# the brackets that close a sentence, and the name and words of a clause in them
_CLOSING_BRACKETS = _rx.compile(r"\((?P<inner>(?P<first>[A-ZÅÄÖ][\wåäöé-]*)[^()]{8,300})\)[ .]*$")


def _bracketed_apart(ctx: _Context, sentences: Iterable[Sentence]) -> Iterator[Sentence]:
    """The sentences, each clause in the brackets that close one read as a sentence after it
    when it opens with someone the meeting knows: "Läkarbemanningen är inte löst (Hamid tar
    frågan till verksamhetschefen)", "Alla var för (Linn bokar bord senast 21/11).", and a
    sentence all in brackets read without them."""
    text = ctx.document.text
    for sentence in sentences:
        found = (_CLOSING_BRACKETS.search(text, sentence.start, sentence.end)
                 if text[sentence.start : sentence.end].rstrip(" .").endswith(")") else None)
        # (one of those present opens it, and a line of the meeting calendar keeps its own: "7 maj kl.
        # 09.30, Tallvik (Maja bokar lokal)")
        if (found is None or text[sentence.start].isdigit()
                or found.group("first").casefold() not in ctx.names.full_names
                or len(found.group("inner").split()) < 3):
            yield sentence
            continue
        # (only a task of someone named: not "(Henrik tillfrågas av Oskar)", "(AL: ja gör det)")
        task = rules.parse_action(clean(found.group("inner")), ctx.names, in_section=False, lang=ctx.lang)
        if task is None or not task.owners or not all(ctx.names.is_known(o) for o in task.owners):
            yield sentence
            continue
        if found.start() > sentence.start:
            yield Sentence(sentence.start, content_span(text, sentence.start, found.start())[1], sentence.block)
        # ("Tre sökande. (Eva + Malin intervjuar v. 6)": a sentence all in brackets is its clause)
        yield Sentence(found.start("inner"), found.end("inner"), sentence.block)
# "Jag (Therese) skriver som vanligt ihop det här efter mötet": the writing of the notes themselves
_THESE_NOTES = _rx.compile(r"\b(?:skriver|skrev|write|writing|wrote|type|typing|typed)\b[^.]{0,40}?\b(?:det här|detta|"
                          r"these notes|this up|anteckning\w*|protokoll\w*|the minutes|notes)\b", re.I)
# "I promised to transfer the drive before I leave, and I will.": the writer's promise opens the sentence
_OPENS_WITH_PROMISE = _rx.compile(r"(?:i|jag)\s+(?:själv\s+|myself\s+)?(?:promised|lovade|lovar)\s+(?:to|att)\b", re.I)
# "Vi lägger in punkten från och med april. (Alla överens.)": the room's assent to the decision
# just recorded, no decision of its own
_ASSENT_ONLY = _rx.compile(
    r"\(?\s*(?:alla (?:var )?(?:överens|eniga|ok|med på det)|ingen (?:sa emot|invände|hade något emot det)|"
    r"(?:all|everyone) agreed|agreed by (?:all|everyone)(?: on (?:the )?call)?|no objections?)\W*\)?\W*$"
    # "Alla höll med, gäller från idag.", "Det var alla överens om, det var egentligen ingen diskussion."
    r"|(?:alla höll med|det var alla (?:överens|eniga) om|everyone was happy with (?:that|it))(?:,[^.;]{0,60})?\W*$", re.I)
_POINTS_BACK = _rx.compile(
    r"(?:det|detta|den|dem|that|this|it)\s+(?:tackade|tackar|sa|sade|godkände|antog|accepterade|avslog|"
    r"we|var alla (?:överens|eniga|med på)|bestämde|beslutade)\b|(?:ok,?\s+)?that's a (?:yes|no)\b"
    r"|vi (?:bestämde|beslutade) (?:det|så)\b"
    # "The Diocese has offered a governance review. Governors accepted the offer."
    r"|(?:[\w'’]+\s+){0,3}?(?:accepted|took up|declined) (?:the|their|his|her|this) offer\b|(?:\w+\s+){0,2}?tackade (?:ja|nej) till erbjudandet\b"
    # a yes or no with no object of its own: "Peder har en skärm vi kan låna. Vi tackar ja.", "Apologies –
    # Cllr Beattie (work). Accepted.", "... Others agreed."
    r"|(?:vi\s+)?(?:tackar|tackade)\s+(?:ja|nej)(?:\s+tack)?\W*$|det kör vi på\W*$|blev (?:ja|nej)\W*$"
    # "Lisbeths svåger kan tänka sig. Vi tar det.": taking what was offered
    r"|(?:vi tar|we(?:'ll|’ll| will)? take) (?:det|den|it)\W*$"
    r"|(?:others|all|everyone|everybody)\s+agreed\W*$|(?:accepted|agreed|approved)\W*$", re.I)
# where an outcome's clause ends and a task's begins: ", och Maja ...", " and Derek will ...", " – Per ..."
# what a task makes, due: "Programmet ska vara klart innan, 27 maj", "The report must be ready by ..."
_DELIVERABLE_DUE = _rx.compile(
    r"(?:the\s+)?(?P<noun>[^\W\d_]{4,})\s+(?:ska|skall|måste|behöver|bör|must|needs?\s+to|has\s+to|should)\s+"
    r"(?:vara\s+|be\s+)?(?:klar|klart|klara|färdig|färdigt|färdiga|ute|uppe|inne|ready|done|finished|out|in)\b", re.I)
# an English word form opening a sentence, no name: "Returned", "Unrestricted", "Following", "Finally"
_WORD_FORM = _rx.compile(r"[A-Z][a-z]{3,}(?:ed|ing|ly)")
_RESULT_THEN_TASK = _rx.compile(r"(?:,?\s+(?:och|and)|\s*;|\s+[–—-])\s+(?=[A-ZÅÄÖ])")


def _task_after_result(text: str, sentence: Sentence, words: str, result_end: int) -> Sentence | None:
    """The clause after an outcome that ends with a semicolon or a comma ("Agreed; Tom to book
    it", "Members agreed in principle; Cllr Osei to meet the club secretary"), as a sentence."""
    if result_end >= len(words) or words[result_end - 2 : result_end - 1] not in (";", ","):
        return None
    rest = words[result_end:].lstrip()
    if not rest[:1].isupper():
        return None
    at = text.find(rest.split(maxsplit=1)[0], sentence.start, sentence.end)
    return Sentence(at, sentence.end, sentence.block) if at >= 0 else None


def _writer_present(attendees: list[Attendee], writer: str | None) -> list[Attendee]:
    """'Present: me (chair), Gary Pollitt, ...' in notes signed by Ruth: Ruth was there."""
    if writer is None or not any(a.name.casefold() in _SELF_WORDS for a in attendees):
        return attendees
    if any(a.name.casefold() == writer.casefold() for a in attendees):
        return [a for a in attendees if a.name.casefold() not in _SELF_WORDS]
    return [a.model_copy(update={"name": writer}) if a.name.casefold() in _SELF_WORDS else a for a in attendees]


# a part of a task list for later or for the rest: "Lakeshore – later:", "Övrigt:" (not "Anna:", which
# may give the owner of the lines below)
_PART_OF_LIST = _rx.compile(r"(?:[\w&./-]+(?:\s[\w&./-]+){0,2}\s[–—-]\s+)?(?:later|senare|sen|övrigt|other|misc):", re.I)


def _due_from_heading(ctx: _Context, action: ActionItem, due: tuple[DateMention, int, int]) -> ActionItem:
    """A task under 'Att göra till nästa träff' that names no time of its own is due then; the
    heading joins its evidence."""
    if action.deadline_text is not None:
        return action
    mention, start, end = due
    return action.model_copy(update={"deadline": mention.value, "deadline_text": mention.text,
                                     "evidence": [*action.evidence, ctx.document.evidence(start, end)]})


def _with_implied_event(ctx: _Context, action: ActionItem, floor: int) -> ActionItem:
    """'Kallelsen går ut senast tre veckor före' under 'Årsmötet: söndag 27 april': the span counted
    back from the event dated just above; 'Next call: Wednesday 6 November. Kadri to present it at
    that call.': the meeting the sentence before names."""
    if action.deadline is not None or not action.deadline_text:
        return action
    first = action.evidence[0]
    text = ctx.document.text
    due = named_event_deadline(text[first.start : first.end], action.deadline_text, ctx) or implied_event_deadline(
        text, first.start, action.evidence[-1].end, floor, ctx.anchor,
        action.deadline_text) or referred_meeting_deadline(
        text, first.start, floor, action.deadline_text, ctx)
    return action if due is None else action.model_copy(update={"deadline": due})


def _whole_result(head: str, joint: str, after_offer: bool) -> bool:
    """Whether ``head`` is an outcome and nothing else ("Det blir så", "This was gratefully accepted"),
    not a label that opens what was decided ("RESOLVED, that the Board authorizes the President").
    After a semicolon or a dash only the yes to an offer ("Tackade ja – Sara samordnar med henne")
    is: "Agreed – QA joins refinement from Sprint 43" says after the dash what was agreed."""
    if not joint.strip(" ,").isalpha():
        return after_offer and cues.OFFER_RESULT.match(head) is not None
    result = cues.RESULT.match(head) or (cues.OFFER_RESULT.match(head) if after_offer else None)
    return result is not None and result.end() >= len(head.rstrip(" .,;:!"))


# an administration, an office or an officer commissioned: "Förvaltningen får i uppdrag att",
# "att ge förvaltningschefen i uppdrag att", "Nämndsekreteraren får i uppdrag att"
_OFFICE = r"(?:[\wåäö]*förvaltningen|[\wåäö]*kontoret|[\wåäö]*chefen|[\wåäö]*enheten|nämndsekreteraren)"
_ORG_COMMISSION = _rx.compile(
    rf"\b(?:{_OFFICE}|sekreteraren)\s+(?:får|fick)\s+i\s+uppdrag\s+att\b|\bge\s+{_OFFICE}\s+i\s+uppdrag\s+att\b", re.I)
_PROPOSING_HERE = _rx.compile(r"\b(?:yrkar|yrkade|föreslår|föreslog|förslag)\b", re.I)
# a body named by its own name, acting: "the OCPA Board approved", "The Steering Committee approved
# funding", "Library Board approved new summer hours" (the meeting's own body is named in its title)
_NAMED_BODY_ACTS = _rx.compile(
    r"^(?:[\w'’ ]{1,20}:\s*)?(?:(?i:just that)\s+)?(?:(?i:the|our)\s+)?"
    r"(?P<body>(?:(?!The\b)[A-Z][\w'’&.-]*\s+){1,4}(?:[a-z]+\s+)?(?:Board|Committee|Council|Trust|Foundation|Executive|Panel|"
    r"SIG|Office|Department|Authority|Agency|Commission|board|committee|council)"
    # ("County Area Agency on Aging approved ...", "the Board of Education approved ...")
    r"(?:\s+(?:of|on|for)(?:\s+[A-Z][\w'’&.-]*){1,3})?"
    # ("The Ontario Association of Food Banks decided to cut our freight allocation")
    r"|(?:(?!The\b)[A-Z][\w'’&.-]*\s+){1,3}(?:Association|Federation|Society|Union|Alliance|Network|Ministry)"
    r"(?:\s+of(?:\s+[A-Z][\w'’&.-]*){1,3})?)\s+(?:has\s+|have\s+|had\s+|already\s+)?"
    r"(?:decided|approved|agreed|signed off|voted|resolved|endorsed|adopted)\b")
# a label with a blank to fill in: "Approved: ____________", "Signed ______ Date ______"
_BLANK_FIELD = _rx.compile(r"\w[:.]?\s*_{3,}")
_PRONOUN_REPORTS = _rx.compile(
    r"(?:hon|han|hen|de|she|he|they)\s+(?:rapporterar|återkommer|återkopplar|redovisar|reports back|will report back|"
    r"will come back|comes back)\b"
    # "He'll do it first thing Monday.", "Hon fixar det till fredag.": the task just given, and when
    r"|(?:hon|han|hen|de|she|he|they)(?:'ll|’ll|\s+will|\s+can|\s+kan|\s+ska)?\s+"
    r"(?:do|get|have|send|finish|sort|gör|fixar|tar|skickar|ordnar|löser|göra|fixa|ta|skicka|ordna|lösa)\s+"
    r"(?:it|that|this|them|det|den|dem|detta)\b"
    # "Den ska vara inne senast 15 februari.", "It needs to be out by Friday.": when the task just given is due
    r"|(?:den|det|de|dessa|it|they|this|that)\s+(?:ska|skall|måste|behöver|must|needs?\s+to|has\s+to|have\s+to|should)\s+"
    r"(?:vara|be)\s+(?:inne|klar|klart|klara|färdig|färdigt|ute|in|done|ready|out|finished|submitted|sent|with\s+\w+)\b", re.I)
_ENDS_SAID = _rx.compile(r"[.!?]\s").search  # (a speaker's label, "[00:01:11] Göran Ek:", is no sentence)
# "Kan någon ta kiosken i maj? Nej.": nobody stepping forward, no answer of the meeting
_ASKS_FOR_TAKER = _rx.compile(r"\b(?:någon|anyone|anybody|someone|somebody|volunteers?|frivilliga?)\b", re.I)
# "Lisa: ja, beställ.", "A: yes, ...": who answers, before the answer
_REPLY_LABEL = _rx.compile(r"(?:[A-ZÅÄÖ][\wåäöé.]{0,15}(?: [A-ZÅÄÖ][\wåäöé.]{0,15})?):\s+(?=\S)")
# "kan vi skaffa ...?", "do we buy 30?": a question that puts something to the group
_PUT_TO_US = _rx.compile(
    r"\b(?:(?:do|shall|should|can|could) we|(?:whether|if) we (?:can|could|should)|(?:kan|ska|skall|får|bör|borde) vi|"
    r"om vi (?:kan|ska|skall|får|bör|borde)|"
    # "kan man byta period ...?", "Sam asked for a post-mortem.", "Kalle undrade om ...": asked of the
    # meeting, whose answer the one who decides gives ("Jenny: ja, ...", "Dev: yes, ...")
    rf"(?:kan|får) man|(?:can|may) (?:staff|members|people|one)|{cues.ASKED_OF_MEETING}|asked about|"
    # "Q (Tim): can the toddler group move to the main hall? A: Yes, ...": a request put as a question
    r"^q\b[^:]{0,20}:\s*(?:can|could|may|kan|får))\b", re.I)
# a stage direction opening a sentence: "(alla nickar)", "(laughter)", "[inaudible]" (not "(b)", "(Tom)")
# ("[done] MB – liaison statement": a status, which says the task is done, stays)
_STAGE_ASIDE = _rx.compile(
    r"[(\[](?!(?:done|klart?|avklarad|closed|stängd|complete|completed|finished|utfört|gjort)\W)"
    r"[a-zåäö][^()\[\]\n]{2,29}[)\]]\s+(?=\S)")
_THEY = frozenset(("they", "de"))
# the people a sentence opens on: "Freya and Ayo ...", "Lisa, Omar och Per ..."
_NAMED_PAIR = _rx.compile(r"[A-ZÅÄÖ][\w'-]+(?:(?:,\s*|\s+(?:and|och|&|\+)\s+)[A-ZÅÄÖ][\w'-]+)+")
# "Något mer? Nej.", "Any other business? No.": the chair closing the meeting, nothing put to it
_ANYTHING_ELSE = _rx.compile(
    r"(?:^|[:>*]\s*)(?:något (?:mer|mera|annat|övrigt)|övrigt|övriga frågor|fler frågor|anything else|any other business|"
    r"aob|any more|anything more|other business)\W*$", re.I)
_BARE_NO = _rx.compile(r"^\W*(?:nej|no|nope|none|ingen)(?:[.!?]+|\s*$)", re.I)  # "No.", "No. Okay.", "No? Then ..."
_SILENCE = _rx.compile(r"(?:nobody|no one|no-one|ingen)\b", re.I)
_YES_INITIALS = frozenset("JjYySsAaDdOoTtCc→-–")
# How far back in a file of several meetings an event's date is looked for ("innan hajken" dated two
# meetings up): a window, so a file of thousands of meetings is not read once per meeting
_EARLIER_NOTES = 12_000
_TAKES_ROLE = _rx.compile(
    r"\b(?:agreed|has agreed|have agreed)\s+to\s+(?:be|act as|serve as|become|take over as|continue as)\b"
    r"(?!\s+(?:nominated|considered|elected|appointed|asked))|\b(?:tar|tog|åtog sig|åtar sig) på sig rollen\b|"
    # "Birgitta tar över nyckelansvaret efter Nils": a standing duty handed on
    r"\b(?:tar|tog) över [a-zåäö]{3,}ansvaret\b|"
    r"\b(?:åtog|åtar) sig (?:rollen|uppdraget) som\b|"
    # "tove tar över som hygienombud efter henne, alla ok", "Ian takes over as treasurer": a role handed on
    # (not "... tar över som kassör och att Emilia går igenom bokföringen med honom": a task follows)
    r"(?:\b(?:tar|tog) över som\b|\b(?:takes|took|will take) over as\b)(?![^.;]*\b(?:och att|and that)\b)", re.I)
_DECIDED_BODY = _rx.compile(
    r"\b(?:agreed|decided|resolved|beslutades|beslöts|bestämdes|enades om)\s+(?:that|att)\s+(?:the\s+)?"
    r"(?:board|committee|council|group|governors|trustees|styrelsen|nämnden|rådet|gruppen)\s+(?:will|would|shall|ska|skulle)\b",
    re.I)
# turns between a request and the reply that answers it ("Can you take that, Raj?" ... "Raj: Yep")
_REPLY_WINDOW = 3
_SETTLED_IN_PLACE = _rx.compile(
    r"[;,.]\s+(?:and\s+)?(?:the\s+)?(?:amendment|motion|proposal)?\s*(?:was\s+)?"
    r"(?:carried|passed|adopted|failed|defeated|lost|withdrawn|lapsed|died)\b"
    # "Helen moved to approve the change; no second was received."
    r"|\b(?:no second(?:er)?|not seconded|without a second(?:er)?|for lack of a second)\b", re.I)
_LABEL_IN_BRACKETS = _rx.compile(
    r"[(\[]\s*((?i:beslut|beslutades|decision|decided|agreed|resolved|action|åtgärd|att göra|uppdrag|todo)\s*:[^()\[\]]+?)\s*[)\]]")


__all__ = ["OfflineEngine"]
