"""Offline, tools of MCP servers are named to the reader but never chosen or called."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from langchain_core.tools import StructuredTool

from signalbox.graphs.nodes.functions import make_functions_node
from signalbox.graphs.toolbox import Toolbox


def test_offline_an_mcp_tool_is_listed_in_the_note_and_never_called() -> None:
    calls: list[dict[str, Any]] = []
    remote = StructuredTool(
        name="tickets__close_ticket",
        description="Close a ticket.",
        args_schema={"type": "object", "properties": {"ticket_id": {"type": "string"}}},
        func=lambda **kwargs: calls.append(kwargs),
        metadata={"mcp_server": "tickets", "untrusted_output": True, "needs_approval": True},
    )
    toolbox = Toolbox(knowledge=None, embeddings=None, functions=(remote,))  # type: ignore[arg-type]
    node = make_functions_node(toolbox)
    update = node({"messages": [], "question": "Close ticket T-7."}, SimpleNamespace(context=None))
    assert calls == []
    assert "tickets__close_ticket" in update["notes"][0]
    assert "need a configured model" in update["notes"][0]
