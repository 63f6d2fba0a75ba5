"""Assemble the turn: memory → route → knowledge | web | functions | direct → answer → check."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
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
"""Steps one turn may take (a rewrite adds two); carried by the compiled graph, so Studio and the
embedded API both stop a runaway turn, not LangGraph's default of 10,000."""


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


@dataclass(frozen=True)
class Branch:
    """A conditional edge: ``choose`` reads the state, ``targets`` maps its answer to a node."""

    choose: Callable[[State], str]
    targets: Mapping[Any, str]  # keyed by a Literal (Route) or str: Mapping's key is invariant

    def __call__(self, state: State) -> str:
        return self.targets[self.choose(state)]


@dataclass(frozen=True)
class Step:
    """One node of the turn: how it is made, how it is named in errors, and where it goes next.

    ``then`` is the next node, a ``Branch``, or None for a node that returns its own ``Command``
    (``destinations`` then lists where it may go, for the drawing).
    """

    make: Callable[..., Any]
    stage: str
    then: str | Branch | None
    destinations: tuple[str, ...] = ()

    def next_step(self, state: State) -> str:
        """Where the turn goes after this node (its degraded run included)."""
        if isinstance(self.then, Branch):
            return self.then(state)
        return self.then or END


def topology(router: OfflineRouter) -> dict[str, Step]:
    """The turn, declared once: it draws the edges and routes the degraded runs after failures."""
    return {
        "memory": Step(make_memory_node, "memory", "route"),
        "route": Step(
            partial(make_route_node, router), "route", Branch(after_route, ROUTE_TARGETS)
        ),
        "knowledge": Step(
            make_knowledge_node,
            "grading",
            Branch(after_knowledge, {"web": "web", "answer": "answer"}),
        ),
        "web": Step(make_web_node, "web_search", "answer"),
        "functions": Step(make_functions_node, "functions", "answer"),
        "answer": Step(make_answer_node, "answer", "check"),
        "check": Step(make_check_node, "check", None, destinations=("answer", END)),
    }


def build_graph(
    toolbox: Toolbox,
    *,
    checkpointer: Checkpointer = None,
    semantic_router: SemanticRouter | None = None,
) -> CompiledStateGraph[State, Context, InputState, State]:
    """Compile the graph; pass no checkpointer for LangGraph Server, which brings its own.

    A ``semantic_router`` shared between graphs embeds its route examples once, not once per graph.
    Every node calls the model or the web: each is retried with backoff, then run degraded (without
    the failed service) by the one error handler.
    """
    steps = topology(OfflineRouter(semantic_router or SemanticRouter(toolbox.embeddings)))
    builder = StateGraph(State, context_schema=Context, input_schema=InputState)
    for name, step in steps.items():
        builder.add_node(
            name,
            step.make(toolbox),
            retry_policy=toolbox.retry,
            destinations=step.destinations or None,
        )
        if isinstance(step.then, Branch):
            targets: dict[Hashable, str] = dict(step.then.targets)
            builder.add_conditional_edges(name, step.then.choose, targets)
        elif step.then is not None:
            builder.add_edge(name, step.then)
    builder.add_edge(START, next(iter(steps)))
    builder.set_node_defaults(
        error_handler=after_retries(
            {
                name: Fallback(step.stage, step.make(toolbox, degraded=True), step.next_step)
                for name, step in steps.items()
            }
        )
    )
    compiled = builder.compile(checkpointer=checkpointer, name="signalbox")
    return compiled.with_config(recursion_limit=RECURSION_LIMIT)
