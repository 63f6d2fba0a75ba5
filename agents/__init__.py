"""Composition and the embedded API: ``from signalbox.agents import Assistant``.

Front ends import only from here (and ``signalbox.agents.*``): the types that ``Assistant``'s
methods return and the errors they raise are re-exported, each still defined in its own layer.
"""

from __future__ import annotations

from signalbox.agents.assistant import Answer, Assistant, Limits, ToolInfo, new_thread_id
from signalbox.agents.events import Event
from signalbox.agents.index import (
    IndexBuild,
    IndexCopyError,
    IndexStatus,
    NoEmbeddedIndex,
    ServerUnavailable,
    TargetNotEmpty,
)
from signalbox.agents.journal import Feedback, ThreadInfo, Turn
from signalbox.agents.settings import Settings
from signalbox.graphs import Context
from signalbox.graphs.citations import Segment, segments
from signalbox.tools.knowledge import (
    EmbeddingModelMissing,
    FileReport,
    Hit,
    IndexLockedError,
    IndexUnavailableError,
    IngestProgress,
    IngestReport,
    SourceInfo,
)
from signalbox.tools.mcp import MCPConfigError

__all__ = [
    "Answer",
    "Assistant",
    "Context",
    "EmbeddingModelMissing",
    "Event",
    "Feedback",
    "FileReport",
    "Hit",
    "IndexBuild",
    "IndexCopyError",
    "IndexLockedError",
    "IndexStatus",
    "IndexUnavailableError",
    "IngestProgress",
    "IngestReport",
    "Limits",
    "MCPConfigError",
    "NoEmbeddedIndex",
    "Segment",
    "ServerUnavailable",
    "Settings",
    "SourceInfo",
    "TargetNotEmpty",
    "ThreadInfo",
    "ToolInfo",
    "Turn",
    "new_thread_id",
    "segments",
]
