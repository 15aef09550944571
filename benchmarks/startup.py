"""Cold CLI start: ``minutes-ai --version`` and a one-file ``extract`` against ``python -c pass``.

Each command is run ``repeats`` times as a fresh subprocess, the three interleaved so a
burst of load on a shared machine hits them alike; the figure is the ratio of medians.

The runs see a machine as it is after an install and a first run: Python's bytecode
written (``PYTHONPYCACHEPREFIX``, a temporary directory, even where the environment says
``PYTHONDONTWRITEBYTECODE``) and the engine's compiled patterns kept (``minutes_ai._rx``, in
a temporary ``MINUTES_AI_CACHE_DIR``). The very first ``extract``, with neither, is timed
apart before them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import source_paths
from .records import Metric, Section, Target, median, ratio

NAME = "cli"
VERSION_TARGET = Target("<=", 3.0)  # times `python -c pass`


def entry_point() -> Path | None:
    """The ``minutes-ai`` script of this interpreter's environment, if installed."""
    beside = Path(sys.executable).parent / ("minutes-ai.exe" if os.name == "nt" else "minutes-ai")
    if beside.is_file():
        return beside
    found = shutil.which("minutes-ai")
    return Path(found) if found else None


def _time(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=300)
    seconds = time.perf_counter() - t0
    return seconds, done.returncode, (done.stderr.strip().splitlines() or [""])[-1]


def slowest_imports(command: list[str], env: dict[str, str], top: int = 5) -> list[dict[str, object]]:
    """The ``top`` imports with the largest cumulative time in one run of ``command`` (-X importtime)."""
    done = subprocess.run(command, env=dict(env, PYTHONPROFILEIMPORTTIME="1"), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue  # the header line and anything else on stderr
        rows.append({"module": parts[2].strip(), "cumulative_ms": int(parts[1]) / 1000})
    return sorted(rows, key=lambda row: -float(row["cumulative_ms"]))[:top]  # type: ignore[arg-type]


def run(*, repeats: int = 15) -> Section:
    """Median wall time of each command over ``repeats`` cold starts, as a ratio to bare Python."""
    script = entry_point()
    if script is None:
        return Section.skip(NAME, "the minutes-ai entry point is not installed (pip install -e .)")
    sample = source_paths()[0]
    section = Section(NAME, parameters={"repeats": repeats, "entry_point": str(script),
                                        "extract_input": sample.name})
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="minutes_ai_bench_") as tmp:
        env = dict(os.environ, MINUTES_AI_CACHE_DIR=str(Path(tmp) / "cache"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "bytecode"))
        for name in ("MINUTES_AI_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)  # the default (offline) engine, whatever the user has configured
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "minutes-ai --version": [str(script), "--version"],
            "minutes-ai extract (one file)": [str(script), "extract", str(sample), "-o",
                                              str(Path(tmp) / "out.json")],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        failures: dict[str, str] = {}
        # The first run: no bytecode of the package, no compiled patterns.
        first, first_code, first_err = _time(commands["minutes-ai extract (one file)"], env)
        if first_code != 0:
            failures["minutes-ai extract (one file)"] = f"exited with code {first_code}: {first_err[:200]}"
        for _ in range(max(1, repeats)):
            for name, command in commands.items():
                seconds, code, stderr = _time(command, env)
                times[name].append(seconds)
                if code != 0:
                    failures[name] = f"exited with code {code}: {stderr[:200]}"
        # Where the start-up time goes, for whoever has to bring it down.
        imports = {name: slowest_imports(commands[name], env) for name in list(commands)[1:]}
    baseline = median(times["python -c pass"])
    section.add(Metric("python -c pass", baseline * 1000, "ms", note=f"median of {len(times['python -c pass'])}",
                       details={"seconds": times["python -c pass"]}))
    for name, target in (("minutes-ai --version", VERSION_TARGET), ("minutes-ai extract (one file)", None)):
        value = ratio(median(times[name]), baseline)
        note = f"{median(times[name]) * 1000:.0f} ms median"
        if name in failures:
            value, note = None, failures[name]
        section.add(Metric(f"{name} / python -c pass", value, "x", target, note=note,
                           details={"seconds": times[name], "slowest_imports": imports[name]}))
    first_note = "no bytecode, no compiled patterns yet; one run"
    section.add(Metric("minutes-ai extract (one file), first run / python -c pass",
                       None if "minutes-ai extract (one file)" in failures else ratio(first, baseline), "x",
                       note=f"{first * 1000:.0f} ms; {first_note}", details={"seconds": [first]}))
    section.seconds = time.perf_counter() - started
    return section


__all__ = ["NAME", "VERSION_TARGET", "entry_point", "run"]
