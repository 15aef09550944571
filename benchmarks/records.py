"""What a benchmark returns: figures with their targets, grouped in sections.

Every figure is a median or a ratio. A figure with a target is judged pass/fail; one
without a target is informational. A section that cannot run (a missing component, no
entry point) is reported as skipped with the reason, never as a crash.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

_OPERATORS = (">=", "<=", "==")


@dataclass(frozen=True)
class Target:
    """A bound a figure must meet, e.g. ``Target(">=", 1.0)``."""

    op: str
    value: float

    def __post_init__(self) -> None:
        if self.op not in _OPERATORS:
            raise ValueError(f"unknown target operator {self.op!r}; use one of {_OPERATORS}")

    def met_by(self, value: float | None) -> bool:
        """True when ``value`` satisfies the bound; a missing or NaN value never does."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return False
        if self.op == ">=":
            return value >= self.value
        if self.op == "<=":
            return value <= self.value
        return value == self.value

    def __str__(self) -> str:
        return f"{self.op} {self.value:g}"


@dataclass
class Metric:
    """One measured figure; ``value`` None means it could not be measured (see ``note``)."""

    name: str
    value: float | None
    unit: str
    target: Target | None = None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool | None:
        """Pass/fail against the target, or None when the figure has no target."""
        return None if self.target is None else self.target.met_by(self.value)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the figure."""
        return {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "target": None if self.target is None else {"op": self.target.op, "value": self.target.value},
            "passed": self.passed,
            "note": self.note,
            "details": self.details,
        }


@dataclass
class Section:
    """The figures of one area (offline, chunker, llm, cli), or why it was skipped."""

    name: str
    metrics: list[Metric] = field(default_factory=list)
    skipped: str | None = None
    seconds: float = 0.0
    parameters: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def skip(cls, name: str, reason: str) -> Section:
        """A section that did not run, with the reason shown to the reader."""
        return cls(name=name, skipped=reason)

    def add(self, metric: Metric) -> Metric:
        """Append ``metric`` and return it."""
        self.metrics.append(metric)
        return metric

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the section."""
        return {
            "name": self.name,
            "status": "skipped" if self.skipped else "ok",
            "skipped": self.skipped,
            "seconds": round(self.seconds, 3),
            "parameters": self.parameters,
            "metrics": [m.to_dict() for m in self.metrics],
        }


def median(values: Iterable[float]) -> float:
    """Median of ``values`` (raises ValueError when empty)."""
    data = list(values)
    if not data:
        raise ValueError("median of no values")
    return statistics.median(data)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` or None when either is missing or the denominator is 0."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


__all__ = ["Metric", "Section", "Target", "median", "ratio"]
