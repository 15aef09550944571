"""Benchmarks for minutes_ai: speed and cost, tracked like quality.

``python -m benchmarks`` runs every area and writes ``benchmarks/results/latest.json``:

- ``offline``: offline engine throughput (MB/s) and peak memory on 1 MB and 10 MB corpora,
  as many files and as one big file;
- ``chunker``: chunking throughput with tiktoken, chunk count, header tokens per chunk;
- ``llm``: the LLM engine against the scripted test server with a fixed latency per call
  (concurrency efficiency, calls per document, prompt tokens, calls on a cached re-run);
- ``cli``: cold start of ``minutes-ai --version`` and a one-file extract versus ``python -c pass``.

Each area module has a ``run(...)`` returning a :class:`~benchmarks.records.Section`. None
of this is a unit test: nothing in the test suite depends on timing.
"""

from __future__ import annotations

import importlib
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .records import Metric, Section, Target

RESULTS_DIR = Path(__file__).resolve().parent / "results"

#: Arguments per area for a full run and for ``--quick``.
FULL: dict[str, dict[str, object]] = {
    "offline": {},
    "chunker": {},
    "llm": {},
    "cli": {},
}
QUICK: dict[str, dict[str, object]] = {
    "offline": {"sizes": (100_000, 300_000), "repeats": 1},
    "chunker": {"size": 100_000, "repeats": 1},
    "llm": {"documents": 16, "latency": 0.05},
    "cli": {"repeats": 5},
}


_MODULES = {"offline": "offline", "chunker": "chunker", "llm": "llm", "cli": "startup"}


def _runner(area: str) -> Callable[..., Section]:
    # Imported on demand so one area's missing dependency cannot stop the others.
    if area not in _MODULES:
        raise ValueError(f"unknown benchmark area {area!r}")
    module = importlib.import_module(f".{_MODULES[area]}", __name__)
    run: Callable[..., Section] = module.run
    return run


def run_sections(
    areas: tuple[str, ...], *, quick: bool = False, progress: Callable[[str], None] | None = None
) -> list[Section]:
    """Run each area in turn; an area that crashes is reported as skipped with the error."""
    sections: list[Section] = []
    for area in areas:
        if progress:
            progress(f"running {area} ...")
        started = time.perf_counter()
        try:
            section = _runner(area)(**(QUICK if quick else FULL)[area])
        except Exception as exc:  # a benchmark bug must not hide the other areas' figures
            last = traceback.extract_tb(exc.__traceback__)[-1]
            section = Section.skip(area, f"crashed: {type(exc).__name__}: {exc} "
                                         f"({Path(last.filename).name}:{last.lineno})")
        section.seconds = section.seconds or time.perf_counter() - started
        sections.append(section)
    return sections


__all__ = ["FULL", "QUICK", "RESULTS_DIR", "Metric", "Section", "Target", "run_sections"]
