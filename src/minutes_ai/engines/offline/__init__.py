"""The offline engine: decisions and action items from Swedish and English cues, no model.

Deterministic and fast. It walks each meeting block by block, keeps track of the section it
is in ("Beslut", "Att göra", an action table), and asks :mod:`.rules` about every sentence.
Evidence is a slice of the document by construction, so every item it returns is grounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import __version__
from ...dates import find_dates, find_deadline
from ...document import Document
from ...schemas import ActionItem, Decision, Extraction, Meeting, RunInfo, schema_hash
from ...structure import parse_meetings
from . import cues, rules
from .owners import NameIndex, split_owner_list
from .segment import Block, clean, split_blocks, split_sentences
from .tables import TableReader


@dataclass
class _Section:
    """Where in the meeting a block stands: under a decision or action label, or neither."""

    mode: str | None = None  # "decision" | "action" | "neutral" | None
    blocks_seen: int = 0
    first_kind: str | None = None

    def enter(self, mode: str | None) -> None:
        self.mode, self.blocks_seen, self.first_kind = mode, 0, None

    def after(self, block: Block, length: int) -> None:
        """A decision label covers one paragraph or one list; an action label a list or short lines."""
        if self.mode is None:
            return
        self.blocks_seen += 1
        self.first_kind = self.first_kind or block.kind
        if self.mode == "decision" and (block.kind == "para" or self.blocks_seen >= 8) or self.mode == "action" and block.kind == "para" and length > 300:
            self.mode = None


@dataclass
class OfflineEngine:
    """Rule-based extraction for Swedish and English notes; the default engine."""

    name: str = "offline"
    warnings: list[str] = field(default_factory=list)

    def extract(self, document: Document) -> Extraction:
        """Extract every meeting of ``document`` with its decisions and action items."""
        meetings = [self._fill(document, m) for m in parse_meetings(document)]
        run = RunInfo(engine=self.name, engine_version=__version__, schema_hash=schema_hash())
        return Extraction(source=document.source, meetings=meetings, run=run)

    def _fill(self, document: Document, meeting: Meeting) -> Meeting:
        text = document.text
        names = NameIndex.build(meeting, text[meeting.start : meeting.end])
        anchor = meeting.meeting_date
        next_date = meeting.next_meeting.date if meeting.next_meeting else None
        lang = meeting.language
        decisions: list[Decision] = []
        actions: list[ActionItem] = []
        section = _Section()
        attendee_names = tuple(a.name.casefold() for a in meeting.attendees if len(a.name) > 2)
        table = TableReader()

        for index, block in enumerate(split_blocks(text, meeting.start, meeting.end)):
            words = clean(text[block.start : block.end])
            if block.kind in ("table", "rule"):
                row = table.feed(text, block)
                if row is not None:
                    actions.append(self._table_action(document, names, row, anchor, next_date))
                continue
            table.reset()
            if _is_attendee_line(words, attendee_names):
                continue
            label_mode = _label_mode(words)
            if label_mode is not None or block.kind in ("heading", "bold"):
                section.enter(label_mode)
                continue
            block_decisions = self._block(document, block, index, section, names, lang, anchor,
                                          next_date, actions)
            decisions.extend(block_decisions)
            section.after(block, block.end - block.start)

        agenda_index = _agenda_lookup(meeting)
        for item in (*decisions, *actions):
            item.agenda_item = agenda_index(item.evidence[0].start)
        return meeting.model_copy(update={"decisions": decisions, "action_items": actions})

    def _block(self, document, block, index, section, names, lang, anchor, next_date, actions):
        """Decisions of one block (appended actions go straight into ``actions``)."""
        text = document.text
        in_decisions = section.mode == "decision"
        in_actions = section.mode == "action"
        found: list[Decision] = []
        sentences = split_sentences(text, block, index)
        cue_hits = 0
        for sentence in sentences:
            words = clean(text[sentence.start : sentence.end])
            verdict = rules.is_decision(words, in_section=in_decisions)
            if verdict and _dated_before(words, anchor):
                verdict = False  # "Den 26 februari ställde sig X bakom ...": an earlier decision
            action = rules.parse_action(words, names, in_section=in_actions, lang=lang,
                                        is_bullet=block.kind == "bullet")
            if verdict:
                cue_hits += 1
                if action is None or not action.owners or cues.DECISION_LABEL.match(words):
                    found.append(Decision(text=rules.decision_text(words),
                                          evidence=[document.evidence(sentence.start, sentence.end)]))
            if action is None and not rules.deadline_only_task(words):
                continue
            raw = text[sentence.start : sentence.end]
            deadline = find_deadline(raw, anchor=anchor, next_meeting=next_date)
            if action is None and deadline is not None:
                action = rules.ActionParse((), words)
            if action is not None and action.task:
                owner = names.resolve_many(action.owners) or None
                task = action.task
                if deadline is not None:
                    task = _without(task, clean(deadline.text))
                actions.append(ActionItem(
                    owner=owner,
                    task=task or action.task,
                    deadline=deadline.value if deadline else None,
                    deadline_text=deadline.text if deadline else None,
                    evidence=[document.evidence(sentence.start, sentence.end)],
                ))
        if in_decisions and cue_hits == 0 and block.end > block.start:
            # Under a "Beslut" label, a paragraph without its own cue is the decision itself.
            words = clean(text[block.start : block.end])
            if words and not words.endswith("?"):
                found.append(Decision(text=rules.decision_text(words),
                                      evidence=[document.evidence(block.start, block.end)]))
        return found

    def _table_action(self, document, names, row, anchor, next_date) -> ActionItem:
        owner_words = clean(row.owner) if row.owner else ""
        owner = names.resolve_many(split_owner_list(owner_words)) if owner_words else None
        deadline_text = row.due.strip() if row.due and row.due.strip(" -–—") else None
        deadline = None
        if deadline_text:
            mention = find_deadline(deadline_text, anchor=anchor, next_meeting=next_date)
            deadline = mention.value if mention else None
        return ActionItem(
            owner=owner or None,
            task=rules._tidy(clean(row.task)),
            deadline=deadline,
            deadline_text=deadline_text,
            evidence=[document.evidence(row.start, row.end)],
        )


def _is_attendee_line(words: str, attendee_names: tuple[str, ...]) -> bool:
    """A short line that starts with an attendee's name lists people; it assigns nothing."""
    if len(words) > 90 or not attendee_names:
        return False
    low = words.casefold()
    return any(low.startswith(name) and (len(low) == len(name) or low[len(name)] in ",( –-")
               for name in attendee_names) and not _HAS_VERB_CUE.search(words)


_HAS_VERB_CUE = re.compile(r"\b(?:ska|skall|will|to|får|ansvarar|tar|kontaktar|bokar|skickar)\b", re.I)
_PAST_DECISION = re.compile(
    r"\b(?:ställde|beslutade|beslöt|godkände|antog|fastställde|biföll|approved|decided|adopted)\b", re.I
)


def _dated_before(words: str, anchor) -> bool:
    """A past-tense decision verb with a date before the meeting reports an earlier decision."""
    if not _PAST_DECISION.search(words):
        return False
    mentions = find_dates(words, anchor=anchor)
    if anchor is None:
        return bool(mentions)  # no meeting date to compare with: a dated past act is a report
    return any(m.value is not None and m.value < anchor for m in mentions)


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
        for i, start, end in spans:
            if start <= offset < end:
                return i
        return None

    return lookup


def _without(task: str, phrase: str) -> str:
    """The task words with the deadline phrase cut out."""
    if not phrase:
        return task
    at = task.casefold().find(phrase.casefold())
    if at < 0:
        return task
    return rules._tidy(task[:at] + task[at + len(phrase):])


__all__ = ["OfflineEngine"]
