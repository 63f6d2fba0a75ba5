"""Which MCP servers to connect: a JSON file in the ``mcpServers`` layout desktop hosts use.

The layout is the one Claude Desktop, Cursor and others read, so an existing file can be reused;
two keys are Signalbox's own: ``approve`` (which tools pause for a person's approval; every tool
by default) and ``timeout`` (seconds one call may take).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


class MCPConfigError(ValueError):
    """The configuration file cannot be read or is not valid; the message says where."""


class ServerConfig(BaseModel):
    """One MCP server: a command started over stdio, or a Streamable HTTP URL."""

    model_config = ConfigDict(extra="ignore")

    command: str | None = None
    """The program to start (stdio transport)."""
    args: list[str] = Field(default_factory=list)
    env: dict[str, str] = Field(default_factory=dict)
    """Extra environment variables for the started program (merged over a minimal default)."""
    cwd: Path | None = None
    url: str | None = None
    """The server's Streamable HTTP endpoint, e.g. ``http://127.0.0.1:9000/mcp``."""
    headers: dict[str, str] = Field(default_factory=dict)
    """HTTP headers sent with every request, e.g. ``Authorization``."""
    approve: bool | list[str] = True
    """Tools that need a person's approval before each call: all (true), none (false), or names."""
    timeout: float = Field(30.0, gt=0, le=600)
    """Seconds one tool call may take before it is reported as timed out."""

    @model_validator(mode="after")
    def _one_transport(self) -> Self:
        if (self.command is None) == (self.url is None):
            raise ValueError("give either 'command' (stdio) or 'url' (Streamable HTTP)")
        if self.url is not None and not self.url.startswith(("http://", "https://")):
            raise ValueError("'url' must be an http:// or https:// address")
        return self

    def needs_approval(self, tool: str) -> bool:
        """Whether calling ``tool`` must wait for a person's approval."""
        return self.approve if isinstance(self.approve, bool) else tool in self.approve


class MCPConfig(BaseModel):
    """The whole file: servers by name."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    servers: dict[str, ServerConfig] = Field(default_factory=dict, alias="mcpServers")

    @model_validator(mode="after")
    def _names(self) -> Self:
        for name in self.servers:
            if not NAME.match(name):
                raise ValueError(f"server name {name!r}: use letters, digits, _ or - (at most 32)")
        return self


def load_config(path: Path) -> MCPConfig:
    """Read and validate the file; errors name the file and the field, never a value."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MCPConfigError(f"cannot read MCP config {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise MCPConfigError(
            f"MCP config {path} is not JSON: {exc.msg} (line {exc.lineno})"
        ) from None
    try:
        return MCPConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'file'}: {item['msg']}"
            for item in exc.errors()
        )
        raise MCPConfigError(f"MCP config {path}: {problems}") from None
