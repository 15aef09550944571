"""The LLM engine: extraction with any OpenAI-compatible chat model.

Importing this package is cheap: the engine (and ``openai``) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import LLMSettings
    from .engine import LLMEngine


def __getattr__(name: str) -> Any:
    # Lazy so that `import minutes_ai.engines.llm` stays light and openai-free.
    if name == "LLMEngine":
        from .engine import LLMEngine

        return LLMEngine
    if name == "LLMSettings":
        from .config import LLMSettings

        return LLMSettings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["LLMEngine", "LLMSettings"]
