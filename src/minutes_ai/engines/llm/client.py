"""One structured request to an OpenAI-compatible server, with retries, fallback and repair.

- Structured output goes through the SDK's ``chat.completions.parse`` with the strict
  ``json_schema`` format the SDK builds from the model-facing pydantic schema (built once, not on
  every call); the answer is validated against that schema here, from the body already decoded.
  A server that rejects ``json_schema`` (HTTP 400 naming response_format or json_schema) is
  asked again in JSON mode.
- An answer that fails validation is re-asked with the error, at most ``max_repairs`` times,
  always from the original messages plus only the latest bad answer (the context never grows).
- Transient failures (429, 5xx, timeouts, connection errors) are retried with tenacity:
  exponential backoff with jitter, ``Retry-After`` honoured, within an attempt and time budget.
- Refusals and content filters raise RefusalError; ``finish_reason == "length"`` raises
  TruncatedOutputError so the caller can split the notes.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import os
import random
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, stop_after_delay

from ... import _rx
from ...errors import (
    BackendError,
    ConfigError,
    ExtractionError,
    MinutesError,
    RateLimitError,
    RefusalError,
    TruncatedOutputError,
)
from ...prompting import render
from .config import LLMSettings
from .faults import ParamRejected, SchemaRejected, map_sdk_error, short
from .response import ChunkExtraction, response_json_schema

_THINK = _rx.compile(r"^\s*<think>.*?</think>", re.DOTALL)
_NOTES_TAG = _rx.compile(r"</?\s*notes\s*>", re.IGNORECASE)
_FENCE = _rx.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


@dataclass
class CallStats:
    """Requests sent and tokens reported, accumulated over one run."""

    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    notes: list[str] = field(default_factory=list)

    def add_usage(self, usage: Any) -> None:
        """Add the ``usage`` object or dict of one response, if the server sent one."""
        if usage is None:
            return
        get = usage.get if isinstance(usage, dict) else lambda k: getattr(usage, k, None)
        self.prompt_tokens += int(get("prompt_tokens") or 0)
        self.completion_tokens += int(get("completion_tokens") or 0)


@dataclass
class ServerQuirks:
    """What a server turned out not to accept, so later requests avoid it."""

    json_mode: bool = False  # json_schema rejected: use JSON mode
    token_param: str = "max_tokens"  # or max_completion_tokens, for newer OpenAI models
    send_temperature: bool = True


def _json_text(content: str) -> str:
    """The JSON object in an answer, without code fences, reasoning blocks or chatter around it."""
    text = _THINK.sub("", content).strip()
    match = _FENCE.match(text)
    if match:
        return match.group(1)
    first, last = text.find("{"), text.rfind("}")
    return text[first : last + 1] if 0 < first < last else text


def _validation_summary(exc: ValidationError | ValueError) -> str:
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()[:8]]
        return short("; ".join(parts), 400)
    return short(exc)


class ChatCaller:
    """Sends the extraction prompt for one piece of notes and returns a validated answer."""

    def __init__(
        self, client: Any, settings: LLMSettings, *, base_url: str = "", quirks: ServerQuirks | None = None
    ) -> None:
        # The SDK's own retries are off: tenacity below owns the retry policy and budget.
        self.client = client.with_options(max_retries=0) if hasattr(client, "with_options") else client
        self.settings = settings
        self.base_url = base_url
        self.quirks = quirks if quirks is not None else ServerQuirks()
        self._is_async = inspect.iscoroutinefunction(self.client.chat.completions.with_raw_response.parse)
        self._system: dict[bool, str] = {}  # the system prompt depends only on the output mode

    def system_prompt(self, *, json_mode: bool) -> str:
        """The system message (the schema is spelled out in JSON mode only); rendered once per mode."""
        if json_mode not in self._system:
            schema = json.dumps(response_json_schema(), ensure_ascii=False, separators=(",", ":")) if json_mode else None
            self._system[json_mode] = render("extract_system.j2", json_schema=schema)
        return self._system[json_mode]

    def messages(self, *, header: str, notes: str, is_part: bool) -> list[dict[str, str]]:
        """The system and user messages for one piece of notes, in the current output mode."""
        # Tags inside the notes would end the data block early; defuse them.
        safe_notes = _NOTES_TAG.sub(lambda m: m.group(0).replace("<", "‹"), notes)
        return [
            {"role": "system", "content": self.system_prompt(json_mode=self.quirks.json_mode)},
            {
                "role": "user",
                "content": render("extract_user.j2", header=header, notes=safe_notes, is_part=is_part),
            },
        ]

    async def extract(self, *, header: str, notes: str, is_part: bool, stats: CallStats) -> ChunkExtraction:
        """Ask for decisions and action items in ``notes``; repair invalid answers a bounded number of times."""
        content = ""
        error = ""
        for round_ in range(self.settings.max_repairs + 1):
            base = self.messages(header=header, notes=notes, is_part=is_part)
            messages = base
            if round_:
                repair = render("repair.j2", error=error)
                messages = [*base, {"role": "assistant", "content": content}, {"role": "user", "content": repair}]
            parsed, content = await self._send_with_retries(messages, stats)
            if parsed is not None:
                return parsed
            try:
                return ChunkExtraction.model_validate_json(_json_text(content))
            except (ValidationError, ValueError) as exc:
                error = _validation_summary(exc)
        raise ExtractionError(
            f"the model's answer did not match the schema after {self.settings.max_repairs + 1} tries: {error}",
            raw_output=content,
        )

    async def _send_with_retries(
        self, messages: list[dict[str, str]], stats: CallStats
    ) -> tuple[ChunkExtraction | None, str]:
        s = self.settings

        def wait(state: Any) -> float:
            exc = state.outcome.exception() if state.outcome else None
            # Exponential backoff plus random jitter, so parallel chunks do not retry in step.
            exponential = min(s.backoff_max, s.backoff_initial * 2 ** (state.attempt_number - 1))
            delay = exponential + random.uniform(0, s.backoff_initial)
            if isinstance(exc, RateLimitError) and exc.retry_after is not None:
                delay = max(delay, exc.retry_after)  # the server's advice wins over our guess
            remaining = s.retry_budget_seconds - (state.seconds_since_start or 0.0)
            return max(0.0, min(delay, remaining))

        retrying = AsyncRetrying(
            stop=stop_after_attempt(s.max_attempts) | stop_after_delay(s.retry_budget_seconds),
            wait=wait,
            retry=retry_if_exception(lambda e: isinstance(e, BackendError) and e.retryable),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._send_once(messages, stats)
        raise AssertionError("unreachable: tenacity reraises the last error")  # pragma: no cover

    async def _send_once(
        self, messages: list[dict[str, str]], stats: CallStats
    ) -> tuple[ChunkExtraction | None, str]:
        import openai

        json_mode = self.quirks.json_mode
        params: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            self.quirks.token_param: self.settings.output_tokens,
            "timeout": self.settings.timeout,
        }
        if self.quirks.send_temperature and self.settings.temperature is not None:
            params["temperature"] = self.settings.temperature
        raw_api = self.client.chat.completions.with_raw_response
        if json_mode:
            call, params["response_format"] = raw_api.create, {"type": "json_object"}
        else:
            call, params["response_format"] = raw_api.parse, _response_format()
        stats.calls += 1
        try:
            raw = await call(**params) if self._is_async else await asyncio.to_thread(call, **params)
        except openai.OpenAIError as exc:
            mapped = map_sdk_error(exc, base_url=self.base_url, model=self.settings.model, timeout=self.settings.timeout)
            if isinstance(mapped, SchemaRejected):
                if json_mode:
                    raise BackendError(f"the model server rejected the request format: {mapped}") from exc
                self.quirks.json_mode = True
                stats.notes.append("the server rejected json_schema output; JSON mode was used instead")
                return await self._send_once(self._rebuild(messages), stats)
            if isinstance(mapped, ParamRejected) and self._adapt(mapped.param, stats):
                return await self._send_once(messages, stats)
            if isinstance(mapped, ParamRejected):
                raise BackendError(f"the model rejected the parameter {mapped.param!r}: {short(exc)}") from exc
            raise mapped from exc
        return self._read(raw, json_mode=json_mode, stats=stats)

    def _adapt(self, param: str, stats: CallStats) -> bool:
        """Stop sending a rejected parameter; False when it was already adapted."""
        if param == "max_tokens" and self.quirks.token_param == "max_tokens":
            self.quirks.token_param = "max_completion_tokens"
        elif param == "temperature" and self.quirks.send_temperature:
            self.quirks.send_temperature = False
        else:
            return False
        stats.notes.append(f"the model rejected {param!r}; the request was adapted")
        return True

    def _rebuild(self, messages: list[dict[str, str]]) -> list[dict[str, str]]:
        """The same conversation with the system prompt re-rendered for JSON mode."""
        return [{"role": "system", "content": self.system_prompt(json_mode=True)}, *messages[1:]]

    def _read(self, raw: Any, *, json_mode: bool, stats: CallStats) -> tuple[ChunkExtraction | None, str]:
        try:
            body = raw.http_response.json()
        except ValueError as exc:
            raise BackendError(f"the model server sent a response that is not JSON: {short(raw.text)}") from exc
        stats.add_usage(body.get("usage") if isinstance(body, dict) else None)
        try:
            choice = body["choices"][0]
            message = choice["message"]
            content = message.get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise BackendError(f"the model server sent no choices: {short(body)}") from exc
        # What the SDK's own ``parse()`` of the response checks, read from the body already decoded
        # (building the SDK's response objects a second time costs a millisecond a call).
        finish = choice.get("finish_reason")
        if finish == "length":
            raise TruncatedOutputError("the model's answer was cut off at the token limit", raw_output=content)
        if finish == "content_filter":
            raise RefusalError("the server's content filter stopped the answer", raw_output=content)
        if refusal := message.get("refusal"):
            raise RefusalError(f"the model refused: {short(refusal)}", raw_output=content)
        if json_mode or not content:
            return None, content
        try:
            return ChunkExtraction.model_validate_json(content), content
        except ValidationError:
            return None, content  # not the schema's JSON; the caller re-asks with the error


@functools.lru_cache(maxsize=1)
def _response_format() -> Any:
    """The ``json_schema`` response format the SDK builds from :class:`ChunkExtraction`, built once:
    the SDK would turn the model into a strict schema again on every call. (The answer is validated
    against the model in :meth:`ChatCaller._read`.)"""
    from openai.lib._parsing._completions import type_to_response_format_param

    return type_to_response_format_param(ChunkExtraction)


@functools.lru_cache(maxsize=4)
def _ssl_context(_cert_file: str | None, _cert_dir: str | None) -> Any:
    """The context an HTTP client would build for itself; keyed on the variables it reads."""
    import httpx2

    return httpx2.create_ssl_context()


def async_http_client() -> Any:
    """The SDK's default async HTTP client, with a TLS context shared by every client built here.

    Each new client would otherwise load the CA bundle again (about 15-20 ms of CPU), and
    the engine builds one client per run because a client is bound to its event loop. The
    context is the one the client would build itself; None when the SDK's HTTP library
    offers no way to share it, and the SDK builds its own client.
    """
    try:
        import openai

        context = _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        return openai.DefaultAsyncHttpxClient(verify=context)
    except (ImportError, AttributeError, TypeError):
        return None


def is_fatal(error: BaseException) -> bool:
    """Errors that no other chunk can escape either (bad key, unknown model): stop the run."""
    return isinstance(error, ConfigError) or not isinstance(error, MinutesError)


__all__ = ["CallStats", "ChatCaller", "ServerQuirks", "async_http_client", "is_fatal"]
