"""route: read the new question, reset the turn's fields, and decide where the answer comes from."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.messages import HumanMessage

from signalbox.graphs.emit import emit
from signalbox.graphs.routing import OfflineRouter
from signalbox.graphs.state import State


def latest_question(state: State) -> str:
    """Text of the last human message."""
    for message in reversed(state["messages"]):
        if isinstance(message, HumanMessage):
            return message.text.strip()
    return ""


def make_route_node(router: OfflineRouter) -> Callable[[State], dict[str, Any]]:
    """Build the node around a router."""

    def route(state: State) -> dict[str, Any]:
        question = latest_question(state)
        decision = router.decide(question)
        emit(
            "route",
            route=decision.route,
            reason=decision.reason,
            scores=decision.scores,
            mode="offline",
        )
        return {
            "question": question,
            "route": decision.route,
            "route_reason": decision.reason,
            "tool_request": decision.tool_request,
            "evidence": [],
            "tool_results": [],
            "notes": [],
            "fallback": False,
            "answer": "",
            "citations": [],
            "grounded": False,
        }

    return route
