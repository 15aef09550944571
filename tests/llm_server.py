"""ScriptedChatServer: a local HTTP test server that speaks the chat-completions protocol.

It is a test fixture, not a model. It listens on 127.0.0.1 (a free port), answers
``POST /v1/chat/completions`` with JSON (including ``usage``), and plays a script of
steps in order: answers, HTTP errors (429 with Retry-After, 500, 400 rejecting
json_schema), hangs past the client's timeout, truncated or schema-invalid JSON,
refusals and ``finish_reason == "length"``. When the script is empty it falls back to a
responder; the default one, :func:`fixture_answer`, quotes the first and last lines of the
notes as one decision and one action item: deterministic filler for load tests and
benchmarks, with no claim to be a real extraction.

Usage::

    with ScriptedChatServer(latency=0.05) as server:
        server.script(rate_limited(retry_after=1), answer(decisions=[("Adopted.", "Beslut: ...")]))
        client = openai.AsyncOpenAI(base_url=server.base_url, api_key="test-key")
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Answer:
    """A 200 answer. ``content`` may be a dict (sent as JSON) or raw text (e.g. broken JSON)."""

    content: str | dict | None
    finish_reason: str = "stop"
    refusal: str | None = None


@dataclass(frozen=True)
class Status:
    """A non-200 answer with an OpenAI-style error body."""

    code: int
    message: str = "error"
    headers: dict[str, str] = field(default_factory=dict)
    param: str | None = None


@dataclass(frozen=True)
class Hang:
    """Hold the request for ``seconds`` (past the client's timeout), then answer with ``then``."""

    seconds: float
    then: Answer | None = None


Step = Answer | Status | Hang
Responder = Callable[[dict], Step]


def answer(
    decisions: list[tuple[str, str]] = (),  # type: ignore[assignment]
    actions: list[tuple[str | None, str, str | None, str]] = (),  # type: ignore[assignment]
) -> Answer:
    """A valid extraction answer: decisions as (text, quote), actions as (owner, task, deadline_text, quote)."""
    return Answer(
        {
            "decisions": [{"text": t, "quote": q} for t, q in decisions],
            "action_items": [
                {"owner": o, "task": t, "deadline_text": d, "quote": q} for o, t, d, q in actions
            ],
        }
    )


def rate_limited(retry_after: float = 1) -> Status:
    """429 with a Retry-After header (seconds)."""
    return Status(429, "Rate limit reached, retry later.", {"Retry-After": f"{retry_after:g}"})


def server_error() -> Status:
    """500 Internal Server Error."""
    return Status(500, "The server had an error while processing your request.")


def hang(seconds: float) -> Hang:
    """A request the server sits on for ``seconds``."""
    return Hang(seconds)


def truncated_json() -> Answer:
    """JSON cut off mid-object but reported as finished (``finish_reason == "stop"``)."""
    return Answer('{"decisions": [{"text": "The board adopted the bud')


def schema_invalid() -> Answer:
    """Well-formed JSON that does not match the answer schema."""
    return Answer({"decisions": "none", "actions": []})


def refusal(text: str = "I'm sorry, I can't help with that.") -> Answer:
    """A refusal: no content, ``message.refusal`` set."""
    return Answer(None, refusal=text)


def cut_off() -> Answer:
    """``finish_reason == "length"`` with the partial answer so far."""
    return Answer('{"decisions": [{"text": "The board', finish_reason="length")


def json_schema_rejected() -> Status:
    """400 as sent by servers that do not support ``response_format: json_schema``."""
    return Status(400, "response_format json_schema is not supported by this server", param="response_format")


#: Paths under this prefix read or reset the server's records instead of being recorded.
CONTROL_PREFIX = "/_scripted/"

_NOTES = re.compile(r"<notes>\n?(.*?)\n?</notes>", re.DOTALL)


def notes_of(body: dict) -> str:
    """The text between <notes> and </notes> in the last user message of a request body."""
    for message in reversed(body.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content")
            text = content if isinstance(content, str) else json.dumps(content)
            found = _NOTES.search(text)
            if found:
                return found.group(1)
    return ""


def fixture_answer(body: dict) -> Step:
    """FIXTURE responder: the notes' first line as a decision, the last line as an action item.

    Deterministic filler that quotes the request verbatim, so grounding succeeds; it does
    not understand the notes and must not be read as a measure of extraction quality.
    """
    lines = [line.strip() for line in notes_of(body).splitlines() if len(line.strip()) > 3]
    if not lines:
        return answer()
    first, last = lines[0][:200], lines[-1][:200]
    actions = [(None, f"Follow up: {last}", None, last)] if len(lines) > 1 else []
    return answer(decisions=[(first, first)], actions=actions)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received (header names lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict


class ScriptedChatServer:
    """A chat-completions test server on 127.0.0.1 with a script of answers and faults."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        responder: Responder = fixture_answer,
        reject_json_schema: bool = False,
        model: str = "scripted-test-model",
        port: int = 0,
    ) -> None:
        self.port = port
        self.latency = latency
        self.responder = responder
        self.reject_json_schema = reject_json_schema
        self.model = model
        self.requests: list[RecordedRequest] = []
        self._steps: deque[Step] = deque()
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.in_flight = 0
        self.max_in_flight = 0

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> ScriptedChatServer:
        """Start serving in a daemon thread."""
        handler = type("_Handler", (_Handler,), {"server_ref": self})
        self._httpd = _Server(("127.0.0.1", self.port), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="scripted-chat", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release hanging requests and stop serving."""
        self._release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, e.g. ``http://127.0.0.1:PORT/v1``."""
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    # -- scripting --------------------------------------------------------------------

    def script(self, *steps: Step) -> None:
        """Queue steps; each request takes the next one, then the responder answers."""
        with self._lock:
            self._steps.extend(steps)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """The chat-completion requests received so far."""
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_step(self, body: dict) -> Step:
        with self._lock:
            step = self._steps.popleft() if self._steps else None
        if step is None:
            fmt = body.get("response_format") or {}
            if self.reject_json_schema and fmt.get("type") == "json_schema":
                return json_schema_rejected()
            return self.responder(body)
        return step

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def completion(self, body: dict, step: Answer) -> dict:
        """The JSON body of a chat completion for ``step``."""
        content = step.content
        if isinstance(content, dict):
            content = json.dumps(content, ensure_ascii=False)
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
        return {
            "id": f"chatcmpl-scripted-{len(self.requests)}",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": body.get("model", self.model),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": step.refusal},
                    "finish_reason": step.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": max(1, prompt_chars // 4),
                "completion_tokens": max(1, len(content or step.refusal or "") // 4),
                "total_tokens": max(1, prompt_chars // 4) + max(1, len(content or step.refusal or "") // 4),
            },
        }


class _Server(ThreadingHTTPServer):
    # A burst of concurrent clients must not overflow the default listen queue of 5.
    request_queue_size = 128
    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    # Small answers would otherwise wait for Nagle's algorithm (~40 ms each).
    disable_nagle_algorithm = True
    server_ref: ScriptedChatServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return  # keep test output quiet

    def _send(self, code: int, payload: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (e.g. after its timeout)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if not self._control():
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def _control(self) -> bool:
        """Answer a ``/_scripted/`` control request (not recorded); False for any other path."""
        path, _, query = self.path.partition("?")
        if not path.startswith(CONTROL_PREFIX):
            return False
        server = self.server_ref
        with server._lock:
            if path == CONTROL_PREFIX + "reset" and self.command == "POST":
                server.max_in_flight = 0
            since = int(dict(p.partition("=")[::2] for p in query.split("&") if p).get("since") or 0)
            state = {"count": len(server.requests), "in_flight": server.in_flight,
                     "max_in_flight": server.max_in_flight,
                     "requests": [vars(r) for r in server.requests[since:]] if path.endswith("requests") else []}
        self._send(200, state)
        return True

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        server = self.server_ref
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self._control():
            return
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        headers = {name.lower(): value for name, value in self.headers.items()}
        server._record(RecordedRequest("POST", self.path, headers, body))
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        with server._lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            self._answer(server, body)
        finally:
            with server._lock:
                server.in_flight -= 1

    def _answer(self, server: ScriptedChatServer, body: dict) -> None:
        if server.latency:
            time.sleep(server.latency)
        step = server._next_step(body)
        if isinstance(step, Hang):
            server._release.wait(step.seconds)
            step = step.then or fixture_answer(body)
        if isinstance(step, Status):
            error = {"message": step.message, "type": "invalid_request_error", "param": step.param, "code": None}
            self._send(step.code, {"error": error}, step.headers)
            return
        self._send(200, server.completion(body, step))


__all__ = [
    "CONTROL_PREFIX",
    "Answer",
    "Hang",
    "RecordedRequest",
    "ScriptedChatServer",
    "ServerProcess",
    "Status",
    "answer",
    "cut_off",
    "fixture_answer",
    "hang",
    "json_schema_rejected",
    "notes_of",
    "rate_limited",
    "refusal",
    "schema_invalid",
    "server_error",
    "truncated_json",
]


class ServerProcess:
    """The FIXTURE-answer server run in a child process (``python tests/llm_server.py``).

    For load tests and benchmarks: the server's request handling then runs on its own
    interpreter and GIL, as a remote endpoint would, instead of competing with the client
    being measured. Recorded requests and the in-flight peak are read over HTTP from
    :data:`CONTROL_PREFIX` paths. No script: every request gets :func:`fixture_answer`.
    """

    def __init__(self, *, latency: float = 0.0, reject_json_schema: bool = False, start_timeout: float = 30.0) -> None:
        self.latency = latency
        self.reject_json_schema = reject_json_schema
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[str] | None = None
        self._base_url = ""

    def start(self) -> ServerProcess:
        """Start the child and wait for the base URL it prints once it listens."""
        command = [sys.executable, str(Path(__file__).resolve()), "--latency", f"{self.latency}", "--exit-on-eof"]
        if self.reject_json_schema:
            command.append("--reject-json-schema")
        # stdin stays open: the child exits when it closes, also if this process dies first.
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        ready = threading.Thread(target=lambda: setattr(self, "_base_url", self._process.stdout.readline().strip()))
        ready.start()
        ready.join(self.start_timeout)
        if not self._base_url.startswith("http://"):
            self.stop()
            raise RuntimeError(f"the test server process did not start (printed {self._base_url!r})")
        return self

    def stop(self) -> None:
        """Close the child's stdin (it exits), killing it if it does not within 5 s."""
        process, self._process = self._process, None
        if process is None:
            return
        with contextlib.suppress(OSError):
            process.stdin.close()  # type: ignore[union-attr]
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, e.g. ``http://127.0.0.1:PORT/v1``."""
        assert self._base_url, "server not started"
        return self._base_url

    def _control(self, name: str, *, post: bool = False) -> dict:
        url = self.base_url.rsplit("/v1", 1)[0] + CONTROL_PREFIX + name
        request = urllib.request.Request(url, data=b"" if post else None, method="POST" if post else "GET")
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - 127.0.0.1 only
            return json.loads(response.read())

    def requests_since(self, index: int = 0) -> list[RecordedRequest]:
        """The requests received after the first ``index`` ones (all of them by default)."""
        return [RecordedRequest(**r) for r in self._control(f"requests?since={index}")["requests"]]

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far."""
        return self.requests_since(0)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """The chat-completion requests received so far."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def max_in_flight(self) -> int:
        """The most requests the server has held at once since the last reset."""
        return int(self._control("stats")["max_in_flight"])

    def reset_max_in_flight(self) -> None:
        """Start counting the in-flight peak again."""
        self._control("reset", post=True)


def main(argv: list[str] | None = None) -> None:
    """Serve the FIXTURE responder on a port until interrupted (for manual runs and benchmarks).

    Prints the base URL on the first line of stdout once it listens.
    """
    import argparse

    parser = argparse.ArgumentParser(description="Scripted chat-completions test server (fixture answers).")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument("--reject-json-schema", action="store_true", help="answer json_schema requests with 400")
    parser.add_argument("--exit-on-eof", action="store_true", help="stop when stdin closes (for a parent process)")
    args = parser.parse_args(argv)
    server = ScriptedChatServer(latency=args.latency, reject_json_schema=args.reject_json_schema, port=args.port)
    server.start()
    print(server.base_url, flush=True)
    try:
        if args.exit_on_eof:
            sys.stdin.read()
        else:
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
