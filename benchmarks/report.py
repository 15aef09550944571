"""The results of a run: a rich table for people and a JSON file for tracking."""

from __future__ import annotations

import json
import math
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .records import Section

SCHEMA_VERSION = 1
_NOTE_CHARS = 90  # the JSON keeps the full note
_PIPE_WIDTH = 150  # rich assumes 80 columns when not writing to a terminal


def _value(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if value == int(value) and abs(value) < 1e6:
        return f"{int(value)}"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def _short(text: str) -> str:
    return escape(text if len(text) <= _NOTE_CHARS else text[: _NOTE_CHARS - 1] + "…")


def build_report(sections: list[Section], machine: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """The JSON document of one run: machine, options, every section and a pass/fail tally."""
    judged = [m.passed for s in sections for m in s.metrics if m.passed is not None]
    return {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine,
        "options": options,
        "sections": {s.name: s.to_dict() for s in sections},
        "summary": {
            "passed": sum(1 for p in judged if p),
            "failed": sum(1 for p in judged if not p),
            "skipped_sections": [s.name for s in sections if s.skipped],
        },
    }


def write_report(report: dict[str, Any], path: Path) -> None:
    """Write ``report`` as indented JSON, replacing ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def render_table(sections: list[Section]) -> Table:
    """One row per figure, each beside its target and its pass/fail."""
    table = Table(title="minutes_ai benchmarks", show_lines=False)
    for column, justify in (("Area", "left"), ("Figure", "left"), ("Value", "right"),
                            ("Unit", "left"), ("Target", "left"), ("Result", "center"), ("Note", "left")):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for section in sections:
        if section.skipped:
            table.add_row(section.name, "[yellow]skipped[/]", "", "", "", "", _short(section.skipped))
            continue
        for i, metric in enumerate(section.metrics):
            result = {True: "[green]pass[/]", False: "[red]FAIL[/]", None: "–"}[metric.passed]
            table.add_row(section.name if i == 0 else "", escape(metric.name), _value(metric.value), metric.unit,
                          str(metric.target) if metric.target else "", result, _short(metric.note))
        table.add_section()
    return table


def print_report(sections: list[Section], machine: dict[str, Any], console: Console | None = None) -> None:
    """Print the machine line and the table."""
    console = console or Console(width=None if sys.stdout.isatty() else _PIPE_WIDTH)
    ram = machine.get("ram_bytes")
    console.print(
        f"[bold]{machine.get('cpu_model')}[/], {machine.get('cores_usable')} core(s), "
        f"{ram / 1e9:.1f} GB RAM, Python {machine.get('python')}, {machine.get('os')}, "
        f"load {machine.get('load_average_1_5_15')}" if ram else f"{machine}"
    )
    console.print(render_table(sections))


__all__ = ["SCHEMA_VERSION", "build_report", "print_report", "render_table", "write_report"]
