"""A scripted OpenAI-compatible chat-completions server on loopback, for the real client in tests.

It answers ``POST /v1/chat/completions`` from a script (a function of the request), streams with SSE
when asked, returns tool calls, answers 429/500 on demand, and records every request body.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from benchmarks.loopback import chunks, completion, send_stream, serve


@dataclass
class Reply:
    """One scripted answer: text, tool calls, an HTTP error, a delay or garbage."""

    content: str = ""
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    status: int = 200
    delay_s: float = 0.0
    """Wait this long before answering (a hanging server)."""
    raw: bytes | None = None
    """Send these bytes as a 200 body instead of a completion (a garbled answer)."""


Script = Callable[[dict[str, Any]], Reply]


@dataclass
class ScriptedOpenAI:
    """The server's address and what it received."""

    base_url: str
    requests: list[dict[str, Any]] = field(default_factory=list)

    def prompts(self) -> list[str]:
        """Every message text sent to the model, one string per request."""
        return [
            "\n".join(str(m.get("content") or "") for m in body.get("messages", []))
            for body in self.requests
        ]


def call_kind(body: dict[str, Any]) -> str:
    """Which of Signalbox's calls a request is, read from its structured-output schema or tools."""
    schema = (body.get("response_format") or {}).get("json_schema", {}).get("name")
    if schema == "Relevance":
        return "grading"
    if schema == "Support":
        return "judge"
    if schema:
        return "route"
    if body.get("tools"):
        return "tools"
    return "answer"


def route_reply(route: str, query: str) -> Reply:
    """The router's structured answer."""
    return Reply(
        content=json.dumps({"route": route, "reason": f"scripted {route}", "query": query})
    )


def _message(reply: Reply) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:8]}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(args)},
            }
            for name, args in reply.tool_calls
        ]
    return message


@contextmanager
def scripted_openai(script: Script) -> Iterator[ScriptedOpenAI]:
    """Serve ``script`` on 127.0.0.1 (see ``tests.servers.serve`` for how it stops)."""
    server_state: ScriptedOpenAI

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            server_state.requests.append(body)
            reply = script(body)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.raw is not None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply.raw)))
                self.end_headers()
                self.wfile.write(reply.raw)
                return
            if reply.status != 200:
                self._send_json(
                    reply.status,
                    {
                        "error": {
                            "message": reply.content or "scripted failure",
                            "type": "server_error",
                        }
                    },
                )
                return
            model = body.get("model", "scripted")
            if not body.get("stream"):
                self._send_json(200, completion(_message(reply), model))
                return
            pieces = [reply.content[i : i + 4] for i in range(0, len(reply.content), 4)]
            send_stream(self, chunks(pieces, model, _message(reply).get("tool_calls")))

        def _send_json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Retry-After", "0")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    with serve(Handler) as port:
        server_state = ScriptedOpenAI(f"http://127.0.0.1:{port}/v1")
        yield server_state
