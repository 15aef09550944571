"""Sentence rules: is this a decision of the meeting, a task for someone, or neither?

Each function looks at one sentence's words (markup removed) and answers from the cues in
:mod:`.cues`; the engine supplies the context (the section it stands in, the meeting's names).

The rules live in private modules, one concern each, each using only those above it:

    _rules_words      ActionParse, a task's tidied words, time and deadline phrases, imperatives
    _rules_verbs      the verb, modal or phrase a task opens with after its subject
    _rules_subjects   who acts: the subject a sentence opens with, or a later clause's
    _rules_decisions  whether a sentence records the meeting's decision
    _rules_vetoes     done already, without a taker, hedged, a stated fact: no task
    _rules_lists      list lines and action sections: owners in brackets, labels, after a dash
    _rules_assigned   the owners and task of a plain sentence
    _rules_tasks      parse_action: forms of speech, then the plain sentence, then the vetoes

This module gathers what the engine (and the tests) ask for; the names are the objects the
rules use, so a test that reads one reads what the rules run.
"""

from __future__ import annotations

from ._rules_assigned import (
    _DASH_OWNER,
    _EN_PASSIVE_TASK,
    _GOING_TO,
    _MAY_ASSIGN,
    _MAY_BE,
    _MAY_DASH,
    _MAY_GO,
)
from ._rules_decisions import (
    _MAY_OUTCOME,
    CONSENSUS_MARK,
    FUTURE_DECISION,
    OFFER_TAKEN,
    OUTCOME,
    ROLE_TAKEN,
    STANDING_DUTY,
    decides,
    decision_text,
    disclaimed,
    is_decision,
    moved_count,
    sets_date_only,
    we_choose,
)
from ._rules_subjects import (
    _APPOSITION,
    _APPOSITION_OPENERS,
    _CLAUSE,
    _WE,
    _WE_FIRST,
    JOINING_WORDS,
    _later_clause,
    second_task,
)
from ._rules_tasks import _MAY_REQUEST, WITH_ME, parse_action
from ._rules_verbs import (
    _EN_PRESENT,
    _LEAD_WORDS,
    _SV_PRESENT,
    _may_lead,
    _task_lead,
    _verb_may_follow,
)
from ._rules_vetoes import deadline_only_task, not_taken, past_task
from ._rules_words import _WHEN_WORDS, ActionParse, _tidy

__all__ = [
    # what a sentence says
    "ActionParse", "WITH_ME", "is_decision", "decides", "disclaimed", "moved_count", "sets_date_only", "decision_text", "parse_action", "second_task",
    "past_task", "not_taken", "deadline_only_task",
    # patterns and words the engine reads too
    "CONSENSUS_MARK", "OFFER_TAKEN", "STANDING_DUTY", "we_choose", "OUTCOME", "ROLE_TAKEN", "FUTURE_DECISION", "JOINING_WORDS", "_WHEN_WORDS", "_tidy", "_later_clause",
    # the fast paths, checked against their plain forms by the tests
    "_APPOSITION", "_APPOSITION_OPENERS", "_CLAUSE", "_DASH_OWNER", "_EN_PASSIVE_TASK", "_EN_PRESENT", "_GOING_TO",
    "_LEAD_WORDS", "_MAY_ASSIGN", "_MAY_BE", "_MAY_DASH", "_MAY_GO", "_MAY_OUTCOME", "_MAY_REQUEST", "_SV_PRESENT",
    "_WE", "_WE_FIRST", "_may_lead", "_task_lead", "_verb_may_follow",
]
