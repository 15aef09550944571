"""Subprocess side of the offline benchmark: one fresh interpreter per measurement.

A fresh process gives an honest peak resident memory (``ru_maxrss`` only grows) and keeps
one measurement's caches and garbage out of the next. Usage::

    python -m benchmarks._worker PATH [--repeats N] [--budget S] [--warmup FILE] [--tracemalloc]

``PATH`` is a folder (every file is one document) or one file. The last stdout line is a
JSON object with per-pass wall and CPU seconds, memory figures and what was extracted.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any


def _maxrss_bytes() -> int:
    # Linux reports kilobytes, macOS bytes.
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def _one_pass(engine: Any, paths: list[Path]) -> dict[str, Any]:
    from minutes_ai.ingest import DEFAULT_MAX_BYTES, read_document

    meetings = decisions = actions = 0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for path in paths:
        # The benchmark decides sizes: ingest's default cap must not refuse the big file.
        limit = max(DEFAULT_MAX_BYTES, path.stat().st_size)
        extraction = engine.extract(read_document(path, max_bytes=limit))
        meetings += len(extraction.meetings)
        decisions += sum(len(m.decisions) for m in extraction.meetings)
        actions += sum(len(m.action_items) for m in extraction.meetings)
    return {
        "wall": time.perf_counter() - wall0,
        "cpu": time.process_time() - cpu0,
        "meetings": meetings,
        "decisions": decisions,
        "action_items": actions,
    }


def measure(
    target: Path,
    *,
    repeats: int = 3,
    budget: float = 60.0,
    warmup: Path | None = None,
    trace: bool = False,
) -> dict[str, Any]:
    """Time read + offline extraction of ``target`` (folder or file) in this process."""
    t0 = time.perf_counter()
    from minutes_ai.engines.offline import OfflineEngine

    engine = OfflineEngine()
    import_seconds = time.perf_counter() - t0
    paths = sorted(p for p in target.iterdir() if p.is_file()) if target.is_dir() else [target]
    if warmup is not None:
        _one_pass(engine, [warmup])  # lazy imports and first-use caches are not throughput
    baseline = _maxrss_bytes()
    passes: list[dict[str, Any]] = []
    started = time.perf_counter()
    while len(passes) < max(1, repeats):
        passes.append(_one_pass(engine, paths))
        if time.perf_counter() - started > budget:
            break  # big corpora on slow machines: fewer passes rather than no result
    result: dict[str, Any] = {
        "documents": len(paths),
        "bytes": sum(p.stat().st_size for p in paths),
        "import_seconds": import_seconds,
        "passes": passes,
        "maxrss_baseline_bytes": baseline,
        "maxrss_peak_bytes": _maxrss_bytes(),
    }
    if trace:
        tracemalloc.start()
        _one_pass(engine, paths)
        result["tracemalloc_peak_bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    """Run one measurement and print it as JSON on the last line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._worker")
    parser.add_argument("target", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--warmup", type=Path)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args(argv)
    try:
        result = measure(
            args.target, repeats=args.repeats, budget=args.budget, warmup=args.warmup, trace=args.tracemalloc
        )
    except Exception as exc:  # reported to the parent as data, not a traceback
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
