"""Assemble the turn: memory → route → knowledge | web | functions | direct → answer → check."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Literal

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
from signalbox.graphs.resilience import Fallback, after_retries
from signalbox.graphs.routing import OfflineRouter, SemanticRouter
from signalbox.graphs.state import InputState, Route, State
from signalbox.graphs.toolbox import Toolbox

RECURSION_LIMIT = 25


# "direct" (small talk, questions about the assistant) needs no evidence: straight to the answer.
ROUTE_TARGETS: dict[Route, str] = {
    "knowledge": "knowledge",
    "web": "web",
    "functions": "functions",
    "direct": "answer",
}


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

    fallbacks: dict[str, Fallback] = {}

    def add_network_node(
        name: str,
        make: Callable[..., Any],
        stage: str,
        next_step: Callable[[State], str],
        **kw: Any,
    ) -> None:
        """A node that calls the model or the web: retried with backoff, then run without it."""
        builder.add_node(name, make(toolbox), retry_policy=toolbox.retry, **kw)
        fallbacks[name] = Fallback(stage, make(toolbox, offline=True), next_step)

    add_network_node("memory", make_memory_node, "memory", lambda _: "route")
    add_network_node(
        "route",
        partial(make_route_node, router),
        "route",
        lambda state: ROUTE_TARGETS[state["route"]],
    )
    add_network_node("knowledge", make_knowledge_node, "grading", after_knowledge)
    add_network_node("web", make_web_node, "web_search", lambda _: "answer")
    add_network_node("functions", make_functions_node, "functions", lambda _: "answer")
    add_network_node("answer", make_answer_node, "answer", lambda _: "check")
    add_network_node("check", make_check_node, "check", lambda _: END, destinations=("answer", END))
    builder.set_node_defaults(error_handler=after_retries(fallbacks))
    builder.add_edge(START, "memory")
    builder.add_edge("memory", "route")
    builder.add_conditional_edges("route", after_route, ROUTE_TARGETS)
    builder.add_conditional_edges("knowledge", after_knowledge)
    builder.add_edge("web", "answer")
    builder.add_edge("functions", "answer")
    builder.add_edge("answer", "check")
    return builder.compile(checkpointer=checkpointer, name="signalbox")
