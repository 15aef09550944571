"""The public entry points: read → extract (an engine) → draft (render).

``extract`` and ``draft`` accept a path, ``"-"`` for stdin, a :class:`Document`, or (for
``draft``) an existing :class:`Extraction`. The engine is the offline engine unless a model is
configured (``engine="llm"``, a ``model=...`` argument, or the ``MINUTES_AI_MODEL`` variable).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from .document import Document
from .engines.base import Engine
from .errors import ConfigError
from .ingest import DEFAULT_MAX_BYTES, read_bytes, read_document
from .schemas import Extraction

Source = str | os.PathLike[str] | Document
EngineName = Literal["offline", "llm"]

_LLM_OPTIONS = {"model", "base_url", "api_key", "concurrency", "use_cache", "cache_dir", "timeout",
                "max_context_tokens"}


def read(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a path (or ``"-"`` for stdin) into a normalised :class:`Document`."""
    if isinstance(source, Document):
        return source
    return read_document(source, max_bytes=max_bytes)


def read_text(text: str, *, source: str = "-", format: str | None = None) -> Document:
    """Normalise notes already in memory (a string) into a :class:`Document`."""
    return read_bytes(text.encode("utf-8"), source=source, format=format)


def get_engine(engine: Engine | EngineName | None = None, **options: Any) -> Engine:
    """An engine by name, or the one configured: offline unless a model is named.

    Options for the LLM engine: ``model``, ``base_url``, ``api_key``, ``concurrency``,
    ``use_cache``, ``cache_dir``, ``timeout``, ``max_context_tokens``.
    """
    if engine is not None and not isinstance(engine, str):
        return engine
    unknown = set(options) - _LLM_OPTIONS
    if unknown:
        raise ConfigError(f"unknown engine option(s): {', '.join(sorted(unknown))}")
    model = options.get("model") or os.environ.get("MINUTES_AI_MODEL")
    name = engine or ("llm" if model else "offline")
    if name == "offline":
        from .engines.offline import OfflineEngine

        return OfflineEngine()
    if name == "llm":
        if not model:
            raise ConfigError(
                "the llm engine needs a model", hint="pass --model NAME or set MINUTES_AI_MODEL"
            )
        from .engines.llm import LLMEngine

        settings = {k: v for k, v in options.items() if v is not None}
        settings["model"] = model
        return LLMEngine.from_config(**settings)
    raise ConfigError(f"unknown engine {name!r}", hint="choose 'offline' or 'llm'")


def extract(source: Source, *, engine: Engine | EngineName | None = None, **options: Any) -> Extraction:
    """Extract meetings, decisions and action items (each with evidence) from notes."""
    max_bytes = options.pop("max_bytes", DEFAULT_MAX_BYTES)
    document = read(source, max_bytes=max_bytes)
    return get_engine(engine, **options).extract(document)


def draft(
    source: Source | Extraction,
    *,
    format: Literal["md", "html", "docx", "json"] = "md",
    lang: Literal["sv", "en"] | None = None,
    engine: Engine | EngineName | None = None,
    **options: Any,
) -> str | bytes:
    """Formal minutes from notes (or from an extraction): Markdown, HTML, DOCX bytes or JSON."""
    from .render import render

    extraction = source if isinstance(source, Extraction) else extract(source, engine=engine, **options)
    return render(extraction, format=format, lang=lang)


def write_output(data: str | bytes, path: str | os.PathLike[str]) -> Path:
    """Write rendered output; a missing folder or unwritable path is a :class:`ConfigError`."""
    target = Path(path)
    try:
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(f"cannot write {target}: {reason}") from exc
    return target
