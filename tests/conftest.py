"""Shared test configuration: no test reaches the network; cassettes never hold secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))


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
