"""Run an engine over a gold set, report, and compare with a baseline (``minutes-ai eval``)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from ..document import Document
from ..engines.base import Engine
from ..errors import EvaluationError, MinutesError
from ..schemas import Extraction, schema_hash
from .compare import compare_reports, print_comparison
from .gold import GoldDocument, gold_set_hash, load_gold_dir
from .html import write_html
from .metrics import compute_metrics, score_document
from .report import load_report, print_report, write_report
from .results import Counts, DocumentResult, EvalReport, ReportKey


def evaluate(
    gold_docs: list[GoldDocument],
    extract_fn: Callable[[Document], Extraction],
    *,
    engine_name: str | None = None,
) -> EvalReport:
    """Extract every gold document with ``extract_fn`` and score it.

    A :class:`MinutesError` from ``extract_fn`` is recorded on that document (scored as an
    empty extraction) so one failing document does not hide the others' results.
    """
    results: list[DocumentResult] = []
    runs = []
    for gold in gold_docs:
        error = None
        try:
            extraction = extract_fn(gold.document)
        except MinutesError as exc:
            extraction, error = Extraction(source=gold.source), str(exc)
        if extraction.run is not None:
            runs.append(extraction.run)
        results.append(score_document(gold, extraction, error=error))
    totals = sum((r.counts for r in results), Counts())
    first = runs[0] if runs else None
    key = ReportKey(
        engine=(first.engine if first else None) or engine_name or "unknown",
        engine_version=first.engine_version if first else None,
        model=first.model if first else None,
        prompt_hash=first.prompt_hash if first else None,
        schema_hash=first.schema_hash if first else schema_hash(),
        gold_set_hash=gold_set_hash(gold_docs),
    )
    return EvalReport(
        key=key,
        created_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        totals=totals,
        metrics=compute_metrics(totals),
        documents=results,
    )


def run_eval(
    *,
    gold_dir: Path,
    engine: Engine,
    save_baseline: Path | None,
    compare: Path | None,
    tolerance: float = 0.0,
    report_path: Path | None,
    html_path: Path | None,
    console: Console,
) -> int:
    """Evaluate ``engine`` on the gold files in ``gold_dir``; print, write and compare.

    Returns 0, or 1 when a total quality metric dropped by more than ``tolerance`` against
    the baseline at ``compare``. Raises :class:`EvaluationError` for an invalid gold set or
    a baseline made on a different gold set (checked before the engine runs).
    """
    gold_docs = load_gold_dir(gold_dir)
    baseline = load_report(compare) if compare is not None else None
    if baseline is not None and baseline.key.gold_set_hash != gold_set_hash(gold_docs):
        raise EvaluationError(
            f"baseline {compare} was made on a different gold set (gold hash "
            f"{baseline.key.gold_set_hash}, now {gold_set_hash(gold_docs)})",
            hint="re-save the baseline with --save-baseline after changing gold files",
        )
    extract_fn: Callable[[Document], Extraction] = engine.extract
    many = getattr(engine, "extract_many", None)
    if many is not None and len(gold_docs) > 1:
        # An engine that can (the LLM engine) extracts the documents concurrently.
        done = {id(g.document): x for g, x in zip(gold_docs, many([g.document for g in gold_docs]), strict=True)}

        def extract_fn(document: Document) -> Extraction:
            return done[id(document)]

    report = evaluate(gold_docs, extract_fn, engine_name=engine.name)
    print_report(report, console)
    if report_path is not None:
        write_report(report, report_path)
        console.print(f"Report written to {escape(str(report_path))}", highlight=False)
    if html_path is not None:
        write_html(report, gold_docs, html_path)
        console.print(f"HTML report written to {escape(str(html_path))}", highlight=False)
    exit_code = 0
    if baseline is not None:
        comparison = compare_reports(report, baseline, tolerance)
        print_comparison(comparison, console)
        exit_code = 1 if comparison.regressed else 0
    if save_baseline is not None:
        write_report(report, save_baseline, stable=True)
        console.print(f"Baseline saved to {escape(str(save_baseline))}", highlight=False)
    return exit_code
