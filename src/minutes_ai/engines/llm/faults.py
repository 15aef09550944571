"""Translate openai SDK exceptions into the minutes_ai error tree.

Besides the public errors, two private signals tell the caller to adapt the request
instead of failing: the server rejects ``json_schema`` output (use JSON mode), or the
model rejects a parameter (``max_tokens`` → ``max_completion_tokens``, drop ``temperature``).
"""

from __future__ import annotations

import re
from typing import Any

from ... import _rx
from ...errors import BackendError, ConfigError, RateLimitError, TruncatedOutputError

_SCHEMA_REJECTION = _rx.compile(r"response_format|json_schema|structured output", re.IGNORECASE)
_CONTEXT_OVERFLOW = _rx.compile(r"context[_ ]length|maximum context|too many tokens|context window", re.I)
_UNSUPPORTED = _rx.compile(r"unsupported|not supported|does not support|only the default", re.I)


class SchemaRejected(Exception):
    """The server does not accept ``response_format: json_schema``."""


class ParamRejected(Exception):
    """The model does not accept a parameter we send (``max_tokens`` or ``temperature``)."""

    def __init__(self, param: str) -> None:
        super().__init__(param)
        self.param = param


def short(text: object, limit: int = 200) -> str:
    """``text`` on one line, cut to ``limit`` characters (error messages stay one line)."""
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _retry_after(headers: Any) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (numeric forms only)."""
    if headers is None:
        return None
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / divisor)
        except ValueError:
            continue
    return None


def map_sdk_error(exc: Exception, *, base_url: str, model: str, timeout: float) -> Exception:
    """Translate an openai SDK exception into the minutes_ai error tree (or an adaptation signal)."""
    import openai

    where = base_url or "the OpenAI API"
    if isinstance(exc, openai.APITimeoutError):
        return BackendError(f"the model server at {where} did not answer within {timeout:g} s")
    if isinstance(exc, openai.APIConnectionError):
        return BackendError(
            f"cannot reach the model server at {where}: {short(exc.__cause__ or exc)}",
            hint="check --base-url and that the server is running",
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = short(getattr(exc, "message", "") or exc)
        if isinstance(exc, openai.RateLimitError) or status == 429:
            return RateLimitError(
                f"the model server at {where} is rate limiting requests (429): {detail}",
                retry_after=_retry_after(exc.response.headers),
            )
        if status in (401, 403):
            return ConfigError(
                f"the model server at {where} rejected the API key ({status})",
                hint="check OPENAI_API_KEY",
            )
        if status == 404:
            return ConfigError(f"model {model!r} or its endpoint was not found at {where} (404): {detail}")
        if status in (400, 422) and _UNSUPPORTED.search(detail):
            # Newer OpenAI models want max_completion_tokens and only the default temperature.
            for param in ("max_tokens", "temperature"):
                if f"'{param}'" in detail or f"`{param}`" in detail or f'"{param}"' in detail:
                    return ParamRejected(param)
        if status in (400, 422) and _SCHEMA_REJECTION.search(detail):
            return SchemaRejected(detail)
        if status == 400 and _CONTEXT_OVERFLOW.search(detail):
            return TruncatedOutputError(f"the notes exceed the model's context window: {detail}")
        error = BackendError(f"the model server at {where} answered {status}: {detail}")
        error.retryable = status >= 500 or status in (408, 409)
        return error
    return BackendError(f"the model request failed: {short(exc)}")


__all__ = ["ParamRejected", "SchemaRejected", "map_sdk_error", "short"]
