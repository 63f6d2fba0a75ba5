"""A bounded HTTP server on 127.0.0.1, and the OpenAI chat-completions wire format it answers in.

Shared by the scripted reader (``benchmarks.scripted_reader``) and the tests' scripted servers
(``tests/servers.py``, ``tests/openai_server.py``): benchmarks never import tests, so the common part
lives here.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_LIFETIME_S = 300.0


class _LoopbackServer(ThreadingHTTPServer):
    """A threading server for which a client that hung up is no error.

    A test of a client timeout leaves the handler writing to a closed socket after the test has
    ended; the standard server prints that traceback from its thread, into whatever output a later
    test happens to be capturing.
    """

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@contextmanager
def serve(
    handler: type[BaseHTTPRequestHandler], lifetime_s: float = MAX_LIFETIME_S
) -> Iterator[int]:
    """Run ``handler`` on a free 127.0.0.1 port; stops on exit, or by itself after ``lifetime_s``."""
    server = _LoopbackServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    deadline = threading.Timer(lifetime_s, server.shutdown)
    deadline.daemon = True
    deadline.start()
    try:
        yield server.server_port
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()


def completion(message: dict[str, Any], model: str) -> dict[str, Any]:
    """A whole chat completion carrying ``message`` (text, tool calls or both)."""
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:8]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if message.get("tool_calls") else "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def chunks(
    pieces: Iterable[str], model: str, tool_calls: list[dict[str, Any]] | None = None
) -> Iterator[dict[str, Any]]:
    """The same reply as streamed chunks: the text piece by piece, then any tool calls."""
    base = {
        "id": f"chatcmpl-{uuid.uuid4().hex[:8]}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }
    yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}
    for piece in pieces:
        yield {**base, "choices": [{"index": 0, "delta": {"content": piece}}]}
    for index, call in enumerate(tool_calls or []):
        delta = {"tool_calls": [{"index": index, **call}]}
        yield {**base, "choices": [{"index": 0, "delta": delta}]}
    finish = "tool_calls" if tool_calls else "stop"
    yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}


def send_stream(handler: BaseHTTPRequestHandler, stream: Iterable[dict[str, Any]]) -> None:
    """Answer the request with ``stream`` as server-sent events, ended as OpenAI ends them."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/event-stream")
    handler.end_headers()
    for chunk in stream:
        handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
    handler.wfile.write(b"data: [DONE]\n\n")
