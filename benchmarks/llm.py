"""LLM engine against the scripted test server: concurrency, calls and prompt tokens.

The server (``tests/llm_server.py``) answers every request after a fixed latency with
deterministic filler, so wall time measures the engine's scheduling and overhead, not a
model. It runs in a child process, like a remote endpoint, so its own request handling is
not timed as engine work. Runs use a temporary cache folder, never the user's.

- Efficiency at concurrency *c*: the ideal wall time over the measured one. For *n* calls
  of equal latency *L* the ideal is ``ceil(n / c) * L`` (calls go out in rounds of *c*);
  ``n / c * L`` is recorded as well.
- Prompt tokens are counted here with the model's tokenizer from the requests the server
  received (messages plus the response-format schema plus chat framing), because the test
  server's own ``usage`` is a rough character estimate.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from .corpus import load_sources
from .machine import REPO_ROOT
from .records import Metric, Section, Target, median

NAME = "llm"
MODEL = "gpt-4o-mini"
CONCURRENCIES = (1, 4, 16)
EFFICIENCY_TARGET = Target(">=", 0.85)  # at the highest concurrency
ONE_CALL_TARGET = Target("==", 1.0)
OVERHEAD_TARGET = Target("<=", 1000.0)  # prompt tokens per call beyond the notes
CACHED_TARGET = Target("==", 0.0)
# OpenAI's accounting of chat framing: tokens per message and for priming the reply.
_TOKENS_PER_MESSAGE = 3
_TOKENS_PER_REPLY = 3


def load_test_server() -> ModuleType:
    """Import ``tests/llm_server.py`` by path (it is a test fixture, not part of the package)."""
    if "llm_server" in sys.modules:
        return sys.modules["llm_server"]
    path = REPO_ROOT / "tests" / "llm_server.py"
    spec = importlib.util.spec_from_file_location("llm_server", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ImportError(f"test server not found at {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["llm_server"] = module  # dataclasses look their module up while being built
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules["llm_server"]
        raise
    return module


def _unavailable() -> str | None:
    try:
        import openai  # noqa: F401

        from minutes_ai.engines.llm import LLMEngine  # noqa: F401
        from minutes_ai.engines.llm.engine import LLMEngine as _Engine  # noqa: F401
        server = load_test_server()
        server.ScriptedChatServer  # noqa: B018 - the attribute the benchmark needs
    except Exception as exc:  # any import failure means the section cannot run
        return f"LLM engine or test server not importable ({type(exc).__name__}: {exc})"
    return None


def request_tokens(body: dict[str, Any], model: str) -> dict[str, int]:
    """Token counts of one chat-completions request body.

    Keys: ``prompt`` (everything the model reads), ``notes`` (the text between the notes
    tags), ``system`` (the system message), ``schema`` (a json_schema response format) and
    ``framing`` (OpenAI's per-message accounting).
    """
    from minutes_ai.tokens import count_tokens

    server = load_test_server()
    messages = body.get("messages", [])
    counts = {"system": 0, "schema": 0, "framing": _TOKENS_PER_REPLY, "messages": 0}
    for message in messages:
        content = message.get("content")
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        tokens = count_tokens(text or "", model)
        counts["messages"] += tokens
        counts["framing"] += _TOKENS_PER_MESSAGE
        if message.get("role") == "system":
            counts["system"] += tokens
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        # Structured output sends the schema beside the messages; the model reads it too.
        counts["schema"] = count_tokens(json.dumps(response_format["json_schema"], ensure_ascii=False), model)
    counts["prompt"] = counts["messages"] + counts["schema"] + counts["framing"]
    counts["notes"] = count_tokens(server.notes_of(body), model)
    return counts


def tune_server(server: Any, connections: int) -> list[str]:
    """Remove two http.server artefacts that would be measured as engine slowness.

    - A listen backlog of 5: a burst of more new connections stalls for the kernel's 1 s
      SYN retry. ``listen()`` again on the bound socket only resizes the queue.
    - Nagle's algorithm: headers and body go out as two writes, and the second waits for
      the client's delayed ACK (~40 ms per request). The handler class is the server
      instance's own subclass, so setting TCP_NODELAY there touches no other server.

    Returns what was changed (empty when the server already avoids both).
    """
    httpd = getattr(server, "_httpd", None)
    if httpd is None:
        return []
    changed = []
    if getattr(httpd, "request_queue_size", connections) < connections:
        httpd.socket.listen(max(128, connections))
        changed.append("listen backlog")
    handler = getattr(httpd, "RequestHandlerClass", None)
    if handler is not None and not getattr(handler, "disable_nagle_algorithm", True):
        handler.disable_nagle_algorithm = True
        changed.append("TCP_NODELAY")
    return changed


def _engine(base_url: str, model: str, concurrency: int, cache_dir: Path, use_cache: bool) -> Any:
    from minutes_ai.engines.llm import LLMEngine

    return LLMEngine.from_config(model=model, base_url=base_url, api_key="benchmark-key",
                                 concurrency=concurrency, cache_dir=cache_dir, use_cache=use_cache,
                                 timeout=60.0)


def _timed(engine: Any, documents: list[Any], server: Any) -> tuple[float, list[Any], list[Any]]:
    """Wall seconds, extractions and the requests the server received during one run."""
    before = len(server.completion_requests)
    _reset_max_in_flight(server)
    t0 = time.perf_counter()
    results = engine.extract_many(documents)
    seconds = time.perf_counter() - t0
    return seconds, results, server.completion_requests[before:]


def _reset_max_in_flight(server: Any) -> None:
    if hasattr(server, "reset_max_in_flight"):
        server.reset_max_in_flight()  # a server in another process
    else:
        server.max_in_flight = 0


def _start_server(server_module: ModuleType, latency: float, separate_process: bool) -> Any:
    """The test server, by default in a child process.

    In this process its request handling (JSON, filler answers, one thread per request)
    would compete for the GIL with the engine being timed, which a remote endpoint never
    does; the in-process server remains for comparison.
    """
    if separate_process and hasattr(server_module, "ServerProcess"):
        return server_module.ServerProcess(latency=latency)
    return server_module.ScriptedChatServer(latency=latency)


def run(
    *,
    documents: int = 50,
    concurrencies: tuple[int, ...] = CONCURRENCIES,
    latency: float = 0.2,
    model: str = MODEL,
    workdir: Path | None = None,
    separate_process: bool = True,
    repeats: int = 3,
) -> Section:
    """Run ``documents`` fixture notes through the LLM engine at each concurrency.

    ``separate_process`` runs the test server in a child process (see :func:`_start_server`).
    Each concurrency above 1 is timed ``repeats`` times and the median kept (concurrency 1,
    the long run, once).
    """
    reason = _unavailable()
    if reason:
        return Section.skip(NAME, reason)
    from minutes_ai.document import Document

    server_module = load_test_server()
    sources = load_sources()
    docs = [Document(text=sources[i % len(sources)].text, source=f"{i:03d}_{sources[i % len(sources)].name}")
            for i in range(documents)]
    section = Section(NAME, parameters={"documents": documents, "concurrencies": list(concurrencies),
                                        "latency_seconds": latency, "model": model,
                                        "runs_per_concurrency_above_1": repeats})
    started = time.perf_counter()
    top = max(concurrencies)
    with tempfile.TemporaryDirectory(prefix="minutes_ai_bench_", dir=workdir) as tmp, \
            _start_server(server_module, latency, separate_process) as server:
        section.parameters["test_server"] = "in process" if hasattr(server, "_httpd") else "separate process"
        cache = Path(tmp)
        section.parameters["test_server_tuned"] = tune_server(server, top)
        _engine(server.base_url, model, top, cache / "warmup", False).extract_many(docs[:1])
        first_requests: list[Any] = []
        first_results: list[Any] = []
        for concurrency in concurrencies:
            # No cache while timing: repeated fixture notes must each cost their calls.
            # Runs of under a few seconds are repeated and their median kept: one full
            # garbage collection of the process (tens of milliseconds over the SDK's objects)
            # or one late wake-up of a busy core would otherwise decide a single run.
            walls: list[float] = []
            for run_index in range(1 if concurrency == 1 else max(1, repeats)):
                engine = _engine(server.base_url, model, concurrency, cache / f"c{concurrency}-{run_index}", False)
                wall, run_results, run_requests = _timed(engine, docs, server)
                walls.append(wall)
                if run_index == 0:
                    results, requests = run_results, run_requests
            seconds = median(walls)
            calls = len(requests)
            ideal = math.ceil(calls / concurrency) * latency
            errors = sum(len(r.run.errors) for r in results)
            section.add(Metric(
                f"efficiency at concurrency {concurrency}",
                ideal / seconds if seconds > 0 else None,
                "of ideal",
                EFFICIENCY_TARGET if concurrency == top else None,
                note=f"{seconds:.2f} s for {calls} calls"
                + (f" (median of {len(walls)} runs)" if len(walls) > 1 else "") + f"; ideal {ideal:.2f} s"
                + (f"; {errors} error(s)" if errors else ""),
                details={"wall_seconds": seconds, "run_wall_seconds": walls, "calls": calls, "ideal_seconds": ideal,
                         "ideal_seconds_continuous": calls / concurrency * latency,
                         "max_in_flight": server.max_in_flight, "errors": errors},
            ))
            if not first_requests:
                first_requests, first_results = requests, results
        settings = engine.settings
        fit_budget = settings.max_context_tokens - settings.max_output_tokens - int(OVERHEAD_TARGET.value)
        _calls_and_tokens(section, docs, first_results, first_requests, model, fit_budget)
        # Cached re-run: populate a fresh cache, then the same documents again.
        engine = _engine(server.base_url, model, top, cache / "cached", True)
        _timed(engine, docs, server)
        seconds, results, requests = _timed(engine, docs, server)
        section.add(Metric("calls on a cached re-run", float(len(requests)), "calls", CACHED_TARGET,
                           note=f"{sum(r.run.usage.cached_calls for r in results)} answers from the cache "
                           f"in {seconds:.2f} s",
                           details={"engine_reported_calls": sum(r.run.usage.calls for r in results),
                                    "wall_seconds": seconds}))
    section.seconds = time.perf_counter() - started
    return section


def _calls_and_tokens(section: Section, docs: list[Any], results: list[Any], requests: list[Any],
                      model: str, fit_budget: int) -> None:
    """Calls per document and prompt-token figures from one uncached run.

    A document "fits" when its tokens plus the answer and a full prompt allowance fit the
    engine's context window (``fit_budget`` tokens of notes).
    """
    from minutes_ai.tokens import count_tokens

    calls = [r.run.usage.calls for r in results]
    section.add(Metric("calls per document", sum(calls) / len(docs) if docs else 0.0, "calls",
                       note=f"{len(requests)} requests for {len(docs)} documents"))
    fitting = [(len(r.meetings), c) for doc, r, c in zip(docs, results, calls, strict=True)
               if count_tokens(doc.text, model) <= fit_budget]
    multi = sum(1 for meetings, _ in fitting if meetings > 1)
    section.add(Metric(
        "calls for a document that fits", float(max(c for _, c in fitting)) if fitting else None,
        "calls (max)", ONE_CALL_TARGET,
        note=f"{len(fitting)} documents that fit, {multi} of them with several meetings",
        details={"documents": [{"meetings": m, "calls": c} for m, c in fitting]},
    ))
    counted = [request_tokens(r.body, model) for r in requests]
    overhead = [c["prompt"] - c["notes"] for c in counted]
    parts = {f"median_{key}_tokens": median(c[key] for c in counted) if counted else 0
             for key in ("system", "schema", "framing", "notes")}
    # What is left once the fixed parts are taken out: the meeting header and the user template.
    parts["median_header_and_user_template_tokens"] = (
        median(c["prompt"] - c["notes"] - c["system"] - c["schema"] - c["framing"] for c in counted)
        if counted else 0)
    section.add(Metric("prompt overhead per call beyond the notes", median(overhead) if overhead else None,
                       "tokens", OVERHEAD_TARGET,
                       note=f"median (max {max(overhead, default=0)}): system {parts['median_system_tokens']:g}"
                       f" + schema {parts['median_schema_tokens']:g} + header/template "
                       f"{parts['median_header_and_user_template_tokens']:g}",
                       details={"max": max(overhead, default=0), "min": min(overhead, default=0), **parts}))
    prompt_total = sum(c["prompt"] for c in counted)
    source_tokens = sum(count_tokens(d.text, model) for d in docs)
    section.add(Metric(
        "prompt tokens per source token",
        prompt_total / source_tokens if source_tokens else None,
        "ratio",
        note="counted with the model's tokenizer",
        details={"prompt_tokens": prompt_total, "source_tokens": source_tokens,
                 "server_reported_prompt_tokens": sum(r.run.usage.prompt_tokens for r in results)},
    ))


__all__ = ["CONCURRENCIES", "EFFICIENCY_TARGET", "NAME", "load_test_server", "request_tokens", "run"]
