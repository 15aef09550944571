"""Compare a run with a saved baseline: metric deltas and item-level differences.

A regression is a drop of a total quality metric by more than ``tolerance`` (absolute,
on the 0-1 scale). Per-document differences are listed to explain a change, but do not
decide the exit code: a handful of items per document makes document scores jumpy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import EvaluationError
from .report import fmt
from .results import INFO_METRICS, QUALITY_METRICS, DocumentResult, EvalReport, Outcome


@dataclass(frozen=True)
class MetricDelta:
    """One total metric in the baseline and now."""

    name: str
    baseline: float | None
    current: float | None
    regressed: bool

    @property
    def delta(self) -> float | None:
        """current - baseline, or None when either is not measurable."""
        if self.baseline is None or self.current is None:
            return None
        return round(self.current - self.baseline, 4)


@dataclass(frozen=True)
class ItemChange:
    """A matched gold item whose predicted owner or deadline changed."""

    kind: str
    gold_text: str
    field: str
    before: str | None
    after: str | None
    ok_before: bool | None
    ok_after: bool | None


@dataclass
class DocumentDiff:
    """Item-level differences of one document between baseline and now."""

    name: str
    newly_missed: list[str] = field(default_factory=list)
    newly_found: list[str] = field(default_factory=list)
    new_spurious: list[str] = field(default_factory=list)
    fixed_spurious: list[str] = field(default_factory=list)
    changes: list[ItemChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.newly_missed or self.newly_found or self.new_spurious or self.fixed_spurious or self.changes)


@dataclass
class Comparison:
    """The result of :func:`compare_reports`."""

    tolerance: float
    metrics: list[MetricDelta]
    documents: list[DocumentDiff]
    warnings: list[str] = field(default_factory=list)

    @property
    def regressed(self) -> bool:
        """True when any quality metric dropped by more than the tolerance."""
        return any(m.regressed for m in self.metrics)


def _label(o: Outcome) -> str:
    item = o.gold if o.gold is not None else o.predicted
    assert item is not None
    return f"{o.kind}: {item.text}"


def _spurious_key(o: Outcome) -> str:
    p = o.predicted
    assert p is not None
    basis = p.quotes[0] if p.quotes and p.quotes[0].strip() else p.text
    return f"{o.kind}: {' '.join(basis.casefold().split())}"


def _diff_document(name: str, base: DocumentResult, cur: DocumentResult) -> DocumentDiff:
    diff = DocumentDiff(name)
    # Two gold items can share a key (one quote for two owners' tasks): pair them in order.
    before: dict[str, list[Outcome]] = {}
    for o in base.outcomes:
        if o.gold is not None:
            before.setdefault(o.gold.key, []).append(o)
    for o in cur.outcomes:
        if o.gold is None or not before.get(o.gold.key):
            continue
        old = before[o.gold.key].pop(0)
        if old.status == "matched" and o.status == "missed":
            diff.newly_missed.append(_label(o))
        elif old.status == "missed" and o.status == "matched":
            diff.newly_found.append(_label(o))
        elif old.status == o.status == "matched" and o.kind == "action":
            assert old.predicted is not None and o.predicted is not None
            if (old.predicted.owner or None) != (o.predicted.owner or None):
                diff.changes.append(ItemChange(
                    o.kind, o.gold.text, "owner", old.predicted.owner, o.predicted.owner, old.owner_ok, o.owner_ok
                ))
            was = (old.predicted.deadline, old.predicted.deadline_text)
            now = (o.predicted.deadline, o.predicted.deadline_text)
            if was != now:
                diff.changes.append(ItemChange(
                    o.kind, o.gold.text, "deadline", _when(*was), _when(*now), old.deadline_ok, o.deadline_ok
                ))
    old_spurious = {_spurious_key(o): o for o in base.outcomes if o.status == "spurious"}
    new_spurious = {_spurious_key(o): o for o in cur.outcomes if o.status == "spurious"}
    diff.new_spurious = [_label(o) for k, o in new_spurious.items() if k not in old_spurious]
    diff.fixed_spurious = [_label(o) for k, o in old_spurious.items() if k not in new_spurious]
    return diff


def _when(deadline: str | None, text: str | None) -> str | None:
    if deadline is None and text is None:
        return None
    return f"{deadline or '?'} ({text})" if text else deadline


def compare_reports(current: EvalReport, baseline: EvalReport, tolerance: float = 0.0) -> Comparison:
    """Compare two runs on the same gold set.

    Raises :class:`EvaluationError` when the gold sets differ (the numbers would not be
    comparable) or the report formats differ. A different engine or model is a warning.
    """
    if tolerance < 0:
        raise EvaluationError(f"tolerance must be >= 0, got {tolerance}")
    if current.format != baseline.format:
        raise EvaluationError(f"baseline report format {baseline.format} differs from {current.format}",
                              hint="re-save the baseline with --save-baseline")
    if current.key.gold_set_hash != baseline.key.gold_set_hash:
        raise EvaluationError(
            f"baseline was made on a different gold set (gold hash {baseline.key.gold_set_hash}, "
            f"now {current.key.gold_set_hash}); the numbers are not comparable",
            hint="re-save the baseline with --save-baseline after changing gold files",
        )
    warnings: list[str] = []
    for attr in ("engine", "model"):
        was, now = getattr(baseline.key, attr), getattr(current.key, attr)
        if was != now:
            warnings.append(f"baseline {attr} is {was!r}, this run's is {now!r}")
    deltas: list[MetricDelta] = []
    for name in (*QUALITY_METRICS, *INFO_METRICS):
        was, now = baseline.metrics.get(name), current.metrics.get(name)
        # A metric that became unmeasurable is not a drop; one that became measurable is not a gain.
        dropped = name in QUALITY_METRICS and was is not None and now is not None and was - now > tolerance + 1e-9
        deltas.append(MetricDelta(name, was, now, dropped))
    base_docs = {d.name: d for d in baseline.documents}
    docs = [_diff_document(d.name, base_docs[d.name], d) for d in current.documents if d.name in base_docs]
    return Comparison(tolerance, deltas, docs, warnings)


def print_comparison(comparison: Comparison, console: Console) -> None:
    """Print the metric deltas and what changed per document."""
    for warning in comparison.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
    table = Table(title=f"Compared with baseline (tolerance {comparison.tolerance:g})")
    for header, justify in (("Metric", "left"), ("Baseline", "right"), ("Now", "right"), ("Δ", "right")):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    for m in comparison.metrics:
        integer = m.name in INFO_METRICS and m.name != "meeting_date_accuracy"
        delta = m.delta
        shown = "–" if delta is None else (f"{delta:+.0f}" if integer else f"{delta:+.2f}")
        if m.regressed:
            shown = f"[bold red]{shown} ✗[/bold red]"
        elif delta and m.name in QUALITY_METRICS:
            shown = f"[green]{shown}[/green]" if delta > 0 else f"[yellow]{shown}[/yellow]"
        table.add_row(m.name, fmt(m.baseline, integer=integer), fmt(m.current, integer=integer), shown)
    console.print(table)
    for doc in comparison.documents:
        if doc.empty:
            continue
        console.print(f"[bold]{escape(doc.name)}[/bold]")
        for label, items in (
            ("missed now", doc.newly_missed), ("found now", doc.newly_found),
            ("new spurious", doc.new_spurious), ("no longer spurious", doc.fixed_spurious),
        ):
            for text in items:
                console.print(f"  {label}: {escape(text)}", highlight=False)
        for c in doc.changes:
            console.print(
                f"  {c.field} changed: {escape(c.gold_text)}: {escape(str(c.before))} → {escape(str(c.after))}",
                highlight=False,
            )
    verdict = "[bold red]regressed[/bold red]" if comparison.regressed else "[green]no regression[/green]"
    console.print(f"Result: {verdict}")
