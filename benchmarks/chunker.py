"""Chunker: throughput with tiktoken counting, chunk count and token overhead per chunk.

The corpus is one big document (many meetings, the hard case for a chunker) of the given
size. ``parse_meetings`` runs once beforehand and is timed separately: the figure is the
chunker's own speed. Overhead per chunk is the header each chunk carries (tokens); the
details also give the token cost of cutting (sum over chunks minus the document's tokens).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .corpus import MB, build_corpus, describe_size, load_sources
from .records import Metric, Section, median

NAME = "chunker"
SIZE = 1 * MB
QUICK_SIZE = 100_000
#: A roomy budget (each meeting fits) and a tight one (meetings are cut).
BUDGETS = (8_000, 1_000)
MODEL = "gpt-4o-mini"


def _unavailable() -> str | None:
    try:
        from minutes_ai.chunking import chunk_document  # noqa: F401
        from minutes_ai.structure import parse_meetings  # noqa: F401
        from minutes_ai.tokens import count_tokens  # noqa: F401
    except Exception as exc:  # any import failure means the section cannot run
        return f"chunker not importable ({type(exc).__name__}: {exc})"
    return None


def run(
    *,
    size: int = SIZE,
    budgets: tuple[int, ...] = BUDGETS,
    repeats: int = 3,
    model: str = MODEL,
    workdir: Path | None = None,
) -> Section:
    """Chunk a ``size``-byte one-document corpus at each token budget."""
    reason = _unavailable()
    if reason:
        return Section.skip(NAME, reason)
    from minutes_ai.chunking import chunk_document
    from minutes_ai.ingest import DEFAULT_MAX_BYTES, read_document
    from minutes_ai.structure import parse_meetings
    from minutes_ai.tokens import count_tokens, encoding_name

    section = Section(NAME, parameters={"size_bytes": size, "budgets_tokens": list(budgets),
                                        "repeats": repeats, "model": model,
                                        "encoding": encoding_name(model)})
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="minutes_ai_bench_", dir=workdir) as tmp:
        corpus = build_corpus(load_sources(), size, Path(tmp))
        document = read_document(corpus.big_file, max_bytes=max(DEFAULT_MAX_BYTES, corpus.big_file_bytes))
    t0 = time.perf_counter()
    meetings = parse_meetings(document)
    parse_seconds = time.perf_counter() - t0
    count_tokens("warm-up", model)  # loading the vocabulary is not chunking
    size_mb = len(document.text.encode("utf-8")) / MB
    document_tokens = count_tokens(document.text, model)
    label = describe_size(size)
    for budget in budgets:
        times: list[float] = []
        chunks = []
        for _ in range(max(1, repeats)):
            t0 = time.perf_counter()
            chunks = chunk_document(document, meetings, max_tokens=budget, model=model)
            times.append(time.perf_counter() - t0)
        header_tokens = [count_tokens(c.header, model) for c in chunks]
        text_tokens = [count_tokens(c.text, model) for c in chunks]
        over_budget = sum(1 for h, t in zip(header_tokens, text_tokens, strict=True) if h + t > budget)
        section.add(Metric(
            f"throughput, {label}, budget {budget}",
            size_mb / median(times),
            "MB/s",
            note=f"median of {len(times)}; parse_meetings {parse_seconds:.2f} s not included",
            details={"seconds": times, "parse_meetings_seconds": parse_seconds,
                     "meetings": len(meetings), "document_tokens": document_tokens},
        ))
        section.add(Metric(f"chunks, {label}, budget {budget}", float(len(chunks)), "chunks",
                           note=f"{len(meetings)} meetings; {over_budget} chunk(s) over budget",
                           details={"over_budget": over_budget}))
        section.add(Metric(
            f"header tokens per chunk, budget {budget}",
            median(header_tokens) if chunks else 0.0,
            "tokens",
            note=f"median; {sum(header_tokens) / max(1, len(meetings)):.0f} per meeting",
            details={
                "mean_header_tokens": sum(header_tokens) / len(chunks) if chunks else 0.0,
                # A chunk may hold several whole meetings, each with its header lines.
                "header_tokens_per_meeting": sum(header_tokens) / len(meetings) if meetings else 0.0,
                "max_header_tokens": max(header_tokens, default=0),
                "text_tokens_minus_document_tokens": sum(text_tokens) - document_tokens,
            },
        ))
    section.seconds = time.perf_counter() - started
    return section


__all__ = ["BUDGETS", "NAME", "QUICK_SIZE", "SIZE", "run"]
