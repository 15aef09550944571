"""Engines: one interface, an offline rule engine and an LLM engine."""

from .base import Engine

__all__ = ["Engine"]
