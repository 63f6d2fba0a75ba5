"""Tools offered by external MCP servers, as LangChain tools that a synchronous caller can run.

Each configured server is connected once, through the official SDK's ``Client`` (stdio or
Streamable HTTP), and held open by a task on one background event loop; a tool call is sent to
that loop and waited for with the server's time-out. A server that fails to start, or dies later,
only loses its own tools: its calls fail with a clear error and everything else goes on.

What a tool returns is untrusted data, like a web page: the LangChain tools built here carry
``metadata["untrusted_output"] = True`` (so the caller never lets it steer further tool calls)
and ``metadata["needs_approval"]`` from the configuration.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Mapping
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass, field
from typing import Any, TextIO

import httpx2
from langchain_core.tools import BaseTool, StructuredTool, ToolException
from mcp import Client
from mcp.client.stdio import StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from mcp.shared.exceptions import MCPError
from mcp_types import (
    CONNECTION_CLOSED,
    CallToolResult,
    EmbeddedResource,
    TextContent,
    TextResourceContents,
)

from signalbox.tools.mcp.config import MCPConfig, ServerConfig

CONNECT_TIMEOUT_S = 30.0
MAX_OUTPUT_CHARS = 8_000
MAX_DESCRIPTION_CHARS = 1_000
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


class MCPToolError(ToolException):
    """A call that failed: the server reported an error, timed out, or is gone."""


@dataclass(frozen=True)
class RemoteTool:
    """A tool as one server lists it."""

    server: str
    name: str
    description: str
    input_schema: dict[str, Any]
    needs_approval: bool

    @property
    def qualified_name(self) -> str:
        """``server__tool``: unique across servers and valid as a function name for any model."""
        return _UNSAFE.sub("_", f"{self.server}__{self.name}")[:64]


@dataclass
class _Link:
    """One server's connection, held open by a task on the background loop."""

    name: str
    config: ServerConfig
    errlog: TextIO | None
    client: Client | None = None
    problem: str | None = None
    tools: list[RemoteTool] = field(default_factory=list)
    stop: asyncio.Event | None = None

    def _transport(self, stack: AsyncExitStack) -> Any:
        if self.config.command is not None:
            params = StdioServerParameters(
                command=self.config.command,
                args=self.config.args,
                env=self.config.env or None,
                cwd=self.config.cwd,
            )
            if self.errlog is None:
                return stdio_client(params)
            return stdio_client(params, errlog=self.errlog)
        http = create_mcp_http_client(
            headers=self.config.headers or None,
            timeout=httpx2.Timeout(self.config.timeout, read=self.config.timeout + 5),
        )
        stack.push_async_exit(http.__aexit__)
        assert self.config.url is not None
        return streamable_http_client(self.config.url, http_client=http)

    async def hold(self, ready: asyncio.Future[None]) -> None:
        """Connect, list the tools, then keep the connection until asked to stop or it breaks."""
        self.stop = asyncio.Event()
        try:
            async with AsyncExitStack() as stack:
                client = Client(self._transport(stack), read_timeout_seconds=self.config.timeout)
                self.client = await stack.enter_async_context(client)
                self.tools = await self._list_tools()
                ready.set_result(None)
                await self.stop.wait()
        except BaseException as exc:  # a dead server loses its tools, never the process
            self.problem = _describe(exc)
            if not ready.done():
                ready.set_exception(MCPToolError(self.problem))
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            self.client = None
            if self.problem is None:
                self.problem = "disconnected"

    async def _list_tools(self) -> list[RemoteTool]:
        assert self.client is not None
        found: list[RemoteTool] = []
        cursor: str | None = None
        while True:
            page = await self.client.list_tools(cursor=cursor)
            for tool in page.tools:
                found.append(
                    RemoteTool(
                        server=self.name,
                        name=tool.name,
                        description=(tool.description or tool.title or tool.name)[
                            :MAX_DESCRIPTION_CHARS
                        ],
                        input_schema=dict(tool.input_schema),
                        needs_approval=self.config.needs_approval(tool.name),
                    )
                )
            cursor = page.next_cursor
            if not cursor:
                return found


