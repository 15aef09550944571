"""The LLM engine: chunk the notes, ask an OpenAI-compatible model, ground, date and merge.

Pipeline per document: ``parse_meetings`` (header facts) → ``chunk_document`` (one piece
for the whole document when it fits, else whole meetings packed together and long
meetings split, each piece with its header) → one structured request per piece,
concurrently under one semaphore, answers cached on disk → quotes grounded in the source
and placed in the meeting that holds them → deadlines re-read by :mod:`minutes_ai.dates`
against that meeting → per-meeting merge in source order.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
from collections.abc import AsyncIterator, Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ... import __version__
from ...chunking import chunk_document
from ...dates import date_order, detect_date_order
from ...document import Document
from ...errors import ConfigError, TruncatedOutputError
from ...prompting import prompt_hash, render
from ...schemas import Extraction, RunInfo, Usage, schema_hash
from ...structure import parse_meetings
from .cache import ResponseCache, cache_key
from .client import CallStats, ChatCaller, ServerQuirks, async_http_client, is_fatal
from .config import LLMSettings, default_cache_dir, resolve_api_key, resolve_base_url
from .items import Piece, build_meetings, split_piece
from .response import ChunkExtraction, response_json_schema, response_schema_hash

T = TypeVar("T")


def _run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` to completion, also when called from inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # A running loop (e.g. a notebook) cannot be re-entered: use a private one in a thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


Answers = list[tuple[Piece, ChunkExtraction]]

#: Event-loop turns between preparing one document and the next in a batch: enough for a
#: request just handed to the HTTP client to connect and be written before more CPU work
#: (parsing the next notes, building the next request) is queued ahead of it.
PACING_TURNS = 8


async def _pace(work: asyncio.Future[Any]) -> None:
    """Give ``work`` (a document's requests, just started) a few loop turns of its own."""
    try:
        for _ in range(PACING_TURNS):
            await asyncio.sleep(0)
    except BaseException:
        work.cancel()  # cancelled while pacing: do not leave the requests running
        raise


def _collect(pieces: Sequence[Piece], outcomes: Sequence[Any]) -> tuple[Answers, list[str]]:
    """Answers and one-line errors from gathered outcomes; fatal errors are re-raised."""
    answers: Answers = []
    errors: list[str] = []
    for piece, outcome in zip(pieces, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            if is_fatal(outcome):
                raise outcome
            errors.append(f"{piece.label}: {outcome}")
        else:
            answers.extend(outcome[0])
            errors.extend(outcome[1])
    return answers, errors


class LLMEngine:
    """Extracts decisions and action items with an OpenAI-compatible chat model.

    Construct it with an injected ``openai.AsyncOpenAI`` (preferred) or ``openai.OpenAI``
    client, or with :meth:`from_config`. Keyword options are :class:`LLMSettings` fields.
    """

    name = "llm"

    def __init__(self, client: Any = None, model: str | None = None, *, _factory: Any = None, **options: Any) -> None:
        if client is None and _factory is None:
            raise TypeError("LLMEngine needs a client (or use LLMEngine.from_config)")
        self._client = client
        self._factory = _factory  # builds a fresh AsyncOpenAI per run, bound to that run's loop
        self._quirks = ServerQuirks()  # what the server rejected, remembered across runs
        self._budget: int | None = None
        base_url = options.pop("base_url", None)
        if options.get("cache_dir") is not None:
            options["cache_dir"] = Path(options["cache_dir"])
        if options.get("max_context_tokens") is None:
            options.pop("max_context_tokens", None)
        try:
            self.settings = LLMSettings(model=model or "", **options)
        except TypeError as exc:  # an unknown keyword: say which, as a configuration problem
            raise ConfigError(f"unknown LLM engine option: {exc}") from exc
        self.base_url = base_url or (str(getattr(client, "base_url", "")).rstrip("/") if client else "")
        self.prompt_hash = hashlib.sha256(
            f"{prompt_hash()}:{response_schema_hash()}".encode()
        ).hexdigest()[:16]

    @classmethod
    def from_config(
        cls,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        concurrency: int = 4,
        cache_dir: str | Path | None = None,
        use_cache: bool = True,
        timeout: float = 60.0,
        max_context_tokens: int | None = None,
        **options: Any,
    ) -> LLMEngine:
        """Build an engine that talks to ``base_url`` (or ``OPENAI_BASE_URL``, or OpenAI).

        The key comes from ``api_key`` or ``OPENAI_API_KEY``; a local server (any base URL
        other than OpenAI's) gets a placeholder key. Raises ConfigError without a usable key.
        """
        resolved_url = resolve_base_url(base_url)
        key = resolve_api_key(api_key, resolved_url)

        def factory() -> Any:
            import openai  # imported only when this engine runs

            return openai.AsyncOpenAI(api_key=key, base_url=resolved_url, max_retries=0, timeout=timeout,
                                      http_client=async_http_client())

        return cls(
            None,
            model,
            _factory=factory,
            base_url=resolved_url or "https://api.openai.com/v1",
            concurrency=concurrency,
            cache_dir=cache_dir,
            use_cache=use_cache,
            timeout=timeout,
            max_context_tokens=max_context_tokens,
            **options,
        )

    # -- public API -------------------------------------------------------------------

    def extract(self, document: Document) -> Extraction:
        """Extract meetings, decisions and action items from ``document`` (blocking)."""
        return _run_sync(self.aextract(document))

    def extract_many(self, documents: Sequence[Document]) -> list[Extraction]:
        """Extract several documents concurrently under the same concurrency bound (blocking)."""
        return _run_sync(self.aextract_many(documents))

    async def aextract(self, document: Document) -> Extraction:
        """Extract one document; raises when no part of it could be extracted."""
        async with self._session() as (caller, semaphore):
            return await self._extract(document, caller, semaphore)

    async def aextract_many(self, documents: Sequence[Document]) -> list[Extraction]:
        """Extract documents concurrently; a document that fails entirely comes back partial."""
        async with self._session() as (caller, semaphore):
            gate = asyncio.Lock()
            tasks = [self._extract(doc, caller, semaphore, keep_going=True, gate=gate) for doc in documents]
            return list(await asyncio.gather(*tasks))

    # -- internals --------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _session(self) -> AsyncIterator[tuple[ChatCaller, asyncio.Semaphore]]:
        """A caller and the run's concurrency bound; a client built here is closed here."""
        client = self._client if self._client is not None else self._factory()
        try:
            caller = ChatCaller(client, self.settings, base_url=self.base_url, quirks=self._quirks)
            yield caller, asyncio.Semaphore(self.settings.concurrency)
        finally:
            if self._client is None:
                await client.close()

    def _notes_budget(self) -> int:
        """Tokens left for one piece of notes after the prompt, a header allowance and the answer."""
        # Rendering and counting the prompt costs milliseconds: once per engine, not per document.
        if self._budget is None:
            self._budget = self._compute_notes_budget()
        return self._budget

    def _compute_notes_budget(self) -> int:
        from ...tokens import count_tokens

        s = self.settings
        schema = str(response_json_schema())
        prompt = render("extract_system.j2", json_schema=schema) + render(
            "extract_user.j2", header="", notes="", is_part=False
        )
        overhead = count_tokens(prompt, s.model) + 256  # margin for chat framing and the part note
        return max(256, s.max_context_tokens - s.output_tokens - overhead)

    def _key(self, piece: Piece) -> str:
        s = self.settings
        return cache_key(
            model=s.model,
            base_url=self.base_url,
            prompt=self.prompt_hash,
            schema=response_schema_hash(),
            header=piece.header,
            text=piece.text,
            is_part=piece.is_part,
            temperature=s.temperature,
            max_output_tokens=s.output_tokens,
        )

    async def _extract(
        self,
        document: Document,
        caller: ChatCaller,
        semaphore: asyncio.Semaphore,
        *,
        keep_going: bool = False,
        gate: asyncio.Lock | None = None,
    ) -> Extraction:
        stats = CallStats()
        async with gate or contextlib.nullcontext():
            meetings, chunks = self._prepare(document)
            per_meeting: dict[int, int] = {}
            for chunk in chunks:
                per_meeting[chunk.meeting_index] = per_meeting.get(chunk.meeting_index, 0) + 1
            pieces = [Piece.from_chunk(c, per_meeting[c.meeting_index]) for c in chunks]
            work = asyncio.gather(*(self._piece(p, caller, semaphore, stats) for p in pieces), return_exceptions=True)
            if gate is not None:
                await _pace(work)
        outcomes = await work
        answers, errors = _collect(pieces, outcomes)
        if pieces and not answers and not keep_going:
            raise next(o for o in outcomes if isinstance(o, BaseException))  # nothing to return
        with date_order(detect_date_order(document.text)):  # '3/12' read as the notes write it
            result = build_meetings(document, meetings, answers)
        unconfirmed = sum(not d.grounded for m in result for d in m.decisions) + sum(
            not a.grounded for m in result for a in m.action_items
        )
        if unconfirmed:
            stats.notes.append(f"{unconfirmed} item(s) could not be found verbatim in the notes; confirm them")
        return Extraction(source=document.source, meetings=result, run=self._run_info(stats, errors))

    def _prepare(self, document: Document) -> tuple[list[Any], list[Any]]:
        """The document's meetings and the chunks to send (CPU only, no I/O)."""
        meetings = parse_meetings(document)
        chunks = chunk_document(document, meetings, max_tokens=self._notes_budget(), model=self.settings.model)
        return meetings, chunks

    async def _piece(
        self, piece: Piece, caller: ChatCaller, semaphore: asyncio.Semaphore, stats: CallStats, depth: int = 0
    ) -> tuple[Answers, list[str]]:
        """Answers for ``piece`` (split in two when the answer is cut off) and error lines."""
        cache = ResponseCache(self.settings.cache_dir or default_cache_dir()) if self.settings.use_cache else None
        key = self._key(piece)
        if cache is not None and (hit := cache.get(key)) is not None:
            try:
                answer = ChunkExtraction.model_validate_json(hit)
                stats.cached_calls += 1
                return [(piece, answer)], []
            except ValueError:
                pass  # a stale or damaged entry: ask again
        truncated: TruncatedOutputError | None = None
        async with semaphore:
            try:
                answer = await caller.extract(
                    header=piece.header, notes=piece.text, is_part=piece.is_part, stats=stats
                )
            except TruncatedOutputError as exc:
                truncated = exc
        # Let the task the freed slot woke send its request before this answer is processed.
        await asyncio.sleep(0)
        if truncated is None:
            if cache is not None:
                cache.put(key, answer.model_dump_json())
            return [(piece, answer)], []
        halves = split_piece(piece) if depth < self.settings.max_splits else None
        if halves is None:
            raise truncated
        stats.notes.append(f"{piece.label} was split in two after the answer was cut off")
        outcomes = await asyncio.gather(
            *(self._piece(h, caller, semaphore, stats, depth + 1) for h in halves), return_exceptions=True
        )
        answers, errors = _collect(halves, outcomes)
        if not answers:
            raise next(o for o in outcomes if isinstance(o, BaseException))
        return answers, errors

    def _run_info(self, stats: CallStats, errors: list[str]) -> RunInfo:
        usage = Usage(
            calls=stats.calls,
            cached_calls=stats.cached_calls,
            prompt_tokens=stats.prompt_tokens,
            completion_tokens=stats.completion_tokens,
        )
        return RunInfo(
            engine=self.name,
            engine_version=__version__,
            model=self.settings.model,
            prompt_hash=self.prompt_hash,
            schema_hash=schema_hash(),
            usage=usage,
            partial=bool(errors),
            errors=errors,
            warnings=list(dict.fromkeys(stats.notes)),
        )


__all__ = ["LLMEngine"]
