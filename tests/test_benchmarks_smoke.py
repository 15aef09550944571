"""Smoke tests: every benchmark runs on tiny inputs and returns well-formed records.

No timing is asserted anywhere: figures depend on the machine, records do not.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `benchmarks` lives at the repository root, not in the package

import benchmarks  # noqa: E402
from benchmarks import __main__ as bench_main  # noqa: E402
from benchmarks import chunker, llm, offline, startup  # noqa: E402
from benchmarks.corpus import build_corpus, load_sources  # noqa: E402
from benchmarks.records import Metric, Section, Target  # noqa: E402


def _well_formed(section: Section, name: str) -> dict:
    """The section ran, every figure is a finite number or carries a note, and it is JSON."""
    assert section.skipped is None, section.skipped
    assert section.name == name
    assert section.metrics
    for metric in section.metrics:
        assert metric.name and metric.unit
        if metric.value is None:
            assert metric.note, f"{metric.name}: no value and no reason"
        else:
            assert math.isfinite(metric.value), metric.name
        assert metric.passed is (None if metric.target is None else metric.target.met_by(metric.value))
    data = json.loads(json.dumps(section.to_dict()))
    assert data["status"] == "ok"
    assert [m["name"] for m in data["metrics"]] == [m.name for m in section.metrics]
    return {m.name: m for m in section.metrics}


def test_target_judges_values_and_rejects_unknown_operators() -> None:
    assert Target(">=", 1.0).met_by(1.0) and not Target(">=", 1.0).met_by(0.99)
    assert Target("<=", 3.0).met_by(2.0) and not Target("<=", 3.0).met_by(3.5)
    assert Target("==", 0.0).met_by(0) and not Target("==", 0.0).met_by(1)
    assert not Target(">=", 1.0).met_by(None)
    assert not Target(">=", 1.0).met_by(float("nan"))
    assert Metric("x", None, "s").passed is None
    with pytest.raises(ValueError):
        Target(">", 1.0)


def test_corpus_is_written_as_many_files_and_as_one_file(tmp_path: Path) -> None:
    sources = load_sources()
    corpus = build_corpus(sources, 20_000, tmp_path)
    assert corpus.files_bytes >= 20_000
    assert len(corpus.files) >= 2
    assert sum(p.stat().st_size for p in corpus.files) == corpus.files_bytes
    big = corpus.big_file.read_text(encoding="utf-8")
    assert all(p.read_text(encoding="utf-8") in big for p in corpus.files)
    assert corpus.big_file_bytes >= corpus.files_bytes


def test_offline_benchmark_reports_throughput_and_memory(tmp_path: Path) -> None:
    section = offline.run(sizes=(5_000,), repeats=1, timeout=300, workdir=tmp_path)
    metrics = _well_formed(section, "offline")
    throughput = [m for m in metrics.values() if m.unit == "MB/s"]
    memory = [m for m in metrics.values() if m.unit == "MB"]
    assert len(throughput) == 2 and len(memory) == 2  # many files and one file
    for metric in throughput:
        assert metric.value is not None and metric.value > 0, metric.note
        assert metric.target == offline.THROUGHPUT_TARGET
        assert metric.details["bytes"] >= 5_000
    assert all(m.value is not None and m.value > 0 for m in memory)
    assert any("tracemalloc_peak_bytes" in m.details for m in memory)


def test_chunker_benchmark_counts_chunks(tmp_path: Path) -> None:
    section = chunker.run(size=5_000, budgets=(300,), repeats=1, workdir=tmp_path)
    metrics = _well_formed(section, "chunker")
    chunks = next(m for m in metrics.values() if m.unit == "chunks")
    assert chunks.value is not None and chunks.value >= 2  # 5 kB does not fit 300 tokens
    header = next(m for m in metrics.values() if m.name.startswith("header tokens"))
    assert header.value is not None and header.value >= 0


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])  # the local test server only
@pytest.mark.parametrize("separate_process", [True, False])
def test_llm_benchmark_against_the_test_server(tmp_path: Path, separate_process: bool) -> None:
    section = llm.run(documents=3, concurrencies=(1, 2), latency=0.01, workdir=tmp_path,
                      separate_process=separate_process)
    metrics = _well_formed(section, "llm")
    assert section.parameters["test_server"] == ("separate process" if separate_process else "in process")
    assert metrics["efficiency at concurrency 2"].details["max_in_flight"] >= 1
    efficiency = [m for name, m in metrics.items() if name.startswith("efficiency")]
    assert [m.details["calls"] > 0 for m in efficiency] == [True, True]
    # concurrency 1 is timed once; above it the median of the repeated runs is the figure
    walls = [m.details["run_wall_seconds"] for m in efficiency]
    assert [len(w) for w in walls] == [1, 3]
    assert efficiency[1].details["wall_seconds"] == sorted(walls[1])[1]
    assert efficiency[0].target is None and efficiency[1].target == llm.EFFICIENCY_TARGET
    assert metrics["calls per document"].value is not None and metrics["calls per document"].value >= 1
    cached = metrics["calls on a cached re-run"]
    assert cached.target == llm.CACHED_TARGET and cached.value is not None
    overhead = metrics["prompt overhead per call beyond the notes"]
    assert overhead.value is not None and overhead.value > 0


def test_request_tokens_separates_notes_from_prompt() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "You extract decisions."},
            {"role": "user", "content": "<notes>\nBeslut: budgeten antogs.\n</notes>"},
        ]
    }
    counts = llm.request_tokens(body, llm.MODEL)
    assert 0 < counts["notes"] < counts["prompt"]
    assert 0 < counts["system"] < counts["prompt"]
    assert counts["schema"] == 0  # no response_format in this body
    assert counts["prompt"] == counts["messages"] + counts["framing"]


def test_cli_benchmark_reports_ratios() -> None:
    if startup.entry_point() is None:
        pytest.skip("minutes-ai entry point not installed")
    section = startup.run(repeats=1)
    metrics = _well_formed(section, "cli")
    assert metrics["python -c pass"].value is not None and metrics["python -c pass"].value > 0
    version = metrics["minutes-ai --version / python -c pass"]
    assert version.target == startup.VERSION_TARGET and version.value is not None


def test_main_prints_table_and_writes_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(benchmarks.QUICK, "cli", {"repeats": 1})
    out = tmp_path / "result.json"
    assert bench_main.main(["--quick", "--only", "cli", "--out", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["options"] == {"quick": True, "areas": ["cli"]}
    assert set(report["sections"]) == {"cli"}
    assert report["machine"]["python"] and report["machine"]["cores_logical"]
    assert "minutes_ai benchmarks" in capsys.readouterr().out


def test_a_crashing_area_is_reported_as_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: object) -> Section:
        raise RuntimeError("boom")

    monkeypatch.setattr(benchmarks, "_runner", lambda area: broken)
    [section] = benchmarks.run_sections(("chunker",), quick=True)
    assert section.skipped is not None and "RuntimeError: boom" in section.skipped
