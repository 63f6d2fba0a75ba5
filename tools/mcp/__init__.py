"""Tools offered by external MCP servers (their output is untrusted; approval when marked)."""

from __future__ import annotations

from signalbox.tools.mcp.client import MCPConnections, MCPToolError, RemoteTool, result_text
from signalbox.tools.mcp.config import MCPConfig, MCPConfigError, ServerConfig, load_config

__all__ = [
    "MCPConfig",
    "MCPConfigError",
    "MCPConnections",
    "MCPToolError",
    "RemoteTool",
    "ServerConfig",
    "load_config",
    "result_text",
]
