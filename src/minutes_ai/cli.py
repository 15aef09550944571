"""The ``minutes-ai`` command: thin over the public API.

Exit codes: 0 done; 1 the model server or the model failed; 2 bad input or configuration;
3 a partial result was written (some part failed and is reported); 130 interrupted.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import TYPE_CHECKING, __version__

if TYPE_CHECKING:
    import datetime as _dt

    from .engines.base import Engine
    from .render import Format
    from .schemas import Extraction

EXIT_PARTIAL = 3

_EXAMPLES = """examples:
  minutes-ai draft anteckningar.txt                    Markdown minutes to stdout (offline engine)
  minutes-ai draft notes.docx -o minutes.docx          Word minutes (format from the suffix)
  minutes-ai draft notes.txt --format html --lang en -o minutes.html
  minutes-ai extract notes.vtt -o result.json          decisions and actions as JSON, with evidence
  cat notes.txt | minutes-ai extract -                 read from stdin
  minutes-ai extract notes.txt --engine llm --model gpt-4o-mini
  minutes-ai extract notes.txt --engine llm --model llama3.1 --base-url http://localhost:11434/v1
  minutes-ai eval --compare eval/baselines/offline.json
  minutes-ai schema                                    the JSON Schema of the result

exit codes: 0 ok, 1 model/server failure, 2 bad input or configuration, 3 partial result written
"""


def _engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine")
    group.add_argument("--engine", choices=["offline", "llm"], default=None,
                       help="offline (rules, no model; default) or llm (any OpenAI-compatible server)")
    group.add_argument("--model", help="model id for the llm engine (or MINUTES_AI_MODEL)")
    group.add_argument("--base-url", help="OpenAI-compatible server URL (or OPENAI_BASE_URL)")
    group.add_argument("--concurrency", type=_positive_int, default=None,
                       help="model requests in flight at once (default 4)")
    group.add_argument("--timeout", type=float, default=None, help="seconds per model request")
    group.add_argument("--max-context-tokens", type=_positive_int, default=None,
                       help="the model's context window (e.g. Ollama's num_ctx)")
    group.add_argument("--no-cache", action="store_true", help="do not reuse cached model answers")
    group.add_argument("--cache-dir", type=Path, default=None, help="response cache folder")
    group.add_argument("--as-of", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                       help="read the notes as of this day (default today): places a meeting dated only "
                            "by weekday and day ('tors 2 okt') in the year that weekday fits")


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("notes", help="notes file (.txt .md .docx .vtt .srt) or - for stdin")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument("--max-bytes", type=_positive_int, default=None,
                        help="largest input accepted, in bytes (default 10 MiB)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def _iso_date(value: str) -> _dt.date:
    import datetime as _dt  # (here, not at the top: `--version` imports nothing it does not need)

    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="minutes-ai",
        description="Turn rough meeting notes and transcripts into formal minutes, with the "
        "decisions and action items (who / what / by when) grounded in the notes.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"minutes-ai {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    draft = commands.add_parser("draft", help="write formal minutes", epilog=_EXAMPLES,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    _input_options(draft)
    draft.add_argument("--format", choices=["md", "html", "docx", "json"], default=None,
                       help="output format (default: from -o's suffix, else md)")
    draft.add_argument("--lang", choices=["sv", "en"], default=None,
                       help="language of the minutes (default: the notes' language)")
    _engine_options(draft)

    extract = commands.add_parser("extract", help="extract decisions and actions as JSON")
    _input_options(extract)
    extract.add_argument("--format", choices=["json"], default="json", help="output format")
    _engine_options(extract)

    commands.add_parser("schema", help="print the JSON Schema of the extraction result")

    evaluate = commands.add_parser("eval", help="score an engine against gold annotations")
    evaluate.add_argument("--gold", type=Path, default=Path("eval/gold"), help="gold folder")
    evaluate.add_argument("--save-baseline", type=Path, help="save this run as a baseline")
    evaluate.add_argument("--compare", type=Path, help="compare with a saved baseline")
    evaluate.add_argument("--tolerance", type=float, default=0.0,
                          help="allowed drop per metric before failing (default 0)")
    evaluate.add_argument("--report", type=Path, help="write the JSON report here")
    evaluate.add_argument("--html", type=Path, help="write an HTML report here")
    _engine_options(evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    from .errors import MinutesError

    try:
        return _run(args)
    except MinutesError as error:
        _fail(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: still one line, the traceback only on request
        if os.environ.get("MINUTES_AI_DEBUG"):
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (set MINUTES_AI_DEBUG=1 for details)")
        return 1


def _run(args: argparse.Namespace) -> int:
    if getattr(args, "as_of", None) is not None:
        from .dates import as_of

        with as_of(args.as_of):
            return _run_command(args)
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "schema":
        import json

        from .schemas import extraction_json_schema

        print(json.dumps(extraction_json_schema(), indent=2, ensure_ascii=False))
        return 0
    if args.command == "eval":
        return _eval(args)
    return _draft_or_extract(args)


def _engine(args: argparse.Namespace) -> Engine:
    from .pipeline import get_engine

    options = {
        "model": args.model, "base_url": args.base_url, "concurrency": args.concurrency,
        "timeout": args.timeout, "cache_dir": args.cache_dir,
        "max_context_tokens": args.max_context_tokens,
        "use_cache": False if args.no_cache else None,
    }
    return get_engine(args.engine, **{k: v for k, v in options.items() if v is not None})


def _draft_or_extract(args: argparse.Namespace) -> int:
    from .errors import ConfigError
    from .pipeline import read, write_output

    default: Format = "json" if args.command == "extract" else "md"
    output_format: Format = args.format or _format_from_suffix(args.output) or default
    if output_format == "docx" and args.output is None:
        raise ConfigError("DOCX output needs a file", hint="add -o minutes.docx")
    read_options = {"max_bytes": args.max_bytes} if args.max_bytes else {}
    document = read(args.notes, **read_options)
    engine = _engine(args)
    extraction = engine.extract(document)
    if args.command == "extract":
        data: str | bytes = extraction.model_dump_json(indent=2) + "\n"
    else:
        from .render import render

        data = render(extraction, format=output_format, lang=args.lang)
    if args.output is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
    else:
        write_output(data, args.output)
        _summary(extraction, args.output)
    run = extraction.run
    if run is not None and (run.partial or run.errors):
        for line in run.errors:
            _fail(f"partial result: {line}")
        return EXIT_PARTIAL
    return 0


def _format_from_suffix(path: Path | None) -> Format | None:
    if path is None:
        return None
    suffixes: dict[str, Format] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                                   ".docx": "docx", ".json": "json"}
    return suffixes.get(path.suffix.lower())


def _summary(extraction: Extraction, path: Path) -> None:
    meetings = extraction.meetings
    decisions = sum(len(m.decisions) for m in meetings)
    actions = sum(len(m.action_items) for m in meetings)
    confirm = sum(1 for m in meetings for a in m.action_items if a.needs_confirmation)
    confirm += sum(1 for m in meetings for d in m.decisions if not d.grounded)
    print(f"wrote {path}: {len(meetings)} meeting(s), {decisions} decision(s), "
          f"{actions} action item(s), {confirm} to confirm", file=sys.stderr)


def _eval(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .evaluation import run_eval

    return run_eval(
        gold_dir=args.gold,
        engine=_engine(args),
        save_baseline=args.save_baseline,
        compare=args.compare,
        tolerance=args.tolerance,
        report_path=args.report,
        html_path=args.html,
        console=Console(width=None if sys.stdout.isatty() else 150),
    )


def _fail(message: str) -> None:
    first_line = " ".join(str(message).split())
    print(f"minutes-ai: error: {first_line}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
