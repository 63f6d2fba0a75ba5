"""answer: write the reply from the gathered evidence only.

Both modes stream the reply on one channel, as ``token`` events: the model's chunks as they come,
the offline extractive answer piece by piece. A failing model falls back to the offline answer, so
the turn still ends with what it has; a ``rewrite`` event tells front ends to replace what they
showed rather than append to it (a second attempt, or the offline answer after a half answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.messages import AnyMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from signalbox.graphs.compose import OFFLINE_INTRO, answer_marks, no_answer, tool_answer
from signalbox.graphs.context import Context
from signalbox.graphs.emit import emit
from signalbox.graphs.events import ErrorEvent, RewriteEvent, TokenEvent
from signalbox.graphs.extractive import Extract, extract_answer
from signalbox.graphs.prompts import (
    ANSWER_SYSTEM,
    DIRECT_SYSTEM,
    REWRITE_FEEDBACK,
    answer_request,
    evidence_blocks,
    recent_history,
    summary_message,
)
from signalbox.graphs.resilience import describe, report_or_retry
from signalbox.graphs.state import State
from signalbox.graphs.toolbox import Toolbox

_PIECE = re.compile(r"\S+\s*|\s+")
HISTORY_MESSAGES = 6
REWRITING = "The citation check could not verify every sentence; the answer is written again."
REPLACED = "The model failed part-way; the answer from the documents alone replaces it."


def stream_tokens(text: str) -> None:
    """Emit the text piece by piece, so front ends render it as it comes."""
    for piece in _PIECE.findall(text):
        emit(TokenEvent(text=piece))


def offline_answer(state: State, embeddings: Embeddings) -> Extract:
    """Extractive answer, tool results, or an honest account of what is missing."""
    route, notes, evidence = state["route"], state.get("notes", []), state.get("evidence", [])
    if route == "functions":
        return Extract(tool_answer(state.get("tool_results", [])) or " ".join(notes))
    if route == "direct":
        return Extract(OFFLINE_INTRO)
    found = extract_answer(state["question"], evidence, embeddings) if evidence else Extract("")
    if found.text:
        return found
    if route == "web":
        return Extract(" ".join(notes) or "The web search found nothing relevant.", abstained=True)
    return Extract(no_answer(state["question"], notes), abstained=True)


def _earlier_turns(state: State) -> list[AnyMessage]:
    """The conversation before this turn's question, for follow-ups."""
    return recent_history(state["messages"][:-1], HISTORY_MESSAGES)


def model_messages(state: State) -> list[AnyMessage]:
    """The prompt: rules, the summary and recent turns, then evidence as data blocks and the question."""
    summary = summary_message(state.get("summary", ""))
    if state["route"] == "direct":
        earlier = _earlier_turns(state)
        return [SystemMessage(DIRECT_SYSTEM), *summary, *earlier, HumanMessage(state["question"])]
    evidence = evidence_blocks(state.get("evidence", []), state.get("tool_results", []))
    request = answer_request(state["question"], evidence, state.get("notes", []))
    if feedback := state.get("feedback"):
        request += "\n\n" + REWRITE_FEEDBACK.format(
            unsupported="\n".join(f"- {s}" for s in feedback)
        )
    return [SystemMessage(ANSWER_SYSTEM), *summary, *_earlier_turns(state), HumanMessage(request)]


def make_answer_node(toolbox: Toolbox, *, degraded: bool = False) -> Callable[..., dict[str, Any]]:
    """Build the answer writer: the model when there is one (not ``degraded``), else the composer."""

    def answer(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        attempts = state.get("attempts", 0) + 1
        if refusal := state.get("refusal"):
            stream_tokens(refusal)
            return {"answer": refusal, "attempts": attempts}
        if state.get("feedback"):
            emit(RewriteEvent(reason=REWRITING))
        model = None if degraded else toolbox.model_for(runtime.context)
        if model is not None:
            pieces: list[str] = []
            try:
                # Streamed by hand, to know whether the reader has seen any of it yet.
                for chunk in model.stream(model_messages(state)):
                    if chunk.text:
                        pieces.append(chunk.text)
                        emit(TokenEvent(text=chunk.text))
                written = "".join(pieces).strip()
                abstained, conflict = answer_marks(written)
                return {
                    "answer": written,
                    "attempts": attempts,
                    "abstained": abstained,
                    "conflict": conflict,
                }
            except Exception as exc:  # fall back to what the offline mode can say
                if pieces:  # half an answer was shown: another attempt would repeat it
                    emit(ErrorEvent(stage="answer", message=describe(exc)))
                    emit(RewriteEvent(reason=REPLACED))
                else:
                    report_or_retry("answer", exc, toolbox.retry)
        found = offline_answer(state, toolbox.embeddings)
        stream_tokens(found.text)
        return {
            "answer": found.text,
            "attempts": attempts,
            "abstained": found.abstained,
            "conflict": found.conflict,
        }

    return answer