def _describe(exc: BaseException) -> str:
    """One line for an error, unwrapping the task groups the SDK raises through."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def result_text(result: CallToolResult) -> str:
    """A tool result as text: its text blocks, else its structured content as JSON, capped."""
    parts: list[str] = []
    for block in result.content:
        if isinstance(block, TextContent):
            parts.append(block.text)
        elif isinstance(block, EmbeddedResource) and isinstance(
            block.resource, TextResourceContents
        ):
            parts.append(block.resource.text)
        else:
            parts.append(f"[{block.type} content omitted]")
    text = "\n".join(parts)
    if not text and result.structured_content is not None:
        text = json.dumps(result.structured_content, ensure_ascii=False)
    if len(text) > MAX_OUTPUT_CHARS:
        text = text[:MAX_OUTPUT_CHARS] + f"… [cut at {MAX_OUTPUT_CHARS} characters]"
    return text


class MCPConnections:
    """Every configured server, connected at construction; close() stops them all.

    Servers connect in parallel; one that cannot be reached within ``connect_timeout_s`` is
    listed in ``problems`` and offers no tools.
    """

    def __init__(
        self,
        config: MCPConfig,
        *,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
        errlog: TextIO | None = None,
    ) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="mcp-client", daemon=True
        )
        self._thread.start()
        self._links = {name: _Link(name, server, errlog) for name, server in config.servers.items()}
        self._holders: list[asyncio.Future[None]] = []
        self._closed = False
        waits = {name: self._start(link) for name, link in self._links.items()}
        for name, ready in waits.items():
            try:
                ready.result(timeout=connect_timeout_s)
            except FutureTimeout:
                self._links[name].problem = f"no answer within {connect_timeout_s:g} s"
            except Exception as exc:  # hold() has already said why, unless it never started
                self._links[name].problem = self._links[name].problem or _describe(exc)

    def _start(self, link: _Link) -> Any:
        async def start() -> None:
            ready: asyncio.Future[None] = self._loop.create_future()
            self._holders.append(asyncio.ensure_future(link.hold(ready)))
            await ready

        return asyncio.run_coroutine_threadsafe(start(), self._loop)

    @property
    def tools(self) -> list[RemoteTool]:
        """The tools of every connected server, in configuration order."""
        return [tool for link in self._links.values() if link.client for tool in link.tools]

    @property
    def problems(self) -> dict[str, str]:
        """Servers that could not be connected (or were lost), with why."""
        return {
            name: link.problem
            for name, link in self._links.items()
            if link.client is None and link.problem
        }

    def call(self, server: str, tool: str, args: Mapping[str, Any]) -> str:
        """Call one tool and wait; the text it returned, or MCPToolError with the reason."""
        link = self._links[server]
        client = link.client
        if client is None or self._closed:
            raise MCPToolError(f"MCP server {server!r} is not connected ({link.problem})")
        timeout = link.config.timeout

        async def call() -> CallToolResult:
            return await asyncio.wait_for(
                client.call_tool(tool, dict(args), read_timeout_seconds=timeout), timeout
            )

        future = asyncio.run_coroutine_threadsafe(call(), self._loop)
        try:
            result = future.result(timeout=timeout + 2)
        except (TimeoutError, FutureTimeout):
            future.cancel()
            raise MCPToolError(f"{server}: {tool} gave no answer within {timeout:g} s") from None
        except MCPError as exc:
            if exc.code != CONNECTION_CLOSED:
                raise MCPToolError(f"{server}: {tool} failed: {exc.message}") from None
            # The server is gone (it exited or dropped the connection): its tools stop here.
            link.client, link.problem = None, "the server stopped during a call"
            raise MCPToolError(f"{server}: {tool} failed: the server stopped") from None
        except Exception as exc:
            raise MCPToolError(f"{server}: {tool} failed: {_describe(exc)}") from None
        text = result_text(result)
        if result.is_error:
            raise MCPToolError(f"{server}: {tool} reported an error: {text or 'no detail'}")
        return text

    def langchain_tools(self) -> list[BaseTool]:
        """Every remote tool as a LangChain tool (its name ``server__tool``)."""
        return [self._as_langchain(tool) for tool in self.tools]

    def _as_langchain(self, remote: RemoteTool) -> BaseTool:
        def run(**kwargs: Any) -> str:
            return self.call(remote.server, remote.name, kwargs)

        return StructuredTool(
            name=remote.qualified_name,
            description=f"[from MCP server {remote.server!r}] {remote.description}",
            args_schema=remote.input_schema,
            func=run,
            metadata={
                "mcp_server": remote.server,
                "mcp_tool": remote.name,
                "untrusted_output": True,
                "needs_approval": remote.needs_approval,
            },
        )

    def close(self) -> None:
        """Disconnect every server (stopping the started programs) and end the loop."""
        if self._closed:
            return
        self._closed = True

        async def stop() -> None:
            for link in self._links.values():
                if link.stop is not None:
                    link.stop.set()
            if self._holders:
                await asyncio.wait(self._holders, timeout=10)

        # Best effort: a started program also ends when its stdin closes with this process.
        with suppress(Exception):
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=15)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
