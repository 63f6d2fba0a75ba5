"""check: verify that citations resolve and support their sentences, then publish the answer."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage

from signalbox.graphs.citations import check_citations
from signalbox.graphs.emit import emit
from signalbox.graphs.state import State


def check(state: State) -> dict[str, Any]:
    """Resolve every [n]; tool answers count as grounded when every tool call succeeded."""
    route = state["route"]
    if route in ("knowledge", "web"):
        checked = check_citations(state.get("answer", ""), state.get("evidence", []))
        text, citations, grounded = checked.text, checked.citations, checked.grounded
        emit(
            "check",
            grounded=grounded,
            unsupported=checked.unsupported,
            dropped_markers=checked.dropped_markers,
        )
    else:
        text, citations = state.get("answer", ""), []
        results = state.get("tool_results", [])
        grounded = route == "functions" and bool(results) and not any(r["error"] for r in results)
    emit("answer", text=text, citations=citations, grounded=grounded, route=route)
    return {
        "answer": text,
        "citations": citations,
        "grounded": grounded,
        "messages": [AIMessage(content=text)],
    }
