"""Prompt templates: one strict jinja2 environment and the templates' content hash.

Templates are the ``.j2`` files under ``prompts/`` (shipped in the wheel as
``minutes_ai/prompts``; in a source checkout they are read from the repository root).
Rendering is strict: an undefined variable is an error, never an empty string, so a
renamed variable cannot silently drop the notes from a prompt.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import jinja2

from .errors import ConfigError

#: The templates the LLM engine renders; their content hash identifies the prompt.
EXTRACTION_TEMPLATES: tuple[str, ...] = ("extract_system.j2", "extract_user.j2", "repair.j2")


def prompts_dir() -> Path:
    """The folder holding the prompt templates (package data first, then the source checkout)."""
    return _located()


@functools.lru_cache(maxsize=1)
def _located() -> Path:
    # Looked up once a process: resolving the path costs file-system calls on every prompt.
    packaged = Path(__file__).resolve().parent / "prompts"
    if packaged.is_dir():
        return packaged
    # Editable installs keep the templates at the repository root, beside src/.
    checkout = Path(__file__).resolve().parents[2] / "prompts"
    if checkout.is_dir():
        return checkout
    raise ConfigError(
        "prompt templates not found",
        hint=f"looked in {packaged} and {checkout}; reinstall minutes-ai",
    )


@functools.lru_cache(maxsize=4)
def _environment(folder: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,  # prompts are plain text, not HTML
    )


def environment() -> jinja2.Environment:
    """The one strict jinja2 environment used for every prompt."""
    return _environment(str(prompts_dir()))


def render(name: str, /, **context: object) -> str:
    """Render template ``name`` with ``context``; undefined variables raise ``ConfigError``."""
    try:
        return environment().get_template(name).render(**context).strip() + "\n"
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(f"prompt template {name!r} not found", hint=str(prompts_dir())) from exc
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"prompt template {name!r} needs a value: {exc.message}") from exc


def prompt_hash(names: tuple[str, ...] = EXTRACTION_TEMPLATES) -> str:
    """A short content hash of the named templates (names and bytes), stable across machines."""
    digest = hashlib.sha256()
    folder = prompts_dir()
    for name in sorted(names):
        digest.update(name.encode("utf-8") + b"\0")
        try:
            digest.update((folder / name).read_bytes().replace(b"\r\n", b"\n"))
        except FileNotFoundError as exc:
            raise ConfigError(f"prompt template {name!r} not found", hint=str(folder)) from exc
        digest.update(b"\0")
    return digest.hexdigest()[:16]


__all__ = ["EXTRACTION_TEMPLATES", "environment", "prompt_hash", "prompts_dir", "render"]
