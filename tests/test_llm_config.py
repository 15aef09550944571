"""LLM engine configuration: keys, base URLs, cache folders, lazy import of openai."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minutes_ai.engines.llm.config import (
    PLACEHOLDER_API_KEY,
    LLMSettings,
    default_cache_dir,
    resolve_api_key,
    resolve_base_url,
)
from minutes_ai.errors import ConfigError


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "MINUTES_AI_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)


def test_default_openai_url_without_key_is_a_config_error():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_api_key(None, None)
    with pytest.raises(ConfigError):
        resolve_api_key(None, "https://api.openai.com/v1/")


def test_local_server_gets_a_placeholder_key():
    assert resolve_api_key(None, "http://localhost:11434/v1") == PLACEHOLDER_API_KEY


def test_key_from_argument_then_environment(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert resolve_api_key(None, None) == "sk-env"
    assert resolve_api_key("sk-arg", None) == "sk-arg"


def test_base_url_from_environment(monkeypatch):
    assert resolve_base_url(None) is None
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1/")
    assert resolve_base_url(None) == "http://127.0.0.1:8000/v1"
    assert resolve_base_url("http://other/v1") == "http://other/v1"


def test_cache_dir_precedence(monkeypatch, tmp_path):
    assert default_cache_dir() == Path.home() / ".cache" / "minutes_ai"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "minutes_ai"
    monkeypatch.setenv("MINUTES_AI_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


@pytest.mark.parametrize(
    "options",
    [{"model": ""}, {"model": "m", "concurrency": 0}, {"model": "m", "timeout": 0},
     {"model": "m", "max_context_tokens": 1000}],
)
def test_invalid_settings_are_config_errors(options):
    with pytest.raises(ConfigError):
        LLMSettings(**options)


def test_from_config_without_key_is_a_config_error():
    from minutes_ai.engines.llm import LLMEngine

    with pytest.raises(ConfigError):
        LLMEngine.from_config(model="gpt-4o-mini")


def test_from_config_for_a_local_server_needs_no_key(tmp_path):
    from minutes_ai.engines.llm import LLMEngine

    engine = LLMEngine.from_config(model="llama3.1", base_url="http://localhost:11434/v1", cache_dir=tmp_path)
    assert engine.name == "llm"
    assert engine.settings.model == "llama3.1"
    assert engine.settings.cache_dir == tmp_path
    assert engine.base_url == "http://localhost:11434/v1"


def test_importing_the_package_does_not_import_openai():
    code = (
        "import sys, minutes_ai, minutes_ai.engines, minutes_ai.engines.llm, minutes_ai.prompting; "
        "from minutes_ai.engines.llm import LLMEngine; "
        "print('openai' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unknown_option_is_a_config_error(tmp_path):
    from minutes_ai.engines.llm import LLMEngine

    with pytest.raises(ConfigError, match="unknown"):
        LLMEngine(object(), "m", cache_dir=tmp_path, temprature=0.2)


def test_small_context_windows_get_a_proportional_answer_budget(tmp_path):
    from minutes_ai.engines.llm import LLMEngine

    small = LLMSettings(model="llama3.1", max_context_tokens=4096)
    assert small.output_tokens == 1024
    assert LLMSettings(model="m").output_tokens == 4096
    assert LLMSettings(model="m", max_output_tokens=700).output_tokens == 700
    budget = LLMEngine(object(), "llama3.1", cache_dir=tmp_path, max_context_tokens=4096)._notes_budget()
    assert 1000 < budget < 4096 - 1024
