"""check: verify that citations resolve and support their sentences, then publish the answer.

A model's answer that fails is rewritten once with the rejected sentences as feedback; if it fails
again it is published marked as uncertain, never as fact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage
from langgraph.types import Command

from signalbox.graphs.citations import check_citations
from signalbox.graphs.emit import emit
from signalbox.graphs.state import State

MAX_ANSWERS = 2
UNCERTAIN = (
    "I could not verify every statement below against its source; treat it as uncertain.\n\n"
)


def make_check_node(can_rewrite: bool) -> Callable[[State], Command[Any]]:
    """Build the check; ``can_rewrite`` when a model can write the answer again."""

    def check(state: State) -> Command[Any]:
        route = state["route"]
        text, citations = state.get("answer", ""), []
        if route in ("knowledge", "web") and state.get("evidence"):
            checked = check_citations(text, state.get("evidence", []))
            text, citations, grounded = checked.text, checked.citations, checked.grounded
            emit(
                "check",
                grounded=grounded,
                unsupported=checked.unsupported,
                dropped_markers=checked.dropped_markers,
            )
            if checked.unsupported and can_rewrite and state.get("attempts", 1) < MAX_ANSWERS:
                return Command(goto="answer", update={"feedback": checked.unsupported})
            if checked.unsupported:
                text = UNCERTAIN + text
        else:
            results = state.get("tool_results", [])
            grounded = (
                route == "functions" and bool(results) and not any(r["error"] for r in results)
            )
        emit("answer", text=text, citations=citations, grounded=grounded, route=route)
        return Command(
            goto="__end__",
            update={
                "answer": text,
                "citations": citations,
                "grounded": grounded,
                "messages": [AIMessage(content=text)],
            },
        )

    return check
