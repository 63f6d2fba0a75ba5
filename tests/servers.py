"""A scripted HTTP server on loopback that records what it received, for real clients in tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from benchmarks.loopback import serve

Responder = Callable[[str, dict[str, Any]], tuple[int, dict[str, Any]]]


@dataclass
class Recorded:
    """Requests the server received, as (path, JSON body)."""

    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@contextmanager
def scripted_server(respond: Responder) -> Iterator[tuple[str, Recorded]]:
    """Serve ``respond(path, body) -> (status, json)`` on 127.0.0.1; stops on exit or after 5 min."""
    recorded = Recorded()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            recorded.requests.append((self.path, body))
            status, payload = respond(self.path, body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return

    with serve(Handler) as port:
        yield f"http://127.0.0.1:{port}", recorded
