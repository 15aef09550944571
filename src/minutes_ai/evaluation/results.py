"""The evaluation report: what was compared, the outcome of every item, and the scores.

The report stores each document's gold and predicted items with their match outcome,
so a later run can be compared item by item, not only metric by metric. Everything in it
is deterministic for a given gold set and engine output, except ``created_at``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

REPORT_FORMAT = 1

# Metrics where higher is better; a drop beyond tolerance is a regression.
QUALITY_METRICS = (
    "decision_precision",
    "decision_recall",
    "decision_f1",
    "action_precision",
    "action_recall",
    "action_f1",
    "owner_accuracy",
    "deadline_accuracy",
    "grounding_rate",
)
# Reported but never a regression: cost and structure.
INFO_METRICS = ("meeting_date_accuracy", "calls", "cached_calls", "prompt_tokens", "completion_tokens")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Counts(_Model):
    """Raw counts behind the metrics; totals are their sums (micro-averaging)."""

    decision_tp: int = 0
    decision_fp: int = 0
    decision_fn: int = 0
    action_tp: int = 0
    action_fp: int = 0
    action_fn: int = 0
    owner_correct: int = 0
    owner_total: int = 0
    deadline_correct: int = 0
    deadline_total: int = 0
    grounded_items: int = 0
    predicted_items: int = 0
    gold_meetings: int = 0
    predicted_meetings: int = 0
    meeting_date_correct: int = 0
    meeting_date_total: int = 0
    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{k: getattr(self, k) + getattr(other, k) for k in Counts.model_fields})


class GoldRecord(_Model):
    """A gold item as stored in the report."""

    key: str
    meeting: int
    start: int
    end: int
    quote: str
    text: str
    owner: str | None = None
    deadline: str | None = None
    deadline_text: str | None = None


class PredictedRecord(_Model):
    """A predicted item as stored in the report."""

    meeting: int
    text: str
    evidence: list[tuple[int, int]]
    quotes: list[str]
    grounded: bool
    owner: str | None = None
    deadline: str | None = None
    deadline_text: str | None = None


class Outcome(_Model):
    """One row of the confusion: a match, a missed gold item, or a spurious prediction."""

    kind: Literal["decision", "action"]
    status: Literal["matched", "missed", "spurious"]
    gold: GoldRecord | None = None
    predicted: PredictedRecord | None = None
    matched_by: Literal["span", "text"] | None = None
    score: float | None = None
    owner_ok: bool | None = Field(default=None, description="Matched actions only.")
    deadline_ok: bool | None = Field(default=None, description="Matched actions whose gold states a deadline.")
    same_meeting: bool | None = Field(default=None, description="Predicted in the gold item's meeting.")


class DocumentResult(_Model):
    """Scores and outcomes for one gold document."""

    name: str
    source: str
    counts: Counts
    metrics: dict[str, float | None]
    outcomes: list[Outcome]
    error: str | None = Field(default=None, description="Why the engine produced nothing, if it failed.")


class ReportKey(_Model):
    """What a run measured: the engine and its prompt/schema/model, and the gold set."""

    engine: str
    engine_version: str | None = None
    model: str | None = None
    prompt_hash: str | None = None
    schema_hash: str
    gold_set_hash: str


class EvalReport(_Model):
    """A whole evaluation run; ``created_at`` is informational and left out of baselines."""

    format: int = REPORT_FORMAT
    key: ReportKey
    created_at: str | None = None
    totals: Counts
    metrics: dict[str, float | None]
    documents: list[DocumentResult]
