"""Evaluation: gold sets, one-to-one matching, metrics, reports and baseline comparison.

``run_eval`` is what ``minutes-ai eval`` calls; ``load_gold_dir``, ``evaluate`` and
``compare_reports`` are the steps it is made of, usable on their own.
"""

from __future__ import annotations

from .compare import (
    Comparison,
    DocumentDiff,
    ItemChange,
    MetricDelta,
    compare_reports,
    print_comparison,
)
from .gold import GoldDocument, GoldFile, GoldItem, gold_set_hash, load_gold_dir, load_gold_file
from .html import render_html, write_html
from .metrics import compute_metrics, score_document
from .report import load_report, print_report, report_json, write_report
from .results import Counts, DocumentResult, EvalReport, Outcome, ReportKey
from .runner import evaluate, run_eval

__all__ = [
    "Comparison",
    "Counts",
    "DocumentDiff",
    "DocumentResult",
    "EvalReport",
    "GoldDocument",
    "GoldFile",
    "GoldItem",
    "ItemChange",
    "MetricDelta",
    "Outcome",
    "ReportKey",
    "compare_reports",
    "compute_metrics",
    "evaluate",
    "gold_set_hash",
    "load_gold_dir",
    "load_gold_file",
    "load_report",
    "print_comparison",
    "print_report",
    "render_html",
    "report_json",
    "run_eval",
    "score_document",
    "write_html",
    "write_report",
]
