"""The machine a run was made on, so figures from different hosts are not compared blindly."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _ram_bytes() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None  # not a checkout, or no commit yet


def _package_version() -> str | None:
    try:
        from minutes_ai import __version__
    except ImportError:
        return None
    return __version__


def machine_info() -> dict[str, Any]:
    """CPU model, cores, RAM, Python, OS, load and the code version of this run."""
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "cpu_model": _cpu_model(),
        "cores_logical": os.cpu_count(),
        "cores_usable": _usable_cores(),
        "ram_bytes": _ram_bytes(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "python_executable": sys.executable,
        "os": platform.platform(),
        "load_average_1_5_15": load,  # a busy machine makes timings provisional
        "minutes_ai_version": _package_version(),
        "git_commit": _git("rev-parse", "HEAD") or None,
        # Figures from uncommitted code cannot be traced to a commit.
        "git_dirty": None if (status := _git("status", "--porcelain", "--untracked-files=no")) is None
        else bool(status),
    }


__all__ = ["REPO_ROOT", "machine_info"]
