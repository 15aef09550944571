"""Content-addressed response cache on disk.

A key is the sha256 of everything that shapes an answer (model, base URL, prompt and
schema hashes, the chunk's text and header, request parameters). Values hold only the
model's answer text; keys, headers and credentials are never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

_VERSION = 1


def cache_key(**parts: object) -> str:
    """The sha256 hex digest of ``parts`` serialised canonically."""
    payload = json.dumps({"v": _VERSION, **parts}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ResponseCache:
    """Answers stored as small JSON files under ``folder/ab/abcdef....json``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        """The cached answer text for ``key``, or None (a corrupt entry counts as a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        content = data.get("content") if isinstance(data, dict) else None
        return content if isinstance(content, str) else None

    def put(self, key: str, content: str) -> None:
        """Store ``content`` atomically; a cache that cannot be written is skipped, not fatal."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a concurrent reader never sees half a file.
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"content": content}, handle, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            return


__all__ = ["ResponseCache", "cache_key"]
