"""LangGraph Studio's server: `langgraph dev` serves the graph that langgraph.json names."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from langgraph_sdk import get_sync_client

from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
STARTUP_TIMEOUT_S = 180


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"langgraph dev exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/ok", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("langgraph dev did not start in time")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
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
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(url, process)
            yield url
        except Exception:
            print(log.read_text(errors="replace")[-4000:])
            raise
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


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
    assert {"route", "knowledge", "web", "functions", "answer", "check"} <= names
