"""`signalbox mcp` driven by the official MCP SDK client, over stdio and over Streamable HTTP.

Each transport gets one server for the whole module: over stdio, the console script in a child
process as a desktop host starts it; over HTTP, the same server's Streamable HTTP app on loopback.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from signalbox.agents import Assistant, Settings
from signalbox.app.mcp_server import SignalboxMCP, http_app
from signalbox.tools.mcp import MCPConfig, MCPConnections, ServerConfig
from tests.cli import SIGNALBOX, run_cli
from tests.conftest import SAMPLES
from tests.e2e.processes import free_port
from tests.mcp.blocking import BlockingClient

TOKEN = "test-token-0123456789abcdef"
STARTUP_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def http_server(sample_data_dir: Path) -> Iterator[str]:
    """The Streamable HTTP app of `signalbox mcp --http --token`, served by uvicorn on loopback.

    It runs in this process, over the sample index the other in-process tests share, so the
    embedding model and the route examples are not loaded again for it.
    """
    server = SignalboxMCP(Assistant(Settings(data_dir=sample_data_dir)))
    port = free_port()
    config = uvicorn.Config(
        http_app(server, host="127.0.0.1", token=TOKEN),
        host="127.0.0.1",
        port=port,
        log_level="warning",
    )
    web = uvicorn.Server(config)
    thread = threading.Thread(target=web.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not web.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/mcp"
    web.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module", params=["stdio", "http"])
def mcp(
    request: pytest.FixtureRequest, cli_data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BlockingClient]:
    """An SDK client session with Signalbox's MCP server over one transport, for the whole module.

    Over stdio the console script is started as a desktop host starts it, over the index the CLI
    built.
    """
    if request.param == "stdio":
        target: Any = StdioServerParameters(
            command=SIGNALBOX,
            args=["mcp"],
            env={"SIGNALBOX_DATA_DIR": str(cli_data_dir), "HF_HUB_OFFLINE": "1"},
            cwd=tmp_path_factory.mktemp("mcp-stdio"),
        )
    else:
        url = request.getfixturevalue("http_server")
        headers = {"Authorization": f"Bearer {TOKEN}"}
        target = streamable_http_client(url, http_client=create_mcp_http_client(headers=headers))
    client = BlockingClient(target)
    yield client
    client.close()


def _call(mcp: BlockingClient, tool: str, args: dict[str, Any]) -> Any:
    return mcp.run(lambda c: c.call_tool(tool, args))


def test_the_reading_tools_are_listed_with_their_input_schemas(mcp: BlockingClient) -> None:
    tools = {tool.name: tool for tool in mcp.run(lambda c: c.list_tools()).tools}
    assert set(tools) == {"ask", "search", "list_sources"}
    assert tools["ask"].input_schema["required"] == ["question"]
    assert "citations" in (tools["ask"].description or "")


def test_ask_answers_from_the_samples_with_a_checkable_citation(mcp: BlockingClient) -> None:
    result = _call(mcp, "ask", {"question": "What is the daily meal allowance?"})
    assert not result.is_error
    answer = result.structured_content
    assert answer["route"] == "knowledge" and answer["mode"] == "offline"
    assert "60 EUR" in answer["answer"] and "[1]" in answer["answer"]
    cited = answer["citations"][0]
    assert cited["source"] == "expense-policy.md"
    assert "per diem" in cited["heading"].lower()
    assert "60 EUR" in cited["text"]


def test_ask_cites_the_ingested_files_path_as_well_as_its_name(mcp: BlockingClient) -> None:
    answer = _call(mcp, "ask", {"question": "What is the daily meal allowance?"}).structured_content
    assert answer["citations"][0]["path"] == str(SAMPLES / "expense-policy.md")


def test_ask_computes_exact_results_with_the_calculator(mcp: BlockingClient) -> None:
    answer = _call(mcp, "ask", {"question": "What is 17*23?"}).structured_content
    assert answer["route"] == "functions"
    assert "391" in answer["answer"]


def test_search_returns_passages_with_their_source_and_honours_filters(
    mcp: BlockingClient,
) -> None:
    hits = _call(mcp, "search", {"query": "per diem meals", "k": 2}).structured_content["hits"]
    assert 1 <= len(hits) <= 2
    assert hits[0]["source"] == "expense-policy.md"
    assert hits[0]["path"] == str(SAMPLES / "expense-policy.md")
    only = {"query": "per diem meals", "k": 3, "sources": ["remote-work.txt"], "mode": "dense"}
    filtered = _call(mcp, "search", only).structured_content["hits"]
    assert filtered and {hit["source"] for hit in filtered} == {"remote-work.txt"}


def test_list_sources_names_every_sample_file(mcp: BlockingClient) -> None:
    sources = _call(mcp, "list_sources", {}).structured_content["sources"]
    assert {s["source"] for s in sources} == {
        "expense-policy.md",
        "kestrel-k2-manual.pdf",
        "leave-policy-zh.md",
        "remote-work.txt",
    }


def test_ingest_and_forget_are_refused_without_the_flag(mcp: BlockingClient) -> None:
    for tool, args in (("ingest", {"paths": ["/tmp"]}), ("forget", {"source": "remote-work.txt"})):
        result = _call(mcp, tool, args)
        assert result.is_error
        assert "Unknown tool" in result.content[0].text
    assert len(_call(mcp, "list_sources", {}).structured_content["sources"]) == 4


def test_the_knowledge_base_files_are_resources_and_nothing_else_is(mcp: BlockingClient) -> None:
    resources = {r.name: r for r in mcp.run(lambda c: c.list_resources()).resources}
    assert len(resources) == 4
    policy = resources["expense-policy.md"]
    assert str(policy.uri).startswith("file://") and policy.mime_type == "text/markdown"
    contents = mcp.run(lambda c: c.read_resource(policy.uri)).contents
    assert "per diem" in contents[0].text
    with pytest.raises(Exception, match="not a file of the knowledge base"):
        mcp.run(lambda c: c.read_resource("file:///etc/passwd"))


def test_ingest_and_forget_are_offered_with_the_flag(tmp_path: Path) -> None:
    server = SignalboxMCP(Assistant(Settings(data_dir=tmp_path / "data")), allow_writes=True)
    writer = BlockingClient(server)  # the SDK's in-process connection
    try:
        names = {tool.name for tool in writer.run(lambda c: c.list_tools()).tools}
        assert {"ingest", "forget"} <= names
        added = _call(writer, "ingest", {"paths": [str(SAMPLES / "remote-work.txt")]})
        assert [f["status"] for f in added.structured_content["files"]] == ["added"]
        removed = _call(writer, "forget", {"source": "remote-work.txt"})
        assert removed.content[0].text.startswith("Removed remote-work.txt")
        assert _call(writer, "list_sources", {}).structured_content["sources"] == []
    finally:
        writer.close()


def test_signalbox_is_itself_usable_as_a_configured_mcp_server_over_http(http_server: str) -> None:
    server = ServerConfig(
        url=http_server, headers={"Authorization": f"Bearer {TOKEN}"}, approve=False
    )
    connections = MCPConnections(MCPConfig(servers={"signalbox": server}))
    try:
        tools = {tool.name: tool for tool in connections.langchain_tools()}
        assert {"signalbox__ask", "signalbox__search", "signalbox__list_sources"} == set(tools)
        assert "expense-policy.md" in tools["signalbox__list_sources"].invoke({})
    finally:
        connections.close()


def test_http_without_the_token_is_refused(http_server: str) -> None:
    response = httpx.post(http_server, json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
    assert response.status_code == 401


def test_listening_beyond_loopback_without_a_token_is_refused(tmp_path: Path) -> None:
    result = run_cli("mcp", "--http", "--host", "0.0.0.0", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "token" in result.stderr
