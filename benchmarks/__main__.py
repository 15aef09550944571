"""``python -m benchmarks``: run the benchmarks, print the table, write the JSON file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import RESULTS_DIR, run_sections
from .machine import machine_info
from .report import build_report, print_report, write_report

AREAS = ("offline", "chunker", "llm", "cli")


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Speed and cost of minutes_ai: offline throughput and memory, chunker, "
        "LLM engine concurrency and tokens (against a local test server), CLI start-up.",
    )
    parser.add_argument("--quick", action="store_true",
                        help="small sizes and few repeats, for a fast check "
                        "(default output: benchmarks/results/quick.json)")
    parser.add_argument("--only", choices=AREAS, action="append",
                        help="run only this area (repeatable)")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="JSON output file (default: benchmarks/results/latest.json)")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a figure misses its target")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the chosen areas, print the table, write the JSON; returns the exit status."""
    args = build_parser().parse_args(argv)
    areas = tuple(dict.fromkeys(args.only)) if args.only else AREAS
    out = args.out or RESULTS_DIR / ("quick.json" if args.quick else "latest.json")
    machine = machine_info()
    sections = run_sections(areas, quick=args.quick, progress=lambda text: print(text, file=sys.stderr))
    options: dict[str, Any] = {"quick": args.quick, "areas": list(areas)}
    report = build_report(sections, machine, options)
    print_report(sections, machine)
    write_report(report, out)
    print(f"wrote {out}", file=sys.stderr)
    return 1 if args.check and report["summary"]["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
