"""The exception tree. Every error says what went wrong and, where it can, what to do next.

::

    MinutesError                  base of everything minutes_ai raises on purpose
    ├── InputError                the input cannot be read (missing, binary, empty, too large, corrupt)
    ├── ConfigError               the configuration is incomplete or contradictory (no API key, bad flag)
    ├── BackendError              the model server failed (HTTP error, timeout, refused connection)
    │   └── RateLimitError        429; retryable, may carry ``retry_after``
    ├── ExtractionError           the model answered but the answer is unusable; keeps ``raw_output``
    │   ├── RefusalError          the model refused, or a content filter stopped it
    │   └── TruncatedOutputError  ``finish_reason == "length"``: the answer was cut off
    └── EvaluationError           a gold set is invalid, or a comparison cannot be made

The CLI maps ``InputError`` and ``ConfigError`` to exit code 2, the rest to 1, and
prints ``str(error)`` on one line, never a traceback.
"""

from __future__ import annotations


class MinutesError(Exception):
    """Base class for every error minutes_ai raises on purpose."""

    exit_code: int = 1
    retryable: bool = False

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message


class InputError(MinutesError):
    """The input cannot be read or is not usable as notes."""

    exit_code = 2


class ConfigError(MinutesError):
    """The configuration is incomplete or contradictory."""

    exit_code = 2


class BackendError(MinutesError):
    """The model server failed; the SDK error is chained as ``__cause__``."""

    retryable = True


class RateLimitError(BackendError):
    """The server answered 429; ``retry_after`` is its advice in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class ExtractionError(MinutesError):
    """The model answered, but the answer could not be used; ``raw_output`` keeps it."""

    def __init__(self, message: str, *, raw_output: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.raw_output = raw_output


class RefusalError(ExtractionError):
    """The model refused, or a content filter stopped the answer."""


class TruncatedOutputError(ExtractionError):
    """The answer was cut off by the token limit (``finish_reason == "length"``)."""


class EvaluationError(MinutesError):
    """A gold set is invalid, or a comparison cannot be made."""

    exit_code = 2


__all__ = [
    "BackendError",
    "ConfigError",
    "EvaluationError",
    "ExtractionError",
    "InputError",
    "MinutesError",
    "RateLimitError",
    "RefusalError",
    "TruncatedOutputError",
]
