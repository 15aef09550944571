"""Offline engine: throughput and peak memory on corpora of fixed size.

Each measurement runs in a fresh interpreter (:mod:`benchmarks._worker`) that reads and
extracts the corpus ``repeats`` times; throughput is bytes over the median wall time of a
pass (ingest + extraction, interpreter start and imports excluded). The engine is single
threaded, so one process is one core. Memory is the process's peak resident set size, and
for the smallest corpus also tracemalloc's peak of Python allocations during one pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .corpus import MB, build_corpus, describe_size, load_sources, source_paths
from .machine import REPO_ROOT
from .records import Metric, Section, Target, median

NAME = "offline"
SIZES = (1 * MB, 10 * MB)
QUICK_SIZES = (100_000, 300_000)
THROUGHPUT_TARGET = Target(">=", 1.0)  # MB/s on one core


def _unavailable() -> str | None:
    try:
        from minutes_ai.engines.offline import OfflineEngine  # noqa: F401
        from minutes_ai.ingest import read_document  # noqa: F401
    except Exception as exc:  # any import failure means the section cannot run
        return f"offline engine not importable ({type(exc).__name__}: {exc})"
    return None


def worker_env() -> dict[str, str]:
    """Environment for a benchmark subprocess: the repository root importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def run_worker(target: Path, *, repeats: int, budget: float, timeout: float, warmup: Path | None,
               trace: bool) -> dict[str, Any]:
    """Run :mod:`benchmarks._worker` on ``target``; a failure comes back as ``{"error": ...}``."""
    command = [sys.executable, "-m", "benchmarks._worker", str(target),
               "--repeats", str(repeats), "--budget", str(budget)]
    if warmup is not None:
        command += ["--warmup", str(warmup)]
    if trace:
        command.append("--tracemalloc")
    try:
        done = subprocess.run(command, cwd=REPO_ROOT, env=worker_env(), capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}
    lines = done.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1])
    except (IndexError, ValueError):
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"worker exited {done.returncode}: {tail}"}


def _metrics(label: str, variant: str, result: dict[str, Any]) -> list[Metric]:
    name = f"throughput, {label}, {variant}"
    if "error" in result:
        note = result["error"]
        return [Metric(name, None, "MB/s", THROUGHPUT_TARGET, note=note),
                Metric(f"peak RSS, {label}, {variant}", None, "MB", note=note)]
    walls = [p["wall"] for p in result["passes"]]
    cpus = [p["cpu"] for p in result["passes"]]
    size_mb = result["bytes"] / MB
    first = result["passes"][0]
    throughput = Metric(
        name,
        size_mb / median(walls),
        "MB/s",
        THROUGHPUT_TARGET,
        note=f"median of {len(walls)} pass(es); {first['meetings']} meetings in "
        f"{result['documents']} document(s)",
        details={
            "documents": result["documents"],
            "bytes": result["bytes"],
            "wall_seconds": walls,
            "cpu_seconds": cpus,
            "mb_per_cpu_second": size_mb / median(cpus) if median(cpus) > 0 else None,
            "meetings": first["meetings"],
            "decisions": first["decisions"],
            "action_items": first["action_items"],
            "import_seconds": result["import_seconds"],
        },
    )
    peak = result["maxrss_peak_bytes"]
    memory = Metric(
        f"peak RSS, {label}, {variant}",
        peak / MB,
        "MB",
        note=f"+{(peak - result['maxrss_baseline_bytes']) / MB:.1f} MB over the warmed-up process",
        details={key: result[key] for key in
                 ("maxrss_baseline_bytes", "maxrss_peak_bytes", "tracemalloc_peak_bytes") if key in result},
    )
    if "tracemalloc_peak_bytes" in result:
        memory.note += f"; tracemalloc peak {result['tracemalloc_peak_bytes'] / MB:.1f} MB"
    return [throughput, memory]


def run(
    *,
    sizes: tuple[int, ...] = SIZES,
    repeats: int = 3,
    budget: float = 90.0,
    timeout: float = 900.0,
    workdir: Path | None = None,
) -> Section:
    """Measure offline throughput and memory for each corpus size, as many files and one file."""
    reason = _unavailable()
    if reason:
        return Section.skip(NAME, reason)
    section = Section(NAME, parameters={"sizes_bytes": list(sizes), "repeats": repeats,
                                        "pass_budget_seconds": budget, "timeout_seconds": timeout})
    started = time.perf_counter()
    sources = load_sources()
    warmup = source_paths()[0]
    with tempfile.TemporaryDirectory(prefix="minutes_ai_bench_", dir=workdir) as tmp:
        for index, size in enumerate(sorted(sizes)):
            corpus = build_corpus(sources, size, Path(tmp))
            label = describe_size(size)
            for variant, target in ((f"{len(corpus.files)} files", corpus.files[0].parent),
                                    ("one file", corpus.big_file)):
                result = run_worker(target, repeats=repeats, budget=budget, timeout=timeout,
                                    warmup=warmup, trace=index == 0)
                for metric in _metrics(label, variant, result):
                    section.add(metric)
    section.seconds = time.perf_counter() - started
    return section


__all__ = ["NAME", "QUICK_SIZES", "SIZES", "THROUGHPUT_TARGET", "run", "run_worker", "worker_env"]
