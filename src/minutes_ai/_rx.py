"""Compiled patterns, and what is worked out from them, kept between runs as Python keeps bytecode.

The offline engine's cue patterns are long (the longest is some 70,000 characters), Python's
regex compiler is written in Python, and the engine reads each pattern's parse tree for
prefilters (see ``engines/offline/_literals.py``). Done anew in every process, that took most
of a cold ``minutes-ai extract``. Both depend only on the pattern and the code that reads
it, so they are kept in files in the cache directory (``MINUTES_AI_CACHE_DIR``, else
``$XDG_CACHE_HOME/minutes_ai``, else ``~/.cache/minutes_ai``), written at exit by a run
that worked out something new:

- :func:`compile` stores what Python's compiler hands ``_sre.compile`` (the matcher's code,
  the group names), one file per Python build and per content of the package's modules
  (patterns of earlier code are not read again, and their files are pruned). A pattern read back is a real
  ``re.Pattern``, made by the call ``re.compile`` ends in; a pattern is stored only after
  the one rebuilt from what is stored compared equal to ``re.compile``'s own (same code,
  flags and source). If that fails once (another Python), the run uses plain
  ``re.compile``.
- :meth:`Store.remember` keeps the results of pure functions of patterns, one file per
  Python build and per content of the source files those functions are read from, so an
  edit to them starts a new file.

An unreadable or unwritable cache costs speed only: nothing here raises.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

try:  # the compiler's internals, as re.compile uses them
    import _sre

    if sys.version_info >= (3, 11):
        from re import _compiler, _parser  # type: ignore[attr-defined]
    else:  # pragma: no cover - Python 3.10 names them sre_compile and sre_parse
        import sre_compile as _compiler
        import sre_parse as _parser
except ImportError:  # pragma: no cover - another Python: plain re.compile
    _sre = _compiler = _parser = None  # type: ignore[assignment]

_FORMAT = 2  # bumped when what is stored changes shape
# The matcher's code is unsigned 32-bit words (``_sre.CODESIZE`` is 4)
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == 4), "I")
_KEEP = 3  # files kept per store and Python version

_F = TypeVar("_F", bound=Callable[..., Any])


def cache_dir() -> Path:
    """``MINUTES_AI_CACHE_DIR``, else ``$XDG_CACHE_HOME/minutes_ai``, else ``~/.cache/minutes_ai``."""
    explicit = os.environ.get("MINUTES_AI_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "minutes_ai"


class Store:
    """A dict read from one cache file on first use and written back at exit when it grew.

    ``sources`` are the files whose code makes the values: their content is part of the
    file's name. None of them readable (an install without sources): kept in memory only.
    """

    def __init__(self, name: str, sources: Iterable[Path] = ()) -> None:
        self._name = name
        self._sources = tuple(sources)
        self._entries: dict[Any, Any] | None = None
        self._path: Path | None = None
        self._dirty = False

    def _file(self) -> Path | None:
        build = hashlib.sha256(f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{_FORMAT}".encode())
        for source in self._sources:
            try:
                build.update(source.read_bytes())
            except OSError:
                return None
        return cache_dir() / f"{self._name}-{sys.implementation.cache_tag}-{build.hexdigest()[:16]}.marshal"

    def entries(self) -> dict[Any, Any]:
        """The stored entries (read from the file on first use)."""
        if self._entries is None:
            self._entries = {}
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError, RuntimeError):
                self._path = self._file()
                loaded = marshal.loads(self._path.read_bytes()) if self._path is not None else None
                if isinstance(loaded, dict):
                    self._entries = loaded
        return self._entries

    def put(self, key: Any, value: Any) -> None:
        """Keep ``value`` (marshal's types only) under ``key``, to be written at exit."""
        self.entries()[key] = value
        if not self._dirty:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the entries to the cache file (whole, or not at all)."""
        if not self._dirty or self._entries is None or self._path is None:
            return
        temporary: str | None = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self._path.parent, prefix=self._path.name,
                                             delete=False) as out:
                temporary = out.name
                out.write(marshal.dumps(self._entries))
            os.replace(temporary, self._path)  # two runs writing at once: one file wins whole
            self._dirty = False
            self._prune()
        except (OSError, ValueError):
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)

    def _prune(self) -> None:
        """Delete this store's files of other builds and sources but the latest few (an edited
        source, an upgraded Python or package each start a file; another install may still use one)."""
        if self._path is None:
            return
        with contextlib.suppress(OSError):
            kin = sorted(self._path.parent.glob(f"{self._name}-{sys.implementation.cache_tag}-*.marshal"),
                         key=lambda found: found.stat().st_mtime, reverse=True)
            for stale in kin[_KEEP:]:
                if stale != self._path:
                    stale.unlink()

    def remember(self, function: _F) -> _F:
        """``function`` (pure, of marshal's types, giving marshal's types) answered from the store."""
        entries = self.entries
        name = f"{function.__module__}.{function.__qualname__}"

        @functools.wraps(function)
        def remembered(*args: Any) -> Any:
            # flags come as re.RegexFlag, an int subclass marshal does not take
            key = (name, *(int(arg) if isinstance(arg, int) and type(arg) is not int else arg for arg in args))
            stored = entries()
            if key in stored:
                return stored[key]
            value = function(*args)
            self.put(key, value)
            return value

        return remembered  # type: ignore[return-value]


def package_sources() -> list[Path]:
    """The package's modules: the patterns they compile are kept per content of all of them."""
    return sorted(Path(__file__).parent.rglob("*.py"))


# (source, flags) -> (flags, code, groups, groupindex, indexgroup), as _sre.compile takes them.
# One file per content of the package's modules: a file that kept every pattern ever compiled
# would grow with each edit or upgrade, and all of it is read (and its matcher code held in
# memory, walked by every full garbage collection) when one pattern is asked for.
_PATTERNS = Store("patterns", package_sources())
_usable = [_sre is not None]


def _build(source: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    flags, packed, groups, groupindex, indexgroup = entry
    code = array.array(_CODE_TYPE)
    code.frombytes(packed)
    return _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _entry_for(source: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``source``."""
    parsed = _parser.parse(source, flags)
    # Kept packed, not as a list of ints: the lists of all patterns together hold about a
    # million items, which every full garbage collection of the process would walk.
    code = array.array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(source, flags)``, read from the cache when this Python compiled it before."""
    if not _usable[0]:
        return re.compile(source, flags)
    key = (source, int(flags))
    entries = _PATTERNS.entries()
    stored = entries.get(key)
    if stored is not None:
        try:
            return _build(source, stored)
        except (TypeError, ValueError, RuntimeError):
            entries.pop(key, None)  # a damaged entry: compiled anew below
    compiled = re.compile(source, flags)
    try:
        entry = _entry_for(source, key[1])
        same = _build(source, entry) == compiled
    except Exception:  # noqa: BLE001 - any difference in the internals means: do not store
        same = False
    if same:
        _PATTERNS.put(key, entry)
    else:
        _usable[0] = False
    return compiled


__all__ = ["Store", "cache_dir", "compile"]
