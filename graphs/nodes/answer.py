"""answer: write the reply from the gathered evidence only, streamed as tokens."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from langchain_core.embeddings import Embeddings

from signalbox.graphs.compose import OFFLINE_INTRO, extractive_answer, no_answer, tool_answer
from signalbox.graphs.emit import emit
from signalbox.graphs.state import State

_PIECE = re.compile(r"\S+\s*|\s+")


def stream_tokens(text: str) -> None:
    """Emit the text piece by piece, so front ends render it as it comes."""
    for piece in _PIECE.findall(text):
        emit("token", text=piece)


def make_answer_node(embeddings: Embeddings) -> Callable[[State], dict[str, Any]]:
    """Build the offline answer writer."""

    def answer(state: State) -> dict[str, Any]:
        route = state["route"]
        notes = state.get("notes", [])
        evidence = state.get("evidence", [])
        if route == "functions":
            text = tool_answer(state.get("tool_results", []))
        elif route == "direct":
            text = OFFLINE_INTRO
        else:
            text = extractive_answer(state["question"], evidence, embeddings) if evidence else ""
            if not text and route == "web":
                text = " ".join(notes) or "The web search found nothing relevant."
            elif not text:
                text = no_answer(state["question"], notes)
        stream_tokens(text)
        return {"answer": text}

    return answer
