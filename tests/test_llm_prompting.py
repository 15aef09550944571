"""The strict prompt environment and the prompt hash."""

from __future__ import annotations

import shutil

import jinja2
import pytest

from minutes_ai import prompting
from minutes_ai.errors import ConfigError


def test_environment_is_strict():
    env = prompting.environment()
    assert env.undefined is jinja2.StrictUndefined
    assert env.trim_blocks and env.lstrip_blocks


def test_missing_variable_is_an_error_not_an_empty_string():
    with pytest.raises(ConfigError, match="extract_user.j2"):
        prompting.render("extract_user.j2", header="", is_part=False)  # no notes


def test_unknown_template_is_a_config_error():
    with pytest.raises(ConfigError):
        prompting.render("no_such_prompt.j2")


def test_user_prompt_wraps_notes_and_header():
    text = prompting.render("extract_user.j2", header="Styrelsemöte 2025-03-01", notes="Rad ett.", is_part=True)
    assert "<header>\nStyrelsemöte 2025-03-01\n</header>" in text
    assert "<notes>\nRad ett.\n</notes>" in text
    assert "one part of a longer" in text
    bare = prompting.render("extract_user.j2", header="", notes="Rad ett.", is_part=False)
    assert "<header>" not in bare and "one part" not in bare


def test_system_prompt_shows_schema_only_in_json_mode():
    assert "JSON Schema" not in prompting.render("extract_system.j2", json_schema=None)
    assert '{"x": 1}' in prompting.render("extract_system.j2", json_schema='{"x": 1}')


def test_prompt_hash_is_stable_and_tracks_content(tmp_path, monkeypatch):
    first = prompting.prompt_hash()
    assert first == prompting.prompt_hash() and len(first) == 16
    copy = tmp_path / "prompts"
    shutil.copytree(prompting.prompts_dir(), copy)
    monkeypatch.setattr(prompting, "prompts_dir", lambda: copy)
    assert prompting.prompt_hash() == first
    (copy / "repair.j2").write_text("changed {{ error }}\n", encoding="utf-8")
    assert prompting.prompt_hash() != first


def test_every_extraction_template_exists():
    folder = prompting.prompts_dir()
    for name in prompting.EXTRACTION_TEMPLATES:
        assert (folder / name).is_file()
