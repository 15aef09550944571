"""What the engine reads each sentence against: the meeting's context and the section a block is in.

:class:`_Context` holds what every sentence of one meeting is read against (the document, the
names, the meeting's and the next meeting's dates, the notes' title and writer);
:class:`_Section` follows the decision or action label a block stands under.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...dates import DateMention
from ...document import Document
from .owners import NameIndex
from .schedule import Schedule
from .segment import Block


@dataclass
class _Section:
    """Where in the meeting a block stands: under a decision or action label, or neither."""

    mode: str | None = None  # "decision" | "action" | "proposal" | "neutral" | None
    blocks_seen: int = 0
    opened_here: bool = False  # this block's sentence opened a decision list ("RESOLVED: That")
    # an action list's heading that says by when ("Att göra till nästa träff"): its deadline and span
    due: tuple[DateMention, int, int] | None = None

    def enter(self, mode: str | None, *, opens_list: bool = False,
              due: tuple[DateMention, int, int] | None = None) -> None:
        self.mode, self.blocks_seen, self.opened_here, self.due = mode, 0, opens_list, due

    def after(self, block: Block, length: int) -> None:
        """A decision or proposal label covers one paragraph or one list; an action label a list or short lines."""
        if self.mode is None:
            return
        if self.opened_here:
            self.opened_here = False  # the list starts below the paragraph that opened it
            return
        self.blocks_seen += 1
        if self.mode in ("decision", "proposal") and (block.kind == "para" or self.blocks_seen >= 8) or self.mode == "action" and block.kind == "para" and length > 300:
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
    # a thread of e-mails with several senders: where each message starts and who sent it
    senders: tuple[tuple[int, str], ...] = ()
