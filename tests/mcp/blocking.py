"""The official MCP SDK client, held open on a background loop so plain test functions can use it.

One connection (one server process) serves a whole test module instead of one per test, which
would load the embedding model again each time.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from mcp import Client

T = TypeVar("T")
CALL_TIMEOUT_S = 120.0


class BlockingClient:
    """``client.run(lambda c: c.list_tools())`` runs one SDK call and waits for its result."""

    def __init__(self, target: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._client: Client | None = None
        self._stop: asyncio.Event | None = None
        ready = asyncio.run_coroutine_threadsafe(self._open(target), self._loop)
        self._holder = ready.result(timeout=CALL_TIMEOUT_S)

    async def _open(self, target: Any) -> asyncio.Future[None]:
        entered: asyncio.Future[None] = self._loop.create_future()

        async def hold() -> None:
            # The SDK's task groups must be entered and left by the same task.
            self._stop = asyncio.Event()
            try:
                async with Client(target, read_timeout_seconds=CALL_TIMEOUT_S) as client:
                    self._client = client
                    entered.set_result(None)
                    await self._stop.wait()
            except BaseException as exc:
                if not entered.done():
                    entered.set_exception(exc)
                raise

        holder = asyncio.ensure_future(hold())
        await entered
        return holder

    def run(self, call: Callable[[Client], Awaitable[T]]) -> T:
        """Run ``call(client)`` on the loop and return what it returned."""
        assert self._client is not None
        client = self._client

        async def go() -> T:
            return await call(client)

        return asyncio.run_coroutine_threadsafe(go(), self._loop).result(timeout=CALL_TIMEOUT_S)

    def close(self) -> None:
        """Leave the session (the SDK stops a stdio server it started) and end the loop."""

        async def stop() -> None:
            assert self._stop is not None
            self._stop.set()
            await asyncio.wait([self._holder], timeout=30)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
