"""Tools from an external MCP server in a turn: the scripted model calls them, over the real protocol.

The module shares one Assistant (one model server, one connection to each MCP server): a ticket
desk started over stdio from ``tests/mcp/ticket_server.py`` under two names, ``tickets`` (looking
up runs freely, closing needs approval) and ``fragile`` (used for the server that dies mid-call).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from signalbox.agents import Assistant, Settings
from signalbox.agents.events import ApprovalEvent, ToolCallEvent, ToolResultEvent
from signalbox.agents.resources import mcp_connections
from signalbox.graphs.nodes.functions import REJECTED
from tests.conftest import ROOT
from tests.openai_server import Reply, call_kind, route_reply, scripted_openai

TICKET_SERVER = Path(__file__).resolve().parents[1] / "mcp" / "ticket_server.py"


@dataclass
class Plan:
    """What the scripted model does in the current test: its tool-choosing replies, in order."""

    tools: list[Reply] = field(default_factory=list)
    answer: str = "Done."

    def respond(self, body: dict[str, Any]) -> Reply:
        kind = call_kind(body)
        if kind == "route":
            return route_reply("functions", "tickets")
        if kind == "tools":
            return self.tools.pop(0) if self.tools else Reply(content="That is all.")
        if kind == "judge":
            return Reply(content=json.dumps({"unsupported": []}))
        return Reply(content=self.answer)


@dataclass
class Desk:
    assistant: Assistant
    plan: Plan
    closed_log: Path
    requests: list[dict[str, Any]]
    env: dict[str, str]
    """The same set-up as environment variables, for the chat (with a data dir of its own)."""

    def closed(self) -> list[str]:
        """The tickets the server really closed."""
        return self.closed_log.read_text().split("\n")[:-1] if self.closed_log.exists() else []

    def tool_requests(self) -> list[dict[str, Any]]:
        return [body for body in self.requests if call_kind(body) == "tools"]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    home = tmp_path_factory.mktemp("mcp-client")
    closed_log = home / "closed.log"
    server = {"command": sys.executable, "args": [str(TICKET_SERVER)]}
    config = home / "mcp.json"
    config.write_text(
        json.dumps(
            {
                "mcpServers": {
                    "tickets": {
                        **server,
                        "env": {"TICKETS_LOG": str(closed_log)},
                        "approve": ["close_ticket"],
                    },
                    "fragile": {**server, "approve": False, "timeout": 2},
                }
            }
        )
    )
    plan = Plan()
    with scripted_openai(plan.respond) as model:
        settings = Settings(
            data_dir=home / "data",
            openai_api_key="sk-scripted-mcp-0000",
            openai_base_url=model.base_url,
            model="scripted-model",
            mcp_config=config,
            retry_backoff_s=0.01,
        )
        env = {
            "OPENAI_API_KEY": "sk-scripted-mcp-0000",
            "OPENAI_BASE_URL": model.base_url,
            "SIGNALBOX_MODEL": "scripted-model",
            "SIGNALBOX_MCP_CONFIG": str(config),
            "SIGNALBOX_DATA_DIR": str(home / "chat-data"),
        }
        yield Desk(Assistant(settings), plan, closed_log, model.requests, env)
    mcp_connections(config.resolve()).close()


@pytest.fixture
def fresh(desk: Desk) -> Desk:
    """The desk with an empty plan and no recorded requests."""
    desk.plan.tools.clear()
    desk.requests.clear()
    return desk


def _events(answer_events: list[Any], kind: type) -> list[Any]:
    return [e for e in answer_events if isinstance(e, kind)]


def test_mcp_tools_are_offered_next_to_the_built_in_ones(fresh: Desk) -> None:
    fresh.assistant.ask("Which tools do you have?")
    offered = {t["function"]["name"] for t in fresh.tool_requests()[0]["tools"]}
    assert {"calculator", "tickets__lookup_ticket", "tickets__close_ticket", "fragile__crash"} <= (
        offered
    )


def test_a_tool_call_to_an_mcp_server_is_a_visible_step_with_its_output(fresh: Desk) -> None:
    fresh.plan.tools = [Reply(tool_calls=[("tickets__lookup_ticket", {"ticket_id": "T-7"})])]
    fresh.plan.answer = "Ticket T-7 says the printer on floor 3 is jammed."
    answer = fresh.assistant.ask("What is ticket T-7 about?")
    [call] = _events(answer.events, ToolCallEvent)
    assert (call.name, call.args) == ("tickets__lookup_ticket", {"ticket_id": "T-7"})
    [result] = _events(answer.events, ToolResultEvent)
    assert result.error is None and "printer on floor 3" in result.output
    assert answer.text == fresh.plan.answer


def test_text_inside_tool_output_never_triggers_another_tool_call(fresh: Desk) -> None:
    # The ticket's text tells the model to close it; a model that obeyed would ask for it next.
    fresh.plan.tools = [
        Reply(tool_calls=[("tickets__lookup_ticket", {"ticket_id": "T-7"})]),
        Reply(tool_calls=[("tickets__close_ticket", {"ticket_id": "T-7"})]),
    ]
    answer = fresh.assistant.ask("What is ticket T-7 about?")
    assert [e.name for e in _events(answer.events, ToolCallEvent)] == ["tickets__lookup_ticket"]
    assert len(fresh.tool_requests()) == 1
    assert answer.pending is None and "closed T-7" not in fresh.closed()


def test_a_call_that_needs_approval_pauses_and_runs_once_approved(fresh: Desk) -> None:
    fresh.plan.tools = [Reply(tool_calls=[("tickets__close_ticket", {"ticket_id": "T-1"})])]
    fresh.plan.answer = "Ticket T-1 is closed."
    paused = fresh.assistant.ask("Close ticket T-1.")
    assert isinstance(paused.pending, ApprovalEvent)
    assert (paused.pending.server, paused.pending.args) == ("tickets", {"ticket_id": "T-1"})
    assert fresh.closed() == []
    assert fresh.assistant.pending_approval(paused.thread_id) == paused.pending

    done = fresh.assistant.decide(paused.thread_id, approved=True)
    assert fresh.closed() == ["closed T-1"]
    [result] = _events(done.events, ToolResultEvent)
    assert result.output == "Ticket T-1 closed."
    assert done.text == "Ticket T-1 is closed." and done.pending is None
    assert fresh.assistant.pending_approval(paused.thread_id) is None
    # The journal keeps the whole turn: the steps before the pause and after it.
    [turn] = fresh.assistant.turns(paused.thread_id)
    assert [type(step).__name__ for step in turn.steps].count("ToolCallEvent") >= 1
    assert turn.question == "Close ticket T-1."


def test_a_rejected_call_never_runs(fresh: Desk) -> None:
    fresh.plan.tools = [Reply(tool_calls=[("tickets__close_ticket", {"ticket_id": "T-2"})])]
    fresh.plan.answer = "The ticket was not closed."
    paused = fresh.assistant.ask("Close ticket T-2.")
    assert paused.pending is not None
    done = fresh.assistant.decide(paused.thread_id, approved=False)
    [result] = _events(done.events, ToolResultEvent)
    assert result.error == REJECTED
    assert "closed T-2" not in fresh.closed()
    assert done.text


def test_a_call_that_takes_too_long_is_an_error_the_turn_survives(fresh: Desk) -> None:
    fresh.plan.tools = [Reply(tool_calls=[("fragile__stall", {})])]
    answer = fresh.assistant.ask("Stall, please.")
    [result] = _events(answer.events, ToolResultEvent)
    assert "no answer within 2 s" in (result.error or "")
    assert answer.text


def test_a_server_that_dies_mid_call_is_an_error_the_turn_survives(fresh: Desk) -> None:
    fresh.plan.tools = [Reply(tool_calls=[("fragile__crash", {})])]
    answer = fresh.assistant.ask("Crash, please.")
    [result] = _events(answer.events, ToolResultEvent)
    assert "the server stopped" in (result.error or "")
    assert answer.text
    # The other server goes on.
    fresh.plan.tools = [Reply(tool_calls=[("tickets__lookup_ticket", {"ticket_id": "T-3"})])]
    later = fresh.assistant.ask("What is ticket T-3 about?")
    [result] = _events(later.events, ToolResultEvent)
    assert result.error is None and "no such ticket" in result.output


def test_the_chat_shows_a_paused_call_and_runs_it_only_on_approve(
    fresh: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in fresh.env.items():
        monkeypatch.setenv(name, value)
    st.cache_resource.clear()
    chat = AppTest.from_file(str(ROOT / "app" / "streamlit_app.py"), default_timeout=120)
    chat.run()
    fresh.plan.tools = [Reply(tool_calls=[("tickets__close_ticket", {"ticket_id": "T-5"})])]
    fresh.plan.answer = "Ticket T-5 is closed."
    chat.chat_input[0].set_value("Close ticket T-5.").run()
    assert not chat.exception
    shown = [t.value for t in chat.text]
    assert "Approval needed: tickets__close_ticket on MCP server 'tickets'" in shown
    assert '"ticket_id": "T-5"' in chat.code[0].value
    assert "closed T-5" not in fresh.closed()

    next(b for b in chat.button if b.label == "Approve").click().run()
    assert not chat.exception
    assert "closed T-5" in fresh.closed()
    assert not [b for b in chat.button if b.label == "Approve"]
    assert "Ticket T-5 is closed." in [m.value for m in chat.markdown] + [
        t.value for t in chat.text
    ]
