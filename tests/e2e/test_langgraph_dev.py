"""LangGraph Studio's server: `langgraph dev` serves the graph that langgraph.json names."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from langgraph_sdk import get_sync_client

from tests.conftest import ROOT
from tests.e2e.processes import free_port, running

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log = tmp_path_factory.mktemp("langgraph") / "server.log"
    env = {
        **os.environ,
        "SIGNALBOX_DATA_DIR": str(tmp_path_factory.mktemp("studio-data")),
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGGRAPH_NO_VERSION_CHECK": "true",
        "LANGSMITH_TRACING": "false",
        "HF_HUB_OFFLINE": "1",
    }
    command = [
        str(Path(sys.executable).with_name("langgraph")),
        "dev",
        "--no-browser",
        "--no-reload",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    url = f"http://127.0.0.1:{port}"
    with running(command, cwd=ROOT, env=env, health_url=f"{url}/ok", log=log):
        yield url


def test_a_turn_runs_through_the_server_with_custom_events(server: str) -> None:
    client = get_sync_client(url=server)
    thread = client.threads.create()
    parts = list(
        client.runs.stream(
            thread["thread_id"],
            "assistant",
            input={"messages": [{"role": "human", "content": "What is 12*(3+4)?"}]},
            stream_mode=["updates", "custom"],
        )
    )
    custom = [part.data for part in parts if part.event == "custom"]
    assert {"type": "tool_call", "name": "calculator", "args": {"expression": "12*(3+4)"}} in custom
    updated_nodes = {node for part in parts if part.event == "updates" for node in part.data}
    assert {"route", "functions", "answer", "check"} <= updated_nodes
    state = client.threads.get_state(thread["thread_id"])
    assert state["values"]["answer"] == "12*(3+4) = 84"
    assert state["values"]["messages"][-1]["content"] == "12*(3+4) = 84"


def test_the_graph_drawing_names_every_node(server: str) -> None:
    client = get_sync_client(url=server)
    drawing = client.assistants.get_graph("assistant")
    names = {node["id"] for node in drawing["nodes"]}
    assert {"memory", "route", "knowledge", "web", "functions", "answer", "check"} <= names
