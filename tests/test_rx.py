"""Compiled patterns and pattern facts kept between runs give what compiling anew gives."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from minutes_ai import _rx

_PATTERNS = [
    (r"\b(?:beslut(?:ade|ar)|decided)\s+att", 0),
    (r"(?P<who>[A-ZÅÄÖ]\w+) (?:tar|will) (?P<what>.+)$", re.MULTILINE),
    (r"senast\s+(\d{1,2})/(\d{1,2})", re.IGNORECASE),
    (r"(?x) a \s b  # verbose", 0),
    (r"(?i)ärende", 0),  # inline flags end up in the pattern's flags
    (r"(?<=-> )ja\b|(?!x)\w+", re.ASCII),
]


def _run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MINUTES_AI_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.mark.parametrize("source, flags", _PATTERNS)
def test_a_pattern_rebuilt_from_what_is_stored_equals_re_compile(source: str, flags: int) -> None:
    entry = _rx._entry_for(source, flags)
    rebuilt = _rx._build(source, entry)
    plain = re.compile(source, flags)
    # Pattern equality compares the matcher's code, the flags and the source.
    assert rebuilt == plain
    assert (rebuilt.groups, rebuilt.groupindex, rebuilt.flags) == (plain.groups, plain.groupindex, plain.flags)
    assert _rx.compile(source, flags) == plain


def test_a_second_run_reads_the_patterns_without_compiling_them(tmp_path: Path) -> None:
    sources = repr([source for source, _flags in _PATTERNS])
    first = _run(f"""
        from minutes_ai import _rx
        for source in {sources}:
            _rx.compile(source)
    """, tmp_path)
    assert first.returncode == 0, first.stderr
    assert list(tmp_path.glob("patterns-*.marshal"))
    # The second run may not use Python's compiler at all: it fails if called.
    second = _run(f"""
        import re
        from re import _compiler
        from minutes_ai import _rx
        def refuse(*args, **kwargs):
            raise AssertionError("compiled anew")
        _compiler.compile = refuse
        for source in {sources}:
            assert _rx.compile(source).pattern == source
        re.purge()
        try:
            re.compile("not stored")
        except AssertionError:
            print("refused")
    """, tmp_path)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "refused"  # the guard was in place


def test_a_damaged_cache_file_costs_nothing_but_time(tmp_path: Path) -> None:
    assert _run("from minutes_ai import _rx; _rx.compile('ab+c')", tmp_path).returncode == 0
    for stored in tmp_path.glob("patterns-*.marshal"):
        stored.write_bytes(b"\x00not marshal data")
    done = _run("from minutes_ai import _rx; print(_rx.compile('ab+c').fullmatch('abbc') is not None)", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_an_unwritable_cache_directory_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory would be")
    done = _run("from minutes_ai import _rx; print(_rx.compile('x(y)').groups)", blocked)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert done.stderr == ""


def test_remembered_results_are_worked_out_once_and_kept_per_content_of_the_sources(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source_file = tmp_path / "rules.py"
    source_file.write_text("VERSION = 1\n")
    calls: list[str] = []

    def make() -> _rx.Store:
        return _rx.Store("facts-test", [source_file])

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    monkeypatch.setenv("MINUTES_AI_CACHE_DIR", str(tmp_path / "cache"))
    store = make()
    remembered = store.remember(shout)
    assert remembered("ja") == "JA" and remembered("ja") == "JA"
    assert calls == ["ja"]
    store.save()
    assert make().remember(shout)("ja") == "JA"
    assert calls == ["ja"]  # read from the file
    source_file.write_text("VERSION = 2\n")  # the code that makes the values changed
    assert make().remember(shout)("ja") == "JA"
    assert calls == ["ja", "ja"]


def test_a_store_without_its_sources_keeps_its_values_in_memory_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_AI_CACHE_DIR", str(tmp_path / "cache"))
    store = _rx.Store("facts-test", [tmp_path / "missing.py"])
    assert store.remember(len)("abc") == 3
    store.save()
    assert not (tmp_path / "cache").exists()


def test_every_pattern_the_engine_stored_rebuilds_equal_to_re_compile() -> None:
    import minutes_ai.engines.offline  # noqa: F401 - compiles (or reads) the cue patterns

    entries = _rx._PATTERNS.entries()
    assert len(entries) > 500
    for (source, flags), entry in entries.items():
        assert _rx._build(source, entry) == re.compile(source, flags), source[:80]


def test_extracting_notes_adds_nothing_to_the_stores() -> None:
    """Only the engine's own patterns are kept: a pattern made from a document's words (a
    name, an event) is compiled by ``re`` and forgotten, or the files would grow every run."""
    import minutes_ai
    from conftest import ROOT, SEEDS
    from minutes_ai.engines.offline._literals import FACTS

    minutes_ai.extract(str(SEEDS[0]))  # anything the first extraction builds lazily
    before = (len(_rx._PATTERNS.entries()), len(FACTS.entries()))
    notes = sorted((ROOT / "eval" / "dev" / "notes").glob("*"))[:120] + SEEDS
    for path in notes:
        minutes_ai.extract(str(path))
    assert (len(_rx._PATTERNS.entries()), len(FACTS.entries())) == before


def _shout(text: str) -> str:
    return text.upper()


def test_files_of_earlier_sources_are_pruned_to_the_latest_few(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_AI_CACHE_DIR", str(tmp_path / "cache"))
    source_file = tmp_path / "rules.py"
    for version in range(6):
        source_file.write_text(f"VERSION = {version}\n")  # an edit: a new file each time
        store = _rx.Store("facts-test", [source_file])
        store.remember(_shout)(f"v{version}")
        store.save()
        files = list((tmp_path / "cache").glob("facts-test-*.marshal"))
        assert len(files) == min(version + 1, _rx._KEEP)
    newest = _rx.Store("facts-test", [source_file])
    assert newest.entries()  # the latest is among those kept


def test_patterns_are_kept_per_content_of_every_module_of_the_package() -> None:
    """An edit or an upgrade starts a new patterns file (older ones are pruned): a single
    file would keep every pattern any earlier code compiled, and all of it is read per run."""
    import minutes_ai

    modules = set(Path(minutes_ai.__file__).parent.rglob("*.py"))
    assert len(modules) > 50
    assert set(_rx._PATTERNS._sources) == modules


def test_the_stored_matcher_code_is_packed_where_garbage_collection_does_not_walk_it() -> None:
    import gc

    import minutes_ai.engines.offline  # noqa: F401 - compiles (or reads) the cue patterns

    entries = _rx._PATTERNS.entries()
    assert entries
    for entry in entries.values():
        assert isinstance(entry[1], bytes) and not gc.is_tracked(entry[1])
