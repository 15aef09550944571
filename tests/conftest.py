"""Shared test configuration: no test reaches the network; cassettes never hold secrets."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))

# The compiled cue patterns are kept between runs (minutes_ai._rx) in the cache directory the
# environment names when the package is first imported, which happens while tests are
# collected: a directory of the test runs' own, not the user's (each test gets another below).
PATTERN_CACHE = Path(tempfile.gettempdir()) / f"minutes_ai-tests-{os.getuid() if hasattr(os, 'getuid') else 0}"
os.environ["MINUTES_AI_CACHE_DIR"] = str(PATTERN_CACHE)


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    """The key and auth headers are filtered out of recordings (replay-only is the CLI default)."""
    return {
        "filter_headers": ["authorization", "api-key", "x-api-key", "openai-organization",
                           "openai-project", "cookie", "set-cookie"],
    }


@pytest.fixture(autouse=True)
def _no_model_configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never pick up a user's model, key, server or cache."""
    for name in ("MINUTES_AI_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY",
                 "MINUTES_AI_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MINUTES_AI_CACHE_DIR", str(tmp_path / "cache"))
