"""Assemble the turn: memory → route → knowledge | web | functions | direct → answer → check."""

from __future__ import annotations

from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Checkpointer

from signalbox.graphs.context import Context
from signalbox.graphs.nodes.answer import make_answer_node
from signalbox.graphs.nodes.check import make_check_node
from signalbox.graphs.nodes.functions import make_functions_node
from signalbox.graphs.nodes.knowledge import make_knowledge_node
from signalbox.graphs.nodes.memory import make_memory_node
from signalbox.graphs.nodes.route import make_route_node
from signalbox.graphs.nodes.web import make_web_node
from signalbox.graphs.routing import OfflineRouter, SemanticRouter
from signalbox.graphs.state import InputState, Route, State
from signalbox.graphs.toolbox import Toolbox

RECURSION_LIMIT = 25


def after_route(state: State) -> Route:
    """Follow the router's decision."""
    return state["route"]


def after_knowledge(state: State) -> Literal["web", "answer"]:
    """Corrective retrieval: too little relevant in the documents asks the web."""
    return "web" if state.get("fallback") else "answer"


def build_graph(
    toolbox: Toolbox,
    *,
    checkpointer: Checkpointer = None,
    semantic_router: SemanticRouter | None = None,
) -> CompiledStateGraph[State, Context, InputState, State]:
    """Compile the graph; pass no checkpointer for LangGraph Server, which brings its own.

    A ``semantic_router`` shared between graphs embeds its route examples once, not once per graph.
    """
    router = OfflineRouter(semantic_router or SemanticRouter(toolbox.embeddings))
    builder = StateGraph(State, context_schema=Context, input_schema=InputState)
    builder.add_node("memory", make_memory_node(toolbox))
    builder.add_node("route", make_route_node(router, toolbox))
    builder.add_node("knowledge", make_knowledge_node(toolbox))
    builder.add_node("web", make_web_node(toolbox))
    builder.add_node("functions", make_functions_node(toolbox))
    builder.add_node("answer", make_answer_node(toolbox))
    builder.add_node("check", make_check_node(toolbox), destinations=("answer", END))
    builder.add_edge(START, "memory")
    builder.add_edge("memory", "route")
    # "direct" (small talk, questions about the assistant) needs no evidence: straight to the answer.
    builder.add_conditional_edges(
        "route",
        after_route,
        {"knowledge": "knowledge", "web": "web", "functions": "functions", "direct": "answer"},
    )
    builder.add_conditional_edges("knowledge", after_knowledge)
    builder.add_edge("web", "answer")
    builder.add_edge("functions", "answer")
    builder.add_edge("answer", "check")
    return builder.compile(checkpointer=checkpointer, name="signalbox")
