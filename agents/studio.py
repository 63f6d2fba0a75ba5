"""The graph that langgraph.json names, for LangGraph Server and Studio.

Kept apart from ``assistant.py`` so that importing the embedded API has no side effects: this module
reads the settings when the server loads it. The graph is compiled without a checkpointer (the server
brings its own) and opens no index and loads no model until a run needs them.
"""

from __future__ import annotations

from signalbox.agents.resources import shared_semantic_router, toolbox
from signalbox.agents.settings import Settings
from signalbox.graphs import build_graph

graph = build_graph(toolbox(Settings()), semantic_router=shared_semantic_router())
