"""The on-disk response cache."""

from __future__ import annotations

from minutes_ai.engines.llm.cache import ResponseCache, cache_key


def test_key_is_stable_and_sensitive_to_every_part():
    base = {"model": "m", "base_url": "u", "prompt": "p", "schema": "s", "header": "h", "text": "t"}
    assert cache_key(**base) == cache_key(**dict(reversed(list(base.items()))))
    for name in base:
        assert cache_key(**{**base, name: base[name] + "x"}) != cache_key(**base)


def test_round_trip_and_miss(tmp_path):
    cache = ResponseCache(tmp_path)
    key = cache_key(text="notes")
    assert cache.get(key) is None
    cache.put(key, '{"decisions": []}')
    assert cache.get(key) == '{"decisions": []}'
    assert ResponseCache(tmp_path).get(key) == '{"decisions": []}'  # survives a new instance


def test_corrupt_entry_is_a_miss(tmp_path):
    cache = ResponseCache(tmp_path)
    key = cache_key(text="notes")
    cache.put(key, "x")
    next(tmp_path.rglob("*.json")).write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None


def test_unwritable_cache_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = ResponseCache(blocker)  # a file where the folder should be
    cache.put(cache_key(text="t"), "answer")
    assert cache.get(cache_key(text="t")) is None
