"""The MCP servers file: the desktop hosts' layout, plus Signalbox's approval and time-out keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalbox.tools.mcp import MCPConfigError, load_config


def _write(tmp_path: Path, servers: dict[str, object]) -> Path:
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": servers}))
    return path


def test_a_desktop_host_file_is_read_as_is_and_every_call_needs_approval_by_default(
    tmp_path: Path,
) -> None:
    config = load_config(
        _write(tmp_path, {"files": {"command": "npx", "args": ["-y", "fs-server"], "env": {}}})
    )
    server = config.servers["files"]
    assert (server.command, server.args, server.timeout) == ("npx", ["-y", "fs-server"], 30.0)
    assert server.needs_approval("read_file")


def test_approval_can_be_limited_to_named_tools_or_turned_off(tmp_path: Path) -> None:
    config = load_config(
        _write(
            tmp_path,
            {
                "tickets": {"command": "tickets", "approve": ["close_ticket"]},
                "clock": {"url": "http://127.0.0.1:9000/mcp", "approve": False},
            },
        )
    )
    tickets, clock = config.servers["tickets"], config.servers["clock"]
    assert tickets.needs_approval("close_ticket") and not tickets.needs_approval("lookup_ticket")
    assert not clock.needs_approval("now")


@pytest.mark.parametrize(
    ("server", "problem"),
    [
        ({"args": ["x"]}, "either 'command'"),
        ({"command": "a", "url": "http://127.0.0.1/mcp"}, "either 'command'"),
        ({"url": "file:///etc/passwd"}, "http:// or https://"),
        ({"command": "a", "timeout": 0}, "timeout"),
    ],
)
def test_an_invalid_server_entry_is_named_with_its_problem(
    tmp_path: Path, server: dict[str, object], problem: str
) -> None:
    with pytest.raises(MCPConfigError, match=problem) as error:
        load_config(_write(tmp_path, {"broken": server}))
    assert "broken" in str(error.value)


def test_a_file_that_is_not_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text("{mcpServers: }")
    with pytest.raises(MCPConfigError, match="is not JSON"):
        load_config(path)
