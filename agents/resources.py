"""Process-wide resources: one embedding model, one index client, one checkpointer and journal per file.

Loading the model takes seconds and Qdrant's local mode admits one client per folder, so everything
in a process (the chat, the CLI, several Assistants) shares these.
"""

from __future__ import annotations

import atexit
import re
import sqlite3
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.store.sqlite import SqliteStore

from signalbox.agents.journal import Journal
from signalbox.agents.models import chat_model, is_transient_model_error
from signalbox.agents.settings import Settings
from signalbox.graphs import Toolbox
from signalbox.graphs.redaction import register_secret
from signalbox.graphs.resilience import retry_policy
from signalbox.graphs.routing import SemanticRouter
from signalbox.graphs.state import CHECKPOINTED_RECORDS
from signalbox.tools.functions import FUNCTION_TOOLS
from signalbox.tools.knowledge import (
    IndexLocation,
    KnowledgeBase,
    LocalEmbeddings,
    knowledge_sources_tool,
)
from signalbox.tools.mcp import MCPConnections, load_config
from signalbox.tools.web import WebSearch

SQLITE_BUSY_TIMEOUT_S = 30.0
IsolationLevel = Literal["DEFERRED", "IMMEDIATE", "EXCLUSIVE"] | None
_SECRET_NAME = re.compile(r"KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL", re.IGNORECASE)


@lru_cache(maxsize=1)
def shared_embeddings() -> LocalEmbeddings:
    """The embedding model of this process, on the backend the environment's settings choose.

    One model serves every Assistant of the process (it takes seconds and memory to load), so the
    backend comes from ``Settings()`` read once, not from each Assistant's own settings.
    """
    return LocalEmbeddings(backend=Settings().embed_backend)


@lru_cache(maxsize=1)
def shared_semantic_router() -> SemanticRouter:
    """The route examples of this process, embedded once whatever the number of graphs."""
    return SemanticRouter(shared_embeddings())


def index_location(settings: Settings) -> IndexLocation:
    """A Qdrant server when configured, else the local folder under the data dir."""
    if settings.qdrant_url:
        key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        return IndexLocation(url=settings.qdrant_url, api_key=key)
    return IndexLocation(path=settings.index_dir.resolve())


def knowledge_base(settings: Settings) -> KnowledgeBase:
    """The knowledge base the settings point at (opened lazily)."""
    return KnowledgeBase(index_location(settings), shared_embeddings(), settings.collection)


def web_search(settings: Settings) -> WebSearch | None:
    """Tavily when a key is configured."""
    if settings.tavily_api_key is None:
        return None
    return WebSearch(
        settings.tavily_api_key.get_secret_value(),
        base_url=settings.tavily_base_url,
        timeout_s=settings.web_timeout_s,
    )


@cache
def mcp_connections(config_path: Path) -> MCPConnections:
    """The MCP servers of one config file, connected once per process and closed at exit.

    A bad file raises MCPConfigError; a server that cannot be reached is only listed in
    ``problems`` (its tools are missing, everything else works).
    """
    config = load_config(config_path)
    for server in config.servers.values():
        for value in server.headers.values():
            register_secret(value.removeprefix("Bearer ").strip())
        for name, value in server.env.items():
            if _SECRET_NAME.search(name):
                register_secret(value)
    connections = MCPConnections(config)
    atexit.register(connections.close)
    return connections


def toolbox(settings: Settings) -> Toolbox:
    """Everything the graph may call, built from settings; its keys are registered for redaction."""
    for secret in (settings.openai_api_key, settings.tavily_api_key, settings.qdrant_api_key):
        register_secret(secret.get_secret_value() if secret else None)
    knowledge = knowledge_base(settings)
    remote = (
        mcp_connections(settings.mcp_config.resolve()).langchain_tools()
        if settings.mcp_config
        else []
    )
    return Toolbox(
        knowledge=knowledge,
        embeddings=shared_embeddings(),
        functions=(*FUNCTION_TOOLS, knowledge_sources_tool(knowledge), *remote),
        web=web_search(settings),
        model=chat_model(settings),
        retry=retry_policy(
            settings.retries, settings.retry_backoff_s, model_transient=is_transient_model_error
        ),
    )


def _connect(path: Path, *, isolation_level: IsolationLevel = "DEFERRED") -> sqlite3.Connection:
    """A connection that waits for another process's write instead of failing with "locked".

    ``isolation_level`` as sqlite3 takes it: "DEFERRED" (its default) opens transactions
    implicitly, None leaves each statement to commit itself (what SqliteStore expects).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(
        path,
        check_same_thread=False,
        timeout=SQLITE_BUSY_TIMEOUT_S,
        isolation_level=isolation_level,
    )
    connection.execute("PRAGMA journal_mode=WAL")
    return connection


@cache
def checkpointer(path: Path) -> SqliteSaver:
    """One SQLite saver per file and process (it serialises its own writes).

    It revives only the graph's own records beside LangGraph's trusted types: a checkpoint file
    that someone else wrote cannot name a class for it to build.
    """
    serde = JsonPlusSerializer(allowed_msgpack_modules=CHECKPOINTED_RECORDS)
    return SqliteSaver(_connect(path), serde=serde)


@cache
def journal(path: Path) -> Journal:
    """One journal per file and process, beside the checkpoints (SqliteStore locks its own use)."""
    store = SqliteStore(_connect(path, isolation_level=None))
    store.setup()
    return Journal(store)
