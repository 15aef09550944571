"""minutes_ai: rough meeting notes in, formal minutes and grounded decisions and actions out.

>>> from minutes_ai import extract, draft
>>> result = extract("notes.txt")            # offline engine unless a model is configured
>>> result.meetings[0].action_items[0].owner
>>> markdown = draft("notes.txt", lang="sv")
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .document import Document, Turn
    from .errors import (
        BackendError,
        ConfigError,
        EvaluationError,
        ExtractionError,
        InputError,
        MinutesError,
        RateLimitError,
        RefusalError,
        TruncatedOutputError,
    )
    from .pipeline import draft, extract, get_engine, read, read_text, write_output
    from .schemas import (
        ActionItem,
        AgendaItem,
        Attendee,
        Decision,
        Evidence,
        Extraction,
        Meeting,
        NextMeeting,
        RunInfo,
        Usage,
        extraction_json_schema,
        schema_hash,
    )

# Attributes load on first use, so `minutes-ai --version` and `import minutes_ai` stay fast.
_LAZY = {
    "Document": "document", "Turn": "document",
    "BackendError": "errors", "ConfigError": "errors", "EvaluationError": "errors",
    "ExtractionError": "errors", "InputError": "errors", "MinutesError": "errors",
    "RateLimitError": "errors", "RefusalError": "errors", "TruncatedOutputError": "errors",
    "draft": "pipeline", "extract": "pipeline", "get_engine": "pipeline", "read": "pipeline",
    "read_text": "pipeline", "write_output": "pipeline",
    "ActionItem": "schemas", "AgendaItem": "schemas", "Attendee": "schemas", "Decision": "schemas",
    "Evidence": "schemas", "Extraction": "schemas", "Meeting": "schemas", "NextMeeting": "schemas",
    "RunInfo": "schemas", "Usage": "schemas", "extraction_json_schema": "schemas",
    "schema_hash": "schemas",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes_ai' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendee",
    "BackendError",
    "ConfigError",
    "Decision",
    "Document",
    "EvaluationError",
    "Evidence",
    "ExtractionError",
    "Extraction",
    "InputError",
    "Meeting",
    "MinutesError",
    "NextMeeting",
    "RateLimitError",
    "RefusalError",
    "RunInfo",
    "TruncatedOutputError",
    "Turn",
    "Usage",
    "__version__",
    "draft",
    "extract",
    "extraction_json_schema",
    "get_engine",
    "read",
    "read_text",
    "schema_hash",
    "write_output",
]
