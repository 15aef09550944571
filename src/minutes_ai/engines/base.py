"""The engine interface: a document in, the contract out."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..document import Document
from ..schemas import Extraction


@runtime_checkable
class Engine(Protocol):
    """Anything that turns a :class:`Document` into an :class:`Extraction`.

    Implementations must return evidence whose offsets index ``document.text`` and must
    never raise for content they merely fail to understand; they raise
    :class:`minutes_ai.errors.MinutesError` subclasses for real failures.
    """

    name: str

    def extract(self, document: Document) -> Extraction:
        """Extract meetings, decisions and action items from ``document``."""
        ...
