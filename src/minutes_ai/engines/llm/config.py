"""Settings of the LLM engine and how they are read from arguments and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..._rx import cache_dir
from ...errors import ConfigError

#: Placeholder sent to local servers (Ollama, vLLM, llama.cpp) that need no key.
PLACEHOLDER_API_KEY = "no-key-required"
DEFAULT_BASE_URL = "https://api.openai.com/v1"


@dataclass(frozen=True)
class LLMSettings:
    """Everything that shapes the LLM engine's requests, retries, concurrency and cache.

    ``max_context_tokens`` is the model's context window; the notes of one request are
    budgeted to fit it together with the prompt and ``max_output_tokens`` (0, the default,
    means a quarter of the window, between 512 and 4096).
    """

    model: str
    base_url: str | None = None
    concurrency: int = 4
    cache_dir: Path | None = None
    use_cache: bool = True
    timeout: float = 60.0
    max_context_tokens: int = 16_384
    max_output_tokens: int = 0  # 0: a quarter of the window, between 512 and 4096
    temperature: float | None = 0.0
    max_attempts: int = 4
    retry_budget_seconds: float = 120.0
    backoff_initial: float = 0.5
    backoff_max: float = 20.0
    max_repairs: int = 2
    max_splits: int = 2

    def __post_init__(self) -> None:
        if not self.model or not self.model.strip():
            raise ConfigError("no model given", hint="pass --model, e.g. --model gpt-4o-mini")
        if self.concurrency < 1:
            raise ConfigError(f"concurrency must be at least 1, got {self.concurrency}")
        if self.timeout <= 0:
            raise ConfigError(f"timeout must be positive, got {self.timeout}")
        if self.max_attempts < 1 or self.max_repairs < 0 or self.max_splits < 0:
            raise ConfigError("retry, repair and split limits must not be negative")
        if self.max_output_tokens <= 0:
            # Frozen dataclass: the derived default is filled in once, here.
            object.__setattr__(self, "max_output_tokens", min(4_096, max(512, self.max_context_tokens // 4)))
        if self.max_context_tokens <= self.output_tokens + 512:
            raise ConfigError(
                f"max_context_tokens ({self.max_context_tokens}) leaves no room for notes",
                hint=f"it must exceed max_output_tokens ({self.output_tokens}) by more than 512",
            )

    @property
    def output_tokens(self) -> int:
        """The answer's token limit (``max_output_tokens`` after defaults are applied)."""
        return self.max_output_tokens


def resolve_base_url(base_url: str | None) -> str | None:
    """The explicit base URL, else ``OPENAI_BASE_URL``, else None (the SDK's default)."""
    chosen = base_url or os.environ.get("OPENAI_BASE_URL") or None
    return chosen.rstrip("/") if chosen else None


def resolve_api_key(api_key: str | None, base_url: str | None) -> str:
    """The explicit key, else ``OPENAI_API_KEY``; local servers get a placeholder.

    Raises ConfigError when the default OpenAI endpoint would be used without a key.
    """
    key = api_key or os.environ.get("OPENAI_API_KEY")
    if key:
        return key
    if base_url and base_url.rstrip("/") != DEFAULT_BASE_URL:
        return PLACEHOLDER_API_KEY  # local servers ignore the key but the SDK needs one
    raise ConfigError(
        "no API key for the OpenAI API",
        hint="set OPENAI_API_KEY, or pass --base-url for a local server such as Ollama or vLLM",
    )


def default_cache_dir() -> Path:
    """``MINUTES_AI_CACHE_DIR``, else ``$XDG_CACHE_HOME/minutes_ai``, else ``~/.cache/minutes_ai``."""
    return cache_dir()


__all__ = [
    "DEFAULT_BASE_URL",
    "PLACEHOLDER_API_KEY",
    "LLMSettings",
    "default_cache_dir",
    "resolve_api_key",
    "resolve_base_url",
]
