"""Write, read and print evaluation reports.

``report_json(report, stable=True)`` is the baseline form: sorted keys, no timestamp, so
saving the same run twice gives the same bytes and a committed baseline diffs cleanly.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import EvaluationError
from .results import EvalReport


def report_json(report: EvalReport, *, stable: bool = False) -> str:
    """The report as JSON text; ``stable`` drops the informational timestamp."""
    data = report.model_dump(mode="json")
    if stable:
        data.pop("created_at", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def write_report(report: EvalReport, path: Path, *, stable: bool = False) -> None:
    """Write the report to ``path`` (parent folders are created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_json(report, stable=stable), encoding="utf-8")


def load_report(path: Path) -> EvalReport:
    """Read a report or baseline written by :func:`write_report`."""
    path = Path(path)
    try:
        return EvalReport.model_validate_json(path.read_bytes())
    except FileNotFoundError as exc:
        raise EvaluationError(f"baseline not found: {path}", hint="create one with --save-baseline") from exc
    except (OSError, ValidationError) as exc:
        raise EvaluationError(f"{path}: not a minutes-ai evaluation report: {exc}") from exc


def fmt(value: float | None, *, integer: bool = False) -> str:
    """A metric for display: two decimals, a whole number, or a dash when not measurable."""
    if value is None:
        return "–"
    return f"{int(value)}" if integer else f"{value:.2f}"


def print_report(report: EvalReport, console: Console) -> None:
    """Print a per-document table with a micro-averaged total row."""
    key = report.key
    title = f"minutes-ai eval · engine {key.engine}" + (f" · model {key.model}" if key.model else "")
    table = Table(title=title, caption=_caption(report), show_lines=False)
    table.add_column("Document", overflow="fold")
    for header in ("Dec P", "Dec R", "Dec F1", "Act P", "Act R", "Act F1", "Owner", "Deadline", "Grounded"):
        table.add_column(header, justify="right")
    table.add_column("Calls", justify="right")
    table.add_column("Tokens", justify="right")
    rows = [(d.name, d.metrics, d.error) for d in report.documents]
    for name, metrics, error in rows:
        table.add_row(*_cells(escape(name) + (" [red](engine failed)[/red]" if error else ""), metrics))
    table.add_section()
    table.add_row(*_cells("[bold]Total (micro)[/bold]", report.metrics))
    console.print(table)
    for doc in report.documents:
        if doc.error:
            console.print(f"[red]{escape(doc.name)}: {escape(doc.error)}[/red]", highlight=False)


def _cells(label: str, m: dict[str, float | None]) -> list[str]:
    names = (
        "decision_precision", "decision_recall", "decision_f1",
        "action_precision", "action_recall", "action_f1",
        "owner_accuracy", "deadline_accuracy", "grounding_rate",
    )
    tokens = (m.get("prompt_tokens") or 0) + (m.get("completion_tokens") or 0)
    return [label, *(fmt(m.get(n)) for n in names), fmt(m.get("calls"), integer=True), fmt(tokens, integer=True)]


def _caption(report: EvalReport) -> str:
    key = report.key
    parts = [f"gold {key.gold_set_hash}", f"schema {key.schema_hash}"]
    if key.prompt_hash:
        parts.append(f"prompt {key.prompt_hash}")
    return " · ".join(parts)
